"""Pausing Python's cyclic garbage collector around work that makes many objects and no cycles.

The collector runs a young-generation pass every 700 new container objects and promotes
the survivors, so work that builds tens of thousands of lasting objects (a catalog, an
evaluation) pays for many passes over the same objects; with the collector paused it pays
for one pass afterwards. Nothing it makes forms reference cycles, so nothing is kept
longer than it would be anyway.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def collector_paused(function: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        collecting = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if collecting:
                gc.enable()

    return paused
