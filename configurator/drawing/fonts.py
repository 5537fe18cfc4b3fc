"""Chinese text everywhere, on screen and in PDFs: prefer the system's CJK font, else the bundled one."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication

from configurator.paths import resources_dir

# Common CJK UI fonts on Windows, macOS and Linux, best first.
SYSTEM_CJK = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "SimHei",
)
PROBE = "供应链金融数智人"


def _covers(family: str) -> bool:
    metrics = QFontMetrics(QFont(family))
    return all(metrics.inFontUcs4(ord(ch)) for ch in PROBE)


BUNDLED_FAMILY = "Configurator Sans SC"


def bundled_family() -> str | None:
    """Register the bundled fonts (once); return their family name, or None if unavailable."""
    if BUNDLED_FAMILY not in QFontDatabase.families():
        for path in sorted((resources_dir() / "fonts").glob("*.otf")):
            QFontDatabase.addApplicationFont(str(path))
    return BUNDLED_FAMILY if BUNDLED_FAMILY in QFontDatabase.families() else None


def document_font(point_size: float) -> QFont:
    """The font of exported documents: always the bundled one, so a PDF looks the same and
    its text extracts the same whichever fonts the machine has."""
    font = QFont(bundled_family() or QGuiApplication.font().family())
    font.setPointSizeF(point_size)
    # Localised digit forms and ligatures have no Unicode mapping in the PDF: copying or
    # searching the text would lose "13,049" and "fi". The plain glyphs look the same.
    for feature in ("locl", "liga"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


def cjk_family() -> str:
    installed = set(QFontDatabase.families())
    for family in SYSTEM_CJK:
        if family in installed and _covers(family):
            return family
    return bundled_family() or QGuiApplication.font().family()


def install_app_font(app: QGuiApplication) -> str:
    """Make the application font reach a CJK family; return that family.

    A system CJK font only backs up the system UI font; the bundled font covers Latin
    too, so it becomes the whole UI font and text looks the same on every machine.
    """
    family = cjk_family()
    font = QFont(app.font())
    base = font.family()
    font.setFamilies([base, family] if family in SYSTEM_CJK and base != family else [family])
    app.setFont(font)
    return family


def ensure_gui_app() -> QCoreApplication:
    """Exports painting text need a GUI application; headless commands get an offscreen one."""
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
        install_app_font(app)
    return app
