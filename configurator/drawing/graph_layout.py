"""Left-to-right layout by phase that keeps existing nodes where they are.

Each node owns a slot (column, row); its column is its phase − 1. A node keeps its slot
while its phase is unchanged, so adding or removing items never moves the others; new
nodes take the first free row of their column. `tidy` re-packs everything on request,
ordering each column by the mean row of the nodes it depends on (fewer crossings).
"""

from __future__ import annotations

from collections.abc import Iterable

from configurator.core.digraph import Digraph


class StableLayout:
    def __init__(self) -> None:
        self.slots: dict[str, tuple[int, int]] = {}

    def update(self, phases: dict[str, int], order: Iterable[str]) -> dict[str, tuple[int, int]]:
        self.slots = {node: slot for node, slot in self.slots.items() if node in phases and slot[0] == phases[node] - 1}
        taken = set(self.slots.values())
        free: dict[int, int] = {}  # per column, a row with every row above it taken
        for node in order:
            if node in self.slots or node not in phases:
                continue
            column = phases[node] - 1
            row = free.get(column, 0)
            while (column, row) in taken:
                row += 1
            self.slots[node] = (column, row)
            taken.add((column, row))
            free[column] = row + 1
        return self.slots

    def tidy(self, phases: dict[str, int], graph: Digraph[str], order: Iterable[str]) -> dict[str, tuple[int, int]]:
        rank = {node: index for index, node in enumerate(order)}
        columns: dict[int, list[str]] = {}
        for node in sorted(phases, key=lambda n: rank.get(n, 0)):
            columns.setdefault(phases[node] - 1, []).append(node)
        self.slots = {}
        for column in sorted(columns):

            def weight(node: str) -> float:
                rows = [self.slots[d][1] for d in graph.successors(node) if d in self.slots] if node in graph else []
                return sum(rows) / len(rows) if rows else rank.get(node, 0)

            for row, node in enumerate(sorted(columns[column], key=weight)):
                self.slots[node] = (column, row)
        return self.slots
