"""What the evaluation reports besides findings: bom.zones subtotals by mode that add up to the
totals, and the compliance report (configurator.core.compliance), which says n/a for
requirements that do not apply and computes the domestic ratio from certified first-year
value; `evaluate` merges extra findings and locates them in the file.

The policy-test catalog is in compliance_support.py.
"""

from __future__ import annotations

import math

import pytest
from compliance_support import (
    FILE,
    check,
    one,
    policy_catalog,  # noqa: F401 - the fixture `cat`
    solution_of,
    status,
)

from configurator.core.evaluate import evaluate
from configurator.core.findings import Finding, Severity
from configurator.core.placement import PUBLIC_MODES, ZONE_OF_MODE


def test_zones_split_lines_by_mode_and_add_up_to_the_totals(cat):
    items = [("portal", "SAAS"), ("campaign", "PUB"), ("cache", "HYB"), ("db-cert", "PRV"), ("hw-arm", "PRV")]
    evaluation = check(cat, solution_of(cat, items))
    bom = evaluation.bom
    zones = bom.zones
    assert list(zones) == ["public", "private", "hybrid"]
    assert zones["public"]["capabilities"] == ["portal", "campaign"]
    assert zones["private"]["capabilities"] == ["db-cert", "hw-arm"]
    assert zones["hybrid"]["capabilities"] == ["cache"]
    for key in ("one_time", "monthly", "yearly", "first_year"):
        assert math.isclose(sum(z[key] for z in zones.values()), getattr(bom.totals, key)), key
    assert zones["public"]["yearly"] == 1200 and zones["public"]["monthly"] == 100
    assert zones["private"]["one_time"] == 90000
    assert zones["hybrid"]["first_year"] == 12 * 700
    document = evaluation.to_dict()
    assert document["zones"] == zones
    assert document["compliance"] == evaluation.compliance.to_dict()


def test_empty_zones_are_listed_with_zero_subtotals(cat):
    zones = check(cat, solution_of(cat, [("portal", "PRV")])).bom.zones
    assert zones["public"] == {"capabilities": [], "one_time": 0, "monthly": 0, "yearly": 0, "first_year": 0}
    assert zones["hybrid"]["capabilities"] == []


def test_report_says_na_when_a_requirement_does_not_apply(cat):
    evaluation = check(cat, solution_of(cat, [("portal", "PUB"), ("db-foreign", "PRV")]))
    statuses = {r.id: r.status for r in evaluation.compliance.requirements}
    assert statuses == {
        "deployment": "pass",
        "network": "pass",
        "data-class": "pass",
        "core-banking-placement": "n/a",
        "xinchuang-variants": "n/a",
        "architecture": "n/a",
        "foreign-technology": "n/a",
        "cryptography": "n/a",
        "cybersecurity-review": "n/a",
        "go-live": "n/a",
    }
    assert evaluation.compliance.passed is True


def test_report_statuses_when_requirements_apply(cat):
    solution = solution_of(
        cat, [("core-sys", "PUB"), ("db-foreign", "PRV"), ("portal", "PUB")], xinchuang="general", cii_operator=True
    )
    report = check(cat, solution).compliance
    statuses = {r.id: r.status for r in report.requirements}
    assert statuses["core-banking-placement"] == "fail"
    assert statuses["foreign-technology"] == "warn"
    assert statuses["cybersecurity-review"] == "warn"
    assert statuses["cryptography"] == "n/a"  # only under core
    assert report.passed is False
    evidence = {e.capability: e for e in report.evidence}
    assert evidence["portal"].zone == "public" and evidence["portal"].in_scope is False
    assert evidence["db-foreign"].zone == "private"
    assert evidence["db-foreign"].in_scope is True
    items = {r.id: r.items for r in report.requirements}
    assert items["core-banking-placement"] == ("core-sys",)


def test_domestic_ratio_is_certified_first_year_over_total(cat):
    items = [("db-cert", "PRV"), ("hw-arm", "PRV"), ("portal", "PUB"), ("db-foreign", "PRV"), ("cache", "HYB")]
    evaluation = check(cat, solution_of(cat, items))
    bom = evaluation.bom
    certified = sum(
        line.first_year for line in bom.lines if cat.capabilities[line.capability].xinchuang.level == "certified"
    )
    assert certified == 50000 + 40000 + 12 * 700
    assert evaluation.compliance.domestic_ratio == pytest.approx(certified / bom.totals.first_year)
    assert 0 < evaluation.compliance.domestic_ratio < 1


def test_domestic_ratio_of_an_empty_solution_is_zero(cat):
    assert check(cat, solution_of(cat, [])).compliance.domestic_ratio == 0.0


def test_evaluate_merges_extra_findings_and_locates_in_the_file(cat):
    solution = solution_of(cat, [("portal", "PUB")], deployment="private")
    extra = Finding(Severity.WARNING, "SOL-CATALOG-006", "extra", FILE, 1, 1)
    evaluation = evaluate(cat, solution, FILE, [extra])
    assert extra in evaluation.findings
    assert extra in evaluation.findings
    finding = one(evaluation, "MODE-POLICY-011")
    assert finding.file == FILE
    unlocated = evaluate(cat, solution)
    finding = one(unlocated, "MODE-POLICY-011")
    assert (finding.file, finding.line) == (None, None)
    assert status(evaluation, "deployment") == "fail"


def test_item_modes_in_zone_map():
    assert {ZONE_OF_MODE[m] for m in PUBLIC_MODES} == {"public"}
    assert ZONE_OF_MODE["PRV"] == "private" and ZONE_OF_MODE["HYB"] == "hybrid"
