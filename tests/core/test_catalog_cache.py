"""The validated-catalog cache: the same results as a full load, invalidated by any change,
ignored when it cannot be trusted, bypassed by --no-cache and by `validate`."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from catalog_support import AGENT, EXTRA, SCENARIO, driver
from cli_helpers import cli

from configurator.core import catalog_cache, catalog_load
from configurator.core.catalog_cache import cache_file, from_cache, load_catalog
from configurator.core.catalog_load import LoadResult
from configurator.core.catalog_load import load_catalog as full_load
from configurator.core.codes import make
from configurator.core.findings import Location
from configurator.core.yamlio import Mapping, Sequence
from configurator.paths import cache_dir, catalog_dir


@pytest.fixture(autouse=True)
def full_loads(monkeypatch, tmp_path) -> list[Path]:
    """The roots the real loader parsed (a cache hit parses nothing), with a cache of this test's own."""
    monkeypatch.setenv("CONFIGURATOR_HOME", str(tmp_path / "home"))
    roots: list[Path] = []
    real = catalog_load.load_catalog

    def counted(root, progress=None):
        roots.append(root)
        return real(root, progress)

    monkeypatch.setattr(catalog_load, "load_catalog", counted)
    return roots


def reference(root: Path) -> LoadResult:
    """A load that never sees the cache, and is not counted."""
    return full_load(root)


def positions(node) -> object:
    """Every position a YAML node and the nodes inside it remember, with their data."""
    if isinstance(node, Mapping):
        inner = {key: positions(value) for key, value in node.items()}
        return (type(node), node.pos, node.key_pos, node.value_pos, inner)
    if isinstance(node, Sequence):
        return (type(node), node.pos, node.item_pos, [positions(item) for item in node])
    return node


def origins(result: LoadResult) -> list:
    """Where each record of the catalog was written (origins are left out of ==)."""
    catalog = result.catalog
    assert catalog is not None
    sections = (catalog.capabilities, catalog.interfaces, catalog.partner_types, catalog.partners, catalog.scenarios)
    records = [r for section in sections for r in section.values()]
    records += [*catalog.categories.values(), *catalog.units.values(), *catalog.price_models.values()]
    drivers = [d for r in records for d in getattr(r, "value_drivers", ())]
    found = [(r.origin.file, positions(r.origin.node)) for r in records + drivers]
    return [*found, catalog.meta_origin and (catalog.meta_origin.file, positions(catalog.meta_origin.node))]


def assert_same(cached: LoadResult, uncached: LoadResult) -> None:
    assert cached.catalog == uncached.catalog and cached.unreadable == uncached.unreadable
    assert [(f, f.params) for f in cached.findings] == [(f, f.params) for f in uncached.findings]
    assert origins(cached) == origins(uncached)


WARNINGS_ONLY = {
    "tiny": {},
    "a .yml file": {"extra.yml": EXTRA},
    "Xinchuang without architectures": {"x.yaml": EXTRA + "    xinchuang: {level: certified}\n"},
    "a partner type no one uses": {"agent.yaml": AGENT},
    "scenario both required and optional": {"x.yaml": EXTRA, "s.yaml": SCENARIO + "    optional: [net]\n"},
    "a value driver, its default out of range": {"v.yaml": driver(default=5)},
}


@pytest.mark.parametrize("files", WARNINGS_ONLY.values(), ids=WARNINGS_ONLY.keys())
def test_a_clean_load_comes_back_from_the_cache_the_same(make_catalog, full_loads, files):
    root = make_catalog(files)
    first = load_catalog(root)
    assert cache_file(root).is_file() and full_loads == [root]
    second = load_catalog(root)
    assert full_loads == [root]  # nothing parsed
    assert_same(second, reference(root))
    assert_same(first, reference(root))


def test_the_warnings_and_infos_of_a_catalog_come_back_identically(make_catalog):
    root = make_catalog({"agent.yaml": AGENT, "extra.yml": EXTRA, "v.yaml": driver(default=5)})
    uncached = load_catalog(root)
    assert {f.severity.value for f in uncached.findings} == {"warning", "info"}
    cached = load_catalog(root)
    assert [f.to_dict() for f in cached.findings] == [f.to_dict() for f in uncached.findings]
    assert_same(cached, uncached)


def test_the_shipped_catalog_comes_back_from_the_cache_the_same(full_loads):
    load_catalog(catalog_dir())
    cached = load_catalog(catalog_dir())
    assert len(full_loads) == 1
    assert_same(cached, reference(catalog_dir()))
    drivers = [d for s in cached.catalog.scenarios.values() for d in s.value_drivers]
    assert drivers and all(d.formula is not None for d in drivers)  # formulas compare by their text


def test_a_catalog_with_errors_is_never_cached(make_catalog, full_loads):
    root = make_catalog({"x.yaml": EXTRA + "    requires: [nowhere]\n"})
    first = load_catalog(root)
    assert any(f.severity.value == "error" for f in first.findings)
    second = load_catalog(root)
    assert not cache_file(root).exists() and full_loads == [root, root]
    assert_same(second, first)


def test_progress_on_a_cache_hit_ends_where_a_full_load_ends(make_catalog):
    root = make_catalog({"x.yaml": EXTRA, "extra.yml": EXTRA})
    full: list[tuple[int, int]] = []
    cached: list[tuple[int, int]] = []
    load_catalog(root, lambda *step: full.append(step) or True)
    load_catalog(root, lambda *step: cached.append(step) or True)
    assert cached == [full[-1]] == [(4, 4)]  # three .yaml files, then the checks


def _touch(root: Path) -> None:
    info = (root / "content.yaml").stat()
    os.utime(root / "content.yaml", ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))


def _edit_keeping_size_and_mtime(root: Path) -> None:
    path = root / "content.yaml"
    info = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace("en: Network", "en: Netwerk"), encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert path.stat().st_size == info.st_size and path.stat().st_mtime_ns == info.st_mtime_ns


def _add(root: Path) -> None:
    (root / "more").mkdir()
    (root / "more" / "extra.yaml").write_text(EXTRA, encoding="utf-8")


def _add_yml(root: Path) -> None:
    (root / "extra.yml").write_text(EXTRA, encoding="utf-8")


def _remove(root: Path) -> None:
    (root / "agent.yaml").unlink()


CHANGES = {
    "mtime only": _touch,
    "content, same size and mtime": _edit_keeping_size_and_mtime,
    "a file added": _add,
    "a .yml file added": _add_yml,
    "a file removed": _remove,
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_any_change_to_the_catalog_files_gives_a_full_load_and_a_new_cache(make_catalog, full_loads, change):
    root = make_catalog({"agent.yaml": AGENT})
    load_catalog(root)
    change(root)
    changed = load_catalog(root)
    assert full_loads == [root, root]
    assert_same(changed, reference(root))
    assert_same(load_catalog(root), changed)
    assert full_loads == [root, root]  # rewritten: the next load is a hit again


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_from_cache_gives_only_a_hit_and_never_loads(make_catalog, full_loads, change):
    root = make_catalog({"agent.yaml": AGENT})
    assert from_cache(root) is None and full_loads == []  # nothing cached yet, and nothing loaded
    load_catalog(root)
    assert_same(from_cache(root), reference(root))
    change(root)
    assert from_cache(root) is None and full_loads == [root]


def test_the_edit_with_the_same_size_and_mtime_is_seen(make_catalog):
    root = make_catalog()
    load_catalog(root)
    _edit_keeping_size_and_mtime(root)
    assert load_catalog(root).catalog.capabilities["net"].name.en == "Netwerk"


def test_another_app_version_or_core_gives_a_full_load(make_catalog, full_loads, monkeypatch):
    root = make_catalog()
    load_catalog(root)
    monkeypatch.setattr(catalog_cache, "__version__", "99.0")
    load_catalog(root)
    monkeypatch.setattr(catalog_cache, "_code_hash", lambda: "another core")
    load_catalog(root)
    assert full_loads == [root, root, root]


def test_the_core_hash_covers_the_schemas_and_the_core_source():
    catalog_cache._code_hash.cache_clear()
    assert catalog_cache._code_hash() == catalog_cache._code_hash()
    assert len(catalog_cache._code_hash()) == 64


def test_a_change_during_the_load_is_not_cached(make_catalog, monkeypatch):
    root = make_catalog()
    real = catalog_load.load_catalog

    def edited_meanwhile(where, progress=None):
        result = real(where, progress)
        _add(root)
        return result

    monkeypatch.setattr(catalog_load, "load_catalog", edited_meanwhile)
    load_catalog(root)
    assert not cache_file(root).exists()


def test_the_catalog_keeps_the_root_it_was_asked_for(make_catalog, full_loads, monkeypatch, tmp_path):
    root = make_catalog()
    load_catalog(root)
    monkeypatch.chdir(tmp_path)
    relative = load_catalog(Path("catalog"))
    assert full_loads == [root] and relative.catalog.root == Path("catalog")
    copy = shutil.copytree(root, tmp_path / "copy")
    load_catalog(copy)
    assert full_loads == [root, copy]  # another folder has a cache of its own


def _random(file: Path) -> None:
    file.write_bytes(os.urandom(4096))


def _truncated(file: Path) -> None:
    file.write_bytes(file.read_bytes()[: file.stat().st_size // 2])


def _empty(file: Path) -> None:
    file.write_bytes(b"")


def _flipped(file: Path) -> None:
    data = bytearray(file.read_bytes())
    data[-10] ^= 0xFF
    file.write_bytes(bytes(data))


def _bad_pickle(file: Path) -> None:
    """Intact by its checksum, of the right key, but not a catalog."""
    data = file.read_bytes()
    start = len(catalog_cache.MAGIC)
    size = int.from_bytes(data[start : start + 4], "big")
    head = data[: start + 4 + size]
    payload = b"\x80\x04cconfigurator.core.nowhere\nNothing\n."
    file.write_bytes(head + catalog_cache.hashlib.sha256(payload).digest() + payload)


def _directory(file: Path) -> None:
    file.unlink()
    file.mkdir()


CORRUPTIONS = {
    "random bytes": _random,
    "truncated": _truncated,
    "empty": _empty,
    "a flipped byte": _flipped,
    "a pickle error": _bad_pickle,
    "a directory in its place": _directory,
}


@pytest.mark.parametrize("corrupt", CORRUPTIONS.values(), ids=CORRUPTIONS.keys())
def test_a_corrupt_cache_falls_back_silently_to_a_full_load(make_catalog, full_loads, capfd, corrupt):
    root = make_catalog({"agent.yaml": AGENT})
    load_catalog(root)
    corrupt(cache_file(root))
    result = load_catalog(root)
    assert full_loads == [root, root]
    assert_same(result, reference(root))
    assert capfd.readouterr() == ("", "")
    if cache_file(root).is_file():  # rewritten
        assert_same(load_catalog(root), result) and full_loads == [root, root]


def test_a_cache_refused_by_the_system_is_passed_by(make_catalog, full_loads, monkeypatch):
    """A cache file the system refuses to open (no permission; simulated, so that it holds for
    root too, whom permissions do not stop) is passed by with a normal load."""
    root = make_catalog()
    load_catalog(root)
    real_open = open

    def refusing(path, *args, **kwargs):
        if Path(path).parent == cache_file(root).parent:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing)
    monkeypatch.setattr(catalog_cache, "write_atomic", lambda *_: refusing(cache_file(root)))
    assert_same(load_catalog(root), reference(root))
    assert full_loads == [root, root]


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="ownership is checked on POSIX")
def test_a_cache_the_user_does_not_own_is_ignored(make_catalog, full_loads, monkeypatch):
    root = make_catalog()
    load_catalog(root)
    uid = os.getuid()
    monkeypatch.setattr(os, "getuid", lambda: uid + 1)
    load_catalog(root)
    assert full_loads == [root, root]


def test_the_cache_folder_is_the_users_own(make_catalog):
    root = make_catalog()
    load_catalog(root)
    assert cache_file(root).parent == cache_dir() / "catalogs"
    if hasattr(os, "getuid"):
        assert cache_file(root).parent.stat().st_mode & 0o077 == 0


def test_no_cache_loads_afresh_and_writes_no_cache(make_catalog, full_loads):
    root = make_catalog()
    load_catalog(root, cached=False)
    assert not cache_file(root).exists()
    load_catalog(root)
    load_catalog(root, cached=False)
    assert full_loads == [root, root, root]


def test_the_commands_take_no_cache(make_catalog, full_loads):
    root = make_catalog()
    assert cli("search", "--catalog", root, "--no-cache").code == 0
    assert not cache_file(root).exists()
    assert cli("search", "--catalog", root).code == 0
    assert cli("search", "--catalog", root).code == 0
    assert cli("search", "--catalog", root, "--no-cache").code == 0
    assert full_loads == [root, root, root]


def test_the_app_takes_no_cache():
    from configurator.ui.launch import parse

    assert parse(["--no-cache"]).no_cache and not parse([]).no_cache


def test_validate_always_loads_in_full(make_catalog):
    """A cached result that differs from the files (as no real cache can) shows which load ran."""
    root = make_catalog()
    result = reference(root)
    planted = make("CAT-PTN-013", Location("content.yaml", 1, 1), subject="planted")
    catalog_cache._write(cache_file(root), catalog_cache._key(root), LoadResult(result.catalog, [planted]))
    assert load_catalog(root).findings == [planted]
    run = cli("validate", root, "--format", "json")
    assert run.code == 0 and "planted" not in run.out and json.loads(run.out)


def test_cache_dir_follows_the_platform(monkeypatch):
    monkeypatch.delenv("CONFIGURATOR_HOME")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", "/x/cache")
    assert cache_dir() == Path("/x/cache/fincloud-configurator")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative")
    assert cache_dir() == Path.home() / ".cache" / "fincloud-configurator"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert cache_dir() == Path.home() / "Library" / "Caches" / "fincloud-configurator"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", "/appdata")
    assert cache_dir() == Path("/appdata/fincloud-configurator")
    monkeypatch.setenv("CONFIGURATOR_HOME", "/portable")
    assert cache_dir() == Path("/portable/cache")
