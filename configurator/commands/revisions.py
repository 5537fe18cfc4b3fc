"""`configurator revisions SOLUTION`: list a solution's revisions, or save one (`--save NOTE`)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

from configurator.commands.common import Stop, add_catalog_option, read_deal
from configurator.commands.output import language_option, print_findings
from configurator.core.revisions import History, Revision, save_revision
from configurator.core.vocabulary import N_
from configurator.language import translator


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "revisions",
        help="list or save revisions of a solution",
        description="List the revisions of a solution (kept in SOLUTION's sidecar, deal.yaml → "
        "deal.revisions.yaml), or with --save keep the deal as it is now as the next revision: every option, "
        "with the catalog entries it is priced on, so that its bill of materials stays reproducible after the "
        "catalog changes (`bom FILE@N`, `diff FILE@N FILE`). Exit 0, 1 when the revisions file has errors "
        "(it is then never written), 2 when the solution cannot be read.",
    )
    parser.add_argument("solution", type=Path, metavar="SOLUTION")
    add_catalog_option(parser)
    parser.add_argument("--save", metavar="NOTE", help="save a revision with this one-line note")
    parser.add_argument("--author", default="", help="who saves the revision")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    language_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    tr = translator(args.lang)
    try:
        file = read_deal(args, args.format)
    except Stop as stop:
        return stop.code
    history = file.history
    if history.findings:
        subject = tr(N_("revisions {name}")).format(name=history.path)
        if args.format == "json":  # the findings as `check --format json` gives them, and no revisions
            print_findings(list(history.findings), "json", subject, extra={"revisions": []}, tr=tr)
        else:
            print_findings(list(history.findings), "text", subject, out=sys.stderr, tr=tr)
        return 1
    if args.save is not None:
        try:
            revision = save_revision(
                args.solution, file.deal, file.loaded.catalog, args.author, args.save, datetime.now().astimezone()
            )
        except OSError as error:
            print(f"configurator revisions: cannot write {history.path}: {error.strerror or error}", file=sys.stderr)
            return 2
        print(tr(N_("saved revision {number} in {file}")).format(number=revision.number, file=history.path))
        return 0
    if args.format == "json":
        json.dump({"revisions": [_data(r) for r in history.revisions]}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text(history, tr))
    return 0


def _data(revision: Revision) -> dict:
    return {
        "number": revision.number,
        "saved": revision.saved,
        "author": revision.author,
        "note": revision.note,
        "catalog": revision.pin.to_dict(),
        "options": len(revision.deal.options),
    }


def text(history: History, tr) -> str:
    if not history.revisions:
        return tr(N_("no revisions yet (save one with --save NOTE)")) + "\n"
    rows = [
        f"{r.number:>3}  {r.saved[:16].replace('T', ' ')}  {r.author or '—'}  {r.pin.label}  {r.note}"
        for r in history.revisions
    ]
    return "\n".join(rows) + "\n"
