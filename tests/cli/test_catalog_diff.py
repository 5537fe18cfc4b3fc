"""`configurator catalog-diff OLD NEW` (core/catalog_diff.py): a hand-made release of the tiny
catalog (a price up 10 %, a capability removed, one added, a dependency added, a Xinchuang level
changed, a scenario's optional list changed) reported exactly, as JSON, text and Markdown."""

from __future__ import annotations

import json

import pytest
from cli_helpers import cli
from tiny_catalog import TINY_CAPABILITIES, TINY_META, write_tree

NEW_CAP = """\
  - id: cache
    name: {en: Cache, zh: 缓存}
    category: base
    kind: atomic
    provider: vendor
    modes:
      PUB: {price_model: IM, unit: instance, billing: monthly, list_price: 50, lead_weeks: 1}
"""


def released(text: str) -> str:
    text = text.replace(
        "billing: once, list_price: 200000, lead_weeks: 8", "billing: once, list_price: 220000, lead_weeks: 8"
    )
    text = text.replace("    requires: [rdb]\n    recommends: [impl]", "    requires: [rdb, net]\n    recommends: []")
    text = text.replace(
        "xinchuang: {level: certified, architectures: [aarch64, x86_64]}",
        "xinchuang: {level: adapted, architectures: [aarch64, x86_64]}",
    )
    text = text.replace("    optional: [impl]\n", "    optional: []\n")
    start = text.index("  - id: impl")
    end = text.index("interfaces:")
    return text[:start] + NEW_CAP + text[end:]


@pytest.fixture
def releases(tmp_path):
    old = write_tree(tmp_path / "old", {"catalog.yaml": TINY_META, "content.yaml": TINY_CAPABILITIES})
    meta = TINY_META.replace('version: "1.0"', 'version: "1.1"')
    new = write_tree(tmp_path / "new", {"catalog.yaml": meta, "content.yaml": released(TINY_CAPABILITIES)})
    return old, new


def test_the_json_names_every_change_exactly(releases):
    run = cli("catalog-diff", *releases, "--format", "json")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert data["old"] == {"id": "tiny", "version": "1.0"} and data["new"] == {"id": "tiny", "version": "1.1"}
    assert data["summary"] == {"added": 1, "removed": 1, "changed": 3}
    changes = {(c["kind"], c["id"], c["status"]): c["fields"] for c in data["changes"]}
    assert changes[("capability", "impl", "removed")] == []
    assert changes[("capability", "cache", "added")] == []
    assert changes[("capability", "db", "changed")] == [
        {"field": "xinchuang.level", "old": "certified", "new": "adapted"},
        {"field": "modes.PRV.list_price", "old": 200000, "new": 220000, "change": pytest.approx(0.1)},
    ]
    assert changes[("capability", "app", "changed")] == [
        {"field": "requires", "old": ["rdb"], "new": ["rdb", "net"]},
        {"field": "recommends", "old": ["impl"], "new": []},
    ]
    assert changes[("scenario", "scn-app", "changed")] == [{"field": "optional", "old": ["impl"], "new": []}]
    assert [c["status"] for c in data["changes"] if c["kind"] == "capability"] == [
        "removed",
        "changed",
        "changed",
        "added",
    ]


def test_the_text_lists_each_change_with_its_fields(releases):
    run = cli("catalog-diff", *releases, "--lang", "en")
    assert run.code == 0
    lines = run.out.splitlines()
    assert lines[0] == "tiny 1.0 → 1.1: 1 added, 1 removed, 3 changed"
    assert "removed capability impl (Implementation)" in lines
    assert "    modes.PRV.list_price: 200,000 → 220,000 (+10.0%)" in lines
    assert "    requires: [rdb] → [rdb, net]" in lines


def test_markdown_for_a_pull_request_has_a_price_table_and_sections(releases):
    run = cli("catalog-diff", *releases, "--format", "markdown", "--lang", "zh")
    assert run.code == 0
    assert run.out.startswith("### ")
    assert "| 数据库 (`db`) | PRV | 200,000 | 220,000 | +10.0% |" in run.out
    assert "<summary>" in run.out and "- **实施** (`impl`" in run.out


def test_a_name_with_a_pipe_or_a_line_break_keeps_the_table_whole(tmp_path, releases):
    old, new = releases
    content = (new / "content.yaml").read_text().replace("{en: Database, zh: 数据库}", '{en: "a|b", zh: "甲|\\n乙"}')
    (new / "content.yaml").write_text(content)
    run = cli("catalog-diff", old, new, "--format", "markdown", "--lang", "zh")
    assert "| 甲\\| 乙 (`db`) | PRV |" in run.out


def test_the_same_catalog_twice_has_no_change(releases):
    old, _ = releases
    assert json.loads(cli("catalog-diff", old, old, "--format", "json").out)["changes"] == []
    assert "No changes." in cli("catalog-diff", old, old, "--format", "markdown", "--lang", "en").out


def test_a_directory_that_cannot_be_read_is_exit_2_with_a_finding(tmp_path, releases):
    run = cli("catalog-diff", tmp_path / "missing", releases[1], "--lang", "en")
    assert run.code == 2
    assert "CAT-DIR-010" in run.err and "Traceback" not in run.err


def test_a_catalog_with_errors_is_exit_1_with_its_findings(releases):
    old, new = releases
    content = (new / "content.yaml").read_text().replace("lead_weeks: 8}", "lead_weeks: 8, maintenance: 1.5}")
    (new / "content.yaml").write_text(content)
    run = cli("catalog-diff", old, new, "--lang", "en")
    assert run.code == 1
    assert "CAT-RANGE-024" in run.err and "maintenance" in run.err and "removed capability db" in run.out
