"""The bill of materials (DESIGN.md §6): priced lines, phases, critical path and totals."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from configurator.core.catalog import VENDOR, Catalog, Text
from configurator.core.findings import Finding
from configurator.core.policy import ZONE_OF_MODE, ZONES
from configurator.core.solution import Item, Solution

FORMAT = "bom/1"


@dataclass(frozen=True, slots=True)
class BomLine:
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "capability": self.capability,
            "name": self.name.to_dict(),
            "category": self.category,
            "mode": self.mode,
            "quantity": self.quantity,
            "unit": self.unit,
            "billing": self.billing,
            "list_price": self.list_price,
            "discount": self.discount,
            "one_time": self.one_time,
            "monthly": self.monthly,
            "yearly": self.yearly,
            "first_year": self.first_year,
            "delivered_by": self.delivered_by,
            "partner": self.partner,
            "origin": self.origin,
            "required_by": list(self.required_by),
            "lead_weeks": self.lead_weeks,
            "phase": self.phase,
        }


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
    solution: Solution
    catalog: Catalog
    lines: tuple[BomLine, ...]
    totals: Totals
    critical_weeks: float
    critical_path: tuple[str, ...]
    findings: tuple[Finding, ...] = field(default=())
    compliance: dict[str, Any] | None = None
    value: Any = None  # the ValueCase, when evaluated
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

    def to_dict(self) -> dict[str, Any]:
        s, policy = self.solution, self.solution.policy
        return {
            "format": FORMAT,
            "solution": {"name": s.name, "customer": s.customer.get("name", ""), "scenario": s.scenario},
            "catalog": {"id": self.catalog.id, "version": self.catalog.version},
            "currency": self.catalog.currency,
            "policy": _policy_data(policy),
            "lines": [line.to_dict() for line in self.lines],
            "totals": self.totals.to_dict(),
            "critical_path": {"weeks": self.critical_weeks, "capabilities": list(self.critical_path)},
            "findings": [f.to_dict() for f in self.findings],
            "zones": self.zones,
            "compliance": self.compliance,
            "value": self.value.to_dict() if self.value is not None else None,
        }


def _policy_data(policy) -> dict[str, Any]:
    data: dict[str, Any] = {
        "deployment": policy.deployment,
        "xinchuang": policy.xinchuang,
        "network": policy.network,
        "cii_operator": policy.cii_operator,
        "public_data_class": policy.public_data_class,
        "go_live": policy.go_live.isoformat() if policy.go_live else None,
    }
    if policy.partner_share is not None:
        data["partner_share"] = {"warn": policy.partner_share.warn, "error": policy.partner_share.error}
    return data


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


def build_bom(catalog: Catalog, solution: Solution, graph: nx.DiGraph, findings: tuple[Finding, ...] = ()) -> Bom:
    """Price every evaluable item; `graph` is the item dependency graph (item → requirement)."""
    items, seen = [], set()
    for item in solution.items:
        if priceable(catalog, item) and item.capability not in seen:
            seen.add(item.capability)
            items.append(item)
    levels, critical_weeks, critical_path, cyclic = _schedule(catalog, items, graph)
    order = {item.capability: index for index, item in enumerate(solution.items)}
    lines = tuple(_line(catalog, item, graph, levels, order) for item in items)
    return Bom(
        solution, catalog, lines, _totals(lines), critical_weeks, critical_path, findings, levels=levels, cyclic=cyclic
    )


def _line(catalog: Catalog, item: Item, graph: nx.DiGraph, phases: dict, order: dict) -> BomLine:
    cap = catalog.capabilities[item.capability]
    mode = cap.modes[item.mode]
    one_time, monthly, yearly = line_costs(mode.list_price, item.quantity, item.discount, mode.billing)
    delivered_by = item.delivered_by or cap.provider
    required_by = sorted(graph.predecessors(item.capability), key=lambda c: order.get(c, 0))
    return BomLine(
        capability=cap.id,
        name=cap.name,
        category=cap.category,
        mode=item.mode,
        quantity=item.quantity,
        unit=mode.unit,
        billing=mode.billing,
        list_price=mode.list_price,
        discount=item.discount,
        one_time=one_time,
        monthly=monthly,
        yearly=yearly,
        first_year=one_time + 12 * monthly + yearly,
        delivered_by=delivered_by,
        partner=delivered_by != VENDOR,
        origin=item.origin,
        required_by=tuple(required_by),
        lead_weeks=mode.lead_weeks,
        phase=phases[cap.id],
    )


def _longest(graph: nx.DiGraph, weight: dict[str, float]):
    """Phase (1 + the longest chain of requires below), lead-weighted longest chain below, and
    the next node on that chain, for each node; nodes of a cycle (only a broken catalog makes
    one) share a phase.

    A plain pass from the leaves up (Kahn's algorithm); only a graph with a cycle takes the
    slower way through networkx's condensation.
    """
    successors = {node: list(graph.successors(node)) for node in graph}
    waiting = {node: len(children) for node, children in successors.items()}
    ready = [node for node, count in waiting.items() if count == 0]
    level: dict[str, int] = {}
    total: dict[str, float] = {}
    following: dict[str, str | None] = {}
    while ready:
        node = ready.pop()
        children = successors[node]
        level[node] = 1 + max((level[c] for c in children), default=0)
        best = max(children, key=lambda c: (total[c], c), default=None)
        following[node] = best
        total[node] = weight.get(node, 0) + (total[best] if best is not None else 0)
        for parent in graph.predecessors(node):
            waiting[parent] -= 1
            if waiting[parent] == 0:
                ready.append(parent)
    if len(level) < len(successors):
        return (*_longest_with_cycles(graph, weight)[:3], True)
    return level, total, following, False


def _longest_with_cycles(graph: nx.DiGraph, weight: dict[str, float]):
    dag = nx.condensation(graph)
    members = {c: sorted(dag.nodes[c]["members"]) for c in dag}
    dag_weight = {c: max(weight.get(m, 0) for m in members[c]) for c in dag}
    level_c, total_c, following_c, _ = _longest(dag, dag_weight)
    mapping = dag.graph["mapping"]
    level = {node: level_c[mapping[node]] for node in graph}
    total = {node: total_c[mapping[node]] for node in graph}
    following = {
        node: (members[following_c[mapping[node]]][0] if following_c[mapping[node]] is not None else None)
        for node in graph
    }
    return level, total, following


def _schedule(catalog: Catalog, items: list[Item], graph: nx.DiGraph):
    """Phases of every item and the lead-time-weighted critical path (listed bottom-up)."""
    lead = {item.capability: catalog.capabilities[item.capability].modes[item.mode].lead_weeks for item in items}
    level, total, following, cyclic = _longest(graph, lead)
    if not lead:
        return level, 0, (), cyclic
    order = {item.capability: index for index, item in enumerate(items)}
    start = max(lead, key=lambda n: (total[n], -order[n]))
    chain, node, seen = [], start, set()
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
