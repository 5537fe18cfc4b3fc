"""The BOM panel: sortable lines, totals, partner share, and copy as a table for Excel."""

from __future__ import annotations

from dataclasses import replace

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
from configurator.core.catalog import Catalog
from configurator.core.numbers import money, share
from configurator.core.solution import AUTO
from configurator.export.bom_columns import COLUMNS, PANEL, Reader
from configurator.export.csv_bom import inert
from configurator.translations import tr
from configurator.ui.document import Selection, SolutionDocument
from configurator.ui.plain import literal, plain_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PARTNER_BACKGROUND = QColor("#fff4e5")
KEPT_PRICE = QColor("#8a5a00")  # a price the solution keeps from the catalog it was priced on
MAX_COLUMN_WIDTH = 320  # px: longer catalog texts elide (the whole text on hover)


class BomModel(QAbstractTableModel):
    COLUMNS = tuple(COLUMNS[key] for key in PANEL)

    def __init__(self) -> None:
        super().__init__()
        self.bom: Bom | None = None
        self.lines: list[BomLine] = []
        self.texts: dict[int, list[str]] = {}  # display texts of the rows shown so far
        self.reader: Reader | None = None

    def set_bom(self, bom: Bom, catalog: Catalog, lang: str) -> None:
        self.beginResetModel()
        self.bom, self.lines, self.texts = bom, list(bom.lines), {}
        self.reader = Reader(catalog, lang, tr)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), index.column())
        line, column = self.lines[index.row()], self.COLUMNS[index.column()]
        if role == SORT_ROLE:  # numbers by value, text as shown
            return getattr(line, column.key) if column.right else column.cell(line, self.reader)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and line.partner:
            return QBrush(PARTNER_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and column.key == "name" and line.origin == AUTO:
            font = QFont()
            font.setItalic(True)
            return font
        kept = column.key == "list_price" and line.priced_by
        if role == Qt.ItemDataRole.ForegroundRole and kept:
            return QBrush(KEPT_PRICE)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell cut to its column's width
            text = self._text(index.row(), index.column())
            if kept:
                return literal(
                    text + "\n" + tr("Kept from catalog %s, on which the solution was priced") % line.priced_by
                )
            return literal(f"{text} ({line.capability})" if column.key == "name" else text)
        return None

    def _text(self, row: int, column: int) -> str:
        """Formatted when first shown: a view asks only for its visible rows."""
        if row not in self.texts:
            self.texts[row] = [str(c.cell(self.lines[row], self.reader)) for c in self.COLUMNS]
        return self.texts[row][column]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.COLUMNS)
        ):
            return tr(self.COLUMNS[section].header)
        return None

    def as_tsv(self, totals_label: str) -> str:
        """Tab-separated rows with plain numbers: Excel and WPS paste it as a table (and, as
        with the CSV, text that would run as a formula is made inert)."""
        rows = [[tr(c.header) for c in self.COLUMNS]]
        if self.bom is not None and self.reader is not None:
            exact, totals = replace(self.reader, exact=True), self.bom.totals.to_dict()
            rows += [[str(inert(c.cell(line, exact))) for c in self.COLUMNS] for line in self.lines]
            rows.append(
                [totals_label] + [exact.money(totals[c.key]) if c.key in totals else "" for c in self.COLUMNS[1:]]
            )
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
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(BomModel.COLUMNS) - 1)
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
        self.model.set_bom(bom, self.document.catalog, self.lang)
        self._syncing = False
        if was_empty or self._resize_columns:  # not on every edit: sizing reads every cell
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN_WIDTH))
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
