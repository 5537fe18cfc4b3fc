"""Recovery files a crashed session left: offered back whatever their metadata holds."""

from __future__ import annotations

import ctypes
import json
import os
from pathlib import Path

import pytest

from configurator.ui.recovery import STILL_ACTIVE, RecoveryStore, _alive_on_windows

BROKEN_METADATA = [
    '{"pid": null}',
    "[1, 2]",
    '"text"',
    '{"pid": "12x"}',
    '{"pid": 99999999999999999999}',
    '{"pid": 0}',
    '{"pid": -1}',
    '{"pid": true}',
    '{"pid": 4194305, "original": 5}',
    '{"pid": 3000000000}',  # a Windows-sized id: no process here, not a reason to hold the work back
    "not json at all",
    "",
]


@pytest.mark.parametrize("meta", BROKEN_METADATA)
def test_work_with_unreadable_metadata_is_offered_back(tmp_path: Path, meta: str) -> None:
    folder = tmp_path / "recovery"
    folder.mkdir()
    (folder / "recovery-a.yaml").write_text("name: unsaved work\n", encoding="utf-8")
    (folder / "recovery-a.json").write_text(meta, encoding="utf-8")
    good = {"pid": 4194305, "original": str(tmp_path / "s.yaml")}  # no such process
    (folder / "recovery-b.yaml").write_text("name: other work\n", encoding="utf-8")
    (folder / "recovery-b.json").write_text(json.dumps(good), encoding="utf-8")

    found = {o.file.name: o for o in RecoveryStore(folder).orphans()}

    assert set(found) == {"recovery-a.yaml", "recovery-b.yaml"}  # the broken one blocks nothing
    assert found["recovery-a.yaml"].text == "name: unsaved work\n"
    assert found["recovery-a.yaml"].original is None
    assert found["recovery-b.yaml"].original == tmp_path / "s.yaml"


def test_the_work_of_a_running_session_is_not_offered(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    folder.mkdir()
    (folder / "recovery-a.yaml").write_text("name: in use\n", encoding="utf-8")
    (folder / "recovery-a.json").write_text(json.dumps({"pid": os.getpid(), "original": None}), encoding="utf-8")
    assert RecoveryStore(folder).orphans() == []


class FakeKernel32:
    """The calls `_alive_on_windows` makes, answering as Windows would for one process."""

    def __init__(self, handle: int, exit_code: int = 0, last_error: int = 0) -> None:
        self.handle, self.exit_code, self.last_error, self.closed = handle, exit_code, last_error, []

    def OpenProcess(self, access, inherit, pid):  # noqa: N802 (the Windows API's names)
        return self.handle

    def GetLastError(self):  # noqa: N802
        return self.last_error

    def GetExitCodeProcess(self, handle, code):  # noqa: N802
        ctypes.cast(code, ctypes.POINTER(ctypes.c_ulong)).contents.value = self.exit_code
        return 1

    def CloseHandle(self, handle):  # noqa: N802
        self.closed.append(handle)


@pytest.mark.parametrize(
    ("kernel32", "alive"),
    [
        (FakeKernel32(handle=7, exit_code=STILL_ACTIVE), True),
        (FakeKernel32(handle=7, exit_code=0), False),  # ended; the handle still opens
        (FakeKernel32(handle=0, last_error=87), False),  # no such process
        (FakeKernel32(handle=0, last_error=5), True),  # another user's process
    ],
)
def test_a_windows_session_is_probed_without_ending_it(kernel32: FakeKernel32, alive: bool) -> None:
    assert _alive_on_windows(1234, kernel32) is alive
    assert kernel32.closed == ([7] if kernel32.handle else [])
