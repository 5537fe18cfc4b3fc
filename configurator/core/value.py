"""The value case of a solution over the deal's years: annual benefit per driver, its P10 and
P90, the yearly benefit, cost and net cash flow, ROI, payback and NPV over the horizon, the
sensitivity of ROI to each input, and the monthly series for the chart.

- Expected uses the user's inputs (else the catalog defaults).
- Low and high are the 10th and 90th percentiles of the annual benefit when every input is drawn
  from a triangular distribution (its plausible low, the expected value as mode, its high; the
  range widened to the value when the user set one outside it), independently, DRAWS times
  (fewer when the formulas are so large that DRAWS would take more than SAMPLING_WORK node
  evaluations). Each input draws from its own `random.Random` seeded by a CRC-32 of the driver
  and input ids, so the figures repeat exactly on every run and machine, and changing one driver
  leaves the others' draws alone. Percentiles interpolate linearly between the sorted draws; a
  percentile beyond the expected figure (a mode near the end of its range) shows as expected,
  so low ≤ expected ≤ high. ROI, payback and net benefit of the low and high cases follow from
  the annual benefit's percentiles, since each grows with the annual benefit.
- Year y's benefit is the annual benefit × the deal's benefit share of year y (the ramp-up); its
  cost the option's cost of ownership in year y (core/years.py). ROI is the horizon's net
  benefit over its cost; payback the first month whose cumulative benefit (each year's spread
  evenly over its months) reaches the money spent by then (`Years.spent_by`), None when not
  within the horizon; NPV discounts the yearly net flows as `net_present_value` does.
- Sensitivity: ROI with one input at its plausible low and at its high, the others at expected,
  for the SENSITIVITY_INPUTS inputs of the largest swing, largest first.
"""

from __future__ import annotations

import ast
import heapq
import math
import random
import threading
import weakref
import zlib
from array import array
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from configurator.core.bom import Bom
from configurator.core.catalog import Catalog, ValueDriver, ValueInput
from configurator.core.codes import make, plain_number
from configurator.core.findings import Finding
from configurator.core.formula import FUNCTIONS, MAX_RESULT, Formula
from configurator.core.solution import Solution
from configurator.core.years import Years, net_present_value

if TYPE_CHECKING:
    from configurator.core.context import Context, Rule

CASES = ("low", "expected", "high")
PERCENTILES = {"low": 0.10, "high": 0.90}
DRAWS = 10_000
# Node evaluations of one sampling (draws × the drivers' formula nodes and inputs): about
# 50 ms; a catalog of huge formulas draws fewer times.
SAMPLING_WORK = 1_500_000
SENSITIVITY_INPUTS = 20  # in the tornado's data; the charts show the first few


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
    low: float  # P10 of the annual benefit
    expected: float
    high: float  # P90
    swings: tuple[tuple[float, float], ...] = ()  # per input: the benefit at its low and at its high
    samples: array = field(default_factory=lambda: array("d"), repr=False, compare=False)  # the draws


@dataclass(frozen=True)
class Sensitivity:
    """ROI and net benefit over the horizon with one input at its low and at its high."""

    driver: ValueDriver
    input: ValueInput
    net: tuple[float, float]
    roi_pct: tuple[float | None, float | None]

    @property
    def swing(self) -> float:
        return abs(self.net[1] - self.net[0])

    def to_dict(self) -> dict[str, Any]:
        return {
            "driver": self.driver.id,
            "input": self.input.id,
            "label": self.input.label.to_dict(),
            "low": self.input.low,
            "high": self.input.high,
            "roi_pct": {"low": self.roi_pct[0], "high": self.roi_pct[1]},
            "net_benefit": {"low": self.net[0], "high": self.net[1]},
        }


@dataclass(frozen=True)
class Horizon:
    """The expected case year by year (index 0 = year 1)."""

    years: int
    discount_rate: float
    benefit: tuple[float, ...]
    cost: tuple[float, ...]
    net: tuple[float, ...]
    cumulative: tuple[float, ...]  # of `net`
    npv: float
    net_benefit: dict[str, float]  # over the horizon, by case

    def to_dict(self) -> dict[str, Any]:
        return {
            "years": self.years,
            "discount_rate": self.discount_rate,
            "benefit": list(self.benefit),
            "cost": list(self.cost),
            "net": list(self.net),
            "cumulative_net": list(self.cumulative),
            "npv": self.npv,
            "net_benefit": self.net_benefit,
        }


@dataclass(frozen=True)
class ValueCase:
    drivers: tuple[DriverResult, ...]
    annual: dict[str, float]  # by case
    first_year_cost: float
    three_year_cost: float  # from the BOM's totals, as before the deal's years
    net: dict[str, float]  # 3 × annual benefit − three_year_cost
    roi_pct: dict[str, float | None]  # over the horizon
    payback_months: dict[str, int | None]  # None: not within the horizon
    cumulative_cost: tuple[float, ...]  # months 0..12 × horizon
    cumulative_benefit: tuple[float, ...]  # expected case
    horizon: Horizon
    sensitivity: tuple[Sensitivity, ...]  # largest swing first
    draws: int

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
            "horizon": self.horizon.to_dict(),
            "sampling": {
                "distribution": "triangular",
                "draws": self.draws,
                "percentiles": {case: round(p * 100) for case, p in PERCENTILES.items()},
            },
            "sensitivity": [s.to_dict() for s in self.sensitivity],
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


def _formula(driver: ValueDriver) -> Formula:
    """The formula of a driver that `drivers_for` chose, which only takes those that have one."""
    if driver.formula is None:
        raise ValueError(f"value driver {driver.id!r} has no formula")
    return driver.formula


def draws_for(drivers: Sequence[ValueDriver]) -> int:
    work = sum(_formula(d).size + len(d.inputs) for d in drivers)
    return max(1, min(DRAWS, SAMPLING_WORK // max(1, work)))


# -- one driver: its expected benefit, the benefit at each input's ends, and its draws


@dataclass
class _Memo:
    """What a driver's value case needs, without the driver: the memo must not keep it alive."""

    uniforms: dict[tuple[str, int], list[float]] = field(default_factory=dict)  # by input id and draws
    # by the inputs the solution sets and the draws: a DriverResult's fields after the driver
    results: dict[tuple, tuple] = field(default_factory=dict)


# Drivers belong to a loaded catalog and never change, so each one's results are kept while it
# lives, by identity (hashing a driver costs more than evaluating it): an edit that leaves the
# value inputs alone costs no formula work.
_MEMOS: dict[int, _Memo] = {}
_MEMOS_LOCK = threading.Lock()  # the GUI evaluates in the GUI thread and in export jobs
MEMO_RESULTS = 16  # input combinations kept per driver (each with its draws)


def _memo(driver: ValueDriver) -> _Memo:
    memo = _MEMOS.get(id(driver))
    if memo is None:
        with _MEMOS_LOCK:
            if id(driver) not in _MEMOS:
                _MEMOS[id(driver)] = _Memo()
                weakref.finalize(driver, _MEMOS.pop, id(driver), None)  # before the id can be reused
            memo = _MEMOS[id(driver)]
    return memo


def _result(driver: ValueDriver, given: dict[str, float], draws: int) -> DriverResult:
    memo = _memo(driver)
    key = (tuple(sorted(given.items())), draws)
    known = memo.results.get(key)
    if known is None:
        inputs = tuple(
            InputValue(i, float(given[i.id]) if i.id in given else i.default, i.id in given) for i in driver.inputs
        )
        known = _sampled(driver, inputs, draws, memo)
        if len(memo.results) >= MEMO_RESULTS:
            memo.results.clear()
        memo.results[key] = known
    return DriverResult(driver, *known)


def _sampled(driver: ValueDriver, inputs: tuple[InputValue, ...], draws: int, memo: _Memo) -> tuple:
    """One pass of the formula over columns: the expected values, each input at its low and at
    its high with the others expected, then the draws."""
    ends = 1 + 2 * len(inputs)
    columns = {}
    for j, v in enumerate(inputs):
        points = [v.value] * ends
        points[1 + 2 * j], points[2 + 2 * j] = v.input.low, v.input.high
        uniforms = memo.uniforms.get((v.input.id, draws))
        if uniforms is None:
            stream = random.Random(zlib.crc32(f"{driver.id}\0{v.input.id}".encode()))
            uniforms = memo.uniforms.setdefault((v.input.id, draws), [stream.random() for _ in range(draws)])
        columns[v.input.id] = points + triangular(uniforms, v.input.low, v.value, v.input.high)
    outcome = evaluate_columns(_formula(driver), columns, ends + draws)
    expected, samples = outcome[0], array("d", outcome[ends:])
    ordered = sorted(samples)
    return (
        inputs,
        min(expected, percentile(ordered, PERCENTILES["low"])),
        expected,
        max(expected, percentile(ordered, PERCENTILES["high"])),
        tuple((outcome[1 + 2 * j], outcome[2 + 2 * j]) for j in range(len(inputs))),
        samples,
    )


def triangular(uniforms: Sequence[float], low: float, mode: float, high: float) -> list[float]:
    """The triangular distribution's values at the given uniform draws (its inverse CDF); the
    range reaches `mode` when it lies outside."""
    low, high = min(low, mode), max(high, mode)
    span = high - low
    if span <= 0:
        return [mode] * len(uniforms)
    cut, rise, fall = (mode - low) / span, span * (mode - low), span * (high - mode)
    sqrt = math.sqrt
    return [low + sqrt(u * rise) if u < cut else high - sqrt((1 - u) * fall) for u in uniforms]


def percentile(ordered: Sequence[float], p: float) -> float:
    """The p-quantile of sorted values, linear between neighbours (a spreadsheet's PERCENTILE)."""
    if not ordered:
        return 0.0
    at = p * (len(ordered) - 1)
    below = int(at)
    above = min(below + 1, len(ordered) - 1)
    return ordered[below] + (ordered[above] - ordered[below]) * (at - below)


def evaluate_columns(formula: Formula, columns: Mapping[str, list[float]], count: int) -> list[float]:
    """`Formula.evaluate` at `count` points at once (column by column, as fast as lists go), with
    its rules: x / 0 is 0, and so is a result beyond ±MAX_RESULT."""
    return [v if abs(v) <= MAX_RESULT else 0.0 for v in _columns(formula.tree, columns, count)]


def _columns(node: ast.expr, columns: Mapping[str, list[float]], count: int) -> list[float]:
    # Only trees that formula.parse passed: numbers, names, the four operators, min and max.
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return [float(node.value)] * count
    if isinstance(node, ast.Name):
        return columns[node.id]
    if isinstance(node, ast.UnaryOp):
        operand = _columns(node.operand, columns, count)
        return [-x for x in operand] if isinstance(node.op, ast.USub) else operand
    if isinstance(node, ast.BinOp):
        a, b = _columns(node.left, columns, count), _columns(node.right, columns, count)
        if isinstance(node.op, ast.Add):
            return [x + y for x, y in zip(a, b, strict=True)]
        if isinstance(node.op, ast.Sub):
            return [x - y for x, y in zip(a, b, strict=True)]
        if isinstance(node.op, ast.Mult):
            return [x * y for x, y in zip(a, b, strict=True)]
        return [x / y if y else 0.0 for x, y in zip(a, b, strict=True)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        pick = FUNCTIONS[node.func.id]
        return list(map(pick, zip(*(_columns(arg, columns, count) for arg in node.args), strict=True)))
    raise ValueError(f"not a formula node: {type(node).__name__}")


@dataclass(frozen=True)
class _Joint:
    """What the drivers give together: P10 and P90 of the draws' total benefit, and the inputs
    of the largest swing in benefit (and so in net benefit and ROI, which grow with it) as
    (driver, input) indexes, largest first, ties in catalog order."""

    low: float
    high: float
    largest: tuple[tuple[int, int], ...]


_JOINT: list[tuple[tuple[weakref.ref, ...], _Joint]] = []  # the last one


def _joint(results: tuple[DriverResult, ...]) -> _Joint:
    """Kept for the last drivers by the identity of their memoised draws (without keeping them
    alive), since most edits leave the value inputs alone."""
    last = _JOINT[-1] if _JOINT else None
    same = last is not None and len(last[0]) == len(results)
    if last is not None and same and all(ref() is r.samples for ref, r in zip(last[0], results, strict=True)):
        return last[1]
    ordered = sorted(map(sum, zip(*(r.samples for r in results), strict=True))) if results else []
    swings = ((abs(high - low), d, i) for d, r in enumerate(results) for i, (low, high) in enumerate(r.swings))
    largest = heapq.nlargest(SENSITIVITY_INPUTS, swings, key=lambda e: (e[0], -e[1], -e[2]))
    found = _Joint(
        percentile(ordered, PERCENTILES["low"]),
        percentile(ordered, PERCENTILES["high"]),
        tuple((d, i) for _, d, i in largest),
    )
    _JOINT[:] = [(tuple(weakref.ref(r.samples) for r in results), found)]
    return found


# -- the case over the deal's years


def benefit_by(annual: float, shares: Sequence[float], month: int) -> float:
    """The benefit realised by the end of `month` of the horizon, each year's spread evenly."""
    if month <= 0:
        return 0.0
    year = min(len(shares), (month - 1) // 12 + 1)
    in_year = min(12, month - (year - 1) * 12)
    return annual * (math.fsum(shares[: year - 1]) + shares[year - 1] * in_year / 12)


def payback(spent: Sequence[float], annual: float, shares: Sequence[float]) -> int | None:
    """The first month whose cumulative benefit reaches `spent[month]` (month 0 only when
    nothing is spent at order), else None."""
    for month, cost in enumerate(spent):
        if benefit_by(annual, shares, month) >= cost and (month or cost == 0):
            return month
    return None


def value_case(catalog: Catalog, solution: Solution, bom: Bom, years: Years) -> ValueCase:
    drivers = drivers_for(catalog, solution)
    draws = draws_for(drivers)
    results = tuple(_result(d, solution.value.get(d.id, {}), draws) for d in drivers)
    expected = math.fsum(r.expected for r in results)
    joint = _joint(results)
    annual = {"low": min(expected, joint.low), "expected": expected, "high": max(expected, joint.high)}
    shares = tuple(solution.deal.benefit_share(y) for y in range(1, years.horizon + 1))
    realised, tco = math.fsum(shares), years.tco

    def net_over_horizon(benefit: float) -> float:
        return benefit * realised - tco

    def roi(benefit: float) -> float | None:
        return net_over_horizon(benefit) / tco * 100 if tco else None

    benefit = tuple(expected * share for share in shares)
    net_flows = tuple(b - c for b, c in zip(benefit, years.total, strict=True))
    spent = tuple(years.spent_by(m) for m in range(12 * years.horizon + 1))
    t = bom.totals
    three_year = t.one_time + 36 * t.monthly + 3 * t.yearly
    return ValueCase(
        drivers=results,
        annual=annual,
        first_year_cost=t.first_year,
        three_year_cost=three_year,
        net={case: 3 * annual[case] - three_year for case in CASES},
        roi_pct={case: roi(annual[case]) for case in CASES},
        payback_months={case: payback(spent, annual[case], shares) for case in CASES},
        cumulative_cost=spent,
        cumulative_benefit=tuple(benefit_by(expected, shares, m) for m in range(len(spent))),
        horizon=Horizon(
            years=years.horizon,
            discount_rate=years.discount_rate,
            benefit=benefit,
            cost=years.total,
            net=net_flows,
            cumulative=tuple(math.fsum(net_flows[: y + 1]) for y in range(years.horizon)),
            npv=net_present_value(net_flows, years.discount_rate),
            net_benefit={case: net_over_horizon(annual[case]) for case in CASES},
        ),
        sensitivity=_sensitivity(results, joint.largest, expected, net_over_horizon, roi),
        draws=draws,
    )


def _sensitivity(results, largest, expected: float, net, roi) -> tuple[Sensitivity, ...]:
    def entry(r: DriverResult, index: int) -> Sensitivity:
        low, high = (expected - r.expected + benefit for benefit in r.swings[index])
        return Sensitivity(r.driver, r.inputs[index].input, (net(low), net(high)), (roi(low), roi(high)))

    return tuple(entry(results[d], i) for d, i in largest)


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
    if ctx.value.drivers and ctx.value.payback_months["expected"] is None:
        yield make("VAL-PAYBACK-052", ctx.top("value"), years=ctx.value.horizon.years)


RULES: tuple[Rule, ...] = (_missing, _ranges, _payback)
