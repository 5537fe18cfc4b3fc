"""`configurator check --fix`: it applies unambiguous fixes only (configurator.core.fixes), one
at a time, says when it removes an explicit item, saves a loadable file and is idempotent.

The policy-test catalog is in compliance_support.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cli_helpers import Run, cli
from compliance_support import (
    policy_catalog,  # noqa: F401 - the fixture `cat`
    solution_text,
)

from configurator.core.catalog import Catalog
from configurator.core.solution import EXPLICIT
from configurator.core.solution_file import load_solution


@pytest.fixture
def catalog_root(cat) -> Path:
    """The folder `cat` was loaded from, for `configurator check --catalog`."""
    return cat.root


def write(tmp_path: Path, catalog: Catalog, items: list[tuple], **policy: Any) -> Path:
    path = tmp_path / "solution.yaml"
    path.write_text(solution_text(catalog, items, policy), encoding="utf-8")
    return path


def fix_lines(run: Run) -> list[str]:
    return [line for line in run.err.splitlines() if line.startswith("fixed ")]


def test_fix_replaces_an_explicit_item_and_says_so(cat, catalog_root, tmp_path):
    path = write(
        tmp_path,
        cat,
        [("db-foreign", "PRV"), ("hsm", "PRV"), ("crypto-audit", "PRV")],
        deployment="private",
        xinchuang="core",
    )
    run = cli("check", path, "--catalog", catalog_root, "--fix")
    assert "Traceback" not in run.err
    [line] = fix_lines(run)
    assert line.startswith("fixed XC-FOREIGN-023 db-foreign: ")
    assert "db-cert" in line and "removes explicit item db-foreign" in line
    assert "1 fix applied" in run.err
    solution, findings = load_solution(path)
    assert findings == []
    assert solution.item("db-foreign") is None
    assert solution.item("db-cert").origin == EXPLICIT
    assert run.code == 0


def test_no_explicit_item_disappears_without_a_fix_line_saying_so(cat, catalog_root, tmp_path):
    items = [
        ("db-foreign", "PRV"),
        ("hw-x86", "PRV"),
        ("portal", "PUB"),
        ("cache", "HYB"),
        ("hsm", "PRV"),
        ("crypto-audit", "PRV"),
    ]
    path = write(tmp_path, cat, items, deployment="private", xinchuang="core")
    explicit = {ident for ident, *_ in items}
    run = cli("check", path, "--catalog", catalog_root, "--fix")
    lines = fix_lines(run)
    assert lines
    solution, _ = load_solution(path)
    gone = {ident for ident in explicit if solution.item(ident) is None}
    for ident in gone:
        assert any(f"removes explicit item {ident}" in line or f"'{ident}'" in line for line in lines), (ident, lines)
    assert {"db-cert", "hw-arm"} <= {i.capability for i in solution.items if i.explicit}


def test_fix_is_idempotent_and_saves_a_loadable_file(cat, catalog_root, tmp_path):
    path = write(
        tmp_path,
        cat,
        [("core-sys", "PUB"), ("db-foreign", "PRV"), ("hsm", "PRV"), ("crypto-audit", "PRV")],
        deployment="private",
        xinchuang="core",
    )
    first = cli("check", path, "--catalog", catalog_root, "--fix")
    assert len(fix_lines(first)) == 2
    assert f"2 fixes applied; saved {path}" in first.err
    saved = path.read_bytes()
    solution, findings = load_solution(path)
    assert findings == []
    assert solution.item("core-sys").mode == "PRV"
    assert solution.item("db-cert").explicit and solution.item("db-foreign") is None
    second = cli("check", path, "--catalog", catalog_root, "--fix")
    assert fix_lines(second) == []
    assert "0 fixes applied" in second.err and "saved" not in second.err
    assert path.read_bytes() == saved
    assert second.code == first.code


def test_ambiguous_findings_are_left_alone(cat, catalog_root, tmp_path):
    path = write(tmp_path, cat, [("db-foreign", "PRV")], xinchuang="general")
    before = path.read_bytes()
    run = cli("check", path, "--catalog", catalog_root, "--fix", "--format", "json")
    assert fix_lines(run) == []
    assert "0 fixes applied" in run.err
    assert path.read_bytes() == before
    assert "XC-FOREIGN-023" in run.out


def test_fix_applies_one_at_a_time(cat, catalog_root, tmp_path):
    """Adding the dedicated line fixes MODE-LINE-013; the same run then has nothing left."""
    path = write(tmp_path, cat, [("teller", "PRV"), ("ocr-cloud", "PUB", "auto")], network="dedicated_line_only")
    run = cli("check", path, "--catalog", catalog_root, "--fix")
    [line] = fix_lines(run)
    assert line.startswith("fixed MODE-LINE-013 teller: ") and "'line'" in line
    assert "removes explicit item" not in line
    solution, _ = load_solution(path)
    assert solution.item("line").explicit and solution.item("line").mode == "PUB"
    again = cli("check", path, "--catalog", catalog_root, "--fix")
    assert "0 fixes applied" in again.err
