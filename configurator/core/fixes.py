"""One-click fixes for findings with an obvious remedy, as solution-to-solution edits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from configurator.core.catalog import Catalog
from configurator.core.codes import N_, Phrase, phrase
from configurator.core.compliance import alternative_label
from configurator.core.findings import Finding
from configurator.core.resolve import (
    add_item,
    choose_mode,
    remove_item,
    replace_item,
    resolve,
    set_mode,
)
from configurator.core.solution import AUTO, Item, Solution


@dataclass(frozen=True)
class Fix:
    label: Phrase  # str() gives English; front ends render it in their language
    kind: str  # add | add_auto | remove | mode | replace
    target: str
    apply: Callable[[Catalog, Solution], Solution]
    value: str | None = None


def fixes_for(catalog: Catalog, finding: Finding) -> list[Fix]:
    p = finding.params
    code = finding.code
    if p.get("alternatives"):
        return [_alternative(a) for a in p["alternatives"] if _known(catalog, a)]
    if code in ("DEP-REQ-001",) and p.get("suggestion") in catalog.capabilities:
        return [
            Fix(
                alternative_label("add", p["suggestion"], ""),
                "add_auto",
                p["suggestion"],
                apply=lambda c, s, t=p["suggestion"]: _add_auto(c, s, t),
            )
        ]
    if code in ("SCN-REQ-007", "DEP-REC-002") and p.get("suggestion") in catalog.capabilities:
        return [
            Fix(
                alternative_label("add", p["suggestion"], ""),
                "add",
                p["suggestion"],
                apply=lambda c, s, t=p["suggestion"]: add_item(c, s, t).solution,
            )
        ]
    if code == "CON-EXCL-005":
        subject, other = finding.subject, p["other"]
        return [
            Fix(
                phrase(N_("remove '{target}'"), target=ident),
                "remove",
                ident,
                apply=lambda c, s, t=ident: remove_item(c, s, t),
            )
            for ident in (subject, other)
        ]
    if code == "MODE-AVAIL-010" and p.get("suggestion"):
        return [
            Fix(
                alternative_label("mode", finding.subject, p["suggestion"]),
                "mode",
                finding.subject,
                apply=lambda c, s, t=finding.subject, m=p["suggestion"]: set_mode(c, s, t, m).solution,
                value=p["suggestion"],
            )
        ]
    return []


def _known(catalog: Catalog, alternative: dict) -> bool:
    ident = alternative["value"] if alternative["kind"] == "replace" else alternative["target"]
    return ident in catalog.capabilities


def _alternative(a: dict) -> Fix:
    kind, target, value = a["kind"], a["target"], a["value"]
    label = alternative_label(kind, target, value)
    if kind == "mode":
        return Fix(label, "mode", target, apply=lambda c, s: set_mode(c, s, target, value).solution, value=value)
    if kind == "replace":
        return Fix(label, "replace", target, apply=lambda c, s: replace_item(c, s, target, value).solution, value=value)
    return Fix(label, "add", target, apply=lambda c, s: add_item(c, s, target, value).solution, value=value)


def _add_auto(catalog: Catalog, solution: Solution, capability: str) -> Solution:
    """Add a missing dependency as an auto item, with its own dependencies."""
    cap = catalog.capabilities[capability]
    item = Item(capability, choose_mode(cap, solution.policy), origin=AUTO)
    return resolve(catalog, solution.with_items([*solution.items, item])).solution
