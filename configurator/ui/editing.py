"""The one way to edit the open solution: panels ask the `Editor`, which pushes undo commands."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from configurator.core.fixes import Fix
from configurator.core.resolve import PolicyApplication
from configurator.core.solution import SolutionPolicy
from configurator.ui.commands import (
    AddItemCommand,
    ApplyFixCommand,
    ApplyPolicyCommand,
    EditItemCommand,
    EditSolutionCommand,
    RemoveItemCommand,
    SetModeCommand,
    SetPolicyCommand,
    SetValueInputCommand,
)
from configurator.ui.document import Selection, SolutionDocument


class Editor(QObject):
    """Each kind of edit as one method that pushes one command (`ui/commands.py`) on the
    window's undo stack; a change of an item, the solution or the policy that changes nothing
    is no step. The steps are named in `lang`, the language the panels show names in."""

    sig_flush_requested = Signal()  # edits still being typed (notes, names) are to become steps now

    def __init__(self, document: SolutionDocument, selection: Selection, undo_stack: QUndoStack, lang: str) -> None:
        super().__init__()
        self.document, self.selection, self.undo_stack = document, selection, undo_stack
        self.lang = lang

    def set_language(self, lang: str) -> None:
        self.lang = lang

    def flush(self) -> None:
        """Before the solution is saved, exported or dropped: what is being typed counts."""
        self.sig_flush_requested.emit()

    def add(self, capability: str) -> None:
        """Add explicitly, with what it requires, and select it."""
        if capability in self.document.catalog.capabilities:
            self.undo_stack.push(AddItemCommand(self.document, capability, self.lang))
            self.selection.select(capability)

    def remove(self, capability: str) -> None:
        if capability and self.document.solution.item(capability):
            self.undo_stack.push(RemoveItemCommand(self.document, capability, self.lang))
            self.selection.select(None)

    def set_mode(self, capability: str, mode: str) -> None:
        item = self.document.solution.item(capability)
        if item is not None and mode != item.mode:
            self.undo_stack.push(SetModeCommand(self.document, capability, mode, self.lang))

    def edit_item(self, capability: str, **changes: Any) -> None:
        """Quantity, discount, delivered-by, partner, customised or notes."""
        item = self.document.solution.item(capability)
        if item is not None and any(getattr(item, key) != value for key, value in changes.items()):
            self.undo_stack.push(EditItemCommand(self.document, capability, self.lang, **changes))

    def edit_solution(self, **changes: Any) -> None:
        """Name or customer."""
        if changes:
            self.undo_stack.push(EditSolutionCommand(self.document, **changes))

    def set_policy(self, policy: SolutionPolicy) -> None:
        """A policy the file does not write yet is written even when it is the default."""
        if policy != self.document.solution.policy or not self.document.solution.policy_given:
            self.undo_stack.push(SetPolicyCommand(self.document, policy))

    def apply_policy(self, application: PolicyApplication) -> None:
        """One step for `resolve.apply_policy` of the current solution (asked for, and its
        changes shown, first)."""
        if application.changes:
            self.undo_stack.push(ApplyPolicyCommand(self.document, application))

    def set_value_input(self, driver: str, name: str, value: float) -> None:
        number = int(value) if value.is_integer() else value  # 12, not 12.0, in the file
        self.undo_stack.push(SetValueInputCommand(self.document, driver, name, number, self.lang))

    def apply_fix(self, fix: Fix) -> None:
        self.undo_stack.push(ApplyFixCommand(self.document, fix, self.lang))
