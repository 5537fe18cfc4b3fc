"""The compliance panel: each policy requirement with pass/fail and evidence, the common
CPU architecture and the domestic-technology ratio."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from configurator.core.codes import catalog_names
from configurator.core.numbers import share
from configurator.core.vocabulary import REQUIREMENT, STATUS, word
from configurator.drawing import style
from configurator.translations import tr
from configurator.ui.document import SolutionDocument
from configurator.ui.plain import literal, plain_label


class CompliancePanel(QWidget):
    def __init__(self, document: SolutionDocument, lang: str) -> None:
        super().__init__()
        self.document, self.lang = document, lang
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

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Requirement"), self.tr("Status"), self.tr("Items")])
        self.refresh()

    def refresh(self) -> None:
        evaluation = self.document.evaluation
        report = evaluation.compliance
        names = catalog_names(self.document.catalog, self.lang)
        self.table.setRowCount(len(report.requirements))
        for row, requirement in enumerate(report.requirements):
            cells = (
                word(REQUIREMENT, requirement.id, tr),
                word(STATUS, requirement.status, tr),
                requirement.concerned(evaluation.findings, tr, names),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 1:
                    cell.setForeground(QBrush(style.STATUS_COLOURS[requirement.status]))
                if column == 2 and requirement.items:  # the ids, for the catalog and the solution file
                    cell.setToolTip(literal(", ".join(requirement.items)))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        architecture = report.architecture or self.tr("none in common")
        ratio = share(report.domestic_ratio)
        self.summary.setText(self.tr("CPU architecture: %s · Domestic-technology share: %s") % (architecture, ratio))


def indicator(document: SolutionDocument) -> str:
    """Short text for the status bar, which shows it before the panel is first built."""
    failed = document.evaluation.compliance.failed
    if failed:
        return QCoreApplication.translate("CompliancePanel", "Compliance: %d failed") % failed
    return QCoreApplication.translate("CompliancePanel", "Compliance: passed")
