"""`configurator bom SOLUTION`: the bill of materials as YAML, JSON or CSV."""

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
from configurator.commands.output import exit_code, language_option, summary_line, translator
from configurator.core.codes import N_
from configurator.export import csv_bom, json_bom, yaml_bom

WRITERS = {"yaml": yaml_bom, "json": json_bom, "csv": csv_bom}
FORMATS = (*WRITERS, "pdf")


def writer_for(fmt: str):
    """The PDF writer needs Qt's GUI module: imported only when asked for."""
    if fmt == "pdf":
        from configurator.export import pdf_bom

        return pdf_bom
    return WRITERS[fmt]


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "bom",
        help="write the bill of materials of a solution",
        description="Write the bill of materials of a solution.",
    )
    parser.add_argument("solution", type=Path, metavar="SOLUTION")
    add_catalog_option(parser)
    parser.add_argument("--format", choices=FORMATS, default="yaml")
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
    writer = writer_for(args.format)
    extra = {"author": args.author} if args.format == "pdf" else {}
    try:
        write_output(writer.render(evaluation.bom, lang_of(args), **extra), args.output)
    except OSError as error:
        print(f"configurator bom: cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return 2
    tr = translator(lang_of(args))
    print(
        summary_line(list(evaluation.findings), tr(N_("bill of materials {name}")).format(name=args.solution), tr),
        file=sys.stderr,
    )
    return exit_code(list(evaluation.findings))
