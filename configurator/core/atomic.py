"""Writing files so that a crash, a kill or a full disk never leaves a half-written one.

Used for solutions, recovery files and every export, from the GUI and the command line.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def write_atomic(path: Path, content: bytes) -> None:
    """Write a temporary file beside `path`, then rename it over: readers see the old or the
    new content, never a half-written file. The file keeps its permissions. A symbolic link
    is followed, so the file it points to is written and the link stays; a device or a pipe
    (`/dev/stdout`) is written directly, since it cannot be replaced."""
    path = Path(os.path.realpath(path))
    if path.exists() and not path.is_file():
        with open(path, "wb") as stream:
            stream.write(content)
        return
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        os.chmod(temp, _mode_for(path))
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    remove_stale_temps(path.parent, lambda name: name == path.name)


STALE_AFTER_S = 600  # no save takes minutes: an older temporary file is what a killed one left
_TEMP_NAME = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp")  # mkstemp's 8 random characters


def remove_stale_temps(folder: Path, owned: Callable[[str], bool]) -> None:
    """Remove the temporary files killed saves left in `folder`, of the targets whose names
    `owned` accepts. A younger one may belong to a save still running in another process, and
    is left to a later save."""
    stale_before = time.time() - STALE_AFTER_S
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                match = _TEMP_NAME.fullmatch(entry.name)
                if (
                    match
                    and owned(match["name"])
                    and entry.is_file(follow_symlinks=False)
                    and entry.stat(follow_symlinks=False).st_mtime < stale_before
                ):
                    os.unlink(entry.path)
    except OSError:
        pass  # tidying up is no reason to fail a save that succeeded


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:  # a new file: what the user's umask gives any new file
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
