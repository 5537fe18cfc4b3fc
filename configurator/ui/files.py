"""Opening, saving, recent files, unsaved-change prompts and autosave for one window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from configurator.core.deal import Deal
from configurator.core.resolve import from_scenario
from configurator.core.solution_file import (
    SolutionUnreadable,
    load_deal,
    parse_deal,
    save_solution,
    to_text,
)
from configurator.ui.dialogs import Dialogs
from configurator.ui.document import empty_solution
from configurator.ui.editing import Editor
from configurator.ui.recovery import Recovered, RecoveryStore
from configurator.ui.settings import Settings

AUTOSAVE_INTERVAL_MS = 30_000
AUTOSAVE_PAUSE_MS = 2_000


class FileController(QObject):
    sig_recent_changed = Signal()
    sig_status = Signal(str)  # a message for the status bar
    sig_opened = Signal()  # a solution was opened or recovered (its catalog may not be the loaded one)

    def __init__(self, window: QWidget, editor: Editor, settings: Settings, recovery: RecoveryStore) -> None:
        super().__init__(window)
        self.window, self.editor = window, editor
        self.document, self.undo_stack = editor.document, editor.undo_stack
        self.settings, self.recovery = settings, recovery
        self._dirty_since_autosave = False
        self.recovered_from: Path | None = None  # the original of restored work, until it is saved
        recovery.sig_unavailable.connect(self._recovery_unavailable)
        self._periodic = QTimer(self, interval=AUTOSAVE_INTERVAL_MS)
        self._periodic.timeout.connect(self.autosave)
        self._periodic.start()
        self._pause = QTimer(self, singleShot=True, interval=AUTOSAVE_PAUSE_MS)
        self._pause.timeout.connect(self.autosave)
        self.undo_stack.indexChanged.connect(self._changed)
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    # -- state

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        if self.document.path:
            return self.document.path.name
        if self.recovered_from:
            return self.tr("%s (recovered)") % self.recovered_from.name
        return self.document.solution.name or ""

    def _changed(self, _index: int) -> None:
        self._dirty_since_autosave = True
        self._pause.start()

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.recovery.discard()
            self._dirty_since_autosave = False

    def autosave(self) -> bool:
        """Write changed work to this session's recovery file; whether the work is safe there
        (or needs no recovery). A full or read-only disk must not interrupt the user: the save
        is retried at the next change."""
        if not (self._dirty_since_autosave and self.modified):
            return True
        if self.recovery.save(to_text(self.document.deal), self.document.path):
            self._dirty_since_autosave = False
            return True
        return False

    def _recovery_unavailable(self, reason: str) -> None:
        self.sig_status.emit(
            self.tr("Crash recovery is off: %s cannot be written (%s)") % (self.recovery.folder, reason)
        )

    # -- questions

    def maybe_keep_changes(self) -> bool:
        """True when it is fine to drop the current solution (saved, discarded or unchanged)."""
        self.editor.flush()
        if not self.modified:
            return True
        answer = Dialogs.ask_unsaved(self.window, self.display_name() or self.tr("Untitled"))
        if answer == "save":
            return self.save()
        return answer == "discard"

    # -- commands

    def new(self, scenario_id: str | None, lang: str) -> None:
        """A new solution: empty and unmodified, or from a scenario template, which is work
        not saved anywhere yet (closing asks about it)."""
        catalog = self.document.catalog
        if not scenario_id:
            self._replace(Deal.of(empty_solution(catalog, self.tr("New solution"))), None, [])
            return
        scenario = catalog.scenarios[scenario_id]
        self._replace(Deal.of(from_scenario(catalog, scenario_id, scenario.name.get(lang)).solution), None, [])
        self._unsaved()

    def open(self, path: Path) -> bool:
        try:
            deal, findings = load_deal(path, str(path))
        except SolutionUnreadable as unreadable:
            Dialogs.show_findings(
                self.window,
                self.tr("Cannot open solution"),
                self.tr("“%s” could not be read; the current solution is unchanged.") % path,
                unreadable.findings,
            )
            return False
        self._replace(deal, path, findings)
        self._remember(path)
        self.sig_opened.emit()
        return True

    def restore(self, recovered: Recovered) -> bool:
        """Recovered work becomes an unsaved document with the findings of its file: a crash
        may have cut that file short, so only a Save the user chooses writes over the original."""
        try:
            deal, findings = parse_deal(recovered.text, str(recovered.file))
        except SolutionUnreadable as unreadable:
            Dialogs.show_findings(
                self.window,
                self.tr("Cannot recover"),
                self.tr("The unsaved work in “%s” could not be read; the file is kept.") % recovered.file,
                unreadable.findings,
            )
            return False
        self._replace(deal, None, findings, recovered.original)
        self._unsaved()
        self.sig_opened.emit()  # as an opened file: it may be priced on another catalog
        if recovered.original:
            self.sig_status.emit(
                self.tr("Recovered unsaved changes to %s; save them to keep them") % recovered.original
            )
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        folder = self.settings.get("files/last_folder")
        suggested = str(self.recovered_from or Path(folder) / f"{self.document.solution.name or 'solution'}.yaml")
        path = Dialogs.ask_save_path(self.window, suggested)
        if path is None:
            return False
        if path.suffix not in (".yaml", ".yml"):
            path = path.with_suffix(".yaml")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        self.editor.flush()
        try:
            save_solution(self.document.deal, path)
        except OSError as error:
            Dialogs.show_error(
                self.window,
                self.tr("Cannot save"),
                self.tr("“%s” could not be written: %s") % (path, error.strerror or error),
            )
            return False
        self.recovered_from = None
        self.document.set_path(path)
        self.undo_stack.setClean()
        self._remember(path)
        return True

    def _replace(self, deal: Deal, path: Path | None, findings: list, recovered_from: Path | None = None) -> None:
        self.undo_stack.clear()
        self.recovered_from = recovered_from
        self.document.reset(deal, path, findings)
        self.undo_stack.setClean()
        self.recovery.discard()

    def _unsaved(self) -> None:
        """The document is modified, with no step to undo, and goes to the recovery file."""
        self.undo_stack.resetClean()
        self._dirty_since_autosave = True

    def _remember(self, path: Path) -> None:
        self.settings.set("files/last_folder", str(Path(path).resolve().parent))
        self.settings.add_recent(path)
        self.sig_recent_changed.emit()
