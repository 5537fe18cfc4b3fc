"""`configurator check SOLUTION`: every finding of a solution, and why an item is there."""

from __future__ import annotations

import argparse
from pathlib import Path

from configurator.commands.common import Stop, add_catalog_option, evaluate_file
from configurator.commands.output import exit_code, print_findings
from configurator.core.evaluate import Evaluation


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("check", help="check a solution file",
                                   description="Check a solution file against the catalog.")
    parser.add_argument("solution", type=Path, metavar="SOLUTION")
    add_catalog_option(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--explain", metavar="ID",
                        help="say why capability ID is in the solution (its chain of requires)")
    parser.set_defaults(run=run)


def explain(evaluation: Evaluation, ident: str) -> dict:
    item = evaluation.solution.item(ident)
    if item is None:
        return {"capability": ident, "origin": None, "chain": [],
                "text": f"{ident} is not in the solution"}
    if item.explicit:
        return {"capability": ident, "origin": "explicit", "chain": [ident],
                "text": f"{ident} was chosen explicitly"}
    chain = list(evaluation.why.get(ident, ()))
    if not chain:
        return {"capability": ident, "origin": "auto", "chain": [],
                "text": f"{ident} is auto, but no explicit item requires it any more"}
    return {"capability": ident, "origin": "auto", "chain": chain,
            "text": f"{ident} is required: " + " → ".join(chain)}


def run(args: argparse.Namespace) -> int:
    try:
        evaluation = evaluate_file(args, args.format)
    except Stop as stop:
        return stop.code
    findings = list(evaluation.findings)
    extra = {}
    if args.explain:
        extra["explain"] = explain(evaluation, args.explain)
        if args.format == "text":
            print(extra["explain"]["text"])
    print_findings(findings, args.format, f"solution {args.solution}", extra=extra)
    if args.explain and extra["explain"]["origin"] is None:
        return 2
    return exit_code(findings)
