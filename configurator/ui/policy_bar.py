"""The policy bar: deployment, Xinchuang level, network policy and partner-share thresholds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QToolBar

from configurator.core.catalog import Thresholds
from configurator.core.solution import DEPLOYMENTS, NETWORKS, XINCHUANG_LEVELS
from configurator.ui.commands import SetPolicyCommand
from configurator.ui.document import SolutionDocument


class PolicyBar(QToolBar):
    def __init__(self, document: SolutionDocument, push: Callable[[QUndoCommand], None]) -> None:
        super().__init__()
        self.setObjectName("policy_bar")
        self.document, self.push = document, push
        self.deployment, self.xinchuang, self.network = QComboBox(), QComboBox(), QComboBox()
        self.warn, self.error = QDoubleSpinBox(), QDoubleSpinBox()
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.labels, (self.deployment, self.xinchuang, self.network,
                                              self.warn, self.error), strict=True):
            label.setContentsMargins(10, 0, 4, 0)
            self.addWidget(label)
            self.addWidget(field)
        for spin in (self.warn, self.error):
            spin.setRange(0, 100)
            spin.setDecimals(0)
            spin.setSuffix(" %")
            spin.editingFinished.connect(self._changed)
        for combo in (self.deployment, self.xinchuang, self.network):
            combo.activated.connect(self._changed)
        document.sig_solution_changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Policy"))
        for label, text in zip(self.labels, (self.tr("Deployment"), self.tr("Xinchuang"), self.tr("Network"),
                                             self.tr("Partner share warning above"),
                                             self.tr("error above")), strict=True):
            label.setText(text)
        words = {
            "public": self.tr("Public cloud"), "private": self.tr("Private cloud"), "hybrid": self.tr("Hybrid cloud"),
            "none": self.tr("Not required"), "office": self.tr("Office systems"),
            "general": self.tr("General systems"), "core": self.tr("Core systems"),
            "internet_allowed": self.tr("Internet allowed"),
            "dedicated_line_only": self.tr("Dedicated line only"), "air_gapped": self.tr("Air-gapped"),
        }
        for combo, values in ((self.deployment, DEPLOYMENTS), (self.xinchuang, XINCHUANG_LEVELS),
                              (self.network, NETWORKS)):
            combo.clear()
            for value in values:
                combo.addItem(words[value], value)
        self.refresh()

    def refresh(self) -> None:
        policy = self.document.solution.policy
        limits = policy.partner_share or self.document.catalog.partner_share
        for combo, value in ((self.deployment, policy.deployment), (self.xinchuang, policy.xinchuang),
                             (self.network, policy.network)):
            combo.setCurrentIndex(combo.findData(value))
        for spin, value in ((self.warn, limits.warn), (self.error, limits.error)):
            spin.blockSignals(True)
            spin.setValue(round(value * 100))
            spin.blockSignals(False)

    def _changed(self) -> None:
        current = self.document.solution.policy
        limits = current.partner_share or self.document.catalog.partner_share
        warn, error = self.warn.value() / 100, self.error.value() / 100
        share = current.partner_share
        if (round(limits.warn, 2), round(limits.error, 2)) != (warn, error):
            share = Thresholds(warn, error)
        policy = replace(current, deployment=self.deployment.currentData(),
                         xinchuang=self.xinchuang.currentData(), network=self.network.currentData(),
                         partner_share=share)
        if policy != current or not self.document.solution.policy_given:
            self.push(SetPolicyCommand(self.document, policy))
