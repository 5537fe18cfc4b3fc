"""`configurator graph SOLUTION -o FILE.png|svg|dot`: the solution graph as a picture."""

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
from configurator.commands.output import language_option
from configurator.language import translator

SUFFIXES = (".png", ".svg", ".dot")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "graph",
        help="draw the solution graph as PNG, SVG or DOT",
        description="Draw the solution graph with deliverer colours and a legend, as PNG, SVG or Graphviz DOT.",
    )
    parser.add_argument("solution", type=Path, metavar="SOLUTION")
    add_catalog_option(parser)
    language_option(parser)
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        required=True,
        help="picture to write; the suffix (.png, .svg, .dot) picks the format",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    suffix = args.output.suffix.lower()
    if suffix not in SUFFIXES:
        print(f"configurator graph: {args.output}: use a .png, .svg or .dot file", file=sys.stderr)
        return 2
    try:
        evaluation = evaluate_file(args, "text")
    except Stop as stop:
        return stop.code
    from configurator.drawing import graph_picture
    from configurator.drawing.fonts import ensure_gui_app

    ensure_gui_app()
    lang = lang_of(args)
    picture = graph_picture.build_picture(evaluation, lang, translator(lang))
    title = evaluation.solution.name
    content = {
        ".png": lambda: graph_picture.png_bytes(picture),
        ".svg": lambda: graph_picture.svg_bytes(picture, title),
        ".dot": lambda: graph_picture.dot_text(picture, title).encode("utf-8"),
    }[suffix]()
    try:
        write_output(content, args.output)
    except OSError as error:
        print(f"configurator graph: cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return 2
    return 0
