"""Dependency resolution (configurator.core.resolve): examples and properties.

Semantics under test (DESIGN.md §3 and §5, and the resolution issue):

- adding an explicit item pulls in its transitive `requires` as `auto` items;
- an interface requirement is met by any provider already present, else the interface's
  `default`, else the first provider in catalog order, skipping providers that conflict with
  the solution or offer no mode the policy allows (public → PUB/SAAS; private → PRV then HYB;
  hybrid → any, in the capability's own order), else an `Unresolved` record explaining each
  rejected candidate;
- a new auto item's mode: under hybrid the requiring item's mode when the capability offers
  it, else the capability's first mode; otherwise the policy's preferred mode; never a mode
  the capability lacks;
- removing an item drops the auto items nothing needs any more, never an explicit item;
- changing a mode or the policy re-resolves;
- `why_chains` gives the shortest chain of `requires` from an explicit item.

The first part uses small hand-written catalogs and asserts items, origins and modes by id.
The second part generates random DAG catalogs and random edit sequences with hypothesis and
checks the invariants after every edit.
"""

from __future__ import annotations

import os
import tempfile
from collections import deque
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType

import networkx as nx
import pytest
import yaml
from conftest import TINY_META, write_tree
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

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
from configurator.core.catalog_load import load_catalog
from configurator.core.evaluate import evaluate
from configurator.core.resolve import (
    Rejection,
    Unresolved,
    add_item,
    allowed_modes,
    choose_mode,
    dependency_graph,
    from_scenario,
    prune,
    remove_item,
    resolve,
    set_mode,
    set_policy,
    why_chains,
)
from configurator.core.solution import (
    AUTO,
    DEPLOYMENTS,
    EXPLICIT,
    NETWORKS,
    XINCHUANG_LEVELS,
    Item,
    Solution,
    SolutionPolicy,
)
from configurator.core.solution_file import parse_solution, to_text

# --------------------------------------------------------------------------- helpers

_PRICE = {"price_model": "SUB", "unit": "instance", "billing": "monthly", "list_price": 100, "lead_weeks": 1}


def cap(
    ident: str,
    modes: str = "PUB PRV",
    *,
    requires=(),
    provides=(),
    conflicts=(),
    provider: str = "vendor",
    category: str = "base",
) -> dict:
    """A capability entry; `modes` lists its mode codes in catalog order."""
    entry = {
        "id": ident,
        "name": {"en": ident, "zh": ident},
        "category": category,
        "kind": "atomic",
        "provider": provider,
        "modes": {code: dict(_PRICE) for code in modes.split()},
    }
    for key, value in (("requires", requires), ("provides", provides), ("conflicts", conflicts)):
        if value:
            entry[key] = list(value)
    return entry


def iface(ident: str, default: str | None = None) -> dict:
    entry = {"id": ident, "name": {"en": ident, "zh": ident}}
    if default is not None:
        entry["default"] = default
    return entry


def _yaml(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


_PARTNER_TYPES = [{"id": "delivery", "name": {"en": "Delivery", "zh": "交付"}, "role": "delivery"}]


def build_catalog(
    root: Path,
    caps: list[dict],
    interfaces: list[dict] = (),
    *,
    files: dict[str, dict] | None = None,
    allow: tuple[str, ...] = (),
) -> Catalog:
    """Write and load a catalog: TINY_META plus `caps`/`interfaces` in content.yaml (and any
    further files, each a dict of sections). Fails on error findings other than `allow`."""
    tree = {
        "catalog.yaml": TINY_META,
        "content.yaml": _yaml({"capabilities": caps, "interfaces": list(interfaces), "partner_types": _PARTNER_TYPES}),
    }
    for name, sections in (files or {}).items():
        tree[name] = _yaml(sections)
    write_tree(root, tree)
    result = load_catalog(root)
    errors = [f for f in result.findings if f.severity.value == "error" and f.code not in allow]
    assert not errors, [f.message for f in errors]
    return result.catalog


@pytest.fixture
def catalog_of(tmp_path: Path):
    counter = iter(range(1000))

    def make(caps, interfaces=(), **kwargs) -> Catalog:
        return build_catalog(tmp_path / f"cat{next(counter)}", caps, interfaces, **kwargs)

    return make


@pytest.fixture
def tiny(make_catalog) -> Catalog:
    result = load_catalog(make_catalog())
    assert not result.findings
    return result.catalog


def empty(catalog: Catalog, deployment: str = "hybrid") -> Solution:
    return Solution(
        name="测试方案",
        catalog_id=catalog.id,
        catalog_version=catalog.version,
        policy=SolutionPolicy(deployment=deployment),
    )


def summary(solution: Solution) -> list[tuple[str, str, str]]:
    """(capability, origin, mode) of every item, in solution order."""
    return [(i.capability, i.origin, i.mode) for i in solution.items]


def ids(solution: Solution) -> set[str]:
    return {i.capability for i in solution.items}


def start(catalog: Catalog, *explicit: str, deployment: str = "hybrid") -> Solution:
    """A resolved solution with the given explicit items added in order."""
    solution = empty(catalog, deployment)
    for ident in explicit:
        solution = add_item(catalog, solution, ident).solution
    return solution


# --------------------------------------------------------------------------- examples: pulling in


def test_adding_an_item_pulls_in_transitive_requires_as_auto(tiny):
    resolution = add_item(tiny, empty(tiny), "app")
    assert summary(resolution.solution) == [
        ("app", EXPLICIT, "PRV"),
        ("db", AUTO, "PRV"),  # app requires rdb → its default db; inherits PRV under hybrid
        ("net", AUTO, "PRV"),  # db requires net; inherits db's PRV
    ]
    assert resolution.unresolved == []


def test_adding_a_leaf_adds_nothing_else(tiny):
    resolution = add_item(tiny, empty(tiny), "net")
    assert summary(resolution.solution) == [("net", EXPLICIT, "PUB")]  # first mode under hybrid


def test_add_with_a_mode_uses_that_mode(tiny):
    solution = add_item(tiny, empty(tiny), "db", mode="PUB").solution
    assert summary(solution) == [("db", EXPLICIT, "PUB"), ("net", AUTO, "PUB")]


def test_deep_chain_all_pulled_in(catalog_of):
    catalog = catalog_of([cap("a"), cap("b", requires=["a"]), cap("c", requires=["b"]), cap("d", requires=["c", "a"])])
    solution = start(catalog, "d")
    assert [(i.capability, i.origin) for i in solution.items] == [
        ("d", EXPLICIT),
        ("c", AUTO),
        ("a", AUTO),
        ("b", AUTO),
    ]


def test_dependency_graph_edges_via_interface(tiny):
    solution = start(tiny, "app")
    graph = dependency_graph(tiny, solution)
    assert set(graph.edges) == {("app", "db"), ("db", "net")}
    assert list(graph.predecessors("db")) == ["app"] and list(graph.successors("net")) == []


# --------------------------------------------------------------------------- examples: why-chains


def test_why_chain_is_the_chain_of_requires_from_the_explicit_item(tiny):
    solution = start(tiny, "app")
    chains = why_chains(solution, dependency_graph(tiny, solution))
    assert chains == {"db": ("app", "db"), "net": ("app", "db", "net")}
    assert evaluate(tiny, solution).why == chains


def test_why_chain_is_the_shortest_from_any_explicit_item(catalog_of):
    # x → y → z → w and v → w: w's shortest chain starts at v even though x comes first.
    catalog = catalog_of(
        [
            cap("w"),
            cap("z", requires=["w"]),
            cap("y", requires=["z"]),
            cap("x", requires=["y"]),
            cap("v", requires=["w"]),
        ]
    )
    solution = start(catalog, "x", "v")
    chains = evaluate(catalog, solution).why
    assert chains["w"] == ("v", "w")
    assert chains["z"] == ("x", "y", "z")
    assert chains["y"] == ("x", "y")
    assert set(chains) == {"w", "z", "y"}  # explicit items have no chain


def test_why_chain_tie_goes_to_the_earlier_explicit_item(catalog_of):
    catalog = catalog_of([cap("w"), cap("a", requires=["w"]), cap("b", requires=["w"])])
    assert evaluate(catalog, start(catalog, "b", "a")).why == {"w": ("b", "w")}
    assert evaluate(catalog, start(catalog, "a", "b")).why == {"w": ("a", "w")}


def test_why_chain_prefers_the_shorter_of_two_paths_from_one_root(catalog_of):
    # top → mid → leaf and top → leaf: leaf is explained directly.
    catalog = catalog_of([cap("leaf"), cap("mid", requires=["leaf"]), cap("top", requires=["mid", "leaf"])])
    solution = start(catalog, "top")
    assert evaluate(catalog, solution).why == {"mid": ("top", "mid"), "leaf": ("top", "leaf")}


# --------------------------------------------------------------------------- examples: interfaces


def _providers_catalog(catalog_of, default: str | None, **extra):
    caps = [
        cap("p-first", "PUB PRV", provides=["store"]),
        cap("p-second", "PUB PRV", provides=["store"]),
        cap("p-third", "PUB PRV", provides=["store"]),
        cap("user", "PUB PRV", requires=["store"]),
        *extra.pop("more", []),
    ]
    return catalog_of(caps, [iface("store", default)], **extra)


def test_interface_met_by_its_default_provider(catalog_of):
    catalog = _providers_catalog(catalog_of, default="p-second")
    solution = start(catalog, "user")
    assert summary(solution) == [("user", EXPLICIT, "PUB"), ("p-second", AUTO, "PUB")]


def test_interface_without_default_met_by_first_provider_in_catalog_order(catalog_of):
    catalog = _providers_catalog(catalog_of, default=None)
    assert ids(start(catalog, "user")) == {"user", "p-first"}


def test_catalog_order_is_file_order_not_alphabetical(catalog_of):
    # Files load sorted by path: a.yaml before content.yaml before z.yaml. "zz-early" is in
    # a.yaml, so it is the first provider although its id sorts last.
    catalog = catalog_of(
        [cap("user", requires=["store"]), cap("aa-late", provides=["store"])],
        [iface("store")],
        files={
            "a.yaml": {"capabilities": [cap("zz-early", provides=["store"])]},
            "z.yaml": {"capabilities": [cap("mm-last", provides=["store"])]},
        },
    )
    assert catalog.providers_of("store") == ("zz-early", "aa-late", "mm-last")
    assert ids(start(catalog, "user")) == {"user", "zz-early"}


def test_interface_met_by_a_present_provider_instead_of_the_default(catalog_of):
    catalog = _providers_catalog(catalog_of, default="p-second")
    solution = start(catalog, "p-third", "user")
    assert summary(solution) == [("p-third", EXPLICIT, "PUB"), ("user", EXPLICIT, "PUB")]
    # ... also when the provider is added after the requiring item is listed
    solution = resolve(catalog, replace(empty(catalog), items=(Item("user", "PUB"), Item("p-third", "PUB")))).solution
    assert ids(solution) == {"user", "p-third"}


def test_interface_met_by_a_present_auto_provider(catalog_of):
    # other requires p-third directly; user's store need is then met by that auto item.
    catalog = _providers_catalog(catalog_of, default="p-second", more=[cap("other", requires=["p-third"])])
    solution = start(catalog, "other", "user")
    assert summary(solution) == [("other", EXPLICIT, "PUB"), ("p-third", AUTO, "PUB"), ("user", EXPLICIT, "PUB")]


@pytest.mark.parametrize("declared_on", ["provider", "item"])
def test_conflicting_default_provider_is_skipped(catalog_of, declared_on):
    """A conflict holds both ways, whichever side declares it."""
    caps = [
        cap("p-first", provides=["store"]),
        cap("p-second", provides=["store"], conflicts=["blocker"] if declared_on == "provider" else ()),
        cap("user", requires=["store"]),
        cap("blocker", conflicts=["p-second"] if declared_on == "item" else ()),
    ]
    catalog = catalog_of(caps, [iface("store", "p-second")])
    resolution = add_item(catalog, start(catalog, "blocker"), "user")
    assert ids(resolution.solution) == {"blocker", "user", "p-first"}
    assert resolution.unresolved == []


def test_conflicting_first_provider_is_skipped_for_the_next(catalog_of):
    caps = [
        cap("p-first", provides=["store"], conflicts=["blocker"]),
        cap("p-second", provides=["store"]),
        cap("p-third", provides=["store"]),
        cap("user", requires=["store"]),
        cap("blocker"),
    ]
    catalog = catalog_of(caps, [iface("store")])
    solution = add_item(catalog, start(catalog, "blocker"), "user").solution
    assert ids(solution) == {"blocker", "user", "p-second"}


def test_provider_without_an_allowed_mode_is_skipped(catalog_of):
    # Under public, the default p-priv (PRV/HYB only) is skipped; the next provider offering
    # SAAS is taken, in its allowed mode.
    caps = [
        cap("p-priv", "PRV HYB", provides=["store"]),
        cap("p-saas", "PRV SAAS", provides=["store"]),
        cap("user", "PUB", requires=["store"]),
    ]
    catalog = catalog_of(caps, [iface("store", "p-priv")])
    resolution = add_item(catalog, empty(catalog, "public"), "user")
    assert summary(resolution.solution) == [("user", EXPLICIT, "PUB"), ("p-saas", AUTO, "SAAS")]
    # Under private the default fits.
    resolution = add_item(catalog, empty(catalog, "private"), "user")
    assert summary(resolution.solution) == [("user", EXPLICIT, "PUB"), ("p-priv", AUTO, "PRV")]


def test_unresolved_explains_every_rejected_candidate(catalog_of):
    caps = [
        cap("p-first", "PRV", provides=["store"]),
        cap("p-second", "PUB", provides=["store"], conflicts=["blocker"]),
        cap("p-third", "HYB", provides=["store"]),
        cap("user", "PUB", requires=["store"]),
        cap("blocker", "PUB"),
    ]
    catalog = catalog_of(caps, [iface("store", "p-second")])
    resolution = add_item(catalog, start(catalog, "blocker", deployment="public"), "user")
    assert ids(resolution.solution) == {"blocker", "user"}
    assert resolution.unresolved == [
        Unresolved(
            "user",
            "store",
            (
                Rejection("p-second", "conflict", "blocker"),  # the default is tried first
                Rejection("p-first", "mode", "PRV"),
                Rejection("p-third", "mode", "HYB"),
            ),
        )
    ]
    findings = evaluate(catalog, resolution.solution).findings
    none = [f for f in findings if f.code == "DEP-NONE-003"]
    assert [(f.subject, f.params["requirement"]) for f in none] == [("user", "store")]
    assert "blocker" in none[0].message and "p-first" in none[0].message


def test_unresolved_when_the_interface_has_no_provider(catalog_of):
    catalog = catalog_of([cap("user", requires=["store"])], [iface("store")], allow=("CAT-IFACE-010",))
    resolution = add_item(catalog, empty(catalog), "user")
    assert resolution.unresolved == [Unresolved("user", "store", ())]
    assert [f.code for f in evaluate(catalog, resolution.solution).findings if f.severity.value == "error"] == [
        "DEP-NONE-003"
    ]


@pytest.mark.parametrize("rejected_for", ["conflict", "mode"])
def test_no_unresolved_record_for_a_requirement_met_later(catalog_of, rejected_for):
    """top requires the interface store, then q; q requires store's only provider p
    directly. p is rejected for store (it conflicts with x, also required by top; or, under
    a public policy, it offers only PRV), but q's requirement adds p after all, so store is
    met. The resolution must not report store as unresolved ("no provider fits") when the
    solution it returns has a provider of it: `configurator new` would exit 1 for it."""
    if rejected_for == "conflict":
        caps = [
            cap("x"),
            cap("p", provides=["store"], conflicts=["x"]),
            cap("q", requires=["p"]),
            cap("top", requires=["x", "store", "q"]),
        ]
        deployment, expected = "hybrid", {"top", "x", "q", "p"}
    else:
        caps = [
            cap("p", "PRV", provides=["store"]),
            cap("q", "PUB", requires=["p"]),
            cap("top", "PUB", requires=["store", "q"]),
        ]
        deployment, expected = "public", {"top", "q", "p"}
    catalog = catalog_of(caps, [iface("store")])
    resolution = add_item(catalog, empty(catalog, deployment), "top")
    assert ids(resolution.solution) == expected
    findings = evaluate(catalog, resolution.solution).findings
    assert not any(f.code == "DEP-NONE-003" for f in findings)
    assert resolution.unresolved == []


def test_a_previous_auto_provider_is_kept_rather_than_swapped_for_the_default(catalog_of):
    """docs/solution.md §3 step 2: an edit does not swap a provider the user has seen."""
    caps = [
        cap("p-first", provides=["store"]),
        cap("p-default", provides=["store"]),
        cap("user", requires=["store"]),
        cap("blocker", conflicts=["p-default"]),
        cap("other"),
    ]
    catalog = catalog_of(caps, [iface("store", "p-default")])
    solution = add_item(catalog, start(catalog, "blocker"), "user").solution
    assert ids(solution) == {"blocker", "user", "p-first"}
    solution = remove_item(catalog, solution, "blocker")  # the default would fit again
    solution = add_item(catalog, solution, "other").solution
    assert summary(solution) == [("user", EXPLICIT, "PUB"), ("p-first", AUTO, "PUB"), ("other", EXPLICIT, "PUB")]


def test_adding_an_item_that_conflicts_with_an_auto_provider_swaps_the_provider(catalog_of):
    caps = [
        cap("p-default", provides=["store"]),
        cap("p-other", provides=["store"]),
        cap("user", requires=["store"]),
        cap("blocker", conflicts=["p-default"]),
    ]
    catalog = catalog_of(caps, [iface("store", "p-default")])
    solution = start(catalog, "user")
    assert ids(solution) == {"user", "p-default"}
    solution = add_item(catalog, solution, "blocker").solution
    assert summary(solution) == [("user", EXPLICIT, "PUB"), ("blocker", EXPLICIT, "PUB"), ("p-other", AUTO, "PUB")]


def test_capability_requirement_is_added_even_when_it_conflicts(catalog_of):
    """A direct capability requirement has no alternative: it is added and the conflict is
    reported, never silently dropped."""
    catalog = catalog_of([cap("dep", conflicts=["blocker"]), cap("user", requires=["dep"]), cap("blocker")])
    solution = add_item(catalog, start(catalog, "blocker"), "user").solution
    assert ids(solution) == {"blocker", "user", "dep"}
    assert "CON-EXCL-005" in {f.code for f in evaluate(catalog, solution).findings}


# --------------------------------------------------------------------------- examples: modes


@pytest.mark.parametrize(
    ("deployment", "modes", "expected"),
    [
        ("public", "PRV SAAS PUB", ["PUB", "SAAS"]),
        ("public", "HYB SAAS", ["SAAS"]),
        ("public", "PRV HYB", []),
        ("private", "HYB PUB PRV", ["PRV", "HYB"]),
        ("private", "HYB SAAS", ["HYB"]),
        ("private", "PUB SAAS", []),
        ("hybrid", "HYB PUB PRV", ["HYB", "PUB", "PRV"]),
        ("hybrid", "SAAS", ["SAAS"]),
    ],
)
def test_allowed_modes(catalog_of, deployment, modes, expected):
    catalog = catalog_of([cap("x", modes)])
    assert allowed_modes(catalog.capabilities["x"], SolutionPolicy(deployment)) == expected


@pytest.mark.parametrize(
    ("deployment", "modes", "parent", "expected"),
    [
        ("public", "PRV SAAS PUB", None, "PUB"),  # the policy's preferred mode
        ("public", "PRV SAAS", "PRV", "SAAS"),  # the parent's mode does not matter
        ("public", "PRV HYB", None, "PRV"),  # nothing allowed: the capability's first mode
        ("private", "PUB HYB PRV", "PUB", "PRV"),
        ("private", "PUB HYB", None, "HYB"),
        ("private", "SAAS PUB", None, "SAAS"),  # nothing allowed: first mode, never one it lacks
        ("hybrid", "PUB PRV HYB", "HYB", "HYB"),  # inherits the requiring item's mode
        ("hybrid", "PUB PRV", "HYB", "PUB"),  # not offered: the capability's first mode
        ("hybrid", "SAAS PRV", None, "SAAS"),
    ],
)
def test_choose_mode(catalog_of, deployment, modes, parent, expected):
    catalog = catalog_of([cap("x", modes)])
    assert choose_mode(catalog.capabilities["x"], SolutionPolicy(deployment), parent) == expected


def test_hybrid_auto_items_inherit_the_requiring_items_mode(catalog_of):
    catalog = catalog_of(
        [
            cap("base", "PUB PRV HYB"),
            cap("saas-only", "SAAS PUB"),
            cap("mid", "PUB HYB", requires=["base"]),
            cap("top", "PRV HYB", requires=["mid", "saas-only", "base"]),
        ]
    )
    solution = add_item(catalog, empty(catalog), "top", mode="HYB").solution
    assert summary(solution) == [
        ("top", EXPLICIT, "HYB"),
        ("mid", AUTO, "HYB"),  # offered: inherited
        ("saas-only", AUTO, "SAAS"),  # HYB not offered: its first mode
        ("base", AUTO, "HYB"),  # pulled in by top first (breadth first): HYB
    ]
    solution = add_item(catalog, empty(catalog), "top", mode="PRV").solution
    assert summary(solution) == [
        ("top", EXPLICIT, "PRV"),
        ("mid", AUTO, "PUB"),  # PRV not offered: first mode
        ("saas-only", AUTO, "SAAS"),
        ("base", AUTO, "PRV"),
    ]


def test_inheritance_follows_the_chain(catalog_of):
    catalog = catalog_of(
        [cap("c", "PUB PRV HYB"), cap("b", "PUB HYB", requires=["c"]), cap("a", "PRV HYB", requires=["b"])]
    )
    solution = add_item(catalog, empty(catalog), "a", mode="PRV").solution
    # b lacks PRV → PUB (its first); c inherits b's PUB, not a's PRV.
    assert summary(solution) == [("a", EXPLICIT, "PRV"), ("b", AUTO, "PUB"), ("c", AUTO, "PUB")]


@pytest.mark.parametrize(
    ("deployment", "expected"),
    [
        ("public", [("app", EXPLICIT, "PRV"), ("db", AUTO, "PUB"), ("net", AUTO, "PUB")]),
        ("private", [("app", EXPLICIT, "PRV"), ("db", AUTO, "PRV"), ("net", AUTO, "PRV")]),
    ],
)
def test_policy_preferred_modes_for_new_items(tiny, deployment, expected):
    # app offers only PRV: under public it keeps PRV (never a mode it lacks).
    assert summary(add_item(tiny, empty(tiny, deployment), "app").solution) == expected


def test_auto_item_modes_are_always_offered(catalog_of):
    catalog = catalog_of([cap("x", "HYB"), cap("y", "SAAS", requires=["x"])])
    for deployment in DEPLOYMENTS:
        solution = add_item(catalog, empty(catalog, deployment), "y").solution
        assert summary(solution) == [("y", EXPLICIT, "SAAS"), ("x", AUTO, "HYB")]


# --------------------------------------------------------------------------- examples: removing


def test_remove_drops_orphaned_autos_and_keeps_explicit_items(tiny):
    solution = start(tiny, "app", "net")
    assert summary(solution) == [("app", EXPLICIT, "PRV"), ("db", AUTO, "PRV"), ("net", EXPLICIT, "PRV")]
    after = remove_item(tiny, solution, "app")
    assert summary(after) == [("net", EXPLICIT, "PRV")]


def test_remove_keeps_autos_still_needed_by_another_explicit_item(catalog_of):
    catalog = catalog_of(
        [cap("shared"), cap("own"), cap("a", requires=["shared", "own"]), cap("b", requires=["shared"])]
    )
    solution = start(catalog, "a", "b")
    assert summary(remove_item(catalog, solution, "a")) == [("shared", AUTO, "PUB"), ("b", EXPLICIT, "PUB")]


def test_remove_keeps_an_explicit_item_nothing_needs(tiny):
    solution = start(tiny, "net", "app")  # net explicit, also required by db
    after = remove_item(tiny, solution, "app")
    assert summary(after) == [("net", EXPLICIT, "PUB")]


def test_remove_an_explicit_dependency_keeps_its_requirer_and_reports(tiny):
    solution = start(tiny, "db", "app")  # db explicit, and app's rdb provider
    after = remove_item(tiny, solution, "db")
    assert summary(after) == [("app", EXPLICIT, "PRV")]  # net was only needed through db
    codes = {(f.code, f.subject) for f in evaluate(tiny, after).findings}
    assert ("DEP-REQ-001", "app") in codes


@pytest.mark.parametrize("requires", [[], ["db"], ["rdb"]])
def test_an_absent_recommended_item_is_reported_until_added(catalog_of, requires):
    """Whether the item's own requires are met directly, through an interface or absent."""
    app = cap("app", requires=requires)
    app["recommends"] = ["audit"]
    catalog = catalog_of([cap("db", provides=["rdb"]), cap("audit"), app], [iface("rdb")])
    solution = start(catalog, "app")
    found = [(f.code, f.subject, f.severity.value) for f in evaluate(catalog, solution).findings]
    assert found == [("DEP-REC-002", "app", "info")]
    added = add_item(catalog, solution, "audit").solution
    assert evaluate(catalog, added).findings == ()


def test_remove_an_absent_item_changes_nothing(tiny):
    solution = start(tiny, "app")
    assert remove_item(tiny, solution, "impl") == solution


def test_removing_every_explicit_item_empties_the_solution(tiny):
    solution = start(tiny, "app", "impl")
    solution = remove_item(tiny, remove_item(tiny, solution, "app"), "impl")
    assert solution.items == ()


def test_prune_drops_only_unneeded_autos(tiny):
    solution = replace(
        empty(tiny),
        items=(Item("db", "PUB", origin=EXPLICIT), Item("net", "PUB", origin=AUTO), Item("impl", "PRV", origin=AUTO)),
    )
    assert ids(prune(tiny, solution)) == {"db", "net"}


# --------------------------------------------------------------------------- examples: add, edit


def test_adding_an_auto_item_makes_it_explicit(tiny):
    solution = start(tiny, "app")
    again = add_item(tiny, solution, "db").solution
    assert summary(again) == [("app", EXPLICIT, "PRV"), ("db", EXPLICIT, "PRV"), ("net", AUTO, "PRV")]
    # Now explicit, it survives removing the item that pulled it in.
    assert summary(remove_item(tiny, again, "app")) == [("db", EXPLICIT, "PRV"), ("net", AUTO, "PRV")]


def test_an_existing_auto_item_keeps_its_fields(tiny):
    solution = start(tiny, "app")
    solution = solution.replace_item("db", quantity=3, discount=0.25, notes="主库", delivered_by="delivery")
    again = add_item(tiny, solution, "impl").solution
    assert again.item("db") == solution.item("db")
    # when the policy rules its mode out, only the mode is chosen again
    public = set_policy(tiny, solution, SolutionPolicy("public")).solution
    assert public.item("db") == replace(solution.item("db"), mode="PUB")
    # made explicit, it keeps everything too
    explicit = add_item(tiny, solution, "db").solution
    assert explicit.item("db") == replace(solution.item("db"), origin=EXPLICIT)


def test_a_new_auto_item_has_quantity_1_no_discount_and_the_catalog_deliverer(tiny):
    item = start(tiny, "app").item("db")
    assert (item.quantity, item.discount, item.delivered_by, item.partner, item.customized, item.notes) == (
        1,
        0.0,
        None,
        None,
        False,
        "",
    )


def test_adding_an_auto_item_with_a_mode_sets_it(tiny):
    solution = add_item(tiny, start(tiny, "app"), "db", mode="PUB").solution
    assert ("db", EXPLICIT, "PUB") in summary(solution)
    assert len(solution.items) == 3


def test_set_mode_changes_the_item_and_keeps_auto_modes_under_hybrid(tiny):
    solution = start(tiny, "db")  # db PUB (first mode), net PUB
    changed = set_mode(tiny, solution, "db", "PRV").solution
    assert summary(changed) == [("db", EXPLICIT, "PRV"), ("net", AUTO, "PUB")]


def test_set_mode_re_resolves(tiny):
    solution = start(tiny, "app")
    broken = remove_item(tiny, solution, "db")  # app's rdb no longer met
    assert ids(broken) == {"app"}
    fixed = set_mode(tiny, broken, "app", "PRV").solution
    assert summary(fixed) == summary(solution)


def test_set_policy_re_resolves_auto_modes_and_keeps_explicit_ones(catalog_of):
    caps = [
        cap("p-priv", "PRV", provides=["store"]),
        cap("p-pub", "PUB", provides=["store"]),
        cap("base", "PRV PUB"),
        cap("user", "PRV PUB", requires=["store", "base"]),
    ]
    catalog = catalog_of(caps, [iface("store", "p-priv")])
    solution = add_item(catalog, empty(catalog, "private"), "user").solution
    assert summary(solution) == [("user", EXPLICIT, "PRV"), ("p-priv", AUTO, "PRV"), ("base", AUTO, "PRV")]
    public = set_policy(catalog, solution, SolutionPolicy("public")).solution
    assert public.policy.deployment == "public"
    # Explicit modes stay (the user changes them); auto modes move to allowed ones, and a
    # provider the new policy allows no mode of gives way to one it does.
    assert summary(public) == [("user", EXPLICIT, "PRV"), ("base", AUTO, "PUB"), ("p-pub", AUTO, "PUB")]
    back = set_policy(catalog, public, SolutionPolicy("private")).solution
    assert sorted(summary(back)) == sorted(summary(solution))


def test_set_policy_resolves_what_was_unresolved(catalog_of):
    caps = [cap("p-priv", "PRV", provides=["store"]), cap("user", "PUB PRV", requires=["store"])]
    catalog = catalog_of(caps, [iface("store")])
    resolution = add_item(catalog, empty(catalog, "public"), "user")
    assert [u.requirement for u in resolution.unresolved] == ["store"]
    hybrid = set_policy(catalog, resolution.solution, SolutionPolicy("hybrid"))
    assert hybrid.unresolved == []
    assert summary(hybrid.solution) == [("user", EXPLICIT, "PUB"), ("p-priv", AUTO, "PRV")]


def test_from_scenario(tiny):
    resolution = from_scenario(tiny, "scn-app", "方案")
    solution = resolution.solution
    assert solution.scenario == "scn-app"
    assert solution.policy.deployment == "private"
    assert summary(solution) == [("app", EXPLICIT, "PRV"), ("db", AUTO, "PRV"), ("net", AUTO, "PRV")]


def test_from_scenario_interface_requirement_becomes_its_default_provider(catalog_of):
    catalog = catalog_of(
        [cap("p-first", provides=["store"]), cap("p-default", provides=["store"], requires=["b"]), cap("b")],
        [iface("store", "p-default")],
        files={
            "scenarios.yaml": {
                "scenarios": [
                    {
                        "id": "scn",
                        "name": {"en": "S", "zh": "S"},
                        "required": ["store"],
                        "policy": {"deployment": "public"},
                    }
                ]
            }
        },
    )
    solution = from_scenario(catalog, "scn", "x").solution
    assert summary(solution) == [("p-default", EXPLICIT, "PUB"), ("b", AUTO, "PUB")]


# --------------------------------------------------------------------------- examples: idempotence


def test_resolving_twice_changes_nothing(tiny):
    once = resolve(tiny, replace(empty(tiny), items=(Item("app", "PRV"), Item("impl", "PRV"))))
    twice = resolve(tiny, once.solution)
    assert twice.solution == once.solution
    assert twice.unresolved == once.unresolved


def test_adding_twice_changes_nothing(tiny):
    once = add_item(tiny, empty(tiny), "app").solution
    assert add_item(tiny, once, "app").solution == once


def test_resolve_drops_stale_autos(tiny):
    stale = replace(empty(tiny), items=(Item("net", "PUB", origin=AUTO), Item("impl", "PRV", origin=AUTO)))
    assert resolve(tiny, stale).solution.items == ()


def test_resolve_keeps_unknown_and_invalid_items(tiny):
    unknown = Item("gone-from-catalog", "PUB", origin=AUTO)
    raw = Item("", "", raw={"capability": 3}, origin=AUTO)
    solution = replace(empty(tiny), items=(unknown, raw, Item("db", "PUB")))
    resolved = resolve(tiny, solution).solution
    assert resolved.items[:2] == (unknown, raw)
    assert resolved.items[1].raw == {"capability": 3}
    assert ids(resolved) == {"gone-from-catalog", "", "db", "net"}
    assert remove_item(tiny, resolved, "db").items[:2] == (unknown, raw)


# =========================================================================== properties


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
    partner_types = {
        e["id"]: PartnerType(e["id"], _text(e["name"]), Text(), e["role"], nowhere) for e in _PARTNER_TYPES
    }
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
