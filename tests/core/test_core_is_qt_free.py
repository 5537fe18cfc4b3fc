"""The core and the headless CLI commands must work where PySide6 cannot be imported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

BLOCK_QT = "import sys; sys.modules['PySide6'] = None; sys.modules['shiboken6'] = None\n"


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", BLOCK_QT + code], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_core_imports_without_pyside6():
    code = (
        "import importlib, pkgutil, configurator.core as core\n"
        "for m in pkgutil.iter_modules(core.__path__):\n"
        "    importlib.import_module('configurator.core.' + m.name)\n"
        "print('ok')\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_blocking_really_blocks_pyside6():
    result = _run("import PySide6.QtCore\n")
    assert result.returncode != 0
    assert "ImportError" in result.stderr or "ModuleNotFoundError" in result.stderr


def test_validate_runs_without_pyside6():
    result = _run("from configurator.cli import main; raise SystemExit(main(['validate']))\n")
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stdout + result.stderr


HEADLESS = [
    ("check", "{solution}"),
    ("check", "{solution}", "--format", "json"),
    ("bom", "{solution}", "--format", "yaml"),
    ("bom", "{solution}", "--format", "json"),
    ("bom", "{solution}", "--format", "csv"),
    ("value", "{solution}"),
    ("new", "--scenario", "scn-virtual-branch", "-o", "{folder}/new.yaml"),
    ("search", "数据库"),
    ("search", "--partner", "--format", "json"),
    ("compare", "{solution}"),
    ("compare", "{solution}", "--format", "json"),
    ("validate", "catalog", "--format", "sarif"),
    ("catalog-diff", "catalog", "catalog"),
    ("catalog-diff", "catalog", "catalog", "--format", "markdown"),
]


LANGS = ("zh", "en")
RUN_ALL = """
import contextlib, io, json, sys
from configurator.cli import main
cases, folder = json.loads(sys.argv[1]), sys.argv[2]
solution = folder + "/solution.yaml"
assert main(["new", "--scenario", "scn-virtual-branch", "-o", solution]) == 0
results = []
for argv in cases:
    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8") for _ in range(2))  # bytes go to .buffer
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([a.format(solution=solution, folder=folder) for a in argv])
    texts = [stream.flush() or stream.buffer.getvalue().decode("utf-8") for stream in (out, err)]
    results.append({"code": code, "out": texts[0], "err": texts[1]})
print(json.dumps(results))
"""


@pytest.fixture(scope="module")
def headless_runs(tmp_path_factory) -> dict[tuple[str, ...], dict]:
    """Every headless command in both languages, in one process with PySide6 blocked (one
    process each would cost a second apiece)."""
    folder = tmp_path_factory.mktemp("headless")
    cases = [(*argv, "--lang", lang) for argv in HEADLESS for lang in LANGS]
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT + RUN_ALL, json.dumps(cases), str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return dict(zip(cases, json.loads(result.stdout), strict=True))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("argv", HEADLESS, ids=lambda argv: " ".join(a for a in argv if "{" not in a))
def test_headless_commands_run_without_pyside6(argv: tuple[str, ...], lang: str, headless_runs) -> None:
    """Every command but `bom --format pdf` and `graph` serves CI machines without Qt, in
    either language (the translations of findings must not need Qt either)."""
    run = headless_runs[(*argv, "--lang", lang)]
    assert "Traceback" not in run["err"]
    assert run["code"] == 0, run["out"] + run["err"]
    assert run["out"] or run["err"]
    if lang == "zh" and argv[0] in ("check", "value", "search", "compare"):
        assert any("\u4e00" <= ch <= "\u9fff" for ch in run["out"] + run["err"])  # Chinese, without Qt
