"""The multi-year cost of ownership (core/years.py), by hand: a licence with 18 % maintenance,
a cloud line whose price falls 5 % a year, ramped quantities, the plan's year, NPV at 8 %."""

from __future__ import annotations

import pytest
from tiny_catalog import TINY_CAPABILITIES, TINY_META, write_tree

from configurator.core.catalog_load import load_catalog
from configurator.core.evaluate import evaluate
from configurator.core.resolve import from_scenario
from configurator.core.solution_file import parse_deal
from configurator.core.years import net_present_value

MAINTAINED = TINY_META + "  maintenance: {rate: 0.18, price_models: [LIC, HW]}\n"


def load(tmp_path, capabilities: str = TINY_CAPABILITIES):
    root = write_tree(tmp_path / "catalog", {"catalog.yaml": MAINTAINED, "content.yaml": capabilities})
    result = load_catalog(root)
    assert result.catalog is not None and not [f for f in result.findings if f.severity.value == "error"]
    return result.catalog


def years_of(catalog, items: str, deal: str = "deal: {horizon_years: 3}\n"):
    text = "format: solution/1\nname: T\ncatalog: {id: tiny, version: '1.0'}\nitems:\n" + items + deal
    deal_, findings = parse_deal(text, "t.yaml")
    assert not findings, [f.message for f in findings]
    return evaluate(catalog, deal_.first).years


def line(years, capability):
    return next(y for y in years.lines if y.capability == capability)


def test_a_licence_is_bought_in_year_one_and_maintained_at_18_percent_from_year_two(tmp_path):
    years = years_of(load(tmp_path), "  - {capability: db, mode: PRV, quantity: 1, origin: explicit}\n")
    db = line(years, "db")
    assert db.one_time == (200000, 0, 0)
    assert db.maintenance == (0, 36000, 36000)
    assert years.total == (200000, 36000, 36000) and years.tco == 272000
    assert years.cumulative == (200000, 236000, 272000)


def test_a_project_is_not_maintained_and_a_mode_may_set_its_own_rate(tmp_path):
    own = TINY_CAPABILITIES.replace(
        "PRV: {price_model: LIC, unit: licence, billing: once, list_price: 5000, lead_weeks: 4}",
        "PRV: {price_model: LIC, unit: licence, billing: once, list_price: 5000, lead_weeks: 4, maintenance: 0.2}",
    )
    items = (
        "  - {capability: impl, mode: PRV, quantity: 1, origin: explicit}\n"
        "  - {capability: net, mode: PRV, quantity: 2, origin: explicit}\n"
    )
    years = years_of(load(tmp_path, own), items)
    assert line(years, "impl").total == (150000, 0, 0)
    assert line(years, "net").total == (10000, 2000, 2000)


def test_a_cloud_price_falling_5_percent_a_year_compounds(tmp_path):
    deal = "deal: {horizon_years: 3, price_changes: {IM: -0.05}}\n"
    years = years_of(load(tmp_path), "  - {capability: net, mode: PUB, quantity: 2, origin: explicit}\n", deal)
    assert line(years, "net").recurring == pytest.approx((2400, 2280, 2166))


def test_a_growth_ramp_and_a_price_change_together(tmp_path):
    deal = "deal: {horizon_years: 3, price_changes: {IM: -0.05}}\n"
    items = "  - {capability: net, mode: PUB, quantity: 2, origin: explicit, ramp: 0.5}\n"
    net = line(years_of(load(tmp_path), items, deal), "net")
    assert net.quantity == (2, 3, 4.5)
    assert net.recurring == pytest.approx((2400, 3 * 1200 * 0.95, 4.5 * 1200 * 0.95**2))


def test_licences_added_by_a_ramp_are_bought_then_maintained(tmp_path):
    items = "  - {capability: db, mode: PRV, quantity: 1, origin: explicit, ramp: [1, 3]}\n"
    db = line(years_of(load(tmp_path), items), "db")
    assert db.quantity == (1, 3, 3)
    assert db.one_time == (200000, 400000, 0)
    assert db.maintenance == pytest.approx((0, 36000, 108000))


def test_npv_discounts_year_y_by_the_rate_to_the_power_y(tmp_path):
    years = years_of(load(tmp_path), "  - {capability: db, mode: PRV, quantity: 1, origin: explicit}\n")
    assert years.discount_rate == 0.08
    assert years.npv == pytest.approx(200000 / 1.08 + 36000 / 1.08**2 + 36000 / 1.08**3)
    assert years.npv == pytest.approx(244627.34, abs=0.01)
    assert net_present_value([100.0], 0.0) == 100.0


def test_with_one_time_in_plan_a_line_starting_after_a_year_is_bought_then(tmp_path):
    slow = TINY_CAPABILITIES.replace(
        "billing: once, list_price: 5000, lead_weeks: 4", "billing: once, list_price: 5000, lead_weeks: 60"
    )
    items = (
        "  - {capability: db, mode: PRV, quantity: 1, origin: explicit}\n"
        "  - {capability: net, mode: PRV, quantity: 1, origin: auto}\n"
    )
    deal = "deal: {horizon_years: 3, one_time_in: plan}\n"
    years = years_of(load(tmp_path, slow), items, deal)
    assert line(years, "net").total == (5000, 900, 900)  # starts at week 0
    assert line(years, "db").total == (0, 200000, 36000)  # starts at week 60: year 2
    assert years_of(load(tmp_path, slow), items).total[0] == 205000  # by order: both in year 1


def test_zones_and_deliverers_split_each_year(tmp_path):
    items = (
        "  - {capability: db, mode: PUB, quantity: 1, origin: explicit}\n"
        "  - {capability: net, mode: PRV, quantity: 1, origin: auto}\n"
        "  - {capability: impl, mode: PRV, quantity: 1, origin: explicit}\n"
    )
    years = years_of(load(tmp_path), items)
    assert years.zones["public"] == (12000, 12000, 12000)
    assert years.zones["private"] == (155000, 900, 900)
    assert years.partner == (150000, 0, 0)
    assert years.vendor == (17000, 12900, 12900)
    assert years.to_dict()["tco"] == years.tco == sum(years.total)


def test_the_default_horizon_is_five_years_and_year_one_is_the_bom_s_first_year(sample):
    for scenario in sample.scenarios:
        evaluation = evaluate(sample, from_scenario(sample, scenario, "s").solution)
        years = evaluation.years
        assert years.horizon == 5 and len(years.total) == 5
        assert years.total[0] == pytest.approx(evaluation.bom.totals.first_year)
        assert years.tco >= years.total[0]


def test_money_spent_by_month_counts_upfront_costs_then_monthly_fees(tmp_path):
    items = (
        "  - {capability: db, mode: PRV, quantity: 1, origin: explicit}\n"
        "  - {capability: net, mode: PUB, quantity: 1, origin: explicit}\n"
    )
    years = years_of(load(tmp_path), items)
    assert years.spent_by(0) == 200000
    assert years.spent_by(6) == pytest.approx(200000 + 600)
    assert years.spent_by(13) == pytest.approx(201200 + 36000 + 100)
    assert years.spent_by(36) == pytest.approx(years.tco)


def test_a_scenario_starts_its_required_items_in_its_typical_quantities(sample):
    """The collaboration scenario's value drivers assume a team of 50: its seats start at 50."""
    solution = from_scenario(sample, "scn-digital-collaboration", "c").solution
    seats = {i.capability: i.quantity for i in solution.items if i.explicit}
    assert seats == {"collab-wecom": 50, "collab-meeting": 50, "collab-docs": 50}
    evaluation = evaluate(sample, solution)
    assert evaluation.bom.totals.yearly == 50 * (50 + 360 + 180)
    assert 0 < evaluation.value.roi_pct["expected"] < 1000  # not the 41,000 % of one seat against fifty people
