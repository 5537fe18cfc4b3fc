"""The findings panel: every finding, filtered by severity, with one-click fixes."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from configurator.core.codes import translated
from configurator.core.findings import Finding, Severity
from configurator.core.fixes import Fix, fixes_for
from configurator.drawing import style
from configurator.translations import tr
from configurator.ui.editing import Editor
from configurator.ui.plain import literal

SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1


class FindingsModel(QAbstractTableModel):
    COLUMNS = 4

    def __init__(self) -> None:
        super().__init__()
        self.findings: list[Finding] = []
        self.headers = ["", "", "", ""]
        self.severity_words = {s.value: s.value for s in Severity}

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings = list(findings)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.findings):
            return None
        finding = self.findings[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.severity_words[finding.severity.value],
                finding.code,
                finding.message + (f" ({finding.hint})" if finding.hint else ""),
                finding.location if finding.file else (finding.subject or ""),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QBrush(style.SEVERITY_COLOURS[finding.severity.value])
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(finding.message + (f"\n{finding.hint}" if finding.hint else ""))
        if role == SEVERITY_ROLE:
            return finding.severity.value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < self.COLUMNS
        ):
            return self.headers[section]
        return None


class SeverityFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.shown = {"error", "warning", "info"}

    def show_severity(self, severity: str, shown: bool) -> None:
        self.beginFilterChange()
        (self.shown.add if shown else self.shown.discard)(severity)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        return self.sourceModel().index(row, 0, parent).data(SEVERITY_ROLE) in self.shown


class FindingsPanel(QWidget):
    def __init__(self, editor: Editor) -> None:
        super().__init__()
        self.editor, self.document, self.selection = editor, editor.document, editor.selection
        self.model = FindingsModel()
        self.proxy = SeverityFilter()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._go_to)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.selectionModel().currentRowChanged.connect(self._update_fix_button)
        self.toggles = {}
        bar = QHBoxLayout()
        for severity in ("error", "warning", "info"):
            button = QToolButton()
            button.setCheckable(True)
            button.setChecked(True)
            button.toggled.connect(lambda on, s=severity: self.proxy.show_severity(s, on))
            self.toggles[severity] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.fix_button = QPushButton()
        self.fix_button.clicked.connect(self._fix_current)
        bar.addWidget(self.fix_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.document.sig_solution_changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.headers = [self.tr("Severity"), self.tr("Code"), self.tr("Message"), self.tr("Where")]
        self.model.severity_words = {"error": self.tr("error"), "warning": self.tr("warning"), "info": self.tr("info")}
        self.fix_button.setText(self.tr("Fix"))
        self.refresh()

    def refresh(self) -> None:
        findings = [translated(f, tr) for f in self.document.evaluation.findings]
        self.model.set_findings(findings)
        counts = {s: sum(1 for f in findings if f.severity.value == s) for s in self.toggles}
        names = {"error": self.tr("Errors: %d"), "warning": self.tr("Warnings: %d"), "info": self.tr("Infos: %d")}
        for severity, button in self.toggles.items():
            button.setText(names[severity] % counts[severity])
        self._update_fix_button()

    def finding_at(self, index: QModelIndex) -> Finding | None:
        if not index.isValid():
            return None
        return self.model.findings[self.proxy.mapToSource(index).row()]

    def fixes(self, finding: Finding | None) -> list[Fix]:
        return fixes_for(self.document.catalog, finding) if finding else []

    def _update_fix_button(self, *args) -> None:
        fixes = self.fixes(self.finding_at(self.table.currentIndex()))
        self.fix_button.setEnabled(bool(fixes))
        self.fix_button.setToolTip(literal(fixes[0].label.render(tr)) if fixes else "")

    def _fix_current(self) -> None:
        fixes = self.fixes(self.finding_at(self.table.currentIndex()))
        if len(fixes) == 1:
            self.editor.apply_fix(fixes[0])
        elif fixes:
            self._fix_menu(fixes).exec(self.fix_button.mapToGlobal(self.fix_button.rect().bottomLeft()))

    def _fix_menu(self, fixes: list[Fix]) -> QMenu:
        menu = QMenu(self)
        for fix in fixes:
            menu.addAction(fix.label.render(tr), lambda f=fix: self.editor.apply_fix(f))
        return menu

    def _menu(self, position) -> None:
        fixes = self.fixes(self.finding_at(self.table.indexAt(position)))
        if fixes:
            self._fix_menu(fixes).exec(self.table.viewport().mapToGlobal(position))

    def _go_to(self, index: QModelIndex) -> None:
        finding = self.finding_at(index)
        if finding and finding.subject and self.document.solution.item(finding.subject):
            self.selection.select(finding.subject)
