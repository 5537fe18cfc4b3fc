"""The compare view: the deal's options side by side (core/compare.py), a Recommend button
per option and the chart of cumulative cost; re-evaluates only the options that changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from configurator.core.compare import Comparison, OptionFigures, compare
from configurator.core.numbers import money, number, share
from configurator.drawing.compare_chart import paint_compare_chart
from configurator.translations import tr
from configurator.ui.editing import Editor

DIFFERS = QColor("#fff4ce")  # a capability the options hold differently
RECOMMENDED = QColor("#e6f4ea")  # the recommended option's column
SECTION = QColor("#eef1f5")


class CompareChart(QWidget):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.comparison: Comparison | None = None
        self.setMinimumSize(300, 150)

    def sizeHint(self) -> QSize:
        return QSize(420, 240)

    def paintEvent(self, event) -> None:
        if self.comparison is None:
            return
        painter = QPainter(self)
        paint_compare_chart(painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), self.comparison, self.lang, tr)
        painter.end()


class CompareView(QWidget):
    """Refreshed when shown and, while shown, on every change of the deal (a tabbed dock's
    hidden tabs count as visible to Qt: its dock says when it is shown)."""

    def __init__(self, editor: Editor, lang: str) -> None:
        super().__init__()
        self.editor, self.document, self.lang = editor, editor.document, lang
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # sized per row, a refresh took ~50 ms
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(130)
        self.table.horizontalHeader().sectionClicked.connect(self.editor.switch_option)
        self.chart = CompareChart(lang)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.chart, 2)
        self.comparison: Comparison | None = None
        self._stale, self.shown = True, False
        self.document.sig_solution_changed.connect(self._changed)
        self.document.sig_options_changed.connect(self._changed)

    def set_language(self, lang: str) -> None:
        self.lang = self.chart.lang = lang
        self._changed()

    def set_shown(self, shown: bool) -> None:
        """Its dock raised (or floated) or hidden: a hidden view does not follow each edit."""
        self.shown = shown
        if shown and self._stale:
            self.refresh()

    def _changed(self) -> None:
        self._stale = True
        if self.shown:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        deal = self.document.deal
        self.comparison = compare(deal, self.document.evaluations(), tr("Option %d").replace("%d", "{}"))
        self.table.setUpdatesEnabled(False)
        self._fill(self.comparison)
        self.table.setUpdatesEnabled(True)
        self.chart.comparison = self.comparison
        self.chart.update()

    def _fill(self, comparison: Comparison) -> None:
        currency, options = comparison.currency, comparison.options

        def cash(value: float) -> str:
            return money(value, currency, self.lang)

        figures: list[tuple[str, Callable[[OptionFigures], str]]] = [
            (self.tr("One-time"), lambda o: cash(o.one_time)),
            (self.tr("Yearly run cost"), lambda o: cash(o.yearly_run)),
            (self.tr("%d-year cost of ownership") % comparison.horizon, lambda o: cash(o.tco)),
            (self.tr("Net present value of the cost"), lambda o: cash(o.npv)),
            (self.tr("Partner share"), lambda o: share(o.partner_share)),
            (self.tr("Errors / warnings"), lambda o: f"{o.errors} / {o.warnings}"),
            (self.tr("Compliance"), lambda o: self.tr("passed") if o.compliance_passed else self.tr("not passed")),
            (self.tr("Xinchuang share"), lambda o: share(o.xinchuang_share)),
            (self.tr("Critical path (weeks)"), lambda o: number(round(o.critical_weeks, 1))),
            (self.tr("Return on investment"), lambda o: "—" if o.roi_pct is None else f"{o.roi_pct:.0f}%"),
            (self.tr("Payback in months"), lambda o: "—" if o.payback_months is None else str(o.payback_months)),
        ]
        table = self.table
        table.clear()
        table.setColumnCount(len(options))
        table.setRowCount(2 + len(figures) + len(comparison.rows))
        labels = ["", *(label for label, _ in figures), self.tr("Capabilities")]
        labels += [row.name.get(self.lang) or row.capability for row in comparison.rows]
        table.setVerticalHeaderLabels(labels)
        for column, option in enumerate(options):
            header = QTableWidgetItem(("★ " if option.recommended else "") + option.name)
            header.setToolTip(self.tr("Click to show this option"))
            if column == self.document.current:
                font = QFont(header.font())
                font.setBold(True)
                header.setFont(font)
            table.setHorizontalHeaderItem(column, header)
            button = QPushButton(self.tr("Recommended") if option.recommended else self.tr("Recommend"))
            button.setEnabled(not option.recommended and len(options) > 1)
            button.clicked.connect(lambda _=False, index=column: self.editor.recommend_option(index))
            table.setCellWidget(0, column, button)
            table.setRowHeight(0, button.sizeHint().height())
            for row, (_, show) in enumerate(figures, start=1):
                self._cell(row, column, show(option), RECOMMENDED if option.recommended else None)
        section = 1 + len(figures)
        if len(options) > 1:
            table.setSpan(section, 0, 1, len(options))
        self._cell(section, 0, "", SECTION)
        for row, capability in enumerate(comparison.rows, start=section + 1):
            for column, held in enumerate(capability.held):
                text = f"{held.mode} × {number(held.quantity)} · {cash(held.tco)}" if held else "—"
                self._cell(row, column, text, DIFFERS if capability.differs else None)
            table.verticalHeaderItem(row).setToolTip(
                capability.capability + ("\n" + self.tr("The options differ here") if capability.differs else "")
            )

    def _cell(self, row: int, column: int, text: str, background: QColor | None) -> None:
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if background is not None:
            item.setBackground(QBrush(background))
        self.table.setItem(row, column, item)
