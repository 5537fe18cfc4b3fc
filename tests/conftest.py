"""Shared fixtures: a headless Qt platform and small catalogs written on the fly."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from tiny_catalog import TINY_CAPABILITIES, TINY_META, write_tree

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The shared helpers of the split test modules assert too: let pytest explain their failures.
pytest.register_assert_rewrite("catalog_support", "compliance_support", "resolve_support", "value_support")


@pytest.fixture(autouse=True, scope="session")
def _own_cache_folder(tmp_path_factory):
    """The catalog caches the tests write go to a folder of the run's own, not the user's."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """A test that switches the app's language must not leave it switched for the next."""
    yield
    translations = sys.modules.get("configurator.translations")
    if translations is not None:
        translations.uninstall()


# -- the sample catalog and a shown main window, for the GUI and export tests (Qt is imported
# only when a test asks for these)


@pytest.fixture(scope="session")
def sample():
    """The shipped sample catalog, loaded once: catalogs are immutable."""
    from configurator.core.catalog_load import load_catalog
    from configurator.paths import catalog_dir

    result = load_catalog(catalog_dir())
    assert result.catalog is not None
    return result.catalog


@pytest.fixture(scope="module")
def app_font(qapp):
    """The application font as the CLI (ensure_gui_app) and the GUI (launch) install it."""
    from configurator.drawing.fonts import install_app_font

    before = qapp.font()
    install_app_font(qapp)
    yield qapp
    qapp.setFont(before)


@pytest.fixture
def settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    from configurator.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def dialogs(monkeypatch):
    """Modal questions answered by the test; an unexpected one fails it."""
    from gui_helpers import DialogGuard

    guard = DialogGuard().install(monkeypatch)
    yield guard
    assert not guard.unexpected, f"unexpected modal questions: {guard.unexpected}"


@pytest.fixture
def make_window(qtbot, settings, dialogs, tmp_path):
    """`make_window(catalog, solution=None)`: a shown Chinese main window, with the solution
    file opened when given."""
    from configurator.ui.main_window import MainWindow
    from configurator.ui.recovery import RecoveryStore

    def make(catalog, solution: Path | None = None) -> MainWindow:
        window = MainWindow(catalog, settings, RecoveryStore(tmp_path / "recovery"), "zh")
        # pytest-qt closes the window after the test: let it go without asking.
        qtbot.addWidget(window, before_close_func=lambda _: dialogs.answer("ask_unsaved", "discard"))
        window.show()
        qtbot.waitExposed(window)
        if solution is not None:
            window.open(solution)
            assert window.document.path == solution
        return window

    return make


@pytest.fixture
def window(make_window, sample):
    return make_window(sample)


@pytest.fixture
def make_catalog(tmp_path: Path) -> Callable[..., Path]:
    """`make_catalog({"x.yaml": "..."})` writes the tiny catalog plus or minus files.

    Pass a file name with the value None to leave that file of the tiny catalog out.
    """

    def make(files: dict[str, str | bytes | None] | None = None, *, base: bool = True) -> Path:
        root = tmp_path / "catalog"
        tree: dict[str, str | bytes | None] = (
            {"catalog.yaml": TINY_META, "content.yaml": TINY_CAPABILITIES} if base else {}
        )
        tree.update(files or {})
        root.mkdir(exist_ok=True)
        return write_tree(root, {k: v for k, v in tree.items() if v is not None})

    return make
