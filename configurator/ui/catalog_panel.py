"""The catalog browser: capabilities by category, searchable and filterable, to add from."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex, QSortFilterProxyModel, Qt, Signal
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
from configurator.export import style
from configurator.ui.graph.scene import CAPABILITY_MIME
from configurator.ui.plain import literal

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
FACETS_ROLE = Qt.ItemDataRole.UserRole + 3


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
        partner_types = list(catalog.partner_types)
        groups: dict[str, QStandardItem] = {}
        for category in catalog.categories.values():
            row = QStandardItem(category.name.get(lang))
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
            name.setData(" ".join([cap.id, cap.name.en, cap.name.zh, *cap.tags]).lower(), SEARCH_ROLE)
            name.setData(
                {
                    "category": cap.category,
                    "partner": cap.partner_delivered,
                    "xc": cap.xinchuang.level,
                    "modes": set(cap.modes),
                },
                FACETS_ROLE,
            )
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
    """Search text (Chinese or English name, id, tags) and facet filters on capability rows."""

    def __init__(self) -> None:
        super().__init__()
        self.setRecursiveFilteringEnabled(True)
        self.text = ""
        self.facets: dict[str, object] = {}

    def set_filter(self, text: str, **facets: object) -> None:
        self.beginFilterChange()
        self.text = text.strip().lower()
        self.facets = {k: v for k, v in facets.items() if v not in (None, "")}
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        search = index.data(SEARCH_ROLE)
        if search is None:  # a category row: shown when a child matches (recursive filtering)
            return not self.text and not self.facets
        if self.text and not all(word in search for word in self.text.split()):
            return False
        facets = index.data(FACETS_ROLE)
        for key, wanted in self.facets.items():
            if key == "modes" and wanted not in facets["modes"]:
                return False
            if key != "modes" and facets[key] != wanted:
                return False
        return True


class CatalogPanel(QWidget):
    sig_add_requested = Signal(str)

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.model = CatalogModel()
        self.proxy = CapabilityFilter()
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.deliverer = QComboBox()
        self.xinchuang = QComboBox()
        self.mode = QComboBox()
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
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
        self.catalog: Catalog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by Chinese or English name, id or tag"))
        self.add_action.setText(self.tr("Add to solution"))
        if self.catalog is not None:
            self.set_catalog(self.catalog)

    def set_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
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
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._refilter()

    @staticmethod
    def _fill(combo: QComboBox, everything: str, choices: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for label, value in choices:
            combo.addItem(label, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0) if current is not None else 0)
        combo.blockSignals(False)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _refilter(self) -> None:
        self.proxy.set_filter(
            self.search.text(),
            category=self.category.currentData(),
            partner=self.deliverer.currentData(),
            xc=self.xinchuang.currentData(),
            modes=self.mode.currentData(),
        )
        self.tree.expandAll()

    def _activated(self, index: QModelIndex) -> None:
        ident = index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
        if ident:
            self.sig_add_requested.emit(ident)

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
