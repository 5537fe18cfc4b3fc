"""One-click fixes for findings with an obvious remedy, as solution-to-solution edits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from configurator.core.catalog import Catalog
from configurator.core.findings import Finding
from configurator.core.resolve import add_item, choose_mode, remove_item, resolve, set_mode
from configurator.core.solution import AUTO, Item, Solution


@dataclass(frozen=True)
class Fix:
    label: str  # English; front ends translate from `kind` and `target`
    kind: str  # add | add_auto | remove | mode
    target: str
    apply: Callable[[Catalog, Solution], Solution]
    value: str | None = None


def fixes_for(catalog: Catalog, finding: Finding) -> list[Fix]:
    p = finding.params
    code = finding.code
    if code in ("DEP-REQ-001",) and p.get("suggestion") in catalog.capabilities:
        return [Fix(f"Add '{p['suggestion']}'", "add_auto", p["suggestion"],
                    apply=lambda c, s, t=p["suggestion"]: _add_auto(c, s, t))]
    if code in ("SCN-REQ-007", "DEP-REC-002") and p.get("suggestion") in catalog.capabilities:
        return [Fix(f"Add '{p['suggestion']}'", "add", p["suggestion"],
                    apply=lambda c, s, t=p["suggestion"]: add_item(c, s, t).solution)]
    if code == "CON-EXCL-005":
        subject, other = finding.subject, p["other"]
        return [Fix(f"Remove '{ident}'", "remove", ident,
                    apply=lambda c, s, t=ident: remove_item(c, s, t)) for ident in (subject, other)]
    if code == "MODE-AVAIL-010" and p.get("suggestion"):
        return [Fix(f"Switch '{finding.subject}' to {p['suggestion']}", "mode", finding.subject,
                    apply=lambda c, s, t=finding.subject, m=p["suggestion"]: set_mode(c, s, t, m).solution,
                    value=p["suggestion"])]
    return []


def _add_auto(catalog: Catalog, solution: Solution, capability: str) -> Solution:
    """Add a missing dependency as an auto item, with its own dependencies."""
    cap = catalog.capabilities[capability]
    item = Item(capability, choose_mode(cap, solution.policy), origin=AUTO)
    return resolve(catalog, solution.with_items([*solution.items, item])).solution
