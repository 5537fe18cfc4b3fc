"""Every modal question the app asks, behind classmethods that tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from configurator.core.findings import Finding
from configurator.translations import tr

SOLUTION_FILTER = "Solution (*.yaml *.yml)"


def _message_box(icon, title: str, text: str, buttons, parent: QWidget) -> QMessageBox:
    """A message box whose texts show as written: they quote paths, names and findings."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the informative text follows it
    return box


class Dialogs:
    @classmethod
    def ask_unsaved(cls, parent: QWidget, name: str) -> str:
        """'save', 'discard' or 'cancel'."""
        box = _message_box(
            QMessageBox.Icon.Warning,
            tr("Unsaved changes"),
            tr("Save the changes to “%s” first?") % name,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            parent,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(
            QMessageBox.StandardButton(answer), "cancel"
        )

    @classmethod
    def ask_restore(cls, parent: QWidget, original: Path | None) -> bool:
        name = str(original) if original else tr("an unsaved solution")
        box = _message_box(
            QMessageBox.Icon.Question,
            tr("Recover unsaved work"),
            tr("The configurator did not close properly. Restore the unsaved changes to %s?") % name,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    @classmethod
    def ask_apply_policy(cls, parent: QWidget, changes: list[str]) -> bool:
        box = _message_box(
            QMessageBox.Icon.Question,
            tr("Apply the policy to all items"),
            tr("Bring every item in line with the policy? This makes %d changes:") % len(changes),
            QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Cancel,
            parent,
        )
        box.setInformativeText("\n".join(changes))
        return box.exec() == QMessageBox.StandardButton.Apply

    @classmethod
    def ask_author(cls, parent: QWidget, author: str) -> str | None:
        """The author the proposal names, prefilled with the last one; None when cancelled."""
        text, ok = QInputDialog.getText(
            parent, tr("Solution proposal and bill of materials"), tr("Prepared by"), QLineEdit.EchoMode.Normal, author
        )
        return text.strip() if ok else None

    @classmethod
    def ask_revision(cls, parent: QWidget, number: int, author: str) -> tuple[str, str] | None:
        """Who saves revision `number` (prefilled with the last author) and a one-line note;
        None when cancelled."""
        dialog = QDialog(parent)
        dialog.setWindowTitle(tr("Save revision %d") % number)
        form = QFormLayout(dialog)
        who, note = QLineEdit(author), QLineEdit()
        note.setPlaceholderText(tr("e.g. second offer after the customer's review"))
        note.setMinimumWidth(360)
        form.addRow(tr("Prepared by"), who)
        form.addRow(tr("Note"), note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        note.setFocus()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return who.text().strip(), note.text().strip()

    @classmethod
    def ask_open_path(cls, parent: QWidget, folder: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, tr("Open solution"), folder, tr(SOLUTION_FILTER))
        return Path(path) if path else None

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str, file_filter: str | None = None) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, tr("Save as"), suggested, file_filter or tr(SOLUTION_FILTER))
        return Path(path) if path else None

    @classmethod
    def show_findings(cls, parent: QWidget, title: str, intro: str, findings: list[Finding]) -> None:
        lines = [f"{f.location}: {f.severity.value} {f.code} {f.message}" for f in findings[:50]]
        if len(findings) > 50:
            lines.append(tr("… and %d more") % (len(findings) - 50))
        box = _message_box(QMessageBox.Icon.Critical, title, intro, QMessageBox.StandardButton.Ok, parent)
        box.setDetailedText("\n".join(lines))
        box.setInformativeText(lines[0] if lines else "")
        box.exec()

    @classmethod
    def show_error(cls, parent: QWidget, title: str, message: str) -> None:
        _message_box(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent).exec()
