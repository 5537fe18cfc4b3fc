"""`configurator bom SOLUTION`: the bill of materials in any format of `export.formats`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from configurator.commands.common import (
    Stop,
    add_catalog_option,
    add_option_option,
    lang_of,
    missing_revision,
    read_deal,
    write_output,
)
from configurator.commands.output import exit_code, language_option, summary_line
from configurator.core.vocabulary import N_
from configurator.export.compare_table import DEFAULT_NAME
from configurator.export.formats import BOM_FORMATS, Changes, DealOptions, revision_mark
from configurator.language import translator


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "bom",
        help="write the bill of materials of a solution",
        description="Write the bill of materials of a solution.",
    )
    parser.add_argument("solution", type=Path, metavar="SOLUTION")
    add_catalog_option(parser)
    parser.add_argument("--format", choices=tuple(BOM_FORMATS), default="yaml")
    add_option_option(parser)
    parser.add_argument(
        "--all-options",
        action="store_true",
        help="PDF: the bill of materials of every option, after the comparison (default: the chosen option's)",
    )
    parser.add_argument(
        "--years-table",
        action="store_true",
        help="CSV: add the cost per year (total, cumulative, per zone, vendor and partners, NPV) "
        "and per line per year over the deal's horizon, each table after an empty row",
    )
    parser.add_argument(
        "--changes-since",
        type=int,
        metavar="N",
        help="PDF: add a page of what changed since revision N (priced as it was) after the summary",
    )
    parser.add_argument("--author", default="", help="author on the PDF cover and in the workbook's properties")
    language_option(parser)
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="file to write (default: standard output)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    for flag, fmt_name in (("all_options", "pdf"), ("years_table", "csv"), ("changes_since", "pdf")):
        if getattr(args, flag) not in (False, None) and args.format != fmt_name:
            print(f"configurator bom: --{flag.replace('_', '-')} is for --format {fmt_name}", file=sys.stderr)
            return 2
    try:
        file = read_deal(args, "text")
        chosen = file.chosen(args.option, "bom")
    except Stop as stop:
        return stop.code
    fmt = BOM_FORMATS[args.format]
    if fmt.binary and args.output is None and sys.stdout.isatty():
        print(
            f"configurator bom: --format {fmt.name} is not printed to a terminal: add -o FILE.{fmt.name}",
            file=sys.stderr,
        )
        return 2
    options: dict[str, object] = {}
    if fmt.document and len(file.deal.options) > 1:  # the PDF and the workbook compare the options
        evaluations = file.evaluate_all()
        evaluation = evaluations[chosen]
        options["options"] = DealOptions(file.deal, tuple(evaluations), chosen, args.all_options)
        shown = evaluations if args.all_options else [evaluation]
    else:
        evaluation = file.evaluate(chosen)
        shown = [evaluation]
    if fmt.document:
        options["author"] = args.author
    if fmt.name == "pdf":  # it says which revision it is, and what changed since one
        options["revision"] = revision_mark(file.history, file.deal, file.catalog, file.revision)
        if args.changes_since is not None:
            since = file.history.get(args.changes_since)
            if since is None:
                return missing_revision("bom", file.path, file.history, args.changes_since).code
            diff = since.changes_to(file.deal, file.catalog, translator(lang_of(args))(DEFAULT_NAME))
            options["changes"] = Changes(since, diff)
    elif args.years_table:
        options["years_table"] = True
    try:
        write_output(fmt.render(evaluation, lang_of(args), **options), args.output)
    except OSError as error:
        print(f"configurator bom: cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return 2
    tr = translator(lang_of(args))
    findings = [finding for e in shown for finding in e.findings]
    print(summary_line(findings, tr(N_("bill of materials {name}")).format(name=args.solution), tr), file=sys.stderr)
    return exit_code(findings)
