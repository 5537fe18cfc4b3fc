"""Loading the catalog for one window, at start and on reload, in a worker thread with progress
in the status bar; noticing changes to its files on disk and offering a reload."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QProgressBar

from configurator.core.catalog_cache import from_cache, load_catalog
from configurator.core.findings import has_errors
from configurator.ui.catalog_watch import CatalogWatcher, ReloadBanner
from configurator.ui.dialogs import Dialogs
from configurator.ui.document import SolutionDocument
from configurator.ui.jobs import Job, Jobs

if TYPE_CHECKING:
    from configurator.core.catalog_load import LoadResult


class CatalogController(QObject):
    """A catalog without errors replaces the one in use (the document says so to the views);
    one with errors, or none at all, leaves the last good one in use. The window places the
    `banner` and the `load_bar`."""

    sig_catalog_loaded = Signal(object)  # the LoadResult of each (re)load, good or bad
    sig_loading_changed = Signal(bool)  # whether a load is running

    def __init__(self, window: QMainWindow, document: SolutionDocument, jobs: Jobs) -> None:
        super().__init__(window)
        self.window, self.document, self.jobs = window, document, jobs
        self._job: Job | None = None
        self.cached = True  # whether loads may come from the catalog cache (off with --no-cache)
        self.watcher = CatalogWatcher(document.catalog.root)
        self.banner = ReloadBanner()
        self.load_bar = QProgressBar()
        self.load_bar.setMaximumWidth(260)
        self.load_bar.hide()
        self.watcher.sig_changed_on_disk.connect(self.banner.show)
        self.banner.sig_reload.connect(self.reload)

    def load(self) -> Job:
        """Read the catalog's folder; while one load runs, asking again gives that one.
        `sig_catalog_loaded` gives every result (the job's `sig_failed` says why there is none)."""
        if self._job is not None:
            return self._job
        root = self.watcher.root
        hit = from_cache(root) if self.cached else None
        # A cache hit is in already: delivered from the GUI thread at once, with no worker to poll.
        job = Job(lambda progress: hit or load_catalog(root, progress, cached=self.cached), paints=hit is not None)
        self._job = job
        self.load_bar.setRange(0, 0)
        self.load_bar.setFormat(self.tr("Loading the catalog… %p%"))
        self.window.statusBar().clearMessage()  # a message would hide the bar
        self.load_bar.show()
        self.sig_loading_changed.emit(True)
        job.sig_progress.connect(lambda done, total: (self.load_bar.setMaximum(total), self.load_bar.setValue(done)))
        job.sig_finished.connect(self._loaded)
        job.sig_failed.connect(self._ended)
        job.sig_cancelled.connect(self._ended)
        self.jobs.start(job)
        return job

    def reload(self) -> Job:
        """Load again, and say how it went (F5 is off while a load runs; the banner may not be)."""
        if self._job is not None:
            return self._job
        job = self.load()
        job.sig_finished.connect(self._reloaded)
        job.sig_failed.connect(self._reload_failed)
        return job

    def _ended(self, *_outcome) -> None:
        self._job = None
        self.load_bar.hide()
        self.sig_loading_changed.emit(False)

    def _loaded(self, result: LoadResult) -> None:
        self._ended()
        if result.catalog is not None and not has_errors(result.findings):
            self.document.set_catalog(result.catalog)
            self.banner.hide()
        self.sig_catalog_loaded.emit(result)

    def _reload_failed(self, problem: str) -> None:
        message = self.tr("The catalog could not be read (%s); the last good catalog stays in use.") % problem
        Dialogs.show_error(self.window, self.tr("Catalog could not be read"), message)

    def _reloaded(self, result: LoadResult) -> None:
        if result.catalog is None or has_errors(result.findings):
            Dialogs.show_findings(
                self.window,
                self.tr("Catalog has errors"),
                self.tr("The changed catalog has errors; the last good catalog stays in use."),
                result.findings,
            )
        else:
            self.window.statusBar().showMessage(self.tr("Catalog reloaded"), 5000)
