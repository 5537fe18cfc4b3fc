"""`configurator bom SOLUTION`: the bill of materials in any format of `export.formats`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from configurator.commands.common import (
    Stop,
    add_catalog_option,
    evaluate_file,
    lang_of,
    write_output,
)
from configurator.commands.output import exit_code, language_option, summary_line
from configurator.core.vocabulary import N_
from configurator.export.formats import BOM_FORMATS
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
    parser.add_argument("--author", default="", help="author printed on the PDF cover")
    language_option(parser)
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="file to write (default: standard output)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        evaluation = evaluate_file(args, "text")
    except Stop as stop:
        return stop.code
    if args.format == "pdf" and args.output is None and sys.stdout.isatty():
        print("configurator bom: a PDF goes to a file: add -o FILE.pdf", file=sys.stderr)
        return 2
    fmt = BOM_FORMATS[args.format]
    options = {"author": args.author} if fmt.paged else {}
    try:
        write_output(fmt.render(evaluation, lang_of(args), **options), args.output)
    except OSError as error:
        print(f"configurator bom: cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return 2
    tr = translator(lang_of(args))
    print(
        summary_line(list(evaluation.findings), tr(N_("bill of materials {name}")).format(name=args.solution), tr),
        file=sys.stderr,
    )
    return exit_code(list(evaluation.findings))
