"""A small directed graph of ids, with networkx brought in only to analyse cycles.

Every edit re-evaluates the whole solution, and building an `nx.DiGraph` for it cost more
than all the rules that read it; importing networkx also costs about a third of a second of
start-up. Catalogs and solutions almost never have cycles, so the plain pass here (Kahn's
algorithm) says whether there is one, and only then does `to_networkx` hand the graph to
networkx to find, name and condense the cycles.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    import networkx as nx

N = TypeVar("N", str, int)  # ids, or the numbers of condensed cycles


class Digraph(Generic[N]):
    """Nodes in the order first seen; each node's successors and predecessors in edge order.
    A repeated edge is kept once."""

    __slots__ = ("_pred", "_succ")
    _succ: dict[N, dict[N, None]]
    _pred: dict[N, dict[N, None]]

    def __init__(self, nodes: Iterable[N] = (), edges: Iterable[tuple[N, N]] = ()) -> None:
        succ: dict[N, dict[N, None]] = {node: {} for node in nodes}
        pred: dict[N, dict[N, None]] = {node: {} for node in succ}
        for source, target in edges:
            if source not in succ:
                succ[source], pred[source] = {}, {}
            if target not in succ:
                succ[target], pred[target] = {}, {}
            succ[source][target] = None
            pred[target][source] = None
        self._succ, self._pred = succ, pred

    def __iter__(self) -> Iterator[N]:
        return iter(self._succ)

    def __contains__(self, node: object) -> bool:
        return node in self._succ

    def successors(self, node: N) -> Iterable[N]:
        return self._succ[node].keys()

    def predecessors(self, node: N) -> Iterable[N]:
        return self._pred[node].keys()

    def has_edge(self, source: N, target: N) -> bool:
        return target in self._succ.get(source, ())

    @property
    def edges(self) -> list[tuple[N, N]]:
        return [(source, target) for source, targets in self._succ.items() for target in targets]

    def leaves_first(self) -> list[N] | None:
        """Every node after all its successors, or None when the graph has a cycle."""
        waiting = {node: len(targets) for node, targets in self._succ.items()}
        ready = [node for node, count in waiting.items() if count == 0]
        order: list[N] = []
        while ready:
            node = ready.pop()
            order.append(node)
            for parent in self._pred[node]:
                waiting[parent] -= 1
                if waiting[parent] == 0:
                    ready.append(parent)
        return order if len(order) == len(self._succ) else None

    def reachable(self, roots: Iterable[N]) -> dict[N, N | None]:
        """Each node reachable from `roots`, with its parent on a shortest path from the
        first root that reaches it (None for a root); breadth first, in edge order."""
        parents: dict[N, N | None] = {}
        for root in roots:
            parents.setdefault(root, None)
        queue = deque(parents)
        while queue:
            node = queue.popleft()
            for target in self._succ[node]:
                if target not in parents:
                    parents[target] = node
                    queue.append(target)
        return parents

    def cycles(self) -> list[list[tuple[N, N]]]:
        """One cycle in each strongly connected component that has one, as its edges,
        starting at the cycle's smallest node; [] at once for an acyclic graph."""
        if self.leaves_first() is not None:
            return []
        import networkx as nx

        graph = self.to_networkx()
        found = []
        for component in nx.strongly_connected_components(graph):
            start = min(component)
            if len(component) == 1 and not self.has_edge(start, start):
                continue
            edges = nx.find_cycle(graph.subgraph(component), source=start)
            first = min(range(len(edges)), key=lambda i: edges[i][0])
            found.append([(u, v) for u, v, *_ in edges[first:] + edges[:first]])
        return found

    def to_networkx(self) -> nx.DiGraph:
        import networkx as nx

        graph: nx.DiGraph[N] = nx.DiGraph()
        graph.add_nodes_from(self._succ)
        graph.add_edges_from(self.edges)
        return graph
