"""Recovery files a crashed session left: offered back whatever their metadata holds."""

from __future__ import annotations

import ctypes
import json
import os
import threading
from pathlib import Path

import pytest
from gui_helpers import refuse_writes_in

from configurator.core.yamlio import MAX_FILE_BYTES
from configurator.ui.recovery import STILL_ACTIVE, RecoveryStore, _alive_on_windows

GONE = 4194305  # beyond Linux's largest process id: no such process
TIMEOUT = 60  # seconds; a hang guard for reading a FIFO, not a performance assertion

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
    '{"pid": 4194305, "original": "/tmp/a\\u0000b.yaml"}',  # a NUL: no path on any system
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


def write_orphan(folder: Path, name: str, text: str = "name: lost work\n") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"recovery-{name}.yaml").write_text(text, encoding="utf-8")
    (folder / f"recovery-{name}.json").write_text(json.dumps({"pid": GONE, "original": None}), encoding="utf-8")


@pytest.mark.parametrize("blocked", ["a regular file", "below a regular file", "not writable"])
def test_a_recovery_folder_that_cannot_be_used_never_raises_and_says_so_once(tmp_path, monkeypatch, blocked):
    folder = tmp_path / "recovery"
    if blocked == "a regular file":
        folder.write_text("not a folder", encoding="utf-8")
    elif blocked == "below a regular file":
        (tmp_path / "home").write_text("not a folder", encoding="utf-8")
        folder = tmp_path / "home" / "recovery"
    else:
        write_orphan(folder, "sudo")  # left by the earlier run; it cannot be removed now
        refuse_writes_in(monkeypatch, folder)
    store = RecoveryStore(folder)
    reasons: list[str] = []
    store.sig_unavailable.connect(reasons.append)

    store.discard()
    store.save("name: work\n", None)
    orphans = store.orphans()
    for orphan in orphans:
        RecoveryStore.forget(orphan)
    store.save("name: more work\n", tmp_path / "s.yaml")
    store.discard()

    assert [o.text for o in orphans] == (["name: lost work\n"] if blocked == "not writable" else [])
    assert len(reasons) == 1 and reasons[0]  # said once, with the reason
    assert not store.file.exists()


def orphans_within_timeout(store: RecoveryStore) -> list:
    """orphans(), in a thread: a FIFO read would block it forever."""
    result: list = []
    worker = threading.Thread(target=lambda: result.append(store.orphans()), daemon=True)
    worker.start()
    worker.join(TIMEOUT)
    assert not worker.is_alive(), "orphans() blocked"
    return result[0]


def test_only_regular_recovery_files_of_bounded_size_are_read(tmp_path):
    folder = tmp_path / "recovery"
    for name in ("good", "fifo", "zero", "big", "dangling", "dir"):
        write_orphan(folder, name)
    (folder / "recovery-fifo.yaml").unlink()
    os.mkfifo(folder / "recovery-fifo.yaml")  # no writer: opening it for reading blocks
    (folder / "recovery-zero.yaml").unlink()
    (folder / "recovery-zero.yaml").symlink_to("/dev/zero")  # never ends
    with open(folder / "recovery-big.yaml", "r+b") as big:
        big.truncate(MAX_FILE_BYTES + 1)
    (folder / "recovery-dangling.json").unlink()
    (folder / "recovery-dangling.json").symlink_to(folder / "nowhere.json")
    (folder / "recovery-dir.json").unlink()
    (folder / "recovery-dir.json").mkdir()
    store = RecoveryStore(folder)

    found = orphans_within_timeout(store)

    assert {o.file.name for o in found} == {"recovery-good.yaml", "recovery-dangling.yaml", "recovery-dir.yaml"}
    assert all(o.text == "name: lost work\n" and o.original is None for o in found)
    for orphan in found:
        RecoveryStore.forget(orphan)  # a directory in the way is left, not raised about
    assert orphans_within_timeout(store) == []
    assert (folder / "recovery-dir.json").is_dir()
