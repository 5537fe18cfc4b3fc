"""Catalog content: every CAT-* finding about what the entries say (ids, references, kinds,
interfaces, scenarios, partner types, languages, price models, units, thresholds, value
drivers) from one catalog each, precisely located.

Positions are 1-based (line, column), counted by hand from the snippets; the lines of `EXTRA`
are listed in catalog_support.py.
"""

from __future__ import annotations

import pytest
from catalog_support import AGENT, EXTRA, QUEUE, SCENARIO, WITH_UNITS, Case, assert_reported_and_located, driver
from tiny_catalog import TINY_META

NOT_KEBAB = "is not kebab-case (lowercase letters, digits and single hyphens)"


CASES = {
    "id-not-kebab": Case(
        {"extra.yaml": EXTRA.replace("id: extra", "id: Extra_Cap")},
        "CAT-ID-001",
        "error",
        ("extra.yaml", 2, 9),
        f"capabilities[Extra_Cap].id: id 'Extra_Cap' {NOT_KEBAB}",
    ),
    "id-not-kebab-in-list": Case(
        {"extra.yaml": EXTRA + "    requires: [Net]\n"},
        "CAT-ID-001",
        "error",
        ("extra.yaml", 9, 16),
        f"capabilities[extra].requires[0]: id 'Net' {NOT_KEBAB}",
        also=("CAT-REF-002",),
    ),
    "ref-requires": Case(
        {"capabilities/extra.yaml": EXTRA + "    requires: [nett]\n"},
        "CAT-REF-002",
        "error",
        ("capabilities/extra.yaml", 9, 16),
        "capability 'extra' requires unknown id 'nett'",
        hint="did you mean 'net'?",
        subject="extra",
    ),
    "ref-category": Case(
        {"extra.yaml": EXTRA.replace("category: base", "category: bse")},
        "CAT-REF-002",
        "error",
        ("extra.yaml", 4, 15),
        "capability 'extra' names category unknown id 'bse'",
        hint="did you mean 'base'?",
        subject="extra",
    ),
    "ref-provider": Case(
        {"extra.yaml": EXTRA.replace("provider: vendor", "provider: delivry")},
        "CAT-REF-002",
        "error",
        ("extra.yaml", 6, 15),
        "capability 'extra' names provider unknown id 'delivry'",
        hint="did you mean 'delivery'?",
        subject="extra",
    ),
    "ref-partner-type": Case(
        # "  - {id: acme, name: {en: Acme, zh: 顶点}, types: [" is 49 characters
        {"p.yaml": "partners:\n  - {id: acme, name: {en: Acme, zh: 顶点}, types: [delivry]}\n"},
        "CAT-REF-002",
        "error",
        ("p.yaml", 2, 50),
        "partner 'acme' names partner type unknown id 'delivry'",
        hint="did you mean 'delivery'?",
        subject="acme",
    ),
    "ref-scenario": Case(
        {"s.yaml": SCENARIO.replace("[net, extra]", "[net, xyz]")},
        "CAT-REF-002",
        "error",
        ("s.yaml", 4, 21),
        "scenario 'scn-x' requires unknown id 'xyz'",
        subject="scn-x",
    ),
    "xinchuang-without-architectures": Case(
        {"extra.yaml": EXTRA + "    xinchuang: {level: adapted}\n"},
        "CAT-XC-007",
        "warning",
        ("extra.yaml", 9, 16),
        "capability 'extra' has Xinchuang level 'adapted' but lists no CPU architectures",
        subject="extra",
    ),
    "duplicate-capability-id": Case(
        {"extra.yaml": EXTRA.replace("id: extra", "id: db")},
        "CAT-DUP-008",
        "error",
        ("extra.yaml", 2, 9),
        "id 'db' is defined twice: here and at content.yaml:10:9",
        subject="db",
    ),
    "duplicate-across-capabilities-and-interfaces": Case(
        {"extra.yaml": EXTRA.replace("id: extra", "id: rdb")},
        "CAT-DUP-008",
        "error",
        ("extra.yaml", 2, 9),
        "id 'rdb' is defined twice: here and at content.yaml:39:9",
        subject="rdb",
    ),
    "kind-interface-in-conflicts": Case(
        {"extra.yaml": EXTRA + "    conflicts: [rdb]\n"},
        "CAT-KIND-009",
        "error",
        ("extra.yaml", 9, 17),
        "capability 'extra' conflicts with 'rdb', which is an interface, not a capability",
        subject="extra",
    ),
    "kind-capability-in-provides": Case(
        {"extra.yaml": EXTRA + "    provides: [net]\n"},
        "CAT-KIND-009",
        "error",
        ("extra.yaml", 9, 16),
        "capability 'extra' provides 'net', which is a capability, not an interface",
        subject="extra",
    ),
    "interface-without-provider": Case(
        {"i.yaml": QUEUE},
        "CAT-IFACE-010",
        "error",
        ("i.yaml", 2, 9),
        "interface 'queue' is provided by no capability",
        hint="add 'queue' to the `provides` list of a capability",
        subject="queue",
    ),
    "interface-default-not-a-provider": Case(
        {"i.yaml": QUEUE + "    default: net\n", "extra.yaml": EXTRA + "    provides: [queue]\n"},
        "CAT-IFACE-011",
        "error",
        ("i.yaml", 4, 14),
        "interface 'queue' names default 'net', which does not provide it",
        subject="queue",
    ),
    "scenario-requires-conflicting": Case(
        {"s.yaml": SCENARIO, "extra.yaml": EXTRA + "    conflicts: [net]\n"},
        "CAT-SCN-012",
        "error",
        ("s.yaml", 4, 21),
        "scenario 'scn-x' requires 'net' and 'extra', which conflict",
        hint="keep one of them in `required` and move the other to `optional`",
        subject="scn-x",
    ),
    "partner-type-unused": Case(
        {"p.yaml": AGENT},
        "CAT-PTN-013",
        "info",
        ("p.yaml", 2, 10),
        "partner type 'agent' is used by no capability and no partner",
        subject="agent",
    ),
    "language-missing-chinese": Case(
        {"extra.yaml": EXTRA.replace("{en: Extra, zh: 额外}", "{en: Extra}")},
        "CAT-LANG-018",
        "error",
        ("extra.yaml", 3, 11),
        "capabilities[extra].name has no Chinese text; a name is required in both languages",
        subject="extra",
    ),
    "language-missing-english": Case(
        {
            "i.yaml": QUEUE.replace("{en: Queue, zh: 队列}", "{zh: 队列}"),
            "extra.yaml": EXTRA + "    provides: [queue]\n",
        },
        "CAT-LANG-018",
        "error",
        ("i.yaml", 3, 11),
        "interfaces[queue].name has no English text; a name is required in both languages",
        subject="queue",
    ),
    "description-missing-english-is-a-warning": Case(
        {"extra.yaml": EXTRA.replace("    category: base\n", "    description: {zh: 额外能力}\n    category: base\n")},
        "CAT-LANG-014",
        "warning",
        ("extra.yaml", 4, 18),
        "capabilities[extra].description has no English text",
        subject="extra",
    ),
    "price-model-neither-built-in-nor-declared": Case(
        {"extra.yaml": EXTRA.replace("price_model: IM", "price_model: HWW")},
        "CAT-PRICE-019",
        "error",
        ("extra.yaml", 8, 26),
        "capability 'extra' prices mode PUB by 'HWW', which is neither a built-in price model "
        "nor one that catalog.yaml declares",
        hint="did you mean 'HW'?",
        subject="extra",
    ),
    "scenario-required-and-optional": Case(
        {"s.yaml": SCENARIO.replace("[net, extra]", "[net]") + "    optional: [db, net]\n"},
        "CAT-SCN-015",
        "warning",
        ("s.yaml", 5, 20),
        "scenario 'scn-x' lists 'net' as both required and optional",
        subject="scn-x",
    ),
    "scenario-quantity-of-an-item-it-does-not-require": Case(
        {"s.yaml": SCENARIO.replace("[net, extra]", "[net]") + "    quantities: {net: {PUB: 2}, db: {PUB: 5}}\n"},
        "CAT-SCN-019",
        "warning",
        ("s.yaml", 5, 37),
        "scenario 'scn-x' sets a quantity for 'db' in mode PUB, which is not a required item in that mode",
        subject="scn-x",
    ),
    "maintenance-on-a-recurring-mode": Case(
        {"extra.yaml": EXTRA.replace("lead_weeks: 1}", "lead_weeks: 1, maintenance: 0.2}")},
        "CAT-MAINT-027",
        "warning",
        ("extra.yaml", 8, 107),
        "capability 'extra' sets maintenance on mode PUB, billed monthly; only once-billed modes are maintained",
        subject="extra",
    ),
    "maintenance-default-of-an-unknown-price-model": Case(
        {"catalog.yaml": TINY_META + "  maintenance: {rate: 0.18, price_models: [LICS]}\n"},
        "CAT-MAINT-028",
        "warning",
        ("catalog.yaml", 12, 44),
        "defaults.maintenance names price model 'LICS', which is neither built in nor declared",
        hint="did you mean 'LIC'?",
    ),
    "unit-undeclared": Case(
        {"catalog.yaml": WITH_UNITS, "extra.yaml": EXTRA.replace("unit: instance", "unit: instanse")},
        "CAT-UNIT-017",
        "warning",
        ("extra.yaml", 8, 36),
        "capability 'extra' uses unit 'instanse', which the units of catalog.yaml do not name; it shows as written",
        hint="did you mean 'instance'?",
        subject="extra",
    ),
    "unit-undeclared-value-input": Case(
        {"catalog.yaml": WITH_UNITS, "extra.yaml": driver()},
        "CAT-UNIT-017",
        "warning",
        ("extra.yaml", 12, 50),
        "value driver 'saving' uses unit 'x', which the units of catalog.yaml do not name; it shows as written",
        subject="saving",
    ),
    "unit-without-chinese-name": Case(
        {"catalog.yaml": WITH_UNITS.replace("{en: project, zh: 项目}", "{en: project}")},
        "CAT-LANG-018",
        "error",
        ("catalog.yaml", 13, 25),
        "units[project].name has no Chinese text; a name is required in both languages",
        subject="project",
    ),
    "thresholds-inverted": Case(
        {"catalog.yaml": TINY_META.replace("warn: 0.40, error: 0.60", "warn: 0.70, error: 0.50")},
        "CAT-SHARE-016",
        "error",
        ("catalog.yaml", 11, 18),
        "partner_share warn threshold 0.7 is above the error threshold 0.5",
    ),
    # --- value drivers
    "value-formula-refused": Case(
        {"extra.yaml": driver(formula="\"__import__('os')\"")},
        "CAT-VALUE-040",
        "error",
        ("extra.yaml", 10, 18),
        "value driver 'saving': the formula uses '__import__('os')'; only numbers, inputs, "
        "+ - * /, parentheses, min and max are allowed",
        subject="saving",
    ),
    "value-formula-unknown-input": Case(
        {"extra.yaml": driver(formula="a * bb")},
        "CAT-VALUE-041",
        "error",
        ("extra.yaml", 10, 18),
        "value driver 'saving': the formula uses 'bb', which is not one of its inputs (a)",
        subject="saving",
    ),
    "value-default-outside-range": Case(
        {"extra.yaml": driver(default=5)},
        "CAT-VALUE-042",
        "warning",
        ("extra.yaml", 12, 13),
        "value driver 'saving': input 'a' has default 5 outside its range 0 to 2",
        subject="saving",
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_finding_is_reported_and_located(make_catalog, case: Case):
    assert_reported_and_located(make_catalog, case)
