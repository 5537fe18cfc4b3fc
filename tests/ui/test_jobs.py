"""Long work in a worker thread or in steps in the GUI thread: exactly one outcome, reaching
the GUI thread, and no other thread calling into Qt."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer

from configurator.core.progress import Cancelled, report
from configurator.ui.jobs import Job


def _outcomes(job: Job) -> list[tuple]:
    seen: list[tuple] = []
    job.sig_finished.connect(lambda result: seen.append(("finished", result)))
    job.sig_failed.connect(lambda problem: seen.append(("failed", problem)))
    job.sig_cancelled.connect(lambda: seen.append(("cancelled",)))
    return seen


def test_the_result_and_the_progress_reach_the_gui_thread(qtbot):
    def work(progress):
        for done in range(4):
            report(progress, done, 3)
        return threading.current_thread().name

    job = Job(work)
    steps: list[tuple[int, int]] = []
    job.sig_progress.connect(lambda done, total: steps.append((done, total)))
    seen = _outcomes(job)
    with qtbot.waitSignal(job.sig_finished, timeout=30_000):
        job.start()
    assert steps == [(0, 3), (1, 3), (2, 3), (3, 3)]
    [(outcome, thread)] = seen
    assert outcome == "finished" and thread != threading.current_thread().name
    assert not job.running()


@pytest.mark.parametrize(
    "error, problem",
    [
        (FileNotFoundError(2, "No such file or directory"), "No such file or directory"),
        (RecursionError("deep"), "RecursionError: deep"),
    ],
)
def test_a_failure_is_reported_not_swallowed(qtbot, error, problem):
    def work(progress):
        raise error

    job = Job(work)
    seen = _outcomes(job)
    with qtbot.waitSignal(job.sig_failed, timeout=30_000):
        job.start()
    assert seen == [("failed", problem)]


def test_a_cancel_stops_the_work_at_its_next_report(qtbot):
    started, reports = threading.Event(), []

    def work(progress):
        started.set()
        for done in range(10_000):
            reports.append(done)
            report(progress, done, 10_000)
            threading.Event().wait(0.001)
        return "all done"

    job = Job(work)
    seen = _outcomes(job)
    with qtbot.waitSignal(job.sig_cancelled, timeout=30_000):
        job.start()
        assert started.wait(30)
        job.cancel()
    assert seen == [("cancelled",)] and len(reports) < 10_000


def test_a_cancel_after_the_work_finished_but_before_its_outcome_arrived_drops_the_result(qtbot):
    returned = threading.Event()

    def work(progress):
        returned.set()
        return "result"

    job = Job(work)
    seen = _outcomes(job)
    job.start()
    assert returned.wait(30)  # the worker is done; the GUI thread has not seen its outcome yet
    job.cancel()
    with qtbot.waitSignal(job.sig_cancelled, timeout=30_000):
        pass
    assert seen == [("cancelled",)]


def test_cancelled_is_what_work_raises_when_asked_to_stop():
    with pytest.raises(Cancelled):
        report(lambda done, total: False, 1, 2)
    report(None, 1, 2)  # no listener: nothing to stop


def test_work_in_a_thread_never_calls_into_qt_from_there(qtbot):
    """Progress and outcome are handed over as plain data: the signals are emitted by the GUI
    thread (a worker taking Qt's locks while holding the GIL can deadlock the window)."""
    emitting: list[str] = []

    def work(progress):
        for done in range(3):
            report(progress, done, 2)
        return "done"

    job = Job(work)
    job.sig_progress.connect(
        lambda *_: emitting.append(threading.current_thread().name), Qt.ConnectionType.DirectConnection
    )
    with qtbot.waitSignal(job.sig_finished, timeout=30_000):
        job.start()
    assert emitting == [threading.current_thread().name] * 3


def test_painting_work_runs_in_the_gui_thread_and_lets_the_event_loop_run(qtbot):
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(0)
    seen_ticks: list[int] = []

    def work(progress):
        for done in range(5):
            report(progress, done, 4)
            seen_ticks.append(len(ticks))
        return threading.current_thread().name

    job = Job(work, paints=True)
    steps: list[tuple[int, int]] = []
    job.sig_progress.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(job.sig_finished, timeout=30_000) as finished:
        job.start()
    timer.stop()
    assert finished.args == [threading.current_thread().name]
    assert steps == [(done, 4) for done in range(5)]
    assert seen_ticks[-1] > seen_ticks[0]  # other events were handled between the steps


def test_painting_work_is_cancelled_at_its_next_report(qtbot):
    reports: list[int] = []

    def work(progress):
        for done in range(1000):
            reports.append(done)
            report(progress, done, 1000)
        return "all done"

    job = Job(work, paints=True)
    job.sig_progress.connect(lambda done, total: job.cancel() if done == 3 else None)
    seen = _outcomes(job)
    with qtbot.waitSignal(job.sig_cancelled, timeout=30_000):
        job.start()
    assert seen == [("cancelled",)] and reports == [0, 1, 2, 3]
