"""The one way to edit the open solution: panels ask the `Editor`, which pushes undo commands."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from configurator.core.deal import MAX_OPTIONS
from configurator.core.fixes import Fix
from configurator.core.resolve import PolicyApplication, from_scenario
from configurator.core.solution import DealSettings, SolutionPolicy
from configurator.translations import tr
from configurator.ui.commands import (
    AddItemCommand,
    AddOptionCommand,
    ApplyFixCommand,
    ApplyPolicyCommand,
    EditDealCommand,
    EditItemCommand,
    EditSolutionCommand,
    MoveOptionCommand,
    RecommendOptionCommand,
    RemoveItemCommand,
    RemoveOptionCommand,
    RenameOptionCommand,
    SetModeCommand,
    SetPolicyCommand,
    SetValueInputCommand,
    option_label,
)
from configurator.ui.document import Selection, SolutionDocument, empty_solution


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
        """Quantity, ramp, discount, delivered-by, partner, customised or notes."""
        item = self.document.solution.item(capability)
        if item is not None and any(getattr(item, key) != value for key, value in changes.items()):
            self.undo_stack.push(EditItemCommand(self.document, capability, self.lang, **changes))

    def edit_solution(self, **changes: Any) -> None:
        """Name or customer."""
        if changes:
            self.undo_stack.push(EditSolutionCommand(self.document, **changes))

    def edit_deal(self, settings: DealSettings) -> None:
        """The cost-of-ownership settings every option of the deal shares."""
        if settings != self.document.solution.deal:
            self.undo_stack.push(EditDealCommand(self.document, settings))

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

    # -- the deal's options

    def can_add_option(self) -> bool:
        return len(self.document.deal.options) < MAX_OPTIONS

    def switch_option(self, index: int) -> None:
        """Show another option: not an edit, so no undo step."""
        self.flush()
        self.document.switch(index)

    def new_option(self, scenario_id: str | None = None) -> None:
        """An empty option, or one from a scenario template, after the current one."""
        if not self.can_add_option():
            return
        self.flush()
        catalog = self.document.catalog
        if scenario_id:
            name = catalog.scenarios[scenario_id].name.get(self.lang)
            solution = from_scenario(catalog, scenario_id, name).solution
            command = AddOptionCommand(self.document, solution, lambda _: name, tr("New option from %s") % name)
        else:
            wanted = tr("Option %d")
            solution = empty_solution(catalog, self.document.solution.name)
            command = AddOptionCommand(
                self.document, solution, lambda deal: wanted % (len(deal.options) + 1), tr("New option")
            )
        self.undo_stack.push(command)

    def duplicate_option(self) -> None:
        """A copy of the current option after it, the usual start of a variant."""
        if not self.can_add_option():
            return
        self.flush()
        current = self.document.current
        label = option_label(self.document.deal, current)
        self.undo_stack.push(
            AddOptionCommand(
                self.document,
                self.document.solution,
                lambda deal: tr("%s (copy)") % option_label(deal, current),
                tr("Duplicate option %s") % label,
            )
        )

    def rename_option(self, index: int, name: str) -> None:
        """A name another option has gets a number: options are told apart by name."""
        name = name.strip()
        deal = self.document.deal
        if name and name != deal.options[index].option:
            self.flush()
            self.undo_stack.push(RenameOptionCommand(self.document, index, deal.unique_name(name)))

    def move_option(self, index: int, to: int) -> None:
        if index != to and 0 <= to < len(self.document.deal.options):
            self.flush()
            self.undo_stack.push(MoveOptionCommand(self.document, index, to))

    def remove_option(self, index: int) -> None:
        """Never the last option: a deal has at least one."""
        if len(self.document.deal.options) > 1:
            self.flush()
            self.undo_stack.push(RemoveOptionCommand(self.document, index))

    def recommend_option(self, index: int) -> None:
        deal = self.document.deal
        if deal.recommended is None or deal.recommended_index != index:
            self.undo_stack.push(RecommendOptionCommand(self.document, index))
