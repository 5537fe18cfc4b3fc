"""The core and the headless CLI commands must work where PySide6 cannot be imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

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
]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("argv", HEADLESS, ids=lambda argv: " ".join(a for a in argv if "{" not in a))
def test_headless_commands_run_without_pyside6(argv: tuple[str, ...], lang: str, tmp_path: Path) -> None:
    """Every command but `bom --format pdf` and `graph` serves CI machines without Qt, in
    either language (the translations of findings must not need Qt either)."""
    solution = tmp_path / "solution.yaml"
    made = _run(
        "from configurator.cli import main\n"
        f"raise SystemExit(main(['new', '--scenario', 'scn-virtual-branch', '-o', {str(solution)!r}]))\n"
    )
    assert made.returncode == 0, made.stderr
    args = [a.format(solution=solution, folder=tmp_path) for a in (*argv, "--lang", lang)]
    result = _run(f"from configurator.cli import main; raise SystemExit(main({args!r}))\n")
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stdout + result.stderr
    if lang == "zh" and argv[0] in ("check", "value"):
        assert any("\u4e00" <= ch <= "\u9fff" for ch in result.stdout + result.stderr)  # Chinese, without Qt
