"""The bill of materials (configurator.core.bom, DESIGN.md §6): numbers computed by hand.

The main catalog below is built so that every number has one obvious hand computation:

    app (PRV, once 300000, 10 wk) ── requires ──> rdb (interface, default db), store, msg
    db (PUB, monthly 1000, 4 wk)  ── requires ──> base-net
    store (PUB, yearly 1200, 5 wk, provider isv) ── requires ──> base-net
    base-net (PUB, monthly 100, 2 wk)
    msg (SAAS, usage 0.5 per message, 1 wk)
    impl (PRV, once 150000, 6 wk, provider delivery, a service)

Every discount is a binary fraction (0.25, 0.125, 0.5), so every line value is exact.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import MappingProxyType

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from tiny_catalog import TINY_META, write_tree

from configurator.core.bom import build_bom, line_costs
from configurator.core.catalog import Catalog
from configurator.core.catalog_load import load_catalog
from configurator.core.evaluate import evaluate
from configurator.core.resolve import dependency_graph, from_scenario
from configurator.core.solution import Item, Solution, SolutionPolicy
from configurator.core.solution_file import parse_solution
from configurator.export import json_bom, yaml_bom

PARTNER_TYPES = """\
partner_types:
  - {id: delivery, name: {en: Delivery partner, zh: 交付合作伙伴}, role: delivery}
  - {id: isv, name: {en: Solution partner, zh: 解决方案伙伴}, role: solution}
partners:
  - {id: sample-delivery, name: {en: Sample Delivery Co., zh: 示例交付公司}, types: [delivery]}
"""

BOM_CAPABILITIES = """\
capabilities:
  - id: base-net
    name: {en: Network, zh: 网络}
    category: base
    kind: atomic
    provider: vendor
    modes:
      PUB: {price_model: IM, unit: instance, billing: monthly, list_price: 100, lead_weeks: 2}
  - id: db
    name: {en: Database, zh: 数据库}
    category: base
    kind: atomic
    provider: vendor
    requires: [base-net]
    provides: [rdb]
    modes:
      PUB: {price_model: IM, unit: instance, billing: monthly, list_price: 1000, lead_weeks: 4}
  - id: store
    name: {en: Archive store, zh: 归档存储}
    category: base
    kind: third-party
    provider: isv
    requires: [base-net]
    modes:
      PUB: {price_model: SUB, unit: TB, billing: yearly, list_price: 1200, lead_weeks: 5}
  - id: msg
    name: {en: Messaging, zh: 消息}
    category: base
    kind: atomic
    provider: vendor
    modes:
      SAAS: {price_model: CALL, unit: message, billing: usage, list_price: 0.5, lead_weeks: 1}
  - id: app
    name: {en: Application, zh: 应用}
    category: app
    kind: solution-module
    provider: vendor
    requires: [rdb, store, msg]
    customizable: true
    modes:
      PRV: {price_model: LIC, unit: licence, billing: once, list_price: 300000, lead_weeks: 10}
  - id: impl
    name: {en: Implementation, zh: 实施}
    category: app
    kind: service
    provider: delivery
    customizable: true
    modes:
      PRV: {price_model: PROJ, unit: project, billing: once, list_price: 150000, lead_weeks: 6}
interfaces:
  - id: rdb
    name: {en: Relational database, zh: 关系数据库}
    default: db
"""

SOLUTION = """\
format: solution/1
name: 账单测试方案
customer: {name: 示例城市商业银行, institution_type: city_commercial}
catalog: {id: tiny, version: "1.0"}
scenario: scn-bom
policy: {deployment: hybrid, xinchuang: none, network: internet_allowed}
items:
  - {capability: app, mode: PRV, quantity: 1, origin: explicit, discount: 0.25}
  - {capability: db, mode: PUB, quantity: 2, origin: auto, discount: 0.125}
  - {capability: base-net, mode: PUB, quantity: 3, origin: auto}
  - {capability: store, mode: PUB, quantity: 10, origin: auto, discount: 0.5}
  - {capability: msg, mode: SAAS, quantity: 4000, origin: auto, delivered_by: isv}
  - {capability: impl, mode: PRV, quantity: 1, origin: explicit}
"""

SCENARIO = """\
scenarios:
  - {id: scn-bom, name: {en: BOM scenario, zh: 账单场景}, required: [app]}
"""


def load(root: Path, *files: str, meta: str = TINY_META) -> Catalog:
    tree = {"catalog.yaml": meta, "partners.yaml": PARTNER_TYPES}
    tree.update({f"content{index}.yaml": text for index, text in enumerate(files)})
    write_tree(root, tree)
    result = load_catalog(root)
    errors = [f.message for f in result.findings if f.severity.value == "error"]
    assert not errors
    return result.catalog


def solution_from(text: str) -> Solution:
    solution, findings = parse_solution(text, "solution.yaml")
    assert not findings, [f.message for f in findings]
    return solution


@pytest.fixture
def catalog(tmp_path) -> Catalog:
    return load(tmp_path / "bom", BOM_CAPABILITIES, SCENARIO)


@pytest.fixture
def evaluation(catalog):
    return evaluate(catalog, solution_from(SOLUTION))


@pytest.fixture
def bom(evaluation):
    return evaluation.bom


def lines_by_id(bom) -> dict:
    return {line.capability: line for line in bom.lines}


# --------------------------------------------------------------------------- line costs


@pytest.mark.parametrize(
    ("billing", "expected"),
    [
        ("once", (600.0, 0.0, 0.0)),
        ("monthly", (0.0, 600.0, 0.0)),
        ("yearly", (0.0, 0.0, 600.0)),
        ("usage", (0.0, 600.0, 0.0)),  # usage: an estimated monthly volume, charged monthly
    ],
)
def test_line_costs_by_billing(billing, expected):
    assert line_costs(200, 4, 0.25, billing) == expected  # 200 × 4 × 0.75 = 600


def test_line_costs_without_discount_and_zero_quantity():
    assert line_costs(3.5, 20000, 0.0, "usage") == (0.0, 70000.0, 0.0)  # the DESIGN §6 example
    assert line_costs(1000, 0, 0.0, "once") == (0.0, 0.0, 0.0)


def test_every_line_by_hand(bom):
    lines = lines_by_id(bom)
    assert list(lines) == ["app", "db", "base-net", "store", "msg", "impl"]  # file order
    expected = {  # one_time, monthly, yearly, first_year
        "app": (225000.0, 0.0, 0.0, 225000.0),  # once: 300000 × 1 × (1 − 0.25)
        "db": (0.0, 1750.0, 0.0, 21000.0),  # monthly: 1000 × 2 × (1 − 0.125); × 12
        "base-net": (0.0, 300.0, 0.0, 3600.0),  # monthly: 100 × 3; × 12
        "store": (0.0, 0.0, 6000.0, 6000.0),  # yearly: 1200 × 10 × (1 − 0.5)
        "msg": (0.0, 2000.0, 0.0, 24000.0),  # usage: 0.5 × 4000 per month; × 12
        "impl": (150000.0, 0.0, 0.0, 150000.0),  # once: 150000
    }
    for ident, (one_time, monthly, yearly, first_year) in expected.items():
        line = lines[ident]
        assert (line.one_time, line.monthly, line.yearly, line.first_year) == (one_time, monthly, yearly, first_year), (
            ident
        )
        assert line.first_year == line.one_time + 12 * line.monthly + line.yearly


def test_line_fields_from_item_and_catalog(bom):
    lines = lines_by_id(bom)
    msg = lines["msg"]
    assert (
        msg.mode,
        msg.quantity,
        msg.unit,
        msg.billing,
        msg.list_price,
        msg.discount,
        msg.lead_weeks,
        msg.origin,
        msg.category,
    ) == ("SAAS", 4000, "message", "usage", 0.5, 0.0, 1, "auto", "base")
    assert lines["app"].discount == 0.25 and lines["app"].origin == "explicit"


def test_delivered_by_and_partner_flag(bom):
    lines = lines_by_id(bom)
    assert {ident: (line.delivered_by, line.partner) for ident, line in lines.items()} == {
        "app": ("vendor", False),
        "db": ("vendor", False),
        "base-net": ("vendor", False),
        "store": ("isv", True),  # the capability's provider is a partner type
        "msg": ("isv", True),  # a vendor capability delivered by a partner (override)
        "impl": ("delivery", True),
    }


def test_totals_by_hand(bom):
    totals = bom.totals
    assert totals.one_time == 375000.0  # 225000 + 150000
    assert totals.monthly == 4050.0  # 1750 + 300 + 2000
    assert totals.yearly == 6000.0
    assert totals.first_year == 429600.0  # 375000 + 12 × 4050 + 6000
    assert totals.partner_first_year == 180000.0  # store 6000 + msg 24000 + impl 150000
    assert totals.vendor_first_year == 249600.0  # app 225000 + db 21000 + net 3600
    assert totals.partner_share == 180000.0 / 429600.0
    assert totals.partner_share == pytest.approx(0.418994, abs=1e-6)


def test_totals_are_fsum_of_the_lines(bom):
    for name in ("one_time", "monthly", "yearly", "first_year"):
        assert getattr(bom.totals, name) == math.fsum(getattr(line, name) for line in bom.lines)
    assert bom.totals.partner_first_year == math.fsum(line.first_year for line in bom.lines if line.partner)
    assert bom.totals.vendor_first_year == math.fsum(line.first_year for line in bom.lines if not line.partner)


def test_vendor_override_of_a_partner_capability(catalog):
    text = SOLUTION.replace("origin: auto, discount: 0.5}", "origin: auto, discount: 0.5, delivered_by: vendor}")
    bom = evaluate(catalog, solution_from(text)).bom
    store = lines_by_id(bom)["store"]
    assert (store.delivered_by, store.partner) == ("vendor", False)
    assert bom.totals.partner_first_year == 174000.0  # msg 24000 + impl 150000
    assert bom.totals.vendor_first_year == 255600.0
    assert bom.totals.partner_share == 174000.0 / 429600.0


def test_totals_are_exact_sums_not_running_float_sums(tmp_path):
    # Ten lines of 0.1: a running float sum gives 0.9999999999999999, the exact sum 1.0.
    caps = "capabilities:\n" + "".join(
        f"""\
  - id: c{i}
    name: {{en: C{i}, zh: C{i}}}
    category: base
    kind: atomic
    provider: vendor
    modes:
      PUB: {{price_model: IM, unit: unit, billing: once, list_price: 0.1, lead_weeks: 0}}
"""
        for i in range(10)
    )
    catalog = load(tmp_path / "exact", caps)
    solution = Solution("x", catalog.id, catalog.version, items=tuple(Item(f"c{i}", "PUB") for i in range(10)))
    bom = evaluate(catalog, solution).bom
    assert sum(line.one_time for line in bom.lines) != 1.0
    assert bom.totals.one_time == 1.0
    assert bom.totals.first_year == 1.0


def test_zero_total_gives_zero_partner_share(catalog, tmp_path):
    empty = Solution("x", catalog.id, catalog.version)
    bom = evaluate(catalog, empty).bom
    assert bom.lines == ()
    assert bom.totals.to_dict() == {
        "one_time": 0.0,
        "monthly": 0.0,
        "yearly": 0.0,
        "first_year": 0.0,
        "vendor_first_year": 0.0,
        "partner_first_year": 0.0,
        "partner_share": 0.0,
    }
    assert (bom.critical_weeks, bom.critical_path) == (0, ())
    # a partner line worth nothing: share 0, not a division by zero
    free = load(
        tmp_path / "free",
        """\
capabilities:
  - id: gift
    name: {en: Gift, zh: 赠品}
    category: base
    kind: service
    provider: delivery
    modes:
      PRV: {price_model: PROJ, unit: project, billing: once, list_price: 0, lead_weeks: 1}
""",
    )
    evaluation = evaluate(free, Solution("x", free.id, free.version, items=(Item("gift", "PRV"),)))
    assert evaluation.bom.lines[0].partner
    assert evaluation.bom.totals.partner_share == 0.0
    assert not [f for f in evaluation.findings if f.code == "PTN-SHARE-040"]


# --------------------------------------------------------------------------- dependencies


def test_required_by_direct_requirers_including_via_an_interface(bom):
    assert {ident: line.required_by for ident, line in lines_by_id(bom).items()} == {
        "app": (),
        "db": ("app",),  # app requires the interface rdb, which db provides
        "base-net": ("db", "store"),  # in file order
        "store": ("app",),
        "msg": ("app",),
        "impl": (),
    }


def test_phases(bom):
    assert {ident: line.phase for ident, line in lines_by_id(bom).items()} == {
        "base-net": 1,
        "msg": 1,
        "impl": 1,  # no dependency inside the solution
        "db": 2,
        "store": 2,  # one step above base-net
        "app": 3,  # app → db/store → base-net
    }


def test_critical_path(bom):
    # app 10 + store 5 + base-net 2 = 17 beats app + db 4 + base-net 2 = 16,
    # app + msg 1 = 11 and impl 6.
    assert bom.critical_weeks == 17
    assert bom.critical_path == ("base-net", "store", "app")  # bottom-up


def test_phase_and_critical_path_only_count_dependencies_inside_the_solution(catalog):
    # Without store and msg (missing: DEP-REQ-001), app's chain is app → db → base-net.
    text = "\n".join(
        line for line in SOLUTION.splitlines() if "capability: store" not in line and "capability: msg" not in line
    )
    evaluation = evaluate(catalog, solution_from(text))
    lines = lines_by_id(evaluation.bom)
    assert {i: line.phase for i, line in lines.items()} == {"app": 3, "db": 2, "base-net": 1, "impl": 1}
    assert evaluation.bom.critical_weeks == 16
    assert evaluation.bom.critical_path == ("base-net", "db", "app")
    assert "DEP-REQ-001" in {f.code for f in evaluation.findings}


def test_critical_path_tie_goes_to_the_chain_ending_earlier_in_the_file(tmp_path):
    def cap(ident, weeks, requires=()):
        return f"""\
  - id: {ident}
    name: {{en: {ident}, zh: {ident}}}
    category: base
    kind: atomic
    provider: vendor
    requires: [{", ".join(requires)}]
    modes:
      PUB: {{price_model: IM, unit: unit, billing: once, list_price: 1, lead_weeks: {weeks}}}
"""

    catalog = load(
        tmp_path / "tie", "capabilities:\n" + cap("x0", 3) + cap("x1", 4, ["x0"]) + cap("y0", 5) + cap("y1", 2, ["y0"])
    )
    items = tuple(Item(i, "PUB") for i in ("y1", "y0", "x1", "x0"))  # both chains 7 weeks
    bom = evaluate(catalog, Solution("x", catalog.id, catalog.version, items=items)).bom
    assert bom.critical_weeks == 7
    assert bom.critical_path == ("y0", "y1")


def test_unpriceable_and_duplicate_items_have_no_line(catalog):
    solution = solution_from(SOLUTION)
    solution = solution.with_items(
        [
            *solution.items,
            Item("impl", "PRV", quantity=5),  # a duplicate: the first item is priced
            Item("no-such-capability", "PUB"),  # SOL-UNKNOWN-001
            Item("base-net", "HYB"),  # a duplicate too
        ]
    )
    odd = solution.with_items([Item("db", "HYB"), *solution_from(SOLUTION).items[2:]])
    bom = evaluate(catalog, solution).bom
    assert [line.capability for line in bom.lines] == ["app", "db", "base-net", "store", "msg", "impl"]
    assert lines_by_id(bom)["impl"].quantity == 1
    assert bom.totals.first_year == 429600.0
    # an item in a mode its capability lacks (MODE-AVAIL-010) has no line
    assert "db" not in lines_by_id(evaluate(catalog, odd).bom)


def test_build_bom_directly_matches_evaluate(catalog):
    solution = solution_from(SOLUTION)
    direct = build_bom(catalog, solution, dependency_graph(catalog, solution))
    via = evaluate(catalog, solution).bom
    assert direct.lines == via.lines
    assert direct.totals == via.totals
    assert (direct.critical_weeks, direct.critical_path) == (via.critical_weeks, via.critical_path)


# --------------------------------------------------------------------------- partner findings

SHARE_CAPABILITIES = """\
capabilities:
  - id: own
    name: {en: Own product, zh: 自有产品}
    category: base
    kind: atomic
    provider: vendor
    customizable: true
    modes:
      PRV: {price_model: LIC, unit: licence, billing: once, list_price: 1, lead_weeks: 1}
  - id: third
    name: {en: Third-party product, zh: 第三方产品}
    category: base
    kind: third-party
    provider: isv
    customizable: true
    modes:
      PRV: {price_model: LIC, unit: licence, billing: once, list_price: 1, lead_weeks: 1}
  - id: service
    name: {en: Delivery service, zh: 交付服务}
    category: app
    kind: service
    provider: delivery
    modes:
      PRV: {price_model: PROJ, unit: project, billing: once, list_price: 0, lead_weeks: 1}
"""


@pytest.fixture
def share_catalog(tmp_path) -> Catalog:
    return load(tmp_path / "share", SHARE_CAPABILITIES)


def share_solution(catalog, vendor: float, partner: float, policy: SolutionPolicy | None = None, **extra):
    items = [Item("own", "PRV", quantity=vendor, **extra), Item("third", "PRV", quantity=partner)]
    return Solution("x", catalog.id, catalog.version, policy=policy or SolutionPolicy(), items=tuple(items))


def share_findings(catalog, solution):
    evaluation = evaluate(catalog, solution)
    return evaluation, [f for f in evaluation.findings if f.code == "PTN-SHARE-040"]


@pytest.mark.parametrize(
    ("vendor", "partner", "severity"),
    [
        (70, 30, None),  # 0.30
        (60, 40, None),  # exactly 0.40: not above warn
        (59, 41, "warning"),  # 0.41
        (40, 60, "warning"),  # exactly 0.60: above warn, not above error
        (39, 61, "error"),  # 0.61
        (0, 10, "error"),  # 1.0
    ],
)
def test_partner_share_thresholds_from_the_catalog(share_catalog, vendor, partner, severity):
    solution = share_solution(share_catalog, vendor, partner)
    evaluation, found = share_findings(share_catalog, solution)
    assert evaluation.bom.totals.partner_share == partner / (vendor + partner)
    assert [f.severity.value for f in found] == ([severity] if severity else [])
    if found:
        assert str(found[0].params["level"]) == severity  # a str, or a translatable phrase
        assert found[0].params["threshold"] == {"warning": 0.40, "error": 0.60}[severity]


@pytest.mark.parametrize(
    ("vendor", "partner", "severity"),
    [
        (90, 10, None),  # 0.10: not above 0.10
        (85, 15, "warning"),
        (80, 20, "warning"),  # exactly 0.20
        (75, 25, "error"),
    ],
)
def test_partner_share_thresholds_from_catalog_defaults(tmp_path, vendor, partner, severity):
    meta = TINY_META.replace("partner_share: {warn: 0.40, error: 0.60}", "partner_share: {warn: 0.10, error: 0.20}")
    assert meta != TINY_META
    catalog = load(tmp_path / "strict", SHARE_CAPABILITIES, meta=meta)
    _, found = share_findings(catalog, share_solution(catalog, vendor, partner))
    assert [f.severity.value for f in found] == ([severity] if severity else [])


@pytest.mark.parametrize(
    ("vendor", "partner", "severity"),
    [
        (55, 45, None),  # 0.45: a warning by the catalog, not by the override
        (39, 61, "warning"),  # 0.61: an error by the catalog, a warning by the override
        (5, 95, "error"),  # 0.95
    ],
)
def test_partner_share_thresholds_overridden_by_the_solution(share_catalog, vendor, partner, severity):
    solution = solution_from(f"""\
format: solution/1
name: x
catalog: {{id: tiny, version: "1.0"}}
policy:
  deployment: hybrid
  xinchuang: none
  network: internet_allowed
  partner_share: {{warn: 0.50, error: 0.90}}
items:
  - {{capability: own, mode: PRV, quantity: {vendor}, origin: explicit}}
  - {{capability: third, mode: PRV, quantity: {partner}, origin: explicit}}
""")
    _, found = share_findings(share_catalog, solution)
    assert [f.severity.value for f in found] == ([severity] if severity else [])
    if found:
        assert found[0].params["threshold"] == {"warning": 0.50, "error": 0.90}[severity]


def test_customised_line_without_a_delivery_partner(share_catalog):
    # "third" is delivered by a partner, but of role `solution`, not `delivery`.
    solution = share_solution(share_catalog, 90, 10, customized=True)
    found = [f for f in evaluate(share_catalog, solution).findings if f.code == "PTN-CUST-042"]
    assert [(f.severity.value, f.subject) for f in found] == [("error", "own")]


def test_customised_line_with_a_delivery_partner_line(share_catalog):
    solution = share_solution(share_catalog, 90, 10, customized=True)
    solution = solution.with_items([*solution.items, Item("service", "PRV")])
    assert "PTN-CUST-042" not in {f.code for f in evaluate(share_catalog, solution).findings}


def test_customised_line_delivered_by_a_delivery_partner_itself(share_catalog):
    solution = share_solution(share_catalog, 90, 10, customized=True, delivered_by="delivery")
    evaluation = evaluate(share_catalog, solution)
    assert "PTN-CUST-042" not in {f.code for f in evaluation.findings}
    assert lines_by_id(evaluation.bom)["own"].partner


def test_no_customised_line_no_finding(share_catalog):
    findings = evaluate(share_catalog, share_solution(share_catalog, 90, 10)).findings
    assert "PTN-CUST-042" not in {f.code for f in findings}


def test_share_finding_is_in_the_bom_findings(evaluation):
    # The main solution's share, 0.419, is above the catalog's warn threshold of 0.40.
    codes = [(f["code"], f["severity"]) for f in evaluation.to_dict()["findings"]]
    assert ("PTN-SHARE-040", "warning") in codes
    assert not any(code == "PTN-CUST-042" for code, _ in codes)


# --------------------------------------------------------------------------- the document

LINE_KEYS = [
    "capability",
    "name",
    "category",
    "mode",
    "quantity",
    "unit",
    "billing",
    "list_price",
    "discount",
    "one_time",
    "monthly",
    "yearly",
    "first_year",
    "delivered_by",
    "partner",
    "origin",
    "required_by",
    "lead_weeks",
    "phase",
]


DOCUMENT_KEYS = ["format", "solution", "catalog", "currency", "policy", "lines", "totals", "critical_path", "findings"]
TOTALS_KEYS = [
    "one_time",
    "monthly",
    "yearly",
    "first_year",
    "vendor_first_year",
    "partner_first_year",
    "partner_share",
]
FINDING_KEYS = ["severity", "code", "message", "file", "line", "column", "subject", "hint"]


def contract_keys(mapping: dict, keys: list[str]) -> list[str]:
    """The keys of `mapping`, in order, up to the contract's own: DESIGN.md allows adding
    optional fields to a contract format (not renaming, removing or reordering), so any
    further keys must come after the contract's."""
    assert set(keys) <= set(mapping), f"missing: {sorted(set(keys) - set(mapping))}"
    return list(mapping)[: len(keys)]


def test_bom_document_keys_and_order(evaluation):
    doc = evaluation.to_dict()
    assert contract_keys(doc, DOCUMENT_KEYS) == DOCUMENT_KEYS
    assert doc["format"] == "bom/1"
    assert doc["solution"] == {"name": "账单测试方案", "customer": "示例城市商业银行", "scenario": "scn-bom"}
    assert list(doc["solution"]) == ["name", "customer", "scenario"]
    # the digest of the files it was loaded from, after the contract's id and version
    assert doc["catalog"] == {"id": "tiny", "version": "1.0", "digest": evaluation.catalog.digest}
    assert evaluation.catalog.digest.startswith("sha256:") and len(evaluation.catalog.digest) == 7 + 64
    assert doc["currency"] == "CNY"
    # the contract's three keys first, then the optional policy fields
    assert list(doc["policy"])[:3] == ["deployment", "xinchuang", "network"]
    assert doc["policy"] == {
        "deployment": "hybrid",
        "xinchuang": "none",
        "network": "internet_allowed",
        "cii_operator": False,
        "public_data_class": "C1",
        "go_live": None,
    }
    assert contract_keys(doc["totals"], TOTALS_KEYS) == TOTALS_KEYS
    assert doc["critical_path"] == {"weeks": 17, "capabilities": ["base-net", "store", "app"]}
    assert list(doc["critical_path"]) == ["weeks", "capabilities"]
    assert doc["findings"]
    for finding in doc["findings"]:
        assert contract_keys(finding, FINDING_KEYS) == FINDING_KEYS
    assert len(doc["lines"]) == 6
    for line in doc["lines"]:
        assert contract_keys(line, LINE_KEYS) == LINE_KEYS


def test_bom_document_has_exactly_the_contract_keys_where_nothing_was_added(evaluation):
    """Lines and totals carry exactly the DESIGN §6 fields today."""
    doc = evaluation.to_dict()
    assert list(doc["totals"]) == TOTALS_KEYS
    assert all(list(line) == LINE_KEYS for line in doc["lines"])


def test_bom_line_document(evaluation):
    msg = next(line for line in evaluation.to_dict()["lines"] if line["capability"] == "msg")
    assert {key: msg[key] for key in LINE_KEYS} == {
        "capability": "msg",
        "name": {"en": "Messaging", "zh": "消息"},
        "category": "base",
        "mode": "SAAS",
        "quantity": 4000,
        "unit": "message",
        "billing": "usage",
        "list_price": 0.5,
        "discount": 0.0,
        "one_time": 0.0,
        "monthly": 2000.0,
        "yearly": 0.0,
        "first_year": 24000.0,
        "delivered_by": "isv",
        "partner": True,
        "origin": "auto",
        "required_by": ["app"],
        "lead_weeks": 1,
        "phase": 1,
    }


def test_yaml_and_json_exports_keep_the_document_order(evaluation):
    doc = evaluation.to_dict()
    as_json = json.loads(json_bom.render(evaluation).decode("utf-8"))
    as_yaml = yaml.safe_load(yaml_bom.render(evaluation).decode("utf-8"))
    for exported in (as_json, as_yaml):
        assert exported == doc
        assert list(exported) == list(doc)
        assert [list(line) for line in exported["lines"]] == [list(line) for line in doc["lines"]]


# --------------------------------------------------------------------------- property


BILLINGS = ("once", "monthly", "yearly", "usage")
DELIVERERS = (None, "vendor", "delivery", "isv")

money = st.floats(min_value=0, max_value=1e7, allow_nan=False, allow_infinity=False)
quantities = st.one_of(st.integers(1, 100000), st.floats(min_value=0.001, max_value=1e6, allow_nan=False))
discounts = st.floats(min_value=0, max_value=1, exclude_max=True, allow_nan=False)


@pytest.fixture(scope="module")
def base_catalog(tmp_path_factory) -> Catalog:
    return load(tmp_path_factory.mktemp("prop") / "catalog", BOM_CAPABILITIES)


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_totals_always_equal_the_fsum_of_the_lines(base_catalog, data):
    capabilities = dict(base_catalog.capabilities)
    items = []
    for ident, capability in base_catalog.capabilities.items():
        ((code, mode),) = capability.modes.items()
        mode = replace(
            mode,
            list_price=data.draw(money, label=f"{ident} price"),
            billing=data.draw(st.sampled_from(BILLINGS), label=f"{ident} billing"),
        )
        capabilities[ident] = replace(capability, modes=MappingProxyType({code: mode}))
        if data.draw(st.booleans(), label=f"{ident} present"):
            items.append(
                Item(
                    ident,
                    code,
                    quantity=data.draw(quantities, label=f"{ident} qty"),
                    discount=data.draw(discounts, label=f"{ident} discount"),
                    delivered_by=data.draw(st.sampled_from(DELIVERERS)),
                )
            )
    catalog = replace(base_catalog, capabilities=MappingProxyType(capabilities))
    bom = evaluate(catalog, Solution("x", catalog.id, catalog.version, items=tuple(items))).bom

    assert [line.capability for line in bom.lines] == [item.capability for item in items]
    for line, item in zip(bom.lines, items, strict=True):
        mode = catalog.capabilities[item.capability].modes[item.mode]
        cost = mode.list_price * item.quantity * (1 - item.discount)
        expected = {
            "once": (cost, 0.0, 0.0),
            "monthly": (0.0, cost, 0.0),
            "yearly": (0.0, 0.0, cost),
            "usage": (0.0, cost, 0.0),
        }[mode.billing]
        assert (line.one_time, line.monthly, line.yearly) == expected
        assert line.first_year == line.one_time + 12 * line.monthly + line.yearly
        deliverer = item.delivered_by or catalog.capabilities[item.capability].provider
        assert (line.delivered_by, line.partner) == (deliverer, deliverer != "vendor")

    totals = bom.totals
    for name in ("one_time", "monthly", "yearly", "first_year"):
        assert getattr(totals, name) == math.fsum(getattr(line, name) for line in bom.lines)
    partner = math.fsum(line.first_year for line in bom.lines if line.partner)
    vendor = math.fsum(line.first_year for line in bom.lines if not line.partner)
    assert totals.partner_first_year == partner
    assert totals.vendor_first_year == vendor
    assert vendor + partner == pytest.approx(totals.first_year, rel=1e-12, abs=1e-9)
    assert totals.partner_share == (partner / totals.first_year if totals.first_year else 0.0)
    assert 0.0 <= totals.partner_share <= 1.0 + 1e-12


# --------------------------------------------------------------------------- the document stays byte-identical

DIGESTS = json.loads((Path(__file__).parents[1] / "data" / "bom-digests.json").read_text())
STRICT = {
    "deployment": "private",
    "xinchuang": "core",
    "network": "dedicated_line_only",
    "cii_operator": True,
    "go_live": date(2027, 3, 1),
}


@pytest.mark.parametrize("scenario", sorted({name.rsplit("-", 1)[0] for name in DIGESTS}))
def test_the_yaml_and_json_documents_of_every_sample_scenario_are_byte_identical_to_the_recorded_ones(sample, scenario):
    """SHA-256 of `bom --format yaml` (zh) and `json` (en) of every sample scenario, as
    generated and under a strict policy with many findings (DESIGN.md §6 is a contract: its
    bytes change only on purpose). Recorded before the BOM and the evaluation were split, and
    again when the `years` section was added and the value case moved to the deal's horizon
    with P10/P90: the documents without `value` and `years` were checked byte-identical to the
    earlier ones first; digital collaboration's again when its scenario started its seats at the
    50 its value drivers assume (no other document changed); and when the catalog's content
    digest joined `catalog` (checked byte-identical without that line first). The digest itself
    is hashed as a fixed text, so that editing the sample catalog's comments changes no record."""
    base = from_scenario(sample, scenario, sample.scenarios[scenario].name.en).solution
    strict = replace(base, policy=replace(base.policy, **STRICT))
    for tag, solution in (("plain", base), ("strict", strict)):
        evaluation = evaluate(sample, solution, f"{scenario}.yaml", today=date(2026, 12, 6))
        for suffix, writer, lang in (("yaml", yaml_bom, "zh"), ("json", json_bom, "en")):
            text = writer.render(evaluation, lang).replace(sample.digest.encode(), b"sha256:" + b"0" * 64)
            digest = hashlib.sha256(text).hexdigest()
            assert digest == DIGESTS[f"{scenario}-{tag}.{suffix}"], f"{scenario}-{tag}.{suffix}"


def test_the_document_keeps_its_keys_in_order_and_adds_years_last(sample):
    """DESIGN.md §6 and §9: existing keys unchanged and in order; `years` after them."""
    evaluation = evaluate(sample, from_scenario(sample, "scn-virtual-branch", "v").solution)
    keys = list(evaluation.to_dict())
    assert keys == [
        "format", "solution", "catalog", "currency", "policy", "lines", "totals", "critical_path", "findings",
        "zones", "compliance", "value", "years",
    ]  # fmt: skip
