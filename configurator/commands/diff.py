"""`configurator diff A B`: what changed between two versions of a deal, or two options."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from configurator.commands.common import Stop, add_catalog_option, catalog_for, lang_of, read_deal
from configurator.commands.output import language_option
from configurator.core.catalog import Catalog
from configurator.core.codes import catalog_names, translated
from configurator.core.diff import TOTAL_WORDS, Change, DealDiff, OptionDiff, diff_deals, diff_options
from configurator.core.numbers import money, share
from configurator.core.vocabulary import N_
from configurator.export.compare_table import DEFAULT_NAME
from configurator.language import translator


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "diff",
        help="what changed between two versions of a deal",
        description="Compare two solution files (A the earlier, B the later) by what they mean: options added "
        "or removed; per option (matched by name) the policy, items added, removed or changed, money per line "
        "and in total over the first year and the deal's horizon, findings that appeared or were resolved, and "
        "compliance. FILE#OPTION picks one option (by name or number), so `diff deal.yaml#1 deal.yaml#2` "
        "compares two options of one deal, and FILE@N revision N of a file (saved in the app or with "
        "`configurator revisions --save`), priced on the catalog it was saved with: `diff deal.yaml@2 deal.yaml` "
        "is what changed since revision 2. Files are priced on the loaded catalog. Exit 0 when both can be read "
        "(whatever differs), 2 when one cannot.",
    )
    parser.add_argument("old", metavar="A", help="the earlier solution file, FILE@REVISION or FILE#OPTION")
    parser.add_argument("new", metavar="B", help="the later solution file, FILE@REVISION or FILE#OPTION")
    add_catalog_option(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    language_option(parser)
    parser.set_defaults(run=run)


def _split(text: str) -> tuple[Path, str | None]:
    """FILE#OPTION, unless FILE itself exists with the #."""
    path, mark, option = text.rpartition("#")
    if not mark or Path(text).exists():
        return Path(text), None
    return Path(path), option


def run(args: argparse.Namespace) -> int:
    lang, tr = lang_of(args), translator(args.lang)
    try:
        loaded = catalog_for(args, args.format)
        sides = []
        for given in (args.old, args.new):
            path, option = _split(given)
            file = read_deal(args, args.format, path=path, loaded=loaded)
            sides.append((file, None if option is None else file.chosen(option, "diff")))
    except Stop as stop:
        return stop.code
    (a, a_option), (b, b_option) = sides
    catalog = loaded.catalog
    default = tr(DEFAULT_NAME)
    if a_option is None and b_option is None:
        result = diff_deals(b.catalog, a.deal, b.deal, default, old_catalog=a.catalog)
    else:  # one option against another (or against the recommended one of the other file)
        first = a_option if a_option is not None else a.deal.recommended_index
        second = b_option if b_option is not None else b.deal.recommended_index
        name = f"{a.deal.label(first, default)} → {b.deal.label(second, default)}"
        result = DealDiff((), (), (), (diff_options(name, a.evaluate(first), b.evaluate(second)),))
    if args.format == "json":
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text(result, catalog, lang, tr))
    return 0


def _change(change: Change) -> str:
    def shown(value: object) -> object:
        if value is None:
            return "—"
        return share(value) if change.field == "discount" and isinstance(value, (int, float)) else value

    return f"{change.field}: {shown(change.old)} → {shown(change.new)}"


def _amount(key: str, old: float, new: float, catalog: Catalog, lang: str) -> str:
    if key == "partner_share":
        return f"{share(old)} → {share(new)}"
    delta = new - old
    sign = "+" if delta > 0 else ""
    before, after, by = (money(v, catalog.currency, lang) for v in (old, new, delta))
    return f"{before} → {after} ({sign}{by})"


def _option(diff: OptionDiff, catalog: Catalog, lang: str, tr) -> list[str]:
    names = catalog_names(catalog, lang)
    lines = [f"{diff.name}:"]  # already "Option 1" or the name people gave it
    lines += [f"  {_change(c)}" for c in diff.policy]
    marks = {"added": "+", "removed": "-", "changed": "~"}
    for item in diff.items:
        what = "; ".join(_change(c) for c in item.changes)
        money_text = _amount("first_year", *item.first_year, catalog, lang)
        label = f"{item.capability} ({names.get(item.capability, item.capability)})"
        first_year = tr(TOTAL_WORDS["first_year"])
        lines.append(f"  {marks[item.status]} {label}{': ' + what if what else ''} · {first_year} {money_text}")
    for key, (old, new) in diff.totals.items():
        if old != new:
            lines.append(f"  {tr(TOTAL_WORDS[key])}: {_amount(key, old, new, catalog, lang)}")
    for words, found in ((N_("new finding"), diff.findings_new), (N_("resolved finding"), diff.findings_resolved)):
        for finding in found:
            shown = translated(finding, tr)
            subject = f" ({finding.subject})" if finding.subject else ""
            lines.append(f"  {tr(words)}: {shown.severity.value} {shown.code}{subject} {shown.message}")
    compliance = tr(N_("compliance"))
    lines += [f"  {compliance} {_change(c)}" for c in diff.compliance]
    return lines


def text(result: DealDiff, catalog: Catalog, lang: str, tr) -> str:
    if result.empty:
        return tr(N_("no differences")) + "\n"
    lines = [_change(c) for c in result.deal]
    lines += [tr(N_("option added: {name}")).format(name=n) for n in result.options_added]
    lines += [tr(N_("option removed: {name}")).format(name=n) for n in result.options_removed]
    for option in result.options:
        if not option.empty:
            lines += _option(option, catalog, lang, tr)
    return "\n".join(lines) + "\n"
