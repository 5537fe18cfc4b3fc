"""The value case over the deal's years on the tiny value scenario, by hand: the benefit ramp,
the yearly net cash flow and its cumulative sum, the payback month, ROI over the horizon and the
NPV of the net flows; and VAL-PAYBACK-052 on the deal's horizon.

The tiny catalog on premises costs 505,000 in one-time licences (value_support.py); with
`defaults.maintenance: {rate: 0.18, price_models: [LIC]}` they cost 0.18 × 505,000 = 90,900 a
year from year 2. Inputs 2,000 hours × 150 CNY give 300,000 a year, half of it in year 1.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from tiny_catalog import TINY_META
from value_support import (
    TINY_ONE_TIME,
    VALUE_SCENARIO,
    codes,
    tiny_solution,
    tiny_value_catalog,  # noqa: F401 - the fixture `tiny`
)

from configurator.core.catalog_load import load_catalog
from configurator.core.evaluate import evaluate
from configurator.core.solution import DealSettings

MAINTENANCE = 0.18 * TINY_ONE_TIME  # 90,900
ANNUAL = 2_000 * 150  # 300,000
INPUTS = {"hours-saved": {"hours": 2_000, "rate": 150}}


@pytest.fixture(name="maintained")
def maintained_catalog(make_catalog):
    meta = TINY_META + "  maintenance: {rate: 0.18, price_models: [LIC]}\n"
    result = load_catalog(make_catalog({"catalog.yaml": meta, "value.yaml": VALUE_SCENARIO}))
    assert not [f for f in result.findings if f.code.startswith("CAT-")], codes(result.findings)
    return result.catalog


def three_years(catalog, inputs=INPUTS, **settings):
    solution = tiny_solution(catalog, inputs)
    return evaluate(catalog, replace(solution, deal=DealSettings(horizon_years=3, **settings)))


def test_benefit_ramp_cost_net_and_cumulative_per_year(maintained) -> None:
    evaluation = three_years(maintained)
    horizon = evaluation.value.horizon
    assert horizon.years == 3
    assert horizon.benefit == (0.5 * ANNUAL, ANNUAL, ANNUAL)
    assert horizon.cost == pytest.approx((TINY_ONE_TIME, MAINTENANCE, MAINTENANCE))
    net = (150_000 - 505_000, 300_000 - 90_900, 300_000 - 90_900)  # -355,000; 209,100; 209,100
    assert horizon.net == pytest.approx(net)
    assert horizon.cumulative == pytest.approx((-355_000, -145_900, 63_200))


def test_payback_month_roi_and_npv_over_three_years(maintained) -> None:
    case = three_years(maintained).value
    # spent: 505,000 at order, 595,900 from the start of year 2, 686,800 from year 3.
    # benefit: 12,500 a month in year 1 (150,000 by month 12), then 25,000 a month:
    # month 24: 450,000 < 595,900; month 24 + m: 450,000 + 25,000 m ≥ 686,800 → m ≥ 9.47 → 34
    assert case.payback_months["expected"] == 34
    cost = TINY_ONE_TIME + 2 * MAINTENANCE  # 686,800
    assert case.roi_pct["expected"] == pytest.approx((750_000 - cost) / cost * 100)  # 9.2 %
    assert case.horizon.net_benefit["expected"] == pytest.approx(750_000 - cost)
    npv = -355_000 / 1.08 + 209_100 / 1.08**2 + 209_100 / 1.08**3
    assert case.horizon.npv == pytest.approx(npv)  # 23,066.61
    assert case.horizon.discount_rate == 0.08


def test_the_chart_runs_over_the_horizon_s_months(maintained) -> None:
    evaluation = three_years(maintained)
    case = evaluation.value
    assert len(case.cumulative_cost) == len(case.cumulative_benefit) == 37
    assert case.cumulative_cost == tuple(evaluation.years.spent_by(m) for m in range(37))
    assert case.cumulative_benefit[12] == pytest.approx(150_000)
    assert case.cumulative_benefit[18] == pytest.approx(150_000 + 6 * 25_000)
    assert case.cumulative_benefit[36] == pytest.approx(750_000)
    five = evaluate(maintained, tiny_solution(maintained, INPUTS)).value  # the default horizon
    assert len(five.cumulative_cost) == 61


def test_a_deal_s_benefit_ramp_and_discount_rate(maintained) -> None:
    case = three_years(maintained, benefit_ramp=(0.25, 0.75, 1.0), discount_rate=0.1).value
    assert case.horizon.benefit == (75_000, 225_000, 300_000)
    assert case.horizon.npv == pytest.approx(
        (75_000 - 505_000) / 1.1 + (225_000 - 90_900) / 1.1**2 + (300_000 - 90_900) / 1.1**3
    )
    assert case.payback_months["expected"] is None  # 600,000 < 686,800 by the end of year 3


def test_without_maintenance_payback_in_month_27(tiny) -> None:
    case = three_years(tiny).value
    # 450,000 by month 24, then 25,000 a month against 505,000: 2.2 months more → 27
    assert case.payback_months["expected"] == 27
    assert case.roi_pct["expected"] == pytest.approx((750_000 - 505_000) / 505_000 * 100)


def test_val_payback_052_when_no_payback_within_the_deal_s_horizon(tiny) -> None:
    two = replace(tiny_solution(tiny, INPUTS), deal=DealSettings(horizon_years=2))
    evaluation = evaluate(tiny, two)  # 450,000 by the end of year 2 < 505,000
    assert evaluation.value.payback_months["expected"] is None
    (found,) = [f for f in evaluation.findings if f.code == "VAL-PAYBACK-052"]
    assert "within the deal's 2 years" in found.message
    assert "VAL-PAYBACK-052" not in codes(three_years(tiny).findings)  # month 27 of 36


def test_the_bom_document_has_the_horizon_figures(maintained) -> None:
    value = three_years(maintained).to_dict()["value"]
    horizon = value["horizon"]
    assert set(horizon) == {"years", "discount_rate", "benefit", "cost", "net", "cumulative_net", "npv", "net_benefit"}
    assert horizon["benefit"] == [150_000, 300_000, 300_000]
    assert horizon["cumulative_net"] == pytest.approx([-355_000, -145_900, 63_200])
    assert value["payback_months"]["expected"] == 34
    # the three-year keys keep their meaning: the BOM's totals, no maintenance
    assert value["three_year_cost"] == TINY_ONE_TIME
    assert value["net_benefit_3y"]["expected"] == 3 * ANNUAL - TINY_ONE_TIME
