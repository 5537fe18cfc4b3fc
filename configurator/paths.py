"""Where the shipped catalog and resources are, in the source tree or in an installed wheel."""

from __future__ import annotations

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
