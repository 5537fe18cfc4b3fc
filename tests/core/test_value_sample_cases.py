"""The value case of each sample scenario at its defaults, computed by hand from
catalog/scenarios.yaml.

Expected numbers are written out as arithmetic on the literal figures of the catalog (the
formula text with the defaults), never by calling the code under test; low and high (P10 and
P90 of sampling, test_value_sampling.py) lie between the expected figure and the extremes of the
plausible ranges. ROI and payback over the deal's default five years, with the yearly cost of
core/years.py and the default benefit ramp (half in year 1):

    realised        = annual × (0.5 + 4)
    roi_pct         = (realised − tco) / tco × 100
    payback_months  = first month m in 0..60 whose benefit (each year's spread over its months)
                      reaches Years.spent_by(m) (month 0 only if nothing is spent), else None
"""

from __future__ import annotations

import pytest
from value_support import codes

from configurator.core.catalog_load import load_catalog
from configurator.core.evaluate import evaluate
from configurator.core.resolve import from_scenario
from configurator.paths import catalog_dir


def three_year_cost(totals) -> float:
    return totals.one_time + 36 * totals.monthly + 3 * totals.yearly


SHARES = (0.5, 1.0, 1.0, 1.0, 1.0)


def benefit_by_hand(annual: float, month: int) -> float:
    done, in_year = divmod(month, 12)
    if done >= len(SHARES):
        return annual * sum(SHARES)
    return annual * (sum(SHARES[:done]) + SHARES[done] * in_year / 12)


def payback_by_hand(annual: float, years) -> int | None:
    for month in range(0, 61):
        cost = years.spent_by(month)
        if benefit_by_hand(annual, month) >= cost and (month > 0 or cost == 0):
            return month
    return None


def test_the_sample_catalog_has_no_value_findings() -> None:
    result = load_catalog(catalog_dir())
    assert not [f for f in result.findings if f.code.startswith("CAT-VALUE")]


# Per scenario, per driver: (all low, expected, all high), each the formula of catalog/scenarios.yaml
# at its defaults for expected; for the extremes, each input at whichever end of its range gives
# the smaller or the larger result (an input that is subtracted or divides counts the other way).
SAMPLE_EXPECTED: dict[str, dict[str, tuple[float, float, float]]] = {
    "scn-virtual-branch": {
        # txn_shifted_per_year * (cost_counter - cost_remote)
        "counter-transactions-moved-online": (60_000 * (18 - 15), 100_000 * (25 - 10), 150_000 * (35 - 6)),
        # fte_redeployed * loaded_cost_per_fte_year
        "agent-pooling-redeployment": (3 * 120_000, 5 * 150_000, 8 * 200_000),
    },
    "scn-digital-human-service": {
        # agents_on_simple_queries * reduction_pct * loaded_cost_per_agent_year
        "staff-reduction-simple-queries": (10 * 0.25 * 140_000, 15 * 0.40 * 180_000, 25 * 0.50 * 220_000),
        # after_hours_contacts_per_year * containment_rate * cost_per_agent_contact
        "after-hours-containment": (60_000 * 0.35 * 4, 100_000 * 0.50 * 6, 150_000 * 0.65 * 8),
    },
    "scn-precision-marketing": {
        # (reward_high - reward_low) * bindings_per_year
        "incentive-waste-avoided": ((8 - 6) * 60_000, (10 - 5) * 100_000, (12 - 4) * 150_000),
        # target_customers * conversion_uplift * margin_per_conversion
        "conversion-uplift": (150_000 * 0.002 * 200, 200_000 * 0.005 * 300, 300_000 * 0.008 * 400),
    },
    "scn-supply-chain-finance": {
        # docs_per_month * 12 * minutes_saved_per_doc / 60 * cost_per_hour
        "document-review-hours-saved": (
            8_000 * 12 * 4 / 60 * 90,
            12_000 * 12 * 6 / 60 * 120,
            18_000 * 12 * 9 / 60 * 160,
        ),
        # financing_volume_per_year * loss_rate_reduction
        "forged-invoice-losses-avoided": (1_200_000_000 * 0.0002, 2_000_000_000 * 0.0005, 3_000_000_000 * 0.0008),
    },
    "scn-inclusive-lending": {
        # loans_online_per_year * (cost_per_loan_manual - cost_per_loan_online)
        "processing-cost-per-loan": (5_000 * (350 - 120), 8_000 * (500 - 80), 12_000 * (700 - 50)),
        # loan_volume_per_year * fraud_loss_rate_reduction
        "identity-fraud-losses-avoided": (1_000_000_000 * 0.0002, 1_500_000_000 * 0.0005, 2_200_000_000 * 0.0008),
    },
    "scn-gov-industry-finance": {
        # smes_financed_per_year * avg_financing_per_sme * financing_cost_reduction
        "sme-financing-cost-saved": (250 * 600_000 * 0.005, 400 * 1_000_000 * 0.008, 600 * 1_500_000 * 0.012),
        # requests_per_year * hours_saved_per_request * cost_per_hour
        "manual-matching-work-avoided": (2_000 * 2 * 70, 3_000 * 3 * 100, 4_500 * 4.5 * 140),
    },
    "scn-open-finance-gateway": {
        # (n_fi * m_platforms - (n_fi + m_platforms)) * months_per_integration
        #     * cost_per_integration_month / years
        "integrations-avoided-vs-point-to-point": (
            (4 * 3 - (4 + 3)) * 3 * 70_000 / 6,
            (5 * 4 - (5 + 4)) * 3.5 * 100_000 / 5,
            (7 * 5 - (7 + 5)) * 4 * 140_000 / 4,
        ),
    },
    "scn-core-distributed-xinchuang": {
        # ioe_expansion_cost / expansion_cycle_years * (1 - distributed_cost_ratio)
        "ioe-expansion-avoided": (12_000_000 / 5 * (1 - 0.55), 24_000_000 / 4 * (1 - 0.4), 35_000_000 / 3 * (1 - 0.3)),
        # legacy_maintenance_per_year - new_stack_maintenance_per_year
        "legacy-maintenance-avoided": (2_000_000 - 1_800_000, 3_000_000 - 1_200_000, 4_500_000 - 800_000),
    },
    "scn-digital-collaboration": {
        # trips_avoided_per_year * cost_per_trip
        "travel-meeting-cost-avoided": (60 * 1000, 100 * 1500, 150 * 2200),
        # staff * hours_saved_per_week * 48 * cost_per_hour
        "document-cycle-time-saved": (30 * 0.25 * 48 * 70, 50 * 0.5 * 48 * 100, 80 * 1 * 48 * 140),
    },
    "scn-joint-risk-privacy": {
        # new_loans_per_year * loss_rate_reduction
        "credit-losses-avoided": (1_000_000_000 * 0.0004, 1_500_000_000 * 0.0008, 2_200_000_000 * 0.0012),
        # applications_per_year * approval_rate_uplift * avg_loan * net_margin
        "approvals-at-constant-risk": (
            25_000 * 0.008 * 50_000 * 0.012,
            40_000 * 0.015 * 80_000 * 0.02,
            60_000 * 0.025 * 120_000 * 0.03,
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
        assert result.expected == pytest.approx(mid, rel=1e-12), result.driver.id
        assert low <= result.low <= result.expected <= result.high <= high, result.driver.id
        assert all(not v.given for v in result.inputs)
        assert [v.value for v in result.inputs] == [v.input.default for v in result.inputs]
    annual = sum(v[1] for v in expected.values())
    assert case.annual["expected"] == pytest.approx(annual, rel=1e-12)
    assert sum(v[0] for v in expected.values()) <= case.annual["low"] <= annual <= case.annual["high"]

    totals, years = evaluation.bom.totals, evaluation.years
    assert case.three_year_cost == pytest.approx(three_year_cost(totals))
    assert case.first_year_cost == pytest.approx(totals.one_time + 12 * totals.monthly + totals.yearly)
    assert case.net["expected"] == pytest.approx(3 * annual - three_year_cost(totals))
    for which in ("low", "expected", "high"):
        realised = case.annual[which] * 4.5
        assert case.roi_pct[which] == pytest.approx((realised - years.tco) / years.tco * 100)
        assert case.payback_months[which] == payback_by_hand(case.annual[which], years), which
    assert case.cumulative_cost == pytest.approx([years.spent_by(m) for m in range(61)])
    assert case.cumulative_benefit == pytest.approx([benefit_by_hand(annual, m) for m in range(61)])
    # the sample scenarios all have drivers and the defaults are in range
    assert not [f for f in evaluation.findings if f.code in ("VAL-MISSING-050", "VAL-RANGE-051", "VAL-UNKNOWN-053")]
    payback = case.payback_months["expected"]
    assert ("VAL-PAYBACK-052" in codes(evaluation.findings)) == (payback is None)


def test_digital_human_uses_the_40_percent_reduction_and_pays_back_in_17_months(sample, sample_cases) -> None:
    driver = next(
        d
        for d in sample.scenarios["scn-digital-human-service"].value_drivers
        if d.id == "staff-reduction-simple-queries"
    )
    share = driver.input("reduction_pct")
    assert (share.default, share.low, share.high) == (0.40, 0.25, 0.50)
    evaluation = sample_cases["scn-digital-human-service"]
    case = evaluation.value
    staff = next(r for r in case.drivers if r.driver.id == "staff-reduction-simple-queries")
    assert {v.input.id: v.value for v in staff.inputs}["reduction_pct"] == 0.40
    assert staff.expected == pytest.approx(15 * 0.40 * 180_000)  # 1,080,000
    assert case.annual["expected"] == pytest.approx(1_380_000)  # + 100,000 × 0.50 × 6
    totals, years = evaluation.bom.totals, evaluation.years
    # 900,000 once and 7,541.20 a month; 18 % maintenance (162,000) paid at the start of year 2.
    # Year 1 recovers 690,000 of 990,494.40. In month 12 + k of year 2: 690,000 + 115,000 k
    # ≥ 990,494.40 + 162,000 + 7,541.20 k → k ≥ 462,494.40 / 107,458.80 = 4.3 → month 17.
    assert (totals.one_time, totals.monthly, totals.yearly) == (900_000, pytest.approx(7_541.2), 0)
    assert years.total[:2] == pytest.approx((900_000 + 12 * 7_541.2, 162_000 + 12 * 7_541.2))
    assert case.payback_months["expected"] == 17 == payback_by_hand(1_380_000, years)
    assert case.roi_pct["expected"] == pytest.approx((4.5 * 1_380_000 - years.tco) / years.tco * 100)


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
    # 11 integrations avoided × 3.5 months × 100,000 CNY, spread over the deal's 5 years
    assert case.drivers[0].expected == pytest.approx(11 * 3.5 * 100_000 / 5)
    assert case.annual["expected"] == pytest.approx(770_000, rel=1e-12)
