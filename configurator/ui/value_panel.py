"""The Value panel: value-driver inputs (undoable edits), live results over the deal's years,
the payback chart and the tornado of ROI sensitivity."""

from __future__ import annotations

import math
from html import escape

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from configurator.core.numbers import money, number
from configurator.core.value import CASES, ValueCase
from configurator.drawing.value_chart import paint_tornado, paint_value_chart
from configurator.paths import LOCALES
from configurator.translations import tr
from configurator.ui.document import SolutionDocument
from configurator.ui.editing import Editor
from configurator.ui.fitting import elided
from configurator.ui.plain import plain_label

OUT_OF_RANGE = "color: #b06000;"
UNIT_WIDTH = 110  # px of a unit after an input; a longer catalog unit elides
NO_BREAK = "\u00a0"


class ValueChart(QWidget):
    def __init__(self, document: SolutionDocument, lang: str) -> None:
        super().__init__()
        self.document, self.lang = document, lang
        self.setMinimumSize(320, 150)  # the axis labels and the break-even label need the width

    def sizeHint(self) -> QSize:
        return QSize(420, 240)

    def paintEvent(self, event) -> None:
        case = self.document.evaluation.value
        if case is None:
            return
        painter = QPainter(self)
        paint_value_chart(
            painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), case, self.document.catalog.currency, self.lang, tr
        )
        painter.end()


class TornadoChart(QWidget):
    def __init__(self, document: SolutionDocument, lang: str) -> None:
        super().__init__()
        self.document, self.lang = document, lang
        self.setMinimumSize(320, 120)

    def sizeHint(self) -> QSize:
        return QSize(420, 180)

    def paintEvent(self, event) -> None:
        case = self.document.evaluation.value
        if case is None:
            return
        painter = QPainter(self)
        paint_tornado(painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), case, self.lang, tr)
        painter.end()


class ValuePanel(QWidget):
    def __init__(self, editor: Editor, lang: str) -> None:
        super().__init__()
        self.editor, self.document, self.lang = editor, editor.document, lang
        self.inputs_box = QWidget()
        self.inputs_layout = QVBoxLayout(self.inputs_box)
        self.inputs_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # labels wrap instead
        scroll.setWidget(self.inputs_box)
        self.results = QLabel()
        self.results.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chart = ValueChart(self.document, lang)
        self.tornado = TornadoChart(self.document, lang)
        charts = QVBoxLayout()
        charts.addWidget(self.chart, 3)
        charts.addWidget(self.tornado, 2)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(scroll, 3)
        self.results_scroll = QScrollArea()  # the years' table below may be taller than the dock
        self.results_scroll.setWidgetResizable(True)
        self.results_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.results_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_scroll.setWidget(self.results)
        layout.addWidget(self.results_scroll)
        layout.addLayout(charts, 3)
        self.spins: dict[tuple[str, str], QDoubleSpinBox] = {}
        self.headings: dict[str, QLabel] = {}
        self._drivers_shown: tuple | None = None
        self.document.sig_solution_changed.connect(self.refresh)
        self.refresh()

    def set_language(self, lang: str) -> None:
        self.lang = self.chart.lang = self.tornado.lang = lang
        self._drivers_shown = None
        self.refresh()

    def case(self) -> ValueCase | None:
        return self.document.evaluation.value

    def refresh(self) -> None:
        case = self.case()
        if case is None:
            return
        shown = tuple((r.driver.id, tuple(v.input.id for v in r.inputs)) for r in case.drivers)
        if shown != self._drivers_shown:
            self._build(case)
            self._drivers_shown = shown
        self._fill(case)
        self.chart.update()
        self.tornado.update()

    def _build(self, case: ValueCase) -> None:
        while self.inputs_layout.count():
            widget = self.inputs_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # at once: it is deleted only when the event loop next runs
                widget.deleteLater()
        self.spins.clear()
        self.headings.clear()
        if not case.drivers:
            self.inputs_layout.addWidget(QLabel(self.tr("The catalog has no value drivers for this solution.")))
        locale = QLocale(LOCALES[self.lang])
        for result in case.drivers:
            box = QGroupBox()  # its heading is a label: a group box title would not wrap
            form = QFormLayout(box)
            heading = plain_label()
            heading.setWordWrap(True)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            form.addRow(heading)
            for value in result.inputs:
                spin = QDoubleSpinBox()
                spin.setLocale(locale)
                spin.setGroupSeparatorShown(True)
                bounds = (value.input.default, value.input.low, value.input.high)
                decimals = max(_decimals(v) for v in bounds)
                spin.setDecimals(max(decimals + 1, 2) if decimals else 0)  # room for one more digit
                spin.setSingleStep(_step(value.input.low, value.input.high))
                spin.setKeyboardTracking(False)  # one edit when the user is done typing, not per key
                spin.setRange(-1e12, 1e12)
                unit = self.document.catalog.unit_name(value.input.unit, self.lang)
                spin.setSuffix(f" {elided(spin, unit, UNIT_WIDTH)}")
                spin.setAccelerated(True)
                spin.setToolTip(
                    self.tr("Plausible range %s to %s; default %s")
                    % (number(value.input.low), number(value.input.high), number(value.input.default))
                    + f" ({unit})"
                )
                spin.valueChanged.connect(
                    lambda v, d=result.driver.id, i=value.input.id: self.editor.set_value_input(d, i, v)
                )
                label = plain_label(value.input.label.get(self.lang))
                label.setWordWrap(True)
                form.addRow(label, spin)
                self.spins[(result.driver.id, value.input.id)] = spin
            self.headings[result.driver.id] = heading
            self.inputs_layout.addWidget(box)
        self.inputs_layout.addStretch(1)

    def _fill(self, case: ValueCase) -> None:
        currency = self.document.catalog.currency
        for result in case.drivers:
            heading = self.headings.get(result.driver.id)
            if heading is not None:
                amount = (money(result.expected, currency, self.lang) + self.tr(" per year")).strip()
                heading.setText(f"{result.driver.name.get(self.lang)} · {amount.replace(' ', NO_BREAK)}")
            for value in result.inputs:
                spin = self.spins.get((result.driver.id, value.input.id))
                if spin is None:
                    continue
                if spin.value() != value.value:
                    spin.blockSignals(True)
                    spin.setValue(value.value)
                    spin.blockSignals(False)
                spin.setStyleSheet("" if value.in_range else OUT_OF_RANGE)
        self.results.setText(self._results_html(case, currency))
        bar = self.results_scroll.verticalScrollBar().sizeHint().width()
        self.results_scroll.setMinimumWidth(self.results.sizeHint().width() + bar)  # amounts never wrap

    def _results_html(self, case: ValueCase, currency: str) -> str:
        """A table of one column per case (P10, expected, P90; a cost, the same in each, spans
        them), then the expected case year by year."""

        def cash(value: float) -> str:
            return money(value, currency, self.lang)

        def cells(values, fmt=cash) -> list[str]:
            return [fmt(values[c]) if values[c] is not None else "—" for c in CASES]

        horizon = case.horizon
        rows = [
            (self.tr("Annual benefit"), cells(case.annual)),
            (self.tr("First-year cost"), [cash(case.first_year_cost)]),
            (self.tr("Cost over years 1–%d") % horizon.years, [cash(math.fsum(horizon.cost))]),
            (self.tr("Net benefit over years 1–%d") % horizon.years, cells(horizon.net_benefit)),
            (self.tr("Net present value at %s") % f"{horizon.discount_rate:.0%}", [cash(horizon.npv)]),
            (self.tr("Return on investment"), cells(case.roi_pct, lambda v: f"{v:.0f}%")),
            (self.tr("Payback in months"), cells(case.payback_months, str)),
        ]
        nowrap = "style='white-space:nowrap'"
        headings = (tr("low (P10)"), tr("expected"), tr("high (P90)"))
        head = "".join(f"<th align='right' {nowrap}>{escape(h)}</th>" for h in headings)
        body = "".join(
            f"<tr><td {nowrap}>{escape(label)}</td>"
            + "".join(
                f"<td align='right' {nowrap}{'' if len(values) > 1 else ' colspan=3'}><b>{escape(v)}</b></td>"
                for v in values
            )
            + "</tr>"
            for label, values in rows
        )
        years = "".join(f"<th align='right' {nowrap}>{y}</th>" for y in range(1, horizon.years + 1))
        flows = "".join(
            f"<tr><td {nowrap}>{escape(label)}</td>"
            + "".join(f"<td align='right' {nowrap}>{escape(cash(v))}</td>" for v in values)
            + "</tr>"
            for label, values in (
                (self.tr("Benefit"), horizon.benefit),
                (self.tr("Cost"), horizon.cost),
                (self.tr("Net cash flow"), horizon.net),
                (self.tr("Cumulative"), horizon.cumulative),
            )
        )
        by_year = self.tr("Expected case by year")
        return (
            f"<table cellspacing='0' cellpadding='3'><tr><th></th>{head}</tr>{body}</table>"
            f"<p><b>{escape(by_year)}</b></p>"
            f"<table cellspacing='6' cellpadding='0'><tr><th></th>{years}</tr>{flows}</table>"
        )


def _decimals(value: float) -> int:
    """Decimals that show `value` exactly (at most 6)."""
    text = f"{value:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def _step(low: float, high: float) -> float:
    """A step of about a hundredth of the plausible range, rounded to a power of ten."""
    span = abs(high - low)
    return 10 ** math.floor(math.log10(span / 100)) if span > 0 else 1.0
