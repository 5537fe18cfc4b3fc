"""The core and the headless CLI commands must work where PySide6 cannot be imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
