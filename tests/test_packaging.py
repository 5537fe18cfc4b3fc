"""The desktop bundle's inputs: the spec carries what the app needs, the icon and the Linux entry exist,
the window shows the icon, and the default catalog is found where the bundle documents it."""

from __future__ import annotations

import re
import sys
from configparser import ConfigParser
from pathlib import Path

import pytest

from configurator import paths

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"


def test_spec_carries_the_data_and_leaves_out_unused_qt():
    spec = (PACKAGING / "configurator.spec").read_text(encoding="utf-8")
    for data in ('"catalog"', '"schema"', '"translations"', '"fonts"', '"icons"', "*.qm"):
        assert data in spec, data
    for module in ("QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtQml", "QtQuick", "QtNetwork"):
        assert f'"PySide6.{module}"' in spec, module
    assert re.search(r"console\s*=\s*False", spec), "no windowed configurator-gui executable"


def test_icon_files_exist_and_the_svg_parses():
    from xml.etree import ElementTree

    assert ElementTree.parse(ICONS / "configurator.svg").getroot().tag.endswith("svg")
    for side in (16, 32, 48, 64, 128, 256, 512):
        assert (ICONS / f"configurator-{side}.png").stat().st_size > 0
    assert (ICONS / "configurator.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (ICONS / "configurator.icns").read_bytes()[:4] == b"icns"
    assert paths.icon_path().is_file()


def test_desktop_entry_names_the_app_and_its_icon():
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(PACKAGING / "configurator.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    for key in ("Name", "Exec", "Icon", "Categories"):
        assert section.get(key), key
    assert section["Type"] == "Application"


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")  # the offscreen platform
def test_window_has_the_app_icon(window):
    assert not window.windowIcon().isNull()


@pytest.fixture
def user_data(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("CONFIGURATOR_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_default_catalog_is_the_sample_without_a_users_one(user_data):
    assert (paths.catalog_dir() / "catalog.yaml").is_file()
    assert not paths.catalog_dir().is_relative_to(user_data)


def test_a_catalog_in_the_users_data_folder_comes_before_the_sample(user_data):
    (user_data / "catalog").mkdir(parents=True)
    assert paths.catalog_dir() == user_data / "catalog"


def test_a_catalog_beside_the_bundle_comes_first(user_data, tmp_path, monkeypatch):
    (user_data / "catalog").mkdir(parents=True)
    (tmp_path / "bundle" / "catalog").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "bundle" / "configurator"))
    assert paths.catalog_dir() == tmp_path / "bundle" / "catalog"
