"""The multi-year cost of ownership of one option (DESIGN.md §9): every BOM line's cost in each
year of the deal's horizon, and the totals per year, per zone and per deliverer, the TCO and
the net present value.

Per line and year (1-based), with the net unit price p = list price × (1 − discount):

- the quantity follows the item's ramp (a yearly growth, or the quantities per year);
- a once-billed line costs p × the units bought that year (the first year's quantity, then
  each year's increase), in year 1, or with `one_time_in: plan` in the year its delivery starts;
- once-billed units held at the start of a year cost their maintenance rate × their purchase
  price in that year (a licence bought in year 1 is maintained from year 2);
- monthly and usage lines cost 12 × p × quantity, yearly lines p × quantity, from the line's
  first year;
- every price grows by the deal's price change for the mode's price model each year after the
  first (compounded).

With no ramp, change or plan, year 1 equals the BOM's first year. NPV discounts year y's cost
by (1 + rate)^y, as a spreadsheet's NPV() does, so the figure can be checked by hand.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

from configurator.core.bom import Bom, BomLine
from configurator.core.catalog import Catalog
from configurator.core.placement import ZONE_OF_MODE, ZONES
from configurator.core.solution import Item, Solution

WEEKS_PER_YEAR = 52


@dataclass(frozen=True, slots=True)
class LineYears:
    """One line's cost in each year of the horizon (index 0 = year 1)."""

    capability: str
    quantity: tuple[float, ...]
    one_time: tuple[float, ...]
    maintenance: tuple[float, ...]
    recurring: tuple[float, ...]
    spread: tuple[float, ...]  # the part of `recurring` paid month by month (monthly and usage lines)
    total: tuple[float, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "capability": self.capability,
            "quantity": list(self.quantity),
            "one_time": list(self.one_time),
            "maintenance": list(self.maintenance),
            "recurring": list(self.recurring),
            "total": list(self.total),
        }


@dataclass(frozen=True)
class Years:
    horizon: int
    discount_rate: float
    lines: tuple[LineYears, ...]
    total: tuple[float, ...]
    cumulative: tuple[float, ...]
    vendor: tuple[float, ...]
    partner: tuple[float, ...]
    zones: dict[str, tuple[float, ...]]
    upfront: tuple[float, ...]  # paid at the start of each year: one-time, maintenance, yearly fees
    tco: float
    npv: float

    def to_dict(self) -> dict[str, Any]:
        """The BOM's `years` section."""
        return {
            "horizon": self.horizon,
            "discount_rate": self.discount_rate,
            "total": list(self.total),
            "cumulative": list(self.cumulative),
            "vendor": list(self.vendor),
            "partner": list(self.partner),
            "zones": {zone: list(values) for zone, values in self.zones.items()},
            "tco": self.tco,
            "npv": self.npv,
            "lines": [line.to_dict() for line in self.lines],
        }

    def spent_by(self, month: int) -> float:
        """Money spent by the end of `month` of the horizon (0: at order)."""
        if month <= 0:
            return self.upfront[0] if self.upfront else 0.0
        year = min(self.horizon, (month - 1) // 12 + 1)
        before = math.fsum(self.total[: year - 1])
        in_year = month - (year - 1) * 12
        spread = self.total[year - 1] - self.upfront[year - 1]
        return before + self.upfront[year - 1] + spread * min(in_year, 12) / 12


def plan_years(catalog: Catalog, solution: Solution, bom: Bom) -> Years:
    settings = solution.deal
    horizon = settings.horizon
    items = {item.capability: item for item in solution.items if item.valid}
    starts = bom.schedule if settings.one_time_by_plan else {}
    factors: dict[str, tuple[float, ...]] = {}  # price model → price factor of each year
    lines = []
    for line in bom.lines:
        mode = catalog.capabilities[line.capability].modes[line.mode]
        if mode.price_model not in factors:
            change = settings.price_change(mode.price_model)
            factors[mode.price_model] = tuple((1 + change) ** year for year in range(horizon))
        start = starts.get(line.capability)
        first = 1 + int(start[0] // WEEKS_PER_YEAR) if start is not None else 1
        item = items[line.capability]
        lines.append(
            _line(line, item, catalog.maintenance_rate(mode), factors[mode.price_model], min(first, horizon + 1))
        )

    def total(chosen: list[LineYears]) -> tuple[float, ...]:
        return tuple(map(math.fsum, zip(*(line.total for line in chosen), strict=True))) if chosen else zeros

    zeros = (0.0,) * horizon
    per_year = total(lines)
    partner = [y for y, b in zip(lines, bom.lines, strict=True) if b.partner]
    vendor = [y for y, b in zip(lines, bom.lines, strict=True) if not b.partner]
    spread = [line.spread for line in lines if any(line.spread)]
    monthly = tuple(map(math.fsum, zip(*spread, strict=True))) if spread else zeros
    cumulative = tuple(itertools.accumulate(per_year))
    rate = settings.rate
    return Years(
        horizon=horizon,
        discount_rate=rate,
        lines=tuple(lines),
        total=per_year,
        cumulative=cumulative,
        vendor=total(vendor),
        partner=total(partner),
        zones={
            zone: total([y for y, b in zip(lines, bom.lines, strict=True) if ZONE_OF_MODE.get(b.mode) == zone])
            for zone in ZONES
        },
        upfront=tuple(t - m for t, m in zip(per_year, monthly, strict=True)),
        tco=math.fsum(per_year),
        npv=net_present_value(per_year, rate),
    )


def net_present_value(flows: tuple[float, ...] | list[float], rate: float) -> float:
    """Year y's flow (1-based) discounted by (1 + rate)^y."""
    return math.fsum(flow / (1 + rate) ** (year + 1) for year, flow in enumerate(flows))


def _line(line: BomLine, item: Item, rate: float, factors: tuple[float, ...], first: int) -> LineYears:
    """The years of one line; `first` is its first year (horizon + 1: after the horizon).
    Lines without a ramp (most) take tuple arithmetic instead of a loop over the years."""
    horizon = len(factors)
    idle = (0.0,) * (first - 1)
    active = horizon - len(idle)
    zeros = (0.0,) * horizon
    price = line.list_price * (1 - line.discount)
    flat = item.ramp is None
    if flat:
        quantity = idle + (line.quantity,) * active
    else:
        quantity = idle + tuple(item.quantity_in(year) for year in range(first, horizon + 1))
    if line.billing != "once":
        months = 1 if line.billing == "yearly" else 12
        if flat and factors[-1] == 1.0:
            recurring = idle + (price * months * line.quantity,) * active
        else:
            recurring = tuple(price * months * q * f for q, f in zip(quantity, factors, strict=True))
        spread = zeros if line.billing == "yearly" else recurring
        return LineYears(line.capability, quantity, zeros, zeros, recurring, spread, recurring)
    if flat:
        if not active:
            return LineYears(line.capability, quantity, zeros, zeros, zeros, zeros, zeros)
        cost = price * factors[first - 1] * line.quantity
        later = (rate * cost,) * (active - 1)
        one_time = idle + (cost,) + (0.0,) * (active - 1)
        return LineYears(
            line.capability, quantity, one_time, idle + (0.0,) + later, zeros, zeros, idle + (cost,) + later
        )
    bought_each, maintenance = [], []
    held = bought = 0.0  # once-billed units bought so far, and what they cost
    for units, factor in zip(quantity, factors, strict=True):
        maintenance.append(rate * bought)
        added = units - held if units > held else 0.0
        bought_each.append(price * factor * added)
        held += added
        bought += bought_each[-1]
    total = tuple(a + b for a, b in zip(bought_each, maintenance, strict=True))
    return LineYears(line.capability, quantity, tuple(bought_each), tuple(maintenance), zeros, zeros, total)
