"""Fixtures of the window tests (the window itself, `make_window` and `dialogs` are in
tests/conftest.py, shared with the export tests)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gui_helpers import SCENARIO

from configurator.paths import catalog_dir
from configurator.ui.main_window import MainWindow


@pytest.fixture
def scenario_window(window, dialogs) -> MainWindow:
    """File → New with the supply-chain-finance scenario chosen in the gallery."""
    dialogs.answer("scenario", SCENARIO)
    window.new()
    return window


@pytest.fixture
def catalog_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(catalog_dir(), tmp_path / "catalog"))
