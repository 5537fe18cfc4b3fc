"""`configurator deck SOLUTION -o FILE.pptx`: the briefing deck of a solution, as PowerPoint."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from configurator.commands.common import Stop, add_catalog_option, add_option_option, lang_of, read_deal
from configurator.commands.output import exit_code, language_option, summary_line
from configurator.core.atomic import write_atomic
from configurator.core.vocabulary import N_
from configurator.export.formats import DealOptions
from configurator.language import translator


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "deck",
        help="write the briefing deck of a solution as PowerPoint",
        description="Write a 16:9 PowerPoint briefing deck: title, architecture, cost, the options compared, "
        "compliance, delivery plan and business value.",
    )
    parser.add_argument("solution", type=Path, metavar="SOLUTION")
    add_catalog_option(parser)
    add_option_option(parser)
    parser.add_argument("--author", default="", help="author on the title slide and in the file's properties")
    language_option(parser)
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", required=True, help="the .pptx file to write")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        file = read_deal(args, "text")
        chosen = file.chosen(args.option, "deck")
    except Stop as stop:
        return stop.code
    several = len(file.deal.options) > 1  # the deck compares them
    evaluations = file.evaluate_all() if several else [file.evaluate(chosen)]
    evaluation = evaluations[chosen if several else 0]
    options = DealOptions(file.deal, tuple(evaluations), chosen) if several else None
    from configurator.export import pptx_deck  # python-pptx and Qt, only now

    lang = lang_of(args)
    content = pptx_deck.render(evaluation, lang, args.author, options=options)
    try:
        write_atomic(args.output, content)
    except OSError as error:
        print(f"configurator deck: cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return 2
    tr, findings = translator(lang), list(evaluation.findings)
    print(
        summary_line(findings, tr(N_("briefing deck {name}")).format(name=args.solution), tr),
        file=sys.stderr,
    )
    return exit_code(findings)
