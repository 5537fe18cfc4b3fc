"""The multi-year cost of one option as rows of cells, read by the CSV (`--years-table`) and
the PDF's years section: per year the total, cumulative, per zone and per deliverer, and per
line per year."""

from __future__ import annotations

import math
from collections.abc import Callable

from configurator.core.evaluate import Evaluation
from configurator.core.numbers import share
from configurator.core.placement import ZONES
from configurator.core.vocabulary import N_, ZONE
from configurator.core.years import Years

Money = Callable[[float], object]


def year_header(tr: Callable[[str], str]) -> list[str]:
    words = [N_("Year"), N_("Total"), N_("Cumulative")]
    return [tr(w) for w in words] + [tr(ZONE[zone]) for zone in ZONES] + [tr(N_("Vendor")), tr(N_("Partners"))]


def year_rows(years: Years, tr: Callable[[str], str], money: Money) -> list[list[object]]:
    """One row per year, then the horizon's total (its cumulative is the TCO)."""
    columns = [years.total, years.cumulative, *(years.zones[zone] for zone in ZONES), years.vendor, years.partner]
    rows: list[list[object]] = [
        [year + 1, *(money(column[year]) for column in columns)] for year in range(years.horizon)
    ]
    sums = [math.fsum(column) for column in columns]
    sums[1] = years.tco
    return [*rows, [tr(N_("Total")), *map(money, sums)]]


def npv_label(years: Years, tr: Callable[[str], str]) -> str:
    return tr(N_("Net present value at {rate}")).format(rate=share(years.discount_rate))


def line_header(years: Years, tr: Callable[[str], str]) -> list[str]:
    return [tr(N_("Capability")), *(tr(N_("Year {n}")).format(n=y + 1) for y in range(years.horizon)), tr(N_("Total"))]


def line_rows(
    evaluation: Evaluation, lang: str, tr: Callable[[str], str], money: Money, top: int | None = None
) -> list[list[object]]:
    """Per BOM line its cost per year and over the horizon, then the total; with `top`, the
    `top` costliest lines over the horizon and one row for the others."""
    years = evaluation.years
    named = [(line.name.get(lang), costs.total) for line, costs in zip(evaluation.bom.lines, years.lines, strict=True)]
    if top is not None and len(named) > top:
        named.sort(key=lambda line: -math.fsum(line[1]))
        others = named[top:]
        label = tr(N_("Other lines ({count})")).format(count=len(others))
        named = [*named[:top], (label, tuple(math.fsum(t[y] for _, t in others) for y in range(years.horizon)))]
    rows = [[name, *map(money, totals), money(math.fsum(totals))] for name, totals in named]
    return [*rows, [tr(N_("Total")), *map(money, years.total), money(years.tco)]]
