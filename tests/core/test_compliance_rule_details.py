"""The compliance rules in detail (configurator.core.compliance_rules, configurator.core.placement):
the severity of foreign technology by Xinchuang level, which items a level puts in scope, the
rules that apply only under some policies, and PLAN-LEAD-060's lead time against the go-live
date.

The policy-test catalog is in compliance_support.py.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from compliance_support import (
    FILE,
    check,
    of_code,
    one,
    policy_catalog,  # noqa: F401 - the fixture `cat`
    solution_of,
    status,
    text,
)

from configurator.core.evaluate import evaluate
from configurator.core.findings import Severity
from configurator.core.placement import in_xinchuang_scope
from configurator.core.solution import SolutionPolicy


def test_foreign_severity_depends_on_the_level(cat):
    for level, severity in (("office", Severity.WARNING), ("general", Severity.WARNING), ("core", Severity.ERROR)):
        solution = solution_of(cat, [("db-foreign", "PRV")], deployment="private", xinchuang=level)
        finding = one(check(cat, solution), "XC-FOREIGN-023")
        assert finding.severity is severity, level


@pytest.mark.parametrize(
    ("items", "policy", "flagged"),
    [
        # core-category items are in scope only under `core`
        ([("legacy-core", "PRV")], {"xinchuang": "general"}, False),
        ([("legacy-core", "PRV")], {"deployment": "private", "xinchuang": "core"}, True),
        # an office-scope category is in scope from `office` up; a general-scope one is not
        ([("line", "HYB")], {"xinchuang": "office"}, True),
        ([("db-adapted", "PRV")], {"xinchuang": "office"}, False),
        ([("legacy-core", "PRV")], {"xinchuang": "office"}, False),
        # public deployments and services are never in scope
        ([("db-adapted", "PUB")], {"xinchuang": "core"}, False),
        ([("crypto-audit", "PRV")], {"deployment": "private", "xinchuang": "core"}, False),
        # adapted is enough under office and general, not under core
        ([("db-adapted", "PRV")], {"xinchuang": "general"}, False),
        ([("db-adapted", "PRV")], {"deployment": "private", "xinchuang": "core"}, True),
        # certified is always enough
        ([("db-cert", "HYB")], {"deployment": "private", "xinchuang": "core"}, False),
    ],
)
def test_xinchuang_variant_scope_by_category_and_level(cat, items, policy, flagged):
    solution = solution_of(cat, items, **policy)
    ident = items[0][0]
    subjects = {f.subject for f in of_code(check(cat, solution), "XC-VARIANT-020")}
    assert (ident in subjects) is flagged, subjects


def test_in_xinchuang_scope_follows_the_category(cat):
    core = SolutionPolicy(xinchuang="core")
    general = SolutionPolicy(xinchuang="general")
    office = SolutionPolicy(xinchuang="office")
    caps = cat.capabilities
    assert in_xinchuang_scope(cat, caps["legacy-core"], "PRV", core)
    assert not in_xinchuang_scope(cat, caps["legacy-core"], "PRV", general)
    assert in_xinchuang_scope(cat, caps["db-cert"], "HYB", general)
    assert not in_xinchuang_scope(cat, caps["db-cert"], "PRV", office)
    assert in_xinchuang_scope(cat, caps["hw-arm"], "PRV", office)
    assert not in_xinchuang_scope(cat, caps["db-cert"], "PUB", core)
    assert not in_xinchuang_scope(cat, caps["crypto-audit"], "PRV", core)
    assert not in_xinchuang_scope(cat, caps["hw-arm"], "PRV", SolutionPolicy())


def test_architecture_rule_is_off_without_xinchuang(cat):
    solution = solution_of(cat, [("hw-arm", "PRV"), ("mw-x86", "PRV")])
    evaluation = check(cat, solution)
    assert of_code(evaluation, "XC-ARCH-021") == []
    assert evaluation.compliance.architecture is None


def test_line_rule_needs_the_dedicated_line_policy(cat):
    items = [("teller", "PRV"), ("ocr-cloud", "PUB", "auto")]
    for network in ("internet_allowed", "dedicated_line_only"):
        evaluation = check(cat, solution_of(cat, items, network=network))
        assert bool(of_code(evaluation, "MODE-LINE-013")) is (network == "dedicated_line_only")


def test_cii_lists_foreign_and_public_items_only_for_operators(cat):
    items = [("portal", "PUB"), ("db-foreign", "PRV"), ("db-cert", "PRV")]
    assert of_code(check(cat, solution_of(cat, items)), "XC-CII-025") == []
    finding = one(check(cat, solution_of(cat, items, cii_operator=True)), "XC-CII-025")
    assert text(finding.params["items"]) == "portal, db-foreign"


# --------------------------------------------------------------------------- PLAN-LEAD-060


def test_plan_lead_time_against_go_live(cat):
    items = [("teller", "PRV"), ("ocr-local", "PRV", "auto")]
    solution = solution_of(cat, items, go_live="2026-04-01")
    evaluation = evaluate(cat, solution, FILE, today=date(2026, 3, 1))
    assert evaluation.bom.critical_weeks == 10
    finding = one(evaluation, "PLAN-LEAD-060")
    assert finding.severity is Severity.WARNING
    assert text(finding.params["go_live"]) == "2026-04-01"
    assert (text(finding.params["weeks"]), text(finding.params["left"])) == ("10", "4")
    assert "2026-04-01" in finding.message
    far = evaluate(cat, solution, FILE, today=date(2025, 1, 1))
    assert of_code(far, "PLAN-LEAD-060") == []


def test_plan_lead_time_boundary_and_past_go_live(cat):
    items = [("teller", "PRV"), ("ocr-local", "PRV", "auto")]
    go_live = date(2026, 6, 1)
    solution = solution_of(cat, items, go_live=go_live.isoformat())
    exactly = evaluate(cat, solution, today=go_live - timedelta(weeks=10))
    assert of_code(exactly, "PLAN-LEAD-060") == []
    one_day_short = evaluate(cat, solution, today=go_live - timedelta(weeks=10) + timedelta(days=1))
    assert len(of_code(one_day_short, "PLAN-LEAD-060")) == 1
    late = evaluate(cat, solution, today=go_live + timedelta(days=30))
    finding = one(late, "PLAN-LEAD-060")
    assert text(finding.params["left"]) == "0"


def test_no_go_live_no_plan_finding(cat):
    solution = solution_of(cat, [("teller", "PRV"), ("ocr-local", "PRV", "auto")])
    evaluation = evaluate(cat, solution, today=date(2099, 1, 1))
    assert of_code(evaluation, "PLAN-LEAD-060") == []
    assert status(evaluation, "go-live") == "n/a"
