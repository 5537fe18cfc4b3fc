"""Keeping Python's cyclic garbage collector out of the way of loading, evaluating and editing.

The collector runs a young-generation pass every 700 new container objects and promotes
the survivors, so work that builds tens of thousands of lasting objects (a catalog, an
evaluation) pays for many passes over the same objects; with the collector paused it pays
for one pass afterwards. Nothing it makes forms reference cycles, so nothing is kept
longer than it would be anyway. Pauses nest and may overlap across threads (an edit in the
GUI thread while the catalog reloads in a worker): the collector resumes when the last ends.
Full collections walk every object the collector tracks; the app exempts the loaded catalog
from them (`exempt_survivors`).
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


_lock = threading.Lock()
_depth = 0  # pauses in progress, in any thread: the collector is one per process
_resume = False  # whether the collector was on when the first of them began


def collector_paused(function: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        global _depth, _resume
        with _lock:
            if _depth == 0:
                _resume = gc.isenabled()
                gc.disable()
            _depth += 1
        try:
            return function(*args, **kwargs)
        finally:
            with _lock:
                _depth -= 1
                if _depth == 0 and _resume:
                    gc.enable()

    return paused


def exempt_survivors() -> None:
    """Leave every object alive now out of later collections (`gc.freeze`). The desktop app
    calls this when a catalog comes into use: a full collection then no longer walks the
    catalog's objects, which took tens of milliseconds on a large catalog, a visible hitch in
    whatever edit it fell into. Exempt objects are still freed by reference counting; only one
    that later ends up in an unreachable reference cycle would never be reclaimed."""
    gc.freeze()
