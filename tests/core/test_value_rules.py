"""The VAL rules on the tiny catalog's value scenario (a scenario without drivers, an input
outside its plausible range, no payback within the deal's horizon, entries the catalog does not
define), and the solution file's `value` section, kept byte for byte.

Expected numbers are arithmetic on the literal figures of `VALUE_SCENARIO` in value_support.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from value_support import (
    TINY_ONE_TIME,
    codes,
    tiny_solution,
    tiny_value_catalog,  # noqa: F401 - the fixture `tiny`
)

from configurator.core.catalog import Catalog
from configurator.core.evaluate import evaluate
from configurator.core.solution import Solution
from configurator.core.solution_file import load_solution, parse_solution, save_solution, to_text


def evaluate_file(catalog: Catalog, solution: Solution, tmp_path: Path, name: str = "value.yaml"):
    """Save, load and evaluate, so that findings carry the file's locations."""
    path = tmp_path / name
    save_solution(solution, path)
    loaded, findings = load_solution(path, name)
    return evaluate(catalog, loaded, name, findings), path


def test_the_tiny_value_scenario_by_hand(tiny) -> None:
    evaluation = evaluate(tiny, tiny_solution(tiny))
    case = evaluation.value
    assert evaluation.bom.totals.one_time == TINY_ONE_TIME
    (result,) = case.drivers
    assert result.expected == 1000 * 120
    assert 100 * 50 <= result.low <= result.expected <= result.high <= 1_000_000 * 200
    # over the default 5 years: 60,000 in year 1 (half), then 120,000 a year, 420,000 by the end
    # of year 4 and 10,000 a month after: 505,000 − 420,000 = 85,000 takes 8.5 months → 57
    assert case.payback_months["expected"] == 57
    realised = 0.5 * 120_000 + 4 * 120_000
    assert case.roi_pct["expected"] == pytest.approx((realised - TINY_ONE_TIME) / TINY_ONE_TIME * 100)


def test_val_missing_050_for_a_scenario_without_drivers(tiny, tmp_path: Path) -> None:
    evaluation, _ = evaluate_file(tiny, tiny_solution(tiny, scenario="scn-app"), tmp_path)
    found = [f for f in evaluation.findings if f.code == "VAL-MISSING-050"]
    assert len(found) == 1
    assert found[0].subject == "scn-app" and "scn-app" in found[0].message
    assert found[0].file == "value.yaml"
    assert evaluation.value.drivers == ()
    assert "VAL-PAYBACK-052" not in codes(evaluation.findings)  # nothing to pay back
    # a scenario with drivers has no such finding
    evaluation, _ = evaluate_file(tiny, tiny_solution(tiny), tmp_path, "other.yaml")
    assert "VAL-MISSING-050" not in codes(evaluation.findings)


@pytest.mark.parametrize(
    ("name", "value", "low", "high"),
    [("rate", 500, 50, 200), ("rate", 49.5, 50, 200), ("hours", 10, 100, 1_000_000), ("hours", -1, 100, 1_000_000)],
)
def test_val_range_051_names_the_range(tiny, tmp_path: Path, name: str, value: float, low: float, high: float) -> None:
    evaluation, path = evaluate_file(tiny, tiny_solution(tiny, {"hours-saved": {name: value}}), tmp_path)
    found = [f for f in evaluation.findings if f.code == "VAL-RANGE-051"]
    assert len(found) == 1
    finding = found[0]
    assert finding.subject == "hours-saved" and "hours-saved" in finding.message
    assert finding.params["input"] == name and f"'{name}'" in finding.message

    def number(text: str) -> float:  # messages group thousands: "1,000,000"
        return float(text.replace(",", ""))

    assert number(finding.params["value"]) == value
    assert (number(finding.params["low"]), number(finding.params["high"])) == (low, high)
    assert f"is {finding.params['value']}, outside its plausible range" in finding.message
    assert f"range {finding.params['low']} to {finding.params['high']}" in finding.message
    value_line = path.read_text(encoding="utf-8").splitlines().index("value:") + 1
    assert finding.file == "value.yaml" and finding.line in (value_line, value_line + 1)
    # the value is used as given
    (result,) = evaluation.value.drivers
    given = {"hours": 1000, "rate": 120, name: value}
    assert result.expected == pytest.approx(given["hours"] * given["rate"])


def test_val_range_051_not_for_values_in_range_or_on_the_edges(tiny, tmp_path: Path) -> None:
    for value in ({"hours-saved": {"hours": 100, "rate": 200}}, {"hours-saved": {"hours": 1_000_000, "rate": 50}}):
        evaluation, _ = evaluate_file(tiny, tiny_solution(tiny, value), tmp_path)
        assert "VAL-RANGE-051" not in codes(evaluation.findings), value


@pytest.mark.parametrize(
    ("hours", "rate", "months"),
    [
        (1000, 120, 57),  # defaults: see test_the_tiny_value_scenario_by_hand
        (0, 120, None),  # no benefit at all: never
        (1010, 10, None),  # 10,100 a year: 45,450 over five years
        (11000, 100, 12),  # 1,100,000 a year, half in year 1: 45,833.33 a month, 504,166.67 by month 11
        (112223, 1, 60),  # 4.5 × 112,223 = 505,003.5 ≥ 505,000 in the last month
        (112222, 1, None),  # 4.5 × 112,222 = 504,999 < 505,000: not within the five years
    ],
)
def test_val_payback_052_when_no_payback_within_the_horizon(tiny, tmp_path: Path, hours, rate, months) -> None:
    solution = tiny_solution(tiny, {"hours-saved": {"hours": hours, "rate": rate}})
    evaluation, _ = evaluate_file(tiny, solution, tmp_path)
    case = evaluation.value
    assert case.payback_months["expected"] == months
    found = [f for f in evaluation.findings if f.code == "VAL-PAYBACK-052"]
    if months is not None:
        assert found == []
    else:
        assert len(found) == 1
        assert "does not pay back within the deal's 5 years" in found[0].message
        assert found[0].file == "value.yaml"


def test_val_unknown_053_for_entries_the_catalog_does_not_define_and_they_are_kept(tiny, tmp_path: Path) -> None:
    value = {"hours-saved": {"hours": 2000, "minutes": 5}, "ghost-driver": {"x": 1.5}}
    evaluation, path = evaluate_file(tiny, tiny_solution(tiny, value), tmp_path)
    found = sorted((f.subject, f.params["input"]) for f in evaluation.findings if f.code == "VAL-UNKNOWN-053")
    assert found == [("ghost-driver", "x"), ("hours-saved", "minutes")]
    # the known input is used; the unknown ones change nothing
    (result,) = evaluation.value.drivers
    assert result.expected == 2000 * 120
    # kept when loaded and saved again
    loaded, _ = load_solution(path, "value.yaml")
    assert loaded.value == value
    again = tmp_path / "again.yaml"
    save_solution(loaded, again)
    assert again.read_bytes() == path.read_bytes()
    assert yaml.safe_load(again.read_text(encoding="utf-8"))["value"] == value


ROUND_TRIP_TEXT = """\
format: solution/1
name: 价值测试
catalog:
  id: tiny
  version: '1.0'
scenario: scn-value
policy:
  deployment: private
  xinchuang: none
  network: internet_allowed
items:
  - capability: app
    mode: PRV
    quantity: 1
    origin: explicit
    customized: false
    discount: 0.0
    notes: ''
  - capability: db
    mode: PRV
    quantity: 1
    origin: auto
    customized: false
    discount: 0.0
    notes: ''
  - capability: net
    mode: PRV
    quantity: 1
    origin: auto
    customized: false
    discount: 0.0
    notes: ''
value:
  hours-saved:
    rate: 137.5
    hours: 2400
  ghost-driver:
    x: -3
    y: 0.001
"""


def test_the_value_section_round_trips_byte_identically(tiny, tmp_path: Path) -> None:
    path = tmp_path / "round.yaml"
    path.write_bytes(ROUND_TRIP_TEXT.encode("utf-8"))
    solution, findings = load_solution(path, "round.yaml")
    assert not [f for f in findings if f.severity.value == "error"], codes(findings)
    assert solution.value == {"hours-saved": {"rate": 137.5, "hours": 2400}, "ghost-driver": {"x": -3, "y": 0.001}}
    assert to_text(solution) == ROUND_TRIP_TEXT
    copy = tmp_path / "copy.yaml"
    save_solution(solution, copy)
    assert copy.read_bytes() == path.read_bytes()
    # and once more through a fresh parse
    again, _ = parse_solution(copy.read_text(encoding="utf-8"), "copy.yaml")
    assert to_text(again) == ROUND_TRIP_TEXT
    # the numbers are used: 2,400 × 137.5
    assert evaluate(tiny, solution).value.annual["expected"] == 2400 * 137.5


def test_a_solution_without_value_section_saves_none(tiny) -> None:
    assert "value:" not in to_text(tiny_solution(tiny))
