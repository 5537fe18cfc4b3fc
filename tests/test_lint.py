"""The static checks CI runs: ruff's lint and format rules, and mypy, configured in pyproject.toml.

They run as the test extra installs them: a missing tool fails here rather than skipping.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("configurator", "tests", "bench", "main.py")


def _passes(*command: str) -> None:
    result = subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        pytest.fail(f"{' '.join(command)} exited {result.returncode}:\n{result.stdout}{result.stderr}", pytrace=False)


def test_ruff_check() -> None:
    _passes("ruff", "check", "--no-fix", *SOURCES)


def test_ruff_format() -> None:
    _passes("ruff", "format", "--check", *SOURCES)


def test_mypy() -> None:
    _passes("mypy", "--config-file", "pyproject.toml")  # which files, and how strictly, is said there
