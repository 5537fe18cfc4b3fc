"""`configurator value SOLUTION`: the business-value case of a solution."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from configurator.commands.common import Stop, add_catalog_option, evaluate_file, lang_of
from configurator.commands.output import exit_code, format_line, language_option, translator
from configurator.core.codes import N_, translated
from configurator.core.value import CASES, ValueCase
from configurator.export.numbers import money, number


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("value", help="show the business-value case of a solution",
                                   description="Annual benefit per value driver, cost, net benefit, "
                                               "ROI and payback, as low / expected / high.")
    parser.add_argument("solution", type=Path, metavar="SOLUTION")
    add_catalog_option(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    language_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        evaluation = evaluate_file(args, args.format)
    except Stop as stop:
        return stop.code
    case: ValueCase = evaluation.bom.value
    lang, tr = lang_of(args), translator(args.lang)
    findings = [translated(f, tr) for f in evaluation.findings if f.code.startswith("VAL-")]
    if args.format == "json":
        json.dump({"value": case.to_dict(), "findings": [f.to_dict() for f in findings]}, sys.stdout,
                  ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_text(case, evaluation.catalog.currency, lang, tr))
        for finding in findings:
            print(format_line(finding))
    return exit_code(list(evaluation.findings))


def render_text(case: ValueCase, currency: str, lang: str, tr) -> str:
    def triple(values: dict, fmt) -> str:
        return " / ".join(fmt(values[c]) if values[c] is not None else "—" for c in CASES)

    def cash(value: float) -> str:
        return money(value, currency, lang)

    lines = []
    for result in case.drivers:
        d = result.driver
        lines.append(f"{d.name.get(lang)} [{d.id}]: {cash(result.expected)} {tr(N_('per year'))} "
                     f"({tr(N_('low'))} {cash(result.low)}, {tr(N_('high'))} {cash(result.high)})")
        for value in result.inputs:
            mark = "" if value.given else f" ({tr(N_('default'))})"
            lines.append(f"    {value.input.label.get(lang)} = {number(value.value)} {value.input.unit}{mark}"
                         f"  [{number(value.input.low)} – {number(value.input.high)}]")
    if not case.drivers:
        lines.append(tr(N_("No quantified value drivers.")))
    heading = f"{tr(N_('low'))} / {tr(N_('expected'))} / {tr(N_('high'))}"
    months = tr(N_("months"))
    lines += [
        f"{tr(N_('Annual benefit'))} ({heading}): {triple(case.annual, cash)}",
        f"{tr(N_('First-year cost'))}: {cash(case.first_year_cost)}",
        f"{tr(N_('Three-year cost'))}: {cash(case.three_year_cost)}",
        f"{tr(N_('Net benefit over three years'))}: {triple(case.net, cash)}",
        f"{tr(N_('Return on investment'))}: {triple(case.roi_pct, lambda v: f'{v:.0f}%')}",
        f"{tr(N_('Payback'))}: {triple(case.payback_months, lambda v: f'{v} {months}')}",
    ]
    return "\n".join(lines) + "\n"
