"""Every persisted setting declared in one table, read and written through QSettings.

Tests inject `QSettings(path, IniFormat)`; the app uses an ini file in the user's
configuration folder, or below $CONFIGURATOR_HOME when that is set (portable installs).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    doc: str


SETTINGS = {
    s.key: s
    for s in (
        Setting("window/geometry", QByteArray, QByteArray(), "main window geometry"),
        Setting("window/state", QByteArray, QByteArray(), "dock and toolbar layout"),
        Setting("files/last_folder", str, "", "folder of the last file dialog"),
        Setting("files/recent", list, [], "recently opened solution files, newest first"),
        Setting("ui/language", str, "", "zh or en; empty follows the system locale"),
        Setting("document/author", str, "", "author printed on exported documents"),
    )
}

MAX_RECENT = 10


def app_home() -> Path:
    """Folder for settings and recovery files."""
    home = os.environ.get("CONFIGURATOR_HOME")
    if home:
        return Path(home)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".fincloud-configurator")


def default_qsettings() -> QSettings:
    return QSettings(str(app_home() / "settings.ini"), QSettings.Format.IniFormat)


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or default_qsettings()

    def get(self, key: str) -> Any:
        setting = SETTINGS[key]
        value = self.store.value(key, setting.default)
        if setting.type is list:
            if value in (None, ""):
                return []
            return [value] if isinstance(value, str) else list(value)
        if setting.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray()
        return setting.type(value) if value is not None else setting.default

    def set(self, key: str, value: Any) -> None:
        if key not in SETTINGS:
            raise KeyError(key)
        self.store.setValue(key, value)

    def add_recent(self, path: Path) -> list[str]:
        text = str(Path(path).resolve())
        recent = [text] + [p for p in self.get("files/recent") if p != text]
        self.set("files/recent", recent[:MAX_RECENT])
        return recent[:MAX_RECENT]
