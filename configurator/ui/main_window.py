"""The main window: assembles document, panels, menus and status bar; owns no domain logic."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from configurator import __version__
from configurator.core.catalog import Catalog
from configurator.core.findings import summarize
from configurator.core.numbers import money, share
from configurator.export.formats import TABLES
from configurator.paths import icon_path
from configurator.translations import install
from configurator.ui.bom_panel import BomPanel
from configurator.ui.catalog_controller import CatalogController
from configurator.ui.catalog_panel import CatalogPanel
from configurator.ui.compliance_panel import indicator
from configurator.ui.deal_dialog import edit_deal
from configurator.ui.dialogs import Dialogs
from configurator.ui.document import Selection, SolutionDocument, empty_solution
from configurator.ui.editing import Editor
from configurator.ui.exports import PICTURES, ExportController
from configurator.ui.files import FileController
from configurator.ui.findings_panel import FindingsPanel
from configurator.ui.graph.scene import SolutionScene
from configurator.ui.graph.view import GraphView
from configurator.ui.inspector import Inspector
from configurator.ui.jobs import Jobs
from configurator.ui.options_bar import OptionsBar
from configurator.ui.plain import literal, plain_label
from configurator.ui.policy_bar import PolicyBar
from configurator.ui.recovery import RecoveryStore
from configurator.ui.revisions import RevisionController
from configurator.ui.settings import Settings

if TYPE_CHECKING:
    from configurator.ui.compare_view import CompareView
    from configurator.ui.compliance_panel import CompliancePanel
    from configurator.ui.value_panel import ValuePanel
    from configurator.ui.years_panel import YearsPanel

DEFAULT_SIZE = QSize(1440, 900)

# Panels whose docks start tabbed away, built when their dock is first shown (or a caller asks
# for one): the start pays neither their modules nor their widgets. dock → (module, class, built on)
LAZY_PANELS = {
    "compliance": ("compliance_panel", "CompliancePanel", "document"),
    "value": ("value_panel", "ValuePanel", "editor"),
    "years": ("years_panel", "YearsPanel", "document"),
    "compare": ("compare_view", "CompareView", "editor"),
}


def _scrollable(widget: QWidget) -> QScrollArea:
    """Panels taller than a small laptop screen scroll instead of forcing the window taller."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


class MainWindow(QMainWindow):
    sig_language_changed = Signal(str)  # View → Language: every view follows (see _connect)

    def __init__(self, catalog: Catalog, settings: Settings, recovery: RecoveryStore, lang: str) -> None:
        super().__init__()
        self.settings, self.lang = settings, lang
        self.setWindowIcon(QIcon(str(icon_path())))  # its dialogs show it too
        self.document = SolutionDocument(catalog, empty_solution(catalog, self.tr("New solution")))
        self.selection = Selection()
        self.undo_stack = QUndoStack(self)
        self.editor = Editor(self.document, self.selection, self.undo_stack, lang)
        self.files = FileController(self, self.editor, settings, recovery)
        self.jobs = Jobs()
        self.exports = ExportController(self, self.editor, settings, self.jobs)
        self.catalogs = CatalogController(self, self.document, self.jobs)
        self.revisions = RevisionController(self)
        self._build_panels()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self.retranslate()
        self._place(settings.get("window/geometry"))
        self.restoreState(settings.get("window/state"))
        self.refresh()
        self.update_revision_actions()

    # -- construction

    def _build_panels(self) -> None:
        self.scene = SolutionScene(self.editor, self.lang)
        self.view = GraphView(self.scene)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.catalogs.banner)
        self.options_bar = OptionsBar(self.editor, self.lang)
        layout.addWidget(self.options_bar)
        layout.addWidget(self.view)
        self.setCentralWidget(central)
        self.catalog_panel = CatalogPanel(self.editor, self.lang)
        self.inspector = Inspector(self.editor, self.lang)
        self.findings_panel = FindingsPanel(self.editor, self.lang)
        self.bom_panel = BomPanel(self.document, self.selection, self.lang)
        self._panels: dict[str, QWidget] = {}  # the LAZY_PANELS built so far
        self.policy_bar = PolicyBar(self.editor)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.policy_bar)
        self.docks = {}
        for name, widget, area in (
            ("catalog", self.catalog_panel, Qt.DockWidgetArea.LeftDockWidgetArea),
            ("inspector", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea),
            ("bom", self.bom_panel, Qt.DockWidgetArea.BottomDockWidgetArea),
            ("findings", self.findings_panel, Qt.DockWidgetArea.BottomDockWidgetArea),  # its title counts findings
            *((name, None, Qt.DockWidgetArea.BottomDockWidgetArea) for name in LAZY_PANELS),
        ):
            dock = QDockWidget()
            dock.setObjectName(f"{name}_dock")
            if widget is not None:
                dock.setWidget(_scrollable(widget) if name == "inspector" else widget)
            else:
                dock.visibilityChanged.connect(lambda shown, n=name: self._dock_shown(n, shown))
            self.addDockWidget(area, dock)
            self.docks[name] = dock
        self.tabifyDockWidget(self.docks["bom"], self.docks["findings"])
        self.tabifyDockWidget(self.docks["findings"], self.docks["compliance"])
        self.tabifyDockWidget(self.docks["compliance"], self.docks["value"])
        self.tabifyDockWidget(self.docks["value"], self.docks["years"])
        self.tabifyDockWidget(self.docks["years"], self.docks["compare"])
        self.docks["bom"].raise_()
        # The catalog wide enough for English names beside their badges; the graph keeps ~700 px at 1366.
        self.resizeDocks([self.docks["catalog"], self.docks["inspector"]], [380, 280], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["bom"]], [260], Qt.Orientation.Vertical)

    def panel(self, name: str) -> QWidget:
        """One of the LAZY_PANELS, built now if it is not yet; it shows the current state at once."""
        if name not in self._panels:
            module, cls, on = LAZY_PANELS[name]
            widget = getattr(importlib.import_module(f"configurator.ui.{module}"), cls)(getattr(self, on), self.lang)
            self._panels[name] = widget
            self.docks[name].setWidget(_scrollable(widget) if name == "value" else widget)
            self.sig_language_changed.connect(widget.set_language)
        return self._panels[name]

    def _dock_shown(self, name: str, shown: bool) -> None:
        """A lazy panel's dock was raised or hidden; the compare view follows edits only while shown."""
        if shown or name in self._panels:
            widget = self.panel(name)
            if name == "compare":
                widget.set_shown(shown)

    @property
    def compliance_panel(self) -> CompliancePanel:
        return self.panel("compliance")

    @property
    def value_panel(self) -> ValuePanel:
        return self.panel("value")

    @property
    def years_panel(self) -> YearsPanel:
        return self.panel("years")

    @property
    def compare_view(self) -> CompareView:
        return self.panel("compare")

    def _place(self, saved: QByteArray) -> None:
        """Open on 90% of the screen's free area, at most DEFAULT_SIZE, centred; or where the
        user left the window (restoreGeometry moves and shrinks it onto a screen there is now)."""
        if saved and self.restoreGeometry(saved):
            return
        area = self.screen().availableGeometry()
        size = (area.size() * 0.9).boundedTo(DEFAULT_SIZE)
        self.setGeometry(QStyle.alignedRect(Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignCenter, size, area))

    def _action(self, slot, shortcut=None) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcuts(
                QKeySequence.keyBindings(shortcut)
                if isinstance(shortcut, QKeySequence.StandardKey)
                else [QKeySequence(shortcut)]
            )
        return action

    def _build_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.a_new = self._action(self.new, S.New)
        self.a_open = self._action(self.open, S.Open)
        self.a_save = self._action(self.files.save, S.Save)
        self.a_save_as = self._action(self.files.save_as, S.SaveAs)
        self.a_reload = self._action(self.catalogs.reload, "F5")
        self.a_save_revision = self._action(self.revisions.save_revision, "Ctrl+Alt+S")
        self.a_revisions = self._action(self.revisions.show_revisions)
        self.a_compare_revision = self._action(lambda: self.revisions.compare())
        self.a_drift = self._action(lambda: self.revisions.check_drift(asked=True))
        self.a_quit = self._action(self.close, S.Quit)
        self.a_undo = self._action(self.undo_stack.undo, S.Undo)
        self.a_redo = self._action(self.undo_stack.redo, S.Redo)
        self.undo_stack.indexChanged.connect(self._update_undo_actions)
        self.a_remove = self._action(lambda: self.editor.remove(self.selection.current))
        self.a_find = self._action(self.find, S.Find)
        self.a_deal = self._action(lambda: edit_deal(self, self.editor))
        self.a_zoom_in = self._action(self.view.zoom_in, S.ZoomIn)
        self.a_zoom_out = self._action(self.view.zoom_out, S.ZoomOut)
        self.a_zoom_reset = self._action(self.view.reset_zoom, "Ctrl+0")
        self.a_fit = self._action(self.view.fit, "Ctrl+9")
        self.a_tidy = self._action(self.scene.tidy, "Ctrl+L")
        self.a_compare = self._action(self.show_compare, "Ctrl+Shift+C")
        self.a_about = self._action(self.about)
        self.language_group = QActionGroup(self)
        self.a_languages = {}
        for lang, label in (("zh", "中文"), ("en", "English")):
            action = self._action(lambda _=False, code=lang: self.set_language(code))
            action.setText(label)  # each language names itself, in any interface language
            action.setCheckable(True)
            action.setChecked(lang == self.lang)
            self.language_group.addAction(action)
            self.a_languages[lang] = action
        self.a_exports = {fmt: self._action(lambda _=False, f=fmt: self.exports.table(f)) for fmt in TABLES}
        self.a_export_pdf = self._action(self.exports.pdf, "Ctrl+P")
        self.a_export_deck = self._action(self.exports.deck)
        self.a_pictures = {fmt: self._action(lambda _=False, f=fmt: self.exports.picture(f)) for fmt, _ in PICTURES}

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.m_file, self.m_edit, self.m_view, self.m_help = (
            bar.addMenu(""),
            bar.addMenu(""),
            bar.addMenu(""),
            bar.addMenu(""),
        )
        self.m_recent = self.m_file.addMenu("")
        self.m_export = self.m_file.addMenu("")
        self.m_file.clear()
        self.m_file.addActions([self.a_new, self.a_open])
        self.m_file.addMenu(self.m_recent)
        self.m_file.addSeparator()
        self.m_file.addActions([self.a_save, self.a_save_as])
        self.m_file.addMenu(self.m_export)
        self.m_file.addSeparator()
        self.m_file.addActions([self.a_save_revision, self.a_revisions, self.a_compare_revision])
        self.m_file.addSeparator()
        self.m_file.addActions([self.a_reload, self.a_drift])
        self.m_file.addSeparator()
        self.m_file.addAction(self.a_quit)
        self.m_export.addActions([self.a_export_pdf, self.a_export_deck])
        self.m_export.addActions(list(self.a_exports.values()))
        self.m_export.addSeparator()
        self.m_export.addActions(list(self.a_pictures.values()))
        self.m_edit.addActions([self.a_undo, self.a_redo])
        self.m_edit.addSeparator()
        self.m_edit.addActions([self.a_remove, self.a_find])
        self.m_edit.addSeparator()
        self.m_edit.addAction(self.a_deal)
        self.m_view.addActions([self.a_zoom_in, self.a_zoom_out, self.a_zoom_reset, self.a_fit, self.a_tidy])
        self.m_view.addSeparator()
        self.m_view.addAction(self.a_compare)
        for dock in self.docks.values():
            self.m_view.addAction(dock.toggleViewAction())
        self.m_view.addAction(self.policy_bar.toggleViewAction())
        self.m_view.addSeparator()
        self.m_language = self.m_view.addMenu("")
        self.m_language.addActions(list(self.a_languages.values()))
        self.m_help.addAction(self.a_about)
        bar.insertMenu(self.m_help.menuAction(), self.options_bar.menu)

    def _build_status_bar(self) -> None:
        self.status_totals, self.status_findings, self.status_share = plain_label(), plain_label(), plain_label()
        self.status_compliance = plain_label()
        self.statusBar().addWidget(self.catalogs.load_bar)
        for label in (self.status_compliance, self.status_findings, self.status_share, self.status_totals):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)

    def _connect(self) -> None:
        self.document.sig_solution_changed.connect(self.refresh)
        self.document.sig_path_changed.connect(self._update_title)
        self.document.sig_path_changed.connect(self.update_revision_actions)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.files.sig_recent_changed.connect(self._fill_recent)
        self.files.sig_status.connect(self.statusBar().showMessage)
        self.selection.sig_selection_changed.connect(lambda current: self.a_remove.setEnabled(bool(current)))
        self.catalogs.sig_loading_changed.connect(lambda loading: self.a_reload.setEnabled(not loading))
        for follow in (  # views that show names from the catalog take the language; the others retranslate
            self.editor.set_language,
            self.catalog_panel.set_language,
            self.inspector.set_language,
            self.bom_panel.set_language,
            self.scene.set_language,
            self.options_bar.set_language,
            self.policy_bar.retranslate,
            self.findings_panel.set_language,
            self.catalogs.banner.retranslate,
            self.view.retranslate,
            self.retranslate,
            self.refresh,
        ):
            self.sig_language_changed.connect(follow)
        self.findings_panel.sig_title_changed.connect(self.docks["findings"].setWindowTitle)

    def retranslate(self) -> None:
        texts = {
            self.a_new: self.tr("&New…"),
            self.a_open: self.tr("&Open…"),
            self.a_save: self.tr("&Save"),
            self.a_save_as: self.tr("Save &As…"),
            self.a_reload: self.tr("Re&load catalog"),
            self.a_save_revision: self.tr("Save re&vision…"),
            self.a_revisions: self.tr("Rev&isions…"),
            self.a_compare_revision: self.tr("Compare with revision…"),
            self.a_drift: self.tr("Catalog &drift…"),
            self.a_quit: self.tr("&Quit"),
            self.a_remove: self.tr("Remo&ve item"),
            self.a_find: self.tr("&Find capability"),
            self.a_deal: self.tr("&Deal settings…"),
            self.a_zoom_in: self.tr("Zoom &in"),
            self.a_zoom_out: self.tr("Zoom &out"),
            self.a_zoom_reset: self.tr("Actual &size"),
            self.a_fit: self.tr("&Fit to window"),
            self.a_tidy: self.tr("&Tidy layout"),
            self.a_compare: self.tr("&Compare options"),
            self.a_about: self.tr("&About"),
        }
        for action, text in texts.items():
            action.setText(text)
        self._update_undo_actions()
        for fmt in TABLES:
            self.a_exports[fmt].setText(self.tr("Bill of materials as %s…") % fmt.upper())
        self.a_export_pdf.setText(self.tr("Proposal document (PDF)…"))
        self.a_export_deck.setText(self.tr("PowerPoint briefing deck…"))
        for fmt, _ in PICTURES:
            self.a_pictures[fmt].setText(self.tr("Graph picture as %s…") % fmt.upper())
        self.m_file.setTitle(self.tr("&File"))
        self.m_edit.setTitle(self.tr("&Edit"))
        self.m_view.setTitle(self.tr("&View"))
        self.m_help.setTitle(self.tr("&Help"))
        self.m_recent.setTitle(self.tr("Open &Recent"))
        self.m_export.setTitle(self.tr("&Export"))
        self.m_language.setTitle(self.tr("&Language"))
        self.policy_bar.setWindowTitle(self.tr("Policy"))
        titles = {
            "catalog": self.tr("Catalog"),
            "inspector": self.tr("Inspector"),
            "bom": self.tr("Bill of materials"),
            "findings": self.findings_panel.title(),
            "compliance": self.tr("Compliance"),
            "value": self.tr("Value"),
            "years": self.tr("Years"),
            "compare": self.tr("Compare options"),
        }
        for name, dock in self.docks.items():
            dock.setWindowTitle(titles[name])
        self._fill_recent()
        self._update_title()

    # -- reactions

    def refresh(self) -> None:
        evaluation = self.document.evaluation
        counts = summarize(list(evaluation.findings))
        totals, currency = evaluation.bom.totals, self.document.catalog.currency
        self.status_findings.setText(self.tr("Errors: %d · Warnings: %d") % (counts["errors"], counts["warnings"]))
        self.status_share.setText(self.tr("Partner share %s") % share(totals.partner_share))
        self.status_totals.setText(self.tr("First year %s") % money(totals.first_year, currency, self.lang))
        self.status_compliance.setText(
            indicator(self.document) if self.document.solution.items else self.tr("Compliance: no items yet")
        )
        self.a_remove.setEnabled(bool(self.selection.current))

    def _update_undo_actions(self, *args) -> None:
        """Undo/Redo name the step in the interface's language (commands keep the language
        they were made in)."""
        for action, label, can, text in (
            (self.a_undo, self.tr("&Undo"), self.undo_stack.canUndo(), self.undo_stack.undoText()),
            (self.a_redo, self.tr("&Redo"), self.undo_stack.canRedo(), self.undo_stack.redoText()),
        ):
            action.setText(f"{label} {text}" if can and text else label)
            action.setEnabled(can)

    def _update_title(self, *args) -> None:
        name = self.files.display_name() or self.tr("Untitled")
        self.setWindowTitle(self.tr("%s[*] — Solution configurator") % name)
        self.setWindowModified(self.files.modified)

    def update_revision_actions(self, *args) -> None:
        shown = self.revisions.has_revisions()
        self.a_revisions.setEnabled(shown)
        self.a_compare_revision.setEnabled(shown)

    def _fill_recent(self) -> None:
        self.m_recent.clear()
        for path in self.settings.get("files/recent"):
            self.m_recent.addAction(path, lambda p=path: self.open(Path(p)))
        self.m_recent.setEnabled(bool(self.m_recent.actions()))

    # -- user actions

    def new(self) -> None:
        if not self.files.maybe_keep_changes():
            return
        from configurator.ui.scenario_gallery import ScenarioGallery

        choice = ScenarioGallery.ask(self.document.catalog, self.lang, self)
        if choice and choice not in self.document.catalog.scenarios:  # a reload took it meanwhile
            self.statusBar().showMessage(self.tr("The reloaded catalog no longer has that scenario"), 5000)
        elif choice is not None:
            self.files.new(choice, self.lang)
            self.view.fit()

    def open(self, path: Path | None = None) -> None:
        if not self.files.maybe_keep_changes():
            return
        path = path or Dialogs.ask_open_path(self, self.settings.get("files/last_folder"))
        if path is not None and self.files.open(path):
            self.view.fit()

    def show_compare(self) -> None:
        """Raised, and given half the window's height: the table has a row per capability."""
        dock = self.docks["compare"]
        dock.show()
        dock.raise_()
        if not dock.isFloating():
            self.resizeDocks([dock], [max(dock.height(), self.height() // 2)], Qt.Orientation.Vertical)

    def find(self) -> None:
        self.docks["catalog"].show()
        self.docks["catalog"].raise_()
        self.catalog_panel.focus_search()

    def set_busy(self, busy: bool) -> None:
        """While the first catalog loads, only the status bar (its progress) is alive."""
        for part in (self.menuBar(), self.centralWidget(), self.policy_bar, *self.docks.values()):
            part.setEnabled(not busy)

    def set_language(self, lang: str) -> None:
        """Switch the interface language at once, and remember it."""
        install(lang)
        self.lang = lang
        self.settings.set("ui/language", lang)
        self.a_languages[lang].setChecked(True)
        self.sig_language_changed.emit(lang)

    def about(self) -> None:
        catalog = self.document.catalog
        QMessageBox.about(
            self,
            self.tr("About"),
            literal(
                self.tr("Solution configurator %s\nCatalog: %s %s (%d capabilities)\nPrices are illustrative.")
                % (__version__, catalog.name.get(self.lang), catalog.version, len(catalog.capabilities))
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_keep_changes():
            event.ignore()
            return
        self.jobs.cancel_all()  # an export or a catalog load still running is cancelled
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        self.files.recovery.discard()
        event.accept()
