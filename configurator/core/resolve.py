"""Dependency resolution: pull in what explicit items require, choose modes and providers.

Resolution always starts from the explicit items: whatever they transitively require is
added as `auto` items (an interface is met by any provider already present, else by the
interface's default or the first acceptable provider), and auto items nothing needs any
more are dropped. Explicit items, and items whose capability the catalog lacks, are never
removed. Auto items keep their mode while the policy allows it.

`apply_policy` goes further, as one edit the user asks for: every item that does not meet the
policy (explicit ones too) takes a compliant mode, or else is replaced by a compliant provider.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Container, Mapping
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from configurator.core.catalog import Capability, Catalog
from configurator.core.codes import Listing
from configurator.core.collector import collector_paused
from configurator.core.digraph import Digraph
from configurator.core.placement import DEPLOYMENT_MODES, compliant, foreign_barred, mode_allowed, xinchuang_ok
from configurator.core.solution import AUTO, EXPLICIT, Item, Solution, SolutionPolicy


def allowed_modes(cap: Capability, policy: SolutionPolicy) -> list[str]:
    """Modes of `cap` the policy allows (deployment, network, data class), preferred first:
    the deployment's order, or the capability's own order under hybrid."""
    preferred = DEPLOYMENT_MODES.get(policy.deployment) or list(cap.modes)
    return [mode for mode in preferred if mode in cap.modes and mode_allowed(cap, mode, policy)]


def compliant_modes(catalog: Catalog, cap: Capability, policy: SolutionPolicy) -> list[str]:
    """The allowed modes in which `cap` meets every placement rule, preferred first."""
    return [mode for mode in allowed_modes(cap, policy) if compliant(catalog, cap, mode, policy)]


def choose_mode(cap: Capability, policy: SolutionPolicy, parent_mode: str | None = None) -> str:
    """The mode a new item gets: the requiring item's mode under a hybrid policy when offered,
    else the policy's preferred mode, else the capability's first mode."""
    allowed = allowed_modes(cap, policy)
    if policy.deployment == "hybrid" and parent_mode in allowed:
        return parent_mode
    return allowed[0] if allowed else next(iter(cap.modes))


@dataclass(frozen=True, slots=True)
class Rejection:
    candidate: str
    reason: str  # conflict, mode, foreign or xinchuang
    detail: str  # the conflicting item, the modes offered, the policy level or the item's level


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A requirement no provider could meet, with why each candidate was rejected."""

    capability: str
    requirement: str
    rejections: tuple[Rejection, ...]


@dataclass
class Resolution:
    solution: Solution
    unresolved: list[Unresolved] = field(default_factory=list)


def dependency_graph(catalog: Catalog, solution: Solution) -> Digraph[str]:
    """Item → item it requires (directly or through an interface it provides)."""
    present = dict.fromkeys(i.capability for i in solution.items if i.valid)
    edges = []
    for ident in present:
        edges += [(ident, c) for c in catalog.candidates.get(ident, ()) if c in present and c != ident]
    return Digraph(present, edges)


@collector_paused
def resolve(catalog: Catalog, solution: Solution) -> Resolution:
    return _Resolver(catalog, solution).run()


class _Resolver:
    """One resolution: items are chosen breadth first from the explicit ones. `rank` is each
    chosen item's position, `previous_rank` each former auto item's, in the solution's order."""

    def __init__(self, catalog: Catalog, solution: Solution) -> None:
        self.catalog, self.solution, self.policy = catalog, solution, solution.policy
        self.conflicts = catalog.conflicts
        self.previous = {i.capability: i for i in solution.items if i.valid and not i.explicit}
        self.previous_rank = {ident: index for index, ident in enumerate(self.previous)}
        self.chosen: dict[str, Item] = {}
        for item in solution.items:
            if item.valid and item.explicit:
                self.chosen.setdefault(item.capability, item)
        self.rank = {ident: index for index, ident in enumerate(self.chosen)}
        self.unresolved: list[Unresolved] = []

    def run(self) -> Resolution:
        catalog, chosen = self.catalog, self.chosen
        queue = deque(chosen.values())
        while queue:
            item = queue.popleft()
            cap = catalog.capabilities.get(item.capability)
            if cap is None:
                continue
            for req in cap.requires:
                target = self._target(req, item)
                if target is None or target in chosen:
                    continue
                new = _auto_item(catalog.capabilities[target], self.previous.get(target), self.policy, item.mode)
                chosen[target] = new
                self.rank[target] = len(self.rank)
                queue.append(new)
        # A requirement given up on may have been met later, by another item's direct requirement.
        unresolved = [u for u in self.unresolved if not any(p in chosen for p in catalog.providers_of(u.requirement))]
        return Resolution(_merge(self.solution, chosen, catalog), unresolved)

    def _target(self, req: str, item: Item) -> str | None:
        catalog, chosen = self.catalog, self.chosen
        if req in catalog.capabilities:
            return req
        if req not in catalog.interfaces:
            return None  # an unknown id: a catalog finding already
        providers = catalog.providers_of(req)
        present = [p for p in providers if p in chosen]
        if present:  # the one added first, as the solution lists them
            return min(present, key=self.rank.__getitem__) if len(present) > 1 else present[0]
        earlier = sorted((p for p in providers if p in self.previous), key=self.previous_rank.__getitem__)
        for ident in earlier:  # the provider the solution already had, the first it lists
            clash = any(other in chosen for other in self.conflicts.get(ident, ()))
            if not clash and allowed_modes(catalog.capabilities[ident], self.policy):
                return ident
        candidate, rejections = pick_provider(catalog, req, chosen.keys(), self.policy, self.conflicts)
        if candidate is None:
            self.unresolved.append(Unresolved(item.capability, req, rejections))
        return candidate


def pick_provider(
    catalog: Catalog,
    interface: str,
    present: Container[str],
    policy: SolutionPolicy,
    conflicts: Mapping[str, frozenset[str]],
) -> tuple[str | None, tuple[Rejection, ...]]:
    """The interface's default provider, else the first in catalog order, that neither
    conflicts with a present item nor lacks a mode the policy allows."""
    providers = catalog.providers_of(interface)
    default = catalog.interfaces[interface].default
    ordered = ([default] if default in providers else []) + [p for p in providers if p != default]
    rejections = []
    for candidate in ordered:
        clash = sorted(other for other in conflicts.get(candidate, ()) if other in present)
        if clash:
            rejections.append(Rejection(candidate, "conflict", clash[0]))
            continue
        cap = catalog.capabilities[candidate]
        modes = allowed_modes(cap, policy)
        if not modes:
            rejections.append(Rejection(candidate, "mode", Listing(", ".join(cap.modes))))
        elif foreign_barred(cap, policy):
            rejections.append(Rejection(candidate, "foreign", policy.xinchuang))
        elif not xinchuang_ok(catalog, cap, modes[0], policy):
            rejections.append(Rejection(candidate, "xinchuang", cap.xinchuang.level))
        else:
            return candidate, tuple(rejections)
    return None, tuple(rejections)


def _auto_item(cap: Capability, previous: Item | None, policy: SolutionPolicy, parent_mode: str) -> Item:
    if previous is None:
        return Item(cap.id, choose_mode(cap, policy, parent_mode), quantity=1, origin=AUTO)
    if mode_allowed(cap, previous.mode, policy) or not allowed_modes(cap, policy):
        return previous  # with nothing allowed, keep it (and let rules say so)
    return replace(previous, mode=choose_mode(cap, policy, parent_mode))


def _merge(solution: Solution, chosen: dict[str, Item], catalog: Catalog) -> Solution:
    """Keep the original order; drop auto items no longer chosen; append new ones. Items
    that failed the schema, duplicates and items the catalog lacks are kept as they are."""
    items, placed = [], set()
    for item in solution.items:
        if not item.valid or item.capability in placed:
            items.append(item)
        elif item.capability not in catalog.capabilities:
            items.append(item)
            placed.add(item.capability)
        elif item.capability in chosen:
            items.append(chosen[item.capability])
            placed.add(item.capability)
    items.extend(item for ident, item in chosen.items() if ident not in placed)
    return solution.with_items(items)


def prune(catalog: Catalog, solution: Solution) -> Solution:
    """Drop auto items that no explicit item needs any more, adding nothing."""
    needed = dependency_graph(catalog, solution).reachable(
        i.capability for i in solution.items if i.valid and i.explicit
    )
    return solution.with_items(
        [
            i
            for i in solution.items
            if not i.valid or i.explicit or i.capability in needed or i.capability not in catalog.capabilities
        ]
    )


def why_chains(solution: Solution, graph: Digraph[str]) -> dict[str, tuple[str, ...]]:
    """For each auto item, the shortest chain of requires from an explicit item to it."""
    paths: dict[str, tuple[str, ...]] = {}
    for node, parent in graph.reachable(i.capability for i in solution.items if i.valid and i.explicit).items():
        paths[node] = (*paths[parent], node) if parent is not None else (node,)  # parents come first
    return {
        item.capability: paths[item.capability]
        for item in solution.items
        if item.valid and not item.explicit and item.capability in paths
    }


# Edits: each returns a new solution, resolved.


def add_item(catalog: Catalog, solution: Solution, capability: str, mode: str | None = None) -> Resolution:
    existing = solution.item(capability)
    if existing is not None:
        solution = solution.replace_item(capability, origin=EXPLICIT, **({"mode": mode} if mode else {}))
    else:
        cap = catalog.capabilities[capability]
        mode = mode or choose_mode(cap, solution.policy)
        solution = solution.with_items([*solution.items, Item(capability, mode, origin=EXPLICIT)])
    return resolve(catalog, solution)


def remove_item(catalog: Catalog, solution: Solution, capability: str) -> Solution:
    """Remove an item (explicit or auto) and the auto items only it needed."""
    kept = [i for i in solution.items if not (i.valid and i.capability == capability)]
    return prune(catalog, solution.with_items(kept))


def set_mode(catalog: Catalog, solution: Solution, capability: str, mode: str) -> Resolution:
    return resolve(catalog, solution.replace_item(capability, mode=mode))


def set_policy(catalog: Catalog, solution: Solution, policy: SolutionPolicy) -> Resolution:
    return resolve(catalog, solution.edited(policy=policy, policy_given=True))


def from_scenario(catalog: Catalog, scenario_id: str, name: str) -> Resolution:
    """A new solution from a scenario template: its required items explicit (an interface
    by its preferred provider) in the scenario's typical quantities, its suggested policy,
    dependencies resolved."""
    scenario = catalog.scenarios[scenario_id]
    p = scenario.policy
    policy = SolutionPolicy(
        p.deployment,
        p.xinchuang,
        p.network,
        scenario.partner_share,
        cii_operator=p.cii_operator,
        public_data_class=p.public_data_class,
    )
    conflicts = catalog.conflicts
    items: list[Item] = []
    for requirement in scenario.required:
        ident: str | None = requirement
        if requirement in catalog.interfaces:
            ident, _ = pick_provider(catalog, requirement, [i.capability for i in items], policy, conflicts)
        cap = catalog.capabilities.get(ident) if ident else None
        if cap is not None and all(i.capability != cap.id for i in items):
            mode = choose_mode(cap, policy)
            items.append(Item(cap.id, mode, scenario.quantity(cap.id, mode), origin=EXPLICIT))
    solution = Solution(
        name=name,
        catalog_id=catalog.id,
        catalog_version=catalog.version,
        catalog_digest=catalog.digest,
        scenario=scenario_id,
        policy=policy,
        items=tuple(items),
    )
    return resolve(catalog, solution)


def replace_item(catalog: Catalog, solution: Solution, old: str, new: str) -> Resolution:
    """Put `new` where `old` was (same origin, quantity and notes), in a mode the policy
    allows, and re-resolve: what only `old` needed goes, what `new` needs comes."""
    previous = solution.item(old)
    if previous is None:
        raise KeyError(old)
    item = _successor(previous, new, choose_mode(catalog.capabilities[new], solution.policy, previous.mode))
    items = [item if i is previous else i for i in solution.items]
    return resolve(catalog, solution.with_items(items))


def _successor(previous: Item, capability: str, mode: str) -> Item:
    """The item that takes `previous`'s place: same origin, quantity and notes."""
    return Item(capability, mode, quantity=previous.quantity, origin=previous.origin, notes=previous.notes)


class PolicyChange(NamedTuple):
    kind: str  # mode | replace | add | remove (the words of alternatives.ALTERNATIVE_WORDS)
    target: str  # the item changed, replaced, added or removed
    value: str = ""  # the new mode, the replacing capability, or the added item's mode


@dataclass(frozen=True)
class PolicyApplication:
    solution: Solution
    changes: tuple[PolicyChange, ...]  # in the solution's order, additions last


def policy_changes(catalog: Catalog, solution: Solution) -> list[PolicyChange]:
    """What each item that does not meet the policy becomes: its first compliant mode, else
    a compliant provider of an interface it provides (unless an item or the scenario requires
    it by name). An item with neither stays, and the rules keep saying why."""
    policy, items = solution.policy, _first_items(solution)
    by_name = {r for i in items if i in catalog.capabilities for r in catalog.capabilities[i].requires}
    scenario = catalog.scenarios.get(solution.scenario or "")
    by_name.update(scenario.required if scenario else ())
    changes, taken = [], set(items)
    for ident, item in items.items():
        cap = catalog.capabilities.get(ident)
        if cap is None or compliant(catalog, cap, item.mode, policy):
            continue
        modes = compliant_modes(catalog, cap, policy)
        if modes:
            changes.append(PolicyChange("mode", ident, modes[0]))
        elif ident not in by_name:
            successor = _compliant_provider(catalog, cap, policy, taken - {ident})
            if successor is not None:
                changes.append(PolicyChange("replace", ident, successor))
                taken.add(successor)
    return changes


def _compliant_provider(catalog: Catalog, cap: Capability, policy: SolutionPolicy, present: set[str]) -> str | None:
    """For each interface `cap` provides, its default then the others in catalog order: the
    first absent one that conflicts with nothing present and has a compliant mode."""
    for interface in cap.provides:
        default = catalog.interfaces[interface].default if interface in catalog.interfaces else None
        providers = catalog.providers_of(interface)
        for other in ([default] if default in providers else []) + [p for p in providers if p != default]:
            clash = catalog.conflicts.get(other, frozenset()) & present
            if other not in present and not clash and compliant_modes(catalog, catalog.capabilities[other], policy):
                return other
    return None


def apply_policy(catalog: Catalog, solution: Solution) -> PolicyApplication:
    """The solution with `policy_changes` made and re-resolved, repeated for the items the
    changes pull in, and what that changes against `solution`."""
    current, replaced = solution, {}
    for _ in range(len(catalog.capabilities)):  # each round makes at least one item comply for good
        changes = policy_changes(catalog, current)
        if not changes:
            break
        new = {id(current.item(c.target)): c for c in changes}  # the first item of each capability
        items = []
        for item in current.items:
            change = new.get(id(item))
            if change is None:
                items.append(item)
            elif change.kind == "mode":
                items.append(replace(item, mode=change.value))
            else:
                successor = catalog.capabilities[change.value]
                items.append(_successor(item, change.value, compliant_modes(catalog, successor, current.policy)[0]))
                replaced[change.target] = change.value
        current = resolve(catalog, current.with_items(items)).solution
    return PolicyApplication(current, _differences(solution, current, replaced))


def _first_items(solution: Solution) -> dict[str, Item]:
    """The valid items, the first of each capability (a duplicate is SOL-DUP-005)."""
    items: dict[str, Item] = {}
    for item in solution.items:
        if item.valid:
            items.setdefault(item.capability, item)
    return items


def _differences(before: Solution, after: Solution, replaced: dict[str, str]) -> tuple[PolicyChange, ...]:
    """What `after` changes against `before`, given which items were `replaced` by which."""
    old, new = _first_items(before), _first_items(after)
    changes = []
    incoming = {replaced[i] for i in replaced if replaced[i] in new}  # a successor may be needed no more
    for ident, item in old.items():
        if replaced.get(ident) in incoming:
            changes.append(PolicyChange("replace", ident, replaced[ident]))
        elif ident not in new:
            changes.append(PolicyChange("remove", ident))
        elif new[ident].mode != item.mode:
            changes.append(PolicyChange("mode", ident, new[ident].mode))
    changes += [PolicyChange("add", i, item.mode) for i, item in new.items() if i not in old and i not in incoming]
    return tuple(changes)
