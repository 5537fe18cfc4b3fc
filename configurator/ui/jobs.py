"""Long work in a worker thread, with progress and cancel; the outcome comes back to the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from configurator.core.progress import Cancelled, Progress


class _Worker(QObject):
    """Lives in the worker thread; only runs the work."""

    progress = Signal(int, int)
    done = Signal(object, str, bool)  # result, problem ("" when fine), cancelled

    def __init__(self, work: Callable[[Progress], object], cancel: threading.Event) -> None:
        super().__init__()
        self.work, self.cancel = work, cancel

    def _progress(self, done: int, total: int) -> bool:
        self.progress.emit(done, total)
        return not self.cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except Cancelled:
            self.done.emit(None, "", True)
        except OSError as error:
            self.done.emit(None, error.strerror or str(error), False)
        except Exception as error:  # any other failure is reported too: the window must not stay busy
            self.done.emit(None, f"{type(error).__name__}: {error}", False)
        else:
            self.done.emit(result, "", False)


class Job(QObject):
    """Runs `work(progress)` in a worker thread; lives in the GUI thread and relays there.

    The work reports through `progress(done, total)`, which returns False once `cancel()` was
    called (the work then raises Cancelled). Exactly one of these follows: `sig_finished(result)`
    when it returned, `sig_failed(problem)` when it raised (an OSError's text, or the exception
    for anything else), `sig_cancelled` when `cancel()` came before the outcome reached the GUI
    thread: a result computed meanwhile is dropped, so work that only computes can be cancelled
    up to the end.
    """

    sig_progress = Signal(int, int)
    sig_finished = Signal(object)
    sig_failed = Signal(str)
    sig_cancelled = Signal()

    def __init__(self, work: Callable[[Progress], object]) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self.thread = QThread()
        self.worker = _Worker(work, self._cancel)
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

    @Slot(object, str, bool)
    def _done(self, result: object, problem: str, cancelled: bool) -> None:
        self.wait()
        if cancelled or self._cancel.is_set():  # a cancel up to now drops even a finished result
            self.sig_cancelled.emit()
        elif problem:
            self.sig_failed.emit(problem)
        else:
            self.sig_finished.emit(result)


class Jobs:
    """The jobs a window started: it cancels and waits for those still running when it closes."""

    def __init__(self) -> None:
        self._jobs: list[Job] = []

    def start(self, job: Job) -> None:
        self._jobs = [j for j in self._jobs if j.running()] + [job]
        job.start()

    def cancel_all(self) -> None:
        for job in self._jobs:
            job.cancel()
            job.wait()
