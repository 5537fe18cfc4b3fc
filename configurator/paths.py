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
    """The sample catalog shipped with the app (the default for every command)."""
    return _find("catalog", "_catalog")


def resources_dir() -> Path:
    return _find("resources", "_resources")


def schema_path(name: str) -> Path:
    return resources_dir() / "schema" / name


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
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        xdg = Path(os.environ.get("XDG_CACHE_HOME") or "")
        base = xdg if xdg.is_absolute() else Path.home() / ".cache"  # the XDG spec ignores a relative one
    return base / "fincloud-configurator"
