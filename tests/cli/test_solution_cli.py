"""The solution subcommands end to end (DESIGN.md §5–§7): `new`, `check` and `bom`.

Every scenario of the shipped sample catalog goes through `new → check → bom` in each
output format; `check --explain` is checked on the tiny catalog of conftest.py (whose
dependency chain app → db → net is known) and on the sample scenarios; usage errors exit 2
with a message and leave no file behind.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from pathlib import Path

import pytest
import yaml
from cli_helpers import Run, cli

from configurator.cli import main
from configurator.commands.check import explain
from configurator.core.catalog import Catalog
from configurator.core.catalog_load import load_catalog
from configurator.core.evaluate import evaluate
from configurator.core.solution_file import load_solution
from configurator.paths import catalog_dir

CJK = re.compile(r"[\u4e00-\u9fff]")
FINDING_KEYS = {"severity", "code", "message", "file", "line", "column", "subject", "hint"}


def _sample() -> Catalog:
    result = load_catalog(catalog_dir())
    assert result.catalog is not None
    return result.catalog


BILLINGS = {"once", "monthly", "yearly", "usage"}
SAMPLE = _sample()
SCENARIOS = list(SAMPLE.scenarios)


def test_the_sample_catalog_has_scenarios() -> None:
    assert len(SCENARIOS) >= 5


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict[str, Path]:
    """`configurator new --scenario ID -o FILE` for every sample scenario, run once."""
    folder = tmp_path_factory.mktemp("scenarios")
    files: dict[str, Path] = {}
    for scenario in SCENARIOS:
        path = folder / f"{scenario}.yaml"
        run = cli("new", "--scenario", scenario, "--lang", "zh", "-o", path)
        assert run.code == 0, (scenario, run.err)
        assert "Traceback" not in run.err
        files[scenario] = path
    return files


# --------------------------------------------------------------------------- new → check


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_new_writes_a_solution_of_the_scenario(scenario: str, made: dict[str, Path]) -> None:
    path = made[scenario]
    assert path.is_file()
    solution, findings = load_solution(path)
    assert findings == []
    assert solution.scenario == scenario
    assert (solution.catalog_id, solution.catalog_version) == (SAMPLE.id, SAMPLE.version)
    assert solution.name == SAMPLE.scenarios[scenario].name.zh  # made with --lang zh
    policy = SAMPLE.scenarios[scenario].policy
    assert (solution.policy.deployment, solution.policy.xinchuang, solution.policy.network) == (
        policy.deployment,
        policy.xinchuang,
        policy.network,
    )
    assert solution.items and all(item.valid for item in solution.items)


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_new_then_check_has_no_error_findings(scenario: str, made: dict[str, Path]) -> None:
    run = cli("check", made[scenario], "--format", "json")
    document = json.loads(run.out)
    errors = [f for f in document["findings"] if f["severity"] == "error"]
    assert errors == [], "\n".join(f"{f['code']} {f['message']}" for f in errors)
    assert document["summary"]["errors"] == 0
    assert run.code == 0
    text = cli("check", made[scenario])
    assert text.code == 0
    assert ": 0 errors, " in text.out.splitlines()[-1]


# --------------------------------------------------------------------------- bom


def _bom(path: Path, fmt: str, out: Path, lang: str | None = None) -> tuple[Run, bytes]:
    args = ["bom", path, "--format", fmt, "-o", out] + (["--lang", lang] if lang else [])
    run = cli(*args)
    assert "Traceback" not in run.err
    assert out.is_file(), run.err
    return run, out.read_bytes()


def _covers(catalog: Catalog, capabilities: set[str], requirement: str) -> bool:
    if requirement in catalog.interfaces:
        return any(requirement in catalog.capabilities[c].provides for c in capabilities)
    return requirement in capabilities


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_bom_of_a_new_solution_in_every_format(scenario: str, made: dict[str, Path], tmp_path: Path) -> None:
    path = made[scenario]
    expected_code = cli("check", path, "--format", "json").code  # bom exits as check does

    run, raw_yaml = _bom(path, "yaml", tmp_path / "bom.yaml")
    assert run.code == expected_code, run.err
    bom = yaml.safe_load(raw_yaml.decode("utf-8"))
    assert bom["format"] == "bom/1"
    assert bom["catalog"] == {"id": SAMPLE.id, "version": SAMPLE.version, "digest": SAMPLE.digest}
    assert bom["currency"] == SAMPLE.currency
    assert bom["solution"]["scenario"] == scenario
    lines = bom["lines"]
    assert lines

    # every required item of the scenario is covered by a line
    capabilities = {line["capability"] for line in lines}
    missing = [r for r in SAMPLE.scenarios[scenario].required if not _covers(SAMPLE, capabilities, r)]
    assert missing == []

    # line arithmetic and exact totals (DESIGN.md §6)
    for line in lines:
        assert line["first_year"] == line["one_time"] + 12 * line["monthly"] + line["yearly"]
        assert line["partner"] is (line["delivered_by"] != "vendor")
        assert line["phase"] >= 1
    totals = bom["totals"]
    for key in ("one_time", "monthly", "yearly", "first_year"):
        assert totals[key] == math.fsum(line[key] for line in lines), key
    assert totals["partner_first_year"] == math.fsum(x["first_year"] for x in lines if x["partner"])
    assert totals["vendor_first_year"] == math.fsum(x["first_year"] for x in lines if not x["partner"])
    share = totals["partner_first_year"] / totals["first_year"] if totals["first_year"] else 0
    assert totals["partner_share"] == share

    # JSON: the same document
    run, raw_json = _bom(path, "json", tmp_path / "bom.json")
    assert run.code == expected_code
    assert json.loads(raw_json.decode("utf-8")) == bom

    # CSV for Excel: UTF-8 with a byte-order mark, header, one row per line, totals row
    for lang, first_year_header, total_label in (("zh", "首年费用", "合计"), ("en", "First year", "Total")):
        run, raw_csv = _bom(path, "csv", tmp_path / f"bom-{lang}.csv", lang)
        assert run.code == expected_code
        assert raw_csv.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(raw_csv.decode("utf-8-sig"), newline="")))
        assert len(rows) == len(lines) + 2
        header, body, total_row = rows[0], rows[1:-1], rows[-1]
        assert all(len(row) == len(header) for row in rows)
        assert [row[0] for row in body] == [line["capability"] for line in lines]
        column = header.index(first_year_header)
        assert total_row[0] == total_label
        assert total_row[column] == f"{totals['first_year']:.2f}"
        for row, line in zip(body, lines, strict=True):
            assert row[column] == f"{line['first_year']:.2f}"
        names = [row[header.index("能力" if lang == "zh" else "Capability")] for row in body]
        assert names == [line["name"][lang] for line in lines]
        units = [row[header.index("单位" if lang == "zh" else "Unit")] for row in body]
        assert units == [SAMPLE.units[line["unit"]].name.to_dict()[lang] for line in lines]  # the BOM keeps the word
        categories = [row[header.index("类别" if lang == "zh" else "Category")] for row in body]
        assert categories == [SAMPLE.categories[line["category"]].name.to_dict()[lang] for line in lines]
        words = {
            "zh": ({"一次性", "按月", "按年", "按量"}, {"选定", "依赖引入"}),
            "en": (BILLINGS, {"chosen", "dependency"}),
        }
        billing, origin = (header.index(h) for h in (("计费方式", "来源") if lang == "zh" else ("Billing", "Origin")))
        assert {row[billing] for row in body} <= words[lang][0] and {row[origin] for row in body} <= words[lang][1]
        if lang == "zh":
            assert all(CJK.search(name) for name in names), names
            assert CJK.search(",".join(header))
        else:
            assert not any(CJK.search(name) for name in names), names


def test_the_csv_years_table_sums_to_the_years_of_the_bom(made: dict[str, Path], tmp_path: Path) -> None:
    path = made["scn-core-distributed-xinchuang"]  # vendor and partner lines, public and private
    plain = _bom(path, "csv", tmp_path / "plain.csv", "en")[1]
    years = yaml.safe_load(_bom(path, "yaml", tmp_path / "bom.yaml")[1])["years"]
    run = cli("bom", path, "--format", "csv", "--years-table", "--lang", "en")
    assert run.code in (0, 1), run.err
    assert run.out.encode("utf-8").startswith(plain)  # the BOM as without the option, then the tables
    rows = list(csv.reader(io.StringIO(run.out.lstrip("\ufeff"))))
    gaps = [i for i, row in enumerate(rows) if not row]
    per_year, per_line = rows[gaps[0] + 1 : gaps[1]], rows[gaps[1] + 1 :]
    horizon = years["horizon"]
    assert per_year[0][:3] == ["Year", "Total", "Cumulative"] and len(per_year) == 1 + horizon + 2
    for column, key in ((1, "total"), (2, "cumulative"), (6, "vendor"), (7, "partner")):
        assert [float(row[column]) for row in per_year[1 : 1 + horizon]] == [round(v, 2) for v in years[key]]
    for column, zone in ((3, "public"), (4, "private"), (5, "hybrid")):
        assert [float(row[column]) for row in per_year[1 : 1 + horizon]] == [round(v, 2) for v in years["zones"][zone]]
    assert float(per_year[1 + horizon][2]) == round(years["tco"], 2)
    assert per_year[-1] == [f"Net present value at {years['discount_rate']:.1%}", f"{years['npv']:.2f}"]
    assert per_line[0] == ["Capability", *(f"Year {y + 1}" for y in range(horizon)), "Total"]
    lines, total = per_line[1:-1], per_line[-1]
    assert len(lines) == len(years["lines"])
    for year in range(horizon):
        assert math.isclose(sum(float(row[1 + year]) for row in lines), years["total"][year], abs_tol=0.01 * len(lines))
        assert float(total[1 + year]) == round(years["total"][year], 2)
    assert math.isclose(sum(float(row[-1]) for row in lines), years["tco"], abs_tol=0.01 * len(lines))
    assert float(total[-1]) == round(years["tco"], 2)


def test_a_line_break_inside_an_id_keeps_each_finding_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(
        'format: solution/1\nname: x\ncatalog: {id: fincloud-sample, version: "2026.11"}\n'
        'items:\n  - {capability: "ai\\ndigital", mode: PUB, quantity: 1, origin: explicit}\n',
        encoding="utf-8",
    )
    run = cli("check", path)
    assert run.code == 1
    [line, summary] = run.out.splitlines()  # one finding, one summary
    assert summary.startswith(f"solution {path}: 1 error")
    assert line.startswith(f"{path}:5:5: error SOL-UNKNOWN-001 capability 'ai\\ndigital' ")


def test_an_unreadable_solution_is_summed_up_in_the_chosen_language(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text("", encoding="utf-8")
    run = cli("check", path, "--lang", "zh")
    assert run.code == 2
    assert run.out.splitlines()[-1] == f"方案 {path}: 1 错误、0 警告、0 提示"


def test_bom_to_standard_output_equals_the_file(made: dict[str, Path], tmp_path: Path, capsysbinary) -> None:
    path = made[SCENARIOS[0]]
    _, written = _bom(path, "yaml", tmp_path / "bom.yaml")
    capsysbinary.readouterr()
    main(["bom", str(path), "--format", "yaml"])
    assert capsysbinary.readouterr().out == written


# --------------------------------------------------------------------------- check --explain


@pytest.fixture
def tiny_solution(make_catalog, tmp_path: Path) -> tuple[Path, Path]:
    root = make_catalog()
    path = tmp_path / "app.yaml"
    run = cli("new", "--scenario", "scn-app", "--catalog", root, "-o", path)
    assert run.code == 0, run.err
    solution, _ = load_solution(path)
    assert [(i.capability, i.origin) for i in solution.items] == [("app", "explicit"), ("db", "auto"), ("net", "auto")]
    return root, path


def test_explain_prints_the_chain_of_an_auto_item(tiny_solution) -> None:
    root, path = tiny_solution
    run = cli("check", path, "--catalog", root, "--explain", "net")
    assert run.code == 0, run.out + run.err
    assert "app → db → net" in run.out


def test_explain_returns_the_chain_as_data_in_json(tiny_solution) -> None:
    root, path = tiny_solution
    run = cli("check", path, "--catalog", root, "--explain", "net", "--format", "json")
    assert run.code == 0
    document = json.loads(run.out)
    assert document["explain"]["chain"] == ["app", "db", "net"]
    assert document["explain"]["origin"] == "auto"
    assert document["explain"]["capability"] == "net"
    assert set(document) >= {"findings", "summary", "explain"}
    assert all(set(f) == FINDING_KEYS for f in document["findings"])
    run = cli("check", path, "--catalog", root, "--explain", "db", "--format", "json")
    assert json.loads(run.out)["explain"]["chain"] == ["app", "db"]


def test_explain_says_explicit_for_an_explicit_item(tiny_solution) -> None:
    root, path = tiny_solution
    run = cli("check", path, "--catalog", root, "--explain", "app")
    assert run.code == 0
    assert "explicit" in run.out.splitlines()[0]
    assert "→" not in run.out.splitlines()[0]
    document = json.loads(cli("check", path, "--catalog", root, "--explain", "app", "--format", "json").out)
    assert document["explain"]["origin"] == "explicit"


@pytest.mark.parametrize("ident", ["impl", "no-such-capability"])
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_explain_of_an_id_not_in_the_solution_exits_2(tiny_solution, ident: str, fmt: str) -> None:
    root, path = tiny_solution
    run = cli("check", path, "--catalog", root, "--explain", ident, "--format", fmt)
    assert run.code == 2
    assert "Traceback" not in run.err
    if fmt == "json":
        document = json.loads(run.out)
        assert document["explain"]["origin"] is None and document["explain"]["chain"] == []
    else:
        assert f"{ident} is not in the solution" in run.out


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_auto_item_of_a_scenario_has_a_valid_chain(scenario: str, made: dict[str, Path]) -> None:
    """Each chain starts at an explicit item and follows `requires` edges (directly or via an
    interface the next item provides) down to the auto item."""
    solution, _ = load_solution(made[scenario])
    evaluation = evaluate(SAMPLE, solution)
    autos = [item.capability for item in solution.items if not item.explicit]
    for ident in autos:
        answer = explain(evaluation, ident)
        chain = answer["chain"]
        assert answer["origin"] == "auto" and chain, (ident, answer)
        assert chain[-1] == ident
        assert solution.item(chain[0]).explicit
        for parent, child in zip(chain, chain[1:], strict=False):
            requires = SAMPLE.capabilities[parent].requires
            provides = SAMPLE.capabilities[child].provides
            assert child in requires or set(requires) & set(provides), (parent, child)
    if autos:
        document = json.loads(cli("check", made[scenario], "--explain", autos[-1], "--format", "json").out)
        assert document["explain"]["chain"][-1] == autos[-1]


# --------------------------------------------------------------------------- usage errors


@pytest.mark.parametrize("where", ["missing-folder", "existing-directory"])
def test_bom_to_an_unwritable_path_exits_2_and_leaves_no_file(
    made: dict[str, Path], tmp_path: Path, where: str
) -> None:
    if where == "missing-folder":
        target = tmp_path / "no-such-folder" / "bom.yaml"
    else:
        target = tmp_path / "a-directory"
        target.mkdir()
    before = sorted(p.name for p in tmp_path.rglob("*"))
    run = cli("bom", made[SCENARIOS[0]], "-o", target)
    assert run.code == 2
    assert "Traceback" not in run.err
    assert "cannot write" in run.err and str(target) in run.err
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # no file, no temporary
    assert not (tmp_path / "no-such-folder").exists()


def test_new_to_an_unwritable_path_exits_2_without_a_traceback(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "solution.yaml"
    try:
        run = cli("new", "--scenario", SCENARIOS[0], "-o", target)
    except OSError as error:  # pragma: no cover - the failure this test guards against
        pytest.fail(f"`configurator new -o` into a missing folder raised {error!r} instead of exiting 2")
    assert run.code == 2
    assert str(target) in run.err
    assert not (tmp_path / "no-such-folder").exists()


def test_new_with_an_unknown_scenario_exits_2_naming_the_known_ones(tmp_path: Path) -> None:
    target = tmp_path / "s.yaml"
    run = cli("new", "--scenario", "scn-unknown", "-o", target)
    assert run.code == 2
    assert "scn-unknown" in run.err
    for scenario in SCENARIOS:
        assert scenario in run.err
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_new_help_lists_the_scenario_ids() -> None:
    run = cli("new", "--help")
    assert run.code == 0
    listed = run.out.replace("\n", " ")
    assert all(scenario in listed for scenario in SCENARIOS)


def test_new_without_a_scenario_exits_2_naming_the_known_ones(tmp_path: Path) -> None:
    run = cli("new", "-o", tmp_path / "s.yaml")
    assert run.code == 2 and "--scenario" in run.err
    assert all(scenario in run.err for scenario in SCENARIOS)
    assert list(tmp_path.iterdir()) == []
