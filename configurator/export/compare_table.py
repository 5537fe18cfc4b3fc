"""The options of a deal side by side as rows of cells, read by `configurator compare` (text
and CSV) and the PDF's comparison section: each headline figure's label and how an option's
value is written, and per capability how each option holds it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from configurator.core.compare import CapabilityRow, Comparison, Holding, OptionFigures
from configurator.core.numbers import money, number, share
from configurator.core.vocabulary import N_, STATUS

RECOMMENDED = "★"
DEFAULT_NAME = N_("Option {}")  # an option without a name, with its number


@dataclass(frozen=True)
class Writer:
    """How one output writes values: for people, or exact for a spreadsheet."""

    currency: str
    lang: str
    tr: Callable[[str], str]
    exact: bool = False

    def money(self, value: float) -> str:
        return f"{value:.2f}" if self.exact else money(value, self.currency, self.lang)

    def share(self, value: float) -> float | str:
        return value if self.exact else share(value)

    def number(self, value: float) -> float | str:
        return value if self.exact else number(value)

    def maybe(self, value: float | int | None, text: Callable[[float], str]) -> object:
        if value is None:
            return "" if self.exact else "—"
        return value if self.exact else text(value)


@dataclass(frozen=True)
class Metric:
    key: str
    label: str  # marked with N_; may name {years}
    cell: Callable[[OptionFigures, Writer], object]


METRICS = (
    Metric("one_time", N_("One-time"), lambda o, w: w.money(o.one_time)),
    Metric("yearly_run", N_("Yearly run cost"), lambda o, w: w.money(o.yearly_run)),
    Metric("tco", N_("TCO over {years} years"), lambda o, w: w.money(o.tco)),
    Metric("npv", N_("Net present value"), lambda o, w: w.money(o.npv)),
    Metric("partner_share", N_("Partner share"), lambda o, w: w.share(o.partner_share)),
    Metric("errors", N_("Errors"), lambda o, w: o.errors),
    Metric("warnings", N_("Warnings"), lambda o, w: o.warnings),
    Metric(
        "compliance_passed",
        N_("Compliance"),
        lambda o, w: w.tr(STATUS["pass"] if o.compliance_passed else STATUS["fail"]),
    ),
    Metric("xinchuang_share", N_("Xinchuang share"), lambda o, w: w.share(o.xinchuang_share)),
    Metric("critical_weeks", N_("Critical path (weeks)"), lambda o, w: w.number(o.critical_weeks)),
    Metric("roi_pct", N_("Return on investment"), lambda o, w: w.maybe(o.roi_pct, lambda v: f"{v:.0f}%")),
    Metric("payback_months", N_("Payback (months)"), lambda o, w: w.maybe(o.payback_months, lambda v: f"{v:.0f}")),
)


def option_names(comparison: Comparison, marked: bool = True) -> list[str]:
    """The options' names; the recommended one `marked` with a star."""
    return [f"{o.name} {RECOMMENDED}" if marked and o.recommended else o.name for o in comparison.options]


def metric_rows(comparison: Comparison, writer: Writer) -> list[tuple[str, str, list[object]]]:
    """(key, label, one cell per option) for every headline figure."""
    return [
        (
            m.key,
            writer.tr(m.label).format(years=comparison.horizon),
            [m.cell(option, writer) for option in comparison.options],
        )
        for m in METRICS
    ]


def holding_cell(holding: Holding | None, writer: Writer) -> str:
    if holding is None:
        return "" if writer.exact else "—"
    return f"{holding.mode} × {number(holding.quantity)}"


def capability_rows(
    comparison: Comparison, writer: Writer, differing: bool = True
) -> list[tuple[CapabilityRow, str, list[str]]]:
    """(row, name, one cell per option) per capability; only those that differ when `differing`."""
    return [
        (row, row.name.get(writer.lang), [holding_cell(h, writer) for h in row.held])
        for row in comparison.rows
        if row.differs or not differing
    ]
