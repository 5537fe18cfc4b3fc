"""A catalog with mistakes: every error reported (ten in four files at once), the valid entries
still loaded, no finding cascading into others, and malformed values that once raised inside
the loader reported as findings instead.
"""

from __future__ import annotations

import pytest
from catalog_support import EXTRA, EXTRA_MODES, QUEUE, SCENARIO, WITH_UNITS, codes, driver, load, only, where
from tiny_catalog import TINY_META

from configurator.core.catalog import Thresholds

# Catalog mistakes that once raised inside the loader instead of giving findings.


def test_a_capability_without_modes_beside_declared_units_is_a_finding(make_catalog):
    result = load(make_catalog, {"catalog.yaml": WITH_UNITS, "extra.yaml": EXTRA.replace(EXTRA_MODES, "")})

    finding = only(result.findings, "CAT-KEY-020")
    assert where(finding) == ("extra.yaml", 2, 5) and "'modes'" in finding.message


@pytest.mark.parametrize(
    ("policy", "line", "column"),
    [
        ("{partner_share: {warn: 0.4, eror: 0.6}}", 5, 13),
        ('{partner_share: {warn: "0.4", error: 0.6}}', 5, 13),
        ("{partner_share: {warn: null, error: 0.6}}", 5, 13),
        ("{partner_share: {warn: .nan, error: 0.6}}", 5, 13),
        ("{partner_share: [0.4, 0.6]}", 5, 13),
    ],
)
def test_malformed_scenario_thresholds_are_findings(make_catalog, policy, line, column):
    scenario = SCENARIO.replace("[net, extra]", "[net]") + f"    policy: {policy}\n"
    result = load(make_catalog, {"s.yaml": scenario})

    errors = [f for f in result.findings if f.severity.value == "error"]
    assert errors and all(f.file == "s.yaml" and f.line == line for f in errors), errors
    assert result.catalog is not None


@pytest.mark.parametrize(
    "defaults", ["{partner_share: {warn: 0.4, eror: 0.6}}", "{partner_share: {warn: null, error: 0.6}}", "[1]"]
)
def test_malformed_catalog_default_thresholds_are_findings(make_catalog, defaults):
    meta = TINY_META.replace("defaults:\n  partner_share: {warn: 0.40, error: 0.60}\n", f"defaults: {defaults}\n")
    result = load(make_catalog, {"catalog.yaml": meta})

    assert result.findings and all(f.file == "catalog.yaml" and f.line == 10 for f in result.findings)
    assert result.catalog.partner_share == Thresholds()  # the built-in defaults stand in


def test_a_formula_that_is_no_text_is_a_type_finding_only(make_catalog):
    result = load(make_catalog, {"extra.yaml": driver(formula="5")})
    assert codes(result.findings) == ["CAT-TYPE-022"]  # not also "the formula cannot be parsed: it is empty"


# Ten errors, ten different codes, in four files.
TEN_A = """\
capabilities:
  - id: alpha
    name: {en: Alpha, zh: 阿尔法}
    category: base
    kind: atomc
    provider: vendor
    modes:
      PUB: {price_model: IM, unit: instance, billing: monthly, list_price: 1, lead_weeks: 1}
      PUB: {price_model: IM, unit: instance, billing: monthly, list_price: 2, lead_weeks: 1}
  - id: Beta_Cap
    name: {en: Beta, zh: 贝塔}
    category: base
    kind: atomic
    provider: vendor
    modes:
      PRV: {price_model: LIC, unit: licence, billing: once, list_price: -5, lead_weeks: 1}
"""
TEN_B = """\
capabilities:
  - id: gamma
    name: {en: Gamma, zh: 伽马}
    category: base
    kind: atomic
    provider: vendor
    requires: [nett]
    conflicts: [rdb]
    colour: red
    modes:
      PUB: {price_model: IM, unit: instance, billing: monthly, list_price: 1, lead_weeks: 1}
"""
TEN_I = """\
interfaces:
  - id: queue
    name: {en: Queue, zh: 队列}
  - id: net
    name: {en: Network again, zh: 网络}
"""


def test_ten_errors_in_several_files_are_all_reported(make_catalog):
    result = load(
        make_catalog,
        {
            "catalog.yaml": TINY_META.replace('"1.0"', "1.5"),
            "capabilities/a.yaml": TEN_A,
            "capabilities/b.yaml": TEN_B,
            "interfaces.yaml": TEN_I,
        },
    )

    assert {(f.code, *where(f)) for f in result.findings} == {
        ("CAT-TYPE-022", "catalog.yaml", 3, 10),
        ("CAT-ENUM-023", "capabilities/a.yaml", 5, 11),
        ("YAML-DUPKEY-002", "capabilities/a.yaml", 9, 7),
        ("CAT-ID-001", "capabilities/a.yaml", 10, 9),
        ("CAT-RANGE-024", "capabilities/a.yaml", 16, 73),
        ("CAT-REF-002", "capabilities/b.yaml", 7, 16),
        ("CAT-KIND-009", "capabilities/b.yaml", 8, 17),
        ("CAT-KEY-021", "capabilities/b.yaml", 9, 5),
        ("CAT-IFACE-010", "interfaces.yaml", 2, 9),
        ("CAT-DUP-008", "interfaces.yaml", 4, 9),
    }
    assert len(result.findings) == 10


def test_syntax_error_in_one_file_does_not_hide_other_files(make_catalog):
    result = load(
        make_catalog,
        {
            "a-broken.yaml": "capabilities: [\n",
            "b-extra.yaml": EXTRA.replace("category: base", "category: bse"),
            "c-queue.yaml": QUEUE.replace("id: queue", "id: Queue"),
        },
    )

    assert {(f.code, f.file) for f in result.findings} == {
        ("YAML-SYNTAX-001", "a-broken.yaml"),
        ("CAT-REF-002", "b-extra.yaml"),
        ("CAT-ID-001", "c-queue.yaml"),
        ("CAT-IFACE-010", "c-queue.yaml"),
    }
    assert "extra" in result.catalog.capabilities


def test_catalog_with_errors_still_loads_its_valid_entries(make_catalog):
    good = EXTRA.replace("id: extra", "id: good")
    bad = EXTRA.replace("id: extra", "id: bad").replace("kind: atomic", "kind: atomc")
    result = load(
        make_catalog,
        {
            "extra.yaml": good + bad.removeprefix("capabilities:\n"),
            "broken.yaml": "interfaces: [\n",
        },
    )

    assert codes(result.findings) == ["CAT-ENUM-023", "YAML-SYNTAX-001"]
    assert list(result.catalog.capabilities) == ["net", "db", "app", "impl", "good"]
    assert result.catalog.capabilities["good"].modes["PUB"].list_price == 1
    assert list(result.catalog.scenarios) == ["scn-app"]


def test_entry_failing_the_schema_still_has_its_references_checked(make_catalog):
    bad = EXTRA.replace("kind: atomic", "kind: atomc").replace("category: base", "category: nope")
    result = load(make_catalog, {"extra.yaml": bad})

    assert {(f.code, *where(f)) for f in result.findings} == {
        ("CAT-ENUM-023", "extra.yaml", 5, 11),
        ("CAT-REF-002", "extra.yaml", 4, 15),
    }
    assert only(result.findings, "CAT-REF-002").message == ("capability 'extra' names category unknown id 'nope'")
    assert "extra" not in result.catalog.capabilities


def test_references_to_an_entry_failing_the_schema_do_not_cascade(make_catalog):
    bad = EXTRA.replace("kind: atomic", "kind: atomc")
    result = load(make_catalog, {"extra.yaml": bad, "s.yaml": SCENARIO})

    assert codes(result.findings) == ["CAT-ENUM-023"]
    assert "extra" not in result.catalog.capabilities
    assert "scn-x" in result.catalog.scenarios


def test_missing_required_reference_is_not_also_an_unknown_id(make_catalog):
    # A missing `category` or `provider` is one problem (CAT-KEY-020), not also a reference to
    # an unknown id ''.
    no_refs = EXTRA.replace("    category: base\n", "").replace("    provider: vendor\n", "")
    result = load(make_catalog, {"extra.yaml": no_refs})

    assert [(f.code, f.message) for f in result.findings] == [
        ("CAT-KEY-020", "capabilities[extra]: required key 'category' is missing"),
        ("CAT-KEY-020", "capabilities[extra]: required key 'provider' is missing"),
    ]


def test_schema_findings_name_their_entry_as_subject(make_catalog):
    # DESIGN.md §4: `subject` is the capability/scenario/item id concerned.
    result = load(make_catalog, {"extra.yaml": EXTRA.replace("kind: atomic", "kind: atomc")})

    assert only(result.findings, "CAT-ENUM-023").subject == "extra"
