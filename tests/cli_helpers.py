"""Running `configurator ...` in-process, capturing what it prints."""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass

from configurator.cli import main


@dataclass
class Run:
    code: int
    out: str
    err: str


def cli(*argv: object) -> Run:
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")  # has .buffer, as sys.stdout does
    err = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in argv])
    out.flush()
    return Run(code, out.buffer.getvalue().decode("utf-8"), err.getvalue())
