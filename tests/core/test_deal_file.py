"""Deals in solution files (DESIGN.md §9): options, the recommended one, deal settings and
quantity ramps read and written back byte-identically; a file without them is unchanged; bad
options are kept as written with a located finding."""

from __future__ import annotations

import pytest

from configurator.core.deal import Deal
from configurator.core.solution import DealSettings
from configurator.core.solution_file import parse_deal, parse_solution, to_text

HEAD = "format: solution/1\nname: Deal\ncustomer: {name: Bank}\ncatalog: {id: tiny, version: '1.0'}\n"
ITEM = "  - {capability: db, mode: PRV, quantity: 1, origin: explicit}\n"

TWO_OPTIONS = """\
format: solution/1
name: 城商行供应链金融
customer:
  name: 示例银行
catalog:
  id: tiny
  version: '1.0'
scenario: scn-app
policy:
  deployment: public
  xinchuang: none
  network: internet_allowed
items:
  - capability: db
    mode: PUB
    quantity: 2
    origin: explicit
    customized: false
    discount: 0.1
    notes: ''
    ramp: 0.3
option: 公有云
options:
  - name: 私有云
    policy:
      deployment: private
      xinchuang: general
      network: dedicated_line_only
    items:
      - capability: db
        mode: PRV
        quantity: 1
        origin: explicit
        customized: false
        discount: 0.0
        notes: ''
        ramp:
          - 1
          - 2
    value:
      ops:
        hours: 12
recommended: 私有云
deal:
  horizon_years: 3
  discount_rate: 0.06
  price_changes:
    IM: -0.05
  one_time_in: plan
  benefit_ramp:
    - 0.4
    - 1
"""


def parsed(text: str) -> Deal:
    deal, findings = parse_deal(text, "deal.yaml")
    assert not findings, [f.message for f in findings]
    return deal


def test_a_two_option_deal_round_trips_byte_identically():
    deal = parsed(TWO_OPTIONS)
    assert to_text(deal) == TWO_OPTIONS


def test_options_share_the_deal_and_keep_their_own_policy_items_and_value():
    public, private = parsed(TWO_OPTIONS).options
    assert (public.option, private.option) == ("公有云", "私有云")
    assert public.name == private.name == "城商行供应链金融" and private.customer.name == "示例银行"
    assert public.deal == private.deal == DealSettings(3, 0.06, {"IM": -0.05}, "plan", (0.4, 1))
    assert private.policy.deployment == "private" and private.scenario is None
    assert public.items[0].ramp == 0.3 and private.items[0].ramp == (1, 2)
    assert private.value == {"ops": {"hours": 12}} and public.value == {}
    assert [public.items[0].quantity_in(y) for y in (1, 2, 3)] == pytest.approx([2, 2.6, 3.38])
    assert [private.items[0].quantity_in(y) for y in (1, 2, 3)] == [1, 2, 2]


def test_the_recommended_option_and_option_numbers():
    deal = parsed(TWO_OPTIONS)
    assert deal.recommended_index == 1
    assert deal.index("公有云") == 0 and deal.index("2") == 1 and deal.index("3") is None
    assert deal.renamed(1, "专属云").recommended == "专属云"
    assert deal.removed(1).recommended is None and len(deal.removed(1).options) == 1


def test_an_edit_of_a_shared_field_reaches_every_option():
    deal = parsed(TWO_OPTIONS)
    renamed = deal.replaced(1, deal.options[1].edited(name="新名称"))
    assert [o.name for o in renamed.options] == ["新名称", "新名称"]
    assert "name: 新名称\n" in to_text(renamed)


def test_a_file_without_options_reads_as_one_option_and_writes_no_new_key():
    text = HEAD + "items:\n" + ITEM
    deal = parsed(text)
    assert len(deal.options) == 1 and deal.first.option == "" and deal.recommended is None
    assert deal.first.deal == DealSettings() and deal.first.deal.horizon == 5 and deal.first.deal.rate == 0.08
    assert to_text(parse_solution(to_text(deal), "x")[0]) == to_text(deal)
    for key in ("option:", "options:", "recommended:", "deal:", "ramp:"):
        assert key not in to_text(deal)


def test_the_first_option_is_what_an_older_reader_sees():
    first, findings = parse_solution(TWO_OPTIONS, "deal.yaml")
    assert not findings and first.option == "公有云" and first.items[0].mode == "PUB"


def test_settings_keep_only_what_was_written():
    deal = parsed(HEAD + "items:\n" + ITEM + "deal: {horizon_years: 5}\n")
    assert deal.first.deal == DealSettings(horizon_years=5)
    assert to_text(deal).endswith("deal:\n  horizon_years: 5\n")


@pytest.mark.parametrize(
    ("tail", "code", "line"),
    [
        ("options:\n  - {items: []}\n", "SOL-KEY-020", 6),  # an option without a name
        ("options:\n  - {name: B, items: [], colour: red}\n", "SOL-KEY-021", 6),
        ("options: three\n", "SOL-TYPE-022", 5),
        ("deal: {horizon_years: 11}\n", "SOL-RANGE-024", 5),
        ("deal: {one_time_in: never}\n", "SOL-ENUM-023", 5),
        ("deal: {price_changes: {IM: -3}}\n", "SOL-RANGE-024", 5),
    ],
)
def test_bad_options_and_settings_are_located_and_kept_as_written(tail, code, line):
    text = HEAD + "items:\n" + ITEM + tail
    deal, findings = parse_deal(text, "deal.yaml")
    assert [(f.code, f.file) for f in findings][:1] == [(code, "deal.yaml")]
    assert findings[0].line >= line
    key = tail.split(":")[0]
    assert parse_deal(to_text(deal), "again.yaml")[0] == deal  # saved back as written, read back the same
    assert key + ":" in to_text(deal)  # nothing the user wrote is dropped


def test_a_bad_item_inside_an_option_is_kept_and_the_rest_of_the_option_loads():
    text = (
        HEAD
        + "items:\n"
        + ITEM
        + "options:\n  - name: B\n    items:\n      - {capability: db, mode: PRV}\n"
        + ITEM.replace("  -", "      -")
    )
    deal, findings = parse_deal(text, "deal.yaml")
    assert {f.code for f in findings} == {"SOL-KEY-020"} and {f.line for f in findings} == {10}
    bad, good = deal.options[1].items
    assert not bad.valid and good.valid and good.capability == "db"
    assert "      - capability: db\n        mode: PRV\n" in to_text(deal)


def test_a_bad_go_live_inside_an_option_names_its_path():
    text = HEAD + "items:\n" + ITEM + "options:\n  - name: B\n    policy: {go_live: '2027-02-30'}\n    items: []\n"
    deal, findings = parse_deal(text, "deal.yaml")
    assert [(f.code, f.line) for f in findings] == [("SOL-SCHEMA-025", 9)]
    assert "options[0].policy.go_live" in findings[0].message
    assert "go_live: '2027-02-30'" in to_text(deal)


RAW_TOP = (
    HEAD.replace("customer: {name: Bank}", "customer: 5")
    + "option: A\nitems:\n"
    + ITEM
    + "options:\n  - name: B\n    items: []\nrecommended: B\ndeal: {horizon_years: 3, bogus: 1}\nx_custom: hello\n"
)


def kept_top_level(text: str) -> bool:
    return all(line in text for line in ("customer: 5\n", "x_custom: hello\n", "  bogus: 1\n"))


def test_values_kept_at_the_top_stay_there_when_options_are_copied_moved_or_deleted():
    deal, _ = parse_deal(RAW_TOP, "deal.yaml")
    copied = deal.added(deal.first.edited(option="A (copy)"), 1)
    moved = deal.moved(1, 0)
    deleted = deal.removed(0)
    for changed in (copied, moved, deleted):
        text = to_text(changed)
        assert kept_top_level(text) and "&id" not in text and "*id" not in text
        assert text.count("x_custom") == 1
        again, _ = parse_deal(text, "again.yaml")
        assert len(again.options) == len(changed.options)
    assert [o.option for o in parse_deal(to_text(moved), "m")[0].options] == ["B", "A"]


def test_an_unknown_key_in_an_option_keeps_that_key_only():
    text = HEAD + "items:\n" + ITEM + "options:\n  - name: B\n    items: []\n    colour: red\n"
    deal, findings = parse_deal(text, "deal.yaml")
    assert [f.code for f in findings] == ["SOL-KEY-021"]
    assert len(deal.options) == 2 and deal.options[1].raw == {"colour": "red"}
    assert "    colour: red\n" in to_text(deal)


def test_options_added_to_options_kept_as_written_are_saved_after_them():
    text = HEAD + "items:\n" + ITEM + "options:\n  - {items: []}\n"
    deal, findings = parse_deal(text, "deal.yaml")
    assert len(deal.options) == 1 and "options" in deal.first.raw
    grown = deal.added(deal.first.edited(option="C"))
    saved = to_text(grown)
    assert "  - items: []\n" in saved and "  - name: C\n" in saved
    assert to_text(deal).count("items: []") == 1  # unchanged when nothing was added


def test_items_that_are_no_list_inside_an_option_are_kept():
    text = HEAD + "items:\n" + ITEM + "options:\n  - {name: B, items: 5}\n"
    deal, findings = parse_deal(text, "deal.yaml")
    assert findings and "items: 5" in to_text(deal)


def test_a_finding_in_a_shared_key_concerns_every_option_and_one_in_an_option_only_it():
    from configurator.core.solution_file import findings_by_option

    text = (
        HEAD
        + "option: A\nitems:\n"
        + ITEM
        + "  - {capability: db, mode: PRV}\n"  # line 8: the first option's bad item
        + "options:\n  - name: B\n    items:\n      - {capability: net}\n"  # line 12: B's bad item
        + "deal: {horizon_years: 11}\n"  # line 13: shared
    )
    deal, findings = parse_deal(text, "deal.yaml")
    first, second = findings_by_option(deal, findings)
    lines = sorted({f.line for f in findings})
    assert lines == [8, 12, 13]
    assert sorted({f.line for f in first}) == [8, 13]
    assert sorted({f.line for f in second}) == [12, 13]


def test_duplicate_option_names_and_an_unknown_recommendation_are_warned_and_nothing_is_starred():
    text = HEAD + "option: B\nitems:\n" + ITEM + "options:\n  - name: B\n    items: []\nrecommended: Zed\n"
    deal, findings = parse_deal(text, "deal.yaml")
    assert [(f.code, f.line) for f in findings] == [("SOL-OPTION-013", 9), ("SOL-OPTION-014", 11)]
    assert deal.recommended_at is None and deal.recommended_index == 0
    assert parse_deal(text.replace("Zed", "'2'"), "d")[0].recommended_at is None  # a name, not a number
    assert deal.index("2") == 1  # --option still takes a number


def test_a_ramp_list_that_does_not_start_at_the_quantity_is_warned_and_year_one_is_the_quantity(tmp_path):
    from tiny_catalog import TINY_CAPABILITIES, TINY_META, write_tree

    from configurator.core.catalog_load import load_catalog
    from configurator.core.evaluate import evaluate

    catalog = load_catalog(write_tree(tmp_path / "c", {"catalog.yaml": TINY_META, "x.yaml": TINY_CAPABILITIES})).catalog
    text = HEAD + "items:\n  - {capability: net, mode: PUB, quantity: 2, origin: explicit, ramp: [0, 5]}\n"
    deal, _ = parse_deal(text, "deal.yaml")
    evaluation = evaluate(catalog, deal.first, "deal.yaml")
    [finding] = [f for f in evaluation.findings if f.code == "SOL-RAMP-012"]
    assert finding.message == "'net' has quantity 2, but its ramp starts at 0; year 1 uses 2"
    net = evaluation.years.lines[0]
    assert net.quantity[:2] == (2, 5) and net.total[0] == evaluation.bom.totals.first_year
