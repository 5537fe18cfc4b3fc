"""The options of a deal side by side: each option's headline figures over the deal's horizon,
and per capability which options hold it, in which mode, at what cost.

The GUI's compare view, `configurator compare` and the PDF's comparison section all show a
`Comparison`; its `to_dict` is the JSON the CLI prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from configurator.core.catalog import Text
from configurator.core.deal import Deal
from configurator.core.evaluate import Evaluation
from configurator.core.findings import Severity


@dataclass(frozen=True, slots=True)
class OptionFigures:
    """One option's column of the comparison."""

    name: str
    recommended: bool
    one_time: float
    yearly_run: float  # the recurring cost of a year: 12 × monthly + yearly
    first_year: float
    tco: float
    npv: float
    partner_share: float
    errors: int
    warnings: int
    compliance_passed: bool
    xinchuang_share: float
    critical_weeks: float
    roi_pct: float | None
    payback_months: int | None
    cumulative: tuple[float, ...]  # cost by the end of each year

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__} | {"cumulative": list(self.cumulative)}


@dataclass(frozen=True, slots=True)
class Holding:
    """How one option holds a capability."""

    mode: str
    quantity: float
    first_year: float
    tco: float

    def to_dict(self) -> dict[str, Any]:
        return {"mode": self.mode, "quantity": self.quantity, "first_year": self.first_year, "tco": self.tco}


@dataclass(frozen=True, slots=True)
class CapabilityRow:
    capability: str
    name: Text
    held: tuple[Holding | None, ...]  # per option; None: not in that option

    @property
    def differs(self) -> bool:
        """Options differ in whether they hold it, its mode or its quantity."""
        return len({(h.mode, h.quantity) if h else None for h in self.held}) > 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "capability": self.capability,
            "name": self.name.to_dict(),
            "differs": self.differs,
            "options": [h.to_dict() if h else None for h in self.held],
        }


@dataclass(frozen=True)
class Comparison:
    horizon: int
    currency: str
    options: tuple[OptionFigures, ...]
    rows: tuple[CapabilityRow, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "comparison/1",
            "horizon": self.horizon,
            "currency": self.currency,
            "options": [o.to_dict() for o in self.options],
            "capabilities": [r.to_dict() for r in self.rows],
        }


def compare(deal: Deal, evaluations: Sequence[Evaluation], default_name: str = "{}") -> Comparison:
    """`evaluations` of every option of `deal`, in order; an option without a name is called
    `default_name` with its number."""
    recommended = deal.recommended_at
    figures = tuple(
        _figures(deal.label(index, default_name), index == recommended, evaluation)
        for index, evaluation in enumerate(evaluations)
    )
    names: dict[str, Text] = {}
    held: dict[str, list[Holding | None]] = {}
    for index, evaluation in enumerate(evaluations):
        for line, years in zip(evaluation.bom.lines, evaluation.years.lines, strict=True):
            names.setdefault(line.capability, line.name)
            row = held.setdefault(line.capability, [None] * len(evaluations))
            row[index] = Holding(line.mode, line.quantity, line.first_year, sum(years.total))
    rows = tuple(CapabilityRow(c, names[c], tuple(held[c])) for c in names)
    first = evaluations[0]
    return Comparison(first.years.horizon, first.catalog.currency, figures, rows)


def _figures(name: str, recommended: bool, evaluation: Evaluation) -> OptionFigures:
    totals, years, value = evaluation.bom.totals, evaluation.years, evaluation.value
    severities = [f.severity for f in evaluation.findings]
    return OptionFigures(
        name=name,
        recommended=recommended,
        one_time=totals.one_time,
        yearly_run=12 * totals.monthly + totals.yearly,
        first_year=totals.first_year,
        tco=years.tco,
        npv=years.npv,
        partner_share=totals.partner_share,
        errors=severities.count(Severity.ERROR),
        warnings=severities.count(Severity.WARNING),
        compliance_passed=evaluation.compliance.passed,
        xinchuang_share=evaluation.compliance.domestic_ratio,
        critical_weeks=evaluation.bom.critical_weeks,
        roi_pct=value.roi_pct["expected"] if value.drivers else None,
        payback_months=value.payback_months["expected"] if value.drivers else None,
        cumulative=years.cumulative,
    )
