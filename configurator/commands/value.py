"""`configurator value SOLUTION`: the business-value case of a solution."""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from configurator.commands.common import Stop, add_catalog_option, add_option_option, evaluate_file, lang_of
from configurator.commands.output import exit_code, language_option
from configurator.core.catalog import Catalog
from configurator.core.codes import translated
from configurator.core.findings import Severity, format_line
from configurator.core.numbers import money, number
from configurator.core.value import CASES, ValueCase
from configurator.core.vocabulary import N_
from configurator.language import translator


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "value",
        help="show the business-value case of a solution",
        description="Annual benefit per value driver, cost, net benefit, ROI, payback and NPV over the deal's "
        "years, as low (P10) / expected / high (P90) from sampling the inputs' plausible ranges, and the "
        "sensitivity of ROI to each input.",
    )
    parser.add_argument("solution", type=Path, metavar="SOLUTION")
    add_catalog_option(parser)
    add_option_option(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    language_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        evaluation = evaluate_file(args, args.format)
    except Stop as stop:
        return stop.code
    case = evaluation.value
    lang, tr = lang_of(args), translator(args.lang)
    findings = [translated(f, tr) for f in evaluation.findings if f.code.startswith("VAL-")]
    if args.format == "json":
        json.dump(
            {"value": case.to_dict(), "findings": [f.to_dict() for f in findings]},
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_text(case, evaluation.catalog, lang, tr))
        for finding in findings:
            print(format_line(finding))
    others = [f for f in evaluation.findings if f.severity is Severity.ERROR and not f.code.startswith("VAL-")]
    if others:  # the exit code covers the whole solution: say where the errors are
        print(
            tr(N_("errors elsewhere in the solution: {count}; `configurator check` lists them")).format(
                count=len(others)
            ),
            file=sys.stderr,
        )
    return exit_code(list(evaluation.findings))


WORDS = {
    "per_year": N_("per year"),
    "low": N_("low"),
    "expected": N_("expected"),
    "high": N_("high"),
    "default": N_("default"),
    "none": N_("No quantified value drivers."),
    "annual": N_("Annual benefit"),
    "first_year": N_("First-year cost"),
    "cost": N_("Cost over years 1–{years}"),
    "net": N_("Net benefit over years 1–{years}"),
    "npv": N_("Net present value at {rate}"),
    "roi": N_("Return on investment"),
    "payback": N_("Payback"),
    "months": N_("months"),
    "by_year": N_("Year {year}: benefit {benefit}, cost {cost}, net {net}, cumulative {cumulative}"),
    "sampling": N_("low and high: the 10th and 90th percentiles of {draws} draws of the inputs' ranges"),
    "sensitivity": N_("Sensitivity of ROI to each input (low end → high end):"),
}


def render_text(case: ValueCase, catalog: Catalog, lang: str, tr) -> str:
    w = {key: tr(text) for key, text in WORDS.items()}

    def triple(values: dict, fmt) -> str:
        return " / ".join(fmt(values[c]) if values[c] is not None else "—" for c in CASES)

    def cash(value: float) -> str:
        return money(value, catalog.currency, lang)

    lines = []
    for result in case.drivers:
        d = result.driver
        lines.append(
            f"{d.name.get(lang)} [{d.id}]: {cash(result.expected)} {w['per_year']} "
            f"({w['low']} {cash(result.low)}, {w['high']} {cash(result.high)})"
        )
        for value in result.inputs:
            mark = "" if value.given else f" ({w['default']})"
            unit = catalog.unit_name(value.input.unit, lang)
            lines.append(
                f"    {value.input.label.get(lang)} = {number(value.value)} {unit}{mark}"
                f"  [{number(value.input.low)} – {number(value.input.high)}]"
            )
    if not case.drivers:
        lines.append(w["none"])
    heading = f"{w['low']} / {w['expected']} / {w['high']}"
    horizon = case.horizon
    lines += [
        f"{w['annual']} ({heading}): {triple(case.annual, cash)}",
        f"{w['first_year']}: {cash(case.first_year_cost)}",
        f"{w['cost'].format(years=horizon.years)}: {cash(math.fsum(horizon.cost))}",
        f"{w['net'].format(years=horizon.years)}: {triple(horizon.net_benefit, cash)}",
        f"{w['npv'].format(rate=f'{horizon.discount_rate:.0%}')}: {cash(horizon.npv)}",
        f"{w['roi']}: {triple(case.roi_pct, percent)}",
        f"{w['payback']}: {triple(case.payback_months, lambda v: str(v) + ' ' + w['months'])}",
    ]
    for year, flows in enumerate(zip(horizon.benefit, horizon.cost, horizon.net, horizon.cumulative, strict=True)):
        benefit, cost, net, cumulative = map(cash, flows)
        by_year = w["by_year"].format(year=year + 1, benefit=benefit, cost=cost, net=net, cumulative=cumulative)
        lines.append(f"    {by_year}")
    if case.drivers:
        lines.append(w["sampling"].format(draws=f"{case.draws:,}"))
    if any(None not in s.roi_pct for s in case.sensitivity):
        lines.append(w["sensitivity"])
        lines += [
            f"    {s.input.label.get(lang)}: {' → '.join(map(percent, s.roi_pct))}"
            for s in case.sensitivity
            if None not in s.roi_pct
        ]
    return "\n".join(lines) + "\n"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}%"
