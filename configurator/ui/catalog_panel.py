"""The catalog browser: capabilities by category, searchable and filterable, to add from."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeyEvent,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from configurator.core.catalog import MODE_ORDER, Catalog
from configurator.core.catalog_search import CapabilityQuery
from configurator.drawing import style
from configurator.ui.editing import Editor
from configurator.ui.fitting import ElidingComboBox
from configurator.ui.graph.scene import CAPABILITY_MIME
from configurator.ui.plain import literal

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(colour)
    return QIcon(pixmap)


class CatalogModel(QStandardItemModel):
    """Category rows with capability children; capabilities can be dragged onto the graph."""

    def __init__(self) -> None:
        super().__init__()
        self.catalog: Catalog | None = None

    def populate(
        self, catalog: Catalog, lang: str, headers: list[str], xc_words: dict[str, str], partner_word: str
    ) -> None:
        self.catalog = catalog
        self.clear()
        self.setHorizontalHeaderLabels(headers)
        for column, header in enumerate(headers):  # a narrow column elides its header
            self.setHeaderData(column, Qt.Orientation.Horizontal, header, Qt.ItemDataRole.ToolTipRole)
        partner_types = list(catalog.partner_types)
        groups: dict[str, QStandardItem] = {}
        for category in catalog.categories.values():
            row = QStandardItem(category.name.get(lang))
            row.setToolTip(literal(category.name.get(lang)))
            row.setEditable(False)
            row.setDragEnabled(False)
            font = row.font()
            font.setBold(True)
            row.setFont(font)
            groups[category.id] = row
        for cap in catalog.capabilities.values():
            group = groups.get(cap.category)
            if group is None:
                continue
            name = QStandardItem(cap.name.get(lang))
            name.setData(cap.id, ID_ROLE)
            name.setIcon(_swatch(style.deliverer_colour(cap.provider, partner_types)))
            modes = " ".join(m for m in MODE_ORDER if m in cap.modes)
            badges = [xc_words.get(cap.xinchuang.level, "")]
            if cap.partner_delivered:
                badges.insert(0, partner_word)
            badge = QStandardItem(" · ".join(b for b in badges if b))
            deliverer = catalog.deliverer_name(cap.provider, lang)
            name.setToolTip(
                literal(f"{cap.name.get(lang)} ({cap.id})\n{cap.description.get(lang)}\n{modes} · {deliverer}")
            )
            for cell in (name, badge):
                cell.setEditable(False)
            group.appendRow([name, badge])
        for group in groups.values():
            if group.rowCount():
                self.appendRow([group, self._blank()])

    @staticmethod
    def _blank() -> QStandardItem:
        item = QStandardItem()
        item.setEditable(False)
        item.setDragEnabled(False)
        return item

    def mimeTypes(self) -> list[str]:
        return [CAPABILITY_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        for index in indexes:
            ident = index.siblingAtColumn(0).data(ID_ROLE)
            if ident:
                data.setData(CAPABILITY_MIME, ident.encode("utf-8"))
                data.setText(ident)
                break
        return data


class CapabilityFilter(QSortFilterProxyModel):
    """The capability rows a `CapabilityQuery` matches (`core.catalog_search`, as the CLI's
    `search`); a category row shows while one of its capabilities does (recursive filtering)."""

    def __init__(self) -> None:
        super().__init__()
        self.setRecursiveFilteringEnabled(True)
        self.query = CapabilityQuery()

    def set_query(self, query: CapabilityQuery) -> None:
        self.beginFilterChange()
        self.query = query
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        model = self.sourceModel()
        ident = model.index(row, 0, parent).data(ID_ROLE)
        return ident is not None and self.query.matches(model.catalog.capabilities[ident])


class CatalogPanel(QWidget):
    def __init__(self, editor: Editor, lang: str) -> None:
        super().__init__()
        self.editor, self.document = editor, editor.document
        self.model = CatalogModel()
        self.proxy = CapabilityFilter()
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.category, self.deliverer, self.xinchuang, self.mode = (ElidingComboBox(8) for _ in range(4))
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "Cloud se…(CVM)": the abbreviation stays
        self.tree.setIndentation(12)  # the room goes to the names
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.doubleClicked.connect(self._activated)
        self.tree.installEventFilter(self)
        filters = QGridLayout()
        for column, combo in enumerate((self.category, self.deliverer, self.xinchuang, self.mode)):
            combo.currentIndexChanged.connect(self._refilter)
            filters.addWidget(combo, column // 2, column % 2)
        self.search.textChanged.connect(self._refilter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.tree)
        self.add_action = QAction(self)
        self.add_action.triggered.connect(lambda: self._activated(self.tree.currentIndex()))
        self.document.sig_catalog_changed.connect(self._show_catalog)
        self.set_language(lang)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.search.setPlaceholderText(self.tr("Search by Chinese or English name, id or tag"))
        self.add_action.setText(self.tr("Add to solution"))
        self._show_catalog()

    def _show_catalog(self) -> None:
        catalog = self.document.catalog
        headers = [self.tr("Capability"), self.tr("Xinchuang · partner")]
        xc_words = {"certified": self.tr("Certified"), "adapted": self.tr("Adapted"), "none": ""}
        self.model.populate(catalog, self.lang, headers, xc_words, self.tr("Partner"))
        self._fill(
            self.category,
            self.tr("All categories"),
            [(c.name.get(self.lang), c.id) for c in catalog.categories.values()],
        )
        self._fill(
            self.deliverer,
            self.tr("Vendor and partners"),
            [(self.tr("Vendor-delivered"), False), (self.tr("Partner-delivered"), True)],
        )
        self._fill(
            self.xinchuang,
            self.tr("Any Xinchuang level"),
            [
                (self.tr("Xinchuang certified"), "certified"),
                (self.tr("Xinchuang adapted"), "adapted"),
                (self.tr("No Xinchuang variant"), "none"),
            ],
        )
        self._fill(self.mode, self.tr("Any mode"), [(m, m) for m in MODE_ORDER])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self._refilter()
        self.tree.setColumnWidth(1, self.tree.sizeHintForColumn(1))  # the badges, not the longer header

    @staticmethod
    def _fill(combo: QComboBox, everything: str, choices: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for label, value in choices:
            combo.addItem(label, value)
            combo.setItemData(combo.count() - 1, literal(label), Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0) if current is not None else 0)
        combo.blockSignals(False)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _refilter(self) -> None:
        self.proxy.set_query(
            CapabilityQuery(
                self.search.text(),
                category=self.category.currentData(),
                partner=self.deliverer.currentData(),
                xinchuang=self.xinchuang.currentData(),
                mode=self.mode.currentData(),
            )
        )
        self.tree.expandAll()
        for row in range(self.proxy.rowCount()):  # a category's name takes the whole row
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)

    def _activated(self, index: QModelIndex) -> None:
        ident = index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
        if ident:
            self.editor.add(ident)

    def _menu(self, position) -> None:
        index = self.tree.indexAt(position)
        if index.siblingAtColumn(0).data(ID_ROLE):
            menu = QMenu(self)
            menu.addAction(self.add_action)
            menu.exec(self.tree.viewport().mapToGlobal(position))

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.tree
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._activated(self.tree.currentIndex())
            return True
        return super().eventFilter(watched, event)
