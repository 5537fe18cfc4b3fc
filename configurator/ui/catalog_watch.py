"""Noticing when the catalog's files change on disk, and the banner that offers a reload."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

SETTLE_MS = 400  # editors save in several steps; wait until the burst is over


class CatalogWatcher(QObject):
    sig_changed_on_disk = Signal()

    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = Path(root)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._touched)
        self.watcher.directoryChanged.connect(self._touched)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.sig_changed_on_disk.emit)
        self.watch()

    def watch(self) -> None:
        paths = [str(self.root)]
        for folder, dirs, files in os.walk(self.root):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            paths += [os.path.join(folder, d) for d in dirs]
            paths += [os.path.join(folder, f) for f in files if f.endswith(".yaml")]
        current = set(self.watcher.files()) | set(self.watcher.directories())
        missing = [p for p in paths if p not in current]
        if missing:
            self.watcher.addPaths(missing)

    def _touched(self, _path: str) -> None:
        self.watch()  # files replaced by editors must be watched again
        self._settle.start()


class ReloadBanner(QFrame):
    """A non-modal notice above the graph: the catalog changed on disk."""

    sig_reload = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("reload_banner")
        self.setStyleSheet("#reload_banner { background: #fff4ce; border-bottom: 1px solid #e0c36c; }")
        self.label = QLabel()
        self.reload_button = QPushButton()
        self.ignore_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.ignore_button)
        self.reload_button.clicked.connect(self.hide)
        self.reload_button.clicked.connect(self.sig_reload.emit)
        self.ignore_button.clicked.connect(self.hide)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("The catalog's files changed on disk."))
        self.reload_button.setText(self.tr("Reload catalog"))
        self.ignore_button.setText(self.tr("Ignore"))
