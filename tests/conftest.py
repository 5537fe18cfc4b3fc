"""Shared fixtures: a headless Qt platform and small catalogs written on the fly."""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TINY_META = """\
format: catalog/1
id: tiny
version: "1.0"
name: {en: Tiny catalog, zh: 微型目录}
currency: CNY
vendor: {name: {en: Financial Cloud, zh: 金融云}}
categories:
  - {id: base, name: {en: Base, zh: 基础}}
  - {id: app, name: {en: Applications, zh: 应用}}
defaults:
  partner_share: {warn: 0.40, error: 0.60}
"""

TINY_CAPABILITIES = """\
capabilities:
  - id: net
    name: {en: Network, zh: 网络}
    category: base
    kind: atomic
    provider: vendor
    modes:
      PUB: {price_model: IM, unit: instance, billing: monthly, list_price: 100, lead_weeks: 1}
      PRV: {price_model: LIC, unit: licence, billing: once, list_price: 5000, lead_weeks: 4}
  - id: db
    name: {en: Database, zh: 数据库}
    category: base
    kind: atomic
    provider: vendor
    requires: [net]
    provides: [rdb]
    modes:
      PUB: {price_model: IM, unit: instance, billing: monthly, list_price: 1000, lead_weeks: 2}
      PRV: {price_model: LIC, unit: licence, billing: once, list_price: 200000, lead_weeks: 8}
    xinchuang: {level: certified, architectures: [aarch64, x86_64]}
  - id: app
    name: {en: Application, zh: 应用}
    category: app
    kind: solution-module
    provider: vendor
    requires: [rdb]
    recommends: [impl]
    modes:
      PRV: {price_model: LIC, unit: licence, billing: once, list_price: 300000, lead_weeks: 10}
  - id: impl
    name: {en: Implementation, zh: 实施}
    category: app
    kind: service
    provider: delivery
    customizable: true
    modes:
      PRV: {price_model: PROJ, unit: project, billing: once, list_price: 150000, lead_weeks: 6}
interfaces:
  - id: rdb
    name: {en: Relational database, zh: 关系数据库}
    default: db
partner_types:
  - {id: delivery, name: {en: Delivery partner, zh: 交付合作伙伴}, role: delivery}
partners:
  - {id: sample-delivery, name: {en: Sample Delivery Co., zh: 示例交付公司}, types: [delivery]}
scenarios:
  - id: scn-app
    name: {en: App scenario, zh: 应用场景}
    required: [app]
    optional: [impl]
    policy: {deployment: private, xinchuang: none, network: internet_allowed}
"""


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
    from configurator.export.fonts import install_app_font

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


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write files below root; text is dedented so tests can indent their YAML."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    return root


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
