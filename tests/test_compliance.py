"""Hybrid-cloud placement and Xinchuang compliance (configurator.core.policy, .compliance,
.resolve, .fixes, .evaluate, bom.zones and `configurator check --fix`).

Semantics under test (domain brief §4, §5.3–§5.5, and the module docstrings):

- each rule (MODE-POLICY-011, MODE-AIRGAP-012, MODE-LINE-013, MODE-EDGE-014, DR-CLASS-030,
  DR-CORE-031, XC-VARIANT-020, XC-ARCH-021, XC-FOREIGN-023, XC-CRYPTO-024, XC-CII-025,
  PLAN-LEAD-060) has a failing and a passing fixture on a small hand-written catalog; the
  failing one is asserted by code, severity, subject, location and its alternatives by id;
- every alternative a finding lists, applied through `fixes_for(...)[i].apply`, removes
  that finding (and brings no new compliance problem for the item it touches);
- resolution is policy-aware: providers are rejected as foreign, too low a Xinchuang level,
  or offering no allowed mode, and a C3 capability goes private under a C1 hybrid policy;
- every sample scenario under its own suggested policy has no error finding; the core
  Xinchuang scenario is all-domestic on one CPU architecture;
- `check --fix` applies unambiguous fixes only, says when it removes an explicit item, saves
  a loadable file and is idempotent;
- bom.zones subtotals add up to the totals; the compliance report says n/a for requirements
  that do not apply and computes the domestic ratio from certified first-year value.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from cli_helpers import Run, cli

from configurator.core.catalog import Catalog
from configurator.core.catalog_load import load_catalog
from configurator.core.evaluate import Evaluation, evaluate
from configurator.core.findings import Finding, Severity
from configurator.core.fixes import fixes_for
from configurator.core.policy import LOCAL_MODES, PUBLIC_MODES, ZONE_OF_MODE, in_xinchuang_scope
from configurator.core.resolve import (
    Rejection,
    add_item,
    allowed_modes,
    choose_mode,
    from_scenario,
    pick_provider,
    set_policy,
)
from configurator.core.solution import EXPLICIT, Solution, SolutionPolicy
from configurator.core.solution_file import load_solution, parse_solution
from configurator.paths import catalog_dir

FILE = "policy-test.yaml"

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

# --------------------------------------------------------------------------- the catalog

META = """\
format: catalog/1
id: policy-test
version: "1.0"
name: {en: Policy test catalog, zh: 策略测试目录}
currency: CNY
vendor: {name: {en: Financial Cloud, zh: 金融云}}
categories:
  - {id: infra, name: {en: Infrastructure, zh: 基础设施}, xinchuang_scope: office}
  - {id: base, name: {en: Base software, zh: 基础软件}}
  - {id: app, name: {en: Applications, zh: 应用}}
  - {id: core, name: {en: Core systems, zh: 核心系统}, xinchuang_scope: core}
  - {id: service, name: {en: Services, zh: 服务}}
defaults:
  partner_share: {warn: 0.40, error: 0.60}
"""

# (price model, unit, billing, list price) per mode; lead weeks come from the capability
PRICES = {
    "PUB": ("IM", "instance", "monthly", 100),
    "SAAS": ("SUB", "seat", "yearly", 1200),
    "PRV": ("LIC", "licence", "once", 50000),
    "HYB": ("IM", "instance", "monthly", 700),
}
ARM_X86 = ("aarch64", "x86_64")


def cap(
    ident: str,
    modes: str,
    *,
    category: str = "base",
    kind: str = "atomic",
    level: str = "none",
    archs: tuple[str, ...] = (),
    roles: tuple[str, ...] = (),
    data_class: str | None = None,
    requires: tuple[str, ...] = (),
    provides: tuple[str, ...] = (),
    lead: float = 1,
    price: float | None = None,
) -> dict:
    entry: dict[str, Any] = {
        "id": ident,
        "name": {"en": ident, "zh": ident},
        "category": category,
        "kind": kind,
        "provider": "vendor",
    }
    if requires:
        entry["requires"] = list(requires)
    if provides:
        entry["provides"] = list(provides)
    entry["modes"] = {}
    for mode in modes.split():
        model, unit, billing, list_price = PRICES[mode]
        entry["modes"][mode] = {
            "price_model": model,
            "unit": unit,
            "billing": billing,
            "list_price": price if price is not None else list_price,
            "lead_weeks": lead if mode in LOCAL_MODES else 1,
        }
    entry["xinchuang"] = {"level": level, **({"architectures": list(archs)} if archs else {})}
    if data_class:
        entry["data_class"] = data_class
    if roles:
        entry["roles"] = list(roles)
    return entry


CAPABILITIES = [
    cap("net", "PUB PRV HYB", category="infra", level="certified", archs=("aarch64", "x86_64", "loongarch64")),
    # three providers of one database interface, the foreign one its default
    cap("db-foreign", "PRV", roles=("foreign",), provides=("rdb",), price=80000),
    cap("db-adapted", "PUB PRV", level="adapted", archs=ARM_X86, provides=("rdb",)),
    cap("db-cert", "PUB PRV HYB", level="certified", archs=ARM_X86, provides=("rdb",), lead=8),
    # server hardware: foreign x86 (the default) and domestic ARM
    cap("hw-x86", "PRV", category="infra", kind="third-party", roles=("foreign",), provides=("servers",), price=30000),
    cap(
        "hw-arm",
        "PRV",
        category="infra",
        kind="third-party",
        level="certified",
        archs=("aarch64",),
        provides=("servers",),
        price=40000,
    ),
    # middleware builds for one architecture each
    cap("mw-x86", "PRV", level="certified", archs=("x86_64",), provides=("appserver",)),
    cap("mw-arm", "PRV", level="certified", archs=("aarch64",), provides=("appserver",)),
    # OCR as a public-only service or a private install (the public one the default)
    cap("ocr-cloud", "PUB", category="app", data_class="C1", provides=("ocr",)),
    cap("ocr-local", "PRV", category="app", level="adapted", archs=ARM_X86, provides=("ocr",), lead=4),
    cap("kyc", "PUB PRV", category="app", level="adapted", archs=ARM_X86, data_class="C3"),
    cap("portal", "PUB SAAS PRV", category="app", level="adapted", archs=ARM_X86),
    cap("cache", "HYB PRV", level="certified", archs=ARM_X86),
    cap("campaign", "PUB PRV", category="app", level="adapted", archs=ARM_X86, requires=("cache",)),
    cap("teller", "PRV", category="app", level="adapted", archs=ARM_X86, requires=("ocr",), lead=6),
    cap("front", "PUB PRV", category="app", level="adapted", archs=ARM_X86, requires=("kyc",)),
    cap(
        "core-sys",
        "PUB PRV",
        category="core",
        level="certified",
        archs=ARM_X86,
        roles=("core-banking",),
        data_class="C3",
        lead=12,
    ),
    cap("legacy-core", "PRV", category="core"),
    cap("line", "PUB HYB", category="infra", roles=("dedicated-line",)),
    cap("gw", "PUB PRV HYB", level="certified", archs=ARM_X86, roles=("api-gateway",)),
    cap("waf", "PUB PRV HYB", level="certified", archs=ARM_X86, roles=("waf",)),
    cap("hsm", "PRV HYB PUB", level="certified", archs=ARM_X86, roles=("sm-crypto",)),
    cap("crypto-audit", "PRV PUB", category="service", kind="service", roles=("crypto-assessment",)),
    cap("app-stack", "PRV", category="app", level="certified", archs=ARM_X86, requires=("rdb", "servers")),
]

INTERFACES = [
    {"id": "rdb", "name": {"en": "Relational database", "zh": "关系数据库"}, "default": "db-foreign"},
    {"id": "servers", "name": {"en": "Servers", "zh": "服务器"}, "default": "hw-x86"},
    {"id": "appserver", "name": {"en": "Application server", "zh": "应用服务器"}, "default": "mw-arm"},
    {"id": "ocr", "name": {"en": "OCR", "zh": "文字识别"}, "default": "ocr-cloud"},
]


def catalog_files(capabilities: list[dict] = CAPABILITIES, interfaces: list[dict] = INTERFACES) -> dict[str, str]:
    content = yaml.safe_dump(
        {"capabilities": capabilities, "interfaces": interfaces}, sort_keys=False, allow_unicode=True
    )
    return {"catalog.yaml": META, "content.yaml": content}


def load_ok(root: Path) -> Catalog:
    result = load_catalog(root)
    assert result.catalog is not None
    assert [f for f in result.findings if f.severity is not Severity.INFO] == [], [f.message for f in result.findings]
    return result.catalog


@pytest.fixture
def catalog_root(make_catalog) -> Path:
    return make_catalog(catalog_files(), base=False)


@pytest.fixture
def cat(catalog_root) -> Catalog:
    return load_ok(catalog_root)


@pytest.fixture(scope="module")
def sample() -> Catalog:
    return load_ok(catalog_dir())


# --------------------------------------------------------------------------- solutions


def solution_text(catalog: Catalog, items: list[tuple], policy: dict[str, Any]) -> str:
    lines = ["format: solution/1", "name: 策略测试", f'catalog: {{id: {catalog.id}, version: "{catalog.version}"}}']
    if policy:
        values = ", ".join(f"{k}: {v!s}".replace("True", "true").replace("False", "false") for k, v in policy.items())
        lines.append(f"policy: {{{values}}}")
    lines.append("items:" if items else "items: []")
    for ident, mode, *origin in items:
        lines.append(
            f"  - {{capability: {ident}, mode: {mode}, quantity: 1, origin: {origin[0] if origin else 'explicit'}}}"
        )
    return "\n".join(lines) + "\n"


def solution_of(catalog: Catalog, items: list[tuple], **policy: Any) -> Solution:
    """A solution parsed from a written file, so items and the policy carry positions."""
    if "go_live" in policy:
        policy["go_live"] = f"'{policy['go_live']}'"
    solution, findings = parse_solution(solution_text(catalog, items, policy), FILE)
    assert findings == []
    return solution


def check(catalog: Catalog, solution: Solution, today: date | None = None) -> Evaluation:
    return evaluate(catalog, solution, FILE, today=today)


def of_code(evaluation: Evaluation, code: str) -> list[Finding]:
    return [f for f in evaluation.findings if f.code == code]


def text(value: Any) -> str:
    """A param as English text: lists joined with ", ", phrases and the rest by str()."""
    if isinstance(value, (list, tuple)):
        return ", ".join(text(v) for v in value)
    return str(value)


def one(evaluation: Evaluation, code: str) -> Finding:
    """The one finding of `code`; fails listing every finding when there is not exactly one."""
    found = of_code(evaluation, code)
    assert len(found) == 1, (code, [(f.code, f.subject) for f in evaluation.findings])
    return found[0]


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


# ---------------------------------------------------------------------- one fixture pair per rule


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


# --------------------------------------------------------------------------- rule details


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
    assert evaluation.bom.compliance["architecture"] is None


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


# -------------------------------------------------------------------------- policy-aware resolution


def test_core_policy_resolves_servers_to_domestic_and_database_to_certified(cat):
    policy = SolutionPolicy(deployment="private", xinchuang="core")
    conflicts = cat.conflicts
    provider, rejections = pick_provider(cat, "servers", [], policy, conflicts)
    assert provider == "hw-arm"
    assert rejections == (Rejection("hw-x86", "foreign", "core"),)
    provider, rejections = pick_provider(cat, "rdb", [], policy, conflicts)
    assert provider == "db-cert"
    assert rejections == (Rejection("db-foreign", "foreign", "core"), Rejection("db-adapted", "xinchuang", "adapted"))


def test_core_policy_resolution_of_a_solution(cat):
    policy = SolutionPolicy(deployment="private", xinchuang="core")
    start = Solution("s", cat.id, cat.version, policy=policy)
    result = add_item(cat, start, "app-stack")
    assert result.unresolved == []
    modes = {i.capability: (i.mode, i.origin) for i in result.solution.items}
    assert modes == {"app-stack": ("PRV", "explicit"), "db-cert": ("PRV", "auto"), "hw-arm": ("PRV", "auto")}
    evaluation = evaluate(cat, result.solution)
    assert not [f for f in evaluation.findings if f.code in ("XC-FOREIGN-023", "XC-VARIANT-020")]


def test_no_policy_level_takes_the_defaults(cat):
    result = add_item(cat, Solution("s", cat.id, cat.version), "app-stack")
    assert {i.capability for i in result.solution.items} == {"app-stack", "db-foreign", "hw-x86"}


def test_unresolved_requirement_names_why_each_candidate_was_rejected(make_catalog):
    caps = [c for c in CAPABILITIES if c["id"] not in ("db-cert", "hw-arm")]
    catalog = load_ok(make_catalog(catalog_files(caps), base=False))
    policy = SolutionPolicy(deployment="private", xinchuang="core")
    empty = Solution("s", catalog.id, catalog.version, policy=policy)
    result = add_item(catalog, empty, "app-stack")
    unresolved = {u.requirement: u.rejections for u in result.unresolved}
    assert unresolved == {
        "rdb": (Rejection("db-foreign", "foreign", "core"), Rejection("db-adapted", "xinchuang", "adapted")),
        "servers": (Rejection("hw-x86", "foreign", "core"),),
    }
    findings = of_code(evaluate(catalog, result.solution), "DEP-NONE-003")
    messages = {text(f.params["requirement"]): f.message for f in findings}
    assert "'hw-x86' is foreign technology" in messages["servers"]
    assert "'db-foreign' is foreign technology" in messages["rdb"]
    assert "'db-adapted' has Xinchuang level 'adapted'" in messages["rdb"]


def test_air_gapped_never_picks_a_public_only_provider(cat):
    policy = SolutionPolicy(network="air_gapped")
    provider, rejections = pick_provider(cat, "ocr", [], policy, cat.conflicts)
    assert provider == "ocr-local"
    assert rejections == (Rejection("ocr-cloud", "mode", "PUB"),)
    result = add_item(cat, Solution("s", cat.id, cat.version, policy=policy), "teller")
    assert {(i.capability, i.mode) for i in result.solution.items} == {("teller", "PRV"), ("ocr-local", "PRV")}


@pytest.mark.parametrize(("deployment", "provided"), [("public", 0), ("private", 8), ("hybrid", 8)])
def test_air_gapped_sample_providers_are_never_public_only(sample, deployment, provided):
    """An air-gapped public deployment leaves no provider at all (public modes need the
    internet, and the policy allows no private one); the others find private ones only."""
    policy = SolutionPolicy(deployment=deployment, network="air_gapped")
    conflicts = sample.conflicts
    providers = [pick_provider(sample, interface, [], policy, conflicts)[0] for interface in sample.interfaces]
    found = [provider for provider in providers if provider is not None]
    assert len(found) == provided
    for provider in found:
        assert "PRV" in sample.capabilities[provider].modes, provider
        assert allowed_modes(sample.capabilities[provider], policy) == ["PRV"]


def test_air_gapped_allowed_modes_are_private_only(cat):
    policy = SolutionPolicy(network="air_gapped")
    for capability in cat.capabilities.values():
        assert set(allowed_modes(capability, policy)) <= {"PRV"}


def test_c1_public_data_class_forces_private_for_c3_under_hybrid(cat):
    policy = SolutionPolicy(deployment="hybrid", public_data_class="C1")
    kyc = cat.capabilities["kyc"]
    assert allowed_modes(kyc, policy) == ["PRV"]
    assert choose_mode(kyc, policy) == "PRV"
    assert allowed_modes(kyc, replace(policy, public_data_class="C3")) == ["PUB", "PRV"]
    added = add_item(cat, Solution("s", cat.id, cat.version, policy=policy), "kyc").solution
    assert added.item("kyc").mode == "PRV"


def test_c3_dependency_of_a_public_item_goes_private_under_hybrid(cat):
    """A public front end requiring a C3 capability: the pulled-in C3 item must not inherit
    the public mode the C1 policy forbids for it."""
    policy = SolutionPolicy(deployment="hybrid", public_data_class="C1")
    result = add_item(cat, Solution("s", cat.id, cat.version, policy=policy), "front", "PUB")
    assert result.solution.item("front").mode == "PUB"
    assert result.solution.item("kyc").mode == "PRV"
    assert of_code(evaluate(cat, result.solution), "DR-CLASS-030") == []


# --------------------------------------------------------------------------- the sample scenarios


SCENARIOS = list(load_catalog(catalog_dir()).catalog.scenarios)
CORE = "scn-core-distributed-xinchuang"


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_sample_scenario_under_its_policy_has_no_errors(sample, scenario):
    result = from_scenario(sample, scenario, scenario)
    assert result.unresolved == []
    evaluation = evaluate(sample, result.solution)
    errors = [(f.code, f.subject, f.message) for f in evaluation.findings if f.severity is Severity.ERROR]
    assert errors == []
    assert evaluation.bom.compliance["passed"] is True


def test_core_xinchuang_scenario_is_all_domestic_on_one_architecture(sample):
    result = from_scenario(sample, CORE, "core")
    solution = result.solution
    assert (solution.policy.xinchuang, solution.policy.deployment) == ("core", "private")
    evaluation = evaluate(sample, solution)
    caps = [(item, sample.capabilities[item.capability]) for item in solution.items]
    assert [c.id for _, c in caps if "foreign" in c.roles] == []
    in_scope = [c for item, c in caps if in_xinchuang_scope(sample, c, item.mode, solution.policy)]
    assert in_scope  # the check is not vacuous
    assert {c.id for c in in_scope if c.xinchuang.level != "certified"} == set()
    server = next(c for _, c in caps if "server-hardware" in c.provides)
    assert server.id != "hw-x86-servers" and server.xinchuang.level == "certified"
    report = evaluation.bom.compliance
    assert report["architecture"] is not None
    assert all(
        report["architecture"] in c.xinchuang.architectures
        for item, c in caps
        if item.mode in LOCAL_MODES and c.xinchuang.architectures
    )
    assert report["passed"] is True
    assert {r["id"]: r["status"] for r in report["requirements"]}["foreign-technology"] == "pass"


def test_core_scenario_air_gapped_lists_exactly_the_items_that_must_change(sample):
    solution = from_scenario(sample, CORE, "core").solution
    solution = add_item(sample, solution, "dedicated-cluster-cdc").solution
    before = {i.capability for i in solution.items if i.mode != "PRV"}
    assert "dedicated-cluster-cdc" in before
    gapped = set_policy(sample, solution, replace(solution.policy, network="air_gapped")).solution
    must_change = {i.capability for i in gapped.items if i.mode != "PRV"}
    # what cannot run air-gapped is what had no PRV mode to move to
    assert (
        must_change
        == {i.capability for i in gapped.items if "PRV" not in sample.capabilities[i.capability].modes}
        == before
    )
    evaluation = evaluate(sample, gapped)
    assert {f.subject for f in of_code(evaluation, "MODE-AIRGAP-012")} == must_change


def test_air_gapped_flags_every_item_not_private_whatever_the_deployment(cat):
    """A public item on an air-gapped site cannot work either: the air-gap finding names it
    even when the deployment finding names it too."""
    solution = solution_of(
        cat, [("cache", "HYB"), ("portal", "PUB"), ("db-cert", "PRV")], deployment="private", network="air_gapped"
    )
    evaluation = check(cat, solution)
    assert {f.subject for f in of_code(evaluation, "MODE-POLICY-011")} == {"portal"}
    assert {f.subject for f in of_code(evaluation, "MODE-AIRGAP-012")} == {"cache", "portal"}


def test_an_auto_item_with_no_allowed_mode_keeps_its_own(sample):
    """(test_gui_app: "an item with no allowed mode keeps its own") dedicated-line offers PUB
    and HYB; air-gapped allows neither, so it stays HYB instead of moving to PUB, which the
    private deployment forbids as well."""
    solution = from_scenario(sample, CORE, "core").solution
    solution = add_item(sample, solution, "dedicated-cluster-cdc").solution
    assert solution.item("dedicated-line").mode == "HYB"
    assert not solution.item("dedicated-line").explicit
    gapped = set_policy(sample, solution, replace(solution.policy, network="air_gapped")).solution
    assert allowed_modes(sample.capabilities["dedicated-line"], gapped.policy) == []
    assert gapped.item("dedicated-line").mode == "HYB"


def test_air_gapped_moves_auto_items_to_private_and_keeps_explicit_modes(sample):
    solution = from_scenario(sample, "scn-virtual-branch", "vb").solution
    gapped = set_policy(sample, solution, replace(solution.policy, network="air_gapped")).solution
    for item in gapped.items:
        old = solution.item(item.capability)
        if item.explicit:
            assert item.mode == old.mode
        elif "PRV" in sample.capabilities[item.capability].modes:
            assert item.mode == "PRV", item.capability


# --------------------------------------------------------------------------- zones and the report


def status(evaluation: Evaluation, requirement: str) -> str:
    return {r["id"]: r["status"] for r in evaluation.bom.compliance["requirements"]}[requirement]


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
    document = bom.to_dict()
    assert document["zones"] == zones
    assert document["compliance"] == bom.compliance


def test_empty_zones_are_listed_with_zero_subtotals(cat):
    zones = check(cat, solution_of(cat, [("portal", "PRV")])).bom.zones
    assert zones["public"] == {"capabilities": [], "one_time": 0, "monthly": 0, "yearly": 0, "first_year": 0}
    assert zones["hybrid"]["capabilities"] == []


def test_report_says_na_when_a_requirement_does_not_apply(cat):
    evaluation = check(cat, solution_of(cat, [("portal", "PUB"), ("db-foreign", "PRV")]))
    statuses = {r["id"]: r["status"] for r in evaluation.bom.compliance["requirements"]}
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
    assert evaluation.bom.compliance["passed"] is True


def test_report_statuses_when_requirements_apply(cat):
    solution = solution_of(
        cat, [("core-sys", "PUB"), ("db-foreign", "PRV"), ("portal", "PUB")], xinchuang="general", cii_operator=True
    )
    report = check(cat, solution).bom.compliance
    statuses = {r["id"]: r["status"] for r in report["requirements"]}
    assert statuses["core-banking-placement"] == "fail"
    assert statuses["foreign-technology"] == "warn"
    assert statuses["cybersecurity-review"] == "warn"
    assert statuses["cryptography"] == "n/a"  # only under core
    assert report["passed"] is False
    evidence = {e["capability"]: e for e in report["evidence"]}
    assert evidence["portal"]["zone"] == "public" and evidence["portal"]["in_scope"] is False
    assert evidence["db-foreign"]["zone"] == "private"
    assert evidence["db-foreign"]["in_scope"] is True
    items = {r["id"]: r["items"] for r in report["requirements"]}
    assert items["core-banking-placement"] == ["core-sys"]


def test_domestic_ratio_is_certified_first_year_over_total(cat):
    items = [("db-cert", "PRV"), ("hw-arm", "PRV"), ("portal", "PUB"), ("db-foreign", "PRV"), ("cache", "HYB")]
    bom = check(cat, solution_of(cat, items)).bom
    certified = sum(
        line.first_year for line in bom.lines if cat.capabilities[line.capability].xinchuang.level == "certified"
    )
    assert certified == 50000 + 40000 + 12 * 700
    assert bom.compliance["domestic_ratio"] == pytest.approx(certified / bom.totals.first_year)
    assert 0 < bom.compliance["domestic_ratio"] < 1


def test_domestic_ratio_of_an_empty_solution_is_zero(cat):
    assert check(cat, solution_of(cat, [])).bom.compliance["domestic_ratio"] == 0.0


# --------------------------------------------------------------------------- check --fix


def write(tmp_path: Path, catalog: Catalog, items: list[tuple], **policy: Any) -> Path:
    path = tmp_path / "solution.yaml"
    path.write_text(solution_text(catalog, items, policy), encoding="utf-8")
    return path


def fix_lines(run: Run) -> list[str]:
    return [line for line in run.err.splitlines() if line.startswith("fixed ")]


def test_fix_replaces_an_explicit_item_and_says_so(cat, catalog_root, tmp_path):
    path = write(
        tmp_path,
        cat,
        [("db-foreign", "PRV"), ("hsm", "PRV"), ("crypto-audit", "PRV")],
        deployment="private",
        xinchuang="core",
    )
    run = cli("check", path, "--catalog", catalog_root, "--fix")
    assert "Traceback" not in run.err
    [line] = fix_lines(run)
    assert line.startswith("fixed XC-FOREIGN-023 db-foreign: ")
    assert "db-cert" in line and "removes explicit item db-foreign" in line
    assert "1 fix applied" in run.err
    solution, findings = load_solution(path)
    assert findings == []
    assert solution.item("db-foreign") is None
    assert solution.item("db-cert").origin == EXPLICIT
    assert run.code == 0


def test_no_explicit_item_disappears_without_a_fix_line_saying_so(cat, catalog_root, tmp_path):
    items = [
        ("db-foreign", "PRV"),
        ("hw-x86", "PRV"),
        ("portal", "PUB"),
        ("cache", "HYB"),
        ("hsm", "PRV"),
        ("crypto-audit", "PRV"),
    ]
    path = write(tmp_path, cat, items, deployment="private", xinchuang="core")
    explicit = {ident for ident, *_ in items}
    run = cli("check", path, "--catalog", catalog_root, "--fix")
    lines = fix_lines(run)
    assert lines
    solution, _ = load_solution(path)
    gone = {ident for ident in explicit if solution.item(ident) is None}
    for ident in gone:
        assert any(f"removes explicit item {ident}" in line or f"'{ident}'" in line for line in lines), (ident, lines)
    assert {"db-cert", "hw-arm"} <= {i.capability for i in solution.items if i.explicit}


def test_fix_is_idempotent_and_saves_a_loadable_file(cat, catalog_root, tmp_path):
    path = write(
        tmp_path,
        cat,
        [("core-sys", "PUB"), ("db-foreign", "PRV"), ("hsm", "PRV"), ("crypto-audit", "PRV")],
        deployment="private",
        xinchuang="core",
    )
    first = cli("check", path, "--catalog", catalog_root, "--fix")
    assert len(fix_lines(first)) == 2
    assert f"2 fixes applied; saved {path}" in first.err
    saved = path.read_bytes()
    solution, findings = load_solution(path)
    assert findings == []
    assert solution.item("core-sys").mode == "PRV"
    assert solution.item("db-cert").explicit and solution.item("db-foreign") is None
    second = cli("check", path, "--catalog", catalog_root, "--fix")
    assert fix_lines(second) == []
    assert "0 fixes applied" in second.err and "saved" not in second.err
    assert path.read_bytes() == saved
    assert second.code == first.code


def test_ambiguous_findings_are_left_alone(cat, catalog_root, tmp_path):
    path = write(tmp_path, cat, [("db-foreign", "PRV")], xinchuang="general")
    before = path.read_bytes()
    run = cli("check", path, "--catalog", catalog_root, "--fix", "--format", "json")
    assert fix_lines(run) == []
    assert "0 fixes applied" in run.err
    assert path.read_bytes() == before
    assert "XC-FOREIGN-023" in run.out


def test_fix_applies_one_at_a_time(cat, catalog_root, tmp_path):
    """Adding the dedicated line fixes MODE-LINE-013; the same run then has nothing left."""
    path = write(tmp_path, cat, [("teller", "PRV"), ("ocr-cloud", "PUB", "auto")], network="dedicated_line_only")
    run = cli("check", path, "--catalog", catalog_root, "--fix")
    [line] = fix_lines(run)
    assert line.startswith("fixed MODE-LINE-013 teller: ") and "'line'" in line
    assert "removes explicit item" not in line
    solution, _ = load_solution(path)
    assert solution.item("line").explicit and solution.item("line").mode == "PUB"
    again = cli("check", path, "--catalog", catalog_root, "--fix")
    assert "0 fixes applied" in again.err


# --------------------------------------------------------------------------- evaluate


def test_evaluate_merges_extra_findings_and_locates_in_the_file(cat):
    solution = solution_of(cat, [("portal", "PUB")], deployment="private")
    extra = Finding(Severity.WARNING, "SOL-CATALOG-006", "extra", FILE, 1, 1)
    evaluation = evaluate(cat, solution, FILE, [extra])
    assert extra in evaluation.findings
    assert extra in evaluation.bom.findings
    finding = one(evaluation, "MODE-POLICY-011")
    assert finding.file == FILE
    unlocated = evaluate(cat, solution)
    finding = one(unlocated, "MODE-POLICY-011")
    assert (finding.file, finding.line) == (None, None)
    assert status(evaluation, "deployment") == "fail"


def test_item_modes_in_zone_map():
    assert {ZONE_OF_MODE[m] for m in PUBLIC_MODES} == {"public"}
    assert ZONE_OF_MODE["PRV"] == "private" and ZONE_OF_MODE["HYB"] == "hybrid"
