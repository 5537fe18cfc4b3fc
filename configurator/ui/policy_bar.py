"""The policy bar: deployment, Xinchuang level, network policy and partner-share thresholds."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QToolBar,
)

from configurator.core.catalog import Thresholds
from configurator.core.solution import DATA_CLASSES, DEPLOYMENTS, NETWORKS, XINCHUANG_LEVELS
from configurator.core.vocabulary import DEPLOYMENT, NETWORK, XINCHUANG, word
from configurator.translations import tr
from configurator.ui.editing import Editor


class GoLiveCalendar(QCalendarWidget):
    """The go-live field's calendar: while no date is set (the earliest date stands for
    none), it opens at today's month."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.selectedDate() == self.minimumDate():
            today = QDate.currentDate()
            self.setCurrentPage(today.year(), today.month())


class PolicyBar(QToolBar):
    """One row in three groups (the customer's policy, the project, the partner share), with
    short labels and the full meaning in tooltips, so that it fits a 1366-pixel screen."""

    def __init__(self, editor: Editor) -> None:
        super().__init__()
        self.setObjectName("policy_bar")
        self.editor, self.document = editor, editor.document
        self.deployment, self.xinchuang, self.network = QComboBox(), QComboBox(), QComboBox()
        self.data_class = QComboBox()
        self.cii = QCheckBox()
        self.go_live = QDateEdit()
        self.go_live.setCalendarPopup(True)
        self.go_live.setCalendarWidget(GoLiveCalendar())
        self.go_live.setDisplayFormat("yyyy-MM-dd")
        self.go_live.setSpecialValueText("—")
        self.go_live.setMinimumDate(QDate(2000, 1, 1))
        self.warn, self.error = QDoubleSpinBox(), QDoubleSpinBox()
        self.fields = (
            self.deployment,
            self.xinchuang,
            self.network,
            self.data_class,
            self.go_live,
            self.cii,
            self.warn,
            self.error,
        )
        self.labels = [QLabel() for _ in self.fields[:-1]]  # the two thresholds share one label
        for index, field in enumerate(self.fields):
            if field in (self.go_live, self.warn):
                self.addSeparator()
            if index < len(self.labels):
                self.labels[index].setContentsMargins(8, 0, 4, 0)
                self.addWidget(self.labels[index])
            self.addWidget(field)
        self.cii.toggled.connect(self._changed)
        self.go_live.editingFinished.connect(self._changed)
        for spin in (self.warn, self.error):
            spin.setRange(0, 100)
            spin.setDecimals(0)
            spin.setSuffix(" %")
            spin.editingFinished.connect(self._changed)
        for combo in (self.deployment, self.xinchuang, self.network, self.data_class):
            combo.activated.connect(self._changed)
        self.document.sig_solution_changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Policy"))
        for label, text in zip(
            self.labels,
            (
                self.tr("Deployment"),
                self.tr("Xinchuang"),
                self.tr("Network"),
                self.tr("Public data up to"),
                self.tr("Go-live"),
                self.tr("CII operator"),
                self.tr("Partner share"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.warn.setPrefix(self.tr("warning "))
        self.error.setPrefix(self.tr("error "))
        self.warn.setToolTip(self.tr("A warning when partners deliver more than this share of the first-year cost"))
        self.error.setToolTip(self.tr("An error when partners deliver more than this share of the first-year cost"))
        self.data_class.setToolTip(self.tr("The most sensitive data class allowed on public cloud or SaaS"))
        self.cii.setToolTip(self.tr("The customer operates critical information infrastructure"))
        self.go_live.setToolTip(self.tr("Target go-live date; the earliest date means none"))
        for combo, values, words in (
            (self.deployment, DEPLOYMENTS, DEPLOYMENT),
            (self.xinchuang, XINCHUANG_LEVELS, XINCHUANG),
            (self.network, NETWORKS, NETWORK),
            (self.data_class, DATA_CLASSES, {}),
        ):
            combo.clear()
            for value in values:
                combo.addItem(word(words, value, tr), value)
        self.refresh()

    def refresh(self) -> None:
        policy = self.document.solution.policy
        limits = policy.partner_share or self.document.catalog.partner_share
        for combo, value in (
            (self.deployment, policy.deployment),
            (self.xinchuang, policy.xinchuang),
            (self.network, policy.network),
            (self.data_class, policy.public_data_class),
        ):
            combo.setCurrentIndex(combo.findData(value))
        for widget in (self.cii, self.go_live):
            widget.blockSignals(True)
        self.cii.setChecked(policy.cii_operator)
        self.go_live.setDate(QDate(policy.go_live) if policy.go_live else self.go_live.minimumDate())
        for widget in (self.cii, self.go_live):
            widget.blockSignals(False)
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
        chosen, none = self.go_live.date(), self.go_live.minimumDate()  # the earliest date stands for none
        go_live = None if chosen == none else chosen.toPython()
        if go_live is None and current.go_live is not None and current.go_live <= none.toPython():
            go_live = current.go_live  # a date the field cannot show is kept as written, not dropped
        self.editor.set_policy(
            replace(
                current,
                deployment=self.deployment.currentData(),
                xinchuang=self.xinchuang.currentData(),
                network=self.network.currentData(),
                public_data_class=self.data_class.currentData(),
                cii_operator=self.cii.isChecked(),
                go_live=go_live,
                partner_share=share,
            )
        )
