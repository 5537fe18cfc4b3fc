"""The compliance panel: each policy requirement with pass/fail and evidence, the common
CPU architecture and the domestic-technology ratio."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from configurator.core.compliance import concerned
from configurator.export.numbers import share
from configurator.translations import tr
from configurator.ui.document import SolutionDocument
from configurator.ui.plain import plain_label

STATUS_COLOURS = {"pass": "#1e8e3e", "fail": "#c5221f", "warn": "#b06000", "n/a": "#5f6b7a"}


class CompliancePanel(QWidget):
    def __init__(self, document: SolutionDocument) -> None:
        super().__init__()
        self.document = document
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        document.sig_solution_changed.connect(self.refresh)
        self.retranslate()

    def titles(self) -> dict[str, str]:
        return {
            "deployment": self.tr("Deployment modes"),
            "network": self.tr("Network policy"),
            "data-class": self.tr("Data class on public cloud"),
            "core-banking-placement": self.tr("Core banking not on shared cloud"),
            "xinchuang-variants": self.tr("Domestic variants"),
            "architecture": self.tr("One CPU architecture"),
            "foreign-technology": self.tr("No foreign technology"),
            "cryptography": self.tr("SM cryptography"),
            "cybersecurity-review": self.tr("Cybersecurity review"),
            "go-live": self.tr("Go-live date"),
        }

    def status_words(self) -> dict[str, str]:
        return {
            "pass": self.tr("pass"),
            "fail": self.tr("fail"),
            "warn": self.tr("check"),
            "n/a": self.tr("not required"),
        }

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Requirement"), self.tr("Status"), self.tr("Items")])
        self.refresh()

    def refresh(self) -> None:
        report = self.document.evaluation.bom.compliance or {"requirements": []}
        titles, words = self.titles(), self.status_words()
        self.table.setRowCount(len(report["requirements"]))
        for row, requirement in enumerate(report["requirements"]):
            status = requirement["status"]
            cells = (
                titles.get(requirement["id"], requirement["id"]),
                words[status],
                concerned(requirement, self.document.evaluation.findings, tr),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 1:
                    cell.setForeground(QBrush(QColor(STATUS_COLOURS[status])))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        architecture = report.get("architecture") or self.tr("none in common")
        self.summary.setText(
            self.tr("CPU architecture: %s · Domestic-technology share: %s")
            % (architecture, share(report.get("domestic_ratio", 0.0)))
        )

    def indicator(self) -> str:
        """Short text for the status bar."""
        report = self.document.evaluation.bom.compliance or {"requirements": []}
        failed = sum(1 for r in report["requirements"] if r["status"] == "fail")
        return self.tr("Compliance: %d failed") % failed if failed else self.tr("Compliance: passed")
