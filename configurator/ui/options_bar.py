"""The options bar above the graph: one tab per option of the deal, "+" to add one, and the
Option menu (add, duplicate, rename, move, delete, recommend, switch); every change is one
undo step through the `Editor`, switching is none."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QTabBar,
    QToolButton,
    QWidget,
)

from configurator.translations import tr
from configurator.ui.commands import option_label
from configurator.ui.editing import Editor
from configurator.ui.plain import literal
from configurator.ui.scenario_gallery import EMPTY, ScenarioGallery

STAR = "★ "


class OptionTabs(QTabBar):
    """Movable tabs whose drag is one move: `sig_dragged(from, to)` when the drag ends."""

    sig_dragged = Signal(int, int)
    sig_rename_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setMovable(True)
        self.setExpanding(False)
        self.setDocumentMode(True)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.setUsesScrollButtons(True)
        self.keys: list[int] = []  # the option keys in the deal's order, as last shown
        self._dragged: int | None = None  # the key of the tab pressed on

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.tabAt(event.position().toPoint())
        self._dragged = self.tabData(index) if index >= 0 else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        key, self._dragged = self._dragged, None
        start = self.keys.index(key) if key in self.keys else -1
        end = next((i for i in range(self.count()) if self.tabData(i) == key), -1)
        if start >= 0 and end >= 0 and start != end:
            self.sig_dragged.emit(start, end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.tabAt(event.position().toPoint())
        if index >= 0:
            self.sig_rename_requested.emit(index)
        else:
            super().mouseDoubleClickEvent(event)


class NameEditor(QLineEdit):
    """A tab's name edited in place: Enter or leaving it renames, Escape cancels."""

    sig_done = Signal(str)  # the new name, "" when cancelled

    def __init__(self, parent: QWidget, text: str) -> None:
        super().__init__(text, parent)
        self._done = False
        self.editingFinished.connect(lambda: self._finish(self.text()))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._finish("")
        else:
            super().keyPressEvent(event)

    def _finish(self, text: str) -> None:
        if not self._done:
            self._done = True
            self.hide()
            self.deleteLater()
            self.sig_done.emit(text)


class OptionsBar(QWidget):
    def __init__(self, editor: Editor, lang: str) -> None:
        super().__init__()
        self.editor, self.document, self.lang = editor, editor.document, lang
        self.tabs = OptionTabs()
        self.tabs.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tabs.customContextMenuRequested.connect(self._context_menu)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.sig_dragged.connect(self.editor.move_option)
        self.tabs.sig_rename_requested.connect(self.start_rename)
        self.name_editor: NameEditor | None = None
        self.a_empty = self._action(lambda: self.editor.new_option())
        self.a_scenario = self._action(self.new_from_scenario)
        self.a_duplicate = self._action(self.editor.duplicate_option, "Ctrl+Shift+D")
        self.a_rename = self._action(lambda: self.start_rename(self.document.current))
        self.a_delete = self._action(lambda: self.delete(self.document.current))
        self.a_recommend = self._action(lambda: self.editor.recommend_option(self.document.current))
        self.a_left = self._action(lambda: self._move(self.document.current, -1))
        self.a_right = self._action(lambda: self._move(self.document.current, +1))
        self.a_next = self._action(lambda: self._step(+1), "Ctrl+PgDown", "Ctrl+Tab")
        self.a_previous = self._action(lambda: self._step(-1), "Ctrl+PgUp", "Ctrl+Shift+Tab")
        self.add_menu = QMenu(self)
        self.add_menu.addActions([self.a_empty, self.a_scenario, self.a_duplicate])
        self.add_button = QToolButton()
        self.add_button.setText("+")
        self.add_button.setAutoRaise(True)
        self.add_button.setMenu(self.add_menu)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self)  # the menu bar's Option menu
        self.menu.addActions([self.a_empty, self.a_scenario, self.a_duplicate])
        self.menu.addSeparator()
        self.menu.addActions([self.a_rename, self.a_recommend, self.a_left, self.a_right, self.a_delete])
        self.menu.addSeparator()
        self.menu.addActions([self.a_next, self.a_previous])
        # The graph may be squeezed as narrow as it was before the bar: the bar gets clipped instead.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 0)
        layout.setSpacing(2)
        layout.addWidget(self.tabs)
        layout.addWidget(self.add_button)
        layout.addStretch(1)
        self.document.sig_options_changed.connect(self.refresh)
        self.retranslate()

    def _action(self, slot, *shortcuts: str) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        return action

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        for action, text in (
            (self.a_empty, self.tr("New &empty option")),
            (self.a_scenario, self.tr("New option from a &scenario…")),
            (self.a_duplicate, self.tr("&Duplicate current option")),
            (self.a_rename, self.tr("&Rename option…")),
            (self.a_delete, self.tr("De&lete option")),
            (self.a_recommend, self.tr("Make re&commended")),
            (self.a_left, self.tr("Move lef&t")),
            (self.a_right, self.tr("Move ri&ght")),
            (self.a_next, self.tr("&Next option")),
            (self.a_previous, self.tr("&Previous option")),
        ):
            action.setText(text)
        self.menu.setTitle(self.tr("&Option"))
        self.add_button.setToolTip(self.tr("Add an option: empty, from a scenario or a copy of the current one"))
        self.refresh()

    # -- showing the options

    def refresh(self) -> None:
        deal, options = self.document.deal, self.document.options
        self.tabs.blockSignals(True)
        while self.tabs.count() > len(deal.options):
            self.tabs.removeTab(self.tabs.count() - 1)
        for index, key in enumerate(options.keys):
            label = option_label(deal, index)
            recommended = deal.recommended is not None and deal.recommended_index == index
            text = (STAR if recommended else "") + label.replace("&", "&&")  # a name's & is no mnemonic
            if index == self.tabs.count():
                self.tabs.addTab(text)
            self.tabs.setTabText(index, text)
            self.tabs.setTabData(index, key)
            self.tabs.setTabToolTip(
                index, literal(label + ("\n" + self.tr("Recommended option") if recommended else ""))
            )
        self.tabs.keys = list(options.keys)
        self.tabs.setCurrentIndex(options.current)
        self.tabs.blockSignals(False)
        several, current = len(deal.options) > 1, options.current
        can_add = self.editor.can_add_option()
        for action in (self.a_empty, self.a_scenario, self.a_duplicate):
            action.setEnabled(can_add)
        self.add_button.setEnabled(can_add)
        self.a_delete.setEnabled(several)
        self.a_recommend.setEnabled(several and (deal.recommended is None or deal.recommended_index != current))
        self.a_left.setEnabled(current > 0)
        self.a_right.setEnabled(current < len(deal.options) - 1)
        for action in (self.a_next, self.a_previous):
            action.setEnabled(several)

    def _tab_changed(self, index: int) -> None:
        key = self.tabs.tabData(index)
        if key in self.document.options.keys:
            self.editor.switch_option(self.document.options.keys.index(key))

    # -- the user's requests

    def _step(self, by: int) -> None:
        count = len(self.document.deal.options)
        self.editor.switch_option((self.document.current + by) % count)

    def _move(self, index: int, by: int) -> None:
        self.editor.move_option(index, index + by)

    def new_from_scenario(self) -> None:
        catalog = self.document.catalog
        choice = ScenarioGallery.ask(catalog, self.lang, self.window())
        if choice is not None and (choice == EMPTY or choice in catalog.scenarios):
            self.editor.new_option(choice or None)

    def start_rename(self, index: int) -> None:
        """Edit the tab's name in place."""
        self.editor.switch_option(index)
        rect = self.tabs.tabRect(index)
        rect.setWidth(max(rect.width(), 160))
        editor = NameEditor(self.tabs, option_label(self.document.deal, index))
        editor.setGeometry(rect.intersected(self.tabs.rect()))
        editor.sig_done.connect(lambda name, key=self.document.current_key: self._renamed(key, name))
        editor.selectAll()
        editor.show()
        editor.setFocus()
        self.name_editor = editor

    def _renamed(self, key: int, name: str) -> None:
        self.name_editor = None
        if name and key in self.document.options.keys:
            self.editor.rename_option(self.document.options.keys.index(key), name)

    def delete(self, index: int) -> None:
        """Asks first when the option holds items (an empty one is deleted at once)."""
        deal = self.document.deal
        if len(deal.options) < 2:
            return
        if deal.options[index].items and not self.ask_delete(self.window(), option_label(deal, index)):
            return
        self.editor.remove_option(index)

    def _context_menu(self, at: QPoint) -> None:
        index = self.tabs.tabAt(at)
        if index < 0:
            self.add_menu.exec(self.tabs.mapToGlobal(at))
            return
        self.editor.switch_option(index)  # the menu's actions act on the current option
        self.menu.exec(self.tabs.mapToGlobal(at))

    @classmethod
    def ask_delete(cls, parent: QWidget, name: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Delete option"),
            tr("Delete the option “%s” and its items?") % name,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes
