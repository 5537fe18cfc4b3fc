"""Compliant alternatives for a finding: another mode of the same capability, another
provider of the same interface, or a capability to add. Each alternative meets the whole
policy, not only the rule that found the problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from configurator.core.catalog import Capability
from configurator.core.codes import Phrase, Ref, phrase
from configurator.core.context import Context
from configurator.core.placement import compliant
from configurator.core.resolve import choose_mode, compliant_modes
from configurator.core.solution import Item
from configurator.core.vocabulary import N_

ALTERNATIVE_WORDS = {
    "mode": N_("switch '{target}' to {value}"),
    "replace": N_("replace '{target}' with '{value}'"),
    "add": N_("add '{target}'"),
    "remove": N_("remove '{target}'"),
}


def alternative_label(kind: str, target: str, value: str) -> Phrase:
    return phrase(ALTERNATIVE_WORDS[kind], target=target, value=Ref(value) if kind == "replace" else value)


@dataclass(frozen=True)
class Alternative:
    kind: str  # mode | replace | add
    target: str  # the item concerned (mode, replace) or the capability to add
    value: str  # the new mode, the replacing capability, or the mode of the added one

    def label(self) -> Phrase:
        return alternative_label(self.kind, self.target, self.value)

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "target": self.target, "value": self.value}


def variants(ctx: Context, item: Item, cap: Capability) -> list[Alternative]:
    """Compliant replacements for one item: its other modes, then other providers of the
    interfaces it is in the solution for."""
    catalog, policy = ctx.catalog, ctx.solution.policy
    found = [Alternative("mode", cap.id, mode) for mode in compliant_modes(catalog, cap, policy) if mode != item.mode]
    conflicts = catalog.conflicts
    present = set(ctx.items) - {cap.id}
    if any(
        cap.id in ctx.catalog.capabilities[p].requires
        for p in ctx.graph.predecessors(cap.id)
        if p in ctx.catalog.capabilities
    ):
        return found  # required by name: another provider would not take its place
    for interface in cap.provides:
        for other in catalog.providers_of(interface):
            other_cap = catalog.capabilities[other]
            if other == cap.id or other in ctx.items or conflicts.get(other, set()) & present:
                continue
            mode = choose_mode(other_cap, policy, item.mode)
            if compliant(catalog, other_cap, mode, policy) and all(a.value != other for a in found):
                found.append(Alternative("replace", cap.id, other))
    return found


def additions(ctx: Context, role: str) -> list[Alternative]:
    catalog, policy = ctx.catalog, ctx.solution.policy
    found = []
    for cap in catalog.capabilities.values():
        if role in cap.roles and cap.id not in ctx.items:
            modes = compliant_modes(catalog, cap, policy)
            if modes:
                found.append(Alternative("add", cap.id, modes[0]))
    return found


def offered(alternatives: list[Alternative]) -> dict[str, Any]:
    if not alternatives:
        return {}
    return {
        "hint": "alternatives",
        "alternatives": [a.to_dict() for a in alternatives],
        "choices": [a.label() for a in alternatives],
    }
