"""The PDF proposal's "Changes since revision N" page: what the negotiation changed since a
revision was sent (`bom --changes-since N`, and the window's export after "Compare with
revision…"), in the words of the deal: items, money per line and in total, policy, findings,
compliance. The revision is priced as it was priced; this proposal on the loaded catalog."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QFont

from configurator.core.catalog import Catalog
from configurator.core.codes import catalog_names, translated
from configurator.core.diff import FIELD_WORDS, TOTAL_WORDS, Change, DealDiff, OptionDiff
from configurator.core.findings import Finding
from configurator.core.numbers import money, share
from configurator.core.vocabulary import DEPLOYMENT, NETWORK, REQUIREMENT, STATUS, XINCHUANG, word
from configurator.drawing import style
from configurator.export.formats import Changes
from configurator.export.pdf_document import Section
from configurator.export.pdf_table import Block, Cell, Table, flow_section, text_block
from configurator.translations import tr

MARKS = {"added": "+", "removed": "−", "changed": "~"}
POLICY_WORDS = {"deployment": DEPLOYMENT, "xinchuang": XINCHUANG, "network": NETWORK}  # values people read
DELTA = {1: style.STATUS_COLOURS["fail"], -1: style.STATUS_COLOURS["pass"]}  # dearer red, cheaper green


@dataclass(frozen=True)
class ChangeTable:
    """One table of what changed: the PDF draws it, the window's comparison lists it."""

    head: list[str]
    rows: Sequence[Sequence[str | Cell]]
    right: list[bool]  # per column: right-aligned (amounts)
    wrap: int | None  # the column that wraps


def about(changes: Changes, catalog: Catalog) -> str:
    """What the comparison compares: the revision (when, by whom, why) and the two catalogs."""
    revision = changes.revision
    return tr(
        "Revision %d was saved on %s by %s: “%s”. It is priced as it was, on catalog %s; this proposal on %s."
    ) % (
        revision.number,
        revision.saved[:10],
        revision.author or "—",
        revision.note or "—",
        revision.pin.label,
        f"{catalog.id} {catalog.version}",
    )


def change_tables(
    diff: DealDiff, catalog: Catalog, lang: str, earlier: Catalog | None = None
) -> list[tuple[str, list[ChangeTable]]]:
    """The changes as tables, grouped under a heading: "" for the deal's own changes and for
    the option of a deal that has only one, the option's name otherwise. Capabilities are
    named as `catalog` names them, else as the `earlier` one did (one since removed)."""
    names = {**(catalog_names(earlier, lang) if earlier is not None else {}), **catalog_names(catalog, lang)}
    facts = [*(_change_row(c) for c in diff.deal)]
    facts += [[tr("Option added"), "—", n] for n in diff.options_added]
    facts += [[tr("Option removed"), n, "—"] for n in diff.options_removed]
    groups = [("", [ChangeTable([tr("What"), tr("Before"), tr("Now")], facts, [False] * 3, 2)])] if facts else []
    several = len(diff.options) > 1
    for option in diff.options:
        if not option.empty:
            heading = option.name if several else ""  # already "Option 1" or the name people gave it
            groups.append((heading, _option(option, catalog, names, lang)))
    return groups


def changes_section(
    changes: Changes, catalog: Catalog, lang: str, font: QFont, headings: tuple[QFont, QFont]
) -> Section:
    title = tr("Changes since revision %d") % changes.revision.number
    h1, h2 = headings

    def build(width: float) -> list[Block]:
        blocks = [text_block(title, h1, width), text_block(about(changes, catalog), font, width, style.MUTED)]
        if changes.diff.empty:
            return [*blocks, text_block(tr("Nothing has changed since this revision."), font, width, above=8)]
        earlier = changes.revision.priced_on(catalog)
        for heading, tables in change_tables(changes.diff, catalog, lang, earlier):
            if heading:
                blocks.append(text_block(heading, h2, width, above=10))
            for table in tables:
                body = [(row, "") for row in table.rows]
                blocks.append(text_block("", font, width, above=4))
                blocks += Table(font, width, table.right, table.head, table.rows, table.wrap).blocks(body)
        return blocks

    return flow_section(build, title, landscape=True)


def _option(option: OptionDiff, catalog: Catalog, names: dict[str, str], lang: str) -> list[ChangeTable]:
    currency = catalog.currency
    tables = []
    if option.policy:
        policy = [_change_row(c) for c in option.policy]
        tables.append(ChangeTable([tr("Policy"), tr("Before"), tr("Now")], policy, [False] * 3, 2))
    if option.items:
        rows: list[list[str | Cell]] = []
        for item in option.items:
            label = f"{MARKS[item.status]} {names.get(item.capability, item.capability)}"
            what = (
                "; ".join(_said(c) for c in item.changes)
                or {
                    "added": tr("added"),
                    "removed": tr("removed"),
                    "changed": tr("price"),
                }[item.status]
            )
            old, new = item.first_year
            rows.append(
                [
                    label,
                    what,
                    money(old, currency, lang),
                    money(new, currency, lang),
                    delta_cell(new - old, currency, lang),
                ]
            )
        head = [tr("Capability"), tr("Change"), tr("First year before"), tr("First year now"), tr("Difference")]
        tables.append(ChangeTable(head, rows, [False, False, True, True, True], 1))
    totals: list[list[str | Cell]] = []
    for key, (old, new) in option.totals.items():
        if old != new:
            if key == "partner_share":
                totals.append([tr(TOTAL_WORDS[key]), share(old), share(new), f"{(new - old) * 100:+.1f} pp"])
            else:
                totals.append(
                    [
                        tr(TOTAL_WORDS[key]),
                        money(old, currency, lang),
                        money(new, currency, lang),
                        delta_cell(new - old, currency, lang),
                    ]
                )
    if totals:
        head = [tr("Total"), tr("Before"), tr("Now"), tr("Difference")]
        tables.append(ChangeTable(head, totals, [False, True, True, True], None))
    found: list[list[str | Cell]] = [[tr("New finding"), _finding(f, names)] for f in option.findings_new]
    found += [[tr("Resolved finding"), _finding(f, names)] for f in option.findings_resolved]
    found += [[tr("Compliance"), _compliance(c)] for c in option.compliance]
    if found:
        tables.append(ChangeTable([tr("Checks"), ""], found, [False, False], 1))
    return tables


def _change_row(change: Change) -> list[str]:
    return [_field(change), _value(change, change.old), _value(change, change.new)]


def _field(change: Change) -> str:
    word = FIELD_WORDS.get(change.field.removeprefix("deal."))
    return tr(word) if word else change.field


def _said(change: Change) -> str:
    return f"{_field(change)}: {_value(change, change.old)} → {_value(change, change.new)}"


def _value(change: Change, value: Any) -> str:
    if change.field == "discount" and isinstance(value, (int, float)):
        return share(value)
    words = POLICY_WORDS.get(change.field.removeprefix("policy."))
    if words is not None and isinstance(value, str):
        return word(words, value, tr)
    return _text(value)


def _compliance(change: Change) -> str:
    """A requirement's status before and after (`passed`: the policy as a whole)."""
    if change.field == "passed":
        yes, no = tr("yes"), tr("no")
        return tr("Compliant: %s → %s") % (yes if change.old else no, yes if change.new else no)
    status = [word(STATUS, s, tr) if s else "—" for s in (change.old, change.new)]
    return f"{word(REQUIREMENT, change.field, tr)}: {status[0]} → {status[1]}"


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value)) or "—"
    return str(value)


def delta_cell(value: float, currency: str, lang: str) -> Cell:
    sign = (value > 0) - (value < 0)
    return Cell(("+" if value > 0 else "") + money(value, currency, lang), DELTA.get(sign))


def _finding(finding: Finding, names: dict[str, str]) -> str:
    """A finding as the findings panel words it: its code and its message, items by name."""
    shown = translated(finding, tr, names=names)
    return f"{shown.code} {shown.message}"
