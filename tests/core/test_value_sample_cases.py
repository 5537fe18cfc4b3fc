"""The value case of each sample scenario at its defaults, computed by hand from
catalog/scenarios.yaml.

Expected numbers are written out as arithmetic on the literal figures of the catalog (the
formula text with the defaults, or every input at the low or the high end of its plausible
range), never by calling the code under test. ROI and payback are computed here from the BOM
totals with the definitions:

    three_year_cost = one_time + 36 × monthly + 3 × yearly
    net             = 3 × annual − three_year_cost
    roi_pct         = net / three_year_cost × 100
    payback_months  = first month m in 0..120 with annual / 12 × m ≥ one_time + monthly × m
                      + yearly × max(1, ceil(m / 12)) (month 0 only if that cost is 0), else None
"""

from __future__ import annotations

import math

import pytest
from value_support import codes

from configurator.core.catalog_load import load_catalog
from configurator.core.evaluate import evaluate
from configurator.core.resolve import from_scenario
from configurator.paths import catalog_dir


def three_year_cost(totals) -> float:
    return totals.one_time + 36 * totals.monthly + 3 * totals.yearly


def cost_by_month(totals, month: int) -> float:
    return totals.one_time + totals.monthly * month + totals.yearly * max(1, math.ceil(month / 12))


def payback_by_hand(annual: float, totals) -> int | None:
    for month in range(0, 121):
        cost = cost_by_month(totals, month)
        if annual / 12 * month >= cost and (month > 0 or cost == 0):
            return month
    return None


def test_the_sample_catalog_has_no_value_findings() -> None:
    result = load_catalog(catalog_dir())
    assert not [f for f in result.findings if f.code.startswith("CAT-VALUE")]


# Per scenario, per driver: (low, expected, high), each the formula of catalog/scenarios.yaml
# at its defaults for expected; for low and high, each input at whichever end of its range gives
# the smaller or the larger result (an input that is subtracted or divides counts the other way).
SAMPLE_EXPECTED: dict[str, dict[str, tuple[float, float, float]]] = {
    "scn-virtual-branch": {
        # txn_shifted_per_year * (cost_counter - cost_remote)
        "counter-transactions-moved-online": (30_000 * (15 - 15), 100_000 * (25 - 10), 300_000 * (40 - 5)),
        # fte_redeployed * loaded_cost_per_fte_year
        "agent-pooling-redeployment": (2 * 120_000, 5 * 150_000, 15 * 220_000),
    },
    "scn-digital-human-service": {
        # agents_on_simple_queries * reduction_pct * loaded_cost_per_agent_year
        "staff-reduction-simple-queries": (5 * 0.20 * 120_000, 15 * 0.40 * 180_000, 60 * 0.60 * 250_000),
        # after_hours_contacts_per_year * containment_rate * cost_per_agent_contact
        "after-hours-containment": (30_000 * 0.30 * 3, 100_000 * 0.50 * 6, 400_000 * 0.70 * 10),
    },
    "scn-precision-marketing": {
        # (reward_high - reward_low) * bindings_per_year
        "incentive-waste-avoided": ((8 - 8) * 20_000, (10 - 5) * 100_000, (20 - 3) * 500_000),
        # target_customers * conversion_uplift * margin_per_conversion
        "conversion-uplift": (50_000 * 0.001 * 100, 200_000 * 0.005 * 300, 1_000_000 * 0.02 * 800),
    },
    "scn-supply-chain-finance": {
        # docs_per_month * 12 * minutes_saved_per_doc / 60 * cost_per_hour
        "document-review-hours-saved": (
            3_000 * 12 * 3 / 60 * 80,
            12_000 * 12 * 6 / 60 * 120,
            50_000 * 12 * 12 / 60 * 200,
        ),
        # financing_volume_per_year * loss_rate_reduction
        "forged-invoice-losses-avoided": (500_000_000 * 0.0001, 2_000_000_000 * 0.0005, 10_000_000_000 * 0.002),
    },
    "scn-inclusive-lending": {
        # loans_online_per_year * (cost_per_loan_manual - cost_per_loan_online)
        "processing-cost-per-loan": (2_000 * (300 - 200), 8_000 * (500 - 80), 50_000 * (1000 - 30)),
        # loan_volume_per_year * fraud_loss_rate_reduction
        "identity-fraud-losses-avoided": (300_000_000 * 0.0002, 1_500_000_000 * 0.0005, 5_000_000_000 * 0.002),
    },
    "scn-gov-industry-finance": {
        # smes_financed_per_year * avg_financing_per_sme * financing_cost_reduction
        "sme-financing-cost-saved": (100 * 300_000 * 0.003, 400 * 1_000_000 * 0.008, 3_000 * 3_000_000 * 0.02),
        # requests_per_year * hours_saved_per_request * cost_per_hour
        "manual-matching-work-avoided": (1_000 * 1 * 60, 3_000 * 3 * 100, 10_000 * 6 * 150),
    },
    "scn-open-finance-gateway": {
        # (n_fi * m_platforms - (n_fi + m_platforms)) * months_per_integration
        #     * cost_per_integration_month / years
        "integrations-avoided-vs-point-to-point": (
            (3 * 3 - (3 + 3)) * 3 * 60_000 / 5,
            (5 * 4 - (5 + 4)) * 3.5 * 100_000 / 3,
            (20 * 20 - (20 + 20)) * 4 * 150_000 / 2,
        ),
    },
    "scn-core-distributed-xinchuang": {
        # ioe_expansion_cost / expansion_cycle_years * (1 - distributed_cost_ratio)
        "ioe-expansion-avoided": (8_000_000 / 6 * (1 - 0.6), 20_000_000 / 4 * (1 - 0.4), 100_000_000 / 3 * (1 - 0.25)),
        # legacy_maintenance_per_year - new_stack_maintenance_per_year
        "legacy-maintenance-avoided": (1_500_000 - 2_500_000, 3_000_000 - 1_200_000, 8_000_000 - 600_000),
    },
    "scn-digital-collaboration": {
        # trips_avoided_per_year * cost_per_trip
        "travel-meeting-cost-avoided": (20 * 800, 100 * 1500, 500 * 3000),
        # staff * hours_saved_per_week * 48 * cost_per_hour
        "document-cycle-time-saved": (10 * 0.5 * 48 * 60, 50 * 1 * 48 * 100, 1000 * 3 * 48 * 200),
    },
    "scn-joint-risk-privacy": {
        # new_loans_per_year * loss_rate_reduction
        "credit-losses-avoided": (500_000_000 * 0.0003, 1_500_000_000 * 0.0008, 10_000_000_000 * 0.002),
        # applications_per_year * approval_rate_uplift * avg_loan * net_margin
        "approvals-at-constant-risk": (
            10_000 * 0.005 * 30_000 * 0.01,
            40_000 * 0.015 * 80_000 * 0.02,
            200_000 * 0.04 * 300_000 * 0.03,
        ),
    },
}


def test_every_sample_scenario_has_hand_computed_expectations(sample) -> None:
    assert set(SAMPLE_EXPECTED) == set(sample.scenarios)


@pytest.fixture(scope="module")
def sample_cases(sample) -> dict:
    cases = {}
    for scenario in sample.scenarios:
        solution = from_scenario(sample, scenario, scenario).solution
        cases[scenario] = evaluate(sample, solution)
    return cases


@pytest.mark.parametrize("scenario", list(SAMPLE_EXPECTED))
def test_sample_scenario_defaults_give_the_hand_computed_value_case(sample_cases, scenario: str) -> None:
    evaluation = sample_cases[scenario]
    case = evaluation.value
    expected = SAMPLE_EXPECTED[scenario]
    assert [r.driver.id for r in case.drivers] == list(expected)
    for result in case.drivers:
        low, mid, high = expected[result.driver.id]
        assert (result.low, result.expected, result.high) == (
            pytest.approx(low, rel=1e-12),
            pytest.approx(mid, rel=1e-12),
            pytest.approx(high, rel=1e-12),
        ), result.driver.id
        assert all(not v.given for v in result.inputs)
        assert [v.value for v in result.inputs] == [v.input.default for v in result.inputs]
    annual = {
        "low": sum(v[0] for v in expected.values()),
        "expected": sum(v[1] for v in expected.values()),
        "high": sum(v[2] for v in expected.values()),
    }
    assert case.annual == pytest.approx(annual, rel=1e-12)

    totals = evaluation.bom.totals
    cost3 = three_year_cost(totals)
    assert case.three_year_cost == pytest.approx(cost3)
    assert case.first_year_cost == pytest.approx(totals.one_time + 12 * totals.monthly + totals.yearly)
    for which in ("low", "expected", "high"):
        net = 3 * annual[which] - cost3
        assert case.net[which] == pytest.approx(net)
        assert case.roi_pct[which] == pytest.approx(net / cost3 * 100)
        assert case.payback_months[which] == payback_by_hand(annual[which], totals), which
    assert case.cumulative_cost == pytest.approx([cost_by_month(totals, m) for m in range(37)])
    assert case.cumulative_benefit == pytest.approx([annual["expected"] / 12 * m for m in range(37)])
    # the sample scenarios all have drivers and the defaults are in range
    assert not [f for f in evaluation.findings if f.code in ("VAL-MISSING-050", "VAL-RANGE-051", "VAL-UNKNOWN-053")]
    payback = case.payback_months["expected"]
    assert ("VAL-PAYBACK-052" in codes(evaluation.findings)) == (payback is None or payback > 36)


def test_digital_human_uses_the_40_percent_reduction_and_pays_back_in_9_months(sample, sample_cases) -> None:
    driver = next(
        d
        for d in sample.scenarios["scn-digital-human-service"].value_drivers
        if d.id == "staff-reduction-simple-queries"
    )
    share = driver.input("reduction_pct")
    assert (share.default, share.low, share.high) == (0.40, 0.20, 0.60)
    evaluation = sample_cases["scn-digital-human-service"]
    case = evaluation.value
    staff = next(r for r in case.drivers if r.driver.id == "staff-reduction-simple-queries")
    assert {v.input.id: v.value for v in staff.inputs}["reduction_pct"] == 0.40
    assert staff.expected == pytest.approx(15 * 0.40 * 180_000)  # 1,080,000
    assert case.annual["expected"] == pytest.approx(1_380_000)  # + 100,000 × 0.50 × 6
    totals = evaluation.bom.totals
    # 1,380,000 / 12 = 115,000 a month against the monthly fees: the one-time cost is
    # recovered after one_time / (115,000 − monthly) months, rounded up.
    assert totals.yearly == 0
    months = math.ceil(totals.one_time / (1_380_000 / 12 - totals.monthly))
    assert case.payback_months["expected"] == months == payback_by_hand(1_380_000, totals)
    assert case.payback_months["expected"] == 9
    cost3 = three_year_cost(totals)
    assert case.roi_pct["expected"] == pytest.approx((3 * 1_380_000 - cost3) / cost3 * 100)


def test_open_finance_gateway_compares_point_to_point_with_the_gateway(sample, sample_cases) -> None:
    (driver,) = sample.scenarios["scn-open-finance-gateway"].value_drivers
    assert driver.id == "integrations-avoided-vs-point-to-point"
    names = {i.id for i in driver.inputs}
    assert {"n_fi", "m_platforms", "months_per_integration"} <= names
    assert driver.formula.names >= {"n_fi", "m_platforms", "months_per_integration"}
    text = driver.formula_text.replace(" ", "")
    assert "n_fi*m_platforms" in text and "(n_fi+m_platforms)" in text  # N × M links against N + M
    months = driver.input("months_per_integration")
    assert months.default == 3.5 and (months.low, months.high) == (3, 4)
    institutions, platforms = driver.input("n_fi"), driver.input("m_platforms")
    assert "institution" in institutions.label.en.lower() and "platform" in platforms.label.en.lower()
    case = sample_cases["scn-open-finance-gateway"].value
    # 5 institutions × 4 platforms = 20 links point to point, 5 + 4 = 9 through the gateway:
    # 11 integrations avoided × 3.5 months × 100,000 CNY, spread over 3 years
    assert case.drivers[0].expected == pytest.approx(11 * 3.5 * 100_000 / 3)
    assert case.annual["expected"] == pytest.approx(1_283_333.333333, rel=1e-9)
