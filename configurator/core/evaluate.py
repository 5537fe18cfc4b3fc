"""One evaluation of a solution against a catalog: graph, why-chains, findings and BOM.

The CLI and the GUI both call `evaluate`; nothing here is cached between calls.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from configurator.core.bom import Bom, build_bom
from configurator.core.catalog import Catalog
from configurator.core.findings import Finding, sort_key
from configurator.core.resolve import dependency_graph, why_chains
from configurator.core.solution import Solution
from configurator.core.solution_rules import Context, check_solution


@dataclass(frozen=True)
class Evaluation:
    catalog: Catalog
    solution: Solution
    graph: nx.DiGraph
    why: dict[str, tuple[str, ...]]
    findings: tuple[Finding, ...]
    bom: Bom


def evaluate(catalog: Catalog, solution: Solution, file: str | None = None,
             extra_findings: list[Finding] | None = None) -> Evaluation:
    """`file` names the solution file for finding locations; `extra_findings` (e.g. from
    loading the file) are merged into the findings and the BOM."""
    graph = dependency_graph(catalog, solution)
    bom = build_bom(catalog, solution, graph)
    findings = list(extra_findings or [])
    findings.extend(check_solution(Context(catalog, solution, file, graph, bom)))
    findings.sort(key=sort_key)
    bom = Bom(bom.solution, bom.catalog, bom.lines, bom.totals, bom.critical_weeks,
              bom.critical_path, tuple(findings))
    return Evaluation(catalog, solution, graph, why_chains(catalog, solution, graph),
                      tuple(findings), bom)
