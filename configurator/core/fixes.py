"""One-click fixes for findings with an obvious remedy, as solution-to-solution edits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from configurator.core.alternatives import alternative_label
from configurator.core.catalog import Catalog
from configurator.core.codes import Phrase, phrase
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
from configurator.core.vocabulary import N_


@dataclass(frozen=True)
class Fix:
    label: Phrase  # str() gives English; front ends render it in their language
    kind: str  # add | add_auto | remove | mode | replace
    target: str
    apply: Callable[[Catalog, Solution], Solution]
    value: str | None = None


def fixes_for(catalog: Catalog, finding: Finding) -> list[Fix]:
    p = finding.params
    code, subject, suggestion = finding.code, finding.subject, p.get("suggestion", "")
    if p.get("alternatives"):
        return [_alternative(a) for a in p["alternatives"] if _known(catalog, a)]
    if code in ("DEP-REQ-001",) and suggestion in catalog.capabilities:
        return [
            Fix(
                alternative_label("add", suggestion, ""),
                "add_auto",
                suggestion,
                apply=lambda c, s: _add_auto(c, s, suggestion),
            )
        ]
    if code in ("SCN-REQ-007", "DEP-REC-002") and suggestion in catalog.capabilities:
        return [
            Fix(
                alternative_label("add", suggestion, ""),
                "add",
                suggestion,
                apply=lambda c, s: add_item(c, s, suggestion).solution,
            )
        ]
    if code == "CON-EXCL-005" and subject is not None:
        return [
            Fix(
                phrase(N_("remove '{target}'"), target=ident),
                "remove",
                ident,
                apply=partial(remove_item, capability=ident),
            )
            for ident in (subject, p["other"])
        ]
    if code == "MODE-AVAIL-010" and suggestion and subject is not None:
        return [
            Fix(
                alternative_label("mode", subject, suggestion),
                "mode",
                subject,
                apply=lambda c, s: set_mode(c, s, subject, suggestion).solution,
                value=suggestion,
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
