"""Ids defined twice (capabilities, interfaces, value drivers and their inputs) and `requires`
cycles, named with every location.
"""

from __future__ import annotations

import re

from catalog_support import EXTRA, QUEUE, codes, load, only, where


def capability(ident: str, requires: str) -> str:
    """One valid capability entry (without the section key), eight lines long; its `requires`
    list is on the entry's sixth line, the first id at column 16."""
    return f"""\
  - id: {ident}
    name: {{en: {ident.upper()}, zh: 能力}}
    category: base
    kind: atomic
    provider: vendor
    requires: [{requires}]
    modes:
      PUB: {{price_model: IM, unit: instance, billing: monthly, list_price: 1, lead_weeks: 1}}
"""


TWICE = """\
scenarios:
  - id: scn-x
    name: {en: X, zh: 甲}
    required: [app]
    value_drivers:
      - id: saving
        name: {en: Saving, zh: 节省}
        kind: cost_saving
        unit: CNY/year
        formula: a * 2
        inputs:
          - {id: a, label: {en: A, zh: 甲}, unit: x, default: 1, low: 0, high: 2}
          - {id: a, label: {en: A again, zh: 又一甲}, unit: x, default: 1, low: 0, high: 2}
      - id: saving
        name: {en: Saving again, zh: 又一节省}
        kind: cost_saving
        unit: CNY/year
        formula: b
        inputs:
          - {id: b, label: {en: B, zh: 乙}, unit: x, default: 1, low: 0, high: 2}
"""


def test_a_value_driver_or_input_defined_twice_in_one_place(make_catalog):
    result = load(make_catalog, {"extra.yaml": TWICE})

    assert sorted((where(f), f.message) for f in result.findings if f.code == "CAT-DUP-008") == [
        (("extra.yaml", 13, 18), "id 'a' is defined twice: here and at extra.yaml:12:18"),
        (("extra.yaml", 14, 13), "id 'saving' is defined twice: here and at extra.yaml:6:13"),
    ]
    assert codes(result.findings) == ["CAT-DUP-008", "CAT-DUP-008"]


def test_drivers_of_the_same_id_in_different_places_are_no_duplicate(make_catalog):
    one = TWICE.split("      - id: saving\n        name: {en: Saving again")[0]
    one = one.replace(
        "          - {id: a, label: {en: A again, zh: 又一甲}, unit: x, default: 1, low: 0, high: 2}\n", ""
    )
    other = one.split("scenarios:\n", 1)[1].replace("  - id: scn-x", "  - id: scn-y")

    result = load(make_catalog, {"extra.yaml": one + other})

    assert len(result.catalog.scenarios["scn-y"].value_drivers) == 1
    assert result.findings == []  # the driver of the solution's scenario counts, as solution.md §8 says


def test_duplicate_id_names_both_locations(make_catalog):
    result = load(make_catalog, {"more/extra.yaml": EXTRA.replace("id: extra", "id: app")})

    finding = only(result.findings, "CAT-DUP-008")
    assert where(finding) == ("more/extra.yaml", 2, 9)  # the later one, in file order
    assert "content.yaml:21:9" in finding.message  # the first one
    assert finding.subject == "app"
    assert result.catalog.capabilities["app"].category == "app"  # the first definition wins


def test_cycle_names_the_whole_cycle_and_every_edge(make_catalog):
    result = load(
        make_catalog,
        {
            "a.yaml": "capabilities:\n" + capability("a", "b") + capability("b", "net, c"),
            "c.yaml": "capabilities:\n" + capability("c", "a"),
        },
    )

    finding = only(result.findings, "CAT-CYCLE-003")
    assert finding.severity.value == "error"
    assert where(finding) == ("a.yaml", 7, 16)
    assert finding.subject == "a"
    assert finding.message == (
        "requires cycle: a → b → c → a; edges: a → b a.yaml:7:16; b → c a.yaml:15:21; c → a c.yaml:7:16"
    )
    assert codes(result.findings) == ["CAT-CYCLE-003"]


def test_cycle_through_an_interface(make_catalog):
    provider = capability("b", "a").replace("    modes:", "    provides: [queue]\n    modes:")
    result = load(
        make_catalog,
        {
            "a.yaml": "capabilities:\n" + capability("a", "queue") + provider,
            "i.yaml": QUEUE,
        },
    )

    finding = only(result.findings, "CAT-CYCLE-003")
    assert finding.message == (
        "requires cycle: a → queue → b → a; edges: a → queue a.yaml:7:16; queue → b a.yaml:16:16; b → a a.yaml:15:16"
    )


def test_self_requirement_is_a_cycle(make_catalog):
    result = load(make_catalog, {"a.yaml": "capabilities:\n" + capability("a", "a")})

    finding = only(result.findings, "CAT-CYCLE-003")
    assert finding.message == "requires cycle: a → a; edges: a → a a.yaml:7:16"


def test_cycle_message_shows_a_real_cycle_when_it_does_not_pass_the_smallest_id(make_catalog):
    # a → b → c → b: the strongly connected component {a, b, c} holds the cycle b → c → b;
    # c → a closes a → b → c → a too. Whatever cycle is named must start and end on one id.
    result = load(
        make_catalog,
        {
            "a.yaml": "capabilities:\n" + capability("a", "b") + capability("b", "c") + capability("c", "b, a"),
        },
    )

    finding = only(result.findings, "CAT-CYCLE-003")
    cycle = finding.message.removeprefix("requires cycle: ").split("; ")[0].split(" → ")
    assert cycle[0] == cycle[-1], finding.message
    edges = re.findall(r"([\w-]+) → ([\w-]+) [\w./-]+:\d+:\d+", finding.message)
    assert edges == list(zip(cycle, cycle[1:], strict=False)), finding.message
    assert finding.subject in cycle
