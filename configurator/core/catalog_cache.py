"""The validated-catalog cache: `load_catalog` with the last clean load of unchanged files in front.

After a load with no error findings, the catalog and its findings are pickled to one file per
catalog directory in the user's cache folder (`paths.cache_dir()`), under a key of the app
(version, a hash of the core's source and the schemas), the directory's absolute path and every
`.yaml`/`.yml` entry below it as the loader walks it (relative path, size, mtime in ns, SHA-256
of the bytes). A load whose key is the stored one unpickles instead of parsing and checking;
any difference, or a cache that cannot be read, trusted or unpickled, gives a normal load, which
rewrites the cache. Pickle runs code from its input, so the file is written only by the app,
atomically, in a folder only the user may enter, and ignored unless the user owns it.
"""

from __future__ import annotations

import copyreg
import dataclasses
import functools
import hashlib
import io
import json
import os
import pickle
import stat
import sys
from pathlib import Path
from types import MappingProxyType
from typing import Any

from configurator import __version__
from configurator.core import catalog_load
from configurator.core.atomic import write_atomic
from configurator.core.catalog_load import LoadResult
from configurator.core.collector import collector_paused
from configurator.core.findings import has_errors
from configurator.core.progress import Progress, report
from configurator.paths import cache_dir, resources_dir

MAGIC = b"fincloud-configurator catalog cache 1\n"
_CORE = Path(__file__).resolve().parent


def load_catalog(root: Path, progress: Progress | None = None, *, cached: bool = True) -> LoadResult:
    """What `catalog_load.load_catalog(root, progress)` gives, from the cache when the catalog's
    files are those of the last clean load; `cached=False` (`--no-cache`) always loads."""
    if not cached:
        return catalog_load.load_catalog(root, progress)
    root = Path(root)
    key = _key(root)
    if key is None:  # the files cannot all be read: the loader says which
        return catalog_load.load_catalog(root, progress)
    hit = _hit(root, key, progress)
    if hit is not None:
        return hit
    result = catalog_load.load_catalog(root, progress)
    if result.catalog is not None and not has_errors(result.findings) and _key(root) == key:  # unchanged meanwhile
        _write(cache_file(root), key, result)
    return result


def from_cache(root: Path) -> LoadResult | None:
    """The catalog in `root` when the cache holds its files as they are, else None; never
    loads (a hit takes milliseconds: the window takes it without a worker thread)."""
    root = Path(root)
    key = _key(root)
    return None if key is None else _hit(root, key)


def _hit(root: Path, key: dict[str, Any], progress: Progress | None = None) -> LoadResult | None:
    found = _read(cache_file(root), key)
    if found is None:
        return None
    catalog, findings = found
    steps = sum(name.endswith(".yaml") for name, *_ in key["files"]) + 1  # as the loader counts them
    report(progress, steps, steps)
    return LoadResult(catalog if catalog.root == root else dataclasses.replace(catalog, root=root), findings)


def cache_file(root: Path) -> Path:
    """The cache of the catalog in `root`: one file per directory, named by its absolute path."""
    name = hashlib.sha256(os.path.abspath(root).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return cache_dir() / "catalogs" / f"{name}.pickle"


def _key(root: Path) -> dict[str, Any] | None:
    try:
        files = _fingerprint(root)
    except OSError:
        return None
    return {"app": __version__, "code": _code_hash(), "root": os.path.abspath(root), "files": files}


def _fingerprint(root: Path) -> list[list[Any]]:
    """Each .yaml/.yml entry the loader's walk meets, with its link target when it is a link
    (the loader refuses links out of the catalog) and its size, mtime and content hash."""
    entries: list[list[Any]] = []

    def fail(error: OSError) -> None:
        raise error

    for folder, dirs, files in os.walk(root, onerror=fail):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted([*files, *dirs]):
            if name.startswith(".") or not name.endswith((".yaml", ".yml")):
                continue
            path = os.path.join(folder, name)
            rel = Path(path).relative_to(root).as_posix()
            info = os.stat(path)
            link = os.path.realpath(path) if os.path.islink(path) else ""
            digest = _sha256(path) if stat.S_ISREG(info.st_mode) else ""
            entries.append([rel, link, stat.S_IFMT(info.st_mode), info.st_size, info.st_mtime_ns, digest])
    return entries


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def _code_hash() -> str:
    """A hash of what makes a load's result: the core's source and the schemas (in a frozen
    bundle, whose sources are compiled in, the executable itself)."""
    digest = hashlib.sha256(sys.version.encode())
    if getattr(sys, "frozen", False):
        info = os.stat(sys.executable)
        digest.update(f"{sys.executable} {info.st_size} {info.st_mtime_ns}".encode())
    for path in [*sorted(_CORE.glob("*.py")), *sorted((resources_dir() / "schema").glob("*.json"))]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _read(file: Path, key: dict[str, Any]) -> tuple[Any, list] | None:
    """The stored (catalog, findings) when `file` is the user's own, intact, and of `key`."""
    try:
        with open(file, "rb") as stream:
            if hasattr(os, "getuid") and os.fstat(stream.fileno()).st_uid != os.getuid():
                return None
            data = stream.read()
        if not data.startswith(MAGIC):
            return None
        view = memoryview(data)[len(MAGIC) :]
        size = int.from_bytes(view[:4], "big")
        header, digest, payload = view[4 : 4 + size], view[4 + size : 36 + size], view[36 + size :]
        if json.loads(bytes(header)) != key or hashlib.sha256(payload).digest() != digest:
            return None
        return _unpickle(payload)
    except Exception:  # whatever is wrong with a cache, a normal load follows
        return None


@collector_paused  # as loading: millions of new objects and no cycles
def _unpickle(payload: memoryview) -> tuple[Any, list]:
    catalog, findings = pickle.loads(payload)
    return catalog, findings


def _write(file: Path, key: dict[str, Any], result: LoadResult) -> None:
    try:
        payload = _pickle((result.catalog, result.findings))
        header = json.dumps(key).encode()
        content = MAGIC + len(header).to_bytes(4, "big") + header + hashlib.sha256(payload).digest() + payload
        file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomic(file, content)
    except Exception:  # a cache that cannot be written costs the next start its time, nothing more
        pass


def _proxy(items: dict) -> MappingProxyType:
    return MappingProxyType(items)


class _Pickler(pickle.Pickler):
    """Pickles read-only mappings, which pickle cannot take as they are. (A refused formula's
    FormulaError does not unpickle either, but it is an error finding: never cached.)"""

    dispatch_table = {**copyreg.dispatch_table, MappingProxyType: lambda proxy: (_proxy, (dict(proxy),))}


@collector_paused
def _pickle(value: Any) -> bytes:
    stream = io.BytesIO()
    _Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return stream.getvalue()
