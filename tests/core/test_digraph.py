"""The plain directed graph: order, traversal, and cycles found through networkx."""

from __future__ import annotations

import networkx as nx
from hypothesis import given
from hypothesis import strategies as st

from configurator.core.digraph import Digraph

NODES = "abcdefgh"
edge_lists = st.lists(st.tuples(st.sampled_from(NODES), st.sampled_from(NODES)), max_size=20)


def test_nodes_keep_first_seen_order_and_edges_their_order():
    graph = Digraph(["c", "a"], [("a", "b"), ("c", "b"), ("a", "d"), ("a", "b")])
    assert list(graph) == ["c", "a", "b", "d"]
    assert graph.edges == [("c", "b"), ("a", "b"), ("a", "d")]  # the repeated edge once
    assert list(graph.successors("a")) == ["b", "d"]
    assert list(graph.predecessors("b")) == ["a", "c"]  # in edge order
    assert "d" in graph and "z" not in graph
    assert graph.has_edge("a", "d") and not graph.has_edge("d", "a") and not graph.has_edge("z", "a")


def test_leaves_first_puts_every_node_after_its_successors():
    graph = Digraph(edges=[("app", "db"), ("db", "net"), ("app", "net"), ("web", "app")])
    order = graph.leaves_first()
    assert sorted(order) == ["app", "db", "net", "web"]
    assert all(order.index(target) < order.index(source) for source, target in graph.edges)


def test_reachable_gives_shortest_path_parents_from_the_first_root():
    graph = Digraph(edges=[("a", "b"), ("b", "c"), ("a", "c"), ("x", "c"), ("x", "y")])
    assert graph.reachable(["a", "x"]) == {"a": None, "x": None, "b": "a", "c": "a", "y": "x"}
    assert graph.reachable([]) == {}


def test_an_acyclic_graph_has_no_cycles():
    assert Digraph(edges=[("a", "b"), ("b", "c")]).cycles() == []


def test_one_cycle_per_strongly_connected_component_from_its_smallest_node():
    graph = Digraph(edges=[("c", "a"), ("a", "b"), ("b", "c"), ("x", "y"), ("y", "x"), ("s", "s"), ("c", "z")])
    cycles = sorted(graph.cycles())
    assert cycles == [[("a", "b"), ("b", "c"), ("c", "a")], [("s", "s")], [("x", "y"), ("y", "x")]]


@given(edge_lists)
def test_matches_networkx(edges):
    graph = Digraph(edges=edges)
    reference = nx.DiGraph(edges)
    assert set(graph.edges) == set(reference.edges)
    assert (graph.leaves_first() is None) == (not nx.is_directed_acyclic_graph(reference))
    cyclic = [c for c in nx.strongly_connected_components(reference) if len(c) > 1 or reference.has_edge(*[*c] * 2)]
    cycles = graph.cycles()
    assert len(cycles) == len(cyclic)
    assert sorted(next(i for i, c in enumerate(cyclic) if cycle[0][0] in c) for cycle in cycles) == list(
        range(len(cyclic))
    )  # one in each component
    for cycle in cycles:  # each a closed walk along real edges, from its smallest node
        assert all(reference.has_edge(u, v) for u, v in cycle)
        assert [v for _, v in cycle] == [u for u, _ in cycle[1:]] + [cycle[0][0]]
        assert cycle[0][0] == min(u for u, _ in cycle)
    roots = [e[0] for e in edges[:2]]
    reached = graph.reachable(roots)
    expected = set(roots).union(*(nx.descendants(reference, r) for r in roots)) if roots else set()
    assert set(reached) == expected


def test_to_networkx_keeps_nodes_and_edges():
    graph = Digraph(["lonely"], [("a", "b")])
    converted = graph.to_networkx()
    assert list(converted.nodes) == ["lonely", "a", "b"] and list(converted.edges) == [("a", "b")]
