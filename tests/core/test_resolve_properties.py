"""Dependency resolution (configurator.core.resolve), properties: random DAG catalogs and random
edit sequences generated with hypothesis, with the invariants checked after every edit (no
duplicate or orphaned items, only offered modes, every requirement met or reported, why-chains
shortest, resolving again changes nothing, the file round-trips).
"""

from __future__ import annotations

import os
import tempfile
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import networkx as nx
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from resolve_support import PARTNER_TYPES, build_catalog, cap, empty, iface
from tiny_catalog import TINY_META

from configurator.core.catalog import (
    MODE_ORDER,
    Capability,
    Catalog,
    Category,
    Interface,
    Mode,
    Origin,
    PartnerType,
    Text,
    Thresholds,
    Xinchuang,
)
from configurator.core.evaluate import evaluate
from configurator.core.resolve import add_item, prune, remove_item, resolve, set_mode, set_policy
from configurator.core.solution import DEPLOYMENTS, NETWORKS, XINCHUANG_LEVELS, Item, Solution, SolutionPolicy
from configurator.core.solution_file import parse_solution, to_text

# Catalogs are generated as catalog entries (the YAML data), then built into the model
# in memory: writing and loading YAML for every example would take most of the time budget.
# `test_generated_catalogs_build_like_the_loader` checks that the in-memory build equals
# what load_catalog makes of the same entries written as files.


@dataclass(frozen=True)
class CatalogSpec:
    caps: tuple[dict, ...]
    interfaces: tuple[dict, ...]

    def cap_ids(self) -> list[str]:
        return [c["id"] for c in self.caps]


@st.composite
def catalogs(draw, min_caps: int = 5, max_caps: int = 25, interfaces: tuple[int, int] = (0, 3)) -> CatalogSpec:
    """Random DAG catalogs (by default): 5–25 capabilities whose `requires` point only at earlier
    capabilities, or at interfaces all of whose providers are earlier (so there is no
    cycle, also not through an interface); 0–3 interfaces with 1–4 providers and an
    optional default; random mode subsets in random order; random conflicts, each declared
    on one side only (conflicts hold both ways)."""
    n = draw(st.integers(min_caps, max_caps), label="capabilities")
    names = [f"c{i:02d}" for i in range(n)]
    providers: list[list[int]] = []
    ifaces = []
    for k in range(draw(st.integers(*interfaces), label="interfaces")):
        chosen = draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=4, unique=True))
        providers.append(chosen)
        default = draw(st.none() | st.sampled_from(chosen))
        ifaces.append(iface(f"if{k}", names[default] if default is not None else None))
    caps = []
    for j, name in enumerate(names):
        order = draw(st.permutations(MODE_ORDER))
        modes = order[: draw(st.integers(1, 4))]
        requires = draw(st.lists(st.sampled_from(names[:j]), max_size=3, unique=True)) if j else []
        eligible = [f"if{k}" for k, prov in enumerate(providers) if max(prov) < j]
        if eligible:
            requires += draw(st.lists(st.sampled_from(eligible), max_size=2, unique=True))
            requires = list(draw(st.permutations(requires)))  # interfaces not always last
        provides = [f"if{k}" for k, prov in enumerate(providers) if j in prov]
        caps.append(
            cap(
                name,
                " ".join(modes),
                requires=requires,
                provides=provides,
                provider=draw(st.sampled_from(["vendor", "delivery"])),
            )
        )
    pairs = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] != p[1])
    for a, b in draw(st.lists(pairs, max_size=4, unique=True), label="conflicts"):
        if names[b] not in caps[a].setdefault("conflicts", []):
            caps[a]["conflicts"].append(names[b])
    return CatalogSpec(tuple(caps), tuple(ifaces))


def _text(value: dict) -> Text:
    return Text(en=value.get("en", ""), zh=value.get("zh", ""))


def catalog_from_spec(spec: CatalogSpec) -> Catalog:
    """The model of a generated catalog, built the way load_catalog builds it."""
    meta = yaml.safe_load(TINY_META)
    nowhere = Origin("content.yaml", None)
    capabilities = {
        e["id"]: Capability(
            id=e["id"],
            name=_text(e["name"]),
            description=Text(),
            category=e["category"],
            kind=e["kind"],
            provider=e["provider"],
            requires=tuple(e.get("requires", ())),
            recommends=(),
            conflicts=tuple(e.get("conflicts", ())),
            provides=tuple(e.get("provides", ())),
            modes=MappingProxyType({code: Mode(code, **m) for code, m in e["modes"].items()}),
            xinchuang=Xinchuang(),
            data_class=None,
            customizable=False,
            tags=(),
            origin=nowhere,
        )
        for e in spec.caps
    }
    interfaces = {
        e["id"]: Interface(e["id"], _text(e["name"]), Text(), e.get("default"), nowhere) for e in spec.interfaces
    }
    partner_types = {e["id"]: PartnerType(e["id"], _text(e["name"]), Text(), e["role"], nowhere) for e in PARTNER_TYPES}
    categories = {e["id"]: Category(e["id"], _text(e["name"]), nowhere) for e in meta["categories"]}
    share = meta["defaults"]["partner_share"]
    return Catalog(
        root=Path("generated"),
        id=meta["id"],
        version=meta["version"],
        name=_text(meta["name"]),
        description=Text(),
        currency=meta["currency"],
        vendor_name=_text(meta["vendor"]["name"]),
        partner_share=Thresholds(share["warn"], share["error"]),
        categories=MappingProxyType(categories),
        capabilities=MappingProxyType(capabilities),
        interfaces=MappingProxyType(interfaces),
        partner_types=MappingProxyType(partner_types),
        partners=MappingProxyType({}),
        scenarios=MappingProxyType({}),
    )


@settings(max_examples=10, deadline=None)
@given(spec=catalogs())
def test_generated_catalogs_build_like_the_loader(spec):
    built = catalog_from_spec(spec)
    with tempfile.TemporaryDirectory() as folder:
        loaded = build_catalog(Path(folder) / "cat", list(spec.caps), list(spec.interfaces))
    assert list(loaded.capabilities) == list(built.capabilities) == spec.cap_ids()
    assert dict(loaded.capabilities) == dict(built.capabilities)
    assert dict(loaded.interfaces) == dict(built.interfaces)
    assert dict(loaded.providers) == dict(built.providers)
    assert dict(loaded.partner_types) == dict(built.partner_types)
    assert (loaded.id, loaded.version, loaded.partner_share) == (built.id, built.version, built.partner_share)


def needed_items(catalog: Catalog, solution: Solution) -> set[str]:
    """Items an explicit item needs, transitively: an independent re-implementation (a
    capability requirement needs that item; an interface requirement needs every present
    provider of it, as in the BOM's required_by)."""
    present = {i.capability for i in solution.items if i.valid}
    queue = deque(i.capability for i in solution.items if i.valid and i.explicit)
    seen = set(queue)
    while queue:
        node = queue.popleft()
        capability = catalog.capabilities.get(node)
        for req in capability.requires if capability else ():
            targets = catalog.providers_of(req) if req in catalog.interfaces else (req,)
            for target in targets:
                if target in present and target not in seen:
                    seen.add(target)
                    queue.append(target)
    return seen


def is_met(catalog: Catalog, present: set[str], req: str) -> bool:
    if req in catalog.interfaces:
        return any(p in present for p in catalog.providers_of(req))
    return req in present


def check_invariants(catalog: Catalog, solution: Solution, explicit: set[str]) -> None:
    present = [i.capability for i in solution.items]
    assert len(present) == len(set(present)), f"duplicate items: {present}"
    # explicit items are exactly those the user added and has not removed since
    assert {i.capability for i in solution.items if i.explicit} == explicit
    # every mode is one the capability offers
    for item in solution.items:
        assert item.mode in catalog.capabilities[item.capability].modes, item
    # no auto item is left that no explicit item (transitively) needs
    autos = {i.capability for i in solution.items if not i.explicit}
    orphans = autos - needed_items(catalog, solution)
    assert not orphans, f"orphaned auto items: {sorted(orphans)}"
    # every requirement of every item is met, or reported by evaluate()
    evaluation = evaluate(catalog, solution)
    reported = {
        (f.subject, f.params.get("requirement"))
        for f in evaluation.findings
        if f.code in ("DEP-REQ-001", "DEP-NONE-003")
    }
    for item in solution.items:
        for req in catalog.capabilities[item.capability].requires:
            assert is_met(catalog, set(present), req) or (item.capability, req) in reported, (
                f"{item.capability} requires {req}: neither met nor reported"
            )
    # why-chains: every auto item is explained by a shortest chain from an explicit item
    graph = evaluation.graph.to_networkx()
    distance = nx.multi_source_dijkstra_path_length(graph, explicit) if explicit else {}
    for item in solution.items:
        if item.explicit:
            assert item.capability not in evaluation.why
            continue
        chain = evaluation.why[item.capability]
        assert chain[0] in explicit and chain[-1] == item.capability
        assert all(graph.has_edge(u, v) for u, v in zip(chain, chain[1:], strict=False))
        assert len(chain) - 1 == distance[item.capability]


def check_round_trip(solution: Solution) -> None:
    """Saving then parsing gives an equal solution (and the same text again)."""
    text = to_text(solution)
    parsed, findings = parse_solution(text, "solution.yaml")
    assert not findings, [f.message for f in findings]
    assert parsed == solution
    assert to_text(parsed) == text


def check_resolution(catalog: Catalog, resolution) -> None:
    """After an edit that resolves: every capability requirement of every item is present,
    every interface requirement met or listed as unresolved; resolving or pruning again
    changes nothing."""
    solution = resolution.solution
    present = {i.capability for i in solution.items}
    unresolved = {(u.capability, u.requirement) for u in resolution.unresolved}
    for ident in present:
        for req in catalog.capabilities[ident].requires:
            assert is_met(catalog, present, req) or (ident, req) in unresolved, (ident, req)
    again = resolve(catalog, solution)
    assert again.solution == solution, "resolving a resolved solution changed it"
    assert prune(catalog, solution) == solution


OPERATIONS = ("add", "add", "remove", "set_mode", "set_policy")

# Shrinking a failing edit sequence over a generated catalog makes slow progress (Hypothesis
# gives up after five minutes), so by default a failure is reported unshrunk, with its draws
# and seed, at once. Set CONFIGURATOR_SHRINK=1 to shrink when debugging one.
PHASES = tuple(phase for phase in Phase if phase is not Phase.shrink or os.environ.get("CONFIGURATOR_SHRINK") == "1")
if hasattr(Phase, "explain") and Phase.shrink not in PHASES:
    PHASES = tuple(phase for phase in PHASES if phase is not Phase.explain)


@settings(max_examples=60, deadline=None, phases=PHASES, suppress_health_check=[HealthCheck.too_slow])
@given(spec=catalogs(), data=st.data())
def test_random_edit_sequences_keep_the_invariants(spec, data):
    catalog = catalog_from_spec(spec)
    names = spec.cap_ids()
    solution = Solution(
        name="随机方案 random",
        catalog_id=catalog.id,
        catalog_version=catalog.version,
        policy=SolutionPolicy(data.draw(st.sampled_from(DEPLOYMENTS))),
    )
    explicit: set[str] = set()
    for _ in range(data.draw(st.integers(1, 10), label="steps")):
        op = data.draw(st.sampled_from(OPERATIONS), label="op")
        present = [i.capability for i in solution.items]
        before = {i.capability: i for i in solution.items}
        resolution = None
        if op == "add":
            ident = data.draw(st.sampled_from(names), label="add")
            mode = data.draw(st.none() | st.sampled_from(list(catalog.capabilities[ident].modes)), label="mode")
            resolution = add_item(catalog, solution, ident, mode)
            explicit.add(ident)
            if mode is not None:
                assert resolution.solution.item(ident).mode == mode
            elif ident in before:
                assert resolution.solution.item(ident).mode == before[ident].mode
        elif op == "remove":
            ident = data.draw(st.sampled_from(present or names), label="remove")
            solution = remove_item(catalog, solution, ident)
            explicit.discard(ident)
            assert ident not in {i.capability for i in solution.items}
        elif op == "set_mode":
            if not present:
                continue
            ident = data.draw(st.sampled_from(present), label="set_mode")
            mode = data.draw(st.sampled_from(list(catalog.capabilities[ident].modes)), label="to")
            resolution = set_mode(catalog, solution, ident, mode)
            if ident in explicit:
                assert resolution.solution.item(ident).mode == mode
        else:
            policy = SolutionPolicy(
                data.draw(st.sampled_from(DEPLOYMENTS), label="deployment"),
                data.draw(st.sampled_from(XINCHUANG_LEVELS)),
                data.draw(st.sampled_from(NETWORKS)),
            )
            resolution = set_policy(catalog, solution, policy)
            assert resolution.solution.policy == policy
            for ident in explicit:  # explicit modes are the user's: never changed by policy
                assert resolution.solution.item(ident).mode == before[ident].mode
        if resolution is not None:
            solution = resolution.solution
            check_resolution(catalog, resolution)
        check_invariants(catalog, solution, explicit)
    check_round_trip(solution)


@settings(max_examples=30, deadline=None, phases=PHASES)
@given(spec=catalogs(), data=st.data())
def test_resolving_only_the_explicit_items_keeps_the_invariants(spec, data):
    """A solution read from a file may hold only explicit items: resolving it in one go
    must give a solution with the same invariants as one built edit by edit."""
    catalog = catalog_from_spec(spec)
    chosen = data.draw(st.lists(st.sampled_from(spec.cap_ids()), min_size=1, max_size=5, unique=True))
    solution = empty(catalog, data.draw(st.sampled_from(DEPLOYMENTS)))
    solution = solution.with_items(
        [Item(ident, data.draw(st.sampled_from(list(catalog.capabilities[ident].modes)))) for ident in chosen]
    )
    resolution = resolve(catalog, solution)
    assert [i for i in resolution.solution.items if i.explicit] == list(solution.items)
    check_resolution(catalog, resolution)
    check_invariants(catalog, resolution.solution, set(chosen))
    check_round_trip(resolution.solution)


# The minimal case of a failure here is test_no_unresolved_record_for_a_requirement_met_later.
@settings(max_examples=100, deadline=None, phases=PHASES)
@given(spec=catalogs(min_caps=4, max_caps=10, interfaces=(1, 2)), data=st.data())
def test_unresolved_records_name_only_unmet_requirements(spec, data):
    """An Unresolved record says no provider could be added: the returned solution must
    then indeed lack every provider of that interface. Checked for every capability added
    alone under every policy, then for a random sequence of adds."""
    catalog = catalog_from_spec(spec)

    def check(resolution) -> None:
        present = {i.capability for i in resolution.solution.items}
        for u in resolution.unresolved:
            assert u.capability in present
            assert not is_met(catalog, present, u.requirement), (
                f"{u} reported, but {u.requirement} is met in the resolved solution"
            )

    for deployment in DEPLOYMENTS:
        for ident in spec.cap_ids():
            check(add_item(catalog, empty(catalog, deployment), ident))
    solution = empty(catalog, data.draw(st.sampled_from(DEPLOYMENTS)))
    for ident in data.draw(st.lists(st.sampled_from(spec.cap_ids()), min_size=1, max_size=4, unique=True)):
        resolution = add_item(catalog, solution, ident)
        check(resolution)
        solution = resolution.solution
