"""The open solution as a document the views observe: catalog, solution, evaluation, file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from configurator.core.catalog import Catalog
from configurator.core.evaluate import Evaluation, evaluate
from configurator.core.findings import Finding
from configurator.core.solution import Solution


class SolutionDocument(QObject):
    """Holds the one solution being edited. Only undo commands call `set_solution`."""

    sig_solution_changed = Signal()
    sig_catalog_changed = Signal()
    sig_path_changed = Signal()

    def __init__(
        self, catalog: Catalog, solution: Solution, path: Path | None = None, load_findings: list[Finding] | None = None
    ) -> None:
        super().__init__()
        self.catalog = catalog
        self.solution = solution
        self.path = path
        self.load_findings = list(load_findings or [])
        self.evaluation: Evaluation = self._evaluate()

    def _evaluate(self) -> Evaluation:
        name = str(self.path) if self.path else None
        return evaluate(self.catalog, self.solution, name, self.load_findings)

    def set_solution(self, solution: Solution, evaluation: Evaluation | None = None) -> None:
        """`evaluation` may be passed when it is known to be the solution's (undo, redo)."""
        self.solution = solution
        self.evaluation = (
            evaluation
            if evaluation is not None and evaluation.catalog is self.catalog and evaluation.solution is solution
            else self._evaluate()
        )
        self.sig_solution_changed.emit()

    def set_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.evaluation = self._evaluate()
        self.sig_catalog_changed.emit()
        self.sig_solution_changed.emit()

    def reset(self, solution: Solution, path: Path | None, load_findings: list[Finding]) -> None:
        """A different solution in the same window (New, Open, Restore)."""
        self.solution, self.path, self.load_findings = solution, path, list(load_findings)
        self.evaluation = self._evaluate()
        self.sig_path_changed.emit()
        self.sig_solution_changed.emit()

    def set_path(self, path: Path | None) -> None:
        """After saving: load-time findings no longer describe the file."""
        self.path = path
        self.load_findings = [f for f in self.load_findings if f.file is None]
        self.sig_path_changed.emit()


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
    return Solution(name=name, catalog_id=catalog.id, catalog_version=catalog.version)
