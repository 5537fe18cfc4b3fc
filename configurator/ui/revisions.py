"""Revisions and catalog drift in the window: File → Save revision…, Revisions…, Compare with
revision… and Catalog drift…, and the drift report before anything changes when a solution
priced on another catalog is opened, restored from a revision or has its catalog reloaded."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from configurator.core.findings import has_errors
from configurator.export.compare_table import DEFAULT_NAME
from configurator.export.formats import Changes
from configurator.translations import tr
from configurator.ui.commands import ReplaceDealCommand
from configurator.ui.dialogs import Dialogs

if TYPE_CHECKING:  # the modules themselves are imported when first used: the start needs none
    from configurator.core.catalog import Catalog
    from configurator.core.catalog_load import LoadResult
    from configurator.core.revisions import History, Revision
    from configurator.ui.main_window import MainWindow


class RevisionController(QObject):
    """`ask_on_drift` off (a screenshot, nobody to answer): drift is not asked about on open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window, self.document, self.settings = window, window.document, window.settings
        self.ask_on_drift = True
        self._catalog = window.document.catalog  # the one in use, until a reload replaces it
        window.files.sig_opened.connect(self.check_drift)
        window.catalogs.sig_catalog_loaded.connect(self._catalog_loaded)

    def history(self) -> History | None:
        """The saved solution's revisions (None while it has no file)."""
        from configurator.core.revisions import load_history

        return load_history(self.document.path) if self.document.path else None

    def has_revisions(self) -> bool:
        if self.document.path is None:
            return False
        from configurator.core.revisions import sidecar

        return sidecar(self.document.path).exists()

    # -- saving

    def save_revision(self) -> Revision | None:
        """Keep the deal as it is now as the next revision: the file is saved first (a revision
        is of the file), then the author and a note are asked for."""
        from configurator.core.revisions import load_history, save_revision

        files = self.window.files
        if (files.modified or self.document.path is None) and not files.save():
            return None
        path = self.document.path
        assert path is not None, "a saved solution has a file"
        history = load_history(path)
        if history.findings:
            Dialogs.show_findings(
                self.window,
                tr("Cannot save a revision"),
                tr("“%s” has problems; it is left as it is. Fix or move it, then save the revision again.")
                % history.path,
                list(history.findings),
            )
            return None
        number = max((r.number for r in history.revisions), default=0) + 1
        answer = Dialogs.ask_revision(self.window, number, self.settings.get("document/author"))
        if answer is None:
            return None
        author, note = answer
        self.settings.set("document/author", author)
        try:
            revision = save_revision(path, self.document.deal, self.document.catalog, author, note, _now())
        except (OSError, ValueError) as error:
            problem = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            Dialogs.show_error(
                self.window, tr("Cannot save a revision"), tr("“%s” could not be written: %s") % (history.path, problem)
            )
            return None
        self.window.statusBar().showMessage(tr("Saved revision %d in %s") % (revision.number, history.path.name), 5000)
        self.window.update_revision_actions()
        return revision

    # -- looking back

    def _usable_history(self) -> History | None:
        """The revisions, or None after saying why there are none to show."""
        history = self.history()
        if history is not None and history.findings:
            Dialogs.show_findings(
                self.window,
                tr("Revisions cannot be read"),
                tr("“%s” has problems; it is left as it is.") % history.path,
                list(history.findings),
            )
            return None
        if history is None or not history.revisions:
            self.window.statusBar().showMessage(
                tr("This solution has no revisions yet: File → Save revision… keeps one"), 5000
            )
            return None
        return history

    def show_revisions(self) -> None:
        from configurator.ui.revision_dialogs import RevisionsDialog

        history = self._usable_history()
        if history is None:
            return
        actions = {
            "restore": self.restore,
            "compare": self.compare,
            "pdf": lambda r: self.window.exports.pdf(revision=r),
        }
        self.dialog = RevisionsDialog(self.window, history, self.document.catalog, self.window.lang, actions)
        self.dialog.open()

    def compare(self, revision: Revision | None = None) -> None:
        """What changed since `revision` (the latest when None), priced as it was."""
        from configurator.ui.revision_dialogs import ChangesDialog

        history = self._usable_history()
        if history is None:
            return
        self.window.editor.flush()
        chosen = revision or history.latest
        assert chosen is not None
        self.changes_dialog = ChangesDialog(
            self.window,
            history,
            chosen,
            self.changes_since,
            lambda changes: self.window.exports.pdf(changes=changes),
            self.document.catalog,
            self.window.lang,
        )
        self.changes_dialog.open()

    def changes_since(self, revision: Revision) -> Changes:
        return Changes(revision, revision.changes_to(self.document.deal, self.document.catalog, tr(DEFAULT_NAME)))

    def restore(self, revision: Revision) -> None:
        """Revision `revision` becomes the current state: one undo step. If it was priced on
        another catalog than the loaded one, the drift report follows."""
        self.window.editor.flush()
        self.window.undo_stack.push(
            ReplaceDealCommand(self.document, revision.deal, tr("Restore revision %d") % revision.number)
        )
        self.check_drift()

    # -- drift

    def check_drift(self, asked: bool = False, earlier: Catalog | None = None) -> None:
        """The drift report, when the deal was priced on another catalog than the loaded one
        and has items; `asked` (Catalog drift…) also says when nothing drifted. `earlier`: the
        catalog a reload replaced, which knows the old prices; when nothing the deal uses
        changed in it, nobody is asked."""
        document = self.document
        if not (asked or self.ask_on_drift) or not any(option.items for option in document.deal.options):
            if asked:
                self.window.statusBar().showMessage(tr("The solution has no items yet"), 5000)
            return
        if not asked and document.deal.first.pin.matches(document.catalog):
            return  # the usual case, told without importing the drift report's modules
        from configurator.core.drift import drift, kept, repriced
        from configurator.ui.revision_dialogs import DriftDialog

        report = drift(document.deal, document.catalog, self.history(), default_name=tr(DEFAULT_NAME), earlier=earlier)
        if report is None or (report.empty and report.baseline is not None and not asked):
            if asked:
                self.window.statusBar().showMessage(tr("The solution is priced on the loaded catalog"), 5000)
            return
        choice = DriftDialog.ask(self.window, report, document.catalog, self.window.lang)
        catalog, (old, new) = document.catalog, report.labels
        if choice == "reprice":
            deal, text = repriced(document.deal, catalog), tr("Re-price on catalog %s") % new
        elif choice == "keep" and report.baseline is not None:
            deal, text = kept(document.deal, report, catalog), tr("Keep the prices of catalog %s") % old
        else:
            self.window.statusBar().showMessage(
                tr("Priced on catalog %s, shown on %s: Catalog drift… decides") % (old, new)
            )
            return
        self.window.undo_stack.push(ReplaceDealCommand(document, deal, text))

    def _catalog_loaded(self, result: LoadResult) -> None:
        """A reloaded catalog that is now in use may have drifted under the open solution."""
        earlier, self._catalog = self._catalog, self.document.catalog
        if result.catalog is not None and result.catalog is self.document.catalog and not has_errors(result.findings):
            self.check_drift(earlier=earlier)


def _now() -> datetime:
    return datetime.now().astimezone()
