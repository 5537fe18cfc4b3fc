"""One evaluation of a solution against a catalog: graph, why-chains, findings and BOM.

The CLI and the GUI both call `evaluate`; nothing here is cached between calls.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from configurator.core.bom import Bom, build_bom
from configurator.core.catalog import Catalog
from configurator.core.collector import collector_paused
from configurator.core.compliance import compliance_report
from configurator.core.digraph import Digraph
from configurator.core.findings import Finding, sort_key
from configurator.core.resolve import dependency_graph, why_chains
from configurator.core.solution import Solution
from configurator.core.solution_rules import Context, check_solution


@dataclass(frozen=True)
class Evaluation:
    catalog: Catalog
    solution: Solution
    graph: Digraph
    why: dict[str, tuple[str, ...]]
    findings: tuple[Finding, ...]
    bom: Bom


@collector_paused
def evaluate(
    catalog: Catalog,
    solution: Solution,
    file: str | None = None,
    extra_findings: list[Finding] | None = None,
    today: date | None = None,
) -> Evaluation:
    """`file` names the solution file for finding locations; `extra_findings` (e.g. from
    loading the file) are merged into the findings and the BOM; `today` dates the plan."""
    graph = dependency_graph(catalog, solution)
    bom = build_bom(catalog, solution, graph)
    context = Context(catalog, solution, file, graph, bom, today or date.today())
    findings = list(extra_findings or [])
    findings.extend(check_solution(context))
    findings.sort(key=sort_key)
    bom = replace(bom, findings=tuple(findings), compliance=compliance_report(context, findings), value=context.value)
    return Evaluation(catalog, solution, graph, why_chains(solution, graph), tuple(findings), bom)
