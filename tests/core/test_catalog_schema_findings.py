"""Catalog structure and schema: every structural CAT-* finding (missing and unknown keys,
types, enumerations, ranges, patterns, sections in the wrong file) from one catalog each,
precisely located.

Positions are 1-based (line, column), counted by hand from the snippets; the lines of `EXTRA`
are listed in catalog_support.py.
"""

from __future__ import annotations

import json

import pytest
from catalog_support import EXTRA, EXTRA_MODES, PROJECT_ROOT, WITH_UNITS, Case, assert_reported_and_located, driver
from tiny_catalog import TINY_CAPABILITIES, TINY_META

from configurator.core.schema import KEBAB_ID

CAPABILITY_KEYS = (
    "id, name, description, category, kind, provider, requires, recommends, "
    "conflicts, provides, modes, xinchuang, data_class, customizable, roles, tags, value_drivers"
)


CASES = {
    "no-catalog-yaml": Case(
        {"catalog.yaml": None, "content.yaml": "partner_types: []\n"},
        "CAT-DIR-011",
        "error",
        (None, None, None),
        "catalog has no catalog.yaml at its root",
        hint="create catalog.yaml with format, id, version, name, currency and categories",
    ),
    "required-mode-key": Case(
        {"extra.yaml": EXTRA.replace(", lead_weeks: 1", "")},
        "CAT-KEY-020",
        "error",
        ("extra.yaml", 8, 12),
        "capabilities[extra].modes.PUB: required key 'lead_weeks' is missing",
    ),
    "required-capability-key": Case(
        {"extra.yaml": EXTRA.replace(EXTRA_MODES, "")},
        "CAT-KEY-020",
        "error",
        ("extra.yaml", 2, 5),
        "capabilities[extra]: required key 'modes' is missing",
    ),
    "required-meta-key": Case(
        {"catalog.yaml": TINY_META.replace("currency: CNY\n", "")},
        "CAT-KEY-020",
        "error",
        ("catalog.yaml", 1, 1),
        "catalog.yaml: required key 'currency' is missing",
    ),
    "unknown-key-leadweeks": Case(
        {"extra.yaml": EXTRA.replace("lead_weeks", "leadweeks")},
        "CAT-KEY-021",
        "error",
        ("extra.yaml", 8, 79),
        "capabilities[extra].modes.PUB: unknown key 'leadweeks'",
        hint="did you mean 'lead_weeks'?",
        also=("CAT-KEY-020",),
    ),
    "unknown-key-pub": Case(
        {"extra.yaml": EXTRA.replace("PUB:", "pub:")},
        "CAT-KEY-021",
        "error",
        ("extra.yaml", 8, 7),
        "capabilities[extra].modes: unknown key 'pub'",
        hint="did you mean 'PUB'?",
    ),
    "unknown-key-no-suggestion": Case(
        {"extra.yaml": EXTRA + "    colour: red\n"},
        "CAT-KEY-021",
        "error",
        ("extra.yaml", 9, 5),
        "capabilities[extra]: unknown key 'colour'",
        hint=f"allowed keys: {CAPABILITY_KEYS}",
    ),
    "unknown-section": Case(
        {"extra.yaml": EXTRA.replace("capabilities:", "capability:")},
        "CAT-KEY-021",
        "error",
        ("extra.yaml", 1, 1),
        "(top level): unknown key 'capability'",
        hint="did you mean 'capabilities'?",
    ),
    "type-unquoted-version": Case(
        {"catalog.yaml": TINY_META.replace('"1.0"', "2026.11")},
        "CAT-TYPE-022",
        "error",
        ("catalog.yaml", 3, 10),
        "version: expected text, found number 2026.11",
        hint="put the value in quotes so that it stays text",
    ),
    "type-quoted-price": Case(
        {"extra.yaml": EXTRA.replace("list_price: 1,", 'list_price: "1",')},
        "CAT-TYPE-022",
        "error",
        ("extra.yaml", 8, 76),
        "capabilities[extra].modes.PUB.list_price: expected a number, found text '1'",
    ),
    "type-section-mapping": Case(
        {"odd.yaml": "capabilities: {}\n"},
        "CAT-TYPE-022",
        "error",
        ("odd.yaml", 1, 15),
        "capabilities: expected a list, found a mapping",
    ),
    "enum-kind-typo": Case(
        {"extra.yaml": EXTRA.replace("kind: atomic", "kind: atomc")},
        "CAT-ENUM-023",
        "error",
        ("extra.yaml", 5, 11),
        "capabilities[extra].kind: text 'atomc' is not allowed; "
        "expected one of atomic, solution-module, third-party, service",
        hint="did you mean 'atomic'?",
    ),
    "enum-billing-case": Case(
        {"extra.yaml": EXTRA.replace("billing: monthly", "billing: Monthly")},
        "CAT-ENUM-023",
        "error",
        ("extra.yaml", 8, 55),
        "capabilities[extra].modes.PUB.billing: text 'Monthly' is "
        "not allowed; expected one of once, monthly, yearly, usage",
        hint="did you mean 'monthly'?",
    ),
    "enum-no-suggestion": Case(
        {"extra.yaml": EXTRA.replace("kind: atomic", "kind: widget")},
        "CAT-ENUM-023",
        "error",
        ("extra.yaml", 5, 11),
        "capabilities[extra].kind: text 'widget' is not allowed; "
        "expected one of atomic, solution-module, third-party, service",
    ),
    "enum-format": Case(
        {"catalog.yaml": TINY_META.replace("catalog/1", "catalog/2")},
        "CAT-ENUM-023",
        "error",
        ("catalog.yaml", 1, 9),
        "format: text 'catalog/2' is not allowed; expected one of catalog/1",
        hint="did you mean 'catalog/1'?",
    ),
    "range-list-price": Case(
        # content.yaml line 18 is db's PUB mode; its list_price value starts at column 76
        {"content.yaml": TINY_CAPABILITIES.replace("list_price: 1000,", "list_price: -1000,")},
        "CAT-RANGE-024",
        "error",
        ("content.yaml", 18, 76),
        "capabilities[db].modes.PUB.list_price: number -1000 is below the minimum 0",
    ),
    "range-threshold": Case(
        {"catalog.yaml": TINY_META.replace("warn: 0.40", "warn: 1.5")},
        "CAT-RANGE-024",
        "error",
        ("catalog.yaml", 11, 25),
        "defaults.partner_share.warn: number 1.5 is above the maximum 1",
    ),
    "schema-repeated-id": Case(
        {"extra.yaml": EXTRA + "    requires: [net, net]\n"},
        "CAT-SCHEMA-025",
        "error",
        ("extra.yaml", 9, 15),
        "capabilities[extra].requires: lists 'net' more than once",
    ),
    "schema-no-modes": Case(
        {"extra.yaml": EXTRA.replace(EXTRA_MODES, "    modes: {}\n")},
        "CAT-SCHEMA-025",
        "error",
        ("extra.yaml", 7, 12),
        "capabilities[extra].modes: must not be empty",
    ),
    "range-list-price-too-large": Case(
        {"extra.yaml": EXTRA.replace("list_price: 1,", "list_price: 2000000000000,")},
        "CAT-RANGE-024",
        "error",
        ("extra.yaml", 8, 76),
        "capabilities[extra].modes.PUB.list_price: number 2000000000000 is above the maximum 1000000000000",
    ),
    "schema-currency-pattern": Case(
        {"catalog.yaml": TINY_META.replace("currency: CNY", "currency: cny")},
        "CAT-SCHEMA-025",
        "error",
        ("catalog.yaml", 5, 11),
        "currency: text 'cny' does not match the pattern ^[A-Z]{3}$",
    ),
    "schema-unit-id-with-spaces": Case(
        {"catalog.yaml": WITH_UNITS.replace("{id: project,", '{id: "project ",')},
        "CAT-SCHEMA-025",
        "error",
        ("catalog.yaml", 13, 10),
        r"units[project ].id: text 'project ' does not match the pattern ^\S(.*\S)?$",
        also=("CAT-UNIT-017",),  # the tiny catalog's 'project' is not declared any more
    ),
    "schema-value-input-id-pattern": Case(
        {"extra.yaml": driver().replace("{id: a,", "{id: A,").replace("formula: a * 2", "formula: A * 2")},
        "CAT-SCHEMA-025",
        "error",
        ("extra.yaml", 12, 18),
        "scenarios[scn-x].value_drivers[saving].inputs[A].id: text 'A' does not match the pattern ^[a-z][a-z0-9_]*$",
    ),
    "section-outside-catalog-yaml": Case(
        {"extra.yaml": EXTRA + "categories:\n  - {id: more, name: {en: More, zh: 更多}}\n"},
        "CAT-SECTION-026",
        "error",
        ("extra.yaml", 9, 1),
        "'categories' belongs in catalog.yaml",
        hint="move it to catalog.yaml",
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_finding_is_reported_and_located(make_catalog, case: Case):
    assert_reported_and_located(make_catalog, case)


def test_the_kebab_case_id_pattern_is_the_schemas():
    schema = json.loads((PROJECT_ROOT / "resources" / "schema" / "catalog.schema.json").read_text(encoding="utf-8"))
    assert schema["$defs"]["id"]["pattern"] == KEBAB_ID
