"""The bill of materials (DESIGN.md §6): priced lines, phases, critical path and totals."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

from configurator.core.catalog import VENDOR, Capability, Catalog, Text
from configurator.core.digraph import Digraph, N
from configurator.core.placement import ZONE_OF_MODE, ZONES
from configurator.core.solution import Item, Solution


class BomLine(NamedTuple):
    """A priced line. A named tuple rather than a dataclass: every edit rebuilds every line,
    and a tuple is several times cheaper to create than a frozen dataclass."""

    capability: str
    name: Text
    category: str
    mode: str
    quantity: float
    unit: str
    billing: str
    list_price: float
    discount: float
    one_time: float
    monthly: float
    yearly: float
    first_year: float
    delivered_by: str
    partner: bool
    origin: str
    required_by: tuple[str, ...]
    lead_weeks: float
    phase: int
    priced_by: str = ""  # the earlier catalog whose price the solution keeps ("": the loaded one)

    def to_dict(self) -> dict[str, Any]:
        data = {**self._asdict(), "name": self.name.to_dict(), "required_by": list(self.required_by)}
        if not self.priced_by:
            del data["priced_by"]
        return data


@dataclass(frozen=True, slots=True)
class Totals:
    one_time: float = 0.0
    monthly: float = 0.0
    yearly: float = 0.0
    first_year: float = 0.0
    vendor_first_year: float = 0.0
    partner_first_year: float = 0.0
    partner_share: float = 0.0

    def to_dict(self) -> dict[str, float]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class Bom:
    """Priced lines, their totals and their schedule; the findings, compliance report and
    value case of the same evaluation are beside it in `Evaluation`."""

    lines: tuple[BomLine, ...]
    totals: Totals
    critical_weeks: float
    critical_path: tuple[str, ...]
    levels: dict[str, int] = field(default_factory=dict, repr=False)  # phase of every item
    cyclic: bool = False  # the items require each other in a cycle (only from a broken catalog)

    @property
    def zones(self) -> dict[str, dict[str, Any]]:
        """Lines and subtotals per zone: public cloud (PUB, SAAS), private (PRV), hybrid (HYB)."""
        zones = {}
        for zone in ZONES:
            lines = [line for line in self.lines if ZONE_OF_MODE.get(line.mode) == zone]
            zones[zone] = {
                "capabilities": [line.capability for line in lines],
                **{
                    key: math.fsum(getattr(line, key) for line in lines)
                    for key in ("one_time", "monthly", "yearly", "first_year")
                },
            }
        return zones

    @cached_property
    def schedule(self) -> dict[str, tuple[float, float]]:
        """(start, end) week of each line, each starting when everything it requires is done."""
        requires: dict[str, list[str]] = {line.capability: [] for line in self.lines}
        for line in self.lines:
            for parent in line.required_by:
                if parent in requires:
                    requires[parent].append(line.capability)
        times: dict[str, tuple[float, float]] = {}
        for line in sorted(self.lines, key=lambda item: item.phase):
            start = max((times[d][1] for d in requires[line.capability] if d in times), default=0.0)
            times[line.capability] = (start, start + line.lead_weeks)
        return times


def line_costs(list_price: float, quantity: float, discount: float, billing: str) -> tuple[float, float, float]:
    """(one_time, monthly, yearly) of a line; usage is an estimated monthly volume."""
    cost = list_price * quantity * (1 - discount)
    if billing == "once":
        return cost, 0.0, 0.0
    if billing == "yearly":
        return 0.0, 0.0, cost
    return 0.0, cost, 0.0  # monthly and usage


def priceable(catalog: Catalog, item: Item) -> bool:
    cap = catalog.capabilities.get(item.capability)
    return item.valid and cap is not None and item.mode in cap.modes


def build_bom(catalog: Catalog, solution: Solution, graph: Digraph[str]) -> Bom:
    """Price every evaluable item; `graph` is the item dependency graph (item → requirement),
    whose predecessors come in solution order."""
    items: list[Item] = []
    seen: set[str] = set()
    for item in solution.items:
        if priceable(catalog, item) and item.capability not in seen:
            seen.add(item.capability)
            items.append(item)
    levels, critical_weeks, critical_path, cyclic = _schedule(catalog, items, graph)
    lines = tuple(_line(catalog.capabilities[item.capability], item, graph, levels) for item in items)
    return Bom(lines, _totals(lines), critical_weeks, critical_path, levels=levels, cyclic=cyclic)


def _line(cap: Capability, item: Item, graph: Digraph[str], phases: dict[str, int]) -> BomLine:
    mode = cap.modes[item.mode]
    one_time, monthly, yearly = line_costs(mode.list_price, item.quantity, item.discount, mode.billing)
    delivered_by = item.delivered_by or cap.provider
    return BomLine(
        cap.id,
        cap.name,
        cap.category,
        item.mode,
        item.quantity,
        mode.unit,
        mode.billing,
        mode.list_price,
        item.discount,
        one_time,
        monthly,
        yearly,
        one_time + 12 * monthly + yearly,
        delivered_by,
        delivered_by != VENDOR,
        item.origin,
        tuple(graph.predecessors(item.capability)),
        mode.lead_weeks,
        phases[cap.id],
        mode.priced_by,
    )


def _longest(graph: Digraph[N], weight: dict[N, float]) -> tuple[dict[N, int], dict[N, float], dict[N, N | None], bool]:
    """Phase (1 + the longest chain of requires below), lead-weighted longest chain below, and
    the next node on that chain, for each node; nodes of a cycle (only a broken catalog makes
    one) share a phase. One pass from the leaves up; a cycle takes networkx's condensation."""
    order = graph.leaves_first()
    if order is None:
        return _longest_with_cycles(graph, weight)
    level: dict[N, int] = {}
    total: dict[N, float] = {}
    following: dict[N, N | None] = {}
    for node in order:
        depth = 0
        best: N | None = None
        best_key: tuple[float, N] | None = None
        for child in graph.successors(node):
            depth = max(depth, level[child])
            key = (total[child], child)
            if best_key is None or key > best_key:
                best, best_key = child, key
        level[node] = depth + 1
        following[node] = best
        total[node] = weight.get(node, 0) + (best_key[0] if best_key else 0)
    return level, total, following, False


def _longest_with_cycles(
    graph: Digraph[N], weight: dict[N, float]
) -> tuple[dict[N, int], dict[N, float], dict[N, N | None], bool]:
    import networkx as nx

    dag = nx.condensation(graph.to_networkx())
    members = {c: sorted(dag.nodes[c]["members"]) for c in dag}
    dag_weight = {c: max(weight.get(m, 0) for m in members[c]) for c in dag}
    level_c, total_c, following_c, _ = _longest(Digraph(dag.nodes, dag.edges), dag_weight)
    mapping = dag.graph["mapping"]
    level = {node: level_c[mapping[node]] for node in graph}
    total = {node: total_c[mapping[node]] for node in graph}
    following = {
        node: (members[after][0] if (after := following_c[mapping[node]]) is not None else None) for node in graph
    }
    return level, total, following, True


def _schedule(
    catalog: Catalog, items: list[Item], graph: Digraph[str]
) -> tuple[dict[str, int], float, tuple[str, ...], bool]:
    """Phases of every item and the lead-time-weighted critical path (listed bottom-up)."""
    lead = {item.capability: catalog.capabilities[item.capability].modes[item.mode].lead_weeks for item in items}
    level, total, following, cyclic = _longest(graph, lead)
    if not lead:
        return level, 0, (), cyclic
    order = {item.capability: index for index, item in enumerate(items)}
    start = max(lead, key=lambda n: (total[n], -order[n]))
    chain: list[str] = []
    node: str | None = start
    seen: set[str] = set()
    while node is not None and node not in seen:
        seen.add(node)
        chain.append(node)
        node = following[node]
    return level, total[start], tuple(reversed(chain)), cyclic


def _totals(lines: tuple[BomLine, ...]) -> Totals:
    def total(values) -> float:
        return math.fsum(values)

    first_year = total(line.first_year for line in lines)
    partner = total(line.first_year for line in lines if line.partner)
    return Totals(
        one_time=total(line.one_time for line in lines),
        monthly=total(line.monthly for line in lines),
        yearly=total(line.yearly for line in lines),
        first_year=first_year,
        vendor_first_year=total(line.first_year for line in lines if not line.partner),
        partner_first_year=partner,
        partner_share=partner / first_year if first_year else 0.0,
    )
