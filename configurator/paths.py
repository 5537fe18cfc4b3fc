"""Where the shipped catalog and resources are, in the source tree or in an installed wheel."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE.parent


def _find(source_name: str, packaged_name: str) -> Path:
    source = _SOURCE_ROOT / source_name
    if (_SOURCE_ROOT / "pyproject.toml").is_file() and source.is_dir():
        return source
    return _PACKAGE / packaged_name


def catalog_dir() -> Path:
    """The catalog every command uses by default, the first found of: a `catalog` folder beside
    the bundle's executable (frozen by PyInstaller), one in the user's data folder, the sample."""
    beside = [Path(sys.executable).parent / "catalog"] if getattr(sys, "frozen", False) else []
    for candidate in (*beside, data_dir() / "catalog"):
        if candidate.is_dir():
            return candidate
    return _find("catalog", "_catalog")


def resources_dir() -> Path:
    return _find("resources", "_resources")


def schema_path(name: str) -> Path:
    return resources_dir() / "schema" / name


def icon_path(side: int = 256) -> Path:
    """The app icon, rendered at `side` pixels (resources/icons, made by packaging/make_icons.py)."""
    return resources_dir() / "icons" / f"configurator-{side}.png"


LOCALES = {"zh": "zh_CN", "en": "en"}  # the app's languages and their translation files' locales


def translation_path(lang: str, suffix: str = ".qm") -> Path:
    """The compiled (.qm, for Qt) or source (.ts, read without Qt) translation of `lang`."""
    return resources_dir() / "translations" / f"configurator_{LOCALES[lang]}{suffix}"


def cache_dir() -> Path:
    """Folder for what the app can always rebuild (the validated-catalog cache): below
    $CONFIGURATOR_HOME when that is set, as the settings are, else the user's cache folder."""
    home = os.environ.get("CONFIGURATOR_HOME")
    if home:
        return Path(home) / "cache"
    return _user_folder("LOCALAPPDATA", "Library/Caches", "XDG_CACHE_HOME", ".cache")


def data_dir() -> Path:
    """Folder for the user's own files the app reads (a catalog): $CONFIGURATOR_HOME when that is
    set, as for the settings, else the user's data folder."""
    home = os.environ.get("CONFIGURATOR_HOME")
    if home:
        return Path(home)
    return _user_folder("APPDATA", "Library/Application Support", "XDG_DATA_HOME", ".local/share")


def _user_folder(windows_variable: str, macos_folder: str, xdg_variable: str, xdg_default: str) -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get(windows_variable) or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / macos_folder
    else:
        xdg = Path(os.environ.get(xdg_variable) or "")
        base = xdg if xdg.is_absolute() else Path.home() / xdg_default  # the XDG spec ignores a relative one
    return base / "fincloud-configurator"
