"""Reading catalog files: every YAML-* finding from one catalog each, precisely located, and
the YAML reader's edge cases (tags and null keys, encoding columns, nesting depth).

Positions are 1-based (line, column), counted by hand from the snippets; the lines of `EXTRA`
are listed in catalog_support.py.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from catalog_support import EXTRA, PROJECT_ROOT, Case, assert_reported_and_located, codes, load, only, where

ALIAS_BOMB = """\
a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
"""
LIMIT = 8 * 1024 * 1024


CASES = {
    "syntax-mapping-value": Case(
        {"broken.yaml": "capabilities: foo: bar\n"},
        "YAML-SYNTAX-001",
        "error",
        ("broken.yaml", 1, 18),
        re.compile(r"YAML syntax error: mapping values are not allowed"),
    ),
    "syntax-tab-indent": Case(
        {"broken.yaml": "interfaces:\n  - id: q\n\tname: {en: Q, zh: 问}\n"},
        "YAML-SYNTAX-001",
        "error",
        ("broken.yaml", 3, 1),
        re.compile(r"YAML syntax error: .*tab"),
    ),
    "syntax-control-character": Case(
        {"broken.yaml": "interfaces:\n  - id: q\n    name: {en: \x07Q, zh: 问}\n"},
        "YAML-SYNTAX-001",
        "error",
        ("broken.yaml", 3, 16),
        re.compile(r"YAML syntax error: .*#x0007"),
    ),
    "dupkey": Case(
        {"extra.yaml": EXTRA + "    kind: service\n"},
        "YAML-DUPKEY-002",
        "error",
        ("extra.yaml", 9, 5),
        "duplicate key 'kind' (first defined at line 5)",
    ),
    "tag-python-object": Case(
        {"extra.yaml": EXTRA + "    tags: [!!python/object/apply:os.system [echo hi]]\n"},
        "YAML-TAG-003",
        "error",
        ("extra.yaml", 9, 12),
        "tag '!!python/object/apply:os.system' is not allowed; only plain YAML data is accepted",
        also=("CAT-TYPE-022",),
    ),
    "tag-binary": Case(
        {"extra.yaml": EXTRA + "    tags: [!!binary aGk=]\n"},
        "YAML-TAG-003",
        "error",
        ("extra.yaml", 9, 12),
        "tag '!!binary' is not allowed; only plain YAML data is accepted",
        also=("CAT-TYPE-022",),
    ),
    "tag-set": Case(
        {"odd.yaml": "interfaces: !!set {a, b}\n"},
        "YAML-TAG-003",
        "error",
        ("odd.yaml", 1, 13),
        "tag '!!set' is not allowed; only plain YAML data is accepted",
        also=("CAT-TYPE-022",),
    ),
    "tag-local": Case(
        {"odd.yaml": "interfaces: !custom [a]\n"},
        "YAML-TAG-003",
        "error",
        ("odd.yaml", 1, 13),
        "tag '!custom' is not allowed; only plain YAML data is accepted",
        also=("CAT-TYPE-022",),
    ),
    "alias-bomb": Case(
        # nodes: root 1 + 5 keys + a 11 + b 111 + c 1111 + d 11111 + e 111111 = 123461
        {"bomb.yaml": ALIAS_BOMB},
        "YAML-ALIAS-004",
        "error",
        ("bomb.yaml", 1, 1),
        "aliases expand to 123461 nodes (limit 100000); refusing a possible alias bomb",
    ),
    "size": Case(
        {"huge.yaml": b"#" * (LIMIT + 1)},
        "YAML-SIZE-005",
        "error",
        ("huge.yaml", 1, 1),
        f"file is {LIMIT + 1} bytes, more than the limit of {LIMIT} bytes",
        hint="split the file into smaller files",
    ),
    "encoding": Case(
        # offset: "capabilities:\n" is 14 bytes, "  - id: caf" 11 more
        {"latin1.yaml": b"capabilities:\n  - id: caf\xe9\n"},
        "YAML-ENCODING-006",
        "error",
        ("latin1.yaml", 2, 12),
        "file is not valid UTF-8 (byte 0xe9 at offset 25)",
    ),
    "depth-flow": Case(
        {"deep.yaml": "capabilities: " + "[" * 101 + "]" * 101 + "\n"},
        "YAML-DEPTH-007",
        "error",
        ("deep.yaml", 1, 1),
        "data is nested more than 100 levels deep",
    ),
    "depth-block": Case(
        {"deep.yaml": "capabilities:\n  " + "- " * 101 + "x\n"},
        "YAML-DEPTH-007",
        "error",
        ("deep.yaml", 1, 1),
        "data is nested more than 100 levels deep",
    ),
    "empty-comment-only": Case(
        {"empty.yaml": "# nothing here yet\n"}, "YAML-EMPTY-008", "error", ("empty.yaml", 1, 1), "file holds no data"
    ),
    "empty-zero-bytes": Case({"empty.yaml": ""}, "YAML-EMPTY-008", "error", ("empty.yaml", 1, 1), "file holds no data"),
    "empty-null-document": Case(
        {"empty.yaml": "~  # only a null\n"}, "YAML-EMPTY-008", "error", ("empty.yaml", 1, 1), "file holds no data"
    ),
    "key-sequence": Case(
        {"extra.yaml": EXTRA + "    ? [a, b]\n    : c\n"},
        "YAML-KEY-009",
        "error",
        ("extra.yaml", 9, 7),
        "mapping key must be a plain scalar, found a sequence",
    ),
    "key-mapping": Case(
        {"extra.yaml": EXTRA + "    ? {a: b}\n    : c\n"},
        "YAML-KEY-009",
        "error",
        ("extra.yaml", 9, 7),
        "mapping key must be a plain scalar, found a mapping",
    ),
    "key-merge-scalar": Case(
        {"extra.yaml": EXTRA + "    <<: [1]\n"},
        "YAML-KEY-009",
        "error",
        ("extra.yaml", 9, 10),
        "mapping key must be a plain scalar, found a merge of a non-mapping",
    ),
    "read-directory": Case(
        {"folder.yaml/inner.yaml": "interfaces: []\n"},
        "YAML-READ-010",
        "error",
        ("folder.yaml", None, None),
        "cannot read file: it is a directory, not a file",
    ),
    "recursive-alias": Case(
        {"loop.yaml": "interfaces: &a [*a]\n"},
        "YAML-RECURSIVE-011",
        "error",
        ("loop.yaml", 1, 13),
        "an alias refers to a node that contains itself",
    ),
    "value-not-fitting-tag": Case(
        {"extra.yaml": "interfaces:\n  - !!int abc\n"},
        "YAML-VALUE-013",
        "error",
        ("extra.yaml", 2, 5),
        re.compile(r"value does not fit its tag !!int: invalid literal"),
        also=("CAT-TYPE-022",),
    ),
    "value-int-too-large": Case(
        {"extra.yaml": EXTRA.replace("list_price: 1,", "list_price: " + "9" * 400 + ",")},
        "YAML-VALUE-013",
        "error",
        ("extra.yaml", 8, 76),
        "value does not fit its tag !!int: too large to compute with",
        also=("CAT-TYPE-022",),  # the value is left empty
    ),
    "yml-extension": Case(
        {"extra.yml": "interfaces: []\n"},
        "YAML-EXT-012",
        "warning",
        ("extra.yml", None, None),
        "'extra.yml' is ignored: catalog files must end in .yaml",
        hint="rename it to 'extra.yaml'",
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_finding_is_reported_and_located(make_catalog, case: Case):
    assert_reported_and_located(make_catalog, case)


# ---------------------------------------------------------------------------------------------
# The reader's edge cases


def test_tagged_mapping_key_is_not_called_a_sequence(make_catalog):
    result = load(make_catalog, {"extra.yaml": EXTRA + "    !!binary aGk=: c\n"})

    tag = only(result.findings, "YAML-TAG-003")
    assert where(tag) == ("extra.yaml", 9, 5)
    assert not [f for f in result.findings if "a sequence" in f.message]


def test_null_key_is_located_at_the_key(make_catalog):
    result = load(make_catalog, {"extra.yaml": EXTRA + "    ~: c\n"})

    finding = only(result.findings, "CAT-KEY-021")
    assert where(finding) == ("extra.yaml", 9, 5)


def test_encoding_error_column_counts_characters(make_catalog):
    # "    name: {en: Q, zh: " is 22 characters, 问 is one character (three bytes): 0xff is the
    # 24th character of line 3, like the columns PyYAML reports for every other finding.
    result = load(
        make_catalog,
        {
            "i.yaml": b"interfaces:\n  - id: q\n    name: {en: Q, zh: \xe9\x97\xae\xff}\n",
        },
    )

    finding = only(result.findings, "YAML-ENCODING-006")
    assert where(finding) == ("i.yaml", 3, 24)
    assert finding.message == "file is not valid UTF-8 (byte 0xff at offset 47)"


def test_brackets_in_a_comment_are_not_nesting(make_catalog):
    result = load(make_catalog, {"notes.yaml": "# " + "[" * 120 + "\npartner_types: []\n"})

    assert result.findings == []


def test_deep_nesting_through_aliases_is_a_finding_not_a_crash(make_catalog):
    # 30 anchors, each 90 levels deep around the previous one: 2,700 levels, few nodes.
    lines = ["interfaces:"]
    for n in range(30):
        inner = f"*a{n - 1}" if n else "x"
        lines.append(f"  - &a{n} " + "[" * 90 + inner + "]" * 90)
    result = load(make_catalog, {"deep.yaml": "\n".join(lines) + "\n"})

    assert "YAML-DEPTH-007" in codes(result.findings)


def test_deep_nesting_after_closing_brackets_in_a_comment_does_not_crash(make_catalog):
    # The nesting pre-check must not be fooled into letting the C parser recurse 50,000 deep.
    n = 50_000
    text = "# " + "]" * n + "\ncapabilities: " + "[" * n + "]" * n + "\n"
    root = make_catalog({"deep.yaml": text})

    done = subprocess.run(
        [sys.executable, "-m", "configurator", "validate", str(root), "--format", "json"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 1, f"exit code {done.returncode}: {done.stderr[-500:]}"
    findings = json.loads(done.stdout)["findings"]
    assert [(f["code"], f["file"]) for f in findings] == [("YAML-DEPTH-007", "deep.yaml")]
