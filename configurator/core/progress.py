"""Progress of long work (loading a large catalog, writing a long PDF), which may be cancelled."""

from __future__ import annotations

from collections.abc import Callable

# Called with (done, total) as the work goes on; returning False asks the work to stop.
Progress = Callable[[int, int], bool]


class Cancelled(Exception):
    """Raised by long work when its progress callback asked it to stop."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell `progress` how far the work is, and stop the work (raise Cancelled) when asked."""
    if progress is not None and not progress(done, total):
        raise Cancelled
