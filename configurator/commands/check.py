"""`configurator check SOLUTION`: every finding of a solution, and why an item is there."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from configurator.commands.common import DealFile, Stop, add_catalog_option, add_option_option, read_deal
from configurator.commands.output import exit_code, language_option, print_findings, summary_line
from configurator.core.codes import translated
from configurator.core.evaluate import Evaluation, evaluate
from configurator.core.findings import Finding, Severity, format_line, summarize
from configurator.core.fixes import Fix, fixes_for
from configurator.core.solution_file import save_solution
from configurator.core.vocabulary import N_
from configurator.export.compare_table import DEFAULT_NAME
from configurator.language import translator


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "check", help="check a solution file", description="Check a solution file against the catalog."
    )
    parser.add_argument("solution", type=Path, metavar="SOLUTION")
    add_catalog_option(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    language_option(parser)
    add_option_option(parser)
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
    """Every option of a deal (or the one --option names); --explain is about the chosen option."""
    try:
        file = read_deal(args, args.format)
        chosen = file.chosen(args.option, "check")
    except Stop as stop:
        return stop.code
    indices = [chosen] if args.option or len(file.deal.options) == 1 else list(range(len(file.deal.options)))
    evaluations = [file.evaluate(i) for i in indices]
    if args.fix:
        several = len(indices) > 1
        deal, changes = file.deal, []
        for index, evaluation in zip(indices, evaluations, strict=True):
            fixed, made = apply_fixes(evaluation)
            changes += [f"{file.deal.label(index)}: {change}" if several else change for change in made]
            if made:
                deal = deal.replaced(index, fixed.solution)
        for change in changes:
            print(change, file=sys.stderr)
        count = f"{len(changes)} fix applied" if len(changes) == 1 else f"{len(changes)} fixes applied"
        if changes:
            try:
                save_solution(deal, args.solution)
            except OSError as error:  # the file on disk is unchanged: saving is atomic
                print(
                    f"configurator check: cannot save {args.solution}: {error.strerror or error}; it is unchanged",
                    file=sys.stderr,
                )
                return 2
        print(count + (f"; saved {args.solution}" if changes else ""), file=sys.stderr)
        if changes:  # findings located in the saved file
            file = read_deal(args, args.format)
            evaluations = [file.evaluate(i) for i in indices]
    extra = {}
    if args.explain:
        extra["explain"] = explain(evaluations[indices.index(chosen)], args.explain)
        if args.format == "text":
            print(extra["explain"]["text"])
    tr = translator(args.lang)
    subject = tr(N_("solution {name}")).format(name=args.solution)
    if len(indices) > 1:
        findings = print_options(file, evaluations, args.format, subject, extra, tr)
    else:
        findings = list(evaluations[0].findings)
        print_findings(findings, args.format, subject, extra=extra, tr=tr)
    if args.explain and extra["explain"]["origin"] is None:
        return 2
    return exit_code(findings)


def print_options(file: DealFile, evaluations: list[Evaluation], fmt: str, subject: str, extra: dict, tr) -> list:
    """Every option's findings, each saying its option (text: `[NAME]` before the message; JSON:
    an `option` key, and a summary per option); the catalog's findings only once."""
    labels = [file.deal.label(i, tr(DEFAULT_NAME)) for i in range(len(evaluations))]
    shown: list[tuple[int, Finding]] = []
    for index, evaluation in enumerate(evaluations):
        once = [] if index == 0 else file.loaded.catalog_findings
        shown += [(index, translated(f, tr)) for f in evaluation.findings if f not in once]
    findings = [finding for _, finding in shown]
    if fmt == "json":
        options = [
            {"name": label, "summary": summarize([f for i, f in shown if i == n])} for n, label in enumerate(labels)
        ]
        document = {
            "findings": [finding.to_dict() | {"option": labels[i]} for i, finding in shown],
            "summary": summarize(findings),
            "options": options,
            **extra,
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        for index, finding in shown:
            line = format_line(finding, tr)
            at = len(f"{finding.location}: {finding.severity.value} {finding.code} ")
            print(f"{line[:at]}[{labels[index]}] {line[at:]}")
        print(summary_line(findings, subject, tr))
    return findings
