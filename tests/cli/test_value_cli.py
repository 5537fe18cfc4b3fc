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

from configurator.core.resolve import from_scenario
from configurator.core.solution_file import save_solution


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
    # 2,000 hours given × 120 default; low 100 × 50; high 1,000,000 × 200
    assert (driver["low"], driver["expected"], driver["high"]) == (100 * 50, 2000 * 120, 1_000_000 * 200)
    inputs = {i["id"]: i for i in driver["inputs"]}
    assert set(inputs) == {"hours", "rate"}
    assert inputs["hours"]["value"] == 2000 and inputs["hours"]["default"] == 1000
    assert (inputs["rate"]["value"], inputs["rate"]["low"], inputs["rate"]["high"]) == (120, 50, 200)
    assert value["annual_benefit"] == {"low": 5000, "expected": 240_000, "high": 200_000_000}
    assert value["three_year_cost"] == TINY_ONE_TIME
    assert value["roi_pct"]["expected"] == pytest.approx((3 * 240_000 - TINY_ONE_TIME) / TINY_ONE_TIME * 100)
    # 240,000 a year = 20,000 a month: 505,000 / 20,000 = 25.25 → 26
    assert value["payback_months"] == {"low": None, "expected": 26, "high": 1}
    assert all(f["code"].startswith("VAL-") for f in data["findings"])


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
    assert "Agents freed from repetitive simple queries [staff-reduction-simple-queries]" in out
    assert "[after-hours-containment]" in out
    assert (
        f"{money_en(15 * 0.40 * 180_000)} per year (low {money_en(5 * 0.20 * 120_000)}, "
        f"high {money_en(60 * 0.60 * 250_000)})"
    ) in out
    assert "Share of those agents no longer needed = 0.40 fraction (default)  [0.20 – 0.60]" in out
    assert (
        f"Annual benefit (low / expected / high): {money_en(147_000)} / {money_en(1_380_000)} / {money_en(11_800_000)}"
    ) in out
    for label in ("First-year cost:", "Three-year cost:", "Net benefit over three years:", "Return on investment:"):
        assert label in out
    assert "Payback: — / 9 months / " in out


def test_value_text_shows_small_fractions_with_their_digits(sample, tmp_path: Path) -> None:
    path = tmp_path / "scf.yaml"
    save_solution(from_scenario(sample, "scn-supply-chain-finance", "SCF").solution, path)
    run = cli("value", path, "--lang", "en")
    assert "Loss rate avoided by invoice verification and on-chain receivables = 0.0005 fraction (default)" in run.out
    assert "[0.0001 – 0.002]" in run.out


def test_value_text_in_chinese(sample, tmp_path: Path) -> None:
    path = tmp_path / "dh.yaml"
    save_solution(from_scenario(sample, "scn-digital-human-service", "数字人客服").solution, path)
    run = cli("value", path, "--lang", "zh")
    assert run.code == 0, run.err
    out = run.out
    assert "重复性简单咨询释放的坐席人力 [staff-reduction-simple-queries]" in out
    assert "可减少的坐席比例 = 0.40 比例 (默认值)" in out  # the catalog's name of the unit 'fraction'
    assert "目前处理重复性简单咨询的坐席数 = 15 名坐席 (默认值)" in out
    assert f"年收益 (保守 / 预期 / 乐观): {money_zh(147_000)} / {money_zh(1_380_000)} / {money_zh(11_800_000)}" in out
    assert "回收期: — / 9 个月 / " in out
    assert "投资回报率" in out and "三年成本" in out
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
    assert (
        drivers["staff-reduction-simple-queries"]["low"],
        drivers["staff-reduction-simple-queries"]["expected"],
        drivers["staff-reduction-simple-queries"]["high"],
    ) == pytest.approx((5 * 0.20 * 120_000, 15 * 0.40 * 180_000, 60 * 0.60 * 250_000))
    assert value["annual_benefit"] == pytest.approx({"low": 147_000, "expected": 1_380_000, "high": 11_800_000})
    totals = bom["totals"]
    cost3 = totals["one_time"] + 36 * totals["monthly"] + 3 * totals["yearly"]
    assert value["three_year_cost"] == pytest.approx(cost3)
    assert value["roi_pct"]["expected"] == pytest.approx((3 * 1_380_000 - cost3) / cost3 * 100)
    assert value["payback_months"]["expected"] == 9


def test_bom_yaml_value_for_a_solution_with_user_inputs(tiny_file, tmp_path: Path) -> None:
    root, path = tiny_file
    out = tmp_path / "bom.yaml"
    assert cli("bom", path, "--catalog", root, "--format", "yaml", "-o", out).code == 0
    value = yaml.safe_load(out.read_text(encoding="utf-8"))["value"]
    assert value["annual_benefit"] == {"low": 5000, "expected": 240_000, "high": 200_000_000}
    assert value["payback_months"] == {"low": None, "expected": 26, "high": 1}
    assert value["drivers"][0]["inputs"][0]["value"] == 2000
