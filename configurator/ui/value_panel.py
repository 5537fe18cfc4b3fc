"""The Value panel: value-driver inputs (undoable edits), live results and the payback chart."""

from __future__ import annotations

import math
from html import escape

from PySide6.QtCore import QRectF, QSize, Qt
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
from configurator.drawing.value_chart import paint_value_chart
from configurator.translations import tr
from configurator.ui.document import SolutionDocument
from configurator.ui.editing import Editor
from configurator.ui.plain import plain_label

OUT_OF_RANGE = "color: #b06000;"


class ValueChart(QWidget):
    def __init__(self, document: SolutionDocument, lang: str) -> None:
        super().__init__()
        self.document, self.lang = document, lang
        self.setMinimumHeight(150)

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


class ValuePanel(QWidget):
    def __init__(self, editor: Editor, lang: str) -> None:
        super().__init__()
        self.editor, self.document, self.lang = editor, editor.document, lang
        self.inputs_box = QWidget()
        self.inputs_layout = QVBoxLayout(self.inputs_box)
        self.inputs_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.inputs_box)
        self.results = QLabel()
        self.results.setWordWrap(True)
        self.results.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chart = ValueChart(self.document, lang)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(scroll, 3)
        layout.addWidget(self.results, 2)
        layout.addWidget(self.chart, 3)
        self.spins: dict[tuple[str, str], QDoubleSpinBox] = {}
        self._drivers_shown: tuple | None = None
        self.document.sig_solution_changed.connect(self.refresh)
        self.refresh()

    def set_language(self, lang: str) -> None:
        self.lang = self.chart.lang = lang
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

    def _build(self, case: ValueCase) -> None:
        while self.inputs_layout.count():
            widget = self.inputs_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.spins.clear()
        self.group_titles: dict[str, QGroupBox] = {}
        if not case.drivers:
            self.inputs_layout.addWidget(QLabel(self.tr("The catalog has no value drivers for this solution.")))
        for result in case.drivers:
            box = QGroupBox()
            form = QFormLayout(box)
            for value in result.inputs:
                spin = QDoubleSpinBox()
                bounds = (value.input.default, value.input.low, value.input.high)
                decimals = max(_decimals(v) for v in bounds)
                spin.setDecimals(max(decimals + 1, 2) if decimals else 0)  # room for one more digit
                spin.setSingleStep(_step(value.input.low, value.input.high))
                spin.setKeyboardTracking(False)  # one edit when the user is done typing, not per key
                spin.setRange(-1e12, 1e12)
                spin.setSuffix(f" {self.document.catalog.unit_name(value.input.unit, self.lang)}")
                spin.setAccelerated(True)
                spin.setToolTip(
                    self.tr("Plausible range %s to %s; default %s")
                    % (number(value.input.low), number(value.input.high), number(value.input.default))
                )
                spin.valueChanged.connect(
                    lambda v, d=result.driver.id, i=value.input.id: self.editor.set_value_input(d, i, v)
                )
                form.addRow(plain_label(value.input.label.get(self.lang)), spin)
                self.spins[(result.driver.id, value.input.id)] = spin
            self.group_titles[result.driver.id] = box
            self.inputs_layout.addWidget(box)
        self.inputs_layout.addStretch(1)

    def _fill(self, case: ValueCase) -> None:
        currency = self.document.catalog.currency
        for result in case.drivers:
            box = self.group_titles.get(result.driver.id)
            if box is not None:
                box.setTitle(
                    f"{result.driver.name.get(self.lang)} · {money(result.expected, currency, self.lang)}"
                    + self.tr(" per year")
                )
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

    def _results_html(self, case: ValueCase, currency: str) -> str:
        def triple(values, fmt) -> str:
            return " / ".join(fmt(values[c]) if values[c] is not None else "—" for c in CASES)

        def cash(value: float) -> str:
            return money(value, currency, self.lang)

        rows = [
            (self.tr("Annual benefit (low / expected / high)"), triple(case.annual, cash)),
            (self.tr("First-year cost"), cash(case.first_year_cost)),
            (self.tr("Three-year cost"), cash(case.three_year_cost)),
            (self.tr("Net benefit over three years"), triple(case.net, cash)),
            (self.tr("Return on investment"), triple(case.roi_pct, lambda v: f"{v:.0f}%")),
            (self.tr("Payback in months"), triple(case.payback_months, str)),
        ]
        return (
            "<table>"
            + "".join(f"<tr><td>{escape(label)}</td><td><b>{escape(value)}</b></td></tr>" for label, value in rows)
            + "</table>"
        )


def _decimals(value: float) -> int:
    """Decimals that show `value` exactly (at most 6)."""
    text = f"{value:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def _step(low: float, high: float) -> float:
    """A step of about a hundredth of the plausible range, rounded to a power of ten."""
    span = abs(high - low)
    return 10 ** math.floor(math.log10(span / 100)) if span > 0 else 1.0
