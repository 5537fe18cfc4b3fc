"""The language to speak and a text → text translator for it, with Qt or without.

The CLI and the CSV writer use it; the desktop app installs Qt translators instead
(`configurator.translations`), which read the same compiled files.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from xml.etree import ElementTree

from configurator.paths import translation_path


def translator(lang: str | None) -> Callable[[str], str]:
    """English needs nothing; Chinese loads the Qt translation (QtCore only) when it can."""
    if lang is None:
        lang = default_language()
    if lang == "en":
        return str
    try:
        from configurator.translations import translator_for
    except ImportError:  # PySide6 missing (a CI image without Qt): read the translation's source
        return _source_translator(lang)
    return translator_for(lang)


def _source_translator(lang: str) -> Callable[[str], str]:
    """The module-level texts (the .ts file's unnamed context) read from the shipped .ts XML,
    so that `--lang zh` speaks Chinese where PySide6 cannot be imported."""
    table: dict[str, str] = {}
    try:
        root = ElementTree.parse(translation_path(lang, ".ts")).getroot()
    except (OSError, ElementTree.ParseError):
        return str
    for context in root.iter("context"):
        if not (context.findtext("name") or ""):
            for message in context.iter("message"):
                source, translation = message.findtext("source"), message.findtext("translation")
                if source and translation:
                    table[source] = translation
    return lambda text: table.get(text, text)


def default_language() -> str:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"
