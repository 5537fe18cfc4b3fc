"""`configurator compare SOLUTION`: the options of a deal side by side over its horizon."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import unicodedata
from pathlib import Path

from configurator.commands.common import Stop, add_catalog_option, lang_of, read_deal, write_output
from configurator.commands.output import language_option, summary_line
from configurator.core.compare import Comparison, compare
from configurator.core.findings import has_errors
from configurator.core.vocabulary import N_
from configurator.export.compare_table import (
    DEFAULT_NAME,
    RECOMMENDED,
    Writer,
    capability_rows,
    metric_rows,
    option_names,
)
from configurator.export.csv_bom import inert
from configurator.language import translator

MAX_YEARS = 10  # the schema's bound on `deal.horizon_years`


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "compare",
        help="compare the options of a deal",
        description="The options of a solution file side by side: one-time and yearly cost, TCO and NPV over "
        "the deal's horizon, partner share, findings, compliance, Xinchuang share, critical path, value, "
        "and the capabilities the options hold differently. Exit code 1 when some option has errors.",
    )
    parser.add_argument("solution", type=Path, metavar="SOLUTION")
    add_catalog_option(parser)
    parser.add_argument(
        "--years",
        type=_years,
        metavar="N",
        help=f"horizon in years, 1 to {MAX_YEARS}, for this run (default: the deal's, else 5)",
    )
    language_option(parser)
    parser.add_argument("--format", choices=("text", "json", "csv"), default="text")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="file to write (default: standard output)")
    parser.set_defaults(run=run)


def _years(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_YEARS:
        raise argparse.ArgumentTypeError(f"a whole number of years from 1 to {MAX_YEARS}: {text!r}")
    return int(text)


def run(args: argparse.Namespace) -> int:
    try:
        file = read_deal(args, "json" if args.format == "json" else "text", args.years)
    except Stop as stop:
        return stop.code
    lang, tr = lang_of(args), translator(args.lang)
    evaluations = file.evaluate_all()
    comparison = compare(file.deal, evaluations, tr(DEFAULT_NAME))
    if args.format == "json":
        content = json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2) + "\n"
        data = content.encode("utf-8")
    elif args.format == "csv":
        data = render_csv(comparison, lang, tr)
    else:
        data = render_text(comparison, file.deal.first.name, lang, tr).encode("utf-8")
    try:
        write_output(data, args.output)
    except OSError as error:
        print(f"configurator compare: cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return 2
    for option, evaluation in zip(comparison.options, evaluations, strict=True):
        subject = tr(N_("option {name}")).format(name=option.name)
        print(summary_line(list(evaluation.findings), subject, tr), file=sys.stderr)
    return 1 if any(has_errors(list(e.findings)) for e in evaluations) else 0


def _width(text: str) -> int:
    """Columns on a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _aligned(rows: list[list[str]]) -> list[str]:
    """The first column left-aligned, the others right-aligned, two spaces apart."""
    widths = [max(_width(row[c]) for row in rows) for c in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [row[0] + " " * (widths[0] - _width(row[0]))]
        cells += [" " * (w - _width(cell)) + cell for cell, w in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells).rstrip())
    return lines


def render_text(comparison: Comparison, name: str, lang: str, tr) -> str:
    writer = Writer(comparison.currency, lang, tr)
    names = option_names(comparison)
    count = len(comparison.options)
    heading = tr(
        N_("{name}: {count} options over {years} years") if count > 1 else N_("{name}: one option over {years} years")
    )
    heading = heading.format(name=name, count=count, years=comparison.horizon)
    if any(o.recommended for o in comparison.options):
        recommended = tr(N_("recommended"))
        heading += f" ({RECOMMENDED} {recommended})"
    lines = [
        heading,
        "",
        *_aligned([["", *names], *([label, *map(str, c)] for _, label, c in metric_rows(comparison, writer))]),
    ]
    differing = capability_rows(comparison, writer)
    lines += ["", tr(N_("Capabilities that differ")) + ":"]
    if differing:
        lines += _aligned([["", *names], *([label, *cells] for _, label, cells in differing)])
    else:
        lines.append(tr(N_("none: every option holds the same capabilities in the same mode and quantity")))
    return "\n".join(lines) + "\n"


def render_csv(comparison: Comparison, lang: str, tr) -> bytes:
    """One row per figure, then one per capability; UTF-8 with a byte-order mark, for Excel."""
    writer = Writer(comparison.currency, lang, tr, exact=True)
    out = io.StringIO()
    table = csv.writer(out)
    table.writerow(inert(cell) for cell in (tr(N_("Key")), tr(N_("Figure")), *option_names(comparison, False)))
    for key, label, cells in metric_rows(comparison, writer):
        table.writerow(inert(cell) for cell in (key, label, *cells))
    for row, label, held in capability_rows(comparison, writer, differing=False):
        table.writerow(inert(cell) for cell in (row.capability, label, *held))
    return ("\ufeff" + out.getvalue()).encode("utf-8")
