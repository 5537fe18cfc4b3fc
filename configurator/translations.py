"""Chinese and English: loading Qt translations, and translating module-level strings.

Module-level strings use `tr()` from here and core strings are marked with `N_()`; both
land in the `.ts` files' unnamed context, so one lookup serves the GUI, the CLI and the PDF.
Widgets use their own `self.tr()` (context: the class name). After changing texts, update
the sources, translate the new entries (Qt Linguist, or by hand) and compile them:

    pyside6-lupdate $(find configurator -name '*.py' | sort) -tr-function-alias QT_TR_NOOP+=N_ \\
        -locations none -no-obsolete \\
        -ts resources/translations/configurator_zh_CN.ts resources/translations/configurator_en.ts
    pyside6-lrelease resources/translations/configurator_zh_CN.ts resources/translations/configurator_en.ts

tests/test_translations.py fails while a text is untranslated or missing from the sources.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from configurator.paths import LOCALES, translation_path

_installed: list[QTranslator] = []


_override: ContextVar[Callable[[str], str] | None] = ContextVar("language_override", default=None)


def tr(text: str) -> str:
    """Translate a module-level text: into the language `using()` chose for this thread's
    current work (an export in another language), else the application's language."""
    override = _override.get()
    return override(text) if override is not None else QCoreApplication.translate("", text)


@contextmanager
def using(lang: str) -> Iterator[None]:
    """Within the block, module-level `tr()` speaks `lang` (only in this thread)."""
    token = _override.set(translator_for(lang))
    try:
        yield
    finally:
        _override.reset(token)


def system_language() -> str:
    """zh when the user's locale is Chinese, else en."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    code = locale.getlocale()[0] or QLocale.system().name()
    return "zh" if code.lower().startswith("zh") else "en"


def translation_file(lang: str) -> str:
    return str(translation_path(lang))


def load(lang: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(translation_file(lang)) else None


def uninstall() -> None:
    """Back to the source language (English)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()


def install(lang: str) -> None:
    """Make `lang` the running application's language (replacing the previous one)."""
    uninstall()
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("translations are installed into a running application")
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{LOCALES[lang]}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    ours = load(lang)
    if ours is not None:
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(LOCALES[lang]))


def translator_for(lang: str) -> Callable[[str], str]:
    """A plain text → text function for `lang` (for the CLI, which has no application)."""
    translator = load(lang) if lang != "en" else None
    if translator is None:
        return lambda text: text
    return lambda text: translator.translate("", text) or text
