"""Autosave to recovery files, and finding the ones a crashed session left behind.

Each window session writes its own recovery file; a clean close deletes it. A recovery
file whose owning process no longer runs is what a crash or a kill left: it is offered
back at the next start.
"""

from __future__ import annotations

import json
import os
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

from configurator.core.solution_file import write_atomic


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


class RecoveryStore:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.session = uuid.uuid4().hex[:12]

    @property
    def file(self) -> Path:
        return self.folder / f"recovery-{self.session}.yaml"

    @property
    def meta(self) -> Path:
        return self.file.with_suffix(".json")

    def save(self, text: str, original: Path | None) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self.file, text.encode("utf-8"))
        meta = {"pid": os.getpid(), "original": str(original) if original else None}
        write_atomic(self.meta, json.dumps(meta).encode("utf-8"))

    def discard(self) -> None:
        for path in (self.file, self.meta):
            path.unlink(missing_ok=True)

    def orphans(self) -> list[Recovered]:
        """Recovery files of sessions that no longer run, newest first. Work whose metadata
        cannot be read is offered too: it cannot belong to a session known to be running."""
        found = []
        for meta_path in sorted(self.folder.glob("recovery-*.json"), key=lambda p: p.stat().st_mtime, reverse=True):
            data_path = meta_path.with_suffix(".yaml")
            try:
                text = data_path.read_text(encoding="utf-8")
            except (OSError, ValueError):
                continue
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                meta = None
            meta = meta if isinstance(meta, dict) else {}
            pid, original = meta.get("pid"), meta.get("original")
            if isinstance(pid, int) and not isinstance(pid, bool) and 0 < pid <= MAX_PID and _alive(pid):
                continue
            found.append(Recovered(data_path, Path(original) if isinstance(original, str) and original else None, text))
        return found

    @staticmethod
    def forget(recovered: Recovered) -> None:
        recovered.file.unlink(missing_ok=True)
        recovered.file.with_suffix(".json").unlink(missing_ok=True)
