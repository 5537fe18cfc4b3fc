"""Dependency resolution: pull in what explicit items require, choose modes and providers.

Resolution always starts from the explicit items: whatever they transitively require is
added as `auto` items (an interface is met by any provider already present, else by the
interface's default or the first acceptable provider), and auto items nothing needs any
more are dropped. Explicit items, and items whose capability the catalog lacks, are never
removed. Auto items keep their mode while the policy allows it.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field, replace

import networkx as nx

from configurator.core.catalog import Capability, Catalog
from configurator.core.catalog_checks import conflict_map
from configurator.core.policy import DEPLOYMENT_MODES, foreign_barred, mode_allowed, xinchuang_ok
from configurator.core.solution import AUTO, EXPLICIT, Item, Solution, SolutionPolicy


def allowed_modes(cap: Capability, policy: SolutionPolicy) -> list[str]:
    """Modes of `cap` the policy allows (deployment, network, data class), preferred first:
    the deployment's order, or the capability's own order under hybrid."""
    preferred = DEPLOYMENT_MODES.get(policy.deployment) or list(cap.modes)
    return [mode for mode in preferred if mode in cap.modes and mode_allowed(cap, mode, policy)]


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


def requirement_targets(catalog: Catalog, cap: Capability, present: set[str] | dict) -> list[tuple[str, str]]:
    """(requirement, present item meeting it) pairs for a capability among present items."""
    pairs = []
    for req in cap.requires:
        if req in catalog.interfaces:
            pairs.extend((req, p) for p in catalog.providers_of(req) if p in present)
        elif req in present:
            pairs.append((req, req))
    return pairs


def dependency_graph(catalog: Catalog, solution: Solution) -> nx.DiGraph:
    """Item → item it requires (directly or through an interface it provides)."""
    graph = nx.DiGraph()
    present = dict.fromkeys(i.capability for i in solution.items if i.valid)
    graph.add_nodes_from(present)
    edges = []
    for ident in present:
        cap = catalog.capabilities.get(ident)
        if cap is not None:
            edges += [
                (ident, target, {"via": req})
                for req, target in requirement_targets(catalog, cap, present)
                if target != ident
            ]
    graph.add_edges_from(edges)
    return graph


def resolve(catalog: Catalog, solution: Solution) -> Resolution:
    policy = solution.policy
    conflicts = conflict_map(catalog)
    previous_auto = _Ordered({i.capability: i for i in solution.items if i.valid and not i.explicit})
    chosen: _Ordered = _Ordered()
    for item in solution.items:
        if item.valid and item.explicit:
            chosen.setdefault(item.capability, item)
    unresolved: list[Unresolved] = []
    queue = deque(chosen.values())
    while queue:
        item = queue.popleft()
        cap = catalog.capabilities.get(item.capability)
        if cap is None:
            continue
        for req in cap.requires:
            target = _target(catalog, req, chosen, previous_auto, conflicts, policy, item, unresolved)
            if target is None or target in chosen:
                continue
            new = _auto_item(catalog.capabilities[target], previous_auto.get(target), policy, item.mode)
            chosen[target] = new
            queue.append(new)
    # A requirement given up on may have been met later, by another item's direct requirement.
    unresolved = [u for u in unresolved if not any(p in chosen for p in catalog.providers_of(u.requirement))]
    return Resolution(_merge(solution, chosen, catalog), unresolved)


class _Ordered(dict):
    """A dict that also knows the position of each key (in insertion order)."""

    def __init__(self, items: dict | None = None) -> None:
        super().__init__()
        self.position: dict = {}
        for key, value in (items or {}).items():
            self[key] = value

    def __setitem__(self, key, value) -> None:
        self.position.setdefault(key, len(self.position))
        super().__setitem__(key, value)

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def index(self, key) -> int:
        return self.position[key]


def _target(catalog, req, chosen, previous_auto, conflicts, policy, item, unresolved) -> str | None:
    if req in catalog.capabilities:
        return req
    if req not in catalog.interfaces:
        return None  # an unknown id: a catalog finding already
    providers = catalog.providers_of(req)
    present = [p for p in providers if p in chosen]
    if present:  # the one added first, as the solution lists them
        return min(present, key=chosen.index) if len(present) > 1 else present[0]
    earlier = sorted((p for p in providers if p in previous_auto), key=previous_auto.index)
    for ident in earlier:  # the provider the solution already had, the first it lists
        if not conflicts.get(ident, frozenset()) & chosen.keys() and allowed_modes(catalog.capabilities[ident], policy):
            return ident
    candidate, rejections = pick_provider(catalog, req, chosen.keys(), policy, conflicts)
    if candidate is None:
        unresolved.append(Unresolved(item.capability, req, rejections))
    return candidate


def pick_provider(
    catalog: Catalog, interface: str, present, policy: SolutionPolicy, conflicts: dict[str, set[str]]
) -> tuple[str | None, tuple[Rejection, ...]]:
    """The interface's default provider, else the first in catalog order, that neither
    conflicts with a present item nor lacks a mode the policy allows."""
    providers = catalog.providers_of(interface)
    default = catalog.interfaces[interface].default
    ordered = ([default] if default in providers else []) + [p for p in providers if p != default]
    rejections = []
    for candidate in ordered:
        clash = sorted(conflicts.get(candidate, frozenset()).intersection(present))
        if clash:
            rejections.append(Rejection(candidate, "conflict", clash[0]))
            continue
        cap = catalog.capabilities[candidate]
        modes = allowed_modes(cap, policy)
        if not modes:
            rejections.append(Rejection(candidate, "mode", ", ".join(cap.modes)))
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
    allowed = allowed_modes(cap, policy)
    if previous.mode in allowed or not allowed:  # with nothing allowed, keep it (and let rules say so)
        return previous
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
    graph = dependency_graph(catalog, solution)
    roots = [i.capability for i in solution.items if i.valid and i.explicit]
    needed = set(roots)
    for root in roots:
        needed |= nx.descendants(graph, root)
    return solution.with_items(
        [
            i
            for i in solution.items
            if not i.valid or i.explicit or i.capability in needed or i.capability not in catalog.capabilities
        ]
    )


def why_chains(catalog: Catalog, solution: Solution, graph: nx.DiGraph) -> dict[str, tuple[str, ...]]:
    """For each auto item, the shortest chain of requires from an explicit item to it."""
    parents: dict[str, str | None] = {}
    queue = deque()
    for item in solution.items:
        if item.valid and item.explicit and item.capability not in parents:
            parents[item.capability] = None
            queue.append(item.capability)
    while queue:
        node = queue.popleft()
        for target in graph.successors(node):
            if target not in parents:
                parents[target] = node
                queue.append(target)
    chains = {}
    for item in solution.items:
        if item.valid and not item.explicit and item.capability in parents:
            chain, node = [], item.capability
            while node is not None:
                chain.append(node)
                node = parents[node]
            chains[item.capability] = tuple(reversed(chain))
    return chains


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
    by its preferred provider), its suggested policy, dependencies resolved."""
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
    conflicts = conflict_map(catalog)
    items: list[Item] = []
    for requirement in scenario.required:
        ident: str | None = requirement
        if requirement in catalog.interfaces:
            ident, _ = pick_provider(catalog, requirement, [i.capability for i in items], policy, conflicts)
        cap = catalog.capabilities.get(ident) if ident else None
        if cap is not None and all(i.capability != cap.id for i in items):
            items.append(Item(cap.id, choose_mode(cap, policy), origin=EXPLICIT))
    solution = Solution(
        name=name,
        catalog_id=catalog.id,
        catalog_version=catalog.version,
        scenario=scenario_id,
        policy=policy,
        items=tuple(items),
    )
    return resolve(catalog, solution)


def replace_item(catalog: Catalog, solution: Solution, old: str, new: str) -> Resolution:
    """Put `new` where `old` was (same origin, quantity and notes), in a mode the policy
    allows, and re-resolve: what only `old` needed goes, what `new` needs comes."""
    previous = solution.item(old)
    cap = catalog.capabilities[new]
    item = Item(
        new,
        choose_mode(cap, solution.policy, previous.mode),
        quantity=previous.quantity,
        origin=previous.origin,
        notes=previous.notes,
    )
    items = [item if i is previous else i for i in solution.items]
    return resolve(catalog, solution.with_items(items))
