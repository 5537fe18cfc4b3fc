"""The BOM panel: sortable lines, totals, partner share, and copy as a table for Excel."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from configurator.core.bom import Bom, BomLine
from configurator.export.numbers import money, number, share
from configurator.ui.document import Selection, SolutionDocument
from configurator.ui.plain import literal, plain_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PARTNER_BACKGROUND = QColor("#fff4e5")


class BomModel(QAbstractTableModel):
    KEYS = (
        "name",
        "mode",
        "quantity",
        "unit",
        "list_price",
        "discount",
        "one_time",
        "monthly",
        "first_year",
        "delivered_by",
        "phase",
    )
    MONEY = {"list_price", "one_time", "monthly", "first_year"}

    def __init__(self) -> None:
        super().__init__()
        self.bom: Bom | None = None
        self.lines: list[BomLine] = []
        self.texts: dict[int, list[str]] = {}  # display texts of the rows shown so far
        self.lang = "zh"
        self.headers = list(self.KEYS)

    def set_bom(self, bom: Bom, lang: str) -> None:
        self.beginResetModel()
        self.bom, self.lines, self.lang, self.texts = bom, list(bom.lines), lang, {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.KEYS)

    def raw(self, line: BomLine, key: str):
        if key == "name":
            return line.name.get(self.lang)
        if key == "delivered_by":
            return self.bom.catalog.deliverer_name(line.delivered_by, self.lang)
        if key == "unit":
            return self.bom.catalog.unit_name(line.unit, self.lang)
        return getattr(line, key)

    def text(self, line: BomLine, key: str) -> str:
        value = self.raw(line, key)
        if key in self.MONEY:
            return money(value, self.bom.catalog.currency, self.lang)
        if key == "discount":
            return share(value) if value else ""
        if key == "quantity":
            return number(value)
        return str(value)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        if role == Qt.ItemDataRole.DisplayRole:  # formatted when first shown: a view asks only for its visible rows
            row = index.row()
            if row not in self.texts:
                self.texts[row] = [self.text(self.lines[row], key) for key in self.KEYS]
            return self.texts[row][index.column()]
        line, key = self.lines[index.row()], self.KEYS[index.column()]
        if role == SORT_ROLE:
            return self.raw(line, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in self.MONEY | {"quantity", "discount", "phase"}:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and line.partner:
            return QBrush(PARTNER_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and key == "name" and line.origin == "auto":
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(line.capability)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.KEYS)
        ):
            return self.headers[section]
        return None

    def as_tsv(self, totals_label: str) -> str:
        """Tab-separated rows with plain numbers: Excel and WPS paste it as a table."""
        rows = [self.headers]
        for line in self.lines:
            rows.append(
                [
                    str(self.raw(line, key)) if key in self.MONEY | {"quantity", "discount"} else self.text(line, key)
                    for key in self.KEYS
                ]
            )
        totals = self.bom.totals if self.bom else None
        if totals:
            rows.append([totals_label] + ["" for _ in self.KEYS[1:]])
            for key in ("one_time", "monthly", "first_year"):
                rows[-1][self.KEYS.index(key)] = f"{getattr(totals, key):.2f}"
        return "\n".join("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row) for row in rows) + "\n"


class BomPanel(QWidget):
    def __init__(self, document: SolutionDocument, selection: Selection, lang: str) -> None:
        super().__init__()
        self.document, self.selection, self.lang = document, selection, lang
        self.model = BomModel()
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.totals = plain_label()
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)
        QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy, context=Qt.ShortcutContext.WidgetShortcut)
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals, 1)
        bottom.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self._syncing = False
        self._resize_columns = True
        document.sig_solution_changed.connect(self.refresh)
        selection.sig_selection_changed.connect(self._show_selection)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.headers = [
            self.tr("Capability"),
            self.tr("Mode"),
            self.tr("Quantity"),
            self.tr("Unit"),
            self.tr("List price"),
            self.tr("Discount"),
            self.tr("One-time"),
            self.tr("Monthly"),
            self.tr("First year"),
            self.tr("Delivered by"),
            self.tr("Phase"),
        ]
        self.copy_button.setText(self.tr("Copy table"))
        self.copy_button.setToolTip(self.tr("Copy the bill of materials as a table for Excel"))
        self._resize_columns = True
        self.refresh()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def refresh(self) -> None:
        bom = self.document.evaluation.bom
        self._syncing = True
        was_empty = not self.model.lines
        self.model.set_bom(bom, self.lang)
        self._syncing = False
        if was_empty or self._resize_columns:  # not on every edit: sizing reads every cell
            self.table.resizeColumnsToContents()
            self._resize_columns = not self.model.lines
        t, currency = bom.totals, self.document.catalog.currency
        self.totals.setText(
            self.tr("One-time %s · Monthly %s · First year %s · Partner share %s")
            % (
                money(t.one_time, currency, self.lang),
                money(t.monthly, currency, self.lang),
                money(t.first_year, currency, self.lang),
                share(t.partner_share),
            )
        )
        self._show_selection(self.selection.current)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.model.as_tsv(self.tr("Total")))

    def _row_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not self._syncing and current.isValid():
            self.selection.select(self.model.lines[self.proxy.mapToSource(current).row()].capability)

    def _show_selection(self, capability: str) -> None:
        self._syncing = True
        try:
            for row, line in enumerate(self.model.lines):
                if line.capability == capability:
                    index = self.proxy.mapFromSource(self.model.index(row, 0))
                    self.table.setCurrentIndex(index)
                    self.table.scrollTo(index)
                    break
            else:
                self.table.clearSelection()
        finally:
            self._syncing = False
