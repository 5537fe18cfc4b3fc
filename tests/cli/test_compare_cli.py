"""`configurator compare` and `bom --option` on the hand-computed two-option deal of
deal_support.py."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_helpers import cli
from deal_support import CLOUD, MAINTAINED_META, PRIVATE, RATE, deal_file


@pytest.fixture
def catalog(make_catalog) -> Path:
    return make_catalog({"catalog.yaml": MAINTAINED_META})


def npv(flows: list[float]) -> float:
    return sum(flow / (1 + RATE) ** year for year, flow in enumerate(flows, start=1))


def cumulative(flows: list[float]) -> list[float]:
    return [sum(flows[: i + 1]) for i in range(len(flows))]


def rounded(value):
    """Floats to 6 decimals, inside lists and dicts (sums of a float cost differ in the last bit)."""
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, list):
        return [rounded(v) for v in value]
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    return value


def option(name: str, recommended: bool, flows: list[float], one_time, run, domestic, weeks) -> dict:
    return {
        "name": name,
        "recommended": recommended,
        "one_time": one_time,
        "yearly_run": run,
        "first_year": flows[0],
        "tco": sum(flows),
        "npv": npv(flows),
        "partner_share": 0.0,
        "errors": 0,
        "warnings": 0,
        "compliance_passed": True,
        "xinchuang_share": domestic,
        "critical_weeks": weeks,
        "roi_pct": None,
        "payback_months": None,
        "cumulative": cumulative(flows),
    }


def holding(mode: str, quantity: float, first_year: float, tco: float) -> dict:
    return {"mode": mode, "quantity": quantity, "first_year": first_year, "tco": tco}


def capability(ident: str, en: str, zh: str, differs: bool, *held: dict) -> dict:
    return {"capability": ident, "name": {"en": en, "zh": zh}, "differs": differs, "options": list(held)}


EXPECTED = {
    "format": "comparison/1",
    "horizon": 3,
    "currency": "CNY",
    "options": [
        # db is the only Xinchuang-certified line: its share of the first-year value
        option("Private", False, PRIVATE, 505000.0, 0.0, 200000 / 505000, 22),  # lead weeks 4 + 8 + 10
        option("Cloud", True, CLOUD, 300000.0, 25200.0, 24000 / 325200, 13),  # 1 + 2 + 10
    ],
    "capabilities": [
        capability(
            "app",
            "Application",
            "应用",
            False,
            holding("PRV", 1, 300000.0, 300000 + 2 * 54000),
            holding("PRV", 1, 300000.0, 300000 + 2 * 54000),
        ),
        capability(
            "db",
            "Database",
            "数据库",
            True,
            holding("PRV", 1, 200000.0, 200000 + 2 * 36000),
            holding("PUB", 2, 24000.0, 3 * 24000),
        ),
        capability(
            "net", "Network", "网络", True, holding("PRV", 1, 5000.0, 5000 + 2 * 900), holding("PUB", 1, 1200.0, 3600)
        ),
    ],
}


def test_compare_json_is_the_hand_computed_comparison(catalog, tmp_path: Path) -> None:
    run = cli("compare", deal_file(tmp_path), "--catalog", catalog, "--format", "json")
    assert run.code == 0, run.err
    document = json.loads(run.out)
    assert rounded(document) == rounded(EXPECTED)
    assert list(document) == list(EXPECTED)
    assert [list(o) for o in document["options"]] == [list(o) for o in EXPECTED["options"]]
    assert sum(PRIVATE) == 686800 and sum(CLOUD) == 483600


def test_compare_text_is_an_aligned_table_with_the_recommended_option_starred(catalog, tmp_path: Path) -> None:
    run = cli("compare", deal_file(tmp_path), "--catalog", catalog, "--lang", "en")
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert lines[0] == "Tiny deal: 2 options over 3 years (★ recommended)"
    header = next(line for line in lines if "Private" in line)
    assert header.split() == ["Private", "Cloud", "★"]
    tco = next(line for line in lines if line.startswith("TCO over 3 years"))
    assert tco.split()[-4:] == ["CNY", "686,800.00", "CNY", "483,600.00"]
    body = lines[lines.index(header) : lines.index(header) + 13]
    assert len({len(line) for line in body}) == 1, body  # right-aligned columns end together
    differ = lines[lines.index("Capabilities that differ:") :]
    assert [line.split()[0] for line in differ[2:]] == ["Database", "Network"]
    assert differ[2].split()[1:] == ["PRV", "×", "1", "PUB", "×", "2"]
    assert "option Private: 0 errors" in run.err and "option Cloud: 0 errors" in run.err


def test_compare_text_in_chinese_aligns_by_display_width(catalog, tmp_path: Path) -> None:
    run = cli("compare", deal_file(tmp_path), "--catalog", catalog, "--lang", "zh")
    assert run.code == 0, run.err
    assert "¥686,800.00" in run.out and "¥483,600.00" in run.out
    differ = run.out.splitlines()[-2:]
    assert differ[0].startswith("数据库  ") and differ[1].startswith("网络    ")  # 网络 is 4 columns wide


def test_compare_csv_has_a_row_per_figure_and_per_capability(catalog, tmp_path: Path) -> None:
    run = cli("compare", deal_file(tmp_path), "--catalog", catalog, "--format", "csv", "--lang", "en")
    assert run.code == 0, run.err
    assert run.out.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(run.out.lstrip("\ufeff"))))
    assert rows[0] == ["Key", "Figure", "Private", "Cloud"]
    by_key = {row[0]: row[2:] for row in rows[1:]}
    assert by_key["tco"] == ["686800.00", "483600.00"]
    assert by_key["npv"] == [f"{npv(PRIVATE):.2f}", f"{npv(CLOUD):.2f}"]
    assert by_key["db"] == ["PRV × 1", "PUB × 2"] and by_key["app"] == ["PRV × 1", "PRV × 1"]
    assert [row[0] for row in rows[-3:]] == ["app", "db", "net"]


def test_compare_csv_cells_never_start_a_formula(catalog, tmp_path: Path) -> None:
    path = deal_file(tmp_path, first="=HYPERLINK(1)", second="@SUM(1)", recommended=None)
    run = cli("compare", path, "--catalog", catalog, "--format", "csv")
    assert run.code == 0, run.err
    rows = list(csv.reader(io.StringIO(run.out.lstrip("\ufeff"))))
    assert rows[0][2:] == ["'=HYPERLINK(1)", "'@SUM(1)"]


def test_years_overrides_the_horizon_for_the_run(catalog, tmp_path: Path) -> None:
    path = deal_file(tmp_path)
    run = cli("compare", path, "--catalog", catalog, "--format", "json", "--years", "2")
    assert run.code == 0, run.err
    document = json.loads(run.out)
    assert document["horizon"] == 2
    assert [round(o["tco"], 6) for o in document["options"]] == [sum(PRIVATE[:2]), sum(CLOUD[:2])]
    assert "horizon_years: 3" in path.read_text(encoding="utf-8")  # the file is not changed


@pytest.mark.parametrize("years", ["0", "11", "two"])
def test_years_out_of_range_is_a_usage_error(catalog, tmp_path: Path, years: str) -> None:
    run = cli("compare", deal_file(tmp_path), "--catalog", catalog, "--years", years)
    assert run.code == 2 and "1 to 10" in run.err and "Traceback" not in run.err


def test_compare_exits_1_when_some_option_has_errors(catalog, tmp_path: Path) -> None:
    run = cli("compare", deal_file(tmp_path, net_mode="XYZ"), "--catalog", catalog, "--format", "json")
    assert run.code == 1
    assert [o["errors"] > 0 for o in json.loads(run.out)["options"]] == [False, True]
    assert "option Cloud: 1 error" in run.err


def test_compare_of_an_unreadable_file_exits_2_with_its_finding(catalog, tmp_path: Path) -> None:
    run = cli("compare", tmp_path / "missing.yaml", "--catalog", catalog)
    assert run.code == 2 and "Traceback" not in run.out + run.err
    assert "YAML-READ-010" in run.out.splitlines()[0]  # the finding, then the summary, as `bom` prints them


def test_a_file_of_one_option_compares_one_column(catalog, tmp_path: Path) -> None:
    path = tmp_path / "one.yaml"
    text = deal_file(tmp_path).read_text(encoding="utf-8")
    one = text[: text.index("options:")].replace('option: "Private"\n', "") + "deal: {horizon_years: 3}\n"
    path.write_text(one, encoding="utf-8")
    run = cli("compare", path, "--catalog", catalog, "--format", "json")
    assert run.code == 0, run.err
    document = json.loads(run.out)
    assert [o["name"] for o in document["options"]] == ["Option 1"]
    assert document["options"][0]["tco"] == sum(PRIVATE) and document["options"][0]["recommended"] is False
    text_run = cli("compare", path, "--catalog", catalog, "--lang", "en")
    assert text_run.out.splitlines()[0] == "Tiny deal: one option over 3 years"
    assert text_run.out.splitlines()[2].split() == ["Option", "1"]


# --------------------------------------------------------------------------- bom --option


def bom_modes(run) -> dict[str, str]:
    return {line["capability"]: line["mode"] for line in json.loads(run.out)["lines"]}


@pytest.mark.parametrize(
    ("option", "db_mode"), [(None, "PUB"), ("Private", "PRV"), ("1", "PRV"), ("Cloud", "PUB"), ("2", "PUB")]
)
def test_bom_option_by_name_or_number_default_the_recommended(catalog, tmp_path: Path, option, db_mode) -> None:
    extra = ["--option", option] if option else []
    run = cli("bom", deal_file(tmp_path), "--catalog", catalog, "--format", "json", *extra)
    assert run.code == 0, run.err
    assert bom_modes(run)["db"] == db_mode


def test_bom_without_a_recommended_option_is_of_the_first(catalog, tmp_path: Path) -> None:
    run = cli("bom", deal_file(tmp_path, recommended=None), "--catalog", catalog, "--format", "json")
    assert bom_modes(run)["db"] == "PRV"


def test_bom_years_section_is_of_the_chosen_option(catalog, tmp_path: Path) -> None:
    run = cli("bom", deal_file(tmp_path), "--catalog", catalog, "--format", "json", "--option", "Private")
    document = json.loads(run.out)
    assert list(document)[-1] == "years"  # after the existing keys
    assert rounded(document["years"]["total"]) == rounded(PRIVATE)


def test_an_unknown_option_exits_2_naming_the_options(catalog, tmp_path: Path) -> None:
    for wanted in ("Hybrid", "3", "0"):
        run = cli("bom", deal_file(tmp_path), "--catalog", catalog, "--option", wanted)
        assert run.code == 2 and run.out == ""
        assert run.err.strip().splitlines() == [
            f"configurator bom: {tmp_path / 'deal.yaml'} has no option {wanted!r}; its options: 1. Private, 2. Cloud"
        ]


@pytest.mark.parametrize(("flag", "fmt"), [("--all-options", "yaml"), ("--years-table", "json")])
def test_format_specific_flags_with_another_format_are_usage_errors(catalog, tmp_path, flag, fmt) -> None:
    run = cli("bom", deal_file(tmp_path), "--catalog", catalog, "--format", fmt, flag)
    assert run.code == 2 and len(run.err.strip().splitlines()) == 1


# --------------------------------------------------------------------------- check of every option


def test_check_of_a_deal_checks_every_option_and_says_which(catalog, tmp_path: Path) -> None:
    path = deal_file(tmp_path, net_mode="XYZ")
    run = cli("check", path, "--catalog", catalog, "--lang", "en")
    assert run.code == 1
    lines = run.out.splitlines()
    assert any(" [Private] " in line and "DEP-REC-002" in line for line in lines)
    errors = [line for line in lines if ": error " in line]
    assert errors and all(" [Cloud] " in line for line in errors)
    assert lines[-1].startswith(f"solution {path}: ")
    document = json.loads(cli("check", path, "--catalog", catalog, "--format", "json").out)
    assert {f["option"] for f in document["findings"]} == {"Private", "Cloud"}
    assert [(o["name"], o["summary"]["errors"] > 0) for o in document["options"]] == [
        ("Private", False),
        ("Cloud", True),
    ]
    assert document["summary"]["errors"] == sum(o["summary"]["errors"] for o in document["options"])


def test_check_of_one_option_is_as_for_a_solution(catalog, tmp_path: Path) -> None:
    run = cli("check", deal_file(tmp_path, net_mode="XYZ"), "--catalog", catalog, "--option", "Private")
    assert run.code == 0 and "[" not in run.out
    document = json.loads(
        cli("check", deal_file(tmp_path), "--catalog", catalog, "--format", "json", "--option", "2").out
    )
    assert "options" not in document and all("option" not in f for f in document["findings"])
