"""The findings panel: every finding, errors first, filtered by severity, with one-click fixes
and the step that brings every item in line with the policy."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
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

from configurator.core.alternatives import alternative_label
from configurator.core.codes import Names, catalog_names, translated
from configurator.core.findings import Finding, Severity, summarize
from configurator.core.fixes import Fix, fixes_for
from configurator.core.resolve import apply_policy, policy_changes
from configurator.drawing import style
from configurator.translations import tr
from configurator.ui.dialogs import Dialogs
from configurator.ui.editing import Editor
from configurator.ui.plain import literal

SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1


class FindingsModel(QAbstractTableModel):
    COLUMNS = 4

    def __init__(self) -> None:
        super().__init__()
        self.findings: list[Finding] = []
        self.names: Names = {}
        self.headers = ["", "", "", ""]
        self.severity_words = {s.value: s.value for s in Severity}

    def set_findings(self, findings: list[Finding], names: Names | None = None) -> None:
        """`findings` as people read them (`translated` with `names`), shown errors first."""
        self.beginResetModel()
        self.findings = sorted(findings, key=lambda f: f.severity.rank)
        self.names = names or {}
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
                finding.location if finding.file else self.names.get(finding.subject or "", finding.subject or ""),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QBrush(style.SEVERITY_COLOURS[finding.severity.value])
        if role == Qt.ItemDataRole.ToolTipRole:  # the item's id, for the catalog and the solution file
            lines = [finding.message, finding.hint, finding.subject and f"{finding.code} · {finding.subject}"]
            return literal("\n".join(line for line in lines if line))
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
    sig_title_changed = Signal(str)  # the dock's title: the counts of errors and warnings

    def __init__(self, editor: Editor, lang: str) -> None:
        super().__init__()
        self.editor, self.document, self.selection = editor, editor.document, editor.selection
        self.lang = lang
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
        self.policy_button = QPushButton()  # shown while some item does not follow the policy
        self.policy_button.clicked.connect(self.apply_policy)
        bar.addWidget(self.policy_button)
        self.fix_button = QPushButton()
        self.fix_button.clicked.connect(self._fix_current)
        bar.addWidget(self.fix_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.document.sig_solution_changed.connect(self.refresh)
        self.retranslate()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        self.model.headers = [self.tr("Severity"), self.tr("Code"), self.tr("Message"), self.tr("Where")]
        self.model.severity_words = {"error": self.tr("error"), "warning": self.tr("warning"), "info": self.tr("info")}
        self.fix_button.setText(self.tr("Fix"))
        self.policy_button.setText(self.tr("Apply the policy to all items…"))
        self.policy_button.setToolTip(self.tr("Give every item a mode, or a provider, that the policy allows"))
        self.refresh()

    def refresh(self) -> None:
        names = catalog_names(self.document.catalog, self.lang)
        self.model.set_findings([translated(f, tr, names) for f in self.document.evaluation.findings], names)
        counts = summarize(self.model.findings)
        words = {"error": self.tr("Errors: %d"), "warning": self.tr("Warnings: %d"), "info": self.tr("Infos: %d")}
        for severity, button in self.toggles.items():
            button.setText(words[severity] % counts[severity + "s"])
        self.policy_button.setVisible(bool(policy_changes(self.document.catalog, self.document.solution)))
        self._update_fix_button()
        self.sig_title_changed.emit(self.title())

    def title(self) -> str:
        """The dock's title, with how many errors and warnings there are."""
        counts = summarize(self.model.findings)
        if not counts["errors"] and not counts["warnings"]:
            return self.tr("Findings")
        return self.tr("Findings (errors: %d · warnings: %d)") % (counts["errors"], counts["warnings"])

    def apply_policy(self) -> None:
        """List what following the policy changes and, if the user agrees, make it one step."""
        application = apply_policy(self.document.catalog, self.document.solution)
        names = self.model.names
        lines = [alternative_label(c.kind, c.target, c.value).render(tr, names) for c in application.changes]
        if lines and Dialogs.ask_apply_policy(self, lines):
            self.editor.apply_policy(application)

    def finding_at(self, index: QModelIndex) -> Finding | None:
        if not index.isValid():
            return None
        return self.model.findings[self.proxy.mapToSource(index).row()]

    def fixes(self, finding: Finding | None) -> list[Fix]:
        return fixes_for(self.document.catalog, finding) if finding else []

    def _update_fix_button(self, *args) -> None:
        fixes = self.fixes(self.finding_at(self.table.currentIndex()))
        self.fix_button.setEnabled(bool(fixes))
        self.fix_button.setToolTip(literal(fixes[0].label.render(tr, self.model.names)) if fixes else "")

    def _fix_current(self) -> None:
        fixes = self.fixes(self.finding_at(self.table.currentIndex()))
        if len(fixes) == 1:
            self.editor.apply_fix(fixes[0])
        elif fixes:
            self._fix_menu(fixes).exec(self.fix_button.mapToGlobal(self.fix_button.rect().bottomLeft()))

    def _fix_menu(self, fixes: list[Fix]) -> QMenu:
        menu = QMenu(self)
        for fix in fixes:
            menu.addAction(fix.label.render(tr, self.model.names), lambda f=fix: self.editor.apply_fix(f))
        return menu

    def _menu(self, position) -> None:
        fixes = self.fixes(self.finding_at(self.table.indexAt(position)))
        if fixes:
            self._fix_menu(fixes).exec(self.table.viewport().mapToGlobal(position))

    def _go_to(self, index: QModelIndex) -> None:
        finding = self.finding_at(index)
        if finding and finding.subject and self.document.solution.item(finding.subject):
            self.selection.select(finding.subject)
