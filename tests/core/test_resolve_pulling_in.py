"""Dependency resolution (configurator.core.resolve), pulling in and explaining (DESIGN.md §3
and §5): adding an explicit item pulls in its transitive `requires` as `auto` items, and
`why_chains` gives the shortest chain of `requires` from an explicit item to each of them.

Small hand-written catalogs (resolve_support.py); items, origins and modes asserted by id.
"""

from __future__ import annotations

from resolve_support import (
    cap,
    catalog_factory,  # noqa: F401 - the fixture `catalog_of`
    empty,
    start,
    summary,
    tiny_catalog,  # noqa: F401 - the fixture `tiny`
)

from configurator.core.evaluate import evaluate
from configurator.core.resolve import add_item, dependency_graph, why_chains
from configurator.core.solution import AUTO, EXPLICIT

# --------------------------------------------------------------------------- pulling in


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


# --------------------------------------------------------------------------- why-chains


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
