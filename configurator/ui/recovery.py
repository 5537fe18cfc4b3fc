"""Autosave to recovery files, and finding the ones a crashed session left behind.

Each window session writes its own recovery file; a clean close deletes it. A recovery
file whose owning process no longer runs is what a crash or a kill left: it is offered
back at the next start. Recovery is a safety net: a folder that cannot be used turns it
off (said once, through `sig_unavailable`) and never stops the app.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from configurator.core.atomic import remove_stale_temps, write_atomic
from configurator.core.yamlio import MAX_FILE_BYTES


@dataclass(frozen=True)
class Recovered:
    file: Path
    original: Path | None
    text: str


MAX_PID = 2**32  # larger numbers are no process id on any system
STILL_ACTIVE = 259  # Windows: the exit code of a process that has not ended
PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
ERROR_ACCESS_DENIED = 5


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # there os.kill(pid, 0) would end the process, not probe it
        import ctypes

        kernel32 = ctypes.windll.kernel32
        kernel32.OpenProcess.restype = ctypes.c_void_p  # a handle, wider than the default int
        return _alive_on_windows(pid, kernel32)
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):  # OverflowError: beyond this system's process ids
        return False
    except (PermissionError, OSError):
        return True
    return True


def _alive_on_windows(pid: int, kernel32) -> bool:
    import ctypes

    handle = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return kernel32.GetLastError() == ERROR_ACCESS_DENIED  # someone else's process: running
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _read_regular(path: Path) -> str | None:
    """The text of a regular file of at most MAX_FILE_BYTES, or None. A FIFO, a device or a
    link could block or never end: they are not even opened, and O_NONBLOCK keeps one that
    replaces the file between the check and the open from blocking."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        with os.fdopen(os.open(path, flags), "rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
                return None
            raw = stream.read(MAX_FILE_BYTES + 1)
        return raw.decode("utf-8") if len(raw) <= MAX_FILE_BYTES else None
    except (OSError, ValueError):
        return None


def _modified(path: Path) -> float:
    try:
        return os.lstat(path).st_mtime
    except OSError:
        return 0.0


def _path(original) -> Path | None:
    """The original's path from the metadata; text no file system takes (a NUL) is none."""
    return Path(original) if isinstance(original, str) and original and "\0" not in original else None


class RecoveryStore(QObject):
    sig_unavailable = Signal(str)  # why recovery is off; emitted on the first failure only

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = Path(folder)
        self.session = uuid.uuid4().hex[:12]
        self.unavailable = False

    @property
    def file(self) -> Path:
        return self.folder / f"recovery-{self.session}.yaml"

    @property
    def meta(self) -> Path:
        return self.file.with_suffix(".json")

    def save(self, text: str, original: Path | None) -> bool:
        """Whether the work is now recoverable."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self.file, text.encode("utf-8"))
            meta = {"pid": os.getpid(), "original": str(original) if original else None}
            write_atomic(self.meta, json.dumps(meta).encode("utf-8"))
        except OSError as error:
            self._failed(error)
            return False
        return True

    def discard(self) -> None:
        for path in (self.file, self.meta):
            try:
                path.unlink(missing_ok=True)
            except OSError as error:
                self._failed(error)

    def _failed(self, error: OSError) -> None:
        if not self.unavailable:
            self.unavailable = True
            self.sig_unavailable.emit(error.strerror or str(error))

    def orphans(self) -> list[Recovered]:
        """Recovery files of sessions that no longer run, newest first. Work whose metadata
        cannot be read is offered too: it cannot belong to a session known to be running."""
        try:
            metas = sorted(self.folder.glob("recovery-*.json"), key=_modified, reverse=True)
        except OSError:
            return []
        # A session killed while autosaving left a temporary file no later session of its own
        # will clean up: the session id never comes back.
        remove_stale_temps(self.folder, lambda name: name.startswith("recovery-"))
        found = []
        for meta_path in metas:
            data_path = meta_path.with_suffix(".yaml")
            text = _read_regular(data_path)
            if text is None:
                continue
            try:
                meta = json.loads(_read_regular(meta_path) or "")
            except ValueError:
                meta = None
            meta = meta if isinstance(meta, dict) else {}
            pid = meta.get("pid")
            if isinstance(pid, int) and not isinstance(pid, bool) and 0 < pid <= MAX_PID and _alive(pid):
                continue
            found.append(Recovered(data_path, _path(meta.get("original")), text))
        return found

    @staticmethod
    def forget(recovered: Recovered) -> None:
        """Remove the files; what cannot be removed (a directory in the way, a folder of
        another user) stays, and is offered again at the next start."""
        for path in (recovered.file, recovered.file.with_suffix(".json")):
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
