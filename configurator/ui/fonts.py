"""Chinese text everywhere: prefer the system's CJK font, else register the bundled one."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from configurator.paths import resources_dir

# Common CJK UI fonts on Windows, macOS and Linux, best first.
SYSTEM_CJK = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB",
              "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "SimHei")
PROBE = "供应链金融数智人"


def _covers(family: str) -> bool:
    metrics = QFontMetrics(QFont(family))
    return all(metrics.inFontUcs4(ord(ch)) for ch in PROBE)


def bundled_family() -> str | None:
    """Register the bundled fonts once; return the family name Qt gives them."""
    family = None
    for path in sorted((resources_dir() / "fonts").glob("*.otf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    return family


def cjk_family() -> str:
    installed = set(QFontDatabase.families())
    for family in SYSTEM_CJK:
        if family in installed and _covers(family):
            return family
    return bundled_family() or QApplication.font().family()


def install_app_font(app: QApplication) -> str:
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
