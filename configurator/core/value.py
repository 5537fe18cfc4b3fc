"""The value case of a solution: annual benefit per driver, cost from the BOM, net benefit,
ROI and payback, each as low / expected / high, and the monthly series for the chart.

Expected uses the user's inputs (else the catalog defaults); low and high are the smallest and
largest result over the inputs' plausible ranges, so an input that lowers the benefit (the cost
of the new way in `cost_old - cost_new`) counts at its high end in the low case.
"""

from __future__ import annotations

import itertools
import math
import threading
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from configurator.core.bom import Bom
from configurator.core.catalog import Catalog, ValueDriver, ValueInput
from configurator.core.codes import make, plain_number
from configurator.core.findings import Finding
from configurator.core.formula import Formula
from configurator.core.solution import Solution

if TYPE_CHECKING:
    from configurator.core.context import Context, Rule

HORIZON_MONTHS = 36
PAYBACK_SEARCH_MONTHS = 120
CASES = ("low", "expected", "high")
# Formula nodes evaluated for one driver's corners (2^inputs × nodes), about 2 ms once per
# driver; beyond it interval arithmetic bounds the range (see _span).
MAX_CORNER_WORK = 4096


@dataclass(frozen=True)
class InputValue:
    input: ValueInput
    value: float
    given: bool  # set by the user rather than the catalog default

    @property
    def in_range(self) -> bool:
        return self.input.low <= self.value <= self.input.high


@dataclass(frozen=True)
class DriverResult:
    driver: ValueDriver
    inputs: tuple[InputValue, ...]
    low: float
    expected: float
    high: float


@dataclass(frozen=True)
class ValueCase:
    drivers: tuple[DriverResult, ...]
    annual: dict[str, float]  # by case
    first_year_cost: float
    three_year_cost: float
    net: dict[str, float]  # 3-year benefit − 3-year cost
    roi_pct: dict[str, float | None]
    payback_months: dict[str, int | None]  # None: not within PAYBACK_SEARCH_MONTHS
    cumulative_cost: tuple[float, ...]  # months 0..HORIZON_MONTHS
    cumulative_benefit: tuple[float, ...]  # expected case

    def to_dict(self) -> dict[str, Any]:
        return {
            "drivers": [
                {
                    "id": r.driver.id,
                    "name": r.driver.name.to_dict(),
                    "kind": r.driver.kind,
                    "unit": r.driver.unit,
                    "formula": r.driver.formula_text,
                    "low": r.low,
                    "expected": r.expected,
                    "high": r.high,
                    "inputs": [
                        {
                            "id": v.input.id,
                            "label": v.input.label.to_dict(),
                            "unit": v.input.unit,
                            "value": v.value,
                            "default": v.input.default,
                            "low": v.input.low,
                            "high": v.input.high,
                        }
                        for v in r.inputs
                    ],
                    "source": r.driver.source.to_dict(),
                }
                for r in self.drivers
            ],
            "annual_benefit": self.annual,
            "first_year_cost": self.first_year_cost,
            "three_year_cost": self.three_year_cost,
            "net_benefit_3y": self.net,
            "roi_pct": self.roi_pct,
            "payback_months": self.payback_months,
        }


def drivers_for(catalog: Catalog, solution: Solution) -> list[ValueDriver]:
    """The scenario's drivers, then those of capabilities in the solution; first id wins."""
    found: dict[str, ValueDriver] = {}
    scenario = catalog.scenarios.get(solution.scenario) if solution.scenario else None
    sources = [scenario.value_drivers] if scenario else []
    sources += [
        catalog.capabilities[i.capability].value_drivers
        for i in solution.items
        if i.valid and i.capability in catalog.capabilities
    ]
    for drivers in sources:
        for driver in drivers:
            if driver.formula is not None:
                found.setdefault(driver.id, driver)
    return list(found.values())


def _result(driver: ValueDriver, given: dict[str, float]) -> DriverResult:
    memo = _memo(driver)
    key = tuple(sorted(given.items())) if given else ()
    known = memo.results.get(key)
    if known is None:
        inputs = tuple(
            InputValue(i, float(given[i.id]) if i.id in given else i.default, i.id in given) for i in driver.inputs
        )
        known = inputs, _formula(driver).evaluate({v.input.id: v.value for v in inputs})
        if len(memo.results) >= MEMO_RESULTS:
            memo.results.clear()
        memo.results[key] = known
    inputs, expected = known
    low, high = memo.span
    return DriverResult(driver, inputs, min(low, expected), expected, max(high, expected))


def _formula(driver: ValueDriver) -> Formula:
    """The formula of a driver that `drivers_for` chose, which only takes those that have one."""
    if driver.formula is None:
        raise ValueError(f"value driver {driver.id!r} has no formula")
    return driver.formula


@dataclass
class _Memo:
    """What a driver's value case needs, without the driver: the memo must not keep it alive."""

    span: tuple[float, float]  # over the plausible ranges: the same for every solution
    # by the inputs the solution sets: the input values and the expected benefit
    results: dict[tuple, tuple[tuple[InputValue, ...], float]] = field(default_factory=dict)


# Drivers belong to a loaded catalog and never change, so each one's results are kept while it
# lives, by identity (hashing a driver costs more than evaluating it): an edit that leaves the
# value inputs alone costs no formula work.
_MEMOS: dict[int, _Memo] = {}
_MEMOS_LOCK = threading.Lock()  # the GUI evaluates in the GUI thread and in export jobs
MEMO_RESULTS = 64  # input combinations kept per driver


def _memo(driver: ValueDriver) -> _Memo:
    memo = _MEMOS.get(id(driver))
    if memo is None:
        memo = _Memo(_span(driver))
        with _MEMOS_LOCK:
            if id(driver) not in _MEMOS:
                _MEMOS[id(driver)] = memo
                weakref.finalize(driver, _MEMOS.pop, id(driver), None)  # before the id can be reused
            memo = _MEMOS[id(driver)]
    return memo


def _span(driver: ValueDriver) -> tuple[float, float]:
    """The smallest and largest benefit over the inputs' plausible ranges.

    Interval arithmetic gives them in one pass, exactly when each input appears once in the
    formula; otherwise it gives bounds that may be wider than the truth but never narrower.
    So: the interval when exact; else every corner of the ranges while that is cheap (a formula
    of + - * /, min and max that uses each input once moves one way with each input while the
    others stay fixed, so its extremes lie among the corners); else the interval; and when a
    divisor's range reaches 0 (no interval) and the corners are too many, all-low and all-high.
    """
    formula = _formula(driver)
    inputs = driver.inputs
    bounds = formula.bounds({i.id: (i.low, i.high) for i in inputs})
    if bounds is not None and formula.single_use:
        return bounds
    if 2 ** len(inputs) * formula.size <= MAX_CORNER_WORK:
        corners: Iterator[tuple[tuple[str, float], ...]] = itertools.product(
            *(((i.id, i.low), (i.id, i.high)) for i in inputs)
        )
    elif bounds is not None:
        return bounds
    else:
        corners = iter([tuple((i.id, i.low) for i in inputs), tuple((i.id, i.high) for i in inputs)])
    results = [formula.evaluate(dict(corner)) for corner in corners]
    return min(results), max(results)


def cumulative_cost(bom: Bom, month: int) -> float:
    """Money spent by the end of `month` (0 = at order: one-time and the first year's fees)."""
    t = bom.totals
    return t.one_time + t.monthly * month + t.yearly * max(1, math.ceil(month / 12))


def payback(bom: Bom, annual: float) -> int | None:
    for month in range(PAYBACK_SEARCH_MONTHS + 1):
        if annual / 12 * month >= cumulative_cost(bom, month) and (month or cumulative_cost(bom, 0) == 0):
            return month
    return None


def value_case(catalog: Catalog, solution: Solution, bom: Bom) -> ValueCase:
    results = tuple(_result(d, solution.value.get(d.id, {})) for d in drivers_for(catalog, solution))
    annual = {case: math.fsum(getattr(r, case) for r in results) for case in CASES}
    t = bom.totals
    three_year = t.one_time + 36 * t.monthly + 3 * t.yearly
    net = {case: 3 * annual[case] - three_year for case in CASES}
    return ValueCase(
        drivers=results,
        annual=annual,
        first_year_cost=t.first_year,
        three_year_cost=three_year,
        net=net,
        roi_pct={case: net[case] / three_year * 100 if three_year else None for case in CASES},
        payback_months={case: payback(bom, annual[case]) for case in CASES},
        cumulative_cost=tuple(cumulative_cost(bom, m) for m in range(HORIZON_MONTHS + 1)),
        cumulative_benefit=tuple(annual["expected"] / 12 * m for m in range(HORIZON_MONTHS + 1)),
    )


# -- rules


def _missing(ctx: Context) -> Iterator[Finding]:
    scenario = ctx.catalog.scenarios.get(ctx.solution.scenario) if ctx.solution.scenario else None
    if scenario is not None and not any(d.formula for d in scenario.value_drivers):
        yield make("VAL-MISSING-050", ctx.top("scenario"), subject=scenario.id)


def _ranges(ctx: Context) -> Iterator[Finding]:
    for result in ctx.value.drivers:
        for value in result.inputs:
            if value.given and not value.in_range:
                yield make(
                    "VAL-RANGE-051",
                    ctx.top("value"),
                    subject=result.driver.id,
                    input=value.input.id,
                    value=plain_number(value.value),
                    low=plain_number(value.input.low),
                    high=plain_number(value.input.high),
                )
    known = {r.driver.id: r.driver for r in ctx.value.drivers}
    for driver_id, inputs in ctx.solution.value.items():
        for input_id in inputs:
            driver = known.get(driver_id)
            if driver is None or driver.input(input_id) is None:
                yield make("VAL-UNKNOWN-053", ctx.top("value"), subject=driver_id, input=input_id)


def _payback(ctx: Context) -> Iterator[Finding]:
    if not ctx.value.drivers:
        return
    months = ctx.value.payback_months["expected"]
    if months is None or months > HORIZON_MONTHS:
        yield make(
            "VAL-PAYBACK-052", ctx.top("value"), months=months if months is not None else f"> {PAYBACK_SEARCH_MONTHS}"
        )


RULES: tuple[Rule, ...] = (_missing, _ranges, _payback)
