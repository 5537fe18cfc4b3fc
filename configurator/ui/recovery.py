"""Autosave to recovery files, and finding the ones a crashed session left behind.

Each window session writes its own recovery file; a clean close deletes it. A recovery
file whose owning process no longer runs is what a crash or a kill left: it is offered
back at the next start.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from configurator.core.solution_file import write_atomic


@dataclass(frozen=True)
class Recovered:
    file: Path
    original: Path | None
    text: str


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


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
        """Recovery files of sessions that no longer run, newest first."""
        found = []
        for meta_path in sorted(self.folder.glob("recovery-*.json"), key=lambda p: p.stat().st_mtime, reverse=True):
            data_path = meta_path.with_suffix(".yaml")
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
                text = data_path.read_text(encoding="utf-8")
            except (OSError, ValueError):
                continue
            if _alive(int(meta.get("pid", 0))):
                continue
            original = Path(meta["original"]) if meta.get("original") else None
            found.append(Recovered(data_path, original, text))
        return found

    @staticmethod
    def forget(recovered: Recovered) -> None:
        recovered.file.unlink(missing_ok=True)
        recovered.file.with_suffix(".json").unlink(missing_ok=True)
