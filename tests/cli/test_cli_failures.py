"""The command line when things go wrong outside the input's content: output that cannot be
written, saves that fail, absurd quantities, text that spreadsheets would run, and bugs.

DESIGN.md §7 and §9: exit 2 for what cannot be done (never claiming success), exit 3 with one
line and a traceback file for a bug, and never a Python traceback on the console.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from cli_helpers import cli
from tiny_catalog import TINY_CAPABILITIES

from configurator.cli import main

ROOT = Path(__file__).resolve().parents[2]

SOLUTION = """\
format: solution/1
name: Tiny bank
catalog: {{id: tiny, version: "1.0"}}
items:
  - {{capability: app, mode: PRV, quantity: {quantity}, origin: explicit}}
  - {{capability: db, mode: PRV, quantity: 1, origin: auto}}
  - {{capability: net, mode: PRV, quantity: 1, origin: auto}}
"""


def solution(tmp_path: Path, quantity: str = "1", text: str = SOLUTION) -> Path:
    path = tmp_path / "solutions" / "solution.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text.format(quantity=quantity), encoding="utf-8")
    return path


def strict_json(text: str):
    def refuse(token: str):
        raise AssertionError(f"{token} is not JSON")

    return json.loads(text, parse_constant=refuse)


# --------------------------------------------------------------------------- quantities


@pytest.mark.parametrize("quantity", ["-1" + "0" * 308, "-1.0e+308", "-1", "1e300", ".inf", "-.inf", ".nan"])
def test_a_quantity_out_of_bounds_is_a_located_finding_and_no_export_writes_a_non_finite_number(
    quantity: str, make_catalog, tmp_path: Path
) -> None:
    root, path = make_catalog(), solution(tmp_path, quantity)
    run = cli("check", path, "--catalog", root, "--format", "json")
    assert run.code == 1 and "Traceback" not in run.err
    located = [(f["code"], f["line"]) for f in strict_json(run.out)["findings"] if f["line"] == 5]
    assert located and all(code.startswith(("SOL-", "YAML-")) for code, _ in located)

    run = cli("bom", path, "--catalog", root, "--format", "json")
    assert run.code == 1 and "Traceback" not in run.err
    strict_json(run.out)
    run = cli("bom", path, "--catalog", root, "--format", "csv")
    cells = [cell.lower() for row in csv.reader(io.StringIO(run.out.lstrip("\ufeff"))) for cell in row]
    assert not {"inf", "-inf", "nan"} & {cell.lstrip("-") for cell in cells}
    run = cli("value", path, "--catalog", root)
    assert run.code in (0, 1) and "inf" not in run.out.replace("info", "").lower()


def test_a_negative_quantity_is_refused_by_the_schema(make_catalog, tmp_path: Path) -> None:
    run = cli("check", solution(tmp_path, "-2"), "--catalog", make_catalog(), "--format", "json")
    finding = next(f for f in strict_json(run.out)["findings"] if f["code"] == "SOL-RANGE-024")
    assert (finding["line"], finding["column"]) == (5, 44)
    assert "below the minimum 0" in finding["message"]


# --------------------------------------------------------------------------- output that cannot be written


class FullBytes(io.BytesIO):
    def write(self, data) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


class FullStream(io.TextIOWrapper):
    """Standard output on a full disk: every write fails as /dev/full does, text or bytes."""

    def __init__(self) -> None:
        super().__init__(FullBytes(), encoding="utf-8", write_through=True)

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:  # nothing is ever pending: every write failed
        pass


def run_to_full_stdout(monkeypatch, *argv: object) -> tuple[int, str]:
    err = io.StringIO()
    monkeypatch.setattr(sys, "stdout", FullStream())
    monkeypatch.setattr(sys, "stderr", err)
    code = main([str(a) for a in argv])
    return code, err.getvalue()


@pytest.mark.parametrize(
    "argv",
    [
        ("validate", "{root}", "--format", "json"),
        ("validate", "{root}"),
        ("check", "{solution}", "--catalog", "{root}", "--format", "json"),
        ("bom", "{solution}", "--catalog", "{root}", "--format", "yaml"),
        ("bom", "{solution}", "--catalog", "{root}", "--format", "csv"),
        ("value", "{solution}", "--catalog", "{root}"),
        ("new", "--scenario", "scn-app", "--catalog", "{root}"),
    ],
    ids=lambda argv: " ".join(a for a in argv if not a.startswith("{")),
)
def test_a_full_standard_output_is_one_line_and_exit_2(argv, make_catalog, tmp_path: Path, monkeypatch) -> None:
    names = {"root": make_catalog(), "solution": solution(tmp_path)}
    code, err = run_to_full_stdout(monkeypatch, *(a.format(**names) for a in argv))
    assert code == 2
    assert err.splitlines()[-1] == f"configurator {argv[0]}: cannot write to standard output: No space left on device"
    assert "None" not in err and "Traceback" not in err


def test_exit_codes_hold_when_standard_error_is_full_too(make_catalog, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdout", FullStream())
    monkeypatch.setattr(sys, "stderr", FullStream())
    assert main(["validate", str(make_catalog()), "--format", "json"]) == 2

    monkeypatch.setattr("configurator.core.catalog_load._build", lambda *args: 1 / 0)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert main(["validate", str(make_catalog())]) == 3


def test_a_real_full_device_leaves_no_traceback_at_exit(make_catalog, tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("this system has no /dev/full")
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "configurator", "validate", str(make_catalog()), "--format", "json"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            timeout=60,
        )
    assert done.returncode == 2
    assert done.stderr == "configurator validate: cannot write to standard output: No space left on device\n"


# --------------------------------------------------------------------------- saves that fail


NEEDS_A_FIX = SOLUTION.replace("  - {{capability: db, mode: PRV, quantity: 1, origin: auto}}\n", "")


@pytest.mark.parametrize(
    "error", [PermissionError(errno.EACCES, "Permission denied"), OSError(errno.ENOSPC, "No space left on device")]
)
def test_check_fix_that_cannot_save_says_so_and_claims_nothing(
    error: OSError, make_catalog, tmp_path: Path, monkeypatch
) -> None:
    path = solution(tmp_path, text=NEEDS_A_FIX)
    before = path.read_bytes()

    def refuse(*args, **kwargs):
        raise error

    monkeypatch.setattr("configurator.core.atomic.os.replace", refuse)
    run = cli("check", path, "--catalog", make_catalog(), "--fix")
    assert run.code == 2
    assert "saved" not in run.err and "Traceback" not in run.err
    assert run.err.splitlines()[-1] == f"configurator check: cannot save {path}: {error.strerror}; it is unchanged"
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["solution.yaml"]  # no temporary file left


def test_check_fix_that_saves_says_so(make_catalog, tmp_path: Path) -> None:
    path = solution(tmp_path, text=NEEDS_A_FIX)
    run = cli("check", path, "--catalog", make_catalog(), "--fix")
    assert run.code == 0, run.err
    assert f"1 fix applied; saved {path}" in run.err
    assert "capability: db" in path.read_text(encoding="utf-8")


def test_bom_to_a_file_that_cannot_be_written_names_the_file(make_catalog, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "bom.yaml"
    run = cli("bom", solution(tmp_path), "--catalog", make_catalog(), "-o", target)
    assert run.code == 2
    assert run.err.strip() == f"configurator bom: cannot write {target}: No such file or directory"


# --------------------------------------------------------------------------- bugs


@pytest.mark.parametrize("command", ["validate", "check", "bom", "value"])
def test_an_unexpected_exception_exits_3_with_one_line_and_a_traceback_file(
    command: str, make_catalog, tmp_path: Path, monkeypatch
) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the loader")

    monkeypatch.setattr("configurator.core.catalog_load._build", broken)
    reports = tmp_path / "reports"
    reports.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(reports))
    root = make_catalog()
    argv = ("validate", root) if command == "validate" else (command, solution(tmp_path), "--catalog", root)

    run = cli(*argv)

    assert run.code == 3
    [line] = run.err.splitlines()
    [report] = reports.iterdir()
    assert line == f"configurator {command}: internal error, please report it; the traceback is in {report}"
    text = report.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "RuntimeError: a bug in the loader" in text


def test_exit_3_is_told_apart_from_error_findings_in_a_real_process(make_catalog, tmp_path: Path) -> None:
    """CI sees 1 for error findings and 3 for a crash (forced here by breaking the loader)."""
    root = make_catalog({"bad.yaml": "capabilities:\n  - id: x\n"})
    findings = subprocess.run(
        [sys.executable, "-m", "configurator", "validate", str(root)], capture_output=True, text=True, cwd=ROOT
    )
    assert findings.returncode == 1
    crash = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, configurator.core.catalog_load as c; c.load_catalog = None;"
            "from configurator.cli import main; sys.exit(main(sys.argv[1:]))",
            "validate",
            str(root),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"TMPDIR": str(tmp_path), "PATH": ""},
    )
    assert crash.returncode == 3, crash.stderr
    assert "internal error, please report it" in crash.stderr and "Traceback" not in crash.stderr


# --------------------------------------------------------------------------- CSV formula injection

HOSTILE = ['=HYPERLINK("http://evil.invalid","click")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "\tTAB"]


def test_csv_cells_never_start_a_formula_but_numbers_stay_numbers(make_catalog, tmp_path: Path) -> None:
    name, unit, partner_type, delivered_by = (json.dumps(h) for h in (*HOSTILE[:3], HOSTILE[4]))
    hostile = f"""\
capabilities:
  - id: evil
    name: {{en: {name}, zh: {name}}}
    category: base
    kind: atomic
    provider: vendor
    modes:
      PUB: {{price_model: IM, unit: {unit}, billing: monthly, list_price: 10, lead_weeks: 1}}
partner_types:
  - {{id: reseller, name: {{en: {partner_type}, zh: {partner_type}}}, role: agent}}
"""
    root = make_catalog({"evil.yaml": hostile})
    path = solution(
        tmp_path,
        text=SOLUTION
        + "  - {{capability: evil, mode: PUB, quantity: 2, origin: explicit, delivered_by: "
        + delivered_by
        + "}}\n"
        + "  - {{capability: impl, mode: PRV, quantity: 1, origin: explicit, delivered_by: reseller}}\n",
    )
    for lang in ("en", "zh"):
        run = cli("bom", path, "--catalog", root, "--format", "csv", "--lang", lang)
        assert "Traceback" not in run.err
        rows = list(csv.reader(io.StringIO(run.out.lstrip("\ufeff"))))
        header, body = rows[0], rows[1:]
        texts = [cell for row in body for cell in row]
        assert not [cell for cell in texts if cell and cell[0] in "=+-@\t\r" and not _number(cell)], texts
        evil = next(row for row in body if row[0] == "evil")
        assert evil[1] == "'" + HOSTILE[0] and evil[5] == "'" + HOSTILE[1]
        assert evil[header.index("Delivered by" if lang == "en" else "交付方")] == "'" + HOSTILE[4]
        impl = next(row for row in body if row[0] == "impl")
        assert impl[header.index("Delivered by" if lang == "en" else "交付方")] == "'" + HOSTILE[2]
        assert float(evil[4]) == 2 and float(evil[header.index("One-time" if lang == "en" else "一次性费用")]) == 0


def test_the_csv_years_table_never_starts_a_formula(make_catalog, tmp_path: Path) -> None:
    hostile = TINY_CAPABILITIES.replace("{en: Network, zh: 网络}", "{en: '=1+2', zh: '@SUM(1)'}")
    root = make_catalog({"content.yaml": hostile})
    for lang, name in (("en", "=1+2"), ("zh", "@SUM(1)")):
        run = cli("bom", solution(tmp_path), "--catalog", root, "--format", "csv", "--years-table", "--lang", lang)
        assert run.code == 0, run.err
        rows = list(csv.reader(io.StringIO(run.out.lstrip("\ufeff"))))
        assert ["'" + name] in [row[:1] for row in rows[rows.index([]) :]]  # the per-line table, after the BOM
        texts = [cell for row in rows for cell in row]
        assert not [cell for cell in texts if cell and cell[0] in "=+-@\t\r" and not _number(cell)], texts


def _number(cell: str) -> bool:
    try:
        float(cell.replace(",", ""))
    except ValueError:
        return False
    return True


# --------------------------------------------------------------------------- echoed values


def test_a_huge_unknown_id_is_echoed_cut(make_catalog, tmp_path: Path) -> None:
    from configurator.core.codes import MAX_ECHO

    huge = "x" * 1_000_000
    path = solution(
        tmp_path, text=SOLUTION + f"  - {{{{capability: {huge}, mode: PRV, quantity: 1, origin: explicit}}}}\n"
    )
    run = cli("check", path, "--catalog", make_catalog(), "--format", "json")
    [unknown] = [f for f in strict_json(run.out)["findings"] if f["code"] == "SOL-UNKNOWN-001"]
    assert "x" * (MAX_ECHO - 1) + "…" in unknown["message"] and len(unknown["message"]) < 2 * MAX_ECHO
