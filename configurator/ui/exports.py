"""Exports from the window: the BOM as a file, the graph as a picture, the PDF proposal and the
PowerPoint briefing deck."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from configurator.core.atomic import write_atomic
from configurator.export.formats import BOM_FORMATS, Changes, DealOptions, RevisionMark, revision_mark
from configurator.translations import tr
from configurator.ui.dialogs import Dialogs
from configurator.ui.document import SolutionDocument
from configurator.ui.editing import Editor
from configurator.ui.jobs import Job, Jobs
from configurator.ui.settings import Settings

if TYPE_CHECKING:
    from configurator.core.evaluate import Evaluation
    from configurator.core.revisions import Revision

PICTURES = (("png", "PNG (*.png)"), ("svg", "SVG (*.svg)"))


class ExportController(QObject):
    """Asks where to write, renders in the window's current language and writes atomically;
    the PDF renders page by page behind a progress dialog (the window stays responsive but
    takes no input meanwhile) and is written only if not cancelled."""

    def __init__(self, window: QMainWindow, editor: Editor, settings: Settings, jobs: Jobs) -> None:
        super().__init__(window)
        self.window, self.editor, self.settings, self.jobs = window, editor, settings, jobs
        self.document: SolutionDocument = editor.document

    def table(self, fmt: str) -> None:
        path, table = self._path(fmt, BOM_FORMATS[fmt].file_filter), BOM_FORMATS[fmt]
        if path is None:
            return
        extra = {"author": self.settings.get("document/author"), "options": self._options()} if table.document else {}
        self._write(path, table.render(self.document.evaluation, self.window.lang, **extra))

    def picture(self, fmt: str) -> None:
        path = self._path(fmt, dict(PICTURES)[fmt])
        if path is None:
            return
        from configurator.drawing.graph_picture import build_picture, png_bytes, svg_bytes

        picture = build_picture(self.document.evaluation, self.window.lang, tr)
        content = png_bytes(picture) if fmt == "png" else svg_bytes(picture, self.document.solution.name)
        self._write(path, content)

    def pdf(self, changes: Changes | None = None, revision: Revision | None = None) -> Job | None:
        """The PDF proposal of the deal, or of a saved `revision` as it was priced; it says
        which revision it is, and with `changes` it has a page of what changed since one.
        See `_paged`."""
        from configurator.core.revisions import load_history

        self.editor.flush()  # what is still being typed is part of the document
        document = self.document
        if revision is None:
            history = load_history(document.path) if document.path else None
            mark = revision_mark(history, document.deal, document.catalog) if history else None
            evaluation, options = document.evaluation, self._options()
        else:
            deal, evaluations = revision.deal, revision.evaluations(document.catalog)
            chosen = deal.recommended_index
            evaluation, mark = evaluations[chosen], RevisionMark(revision, True)
            options = DealOptions(deal, evaluations, chosen) if len(evaluations) > 1 else None
        render = partial(BOM_FORMATS["pdf"].render, revision=mark, changes=changes)
        writing = self.tr("Writing the proposal document…")
        return self._paged(render, "pdf", self.tr("PDF (*.pdf)"), writing, (evaluation, options))

    def deck(self) -> Job | None:
        """The PowerPoint briefing deck; see `_paged`."""
        from configurator.export.pptx_deck import render  # python-pptx, only now

        return self._paged(render, "pptx", self.tr("PowerPoint (*.pptx)"), self.tr("Writing the briefing deck…"))

    def _paged(
        self,
        render: Callable[..., bytes],
        suffix: str,
        file_filter: str,
        writing: str,
        shown: tuple[Evaluation, DealOptions | None] | None = None,
    ) -> Job | None:
        """Asks who prepared the document (remembered for the next time), then where to write it.
        The document is of the current option and the deal's options, unless `shown` says another."""
        self.editor.flush()
        author = Dialogs.ask_author(self.window, self.settings.get("document/author"))
        if author is None:
            return None
        self.settings.set("document/author", author)
        path = self._path(suffix, file_filter)
        if path is None:
            return None
        evaluation, options = shown or (self.document.evaluation, self._options())
        lang = self.window.lang
        job = Job(lambda progress: render(evaluation, lang, author, progress, options), paints=True)
        dialog = QProgressDialog(writing, self.tr("Cancel"), 0, 0, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # no edit or second export meanwhile
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(job.cancel)
        job.sig_progress.connect(lambda page, pages: (dialog.setMaximum(pages), dialog.setValue(page)))

        def finished(content: bytes) -> None:
            dialog.reset()
            self._write(path, content)  # only now: a cancelled export writes nothing

        def cancelled() -> None:
            dialog.reset()
            self.window.statusBar().showMessage(self.tr("Export cancelled; nothing was written"), 5000)

        def failed(problem: str) -> None:
            dialog.reset()
            self._failed(path, problem)

        job.sig_finished.connect(finished)
        job.sig_failed.connect(failed)
        job.sig_cancelled.connect(cancelled)
        self.jobs.start(job)
        return job

    def _options(self) -> DealOptions | None:
        """The deal's options for the PDF's and the deck's comparison, when it has several; the document is
        about the current one."""
        document = self.document
        if len(document.deal.options) < 2:
            return None
        return DealOptions(document.deal, tuple(document.evaluations()), document.current)

    def _path(self, suffix: str, file_filter: str) -> Path | None:
        self.editor.flush()  # a name or notes still being typed are part of what is exported
        folder = Path(self.settings.get("files/last_folder") or Path.home())
        path = Dialogs.ask_save_path(
            self.window, str(folder / f"{self.document.solution.name or 'solution'}.{suffix}"), file_filter
        )
        if path is not None:
            if path.suffix.lower() != f".{suffix}":
                path = path.with_name(path.name + f".{suffix}")
            self.settings.set("files/last_folder", str(path.resolve().parent))
        return path

    def _write(self, path: Path, content: bytes) -> None:
        try:
            write_atomic(path, content)
        except OSError as error:
            self._failed(path, error.strerror or str(error))
            return
        self.window.statusBar().showMessage(self.tr("Exported %s") % path, 5000)

    def _failed(self, path: Path, problem: str) -> None:
        Dialogs.show_error(
            self.window, self.tr("Export failed"), self.tr("“%s” could not be written: %s") % (path, problem)
        )
