"""Every edit of a solution as an undoable command.

A command computes the new solution once, on its first redo, from the solution it finds;
after that redo and undo swap between the two immutable snapshots, so undoing and redoing
always returns to the identical state. Dependencies an edit pulls in are part of the same
step because resolution happens inside that one computation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from configurator.core import resolve, value
from configurator.core.codes import catalog_names
from configurator.core.deal import Deal
from configurator.core.evaluate import Evaluation
from configurator.core.fixes import Fix
from configurator.core.solution import DealSettings, Solution, SolutionPolicy
from configurator.translations import tr
from configurator.ui.document import Options, SolutionDocument


def _name(document: SolutionDocument, capability: str, lang: str) -> str:
    """What the Edit menu calls a capability: its name in `lang`, as every panel does."""
    cap = document.catalog.capabilities.get(capability)
    return (cap.name.get(lang) if cap else "") or capability


class SolutionCommand(QUndoCommand):
    """An edit of the option current when it was made: undo and redo show that option again."""

    def __init__(self, document: SolutionDocument, text: str, compute: Callable[[Solution], Solution]) -> None:
        super().__init__(text)
        self.document = document
        self.option = document.current_key
        self._compute = compute
        self._before: Solution | None = None
        self._after: Solution | None = None
        self._evaluations: dict[int, Evaluation] = {}  # kept so undo and redo need not re-evaluate

    def redo(self) -> None:
        if self._after is None:
            self._before = self.document.solution
            self._evaluations[id(self._before)] = self.document.evaluation
            self._after = self._compute(self._before)
        self._show(self._after)

    def undo(self) -> None:
        self._show(self._before)

    def _show(self, solution: Solution) -> None:
        self.document.set_solution(solution, self._evaluations.get(id(solution)), self.option)
        self._evaluations[id(solution)] = self.document.evaluation


class AddItemCommand(SolutionCommand):
    def __init__(self, document: SolutionDocument, capability: str, lang: str) -> None:
        catalog = document.catalog
        super().__init__(
            document,
            tr("Add %s") % _name(document, capability, lang),
            lambda s: resolve.add_item(catalog, s, capability).solution,
        )


class RemoveItemCommand(SolutionCommand):
    def __init__(self, document: SolutionDocument, capability: str, lang: str) -> None:
        catalog = document.catalog
        super().__init__(
            document,
            tr("Remove %s") % _name(document, capability, lang),
            lambda s: resolve.remove_item(catalog, s, capability),
        )


class SetModeCommand(SolutionCommand):
    def __init__(self, document: SolutionDocument, capability: str, mode: str, lang: str) -> None:
        catalog = document.catalog
        super().__init__(
            document,
            tr("Set mode of %s to %s") % (_name(document, capability, lang), mode),
            lambda s: resolve.set_mode(catalog, s, capability, mode).solution,
        )


class MergingCommand(SolutionCommand):
    """Consecutive edits with the same `key` merge into one undo step, so spinning a value
    or typing notes is undone at once."""

    ID = 1001
    key: tuple = ()

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if type(other) is not type(self) or (other.key, other.option) != (self.key, self.option):
            return False
        self._after = other._after  # other was computed from our result: one step covers both
        # Keep only the ends: fifty spins of a quantity must not hold fifty evaluations.
        ends = (id(self._before), id(self._after))
        evaluations = {**self._evaluations, **other._evaluations}
        self._evaluations = {key: evaluations[key] for key in ends if key in evaluations}
        return True


class EditItemCommand(MergingCommand):
    """Quantity, ramp, discount, delivered-by, partner, customised or notes of one item."""

    def __init__(self, document: SolutionDocument, capability: str, lang: str, **changes: Any) -> None:
        super().__init__(
            document, tr("Edit %s") % _name(document, capability, lang), lambda s: s.replace_item(capability, **changes)
        )
        self.key = (capability, tuple(sorted(changes)))


class SetPolicyCommand(SolutionCommand):
    def __init__(self, document: SolutionDocument, policy: SolutionPolicy) -> None:
        catalog = document.catalog
        super().__init__(document, tr("Change policy"), lambda s: resolve.set_policy(catalog, s, policy).solution)


class ApplyPolicyCommand(SolutionCommand):
    """Every item brought in line with the policy: `application` was computed from the
    document's current solution (to list its changes before they are made)."""

    def __init__(self, document: SolutionDocument, application: resolve.PolicyApplication) -> None:
        super().__init__(document, tr("Apply the policy to all items"), lambda s: application.solution)


class EditSolutionCommand(SolutionCommand):
    """Name or customer of the solution."""

    def __init__(self, document: SolutionDocument, **changes: Any) -> None:
        super().__init__(document, tr("Edit solution details"), lambda s: s.edited(**changes))


class EditDealCommand(SolutionCommand):
    """The deal's cost-of-ownership settings: the deal gives them to every option."""

    def __init__(self, document: SolutionDocument, settings: DealSettings) -> None:
        super().__init__(document, tr("Edit deal settings"), lambda s: s.edited(deal=settings))


class SetValueInputCommand(MergingCommand):
    """One input of the value case."""

    def __init__(self, document: SolutionDocument, driver: str, name: str, number: float, lang: str) -> None:
        def compute(s: Solution) -> Solution:
            values = {d: dict(inputs) for d, inputs in s.value.items()}
            values.setdefault(driver, {})[name] = number
            return s.edited(value=values)

        drivers = value.drivers_for(document.catalog, document.solution)
        found = next((d.input(name) for d in drivers if d.id == driver), None)
        super().__init__(document, tr("Set %s") % ((found.label.get(lang) if found else "") or name), compute)
        self.key = (driver, name)


class ApplyFixCommand(SolutionCommand):
    def __init__(self, document: SolutionDocument, fix: Fix, lang: str) -> None:
        catalog = document.catalog
        label = fix.label.render(tr, catalog_names(catalog, lang))
        super().__init__(document, tr("Fix: %s") % label, lambda s: fix.apply(catalog, s))


class OptionsCommand(QUndoCommand):
    """A change of the deal's options (add, remove, rename, move, recommend): redo and undo swap
    between the whole options before and after, the current option included."""

    def __init__(self, document: SolutionDocument, text: str, compute: Callable[[Options], Options]) -> None:
        super().__init__(text)
        self.document = document
        self._compute = compute
        self._before: Options | None = None
        self._after: Options | None = None

    def redo(self) -> None:
        if self._after is None:
            self._before = self.document.options
            self._after = self._compute(self._before)
        self.document.set_options(self._after)

    def undo(self) -> None:
        self.document.set_options(self._before)


def option_label(deal: Deal, index: int) -> str:
    """What the app calls option `index`: its name, else Option 1, Option 2, ..."""
    return deal.options[index].option or tr("Option %d") % (index + 1)


def _named(options: Options) -> Options:
    """A deal of one unnamed option that gets a second one: the first is named, so that
    `recommended` can refer to it."""
    deal = options.deal
    if len(deal.options) == 1 and not deal.first.option:
        return options.with_deal(deal.renamed(0, option_label(deal, 0)))
    return options


class AddOptionCommand(OptionsCommand):
    """`solution` (empty, from a scenario or a copy) as a new option after the current one,
    named `name(deal)` or, when another option has that name, `name (2)` and so on."""

    def __init__(self, document: SolutionDocument, solution: Solution, name: Callable[[Deal], str], text: str) -> None:
        def compute(options: Options) -> Options:
            options = _named(options)
            unique = options.deal.unique_name(name(options.deal))
            return options.added(solution.edited(option=unique), options.current + 1)

        super().__init__(document, text, compute)


class RemoveOptionCommand(OptionsCommand):
    def __init__(self, document: SolutionDocument, index: int) -> None:
        label = option_label(document.deal, index)
        super().__init__(document, tr("Delete option %s") % label, lambda o: o.removed(index))


class RenameOptionCommand(OptionsCommand):
    def __init__(self, document: SolutionDocument, index: int, name: str) -> None:
        label = option_label(document.deal, index)
        super().__init__(document, tr("Rename option %s") % label, lambda o: o.with_deal(o.deal.renamed(index, name)))


class MoveOptionCommand(OptionsCommand):
    def __init__(self, document: SolutionDocument, index: int, to: int) -> None:
        label = option_label(document.deal, index)
        super().__init__(document, tr("Move option %s") % label, lambda o: o.moved(index, to))


class RecommendOptionCommand(OptionsCommand):
    """Option `index` becomes the recommended one (an unnamed option is named first)."""

    def __init__(self, document: SolutionDocument, index: int) -> None:
        def compute(options: Options) -> Options:
            deal = options.deal
            if not deal.options[index].option:
                deal = deal.renamed(index, option_label(deal, index))
            return options.with_deal(deal.with_recommended(deal.options[index].option))

        label = option_label(document.deal, index)
        super().__init__(document, tr("Recommend option %s") % label, compute)


class ReplaceDealCommand(OptionsCommand):
    """The whole deal at once: re-priced on a new catalog, its old prices kept, or a revision
    restored. Options keep their keys while their number stays the same."""

    def __init__(self, document: SolutionDocument, deal: Deal, text: str) -> None:
        def compute(options: Options) -> Options:
            if len(deal.options) == len(options.deal.options):
                return Options(deal, options.keys, options.current)
            return Options.of(deal, deal.recommended_index)

        super().__init__(document, text, compute)
