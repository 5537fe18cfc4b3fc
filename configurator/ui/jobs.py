"""Long work with progress and cancel; the outcome comes back to the GUI thread.

No thread but the GUI thread ever calls into Qt. With PySide a thread that holds Python's
GIL and takes one of Qt's internal locks can deadlock the GUI thread, which may hold that
lock while it waits for the GIL (as when Qt destroys a widget's animation): an export froze
the window that way. So work without Qt (loading a catalog) runs in a plain Python thread
whose progress and outcome the GUI thread polls, and work that paints (the PDF) runs in the
GUI thread in steps, letting the event loop run at each progress report.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from configurator.core.progress import Cancelled, Progress

POLL_MS = 30


@dataclass
class _Outcome:
    result: object = None
    problem: str = ""  # "" when fine
    cancelled: bool = False


class Job(QObject):
    """Runs `work(progress)`: in a worker thread, or with `paints=True` in the GUI thread.

    The work reports through `progress(done, total)`, which returns False once `cancel()` was
    called (the work then raises Cancelled). Exactly one of these follows, in the GUI thread:
    `sig_finished(result)` when it returned, `sig_failed(problem)` when it raised (an
    OSError's text, or the exception for anything else), `sig_cancelled` when `cancel()` came
    before the outcome was delivered: a result computed meanwhile is dropped, so work that only
    computes can be cancelled up to the end.
    """

    sig_progress = Signal(int, int)
    sig_finished = Signal(object)
    sig_failed = Signal(str)
    sig_cancelled = Signal()

    def __init__(self, work: Callable[[Progress], object], paints: bool = False) -> None:
        super().__init__()
        self.work, self.paints = work, paints
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._reported: list[tuple[int, int]] = []  # progress not yet relayed
        self._outcome: _Outcome | None = None
        self._thread: threading.Thread | None = None
        self._running = False
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._relay)

    def start(self) -> None:
        self._running = True
        if self.paints:
            QTimer.singleShot(0, self._run_here)
            return
        self._thread = threading.Thread(target=self._run, name="configurator-job", daemon=True)
        self._thread.start()
        self._poll.start()

    def cancel(self) -> None:
        self._cancel.set()

    def running(self) -> bool:
        return self._running

    def wait(self) -> None:
        """Until a worker thread has returned (its outcome is then delivered at once)."""
        if self._thread is not None:
            self._thread.join()
            self._relay()

    def _outcome_of(self, progress: Progress) -> _Outcome:
        try:
            return _Outcome(result=self.work(progress))
        except Cancelled:
            return _Outcome(cancelled=True)
        except OSError as error:
            return _Outcome(problem=error.strerror or str(error))
        except Exception as error:  # any other failure is reported too: the window must not stay busy
            return _Outcome(problem=f"{type(error).__name__}: {error}")

    # -- in a worker thread: only Python here

    def _run(self) -> None:
        outcome = self._outcome_of(self._report_from_thread)
        with self._lock:
            self._outcome = outcome

    def _report_from_thread(self, done: int, total: int) -> bool:
        with self._lock:
            self._reported.append((done, total))
        return not self._cancel.is_set()

    def _relay(self) -> None:
        with self._lock:
            reported, self._reported = self._reported, []
            outcome = self._outcome
        for done, total in reported:
            self.sig_progress.emit(done, total)
        if outcome is not None and self._running:
            self._poll.stop()
            self._deliver(outcome)

    # -- in the GUI thread

    def _run_here(self) -> None:
        self._deliver(self._outcome_of(self._report_here))

    def _report_here(self, done: int, total: int) -> bool:
        self.sig_progress.emit(done, total)
        QCoreApplication.processEvents()  # the window stays responsive, and Cancel is heard
        return not self._cancel.is_set()

    def _deliver(self, outcome: _Outcome) -> None:
        self._running = False
        if outcome.cancelled or self._cancel.is_set():  # a cancel up to now drops even a finished result
            self.sig_cancelled.emit()
        elif outcome.problem:
            self.sig_failed.emit(outcome.problem)
        else:
            self.sig_finished.emit(outcome.result)


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
