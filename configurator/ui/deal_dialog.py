"""Edit → Deal settings…: the horizon, discount rate, yearly price changes, when one-time costs
fall and the benefit ramp of the multi-year cost of ownership every option of the deal shares."""

from __future__ import annotations

import re
from typing import TypeVar

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from configurator.core.catalog import Catalog
from configurator.core.solution import BENEFIT_RAMP, DISCOUNT_RATE, HORIZON_YEARS, DealSettings, Solution
from configurator.ui.editing import Editor
from configurator.ui.plain import plain_label

MAX_YEARS = 10
ERROR_STYLE = "color: #b00020;"
T = TypeVar("T")


def parse_numbers(text: str, low: float, high: float) -> tuple[float, ...] | None:
    """'50, 100' (commas, Chinese commas or spaces between; a % sign allowed) as numbers, each
    within [low, high], 1 to MAX_YEARS of them; None when the text is not such a list."""
    parts = [p for p in re.split(r"[\s,，;；]+", text.replace("%", " ")) if p]
    try:
        numbers = tuple(float(p) for p in parts)
    except ValueError:
        return None
    if not 1 <= len(numbers) <= MAX_YEARS or not all(low <= n <= high for n in numbers):
        return None
    return numbers


def numbers_text(numbers: tuple[float, ...]) -> str:
    return ", ".join(f"{n:.10g}" for n in numbers)


def _fraction(spin: QDoubleSpinBox, shown: float) -> float:
    """The spin's percent as a fraction, or `shown` itself while the spin still shows what it
    was given (its decimals round: 8.25 % shows as 8.3 % and must not become 8.3 % by OK)."""
    if spin.value() == spin.property("initial"):
        return shown
    return round(spin.value() / 100, 6)


def _show(spin: QDoubleSpinBox, fraction: float) -> None:
    spin.setValue(fraction * 100)
    spin.setProperty("initial", spin.value())


def _kept(value: T, written: T | None, default: T) -> T | None:
    """A value equal to the default that the file did not write stays unwritten."""
    return None if written is None and value == default else value


def _percent_spin(low: float, high: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(1)
    spin.setSuffix(" %")
    return spin


class DealDialog(QDialog):
    def __init__(
        self, catalog: Catalog, written: DealSettings, price_models: list[str], lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.written = written
        self.setWindowTitle(self.tr("Deal settings"))
        self.horizon = QSpinBox()
        self.horizon.setRange(1, MAX_YEARS)
        self.horizon.setSuffix(self.tr(" years"))
        self.horizon.setValue(written.horizon)
        self.rate = _percent_spin(0, 100)
        _show(self.rate, written.rate)
        self.one_time = QComboBox()
        self.one_time.addItem(self.tr("In year 1, at order"), "order")
        self.one_time.addItem(self.tr("In the year the delivery plan starts the line"), "plan")
        self.one_time.setCurrentIndex(self.one_time.findData(written.one_time_in or "order"))
        self.ramp_shown = numbers_text(tuple(share * 100 for share in written.benefit_ramp or BENEFIT_RAMP))
        self.ramp = QLineEdit(self.ramp_shown)
        self.ramp.setToolTip(self.tr("The share of the yearly value realised in years 1, 2, …; the last holds after"))
        self.ramp.textChanged.connect(self._check)
        form = QFormLayout()
        form.addRow(self.tr("Horizon"), self.horizon)
        form.addRow(self.tr("Discount rate (NPV)"), self.rate)
        form.addRow(self.tr("One-time costs"), self.one_time)
        form.addRow(self.tr("Benefit ramp (% per year)"), self.ramp)
        self.changes: dict[str, QDoubleSpinBox] = {}
        changes_box = QGroupBox(self.tr("Yearly price change"))
        changes = QFormLayout(changes_box)
        for code in price_models:
            spin = _percent_spin(-50, 100)
            _show(spin, written.price_change(code))
            changes.addRow(f"{catalog.price_model_name(code, lang)} ({code})", spin)
            self.changes[code] = spin
        if not self.changes:
            changes.addRow(plain_label(self.tr("The solution has no priced items yet.")))
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(changes_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._check()

    def _benefit_ramp(self) -> tuple[float, ...] | None:
        if self.ramp.text() == self.ramp_shown:  # untouched: as it was, not as rounded for showing
            return self.written.benefit_ramp or BENEFIT_RAMP
        shares = parse_numbers(self.ramp.text(), 0, 200)
        return None if shares is None else tuple(round(s / 100, 6) for s in shares)

    def _check(self) -> None:
        valid = self._benefit_ramp() is not None
        self.message.setText(
            ""
            if valid
            else self.tr("Benefit ramp: write 1 to 10 percentages from 0 to 200, separated by commas (e.g. 50, 100).")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(valid)

    def settings(self) -> DealSettings:
        """The settings as shown (the benefit ramp valid: OK is enabled only then)."""
        written = self.written
        changes = {
            code: _fraction(spin, written.price_change(code))
            for code, spin in self.changes.items()
            if spin.value() or code in (written.price_changes or {})
        }
        return DealSettings(
            horizon_years=_kept(self.horizon.value(), written.horizon_years, HORIZON_YEARS),
            discount_rate=_kept(_fraction(self.rate, written.rate), written.discount_rate, DISCOUNT_RATE),
            price_changes=changes if changes or written.price_changes is not None else None,
            one_time_in=_kept(self.one_time.currentData(), written.one_time_in, "order"),
            benefit_ramp=_kept(self._benefit_ramp(), written.benefit_ramp, BENEFIT_RAMP),
        )

    @classmethod
    def ask(
        cls, parent: QWidget, catalog: Catalog, written: DealSettings, price_models: list[str], lang: str
    ) -> DealSettings | None:
        """The settings chosen, or None when cancelled."""
        dialog = cls(catalog, written, price_models, lang, parent)
        return dialog.settings() if dialog.exec() == QDialog.DialogCode.Accepted else None


def price_models(catalog: Catalog, options: tuple[Solution, ...]) -> list[str]:
    """The price models of the deal's items, and any its settings already change."""
    codes = set(options[0].deal.price_changes or {})
    for item in (item for option in options for item in option.items if item.valid):
        cap = catalog.capabilities.get(item.capability)
        if cap is not None and item.mode in cap.modes:
            codes.add(cap.modes[item.mode].price_model)
    return sorted(codes)


def edit_deal(parent: QWidget, editor: Editor) -> None:
    """Edit → Deal settings…: one undoable step when OK changes anything."""
    document = editor.document
    models = price_models(document.catalog, document.deal.options)
    settings = DealDialog.ask(parent, document.catalog, document.solution.deal, models, editor.lang)
    if settings is not None:
        editor.edit_deal(settings)
