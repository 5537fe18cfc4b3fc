"""Malformed catalogs: every bad input gives located findings, never a traceback or a hang.

Each case writes a catalog directory under tmp_path and runs `python -m configurator validate
DIR --format json` as a subprocess (DESIGN.md §7): exit 1 for error findings, 2 for input that
cannot be read at all, no "Traceback" on stderr, JSON on stdout with the expected finding codes
(DESIGN.md §4), each pointing at the file and line where the input has one.

`timeout=10` on every run is a hang guard only, not a performance assertion.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from cli_helpers import cli
from tiny_catalog import TINY_CAPABILITIES, TINY_META, write_tree

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 10  # seconds; a hang guard, not a performance assertion


class _AnyLine:
    def __repr__(self) -> str:
        return "any line"


ANY_LINE = _AnyLine()  # the finding must carry some 1-based line, whichever
NO_LINE = None  # the input has no line to point at (a directory, a missing file)


# --------------------------------------------------------------------------- case model


@dataclass(frozen=True)
class Expect:
    """One finding that must be present among the error findings.

    `code` is a code or a tuple of acceptable codes; `file` is the catalog-relative file the
    finding must name (None: a directory-level finding without a file); `line` is an exact
    line, a tuple of acceptable lines, ANY_LINE or NO_LINE (not checked); `text` must occur
    in the message.
    """

    code: str | tuple[str, ...]
    file: str | None = None
    line: object = ANY_LINE
    text: str = ""  # a piece of the message, when the code alone does not say enough

    @property
    def codes(self) -> tuple[str, ...]:
        return (self.code,) if isinstance(self.code, str) else self.code

    def matches(self, finding: dict) -> bool:
        if finding.get("severity") != "error" or finding.get("code") not in self.codes:
            return False
        if finding.get("file") != self.file or self.text not in (finding.get("message") or ""):
            return False
        line = finding.get("line")
        if self.line is NO_LINE:
            return True
        if not isinstance(line, int) or line < 1:
            return False
        column = finding.get("column")
        if not isinstance(column, int) or column < 1:
            return False
        if self.line is ANY_LINE:
            return True
        if isinstance(self.line, tuple):
            return line in self.line
        return line == self.line


@dataclass(frozen=True)
class Case:
    id: str
    build: Callable[[Path], Path]  # writes the input below a scratch dir, returns the argument
    expect: tuple[Expect, ...]
    rc: int = 1
    needs: str | None = None  # an os feature the case needs ("mkfifo", "symlink")


def tree(files: dict[str, str | bytes], *, base: bool = True) -> Callable[[Path], Path]:
    """A catalog directory: the tiny valid catalog (unless base=False) plus `files`."""

    def build(scratch: Path) -> Path:
        root = scratch / "catalog"
        root.mkdir(parents=True, exist_ok=True)
        content: dict[str, str | bytes] = {"catalog.yaml": TINY_META, "content.yaml": TINY_CAPABILITIES} if base else {}
        content.update(files)
        return write_tree(root, content)

    return build


def with_extra(
    extra: Callable[[Path], None], files: dict[str, str | bytes] | None = None, *, base: bool = True
) -> Callable[[Path], Path]:
    """`tree(files)` and then `extra(root)` for things write_tree cannot make."""

    def build(scratch: Path) -> Path:
        root = tree(files or {}, base=base)(scratch)
        extra(root)
        return root

    return build


# --------------------------------------------------------------------------- inputs

# Random bytes with a fixed seed; the first byte that is not UTF-8 is where the finding points.
GARBAGE = random.Random(20261101).randbytes(4096)


def _first_bad_utf8(raw: bytes) -> tuple[int, int]:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        return line, error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
    raise AssertionError("the garbage happens to be valid UTF-8; pick another seed")


GARBAGE_LINE, _ = _first_bad_utf8(GARBAGE)

# A capability that validates cleanly beside the tiny catalog (see the positive test); the
# wrong-type cases each break one field of it. Line numbers are the ones written here.
GOOD_CAP = """\
capabilities:
  - id: bad
    name: {en: Bad, zh: 坏}
    category: base
    kind: atomic
    provider: vendor
    requires: [net]
    modes:
      PUB: {price_model: IM, unit: instance, billing: monthly, list_price: 10, lead_weeks: 1}
"""
MODES_BLOCK = (
    "    modes:\n      PUB: {price_model: IM, unit: instance, billing: monthly, list_price: 10, lead_weeks: 1}\n"
)
assert MODES_BLOCK in GOOD_CAP


def cap(*replacements: tuple[str, str]) -> str:
    text = GOOD_CAP
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new)
    return text


BILLION_LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{child}: &{child} [{', '.join(['*' + parent] * 10)}]\n"
    for parent, child in zip("abcdefgh", "bcdefghi", strict=True)
)

TWENTY_MB = 20 * 1024 * 1024


def _write_20mb(root: Path) -> None:
    line = b"  - {id: filler, name: {en: Filler, zh: Filler}}\n"
    with (root / "huge.yaml").open("wb") as out:
        out.write(b"capabilities:\n")
        out.write(line * (TWENTY_MB // len(line) + 1))
    assert (root / "huge.yaml").stat().st_size > TWENTY_MB


def _dir_named_yaml(root: Path) -> None:
    (root / "x.yaml").mkdir()
    (root / "x.yaml" / "notes.txt").write_text("not yaml\n", encoding="utf-8")


def _catalog_yaml_is_dir(root: Path) -> None:
    (root / "catalog.yaml").unlink()  # written by the tiny catalog; a directory takes its place
    (root / "catalog.yaml").mkdir()


def _dangling_symlink(root: Path) -> None:
    (root / "gone.yaml").symlink_to(root / "does-not-exist.yaml")


def _fifo(root: Path) -> None:
    os.mkfifo(root / "pipe.yaml")


def _missing_dir(scratch: Path) -> Path:
    return scratch / "no-such-catalog"


def _file_not_dir(scratch: Path) -> Path:
    scratch.mkdir(parents=True, exist_ok=True)
    path = scratch / "catalog.yaml"
    path.write_text(TINY_META, encoding="utf-8")
    return path


def _empty_dir(scratch: Path) -> Path:
    root = scratch / "catalog"
    root.mkdir(parents=True)
    return root


LATIN1 = "capabilities:\n  - id: café\n".encode("latin-1")  # 0xe9 at line 2, column 12
GBK = "capabilities:\n  - id: gbk\n    name: {en: Network, zh: 网络}\n".encode(
    "gbk"
)  # 网 = 0xcd 0xf8: not UTF-8 at line 3, column 29


def nest_mappings(depth: int, indent: int) -> str:
    keys = "".join(" " * (indent * i) + f"k{i}:\n" for i in range(depth))
    return keys + " " * (indent * depth) + "v\n"


# --------------------------------------------------------------------------- cases

E = Expect

CASES: list[Case] = [
    # ---- bytes that are not YAML text
    Case("garbage-bytes", tree({"garbage.yaml": GARBAGE}), (E("YAML-ENCODING-006", "garbage.yaml", GARBAGE_LINE),)),
    Case("nul-bytes", tree({"nul.yaml": b"capabilities:\n  - id: a\x00b\n"}), (E("YAML-SYNTAX-001", "nul.yaml", 2),)),
    Case("latin1-bytes", tree({"latin1.yaml": LATIN1}), (E("YAML-ENCODING-006", "latin1.yaml", 2),)),
    Case("gbk-bytes", tree({"gbk.yaml": GBK}), (E("YAML-ENCODING-006", "gbk.yaml", 3),)),
    Case(
        "utf16-file", tree({"catalog.yaml": TINY_META.encode("utf-16")}), (E("YAML-ENCODING-006", "catalog.yaml", 1),)
    ),
    # ---- files without data
    Case("empty-catalog-yaml", tree({"catalog.yaml": b""}), (E("YAML-EMPTY-008", "catalog.yaml", 1),)),
    Case("empty-file-beside-valid-catalog", tree({"extra.yaml": b""}), (E("YAML-EMPTY-008", "extra.yaml", 1),)),
    Case(
        "whitespace-and-comments-only",
        tree({"notes.yaml": "# only a comment\n   \n\t\n# another\n\n"}),
        (E("YAML-EMPTY-008", "notes.yaml", 1),),
    ),
    # ---- size, aliases, depth
    Case("file-of-20-mb", with_extra(_write_20mb), (E("YAML-SIZE-005", "huge.yaml", 1),)),
    Case("billion-laughs", tree({"bomb.yaml": BILLION_LAUGHS}), (E("YAML-ALIAS-004", "bomb.yaml", 1),)),
    Case("recursive-alias", tree({"loop.yaml": "capabilities: &a [*a]\n"}), (E("YAML-RECURSIVE-011", "loop.yaml", 1),)),
    Case(
        "flow-nesting-50000",
        tree({"deep.yaml": "capabilities: " + "[" * 50_000 + "]" * 50_000 + "\n"}),
        (E("YAML-DEPTH-007", "deep.yaml", ANY_LINE),),
    ),
    Case(
        "block-nesting-5000", tree({"deep.yaml": "- " * 5_000 + "x\n"}), (E("YAML-DEPTH-007", "deep.yaml", ANY_LINE),)
    ),
    Case(
        "indented-mappings-300",
        tree({"deep.yaml": nest_mappings(300, 2)}),
        (E("YAML-DEPTH-007", "deep.yaml", ANY_LINE),),
    ),
    # 150 levels is over the limit of 100 although each level is indented by one space only.
    Case(
        "indented-mappings-150-one-space",
        tree({"deep.yaml": nest_mappings(150, 1)}),
        (E("YAML-DEPTH-007", "deep.yaml", ANY_LINE),),
    ),
    # ---- tags: nothing is constructed from them
    Case(
        "tag-python-object-apply",
        tree({"evil.yaml": 'capabilities:\n  - !!python/object/apply:os.system ["echo hi"]\n'}),
        (E("YAML-TAG-003", "evil.yaml", 2),),
    ),
    Case(
        "tag-python-name",
        tree({"evil.yaml": "capabilities:\n  - !!python/name:os.system\n"}),
        (E("YAML-TAG-003", "evil.yaml", 2),),
    ),
    Case("tag-custom-foo", tree({"tag.yaml": "capabilities:\n  - !foo bar\n"}), (E("YAML-TAG-003", "tag.yaml", 2),)),
    Case(
        "tag-binary", tree({"tag.yaml": "capabilities:\n  - !!binary aGVsbG8=\n"}), (E("YAML-TAG-003", "tag.yaml", 2),)
    ),
    Case("tag-set", tree({"tag.yaml": "capabilities:\n  - !!set {a, b}\n"}), (E("YAML-TAG-003", "tag.yaml", 2),)),
    Case(
        "tag-omap", tree({"tag.yaml": "capabilities:\n  - !!omap [a: 1, b: 2]\n"}), (E("YAML-TAG-003", "tag.yaml", 2),)
    ),
    # Standard tags on values they cannot hold: a located YAML error, not a ValueError.
    Case(
        "tag-int-on-text", tree({"tag.yaml": "capabilities:\n  - !!int abc\n"}), (E("YAML-VALUE-013", "tag.yaml", 2),)
    ),
    Case(
        "tag-float-on-text",
        tree({"tag.yaml": "capabilities:\n  - !!float abc\n"}),
        (E("YAML-VALUE-013", "tag.yaml", 2),),
    ),
    Case(
        "tag-bool-on-text",
        tree({"tag.yaml": "capabilities:\n  - !!bool maybe\n"}),
        (E("YAML-VALUE-013", "tag.yaml", 2),),
    ),
    Case(
        "tag-timestamp-invalid-date",
        tree({"tag.yaml": "capabilities:\n  - !!timestamp 2026-13-45\n"}),
        (E("YAML-VALUE-013", "tag.yaml", 2),),
    ),
    Case(
        "tag-map-on-sequence",
        tree({"tag.yaml": "capabilities:\n  - !!map [a, b]\n"}),
        (E("YAML-VALUE-013", "tag.yaml", 2),),
    ),
    Case(
        "tag-seq-on-mapping",
        tree({"tag.yaml": "capabilities:\n  - !!seq {a: 1}\n"}),
        (E("YAML-VALUE-013", "tag.yaml", 2),),
    ),
    # ---- syntax
    Case(
        "tab-indentation",
        tree({"tabs.yaml": "capabilities:\n\t- id: tabbed\n"}),
        (E("YAML-SYNTAX-001", "tabs.yaml", 2),),
    ),
    # The scanner notices an unclosed quote at the end of the stream; either place is fine.
    Case(
        "unclosed-quote",
        tree({"quote.yaml": 'capabilities:\n  - id: "abc\n    name: x\n'}),
        (E("YAML-SYNTAX-001", "quote.yaml", (2, 3, 4)),),
    ),
    Case("undefined-alias", tree({"alias.yaml": "capabilities: *nope\n"}), (E("YAML-SYNTAX-001", "alias.yaml", 1),)),
    Case(
        "two-documents",
        tree({"docs.yaml": "capabilities: []\n---\ninterfaces: []\n"}),
        (E("YAML-SYNTAX-001", "docs.yaml", 2),),
    ),
    # ---- keys
    Case(
        "duplicate-key-in-entry",
        tree({"dup.yaml": "capabilities:\n  - id: dup\n    id: dup2\n"}),
        (E("YAML-DUPKEY-002", "dup.yaml", 3),),
    ),
    Case(
        "duplicate-top-level-section",
        tree({"dup.yaml": "interfaces: []\ninterfaces: []\n"}),
        (E("YAML-DUPKEY-002", "dup.yaml", 2),),
    ),
    Case(
        "mapping-as-key", tree({"key.yaml": "capabilities: []\n? {a: 1}\n: x\n"}), (E("YAML-KEY-009", "key.yaml", 2),)
    ),
    Case("sequence-as-key", tree({"key.yaml": "capabilities: []\n[a, b]: x\n"}), (E("YAML-KEY-009", "key.yaml", 2),)),
    # ---- top-level shape and schema
    Case("scalar-top-level", tree({"scalar.yaml": "just some text\n"}), (E("CAT-TYPE-022", "scalar.yaml", 1),)),
    Case("list-top-level", tree({"list.yaml": "- a\n- b\n"}), (E("CAT-TYPE-022", "list.yaml", 1),)),
    Case("catalog-yaml-is-a-list", tree({"catalog.yaml": "- format\n- id\n"}), (E("CAT-TYPE-022", "catalog.yaml", 1),)),
    Case(
        "catalog-yaml-missing-every-required-key",
        tree({"catalog.yaml": "vendor: {name: {en: X, zh: 某}}\n"}),
        tuple(
            E("CAT-KEY-020", "catalog.yaml", 1, f"'{key}'")
            for key in ("format", "id", "version", "name", "currency", "categories")
        ),
    ),
    Case(
        "capabilities-is-a-string", tree({"bad.yaml": "capabilities: net, db\n"}), (E("CAT-TYPE-022", "bad.yaml", 1),)
    ),
    Case(
        "modes-is-a-list",
        tree({"bad.yaml": cap((MODES_BLOCK, "    modes: [PUB, PRV]\n"))}),
        (E("CAT-TYPE-022", "bad.yaml", 8),),
    ),
    Case(
        "list-price-is-text",
        tree({"bad.yaml": cap(("list_price: 10", "list_price: ten yuan"))}),
        (E("CAT-TYPE-022", "bad.yaml", 9),),
    ),
    Case(
        "list-price-is-nan",
        tree({"bad.yaml": cap(("list_price: 10", "list_price: .nan"))}),
        (E("YAML-VALUE-013", "bad.yaml", 9),),
    ),
    Case(
        "name-is-plain-string",
        tree({"bad.yaml": cap(("name: {en: Bad, zh: 坏}", "name: Bad"))}),
        (E("CAT-TYPE-022", "bad.yaml", 3),),
    ),
    Case(
        "requires-is-a-string",
        tree({"bad.yaml": cap(("requires: [net]", "requires: net"))}),
        (E("CAT-TYPE-022", "bad.yaml", 7),),
    ),
    Case(
        "lead-weeks-negative",
        tree({"bad.yaml": cap(("lead_weeks: 1", "lead_weeks: -3"))}),
        (E("CAT-RANGE-024", "bad.yaml", 9),),
    ),
    Case("boolean-id", tree({"bad.yaml": cap(("id: bad", "id: yes"))}), (E("CAT-TYPE-022", "bad.yaml", 2),)),
    Case(
        "huge-integer",
        tree({"bad.yaml": cap(("lead_weeks: 1", "lead_weeks: " + "9" * 5_000))}),
        (E("YAML-VALUE-013", "bad.yaml", 9),),
    ),
    Case(
        "wrong-types-everywhere",
        tree(
            {
                "catalog.yaml": TINY_META.replace('version: "1.0"', "version: 1.0"),
                "a.yaml": "capabilities: net, db\n",
                "b.yaml": cap(
                    ("id: bad", "id: yes"),
                    ("name: {en: Bad, zh: 坏}", "name: Bad"),
                    ("requires: [net]", "requires: net"),
                    ("list_price: 10", "list_price: ten"),
                    ("lead_weeks: 1", "lead_weeks: -3"),
                ),
                "c.yaml": cap(("id: bad", "id: bad-c"), (MODES_BLOCK, "    modes: [PUB, PRV]\n")),
            }
        ),
        (
            E("CAT-TYPE-022", "catalog.yaml", 3),
            E("CAT-TYPE-022", "a.yaml", 1),
            E("CAT-TYPE-022", "b.yaml", 2),
            E("CAT-TYPE-022", "b.yaml", 3),
            E("CAT-TYPE-022", "b.yaml", 7),
            E("CAT-TYPE-022", "b.yaml", 9),
            E("CAT-RANGE-024", "b.yaml", 9),
            E("CAT-TYPE-022", "c.yaml", 8),
        ),
    ),
    # ---- directories and files that cannot be read
    Case("missing-catalog-directory", _missing_dir, (E("CAT-DIR-010", None, NO_LINE),), rc=2),
    Case("file-instead-of-directory", _file_not_dir, (E("CAT-DIR-010", None, NO_LINE),), rc=2),
    Case("empty-directory", _empty_dir, (E("CAT-DIR-011", None, NO_LINE),)),
    Case(
        "only-non-yaml-files",
        tree({"README.md": "# catalog\n", "catalog.yml": TINY_META, "content.json": "{}\n"}, base=False),
        (E("CAT-DIR-011", None, NO_LINE),),
    ),
    Case("no-catalog-yaml", tree({"content.yaml": TINY_CAPABILITIES}, base=False), (E("CAT-DIR-011", None, NO_LINE),)),
    Case("directory-named-x-yaml", with_extra(_dir_named_yaml), (E("YAML-READ-010", "x.yaml", NO_LINE),)),
    Case(
        "catalog-yaml-is-a-directory", with_extra(_catalog_yaml_is_dir), (E("YAML-READ-010", "catalog.yaml", NO_LINE),)
    ),
    Case(
        "dangling-symlink", with_extra(_dangling_symlink), (E("YAML-READ-010", "gone.yaml", NO_LINE),), needs="symlink"
    ),
    # A FIFO reports a size of 0 and would block read_bytes() forever.
    Case("fifo-named-yaml", with_extra(_fifo), (E("YAML-READ-010", "pipe.yaml", NO_LINE),), needs="mkfifo"),
]


def _skip_if_unsupported(case: Case) -> None:
    if case.needs == "mkfifo" and not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    if case.needs == "symlink" and sys.platform == "win32":
        pytest.skip("symlinks need privileges on Windows")


def validate(target: Path, fmt: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(
            [sys.executable, "-m", "configurator", "validate", str(target), "--format", fmt],
            cwd=ROOT,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"validate {target} did not finish within {TIMEOUT}s (hang guard)")


def _show(findings: list[dict]) -> str:
    return (
        "\n".join(
            f"  {f.get('severity')} {f.get('code')} {f.get('file')}:{f.get('line')}:"
            f"{f.get('column')} {f.get('message')}"
            for f in findings
        )
        or "  (none)"
    )


# --------------------------------------------------------------------------- tests


def test_at_least_32_cases():
    assert len(CASES) >= 32
    assert len({case.id for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_malformed_catalog(case: Case, tmp_path: Path):
    _skip_if_unsupported(case)
    target = case.build(tmp_path)
    result = validate(target, "json")

    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == case.rc, (
        f"exit {result.returncode}, expected {case.rc}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    )
    try:
        document = json.loads(result.stdout)
    except json.JSONDecodeError as error:
        pytest.fail(f"stdout is not JSON ({error}):\n{result.stdout[:2000]}\nstderr:\n{result.stderr[-2000:]}")
    findings = document["findings"]
    errors = [f for f in findings if f.get("severity") == "error"]
    assert errors, "no error finding:\n" + _show(findings)
    assert document["summary"]["errors"] == len(errors)

    unused = list(errors)
    for expect in case.expect:
        match = next((f for f in unused if expect.matches(f)), None)
        assert match is not None, (
            f"no error finding {expect.codes} in {expect.file!r} at line {expect.line!r}; found:\n" + _show(findings)
        )
        unused.remove(match)  # repeated expectations need as many findings


def test_python_tags_run_nothing(tmp_path: Path):
    """The object/apply tag must not run its command: a marker file stays absent."""
    marker = tmp_path / "ran"
    evil = f'capabilities:\n  - !!python/object/apply:os.system ["touch {marker}"]\n'
    root = tree({"evil.yaml": evil})(tmp_path)
    result = validate(root, "json")
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1
    assert not marker.exists()
    assert any(f["code"] == "YAML-TAG-003" for f in json.loads(result.stdout)["findings"])


POSITIVE = {
    "tiny-catalog": {},
    "bom-prefixed-catalog-yaml": {"catalog.yaml": b"\xef\xbb\xbf" + TINY_META.encode("utf-8")},
    "bom-prefixed-content": {"content.yaml": b"\xef\xbb\xbf" + TINY_CAPABILITIES.encode("utf-8")},
    "unmutated-wrong-type-fixture": {"bad.yaml": GOOD_CAP},
    # Brackets in a comment and in quoted text are not nesting.
    "brackets-in-comment-and-text": {
        "bad.yaml": GOOD_CAP + "# " + "[" * 150 + "\n" + '    description: {en: "' + "{[" * 100 + '", zh: 说明}\n'
    },
}


@pytest.mark.parametrize("files", POSITIVE.values(), ids=POSITIVE.keys())
def test_valid_inputs_do_not_error(files: dict[str, str | bytes], tmp_path: Path):
    root = tree(files)(tmp_path)
    result = validate(root, "json")
    assert "Traceback" not in result.stderr, result.stderr
    document = json.loads(result.stdout)
    errors = [f for f in document["findings"] if f["severity"] == "error"]
    assert result.returncode == 0 and not errors, _show(document["findings"])


LINE = re.compile(r"^[^:]+:\d+:\d+: (error|warning|info) [A-Z]+-[A-Z]+-\d{3} .+")
SUMMARY = re.compile(r"^catalog .+: \d+ errors?, \d+ warnings?, \d+ infos?$")


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_text_output_of_every_case(case: Case, tmp_path: Path):
    """In-process (the JSON test above runs each case in a child process with a hang guard):
    one well-formed line per finding, then the summary line."""
    _skip_if_unsupported(case)
    result = cli("validate", case.build(tmp_path), "--format", "text")
    assert "Traceback" not in result.err, result.err
    assert result.code == case.rc
    lines = result.out.splitlines()
    assert lines and SUMMARY.match(lines[-1]), lines[-1:]
    assert len(lines) >= 2, "no finding lines"
    for line in lines[:-1]:
        assert LINE.match(line) or line.startswith("-:0:0:"), line[:200]


def test_text_output_in_a_real_process(tmp_path: Path):
    """The console script's text output, once end to end: findings, then the summary."""
    root = tree({"bad.yaml": cap(("lead_weeks: 1", "lead_weeks: -3"))})(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "configurator", "validate", str(root), "--format", "text"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
    )
    lines = result.stdout.splitlines()
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert [line for line in lines[:-1] if LINE.match(line)] == lines[:-1] and SUMMARY.match(lines[-1])
    assert any(" error CAT-RANGE-024 " in line and line.startswith("bad.yaml:9:") for line in lines)
