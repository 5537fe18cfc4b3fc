"""`configurator drift SOLUTION`: what the loaded catalog changes for a solution priced on an
earlier one (prices, capabilities removed or renamed, dependencies, Xinchuang levels, findings)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from configurator.commands.common import Stop, add_catalog_option, lang_of, read_deal
from configurator.commands.output import language_option, print_findings
from configurator.core.catalog import Catalog
from configurator.core.codes import catalog_names, translated
from configurator.core.drift import Drift, OptionDrift, drift
from configurator.core.findings import Severity
from configurator.core.numbers import money
from configurator.core.vocabulary import N_
from configurator.export.compare_table import DEFAULT_NAME
from configurator.language import translator

STATUS = {"removed": N_("no longer in the catalog"), "renamed": N_("in the catalog as {new}"), "changed": ""}


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "drift",
        help="what a changed catalog does to a solution priced on an earlier one",
        description="Compare the catalog a solution was priced on (its `catalog` id, version and digest; what "
        "that catalog said comes from the latest revision saved on it) with the loaded one: per line the old and "
        "new list price and the money delta, capabilities removed or renamed, changed requires and conflicts and "
        "what resolving would now add or drop, Xinchuang level and mode changes, and findings that appear. "
        "Nothing is changed: re-price or keep the old prices in the app. Exit 0 when nothing drifted or the "
        "solution still has no error findings on the loaded catalog, 1 when errors appear (or the revisions file has "
        "errors: they are printed, and the report cannot use it), 2 when it cannot be read.",
    )
    parser.add_argument("solution", type=Path, metavar="SOLUTION")
    add_catalog_option(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    language_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    lang, tr = lang_of(args), translator(args.lang)
    try:
        file = read_deal(args, args.format)
    except Stop as stop:
        return stop.code
    catalog = file.loaded.catalog
    broken = list(file.history.findings)  # the report then cannot use the revisions: say why
    if broken:
        print_findings(broken, "text", tr(N_("revisions {name}")).format(name=file.history.path), sys.stderr, tr=tr)
    report = drift(file.deal, catalog, file.history, default_name=tr(DEFAULT_NAME))
    if args.format == "json":
        document = report.to_dict() if report else {"format": "drift/1", "drifted": False}
        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text(report, catalog, lang, tr))
    errors = report is not None and any(
        f.severity is Severity.ERROR for option in report.options for f in option.findings_new
    )
    return 1 if errors or any(f.severity is Severity.ERROR for f in broken) else 0


def headline(report: Drift, tr) -> str:
    old, new = report.old, report.new
    line = tr(N_("priced on catalog {old} ({old_digest}); loaded: {new} ({new_digest})")).format(
        old=old.label, new=new.label, old_digest=old.short_digest, new_digest=new.short_digest
    )
    if report.revision is None:
        return line + "\n" + tr(N_("no revision keeps that catalog: what changed in prices cannot be shown"))
    return line + "\n" + tr(N_("the old catalog as revision {number} kept it")).format(number=report.revision)


def _option(option: OptionDrift, several: bool, catalog: Catalog, names: dict[str, str], lang: str, tr) -> list[str]:
    def amount(old: float, new: float) -> str:
        delta = new - old
        sign = "+" if delta > 0 else ""
        before, after, by = (money(value, catalog.currency, lang) for value in (old, new, delta))
        return f"{before} → {after} ({sign}{by})"

    out = [f"{option.name}:"] if several else []  # already "Option 1" or its name
    for line in option.lines:
        label = f"{line.capability} ({names.get(line.capability, line.capability)}) {line.mode}"
        old = "—" if line.old_price is None else money(line.old_price, catalog.currency, lang)
        new = "—" if line.new_price is None else money(line.new_price, catalog.currency, lang)
        price = tr(N_("list price {old} → {new}")).format(old=old, new=new)
        kept = "; " + tr(N_("kept from {catalog}")).format(catalog=line.priced_by) if line.priced_by else ""
        first_year = tr(N_("first-year cost"))
        out.append(f"  {label}: {price}{kept}; {first_year} {amount(line.old_first_year, line.new_first_year)}")
    words = {"first_year": N_("first-year cost"), "tco": N_("cost of ownership")}
    for key, (old_total, new_total) in option.totals.items():
        if old_total != new_total:
            out.append(f"  {tr(words[key])}: {amount(old_total, new_total)}")
    for word, ids in ((N_("resolving would add"), option.added), (N_("resolving would drop"), option.dropped)):
        if ids:
            out.append(f"  {tr(word)}: " + ", ".join(f"{i} ({names.get(i, i)})" for i in ids))
    for finding in option.findings_new:
        shown = translated(finding, tr, names=names)
        out.append(f"  {tr(N_('new finding'))}: {shown.severity.value} {shown.code} {shown.message}")
    return out


def text(report: Drift | None, catalog: Catalog, lang: str, tr) -> str:
    if report is None:
        return tr(N_("the solution is priced on the loaded catalog: nothing drifted")) + "\n"
    names = catalog_names(report.baseline or catalog, lang) | catalog_names(catalog, lang)  # removed ones too
    out = [headline(report, tr)]
    for change in report.capabilities:
        name = change.name.get(lang) or names.get(change.capability, change.capability)
        status = tr(STATUS[change.status]).format(new=change.renamed_to) if STATUS[change.status] else ""
        out.append(f"{change.capability} ({name})" + (f": {status}" if status else ":"))
        out += [f"    {f.text}" for f in change.fields]
    for option in report.options:
        out += _option(option, len(report.options) > 1, catalog, names, lang, tr)
    return "\n".join(out) + "\n"
