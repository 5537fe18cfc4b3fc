"""PDF export in a worker thread with progress and cancel; the file is written only at the end."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from configurator.core.bom import Bom
from configurator.core.solution_file import write_atomic
from configurator.export import pdf_bom
from configurator.export.pdf_document import Cancelled


class _Worker(QObject):
    """Lives in the worker thread; only renders and writes."""

    progress = Signal(int, int)
    done = Signal(str, bool)  # problem ("" when fine), cancelled

    def __init__(self, bom: Bom, path: Path, lang: str, author: str, cancel: threading.Event) -> None:
        super().__init__()
        self.bom, self.path, self.lang, self.author, self.cancel = bom, path, lang, author, cancel

    def _progress(self, page: int, pages: int) -> bool:
        self.progress.emit(page, pages)
        return not self.cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            content = pdf_bom.render(self.bom, self.lang, self.author, self._progress)
            if self.cancel.is_set():
                raise Cancelled
            write_atomic(self.path, content)
        except Cancelled:
            self.done.emit("", True)
        except OSError as error:
            self.done.emit(error.strerror or str(error), False)
        else:
            self.done.emit("", False)


class PdfExportJob(QObject):
    """Lives in the GUI thread and relays the worker's signals there.

    `sig_finished(problem)` has an empty problem on success; `sig_cancelled` when the user
    stopped it. Nothing touches the target file before rendering is complete.
    """

    sig_progress = Signal(int, int)
    sig_finished = Signal(str)
    sig_cancelled = Signal()

    def __init__(self, bom: Bom, path: Path, lang: str, author: str) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self.thread = QThread()
        self.worker = _Worker(bom, path, lang, author, self._cancel)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.sig_progress)
        self.worker.done.connect(self._done)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def running(self) -> bool:
        return self.thread.isRunning()

    def wait(self) -> None:
        self.thread.quit()
        self.thread.wait()

    @Slot(str, bool)
    def _done(self, problem: str, cancelled: bool) -> None:
        self.wait()
        if cancelled:
            self.sig_cancelled.emit()
        else:
            self.sig_finished.emit(problem)
