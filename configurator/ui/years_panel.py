"""The Years panel: the current option's cost of ownership per year of the deal's horizon, and
per line and year."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTabWidget, QVBoxLayout, QWidget

from configurator.core.catalog import Catalog
from configurator.core.numbers import money, share
from configurator.core.vocabulary import DEPLOYMENT
from configurator.core.years import LineYears, Years, net_present_value
from configurator.translations import tr
from configurator.ui.document import SolutionDocument
from configurator.ui.plain import literal, plain_label

MAX_NAME_WIDTH = 260  # px: a longer capability name elides (the whole name on hover)


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    values: tuple[float | None, ...]  # None: an empty cell
    tooltip: str = ""
    summary: bool = False  # a totals row, in bold


class YearsModel(QAbstractTableModel):
    """Rows of a label and amounts; cells are formatted when shown."""

    def __init__(self) -> None:
        super().__init__()
        self.headers: list[str] = []
        self.rows: list[Row] = []
        self.currency, self.lang = "CNY", "zh"

    def set_rows(self, headers: list[str], rows: list[Row], currency: str, lang: str) -> None:
        self.beginResetModel()
        self.headers, self.rows, self.currency, self.lang = headers, rows, currency, lang
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label if column == 0 else self.text(row.values[column - 1])
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return literal(row.tooltip or row.label)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.summary:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def text(self, value: float | None) -> str:
        return "" if value is None else money(value, self.currency, self.lang)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None


def _table(model: YearsModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)  # the totals rows in view
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    return table


class YearsPanel(QWidget):
    def __init__(self, document: SolutionDocument, lang: str) -> None:
        super().__init__()
        self.document, self.lang = document, lang
        self.summary = plain_label()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.by_year, self.by_line = YearsModel(), YearsModel()
        self.year_table, self.line_table = _table(self.by_year), _table(self.by_line)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.year_table, "")
        self.tabs.addTab(self.line_table, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self.tabs.setCornerWidget(self.summary)  # beside the tabs: the table keeps the height
        self._shape: tuple | None = None  # what the column widths were sized for
        document.sig_solution_changed.connect(self.refresh)
        self.set_language(lang)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.tabs.setTabText(0, self.tr("Per year"))
        self.tabs.setTabText(1, self.tr("Per line"))
        self._shape = None
        self.refresh()

    def refresh(self) -> None:
        years, catalog = self.document.evaluation.years, self.document.catalog
        currency = catalog.currency
        self.summary.setText(
            self.tr("Over %d years: TCO %s · NPV at %s: %s")
            % (
                years.horizon,
                money(years.tco, currency, self.lang),
                share(years.discount_rate),
                money(years.npv, currency, self.lang),
            )
        )
        headers, rows = self._per_year(years)
        self.by_year.set_rows(headers, rows, currency, self.lang)
        headers, rows = self._per_line(years, catalog)
        self.by_line.set_rows(headers, rows, currency, self.lang)
        shape = (self.lang, years.horizon, self.by_year.columnCount(), bool(years.lines))
        if shape != self._shape:  # not on every edit: sizing reads every cell
            self._shape = shape
            for table in (self.year_table, self.line_table):
                table.resizeColumnsToContents()
                table.setColumnWidth(0, min(table.columnWidth(0), MAX_NAME_WIDTH))

    def _per_year(self, years: Years) -> tuple[list[str], list[Row]]:
        def summed(part: str) -> tuple[float, ...]:
            return tuple(math.fsum(getattr(line, part)[y] for line in years.lines) for y in range(years.horizon))

        zones = [zone for zone, values in years.zones.items() if any(values)]
        columns: list[tuple[str, tuple[float, ...] | None]] = [
            (self.tr("One-time"), summed("one_time")),
            (self.tr("Maintenance"), summed("maintenance")),
            (self.tr("Recurring"), summed("recurring")),
            (self.tr("Total"), years.total),
            (self.tr("Cumulative"), None),  # a running sum: no total, no NPV
            *((tr(DEPLOYMENT[zone]), years.zones[zone]) for zone in zones),
            (self.tr("Vendor"), years.vendor),
            (self.tr("Partner"), years.partner),
        ]
        rows = [
            Row(
                self.tr("Year %d") % (y + 1),
                tuple(years.cumulative[y] if values is None else values[y] for _, values in columns),
            )
            for y in range(years.horizon)
        ]
        rows.append(
            Row(
                self.tr("%d-year TCO") % years.horizon,
                tuple(None if values is None else math.fsum(values) for _, values in columns),
                summary=True,
            )
        )
        rows.append(
            Row(
                self.tr("NPV at %s") % share(years.discount_rate),
                tuple(
                    None if values is None else net_present_value(values, years.discount_rate) for _, values in columns
                ),
                summary=True,
            )
        )
        return ["", *(header for header, _ in columns)], rows

    def _per_line(self, years: Years, catalog: Catalog) -> tuple[list[str], list[Row]]:
        def row(line: LineYears) -> Row:
            cap = catalog.capabilities.get(line.capability)
            name = (cap.name.get(self.lang) if cap else "") or line.capability
            return Row(name, (*line.total, math.fsum(line.total)), f"{name} ({line.capability})")

        rows = [row(line) for line in years.lines]
        rows.append(Row(self.tr("Total"), (*years.total, years.tco), summary=True))
        headers = [
            self.tr("Capability"),
            *(self.tr("Year %d") % (y + 1) for y in range(years.horizon)),
            self.tr("%d-year TCO") % years.horizon,
        ]
        return headers, rows
