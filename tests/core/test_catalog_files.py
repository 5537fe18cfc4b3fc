"""The catalog directory and its files: a missing or unreadable directory or file, and
symbolic links inside, out of or looping through the catalog.
"""

from __future__ import annotations

import os
from pathlib import Path

from catalog_support import EXTRA, codes, load, only, where
from cli_helpers import cli

from configurator.core.catalog_load import load_catalog


def test_tiny_catalog_loads_without_findings(make_catalog):
    result = load(make_catalog)

    assert result.findings == []
    assert not result.unreadable
    catalog = result.catalog
    assert (catalog.id, catalog.version, catalog.currency) == ("tiny", "1.0", "CNY")
    assert list(catalog.capabilities) == ["net", "db", "app", "impl"]
    assert list(catalog.categories) == ["base", "app"]
    assert list(catalog.interfaces) == ["rdb"]
    assert list(catalog.partner_types) == ["delivery"]
    assert list(catalog.partners) == ["sample-delivery"]
    assert list(catalog.scenarios) == ["scn-app"]


def test_missing_directory_is_reported_without_location(tmp_path):
    result = load_catalog(tmp_path / "nowhere")

    finding = only(result.findings, "CAT-DIR-010")
    assert finding.severity.value == "error"
    assert where(finding) == (None, None, None)
    assert finding.message == f"catalog directory '{tmp_path / 'nowhere'}' does not exist"
    assert result.unreadable
    assert result.catalog is None


def test_file_instead_of_directory_is_reported(make_catalog):
    root = make_catalog()

    result = load_catalog(root / "catalog.yaml")

    finding = only(result.findings, "CAT-DIR-010")
    assert where(finding) == (None, None, None)
    assert finding.message == f"catalog directory '{root / 'catalog.yaml'}' is not a directory"
    assert result.unreadable


def test_a_directory_that_cannot_be_examined_is_reported(tmp_path, monkeypatch):
    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "is_dir", refuse)  # a folder on the way that may not be read

    result = load_catalog(tmp_path / "catalog")

    finding = only(result.findings, "CAT-DIR-010")
    assert finding.message == f"catalog directory '{tmp_path / 'catalog'}' cannot be read: Permission denied"
    assert result.unreadable and result.catalog is None


def test_unreadable_file_is_reported(make_catalog):
    root = make_catalog()
    os.symlink(root / "missing-target.yaml", root / "dangling.yaml")

    result = load_catalog(root)

    finding = only(result.findings, "YAML-READ-010")
    assert finding.severity.value == "error"
    assert where(finding) == ("dangling.yaml", None, None)
    assert finding.message.startswith("cannot read file: ")
    assert codes(result.findings) == ["YAML-READ-010"]


def test_a_link_out_of_the_catalog_is_refused_without_quoting_its_target(make_catalog, tmp_path):
    secret = tmp_path / "credentials"
    secret.write_text("token: SECRET-TOKEN-4711\n[[[ not yaml\n", encoding="utf-8")
    root = make_catalog()
    (root / "notes.yaml").symlink_to(secret)
    (root / "sub").mkdir()
    (root / "sub" / "outside.yaml").symlink_to(tmp_path)  # a directory outside, under a .yaml name

    result = load_catalog(root)

    refused = [f for f in result.findings if f.code == "YAML-READ-010"]
    assert [(f.file, f.message) for f in refused] == [
        ("notes.yaml", "cannot read file: it links outside the catalog"),
        ("sub/outside.yaml", "cannot read file: it links outside the catalog"),
    ]
    assert codes(result.findings) == ["YAML-READ-010", "YAML-READ-010"]
    run = cli("validate", root, "--format", "json")
    assert run.code == 1 and "SECRET" not in run.out + run.err


def test_a_loop_of_links_is_a_finding(make_catalog):
    root = make_catalog()
    (root / "loop.yaml").symlink_to(root / "loop.yaml")
    (root / "ping.yaml").symlink_to(root / "pong.yaml")
    (root / "pong.yaml").symlink_to(root / "ping.yaml")

    result = load_catalog(root)

    assert [(f.code, f.file, f.message) for f in result.findings] == [
        ("YAML-READ-010", name, "cannot read file: it is a loop of symbolic links")
        for name in ("loop.yaml", "ping.yaml", "pong.yaml")
    ]


def test_a_link_inside_the_catalog_is_read(make_catalog):
    root = make_catalog({".shared/extra.yaml": EXTRA})
    (root / "linked.yaml").symlink_to(root / ".shared" / "extra.yaml")

    result = load_catalog(root)

    assert result.findings == [] and "extra" in result.catalog.capabilities
