"""The hybrid-cloud placement and Xinchuang rules one by one (configurator.core.compliance_rules)
and their alternatives (configurator.core.alternatives, applied through configurator.core.fixes).

Semantics under test (domain brief §4, §5.3–§5.5, and the module docstrings):

- each rule (MODE-POLICY-011, MODE-AIRGAP-012, MODE-LINE-013, MODE-EDGE-014, DR-CLASS-030,
  DR-CORE-031, XC-VARIANT-020, XC-ARCH-021, XC-FOREIGN-023, XC-CRYPTO-024, XC-CII-025,
  PLAN-LEAD-060) has a failing and a passing fixture on a small hand-written catalog; the
  failing one is asserted by code, severity, subject, location and its alternatives by id;
- every alternative a finding lists, applied through `fixes_for(...)[i].apply`, removes
  that finding (and brings no new compliance problem for the item it touches).

The policy-test catalog is in compliance_support.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pytest
from compliance_support import (
    FILE,
    check,
    of_code,
    one,
    policy_catalog,  # noqa: F401 - the fixture `cat`
    solution_of,
    text,
)

from configurator.core.catalog import Catalog
from configurator.core.evaluate import Evaluation
from configurator.core.findings import Finding, Severity
from configurator.core.fixes import fixes_for
from configurator.core.solution import EXPLICIT, Solution

COMPLIANCE_CODES = {
    "MODE-POLICY-011",
    "MODE-AIRGAP-012",
    "MODE-LINE-013",
    "MODE-EDGE-014",
    "DR-CLASS-030",
    "DR-CORE-031",
    "XC-VARIANT-020",
    "XC-ARCH-021",
    "XC-FOREIGN-023",
    "XC-CRYPTO-024",
    "XC-CII-025",
    "PLAN-LEAD-060",
}


def alternatives(finding: Finding) -> list[tuple[str, str, str]]:
    return [(a["kind"], a["target"], a["value"]) for a in finding.params.get("alternatives", [])]


def where(solution: Solution, at: str) -> tuple[str, int, int]:
    """The location a finding about `at` (an item id, or 'policy') should carry."""
    if at == "policy":
        return (FILE, *solution.positions["policy"])
    item = solution.item(at)
    return FILE, item.line, item.column


def keys(evaluation: Evaluation) -> set[tuple[str, str | None]]:
    return {(f.code, f.subject) for f in evaluation.findings}


@dataclass
class Case:
    """A failing fixture (`items`, `policy`) and what its one finding must be; `passing` is
    the same solution changed so that the rule has nothing to say."""

    code: str
    items: list[tuple]
    policy: dict[str, Any]
    severity: Severity
    subject: str | None
    at: str  # item id or "policy"
    alternatives: list[tuple[str, str, str]]
    passing_items: list[tuple] | None = None
    passing_policy: dict[str, Any] | None = None
    params: dict[str, Any] = field(default_factory=dict)
    today: date | None = None


TODAY = date(2026, 3, 2)

CASES = {
    "MODE-POLICY-011": Case(
        "MODE-POLICY-011",
        [("portal", "PUB")],
        {"deployment": "private"},
        Severity.ERROR,
        "portal",
        "portal",
        [("mode", "portal", "PRV")],
        passing_items=[("portal", "PRV")],
        params={"mode": "PUB", "deployment": "private"},
    ),
    "MODE-POLICY-011/replace": Case(
        "MODE-POLICY-011",
        [("teller", "PRV"), ("ocr-cloud", "PUB", "auto")],
        {"deployment": "private"},
        Severity.ERROR,
        "ocr-cloud",
        "ocr-cloud",
        [("replace", "ocr-cloud", "ocr-local")],
        passing_items=[("teller", "PRV"), ("ocr-local", "PRV", "auto")],
    ),
    "MODE-AIRGAP-012": Case(
        "MODE-AIRGAP-012",
        [("cache", "HYB")],
        {"network": "air_gapped"},
        Severity.ERROR,
        "cache",
        "cache",
        [("mode", "cache", "PRV")],
        passing_items=[("cache", "PRV")],
        params={"mode": "HYB"},
    ),
    "MODE-AIRGAP-012/replace": Case(
        "MODE-AIRGAP-012",
        [("teller", "PRV"), ("ocr-cloud", "PUB", "auto")],
        {"network": "air_gapped"},
        Severity.ERROR,
        "ocr-cloud",
        "ocr-cloud",
        [("replace", "ocr-cloud", "ocr-local")],
        passing_items=[("teller", "PRV"), ("ocr-local", "PRV", "auto")],
    ),
    "MODE-LINE-013": Case(
        "MODE-LINE-013",
        [("teller", "PRV"), ("ocr-cloud", "PUB", "auto")],
        {"network": "dedicated_line_only"},
        Severity.WARNING,
        "teller",
        "teller",
        [("add", "line", "PUB")],
        passing_items=[("teller", "PRV"), ("ocr-cloud", "PUB", "auto"), ("line", "PUB")],
        params={"target": "ocr-cloud"},
    ),
    "MODE-EDGE-014": Case(
        "MODE-EDGE-014",
        [("campaign", "PUB"), ("cache", "PRV"), ("waf", "PRV")],
        {},
        Severity.INFO,
        "campaign",
        "campaign",
        [("add", "gw", "PUB")],
        passing_items=[("campaign", "PUB"), ("cache", "PRV"), ("waf", "PRV"), ("gw", "PRV")],
        params={"target": "cache"},
    ),
    "DR-CLASS-030": Case(
        "DR-CLASS-030",
        [("kyc", "PUB")],
        {},
        Severity.ERROR,
        "kyc",
        "kyc",
        [("mode", "kyc", "PRV")],
        passing_policy={"public_data_class": "C3"},
        params={"data_class": "C3", "allowed": "C1", "mode": "PUB"},
    ),
    "DR-CORE-031": Case(
        "DR-CORE-031",
        [("core-sys", "PUB")],
        {"public_data_class": "C3"},
        Severity.ERROR,
        "core-sys",
        "core-sys",
        [("mode", "core-sys", "PRV")],
        passing_items=[("core-sys", "PRV")],
    ),
    "XC-VARIANT-020": Case(
        "XC-VARIANT-020",
        [("db-adapted", "PRV")],
        {"deployment": "private", "xinchuang": "core"},
        Severity.ERROR,
        "db-adapted",
        "db-adapted",
        [("replace", "db-adapted", "db-cert")],
        passing_policy={"deployment": "private", "xinchuang": "general"},
        params={"found": "adapted", "required": "certified", "level": "core"},
    ),
    # the brief's example: a foreign x86 server (Xinchuang level none) in scope of `general`
    "XC-VARIANT-020/foreign-x86": Case(
        "XC-VARIANT-020",
        [("hw-x86", "PRV")],
        {"xinchuang": "general"},
        Severity.ERROR,
        "hw-x86",
        "hw-x86",
        [("replace", "hw-x86", "hw-arm")],
        passing_items=[("hw-arm", "PRV")],
        params={"found": "none"},
    ),
    "XC-ARCH-021": Case(
        "XC-ARCH-021",
        [("hw-arm", "PRV"), ("mw-x86", "PRV")],
        {"deployment": "private", "xinchuang": "core"},
        Severity.ERROR,
        "mw-x86",
        "mw-x86",
        [("replace", "mw-x86", "mw-arm")],
        passing_items=[("hw-arm", "PRV"), ("mw-arm", "PRV")],
        params={"architectures": "aarch64, x86_64"},
    ),
    "XC-FOREIGN-023/core": Case(
        "XC-FOREIGN-023",
        [("db-foreign", "PRV")],
        {"deployment": "private", "xinchuang": "core"},
        Severity.ERROR,
        "db-foreign",
        "db-foreign",
        [("replace", "db-foreign", "db-cert")],
        passing_policy={"deployment": "private", "xinchuang": "none"},
        params={"level": "core"},
    ),
    "XC-FOREIGN-023/general": Case(
        "XC-FOREIGN-023",
        [("db-foreign", "PRV")],
        {"xinchuang": "general"},
        Severity.WARNING,
        "db-foreign",
        "db-foreign",
        [("replace", "db-foreign", "db-adapted"), ("replace", "db-foreign", "db-cert")],
        passing_items=[("db-cert", "PRV")],
        params={"level": "general"},
    ),
    "XC-CRYPTO-024": Case(
        "XC-CRYPTO-024",
        [("db-cert", "PRV"), ("crypto-audit", "PRV")],
        {"deployment": "private", "xinchuang": "core"},
        Severity.WARNING,
        None,
        "policy",
        [("add", "hsm", "PRV")],
        passing_items=[("db-cert", "PRV"), ("crypto-audit", "PRV"), ("hsm", "PRV")],
        params={"missing": "an HSM with SM2/SM3/SM4 cryptography"},
    ),
    "XC-CII-025": Case(
        "XC-CII-025",
        [("portal", "PUB"), ("db-foreign", "PRV")],
        {"cii_operator": True},
        Severity.WARNING,
        None,
        "policy",
        [],
        passing_items=[("portal", "PRV"), ("db-cert", "PRV")],
        params={"items": "portal, db-foreign"},
    ),
    "PLAN-LEAD-060": Case(
        "PLAN-LEAD-060",
        [("teller", "PRV"), ("ocr-local", "PRV", "auto")],
        {"go_live": (TODAY + timedelta(weeks=4)).isoformat()},
        Severity.WARNING,
        None,
        "policy",
        [],
        passing_policy={"go_live": (TODAY + timedelta(weeks=30)).isoformat()},
        params={"weeks": "10", "left": "4", "chain": "ocr-local → teller"},
        today=TODAY,
    ),
}


def failing(catalog: Catalog, case: Case) -> Solution:
    return solution_of(catalog, case.items, **dict(case.policy))


def passing(catalog: Catalog, case: Case) -> Solution:
    items = case.passing_items if case.passing_items is not None else case.items
    policy = case.passing_policy if case.passing_policy is not None else case.policy
    return solution_of(catalog, items, **dict(policy))


def test_every_rule_has_a_case() -> None:
    assert {case.code for case in CASES.values()} == COMPLIANCE_CODES


@pytest.mark.parametrize("name", list(CASES))
def test_failing_fixture_gives_the_finding(cat, name):
    case = CASES[name]
    solution = failing(cat, case)
    evaluation = check(cat, solution, case.today)
    finding = one(evaluation, case.code)
    assert finding.severity is case.severity
    assert finding.subject == case.subject
    assert (finding.file, finding.line, finding.column) == where(solution, case.at)
    assert alternatives(finding) == case.alternatives
    for key, value in case.params.items():
        assert text(finding.params[key]) == value, key
    if case.alternatives:  # the contract form carries them too
        assert finding.to_dict()["alternatives"] == finding.params["alternatives"]
    else:
        assert "alternatives" not in finding.to_dict()


@pytest.mark.parametrize("name", list(CASES))
def test_passing_fixture_gives_no_finding(cat, name):
    case = CASES[name]
    evaluation = check(cat, passing(cat, case), case.today)
    assert of_code(evaluation, case.code) == []


def assert_each_alternative_removes(
    catalog: Catalog, solution: Solution, finding: Finding, today: date | None = None
) -> None:
    fixes = fixes_for(catalog, finding)
    assert [(f.kind, f.target, f.value) for f in fixes] == alternatives(finding)
    before = keys(check(catalog, solution, today))
    for fix in fixes:
        after = fix.apply(catalog, solution)
        evaluation = check(catalog, after, today)
        same = [
            f
            for f in of_code(evaluation, finding.code)
            if f.subject == finding.subject
            and text(f.params.get("role", f.params.get("missing")))
            == text(finding.params.get("role", finding.params.get("missing")))
        ]
        assert not same, fix.label
        # an alternative meets the whole policy: nothing new about the item it brings or changes
        touched = fix.value if fix.kind == "replace" else fix.target
        new = {k for k in keys(evaluation) - before if k[0] in COMPLIANCE_CODES and k[1] == touched}
        assert new == set(), fix.label


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if c.alternatives])
def test_each_alternative_applied_removes_the_finding(cat, name):
    case = CASES[name]
    solution = failing(cat, case)
    finding = one(check(cat, solution, case.today), case.code)
    assert_each_alternative_removes(cat, solution, finding, case.today)


def test_a_replace_alternative_keeps_the_item_explicit_with_its_quantity(cat):
    solution = failing(cat, CASES["XC-FOREIGN-023/core"])
    solution = solution.replace_item("db-foreign", quantity=3, notes="prod cluster")
    finding = one(check(cat, solution), "XC-FOREIGN-023")
    [fix] = fixes_for(cat, finding)
    after = fix.apply(cat, solution)
    assert after.item("db-foreign") is None
    new = after.item("db-cert")
    assert (new.origin, new.quantity, new.notes, new.mode) == (EXPLICIT, 3, "prod cluster", "PRV")


# Two roles missing at once: the finding lists one addition per role. Applying any one of
# the listed alternatives should remove the finding (module docstring: every alternative
# is a compliant fix on its own).


def test_edge_without_gateway_and_waf_gives_one_finding_per_missing_role(cat):
    solution = solution_of(cat, [("campaign", "PUB"), ("cache", "PRV")])
    found = of_code(check(cat, solution), "MODE-EDGE-014")
    assert [alternatives(f) for f in found] == [[("add", "gw", "PUB")], [("add", "waf", "PUB")]]
    for finding in found:
        assert_each_alternative_removes(cat, solution, finding)


def test_crypto_without_hsm_and_assessment_gives_one_finding_per_missing_role(cat):
    solution = solution_of(cat, [("db-cert", "PRV")], deployment="private", xinchuang="core")
    found = of_code(check(cat, solution), "XC-CRYPTO-024")
    assert [text(f.params["missing"]) for f in found] == [
        "an HSM with SM2/SM3/SM4 cryptography",
        "a commercial-cryptography assessment",
    ]
    assert [alternatives(f) for f in found] == [[("add", "hsm", "PRV")], [("add", "crypto-audit", "PRV")]]
    for finding in found:
        assert_each_alternative_removes(cat, solution, finding)
