"""`configurator value` (JSON, English and Chinese text, exit codes) and the BOM's `value` key,
with the numbers computed by hand from catalog/scenarios.yaml and the tiny value scenario
(value_support.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from cli_helpers import cli
from value_support import (
    TINY_ONE_TIME,
    tiny_solution,
    tiny_value_catalog,  # noqa: F401 - the fixture `tiny`
)

from configurator.core.evaluate import evaluate
from configurator.core.resolve import from_scenario
from configurator.core.solution_file import load_solution, save_solution


def money_en(amount: float) -> str:
    return f"-CNY {abs(amount):,.2f}" if amount < 0 else f"CNY {amount:,.2f}"


def money_zh(amount: float) -> str:
    return f"-¥{abs(amount):,.2f}" if amount < 0 else f"¥{amount:,.2f}"


# --------------------------------------------------------------------------- the CLI


@pytest.fixture
def tiny_file(make_catalog, tiny, tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "catalog"
    path = tmp_path / "tiny.yaml"
    save_solution(tiny_solution(tiny, {"hours-saved": {"hours": 2000}}), path)
    return root, path


def test_value_json_has_the_value_document(tiny_file) -> None:
    root, path = tiny_file
    run = cli("value", path, "--catalog", root, "--format", "json")
    assert run.code == 0, run.err  # only warnings and infos
    data = json.loads(run.out)
    value = data["value"]
    (driver,) = value["drivers"]
    assert driver["id"] == "hours-saved" and driver["formula"] == "hours * rate"
    # 2,000 hours given × 120 default; low and high are P10 and P90 of sampling the ranges
    assert driver["expected"] == 2000 * 120
    assert 100 * 50 <= driver["low"] <= driver["expected"] <= driver["high"] <= 1_000_000 * 200
    inputs = {i["id"]: i for i in driver["inputs"]}
    assert set(inputs) == {"hours", "rate"}
    assert inputs["hours"]["value"] == 2000 and inputs["hours"]["default"] == 1000
    assert (inputs["rate"]["value"], inputs["rate"]["low"], inputs["rate"]["high"]) == (120, 50, 200)
    assert value["annual_benefit"] == {"low": driver["low"], "expected": 240_000, "high": driver["high"]}
    assert value["three_year_cost"] == TINY_ONE_TIME
    # over five years, half the benefit in year 1: 4.5 × 240,000 = 1,080,000
    assert value["roi_pct"]["expected"] == pytest.approx((1_080_000 - TINY_ONE_TIME) / TINY_ONE_TIME * 100)
    # 120,000 in year 1, then 20,000 a month: 385,000 more takes 19.25 months → month 32
    assert value["payback_months"]["expected"] == 32
    horizon = value["horizon"]
    assert horizon["years"] == 5 and horizon["benefit"] == [120_000] + [240_000] * 4
    assert horizon["cost"] == [TINY_ONE_TIME, 0, 0, 0, 0]
    assert horizon["npv"] == pytest.approx(
        (120_000 - TINY_ONE_TIME) / 1.08 + sum(240_000 / 1.08**y for y in range(2, 6))
    )
    assert value["sampling"] == {"distribution": "triangular", "draws": 10_000, "percentiles": {"low": 10, "high": 90}}
    assert [(s["driver"], s["input"]) for s in value["sensitivity"]] == [
        ("hours-saved", "hours"),
        ("hours-saved", "rate"),
    ]
    hours = value["sensitivity"][0]
    assert (hours["low"], hours["high"]) == (100, 1_000_000)
    assert hours["roi_pct"]["low"] == pytest.approx((4.5 * 100 * 120 - TINY_ONE_TIME) / TINY_ONE_TIME * 100)
    assert hours["net_benefit"]["high"] == pytest.approx(4.5 * 1_000_000 * 120 - TINY_ONE_TIME)
    assert hours["label"] == {"en": "Hours saved per year", "zh": "每年节省的工时"}
    assert all(f["code"].startswith("VAL-") for f in data["findings"])


TWO_OPTIONS = """\
option: small
options:
  - name: big
    scenario: scn-value
    policy: {deployment: private, xinchuang: none, network: internet_allowed}
    items:
      - {capability: app, mode: PRV, quantity: 1, origin: explicit}
      - {capability: db, mode: PRV, quantity: 1, origin: explicit}
      - {capability: net, mode: PRV, quantity: 1, origin: explicit}
    value:
      hours-saved: {hours: 4000}
"""


def test_value_option_chooses_the_option(tiny_file) -> None:
    root, path = tiny_file
    path.write_text(path.read_text(encoding="utf-8") + TWO_OPTIONS, encoding="utf-8")

    def annual(*option: str) -> float:
        run = cli("value", path, "--catalog", root, "--format", "json", *option)
        assert run.code == 0, run.err
        return json.loads(run.out)["value"]["annual_benefit"]["expected"]

    assert annual() == annual("--option", "small") == annual("--option", "1") == 2000 * 120
    assert annual("--option", "big") == annual("--option", "2") == 4000 * 120
    path.write_text(path.read_text(encoding="utf-8") + "recommended: big\n", encoding="utf-8")
    assert annual() == 4000 * 120
    run = cli("value", path, "--catalog", root, "--option", "huge")
    assert run.code == 2 and run.out == ""
    assert run.err.count("\n") == 1 and "'huge'" in run.err and "small" in run.err and "big" in run.err


def test_value_exit_code_follows_the_findings(tiny_file, tmp_path: Path) -> None:
    root, path = tiny_file
    # a warning (VAL-RANGE-051) and an info (VAL-PAYBACK-052) only: exit 0
    text = path.read_text(encoding="utf-8").replace("hours: 2000", "hours: 10")
    path.write_text(text, encoding="utf-8")
    run = cli("value", path, "--catalog", root, "--format", "json")
    assert run.code == 0
    assert {"VAL-RANGE-051", "VAL-PAYBACK-052"} <= {f["code"] for f in json.loads(run.out)["findings"]}
    # an error in the solution (db missing, which app requires): exit 1, value still shown
    broken = tmp_path / "broken.yaml"
    lines = text.split("  - capability: db\n")
    rest = lines[1].split("  - capability: net\n", 1)[1]
    broken.write_text(lines[0] + "  - capability: net\n" + rest, encoding="utf-8")
    run = cli("value", broken, "--catalog", root, "--format", "json")
    assert run.code == 1
    assert json.loads(run.out)["value"]["three_year_cost"] == 300_000 + 5_000
    assert run.err == "errors elsewhere in the solution: 1; `configurator check` lists them\n"
    # a file that cannot be read: exit 2
    assert cli("value", tmp_path / "missing.yaml", "--catalog", root).code == 2


def test_value_text_lists_drivers_and_results(sample, tmp_path: Path) -> None:
    path = tmp_path / "dh.yaml"
    save_solution(from_scenario(sample, "scn-digital-human-service", "Digital human").solution, path)
    run = cli("value", path, "--lang", "en")
    assert run.code == 0, run.err
    out = run.out
    case = evaluate(sample, load_solution(path)[0]).value
    assert "Agents freed from repetitive simple queries [staff-reduction-simple-queries]" in out
    assert "[after-hours-containment]" in out
    staff = case.drivers[0]
    assert f"{money_en(15 * 0.40 * 180_000)} per year (low {money_en(staff.low)}, high {money_en(staff.high)})" in out
    assert "Share of those agents no longer needed = 0.40 fraction (default)  [0.25 – 0.50]" in out
    assert f"Annual benefit (low / expected / high): {money_en(case.annual['low'])} / {money_en(1_380_000)} / " in out
    for label in ("First-year cost:", "Cost over years 1–5:", "Net benefit over years 1–5:", "Return on investment:"):
        assert label in out
    assert f"Net present value at 8%: {money_en(case.horizon.npv)}" in out
    assert f"Payback: {case.payback_months['low']} months / 17 months / " in out
    assert f"    Year 1: benefit {money_en(690_000)}, cost " in out
    assert "low and high: the 10th and 90th percentiles of 10,000 draws of the inputs' ranges" in out
    top = case.sensitivity[0]
    assert "Sensitivity of ROI to each input (low end → high end):\n    " + top.input.label.en in out


def test_value_text_shows_small_fractions_with_their_digits(sample, tmp_path: Path) -> None:
    path = tmp_path / "scf.yaml"
    save_solution(from_scenario(sample, "scn-supply-chain-finance", "SCF").solution, path)
    run = cli("value", path, "--lang", "en")
    assert "Loss rate avoided by invoice verification and on-chain receivables = 0.0005 fraction (default)" in run.out
    assert "[0.0002 – 0.0008]" in run.out


def test_value_text_in_chinese(sample, tmp_path: Path) -> None:
    path = tmp_path / "dh.yaml"
    save_solution(from_scenario(sample, "scn-digital-human-service", "数字人客服").solution, path)
    run = cli("value", path, "--lang", "zh")
    assert run.code == 0, run.err
    out = run.out
    case = evaluate(sample, load_solution(path)[0]).value
    assert "重复性简单咨询释放的坐席人力 [staff-reduction-simple-queries]" in out
    assert "可减少的坐席比例 = 0.40 比例 (默认值)" in out  # the catalog's name of the unit 'fraction'
    assert "目前处理重复性简单咨询的坐席数 = 15 名坐席 (默认值)" in out
    assert f"年收益 (保守 / 预期 / 乐观): {money_zh(case.annual['low'])} / {money_zh(1_380_000)} / " in out
    assert "/ 17 个月 / " in out
    assert "投资回报率" in out
    for english in ("Annual benefit", "Payback", "per year", "(default)", "Return on investment", "fraction", "agents"):
        assert english not in out


def test_value_findings_in_chinese(tiny_file) -> None:
    root, path = tiny_file
    text = path.read_text(encoding="utf-8").replace("hours: 2000", "hours: 10")
    path.write_text(text, encoding="utf-8")
    run = cli("value", path, "--catalog", root, "--lang", "zh")
    lines = [line for line in run.out.splitlines() if "VAL-RANGE-051" in line]
    assert len(lines) == 1 and "hours-saved" in lines[0]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in lines[0].split("VAL-RANGE-051", 1)[1])


# --------------------------------------------------------------------------- the BOM


def test_bom_yaml_has_the_same_value_numbers(sample, tmp_path: Path) -> None:
    path = tmp_path / "dh.yaml"
    save_solution(from_scenario(sample, "scn-digital-human-service", "Digital human").solution, path)
    out = tmp_path / "bom.yaml"
    run = cli("bom", path, "--format", "yaml", "-o", out)
    assert run.code == 0, run.err
    bom = yaml.safe_load(out.read_text(encoding="utf-8"))
    value = bom["value"]
    assert value is not None
    shown = json.loads(cli("value", path, "--format", "json").out)["value"]
    assert value == shown
    drivers = {d["id"]: d for d in value["drivers"]}
    assert drivers["staff-reduction-simple-queries"]["expected"] == pytest.approx(15 * 0.40 * 180_000)
    assert value["annual_benefit"]["expected"] == pytest.approx(1_380_000)
    totals = bom["totals"]
    cost3 = totals["one_time"] + 36 * totals["monthly"] + 3 * totals["yearly"]
    assert value["three_year_cost"] == pytest.approx(cost3)
    tco = bom["years"]["tco"]
    assert value["roi_pct"]["expected"] == pytest.approx((4.5 * 1_380_000 - tco) / tco * 100)
    assert value["horizon"]["cost"] == bom["years"]["total"]
    assert value["payback_months"]["expected"] == 17


def test_bom_yaml_value_for_a_solution_with_user_inputs(tiny_file, tmp_path: Path) -> None:
    root, path = tiny_file
    out = tmp_path / "bom.yaml"
    assert cli("bom", path, "--catalog", root, "--format", "yaml", "-o", out).code == 0
    value = yaml.safe_load(out.read_text(encoding="utf-8"))["value"]
    assert value["annual_benefit"]["expected"] == 240_000
    assert value["payback_months"]["expected"] == 32
    assert value["drivers"][0]["inputs"][0]["value"] == 2000
