"""YAML reading and writing under hostile input: located findings, bounded memory, and text
that every YAML reader (1.1 and 1.2) reads back as the same text."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import jsonschema
import pytest
from cli_helpers import cli
from ruamel.yaml import YAML

from configurator.core.solution_file import load_solution, parse_solution, save_solution
from configurator.core.yamlio import MAX_FILE_BYTES, dump, parse_text
from configurator.paths import schema_path

ROOT = Path(__file__).resolve().parents[2]

DIGITLESS_TAGS = ["!!float ''", "!!int ''", "!!int '-'", "!!int '+'", "!!int '_'", "!!float '_'", "!!float '+_'"]


@pytest.mark.parametrize("tagged", DIGITLESS_TAGS)
def test_tagged_scalar_without_digits_is_a_located_finding(tagged: str) -> None:
    data, findings = parse_text(f"items:\n  - quantity: {tagged}\n", "f.yaml")
    assert [(f.code, f.line, f.column) for f in findings] == [("YAML-VALUE-013", 2, 15)]
    assert "not a number" in findings[0].message
    assert data["items"][0]["quantity"] is None


@pytest.mark.parametrize("tagged", DIGITLESS_TAGS[:3])
def test_tagged_scalar_in_a_catalog_and_a_solution_exits_1_without_traceback(
    tagged: str, make_catalog, tmp_path: Path
) -> None:
    root = make_catalog({"extra.yaml": f"capabilities:\n  - id: x\n    modes: {tagged}\n"})
    run = cli("validate", root, "--format", "json")
    assert run.code == 1 and "Traceback" not in run.err
    found = [(f["code"], f["file"], f["line"]) for f in json.loads(run.out)["findings"]]
    assert ("YAML-VALUE-013", "extra.yaml", 3) in found

    solution = tmp_path / "s.yaml"
    solution.write_text(
        f"format: solution/1\nname: x\nitems:\n  - {{capability: net, mode: PRV, quantity: {tagged}}}\n",
        encoding="utf-8",
    )
    run = cli("check", solution, "--catalog", make_catalog(), "--format", "json")
    assert run.code == 1 and "Traceback" not in run.err
    found = [(f["code"], f["line"]) for f in json.loads(run.out)["findings"]]
    assert ("YAML-VALUE-013", 4) in found


def test_depth_scan_of_a_file_just_under_the_limit_needs_little_memory() -> None:
    """A long quoted string and a comment of brackets once cost the depth scan ~130 bytes a
    character (1 GB for 7.9 MiB); the scan now allocates no copy of the text."""
    filler = MAX_FILE_BYTES - 200_000
    text = 'name: "' + "x" * filler + '"\n# ' + "[" * 100 + "\nitems: []\n"
    tracemalloc.start()
    try:
        data, findings = parse_text(text, "big.yaml")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert findings == [] and len(data["name"]) == filler
    assert peak < 3 * len(text)  # the text itself and the parsed string, not a multiple per character


@pytest.mark.parametrize(
    ("text", "deep"),
    [
        ("a: " + "[" * 101 + "]" * 101 + "\n", True),
        ("a: '" + "[" * 101 + "'\n", False),  # inside quotes
        ('a: "' + "[" * 101 + '"\n', False),
        ("a: 1 # " + "[" * 101 + "\n", False),  # a comment
        ("a: b#" + "[" * 101 + "\n", True),  # `#` inside plain text starts no comment
        ("a: [it's, " + "[" * 101 + "'x']\n", True),  # an apostrophe inside plain text starts no quote
    ],
)
def test_depth_bound_ignores_only_real_quotes_and_comments(text: str, deep: bool) -> None:
    _, findings = parse_text(text, "d.yaml")
    assert ("YAML-DEPTH-007" in [f.code for f in findings]) is deep


# Strings a YAML 1.2 reader would take for numbers, booleans or null if written plainly.
LOOKS_LIKE_DATA_IN_YAML_12 = [
    *("1e3", "12e5", "0o17", "0x1F", "+12", ".5", "1.", "-.inf", ".NaN", "TRUE", "Null", "~"),
    *("1_0e5", "1_000.5e3", "0o1_7", "0_8", "._1"),  # ruamel.yaml reads underscores in numbers
]
TEXT_WITH_BREAKS = ["a\x85b", "line\u2028sep", "para\u2029sep", "nel at end\x85", "mixed\nnew\x85line"]
NON_CHARACTERS = ["\ufffe", "x\uffffy"]


def _ruamel(text: str):
    return YAML(typ="safe", pure=True).load(io.StringIO(text))


@pytest.mark.parametrize(
    "value", [*LOOKS_LIKE_DATA_IN_YAML_12, *TEXT_WITH_BREAKS, *NON_CHARACTERS, "yes", "2026-06-30"]
)
def test_dumped_text_reads_back_as_the_same_text_in_yaml_11_and_12(value: str) -> None:
    document = {"key": value, value: [value]}
    text = dump(document)
    assert parse_text(text, "t.yaml") == (document, [])
    assert _ruamel(text) == document


def test_ids_that_look_like_numbers_give_files_that_pass_the_solution_schema_in_yaml_12(tmp_path: Path) -> None:
    solution, findings = parse_solution(
        "format: solution/1\nname: '1e3'\ncatalog: {id: '0o17', version: '1e3'}\n"
        "items:\n  - {capability: '12e5', mode: PRV, quantity: 1, origin: explicit}\n",
        "s.yaml",
    )
    assert findings == []
    path = tmp_path / "saved.yaml"
    save_solution(solution, path)
    data = _ruamel(path.read_text(encoding="utf-8"))
    schema = json.loads(schema_path("solution.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert data["name"] == "1e3" and data["items"][0]["capability"] == "12e5"


def test_yaml_bom_of_ids_that_look_like_numbers_is_text_in_yaml_12(tmp_path: Path, make_catalog) -> None:
    root = make_catalog(
        {
            "numbers.yaml": "capabilities:\n  - id: 0o17\n    name: {en: '1e3', zh: '0x1F'}\n    category: base\n"
            "    kind: atomic\n    provider: vendor\n    modes:\n"
            "      PUB: {price_model: IM, unit: 12e5, billing: monthly, list_price: 1, lead_weeks: 1}\n"
        }
    )
    solution = tmp_path / "s.yaml"
    solution.write_text(
        "format: solution/1\nname: n\ncatalog: {id: tiny, version: '1.0'}\n"
        "items:\n  - {capability: '0o17', mode: PUB, quantity: 1, origin: explicit}\n"
    )
    run = cli("bom", solution, "--catalog", root, "--format", "yaml")
    assert "Traceback" not in run.err
    line = _ruamel(run.out)["lines"][0]
    assert (line["capability"], line["unit"]) == ("0o17", "12e5")


def test_unicode_line_breaks_in_notes_survive_save_and_reload(tmp_path: Path) -> None:
    solution, _ = parse_solution(
        "format: solution/1\nname: n\ncatalog: {id: tiny, version: '1.0'}\n"
        "items:\n  - {capability: net, mode: PRV, quantity: 1, origin: explicit}\n",
        "s",
    )
    notes = "first\x85second\u2028third\u2029fourth"
    changed = solution.replace_item("net", notes=notes)
    path = tmp_path / "notes.yaml"
    save_solution(changed, path)
    reloaded, findings = load_solution(path)
    assert findings == [] and reloaded.items[0].notes == notes


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("format: solution/1\nname", 2, 5),  # cut inside a key, no final line break
        ("a: [1, 2\n", 1, 9),  # an unclosed flow sequence
        ("a: [1,\n\n\n", 1, 7),  # blank lines after it
        ("a: [1,\r\n", 1, 7),
        ("a: [1,\x85", 1, 7),  # NEL breaks a line for YAML
    ],
)
def test_a_syntax_error_at_the_end_of_the_file_points_inside_it(text: str, line: int, column: int) -> None:
    _, [finding] = parse_text(text, "cut.yaml")
    assert (finding.code, finding.line, finding.column) == ("YAML-SYNTAX-001", line, column)


@pytest.mark.parametrize(
    "line",
    ["a: x" + '\\"' * 200_000, "a: " + ' "' * 200_000, "a: " + " '" * 200_000, 'a: "' + "x\\" * 200_000],
    ids=["escaped quotes", "open double quotes", "open single quotes", "backslashes in a quote"],
)
def test_the_depth_scan_of_quotes_that_never_close_ends(line: str, tmp_path: Path) -> None:
    """Each such quote once rescanned the rest of its line (400 KB: minutes). Run in a child
    process with a timeout that is a hang guard, not a performance assertion."""
    path = tmp_path / "quotes.yaml"
    path.write_text(line + "\n# " + "[" * 101 + "\n", encoding="utf-8")
    code = (
        "import sys, pathlib; from configurator.core.yamlio import read_file; read_file(pathlib.Path(sys.argv[1]), 'q')"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr
