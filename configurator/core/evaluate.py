"""One evaluation of a solution against a catalog: graph, why-chains, BOM, findings,
compliance report and value case, and the BOM document (DESIGN.md §6) made from them.

The CLI and the GUI both call `evaluate`, and every writer takes its `Evaluation`; nothing
here is cached between calls.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from configurator.core import compliance_rules, solution_rules, value
from configurator.core.bom import Bom, build_bom
from configurator.core.catalog import Catalog
from configurator.core.codes import make, plain_number
from configurator.core.collector import collector_paused
from configurator.core.compliance import ComplianceReport, compliance_report
from configurator.core.context import Context, Rule
from configurator.core.digraph import Digraph
from configurator.core.findings import Finding, sort_key
from configurator.core.pricing import Pin, priced
from configurator.core.resolve import dependency_graph, why_chains
from configurator.core.solution import Solution, SolutionPolicy
from configurator.core.value import ValueCase, value_case
from configurator.core.years import Years, plan_years

FORMAT = "bom/1"
RULES: tuple[Rule, ...] = (*solution_rules.RULES, *compliance_rules.RULES, *value.RULES)


@dataclass(frozen=True)
class Evaluation:
    catalog: Catalog
    solution: Solution
    graph: Digraph[str]
    why: dict[str, tuple[str, ...]]
    bom: Bom
    findings: tuple[Finding, ...]  # the loading findings given, then the rules', sorted
    compliance: ComplianceReport
    value: ValueCase
    today: date  # the day the plan was measured from
    years: Years  # the cost over the deal's horizon

    def to_dict(self) -> dict[str, Any]:
        """The BOM document (DESIGN.md §6), as the YAML and JSON writers print it."""
        s, catalog, bom = self.solution, self.catalog, self.bom
        return {
            "format": FORMAT,
            "solution": {"name": s.name, "customer": s.customer.name, "scenario": s.scenario},
            "catalog": Pin.of(catalog).to_dict(),
            "currency": catalog.currency,
            "policy": _policy_data(s.policy),
            "lines": [line.to_dict() for line in bom.lines],
            "totals": bom.totals.to_dict(),
            "critical_path": {"weeks": bom.critical_weeks, "capabilities": list(bom.critical_path)},
            "findings": [f.to_dict() for f in self.findings],
            "zones": bom.zones,
            "compliance": self.compliance.to_dict(),
            "value": self.value.to_dict(),
            "years": self.years.to_dict(),
        }


def _policy_data(policy: SolutionPolicy) -> dict[str, Any]:
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


@collector_paused
def evaluate(
    catalog: Catalog,
    solution: Solution,
    file: str | None = None,
    extra_findings: list[Finding] | None = None,
    today: date | None = None,
) -> Evaluation:
    """`file` names the solution file for finding locations; `extra_findings` (e.g. from
    loading the file) are merged into the findings; `today` dates the plan. Prices the
    solution keeps from an earlier catalog take the place of the catalog's."""
    loaded, catalog = catalog, priced(catalog, solution.kept_prices)
    graph = dependency_graph(catalog, solution)
    bom = build_bom(catalog, solution, graph)
    years = plan_years(catalog, solution, bom)
    today = today or date.today()
    case = value_case(catalog, solution, bom, years)
    context = Context(catalog, solution, file, graph, bom, case, today)
    findings = list(extra_findings or [])
    for rule in RULES:
        findings.extend(rule(context))
    findings.extend(_kept_prices(bom, loaded, context))
    findings.sort(key=sort_key)
    return Evaluation(
        catalog,
        solution,
        graph,
        why_chains(solution, graph),
        bom,
        tuple(findings),
        compliance_report(context, findings),
        case,
        today,
        years,
    )


def _kept_prices(bom: Bom, loaded: Catalog, ctx: Context) -> Iterator[Finding]:
    """An info on each line priced by a kept price, beside what the loaded catalog asks."""
    for line in bom.lines:
        if line.priced_by:
            modes = loaded.capabilities[line.capability].modes
            current = modes[line.mode].list_price if line.mode in modes else None
            item = ctx.solution.item(line.capability)
            yield make(
                "SOL-DRIFT-029",
                ctx.at(item) if item is not None else None,
                subject=line.capability,
                mode=line.mode,
                old=plain_number(line.list_price),
                new=plain_number(current) if current is not None else "—",
                catalog=line.priced_by,
            )
