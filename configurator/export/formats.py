"""The BOM's export formats: one registry for `configurator bom --format` and the window's
Export menu. A writer is a module with `render(evaluation, lang, **options) -> bytes`,
imported only when used (start-up does not pay for it, and the PDF's Qt stays unloaded
for the other formats)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from configurator.core.deal import Deal
from configurator.core.evaluate import Evaluation
from configurator.core.solution_file import to_data

if TYPE_CHECKING:  # the window imports this at start; diffs and revisions only when used
    from configurator.core.catalog import Catalog
    from configurator.core.diff import DealDiff
    from configurator.core.revisions import History, Revision


@dataclass(frozen=True)
class Format:
    name: str  # the --format value and the file suffix
    module: str  # configurator.export.<module> holds its render()
    title: str
    paged: bool = False  # a paged document: rendered with progress, in a worker thread in the window
    document: bool = False  # about the deal: given the author and, when it has several, its options
    binary: bool = False  # not for a terminal: written to a file

    @property
    def render(self) -> Callable[..., bytes]:
        return importlib.import_module(f"configurator.export.{self.module}").render

    @property
    def file_filter(self) -> str:
        return f"{self.title} (*.{self.name})"


@dataclass(frozen=True)
class DealOptions:
    """What a document format is given of a deal of several options: every option's evaluation
    (`chosen` is the one the document is about) and whether to list every option's BOM."""

    deal: Deal
    evaluations: tuple[Evaluation, ...]
    chosen: int
    all_boms: bool = False


@dataclass(frozen=True)
class RevisionMark:
    """Which revision a document shows: `revision` itself when `exact`, else the deal as it
    has changed since that revision (the latest)."""

    revision: Revision
    exact: bool


def revision_mark(history: History, deal: Deal, catalog: Catalog, shown: Revision | None = None) -> RevisionMark | None:
    """What a document of `deal` priced on `catalog` says of its revision: `shown` itself, else
    the latest one, exact when the deal is still what that revision holds, priced alike."""
    if shown is not None:
        return RevisionMark(shown, True)
    latest = history.latest
    if latest is None:
        return None
    return RevisionMark(latest, to_data(latest.deal) == to_data(deal) and latest.pin.matches(catalog))


@dataclass(frozen=True)
class Changes:
    """What changed since `revision`, for the PDF's "Changes since revision N" page."""

    revision: Revision
    diff: DealDiff


BOM_FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("yaml", "yaml_bom", "YAML"),
        Format("json", "json_bom", "JSON"),
        Format("csv", "csv_bom", "CSV"),
        Format("xlsx", "xlsx_bom", "Excel", document=True, binary=True),
        Format("pdf", "pdf_bom", "PDF", paged=True, document=True, binary=True),
    )
}
TABLES = tuple(name for name, f in BOM_FORMATS.items() if not f.paged)
