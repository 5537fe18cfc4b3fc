"""File → New: pick a scenario template, or start with an empty solution."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from configurator.core.catalog import Catalog
from configurator.core.vocabulary import DEPLOYMENT, NETWORK, XINCHUANG, word
from configurator.translations import tr

EMPTY = ""


class ScenarioGallery(QDialog):
    def __init__(self, catalog: Catalog, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog, self.lang = catalog, lang
        self.setWindowTitle(self.tr("New solution"))
        self.resize(860, 520)
        self.list = QListWidget()
        self.list.setMinimumWidth(260)
        self.list.setWordWrap(True)  # long scenario names on several lines, not behind a scrollbar
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        empty = QListWidgetItem(self.tr("Empty solution"))
        empty.setData(Qt.ItemDataRole.UserRole, EMPTY)
        self.list.addItem(empty)
        for scenario in catalog.scenarios.values():
            item = QListWidgetItem(scenario.name.get(lang))
            item.setData(Qt.ItemDataRole.UserRole, scenario.id)
            self.list.addItem(item)
        self.details = QTextBrowser()
        self.list.currentItemChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addWidget(self.details, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.list.setCurrentRow(1 if self.list.count() > 1 else 0)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show(self, current: QListWidgetItem | None, previous=None) -> None:
        ident = current.data(Qt.ItemDataRole.UserRole) if current else None
        scenario = self.catalog.scenarios.get(ident) if ident else None
        if scenario is None:
            title, text = (
                self.tr("Empty solution"),
                self.tr("Start with no items and add capabilities from the catalog."),
            )
            self.details.setHtml(f"<h3>{html.escape(title)}</h3><p>{html.escape(text)}</p>")
            return

        def name_of(ref: str) -> str:
            record = self.catalog.capabilities.get(ref) or self.catalog.interfaces.get(ref)
            return html.escape(record.name.get(self.lang) if record else ref)

        required = "".join(f"<li>{name_of(r)}</li>" for r in scenario.required)
        listed = "、" if self.lang == "zh" else ", "
        colon = "：" if self.lang == "zh" else ": "
        optional = listed.join(name_of(r) for r in scenario.optional)
        p = scenario.policy
        policy = " · ".join(
            word(table, key, tr)
            for table, key in ((DEPLOYMENT, p.deployment), (XINCHUANG, p.xinchuang), (NETWORK, p.network))
        )
        labels = {
            "required": self.tr("Required"),
            "optional": self.tr("Often added"),
            "policy": self.tr("Suggested policy"),
        }
        self.details.setHtml(
            f"<h3>{html.escape(scenario.name.get(self.lang))}</h3>"
            f"<p>{html.escape(scenario.description.get(self.lang))}</p>"
            f"<p><b>{html.escape(labels['required'])}</b></p><ul>{required}</ul>"
            + (f"<p><b>{html.escape(labels['optional'])}</b>{colon}{optional}</p>" if optional else "")
            + f"<p><b>{html.escape(labels['policy'])}</b>{colon}{html.escape(policy)}</p>"
        )

    @classmethod
    def ask(cls, catalog: Catalog, lang: str, parent: QWidget | None = None) -> str | None:
        """The chosen scenario id, EMPTY for an empty solution, None when cancelled."""
        dialog = cls(catalog, lang, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
