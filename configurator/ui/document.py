"""The open deal as a document the views observe: catalog, the deal's options, the current
option and its evaluation, the file."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from configurator.core.catalog import Catalog
from configurator.core.deal import Deal
from configurator.core.evaluate import Evaluation, evaluate
from configurator.core.findings import Finding
from configurator.core.solution import Solution
from configurator.core.solution_file import findings_by_option

_keys = itertools.count(1)


@dataclass(frozen=True)
class Options:
    """The deal, a key per option that outlives renames and moves (undo finds its option by
    it), and the index of the current option."""

    deal: Deal
    keys: tuple[int, ...]
    current: int

    @classmethod
    def of(cls, deal: Deal, current: int = 0) -> Options:
        return cls(deal, tuple(next(_keys) for _ in deal.options), current)

    def added(self, solution: Solution, at: int) -> Options:
        """`solution` as a new option at `at`, which becomes the current one."""
        keys = (*self.keys[:at], next(_keys), *self.keys[at:])
        return Options(self.deal.added(solution, at), keys, at)

    def removed(self, index: int) -> Options:
        keys = self.keys[:index] + self.keys[index + 1 :]
        current = self.keys[self.current]
        return Options(
            self.deal.removed(index), keys, keys.index(current) if current in keys else min(index, len(keys) - 1)
        )

    def moved(self, index: int, to: int) -> Options:
        keys = list(self.keys)
        keys.insert(to, keys.pop(index))
        return Options(self.deal.moved(index, to), tuple(keys), keys.index(self.keys[self.current]))

    def with_deal(self, deal: Deal) -> Options:
        """The same options, renamed or re-recommended."""
        return replace(self, deal=deal)


class SolutionDocument(QObject):
    """Holds the deal being edited. `solution` and `evaluation` are the current option's: every
    panel shows that one. Only undo commands call `set_solution` and `set_options`."""

    sig_solution_changed = Signal()  # the current option changed, or another option became current
    sig_options_changed = Signal()  # the list of options, their names, the recommended or the current one
    sig_catalog_changed = Signal()
    sig_path_changed = Signal()

    def __init__(
        self, catalog: Catalog, solution: Solution, path: Path | None = None, load_findings: list[Finding] | None = None
    ) -> None:
        super().__init__()
        self.catalog = catalog
        self.options = Options.of(Deal.of(solution))
        self.path = path
        self._evaluations: dict[int, Evaluation] = {}  # by option key; valid while it is of that very option
        self._take_findings(list(load_findings or []))
        self.evaluation_of(self.current)

    # -- the current option

    @property
    def deal(self) -> Deal:
        return self.options.deal

    @property
    def current(self) -> int:
        return self.options.current

    @property
    def current_key(self) -> int:
        return self.options.keys[self.current]

    @property
    def solution(self) -> Solution:
        return self.deal.options[self.current]

    @property
    def evaluation(self) -> Evaluation:
        return self.evaluation_of(self.current)

    def evaluation_of(self, index: int) -> Evaluation:
        """Option `index` evaluated: again only when it or the catalog changed since."""
        option, key = self.deal.options[index], self.options.keys[index]
        cached = self._evaluations.get(key)
        if cached is None or cached.solution is not option or cached.catalog is not self.catalog:
            name = str(self.path) if self.path else None
            found = self.load_findings.get(key, [])
            cached = self._evaluations[key] = evaluate(self.catalog, option, name, found)
        return cached

    def evaluations(self) -> list[Evaluation]:
        return [self.evaluation_of(index) for index in range(len(self.deal.options))]

    # -- changes

    def set_solution(self, solution: Solution, evaluation: Evaluation | None = None, option: int | None = None) -> None:
        """Option `option` (a key; the current one when None) becomes `solution`, and the
        current one. `evaluation` may be passed when it is known to be the solution's (undo, redo)."""
        index = self.current if option is None else self.options.keys.index(option)
        switched = index != self.current
        self.options = Options(self.deal.replaced(index, solution), self.options.keys, index)
        if evaluation is not None and evaluation.catalog is self.catalog and evaluation.solution is solution:
            self._evaluations[self.current_key] = evaluation
        if switched:
            self.sig_options_changed.emit()
        self.sig_solution_changed.emit()

    def set_options(self, options: Options) -> None:
        """Options added, removed, renamed, moved or recommended (undo commands only)."""
        self.options = options
        self.sig_options_changed.emit()
        self.sig_solution_changed.emit()

    def switch(self, index: int) -> None:
        """Show option `index`: no edit, so no undo step."""
        if index != self.current and 0 <= index < len(self.deal.options):
            self.options = replace(self.options, current=index)
            self.sig_options_changed.emit()
            self.sig_solution_changed.emit()

    def set_catalog(self, catalog: Catalog) -> None:
        """A new catalog under the deal; a handler of `sig_catalog_changed` may put another deal
        in (the start: the stand-in gives way), which is then the only one evaluated and shown."""
        options, self.catalog = self.options, catalog
        self.sig_catalog_changed.emit()
        if self.options is options:
            self.sig_solution_changed.emit()

    def reset(self, deal: Deal | Solution, path: Path | None, load_findings: list[Finding]) -> None:
        """A different deal in the same window (New, Open, Restore), shown at its recommended option."""
        deal = deal if isinstance(deal, Deal) else Deal.of(deal)
        self.options = Options.of(deal, deal.recommended_index)
        self.path = path
        self._take_findings(load_findings)
        self._evaluations.clear()
        self.sig_path_changed.emit()
        self.sig_options_changed.emit()
        self.sig_solution_changed.emit()

    def set_path(self, path: Path | None) -> None:
        """After saving: load-time findings no longer describe the file."""
        self.path = path
        self.load_findings = {k: [f for f in found if f.file is None] for k, found in self.load_findings.items()}
        self.sig_path_changed.emit()

    def _take_findings(self, findings: list[Finding]) -> None:
        """The findings of loading the file, each with the options it concerns, by option key."""
        split = findings_by_option(self.deal, findings)
        self.load_findings: dict[int, list[Finding]] = dict(zip(self.options.keys, split, strict=True))


class Selection(QObject):
    """The selected capability, shared by the graph, the BOM, the findings and the inspector."""

    sig_selection_changed = Signal(str)  # "" when nothing is selected

    def __init__(self) -> None:
        super().__init__()
        self.current = ""

    def select(self, capability: str | None) -> None:
        capability = capability or ""
        if capability != self.current:
            self.current = capability
            self.sig_selection_changed.emit(capability)


def empty_solution(catalog: Catalog, name: str) -> Solution:
    return Solution(name=name, catalog_id=catalog.id, catalog_version=catalog.version, catalog_digest=catalog.digest)
