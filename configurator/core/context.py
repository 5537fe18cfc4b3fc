"""What every rule sees: one evaluation's catalog, solution, graph, BOM and value case.

A rule is a function from a `Context` to findings; `evaluate` runs the rule lists of the
solution rules, the placement and Xinchuang rules, and the value rules in that order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from configurator.core.bom import Bom
from configurator.core.catalog import Capability, Catalog
from configurator.core.digraph import Digraph
from configurator.core.findings import Finding, Location
from configurator.core.solution import Item, Solution
from configurator.core.value import ValueCase


@dataclass
class Context:
    catalog: Catalog
    solution: Solution
    file: str | None  # the solution file, for finding locations
    graph: Digraph[str]
    bom: Bom
    value: ValueCase
    today: date  # the day the plan is measured from (go-live lead time)

    @cached_property
    def items(self) -> dict[str, Item]:
        """The evaluated items: valid, first of each capability."""
        items: dict[str, Item] = {}
        for item in self.solution.items:
            if item.valid:
                items.setdefault(item.capability, item)
        return items

    @cached_property
    def known(self) -> list[tuple[Item, Capability]]:
        return [
            (item, cap)
            for item in self.items.values()
            if (cap := self.catalog.capabilities.get(item.capability)) is not None
        ]

    @cached_property
    def roles(self) -> set[str]:
        """The roles of all the evaluated items."""
        return {role for _, cap in self.known for role in cap.roles}

    def at(self, item: Item) -> Location | None:
        if self.file is None or item.line is None:
            return None
        return Location(self.file, item.line, item.column)

    def top(self, key: str | None = None) -> Location | None:
        """The top-level `key` of the solution file (or its start)."""
        if self.file is None:
            return None
        line, column = self.solution.positions.get(key, (1, 1)) if key is not None else (1, 1)
        return Location(self.file, line, column)

    def met(self, requirement: str) -> bool:
        if requirement in self.catalog.interfaces:
            return any(p in self.items for p in self.catalog.providers_of(requirement))
        return requirement in self.items


Rule = Callable[[Context], Iterable[Finding]]
