"""Solution files (DESIGN.md §5): loading, canonical and atomic saving, and located findings.

The tiny catalog of conftest.py is the catalog throughout, except where a test uses the
shipped sample catalog through `configurator new`. Findings are checked against the
contract of DESIGN.md §4 (code, file, 1-based line and column) both through the core API
and through `configurator check FILE --format json` (DESIGN.md §7: exit 0 without error
findings, 1 with error findings, 2 for input that cannot be read at all).
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from configurator.cli import main
from configurator.core.atomic import write_atomic
from configurator.core.catalog import Catalog, Thresholds
from configurator.core.catalog_load import load_catalog
from configurator.core.evaluate import evaluate
from configurator.core.findings import Finding
from configurator.core.resolve import add_item, remove_item, resolve
from configurator.core.solution import Customer, Item, Solution, SolutionPolicy
from configurator.core.solution_file import (
    SolutionUnreadable,
    load_solution,
    parse_solution,
    save_solution,
    to_text,
)
from configurator.paths import catalog_dir

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 30  # seconds; a hang guard for subprocess runs, not a performance assertion

FINDING_KEYS = {"severity", "code", "message", "file", "line", "column", "subject", "hint"}


# --------------------------------------------------------------------------- helpers


@pytest.fixture
def tiny(make_catalog) -> tuple[Path, Catalog]:
    root = make_catalog()
    result = load_catalog(root)
    assert result.catalog is not None and not result.unreadable
    return root, result.catalog


@pytest.fixture(scope="module")
def sample_catalog() -> Catalog:
    result = load_catalog(catalog_dir())
    assert result.catalog is not None
    return result.catalog


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()  # drop anything printed before
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def check_json(capsys, path: Path, catalog_root: Path) -> tuple[int, dict]:
    code, out, err = run_cli(capsys, "check", path, "--catalog", catalog_root, "--format", "json")
    assert "Traceback" not in err
    document = json.loads(out)
    assert_contract_shape(document)
    return code, document


def assert_contract_shape(document: dict) -> None:
    """`{"findings": [...], "summary": {"errors": n, "warnings": n, "infos": n}}` (§4, §7)."""
    assert isinstance(document, dict)
    assert isinstance(document.get("findings"), list)
    assert set(document.get("summary", {})) == {"errors", "warnings", "infos"}
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in document["findings"]:
        assert set(finding) == FINDING_KEYS, finding
        assert finding["severity"] in counts
        counts[finding["severity"]] += 1
        assert isinstance(finding["code"], str)
        parts = finding["code"].split("-")
        assert len(parts) == 3 and parts[0].isupper() and parts[1].isupper(), finding["code"]
        assert len(parts[2]) == 3 and parts[2].isdigit(), finding["code"]
        assert isinstance(finding["message"], str) and finding["message"]
        assert finding["file"] is None or isinstance(finding["file"], str)
        for key in ("line", "column"):
            value = finding[key]
            assert value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 1)
        assert finding["subject"] is None or isinstance(finding["subject"], str)
        assert finding["hint"] is None or isinstance(finding["hint"], str)
    summary = document["summary"]
    assert summary == {"errors": counts["error"], "warnings": counts["warning"], "infos": counts["info"]}


def findings_of(path: Path, catalog: Catalog) -> tuple[list[Finding], bool]:
    """All findings of a solution file (loading and rules); True when it is unreadable."""
    try:
        solution, findings = load_solution(path)
    except SolutionUnreadable as unreadable:
        return list(unreadable.findings), True
    return list(evaluate(catalog, solution, str(path), findings).findings), False


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


# --------------------------------------------------------------------------- round trips

CANONICAL_FULL = """\
format: solution/1
name: 示例城商行方案
customer:
  name: 示例城市商业银行
  institution_type: city_commercial
catalog:
  id: tiny
  version: '1.0'
scenario: scn-app
policy:
  deployment: private
  xinchuang: general
  network: dedicated_line_only
  partner_share:
    warn: 0.3
    error: 0.5
items:
  - capability: app
    mode: PRV
    quantity: 2
    origin: explicit
    customized: false
    discount: 0.125
    notes: '注意: 客户要求 #1 优先; 见 #2'
  - capability: db
    mode: PRV
    quantity: 2.5
    origin: auto
    delivered_by: vendor
    customized: false
    discount: 0.0
    notes: ''
  - capability: net
    mode: PRV
    quantity: 1
    origin: auto
    customized: false
    discount: 0.0
    notes: 'yes'
  - capability: impl
    mode: PRV
    quantity: 1
    origin: explicit
    delivered_by: delivery
    partner: sample-delivery
    customized: true
    discount: 0.1
    notes: '- [x] {y}: & * ! | > '' " % @ ` # 第三期'
"""

# The same solution as a person might write it: flow style, other quotes, comments, no
# canonical key order.
HAND_WRITTEN_FULL = """\
# a solution written by hand
name: "示例城商行方案"   # the name
format: solution/1
catalog: {version: "1.0", id: tiny}
customer: {name: 示例城市商业银行, institution_type: city_commercial}
scenario: scn-app
policy:
  network: dedicated_line_only
  partner_share: {error: 0.5, warn: 0.3}
  deployment: private
  xinchuang: general
items:
  - {capability: app, mode: PRV, quantity: 2, origin: explicit, discount: 0.125,
     notes: "注意: 客户要求 #1 优先; 见 #2"}
  - capability: db
    origin: auto
    quantity: 2.5
    mode: PRV
    delivered_by: vendor
  - {capability: net, mode: PRV, quantity: 1, origin: auto, notes: "yes"}
  - capability: impl
    mode: PRV
    quantity: 1
    origin: explicit
    delivered_by: delivery
    partner: sample-delivery
    customized: true
    discount: 0.1
    notes: >-
      - [x] {y}: & * ! | > ' " % @ ` # 第三期
"""

MINIMAL = """\
format: solution/1
name: Minimal
catalog:
  id: tiny
  version: '1.0'
items:
  - capability: app
    mode: PRV
    quantity: 1
    origin: explicit
    customized: false
    discount: 0.0
    notes: ''
"""

MULTILINE_NOTES = """\
format: solution/1
name: '2026.11'
customer:
  name: 'null'
catalog:
  id: tiny
  version: '1.0'
items:
  - capability: app
    mode: PRV
    quantity: 1
    origin: explicit
    customized: false
    discount: 0.0
    notes: "第一行: 客户\\n第二行 # 不是注释\\n\\t缩进  \\n"
"""


def _reload_equal(text: str, tmp_path: Path) -> tuple[Solution, Solution, bytes]:
    """load → save → load; returns both solutions and the saved bytes."""
    first_path = write(tmp_path / "first.yaml", text)
    first, _ = load_solution(first_path)
    second_path = tmp_path / "second.yaml"
    save_solution(first, second_path)
    second, findings = load_solution(second_path)
    assert not [f for f in findings if f.severity.value == "error"], findings
    return first, second, second_path.read_bytes()


@pytest.mark.parametrize(
    "text",
    [CANONICAL_FULL, HAND_WRITTEN_FULL, MINIMAL, MULTILINE_NOTES],
    ids=["canonical-full", "hand-written-full", "minimal", "multiline-notes"],
)
def test_load_save_load_gives_the_same_solution(text: str, tmp_path: Path) -> None:
    first, second, saved = _reload_equal(text, tmp_path)
    assert second == first
    assert [i.raw for i in second.items] == [i.raw for i in first.items]
    # and saving the reloaded solution again changes nothing
    again = tmp_path / "again.yaml"
    save_solution(second, again)
    assert again.read_bytes() == saved


@pytest.mark.parametrize(
    "text", [CANONICAL_FULL, MINIMAL, MULTILINE_NOTES], ids=["canonical-full", "minimal", "multiline-notes"]
)
def test_app_written_file_saved_unchanged_is_byte_identical(text: str, tmp_path: Path) -> None:
    path = write(tmp_path / "s.yaml", text)
    solution, findings = load_solution(path)
    assert not findings
    save_solution(solution, path)
    assert path.read_bytes() == text.encode("utf-8")


def test_hand_written_file_loads_to_the_canonical_form(tmp_path: Path) -> None:
    hand, _ = parse_solution(HAND_WRITTEN_FULL, "hand.yaml")
    canonical, _ = parse_solution(CANONICAL_FULL, "canonical.yaml")
    assert hand == canonical
    assert to_text(hand) == CANONICAL_FULL


def test_optional_fields_are_read_as_written() -> None:
    solution, findings = parse_solution(CANONICAL_FULL, "s.yaml")
    assert findings == []
    assert solution.name == "示例城商行方案"
    assert solution.customer == Customer("示例城市商业银行", "city_commercial")
    assert (solution.catalog_id, solution.catalog_version) == ("tiny", "1.0")
    assert solution.scenario == "scn-app"
    assert solution.policy == SolutionPolicy("private", "general", "dedicated_line_only", Thresholds(0.3, 0.5))
    app, db, net, impl = solution.items
    assert (app.quantity, app.discount, app.notes) == (2, 0.125, "注意: 客户要求 #1 优先; 见 #2")
    assert (db.quantity, db.origin, db.delivered_by) == (2.5, "auto", "vendor")
    assert net.notes == "yes" and isinstance(net.notes, str)
    assert (impl.delivered_by, impl.partner, impl.customized) == ("delivery", "sample-delivery", True)
    assert impl.notes == "- [x] {y}: & * ! | > ' \" % @ ` # 第三期"
    multi, _ = parse_solution(MULTILINE_NOTES, "m.yaml")
    assert multi.name == "2026.11" and multi.customer == Customer("null")
    assert multi.items[0].notes == "第一行: 客户\n第二行 # 不是注释\n\t缩进  \n"


def test_file_written_by_new_is_stable(tmp_path: Path, capsys, sample_catalog: Catalog) -> None:
    """`configurator new` output for every sample scenario: load + save is byte-identical."""
    assert sample_catalog.scenarios
    for scenario in sample_catalog.scenarios:
        path = tmp_path / f"{scenario}.yaml"
        code, _, err = run_cli(capsys, "new", "--scenario", scenario, "-o", path)
        assert code == 0, err
        written = path.read_bytes()
        solution, findings = load_solution(path)
        assert not findings, (scenario, findings)
        save_solution(solution, path)
        assert path.read_bytes() == written, scenario
        reloaded, _ = load_solution(path)
        assert reloaded == solution


def test_file_written_by_new_stays_identical_after_edits_that_change_nothing(tmp_path: Path, capsys, tiny) -> None:
    root, catalog = tiny
    path = tmp_path / "app.yaml"
    code, _, err = run_cli(capsys, "new", "--scenario", "scn-app", "--catalog", root, "-o", path)
    assert code == 0, err
    written = path.read_bytes()
    solution, _ = load_solution(path)
    # resolving an already resolved solution changes nothing
    save_solution(resolve(catalog, solution).solution, path)
    assert path.read_bytes() == written


# --------------------------------------------------------------------------- atomic save


def _existing(tmp_path: Path) -> tuple[Path, bytes, Solution]:
    path = write(tmp_path / "s.yaml", CANONICAL_FULL)
    old = path.read_bytes()
    solution, _ = load_solution(path)
    changed = solution.replace_item("app", quantity=7, notes="changed")
    return path, old, changed


def test_crash_in_rename_leaves_old_file_and_no_temporary(tmp_path: Path, monkeypatch) -> None:
    path, old, changed = _existing(tmp_path)

    def crash(*args, **kwargs):
        raise OSError("simulated crash during rename")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="simulated crash"):
        save_solution(changed, path)
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.yaml"]


def test_crash_while_writing_leaves_old_file_and_no_temporary(tmp_path: Path, monkeypatch) -> None:
    path, old, changed = _existing(tmp_path)

    def crash(fd):
        raise KeyboardInterrupt  # e.g. the user kills the app after part of the data was written

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(KeyboardInterrupt):
        save_solution(changed, path)
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.yaml"]


def test_crash_in_write_call_leaves_old_file_and_no_temporary(tmp_path: Path, monkeypatch) -> None:
    path, old, changed = _existing(tmp_path)
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()
            return False

        def write(self, data):
            self.stream.write(data[: len(data) // 2])
            self.stream.flush()
            raise OSError(28, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.stream, name)

    monkeypatch.setattr(os, "fdopen", lambda *a, **k: HalfWriter(real_fdopen(*a, **k)))
    with pytest.raises(OSError, match="No space left"):
        save_solution(changed, path)
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.yaml"]


def test_saving_through_a_symbolic_link_writes_the_file_it_points_to(tmp_path: Path) -> None:
    real, old, changed = _existing(tmp_path)
    link = tmp_path / "link.yaml"
    link.symlink_to(real.name)
    save_solution(changed, link)
    assert link.is_symlink() and os.readlink(link) == real.name  # the link stays a link
    assert real.read_bytes() != old and load_solution(real)[0] == changed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.yaml", "s.yaml"]


def test_a_pipe_is_written_to_not_replaced(tmp_path: Path) -> None:
    """Like `-o /dev/stdout`: what cannot be replaced by a rename is written directly."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    write_atomic(pipe, b"the BOM")
    reader.join(timeout=10)
    assert received == [b"the BOM"]
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_successful_save_replaces_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    path, old, changed = _existing(tmp_path)
    save_solution(changed, path)
    assert path.read_bytes() != old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.yaml"]
    reloaded, _ = load_solution(path)
    assert reloaded == changed


# --------------------------------------------------------------------------- items kept as written

KEPT_ITEMS = """\
format: solution/1
name: Kept items
catalog:
  id: tiny
  version: '1.0'
items:
  - capability: app
    mode: PRV
    quantity: 1
    origin: explicit
    customized: false
    discount: 0.0
    notes: ''
  - capability: db
    mode: PRV
    quantity: 1
    origin: auto
    customized: false
    discount: 0.0
    notes: ''
  - capability: net
    mode: SAAS
    quantity: 1
    origin: auto
    customized: false
    discount: 0.0
    notes: ''
  - capability: retired-thing
    mode: PUB
    quantity: 3
    origin: explicit
    partner: sample-delivery
    customized: false
    discount: 0.2
    notes: 已下线的能力
  - capability: impl
    mode: PRV
    quantity: ten
    origin: explicit
    notes: 数量写成了文字
"""


def test_unknown_capability_and_mode_are_kept_flagged_and_saved_unchanged(tmp_path: Path, tiny) -> None:
    root, catalog = tiny
    path = write(tmp_path / "kept.yaml", KEPT_ITEMS)
    findings, unreadable = findings_of(path, catalog)
    assert not unreadable
    by_code = {f.code: f for f in findings}

    unknown = by_code["SOL-UNKNOWN-001"]
    assert (unknown.severity.value, unknown.subject) == ("error", "retired-thing")
    assert (unknown.file, unknown.line, unknown.column) == (str(path), 28, 5)

    mode = by_code["MODE-AVAIL-010"]
    assert (mode.severity.value, mode.subject) == ("error", "net")
    assert (mode.file, mode.line, mode.column) == (str(path), 21, 5)
    assert "SAAS" in mode.message

    schema = by_code["SOL-TYPE-022"]
    assert (schema.file, schema.line, schema.column) == (str(path), 38, 15)

    solution, _ = load_solution(path)
    assert [i.capability for i in solution.items] == ["app", "db", "net", "retired-thing", "impl"]
    assert solution.items[-1].raw == {
        "capability": "impl",
        "mode": "PRV",
        "quantity": "ten",
        "origin": "explicit",
        "notes": "数量写成了文字",
    }
    save_solution(solution, path)
    assert path.read_bytes() == KEPT_ITEMS.encode("utf-8")


def test_kept_items_survive_edits(tmp_path: Path, tiny) -> None:
    """Resolution, adding and removing never drop what the user entered."""
    _, catalog = tiny
    solution, _ = parse_solution(KEPT_ITEMS, "kept.yaml")
    odd = [i for i in solution.items if i.capability in ("retired-thing", "impl")]

    def odd_items(s: Solution) -> list[tuple[Item, dict | None]]:
        return [(i, i.raw) for i in s.items if i.capability == "retired-thing" or not i.valid]

    expected = [(i, i.raw) for i in odd]
    assert odd_items(resolve(catalog, solution).solution) == expected
    assert odd_items(remove_item(catalog, solution, "app")) == expected
    added = add_item(catalog, solution, "impl").solution
    assert [(i, i.raw) for i in added.items if i.capability == "retired-thing" or not i.valid] == expected
    assert added.item("impl") is not None  # the valid new item sits beside the kept raw one
    text = to_text(added)
    assert "quantity: ten" in text and "retired-thing" in text


def test_schema_failing_item_is_written_back_verbatim(tmp_path: Path) -> None:
    text = """\
format: solution/1
name: Verbatim
catalog:
  id: tiny
  version: '1.0'
items:
  - capability: app
    quantity: ten
    mode: PRV
    origin: explicit
    colour: blue
    discount: lots
  - just a string
"""
    path = write(tmp_path / "v.yaml", text)
    solution, findings = load_solution(path)
    assert {f.code for f in findings} >= {"SOL-TYPE-022", "SOL-KEY-021"}
    assert all(not i.valid for i in solution.items)
    save_solution(solution, path)
    assert path.read_bytes() == text.encode("utf-8")


# --------------------------------------------------------------------------- catalog and defaults


@pytest.mark.parametrize("ident, version", [("tiny", "0.9"), ("other-catalog", "1.0")])
def test_solution_for_another_catalog_loads_with_a_warning(
    tmp_path: Path, tiny, capsys, ident: str, version: str
) -> None:
    root, catalog = tiny
    complete = to_text(parse_solution(BASE, "base.yaml")[0])  # app, db and net: no errors
    text = complete.replace("id: tiny", f"id: {ident}").replace("'1.0'", f"'{version}'")
    assert text != complete
    path = write(tmp_path / "other.yaml", text)
    solution, load_findings = load_solution(path)
    assert not load_findings
    assert (solution.catalog_id, solution.catalog_version) == (ident, version)
    findings, _ = findings_of(path, catalog)
    warnings = [f for f in findings if f.code == "SOL-CATALOG-006"]
    assert len(warnings) == 1
    warning = warnings[0]
    assert warning.severity.value == "warning"
    assert warning.file == str(path) and isinstance(warning.line, int) and warning.line >= 1
    assert f"{ident} {version}" in warning.message and "tiny 1.0" in warning.message
    code, document = check_json(capsys, path, root)
    assert code == 0  # a warning only
    assert "SOL-CATALOG-006" in {f["code"] for f in document["findings"]}
    # the solution keeps naming the catalog it was made for
    save_solution(solution, path)
    assert path.read_bytes() == text.encode("utf-8")


def test_missing_policy_means_hybrid_none_internet_and_is_not_written_back(tmp_path: Path, tiny) -> None:
    _, catalog = tiny
    solution, findings = parse_solution(MINIMAL, "m.yaml")
    assert not findings
    assert solution.policy == SolutionPolicy("hybrid", "none", "internet_allowed", None)
    assert not solution.policy_given
    assert "policy" not in to_text(solution)
    assert to_text(solution) == MINIMAL
    resolved = resolve(catalog, solution).solution
    assert "policy" not in to_text(resolved)
    bom = evaluate(catalog, solution).to_dict()
    assert {k: bom["policy"][k] for k in ("deployment", "xinchuang", "network")} == {
        "deployment": "hybrid",
        "xinchuang": "none",
        "network": "internet_allowed",
    }


def test_missing_discount_is_zero_and_missing_delivered_by_is_the_provider(tiny) -> None:
    _, catalog = tiny
    text = """\
format: solution/1
name: Defaults
catalog: {id: tiny, version: "1.0"}
items:
  - {capability: app, mode: PRV, quantity: 2, origin: explicit}
  - {capability: db, mode: PRV, quantity: 1, origin: auto}
  - {capability: net, mode: PUB, quantity: 3, origin: auto}
  - {capability: impl, mode: PRV, quantity: 1, origin: explicit}
"""
    solution, findings = parse_solution(text, "d.yaml")
    assert not findings
    assert all(i.discount == 0 for i in solution.items)
    assert all(i.delivered_by is None and i.partner is None for i in solution.items)
    assert all(i.customized is False and i.notes == "" for i in solution.items)
    lines = {line.capability: line for line in evaluate(catalog, solution).bom.lines}
    assert lines["app"].discount == 0 and lines["app"].one_time == 600000
    assert lines["net"].monthly == 300 and lines["net"].first_year == 3600
    for ident, line in lines.items():
        provider = catalog.capabilities[ident].provider
        assert line.delivered_by == provider, ident
        assert line.partner is (provider != "vendor"), ident
    assert lines["impl"].delivered_by == "delivery" and lines["impl"].partner is True
    assert lines["app"].delivered_by == "vendor" and lines["app"].partner is False


def test_delivered_by_override_wins_over_the_provider(tiny) -> None:
    _, catalog = tiny
    text = MINIMAL.replace("    origin: explicit\n", "    origin: explicit\n    delivered_by: delivery\n")
    solution, findings = parse_solution(text, "o.yaml")
    assert not findings
    line = evaluate(catalog, solution).bom.lines[0]
    assert (line.delivered_by, line.partner) == ("delivery", True)


# --------------------------------------------------------------------------- malformed files

BASE = """\
format: solution/1
name: Tiny bank
catalog:
  id: tiny
  version: "1.0"
items:
  - capability: app
    mode: PRV
    quantity: 1
    origin: explicit
  - capability: db
    mode: PRV
    quantity: 1
    origin: auto
  - capability: net
    mode: PRV
    quantity: 1
    origin: auto
"""


def variant(changes: dict[int, str | None] | None = None, append: str = "") -> str:
    """BASE with 1-based lines replaced (None drops a line) and lines appended at the end."""
    lines = BASE.splitlines()
    for number, text in (changes or {}).items():
        lines[number - 1] = text  # type: ignore[call-overload]
    body = "\n".join(line for line in lines if line is not None) + "\n"
    return body + (append + "\n" if append else "")


def without(first: int, last: int) -> dict[int, None]:
    return {n: None for n in range(first, last + 1)}


@dataclass(frozen=True)
class Bad:
    id: str
    build: Callable[[Path], Path]  # writes the input below a scratch dir, returns the path
    code: str
    line: int | None  # None: the finding has no position (a directory, a missing file)
    column: int | tuple[int, ...] | None
    rc: int = 1
    severity: str = "error"
    hint: str | None = None  # a substring the finding's hint must contain


def text(content: str) -> Callable[[Path], Path]:
    def build(scratch: Path) -> Path:
        return write(scratch / "solution.yaml", content)

    return build


def a_directory(scratch: Path) -> Path:
    path = scratch / "solution.yaml"
    path.mkdir()
    return path


def a_missing_file(scratch: Path) -> Path:
    return scratch / "no-such-solution.yaml"


BAD = [
    # wrong types
    Bad("items-not-a-list", text(variant(without(7, 18) | {6: "items: app"})), "SOL-TYPE-022", 6, 8),
    Bad("quantity-text", text(variant({9: "    quantity: ten"})), "SOL-TYPE-022", 9, 15),
    Bad("discount-text", text(variant(append="    discount: lots")), "SOL-TYPE-022", 19, 15),
    Bad("customized-yes-text", text(variant(append='    customized: "yes"')), "SOL-TYPE-022", 19, 17),
    Bad("name-a-number", text(variant({2: "name: 42"})), "SOL-TYPE-022", 2, 7, hint="quote"),
    Bad("catalog-version-a-number", text(variant({5: "  version: 1.0"})), "SOL-TYPE-022", 5, 12, hint="quote"),
    # unknown keys
    Bad(
        "unknown-top-key-close",
        text(variant(append="custmer: {name: Bank}")),
        "SOL-KEY-021",
        19,
        1,
        hint="did you mean 'customer'?",
    ),
    Bad("unknown-top-key-far", text(variant(append="colour: red")), "SOL-KEY-021", 19, 1, hint="allowed keys"),
    Bad(
        "unknown-item-key-close",
        text(variant(append="    discont: 0.1")),
        "SOL-KEY-021",
        19,
        5,
        hint="did you mean 'discount'?",
    ),
    Bad(
        "unknown-policy-key-close",
        text(variant(append="policy: {deploymnet: private}")),
        "SOL-KEY-021",
        19,
        10,
        hint="did you mean 'deployment'?",
    ),
    # unknown catalog references
    Bad("unknown-capability", text(variant({7: "  - capability: apps"})), "SOL-UNKNOWN-001", 7, 5),
    Bad("unknown-mode", text(variant({8: "    mode: PUB"})), "MODE-AVAIL-010", 7, 5, hint="PRV"),
    # missing required fields
    Bad("missing-format", text(variant({1: None})), "SOL-KEY-020", 1, 1),
    Bad("missing-name", text(variant({2: None})), "SOL-KEY-020", 1, 1),
    Bad("missing-catalog", text(variant(without(3, 5))), "SOL-KEY-020", 1, 1),
    Bad("missing-catalog-version", text(variant({5: None})), "SOL-KEY-020", 4, 3),
    Bad("missing-items", text(variant(without(6, 18))), "SOL-KEY-020", 1, 1),
    Bad("missing-item-capability", text(variant({15: "  - mode: PRV", 16: None})), "SOL-KEY-020", 15, 5),
    Bad("missing-item-mode", text(variant({16: None})), "SOL-KEY-020", 15, 5),
    Bad("missing-item-quantity", text(variant({17: None})), "SOL-KEY-020", 15, 5),
    Bad("missing-item-origin", text(variant({18: None})), "SOL-KEY-020", 15, 5),
    # enums
    Bad("wrong-format", text(variant({1: "format: solution/2"})), "SOL-ENUM-023", 1, 9),
    Bad(
        "bad-origin",
        text(variant({18: "    origin: explict"})),
        "SOL-ENUM-023",
        18,
        13,
        hint="did you mean 'explicit'?",
    ),
    Bad(
        "bad-deployment",
        text(variant(append="policy: {deployment: privat}")),
        "SOL-ENUM-023",
        19,
        22,
        hint="did you mean 'private'?",
    ),
    # YAML level
    Bad("yaml-syntax-error", text(variant({2: "name: Tiny: bank"})), "YAML-SYNTAX-001", 2, 11, rc=2),
    Bad("duplicate-key", text(variant(append="    mode: PUB")), "YAML-DUPKEY-002", 19, 5),
    Bad("duplicate-top-key", text(variant(append="name: Other bank")), "YAML-DUPKEY-002", 19, 1),
    # values the rules reject
    Bad(
        "duplicate-item",
        text(variant(append="  - {capability: db, mode: PUB, quantity: 2, origin: explicit}")),
        "SOL-DUP-005",
        19,
        5,
    ),
    Bad("quantity-too-large", text(variant({13: "    quantity: 2000000000"})), "SOL-RANGE-024", 13, 15),
    Bad("quantity-beyond-any-number", text(variant({13: "    quantity: " + "9" * 400})), "YAML-VALUE-013", 13, 15),
    Bad(
        "value-beyond-any-number", text(variant(append="value: {d: {i: " + "9" * 400 + "}}")), "YAML-VALUE-013", 19, 16
    ),
    Bad("discount-beyond-range", text(variant(append="    discount: -1.0e+300")), "SOL-RANGE-024", 19, 15),
    Bad("quantity-zero", text(variant({13: "    quantity: 0"})), "SOL-QTY-003", 11, 5),
    Bad("quantity-negative", text(variant({13: "    quantity: -2"})), "SOL-RANGE-024", 13, 15),
    Bad("discount-one", text(variant(append="    discount: 1")), "SOL-DISCOUNT-004", 15, 5),
    Bad("discount-negative", text(variant(append="    discount: -0.1")), "SOL-DISCOUNT-004", 15, 5),
    Bad("unknown-partner", text(variant(append="    partner: acme-delivery")), "SOL-PARTNER-007", 15, 5),
    Bad(
        "partner-share-inverted",
        text(variant(append="policy: {partner_share: {warn: 0.9, error: 0.1}}")),
        "SOL-SHARE-011",
        19,
        9,
    ),
    Bad("unknown-delivered-by", text(variant(append="    delivered_by: reseller")), "SOL-DELIVER-008", 15, 5),
    Bad(
        "partner-not-of-delivering-type",
        text(variant(append="    partner: sample-delivery")),
        "PTN-TYPE-043",
        15,
        5,
        rc=0,
        severity="warning",
    ),
    # the scenario id is the offending node: point at its key or its value
    Bad(
        "unknown-scenario",
        text(variant(append="scenario: scn-nope")),
        "SOL-SCENARIO-009",
        19,
        (1, 11),
        rc=0,
        severity="warning",
    ),
    # nothing to work with at all
    Bad("empty-file", text(""), "YAML-EMPTY-008", 1, 1, rc=2),
    Bad("comment-only-file", text("# nothing here yet\n"), "YAML-EMPTY-008", 1, 1, rc=2),
    Bad("null-document", text("null\n"), "YAML-EMPTY-008", 1, 1, rc=2),
    Bad("scalar-file", text("just a sentence\n"), "SOL-TYPE-022", 1, 1, rc=2),
    Bad("list-file", text("- capability: app\n- capability: db\n"), "SOL-TYPE-022", 1, 1, rc=2),
    Bad("directory", a_directory, "YAML-READ-010", None, None, rc=2),
    Bad("missing-file", a_missing_file, "YAML-READ-010", None, None, rc=2),
]

SUBPROCESS_CASES = ("quantity-text", "yaml-syntax-error", "empty-file", "directory", "missing-file", "unknown-scenario")


def _matches(finding: dict, case: Bad, path: Path) -> bool:
    if finding["code"] != case.code or finding["severity"] != case.severity:
        return False
    if finding["file"] != str(path):
        return False
    columns = case.column if isinstance(case.column, tuple) else (case.column,)
    if finding["line"] != case.line or finding["column"] not in columns:
        return False
    return case.hint is None or case.hint in (finding["hint"] or "")


def _described(findings: list[dict]) -> str:
    return "\n".join(
        f"{f['severity']} {f['code']} {f['file']}:{f['line']}:{f['column']} {f['message']} (hint: {f['hint']})"
        for f in findings
    )


def test_there_are_at_least_twenty_malformed_cases() -> None:
    assert len(BAD) >= 20
    assert len({case.id for case in BAD}) == len(BAD)


@pytest.mark.parametrize("case", BAD, ids=[case.id for case in BAD])
def test_malformed_solution(case: Bad, tmp_path: Path, tiny, capsys) -> None:
    root, catalog = tiny
    scratch = tmp_path / "work"
    scratch.mkdir()
    path = case.build(scratch)

    # the core API: located findings, or SolutionUnreadable exactly for unreadable input
    findings, unreadable = findings_of(path, catalog)
    assert unreadable is (case.rc == 2)
    api = [f.to_dict() for f in findings]
    assert any(_matches(f, case, path) for f in api), _described(api)

    # the CLI: exit code and the contract JSON carrying the same finding
    code, document = check_json(capsys, path, root)
    assert code == case.rc, _described(document["findings"])
    assert any(_matches(f, case, path) for f in document["findings"]), _described(document["findings"])
    errors = document["summary"]["errors"]
    assert (errors > 0) is (case.rc != 0)

    # text output: `FILE:LINE:COL: SEVERITY CODE message` lines, then a summary line
    code_text, out, err = run_cli(capsys, "check", path, "--catalog", root)
    assert code_text == case.rc
    assert "Traceback" not in out + err
    location = f"{path}:{case.line or 0}:"
    assert any(line.startswith(location) and f" {case.severity} {case.code} " in line for line in out.splitlines()), out


def test_a_null_item_is_reported_once_and_kept(tmp_path: Path, tiny) -> None:
    _, catalog = tiny
    path = write(tmp_path / "solution.yaml", variant(append="  - null"))
    findings, _ = findings_of(path, catalog)
    assert [f.code for f in findings if f.line == 19] == ["SOL-TYPE-022"]  # no "unknown capability ''"
    solution, _ = load_solution(path)
    assert to_text(solution).endswith("  - null\n")


def test_keys_read_as_written_in_messages(tmp_path: Path, tiny) -> None:
    _, catalog = tiny
    path = write(tmp_path / "solution.yaml", variant(append="yes: 1\n~: 2"))  # YAML 1.1: a boolean and a null
    findings, _ = findings_of(path, catalog)
    messages = [f.message for f in findings if f.code == "SOL-KEY-021"]
    assert messages == ["(top level): unknown key 'yes'", "(top level): unknown key '~'"]


def test_a_missing_catalog_is_reported_once(tmp_path: Path, tiny) -> None:
    _, catalog = tiny
    path = write(tmp_path / "solution.yaml", variant(without(3, 5)))
    findings, _ = findings_of(path, catalog)
    assert "SOL-KEY-020" in {f.code for f in findings}
    assert "SOL-CATALOG-006" not in {f.code for f in findings}  # no "made for catalog ' '" on top


@pytest.mark.parametrize(
    "case", [c for c in BAD if c.id in SUBPROCESS_CASES], ids=[c.id for c in BAD if c.id in SUBPROCESS_CASES]
)
def test_malformed_solution_in_a_subprocess(case: Bad, tmp_path: Path, make_catalog) -> None:
    root = make_catalog()
    scratch = tmp_path / "work"
    scratch.mkdir()
    path = case.build(scratch)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "configurator", "check", str(path), "--catalog", str(root), "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        timeout=TIMEOUT,
        env=env,
    )
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr
    assert result.returncode == case.rc, stderr
    document = json.loads(result.stdout.decode("utf-8"))
    assert_contract_shape(document)
    assert any(_matches(f, case, path) for f in document["findings"]), _described(document["findings"])


def test_every_problem_is_reported_not_only_the_first(tmp_path: Path, tiny, capsys) -> None:
    root, _ = tiny
    content = variant(
        {9: "    quantity: ten", 13: "    quantity: 0", 16: "    mode: SAAS"}, append="    discount: 2\ncolour: red"
    )
    path = write(tmp_path / "many.yaml", content)
    code, document = check_json(capsys, path, root)
    assert code == 1
    got = {(f["code"], f["line"], f["column"]) for f in document["findings"]}
    assert {
        ("SOL-TYPE-022", 9, 15),
        ("SOL-QTY-003", 11, 5),
        ("MODE-AVAIL-010", 15, 5),
        ("SOL-DISCOUNT-004", 15, 5),
        ("SOL-KEY-021", 20, 1),
    } <= got
