"""`configurator check SOLUTION`: every finding of a solution, and why an item is there."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from configurator.commands.common import Stop, add_catalog_option, evaluate_file
from configurator.commands.output import exit_code, language_option, print_findings
from configurator.core.evaluate import Evaluation, evaluate
from configurator.core.findings import Finding, Severity
from configurator.core.fixes import Fix, fixes_for
from configurator.core.solution_file import save_solution
from configurator.core.vocabulary import N_
from configurator.language import translator


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "check", help="check a solution file", description="Check a solution file against the catalog."
    )
    parser.add_argument("solution", type=Path, metavar="SOLUTION")
    add_catalog_option(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    language_option(parser)
    parser.add_argument(
        "--explain", metavar="ID", help="say why capability ID is in the solution (its chain of requires)"
    )
    parser.add_argument(
        "--fix", action="store_true", help="apply every unambiguous fix, save the solution and say what changed"
    )
    parser.set_defaults(run=run)


def explain(evaluation: Evaluation, ident: str) -> dict:
    item = evaluation.solution.item(ident)
    if item is None:
        return {"capability": ident, "origin": None, "chain": [], "text": f"{ident} is not in the solution"}
    if item.explicit:
        return {"capability": ident, "origin": "explicit", "chain": [ident], "text": f"{ident} was chosen explicitly"}
    chain = list(evaluation.why.get(ident, ()))
    if not chain:
        return {
            "capability": ident,
            "origin": "auto",
            "chain": [],
            "text": f"{ident} is auto, but no explicit item requires it any more",
        }
    return {"capability": ident, "origin": "auto", "chain": chain, "text": f"{ident} is required: " + " → ".join(chain)}


MAX_FIX_ROUNDS = 100


def unambiguous_fixes(evaluation: Evaluation) -> Iterator[tuple[Finding, Fix]]:
    """Errors and warnings with exactly one fix (infos are advice, not problems)."""
    for finding in evaluation.findings:
        if finding.severity is not Severity.INFO:
            fixes = fixes_for(evaluation.catalog, finding)
            if len(fixes) == 1:
                yield finding, fixes[0]


def apply_fixes(evaluation: Evaluation) -> tuple[Evaluation, list[str]]:
    """Apply one unambiguous fix at a time (each may change the others) until none is left."""
    changes = []
    for _ in range(MAX_FIX_ROUNDS):
        found = next(unambiguous_fixes(evaluation), None)
        if found is None:
            break
        finding, fix = found
        before = evaluation.solution
        after = fix.apply(evaluation.catalog, before)
        if after == before:
            break
        removed = [i.capability for i in before.items if i.valid and i.explicit and after.item(i.capability) is None]
        note = f" (removes explicit item {', '.join(removed)})" if removed else ""
        subject = f" {finding.subject}" if finding.subject else ""
        changes.append(f"fixed {finding.code}{subject}: {fix.label}{note}")
        evaluation = evaluate(evaluation.catalog, after)
    return evaluation, changes


def run(args: argparse.Namespace) -> int:
    try:
        evaluation = evaluate_file(args, args.format)
    except Stop as stop:
        return stop.code
    if args.fix:
        fixed, changes = apply_fixes(evaluation)
        for change in changes:
            print(change, file=sys.stderr)
        count = f"{len(changes)} fix applied" if len(changes) == 1 else f"{len(changes)} fixes applied"
        if changes:
            try:
                save_solution(fixed.solution, args.solution)
            except OSError as error:  # the file on disk is unchanged: saving is atomic
                print(
                    f"configurator check: cannot save {args.solution}: {error.strerror or error}; it is unchanged",
                    file=sys.stderr,
                )
                return 2
        print(count + (f"; saved {args.solution}" if changes else ""), file=sys.stderr)
        if changes:
            evaluation = evaluate_file(args, args.format)  # findings located in the saved file
    findings = list(evaluation.findings)
    extra = {}
    if args.explain:
        extra["explain"] = explain(evaluation, args.explain)
        if args.format == "text":
            print(extra["explain"]["text"])
    tr = translator(args.lang)
    print_findings(findings, args.format, tr(N_("solution {name}")).format(name=args.solution), extra=extra, tr=tr)
    if args.explain and extra["explain"]["origin"] is None:
        return 2
    return exit_code(findings)
