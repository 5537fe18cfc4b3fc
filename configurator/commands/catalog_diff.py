"""`configurator catalog-diff OLD_DIR NEW_DIR`: what changed between two catalog versions, as
text, JSON, or Markdown for a pull-request comment."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from configurator.commands.common import lang_of
from configurator.commands.output import language_option, print_findings
from configurator.core.catalog import Catalog
from configurator.core.catalog_diff import CatalogDiff, Change, diff_catalogs, value_text
from configurator.core.catalog_load import load_catalog
from configurator.core.findings import Severity
from configurator.core.vocabulary import N_
from configurator.language import translator

STATUS = {"added": N_("added"), "removed": N_("removed"), "changed": N_("changed")}
KIND = {
    "capability": N_("capability"),
    "interface": N_("interface"),
    "partner_type": N_("partner type"),
    "scenario": N_("scenario"),
}


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "catalog-diff",
        help="what changed between two catalog versions",
        description="Compare two catalog directories: capabilities, interfaces, partner types and scenarios "
        "added, removed or changed (prices, modes, dependencies, Xinchuang levels), for release notes and review. "
        "Exit 0 when both load without errors (whatever changed), 1 when one has error findings (printed on "
        "standard error; its records with errors are left out, so they read as removed), 2 when one cannot be read.",
    )
    parser.add_argument("old", type=Path, metavar="OLD_DIR", help="the previous catalog directory")
    parser.add_argument("new", type=Path, metavar="NEW_DIR", help="the new catalog directory")
    parser.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    language_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    catalogs = []
    tr = translator(args.lang)
    broken = False
    for directory in (args.old, args.new):
        result = load_catalog(directory)
        if result.catalog is None or result.unreadable:
            print_findings(result.findings, "text", str(directory), out=sys.stderr, tr=tr)
            return 2
        errors = [f for f in result.findings if f.severity is Severity.ERROR]
        if errors:  # a record with errors is not in the catalog: it would read as removed
            print_findings(errors, "text", str(directory), out=sys.stderr, tr=tr)
            broken = True
        catalogs.append(result.catalog)
    diff = diff_catalogs(*catalogs)
    lang = lang_of(args)
    if args.format == "json":
        json.dump(diff.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        render = markdown if args.format == "markdown" else text
        sys.stdout.write(render(diff, catalogs[1], lang, tr))
    return 1 if broken else 0


def _headline(diff: CatalogDiff, tr) -> str:
    counts = tr(", ").join(f"{diff.count(s)} {tr(word)}" for s, word in STATUS.items())
    (old_id, old_version), (new_id, new_version) = diff.old, diff.new
    versions = (
        f"{old_id} {old_version} → {new_version}"
        if old_id == new_id
        else f"{old_id} {old_version} → {new_id} {new_version}"
    )
    return f"{versions}: {counts}"


def _name(change: Change, lang: str) -> str:
    return change.name.get(lang) or change.id


def text(diff: CatalogDiff, catalog: Catalog, lang: str, tr) -> str:
    lines = [_headline(diff, tr)]
    for change in diff.changes:
        lines.append(f"{tr(STATUS[change.status])} {tr(KIND[change.kind])} {change.id} ({_name(change, lang)})")
        lines += [f"    {f.text}" for f in change.fields]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    """Text for a Markdown table cell: no line breaks, pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def markdown(diff: CatalogDiff, catalog: Catalog, lang: str, tr) -> str:
    """A pull-request comment: a summary line, the price changes as a table, then each change."""
    title = tr(N_("Catalog changes"))
    out = [f"### {title}: {_cell(_headline(diff, tr))}", ""]
    prices = diff.price_changes
    if prices:
        heads = (tr(N_("Capability")), tr(N_("Mode")), tr(N_("Old price")), tr(N_("New price")), tr(N_("Change")))
        out += ["| " + " | ".join(heads) + " |", "|---|---|---:|---:|---:|"]
        for change, field in prices:
            mode = field.field.split(".")[1]
            ratio = field.price_ratio
            cells = (
                f"{_cell(_name(change, lang))} (`{change.id}`)",
                mode,
                value_text(field.old),
                value_text(field.new),
                f"{ratio:+.1%}" if ratio is not None else "—",
            )
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    for status in ("removed", "changed", "added"):
        chosen = [c for c in diff.changes if c.status == status]
        if not chosen:
            continue
        out += [
            f"<details{' open' if status != 'changed' or len(chosen) <= 20 else ''}>",
            f"<summary>{tr(STATUS[status])}: {len(chosen)}</summary>",
            "",
        ]
        for change in chosen:
            out.append(f"- **{_cell(_name(change, lang))}** (`{change.id}`, {tr(KIND[change.kind])})")
            out += [f"  - `{f.field}`: {_cell(f.text.split(': ', 1)[1])}" for f in change.fields]
        out += ["", "</details>", ""]
    if not diff.changes:
        out.append(tr(N_("No changes.")))
    return "\n".join(out).rstrip("\n") + "\n"
