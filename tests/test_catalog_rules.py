"""Catalog loading: every YAML-* and CAT-* finding, precisely located, and `configurator validate`.

Positions are 1-based (line, column) of the offending node, counted by hand from the snippets
below. `EXTRA` is one valid capability added to the tiny catalog of conftest.py; most cases
change one thing in it. Its lines, for counting:

    1  capabilities:
    2    - id: extra                                  id value: column 9
    3      name: {en: Extra, zh: 额外}                 value: column 11
    4      category: base                             value: column 15
    5      kind: atomic                               value: column 11
    6      provider: vendor                           value: column 15
    7      modes:                                     value: line 8, column 7
    8        PUB: {price_model: IM, unit: instance, billing: monthly, list_price: 1, lead_weeks: 1}
             PUB 7, `{` 12, billing value 55, list_price value 76, lead_weeks key 79
    9      (appended lines: `    requires: [x]` puts x at column 16)
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest
from cli_helpers import cli
from conftest import TINY_CAPABILITIES, TINY_META

from configurator.cli import main
from configurator.core.catalog import Thresholds
from configurator.core.catalog_load import LoadResult, load_catalog
from configurator.core.codes import RULES
from configurator.core.findings import Finding
from configurator.core.schema import KEBAB_ID
from configurator.paths import catalog_dir

PROJECT_ROOT = Path(__file__).resolve().parents[1]

EXTRA = """\
capabilities:
  - id: extra
    name: {en: Extra, zh: 额外}
    category: base
    kind: atomic
    provider: vendor
    modes:
      PUB: {price_model: IM, unit: instance, billing: monthly, list_price: 1, lead_weeks: 1}
"""
EXTRA_MODES = """\
    modes:
      PUB: {price_model: IM, unit: instance, billing: monthly, list_price: 1, lead_weeks: 1}
"""
QUEUE = """\
interfaces:
  - id: queue
    name: {en: Queue, zh: 队列}
"""
SCENARIO = """\
scenarios:
  - id: scn-x
    name: {en: X, zh: 十}
    required: [net, extra]
"""
AGENT = """\
partner_types:
  - {id: agent, name: {en: Agent, zh: 代理}, role: agent}
"""
ALIAS_BOMB = """\
a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
"""
UNITS = """\
units:
  - {id: instance, name: {en: instance, zh: 实例}}
  - {id: licence, name: {en: licence, zh: 许可}}
  - {id: project, name: {en: project, zh: 项目}}
  - {id: CNY/year, name: {en: CNY/year, zh: 元/年}}
"""


def driver(formula: str = "a * 2", unit: str = "x", default: float = 1) -> str:
    """A scenario with one value driver `saving` of one input `a` (range 0 to 2); the formula
    is on line 10 (value at column 18), the input on line 12 (its unit at column 50)."""
    return f"""\
scenarios:
  - id: scn-x
    name: {{en: X, zh: 甲}}
    required: [app]
    value_drivers:
      - id: saving
        name: {{en: Saving, zh: 节省}}
        kind: cost_saving
        unit: CNY/year
        formula: {formula}
        inputs:
          - {{id: a, label: {{en: A, zh: 甲}}, unit: {unit}, default: {default}, low: 0, high: 2}}
"""


WITH_UNITS = TINY_META.replace("defaults:\n", UNITS + "defaults:\n")  # units on lines 10-14
LIMIT = 8 * 1024 * 1024
NOT_KEBAB = "is not kebab-case (lowercase letters, digits and single hyphens)"
CAPABILITY_KEYS = (
    "id, name, description, category, kind, provider, requires, recommends, "
    "conflicts, provides, modes, xinchuang, data_class, customizable, roles, tags, value_drivers"
)


def capability(ident: str, requires: str) -> str:
    """One valid capability entry (without the section key), eight lines long; its `requires`
    list is on the entry's sixth line, the first id at column 16."""
    return f"""\
  - id: {ident}
    name: {{en: {ident.upper()}, zh: 能力}}
    category: base
    kind: atomic
    provider: vendor
    requires: [{requires}]
    modes:
      PUB: {{price_model: IM, unit: instance, billing: monthly, list_price: 1, lead_weeks: 1}}
"""


def load(make_catalog, files: dict | None = None) -> LoadResult:
    return load_catalog(make_catalog(files))


def codes(findings: list[Finding]) -> list[str]:
    return sorted(f.code for f in findings)


def where(finding: Finding) -> tuple:
    return (finding.file, finding.line, finding.column)


def only(findings: list[Finding], code: str) -> Finding:
    matches = [f for f in findings if f.code == code]
    assert len(matches) == 1, f"expected one {code}, got {[f.to_dict() for f in findings]}"
    return matches[0]


# ---------------------------------------------------------------------------------------------
# Every code, one catalog each


class Case(NamedTuple):
    files: dict
    code: str
    severity: str
    at: tuple  # (file, line, column)
    message: str | re.Pattern
    hint: str | None = None
    subject: str | None = None  # asserted when given
    also: tuple[str, ...] = ()  # codes of the other findings this catalog rightly produces


CASES = {
    # --- YAML: reading files
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
    "value-formula-refused": Case(
        {"extra.yaml": driver(formula="\"__import__('os')\"")},
        "CAT-VALUE-040",
        "error",
        ("extra.yaml", 10, 18),
        "value driver 'saving': the formula uses '__import__('os')'; only numbers, inputs, "
        "+ - * /, parentheses, min and max are allowed",
        subject="saving",
    ),
    "value-formula-unknown-input": Case(
        {"extra.yaml": driver(formula="a * bb")},
        "CAT-VALUE-041",
        "error",
        ("extra.yaml", 10, 18),
        "value driver 'saving': the formula uses 'bb', which is not one of its inputs (a)",
        subject="saving",
    ),
    "value-default-outside-range": Case(
        {"extra.yaml": driver(default=5)},
        "CAT-VALUE-042",
        "warning",
        ("extra.yaml", 12, 13),
        "value driver 'saving': input 'a' has default 5 outside its range 0 to 2",
        subject="saving",
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
    # --- CAT: catalog structure and schema
    "no-catalog-yaml": Case(
        {"catalog.yaml": None, "content.yaml": "partner_types: []\n"},
        "CAT-DIR-011",
        "error",
        (None, None, None),
        "catalog has no catalog.yaml at its root",
        hint="create catalog.yaml with format, id, version, name, currency and categories",
    ),
    "required-mode-key": Case(
        {"extra.yaml": EXTRA.replace(", lead_weeks: 1", "")},
        "CAT-KEY-020",
        "error",
        ("extra.yaml", 8, 12),
        "capabilities[extra].modes.PUB: required key 'lead_weeks' is missing",
    ),
    "required-capability-key": Case(
        {"extra.yaml": EXTRA.replace(EXTRA_MODES, "")},
        "CAT-KEY-020",
        "error",
        ("extra.yaml", 2, 5),
        "capabilities[extra]: required key 'modes' is missing",
    ),
    "required-meta-key": Case(
        {"catalog.yaml": TINY_META.replace("currency: CNY\n", "")},
        "CAT-KEY-020",
        "error",
        ("catalog.yaml", 1, 1),
        "catalog.yaml: required key 'currency' is missing",
    ),
    "unknown-key-leadweeks": Case(
        {"extra.yaml": EXTRA.replace("lead_weeks", "leadweeks")},
        "CAT-KEY-021",
        "error",
        ("extra.yaml", 8, 79),
        "capabilities[extra].modes.PUB: unknown key 'leadweeks'",
        hint="did you mean 'lead_weeks'?",
        also=("CAT-KEY-020",),
    ),
    "unknown-key-pub": Case(
        {"extra.yaml": EXTRA.replace("PUB:", "pub:")},
        "CAT-KEY-021",
        "error",
        ("extra.yaml", 8, 7),
        "capabilities[extra].modes: unknown key 'pub'",
        hint="did you mean 'PUB'?",
    ),
    "unknown-key-no-suggestion": Case(
        {"extra.yaml": EXTRA + "    colour: red\n"},
        "CAT-KEY-021",
        "error",
        ("extra.yaml", 9, 5),
        "capabilities[extra]: unknown key 'colour'",
        hint=f"allowed keys: {CAPABILITY_KEYS}",
    ),
    "unknown-section": Case(
        {"extra.yaml": EXTRA.replace("capabilities:", "capability:")},
        "CAT-KEY-021",
        "error",
        ("extra.yaml", 1, 1),
        "(top level): unknown key 'capability'",
        hint="did you mean 'capabilities'?",
    ),
    "type-unquoted-version": Case(
        {"catalog.yaml": TINY_META.replace('"1.0"', "2026.11")},
        "CAT-TYPE-022",
        "error",
        ("catalog.yaml", 3, 10),
        "version: expected text, found number 2026.11",
        hint="put the value in quotes so that it stays text",
    ),
    "type-quoted-price": Case(
        {"extra.yaml": EXTRA.replace("list_price: 1,", 'list_price: "1",')},
        "CAT-TYPE-022",
        "error",
        ("extra.yaml", 8, 76),
        "capabilities[extra].modes.PUB.list_price: expected a number, found text '1'",
    ),
    "type-section-mapping": Case(
        {"odd.yaml": "capabilities: {}\n"},
        "CAT-TYPE-022",
        "error",
        ("odd.yaml", 1, 15),
        "capabilities: expected a list, found a mapping",
    ),
    "enum-kind-typo": Case(
        {"extra.yaml": EXTRA.replace("kind: atomic", "kind: atomc")},
        "CAT-ENUM-023",
        "error",
        ("extra.yaml", 5, 11),
        "capabilities[extra].kind: text 'atomc' is not allowed; "
        "expected one of atomic, solution-module, third-party, service",
        hint="did you mean 'atomic'?",
    ),
    "enum-billing-case": Case(
        {"extra.yaml": EXTRA.replace("billing: monthly", "billing: Monthly")},
        "CAT-ENUM-023",
        "error",
        ("extra.yaml", 8, 55),
        "capabilities[extra].modes.PUB.billing: text 'Monthly' is "
        "not allowed; expected one of once, monthly, yearly, usage",
        hint="did you mean 'monthly'?",
    ),
    "enum-no-suggestion": Case(
        {"extra.yaml": EXTRA.replace("kind: atomic", "kind: widget")},
        "CAT-ENUM-023",
        "error",
        ("extra.yaml", 5, 11),
        "capabilities[extra].kind: text 'widget' is not allowed; "
        "expected one of atomic, solution-module, third-party, service",
    ),
    "enum-format": Case(
        {"catalog.yaml": TINY_META.replace("catalog/1", "catalog/2")},
        "CAT-ENUM-023",
        "error",
        ("catalog.yaml", 1, 9),
        "format: text 'catalog/2' is not allowed; expected one of catalog/1",
        hint="did you mean 'catalog/1'?",
    ),
    "range-list-price": Case(
        # content.yaml line 18 is db's PUB mode; its list_price value starts at column 76
        {"content.yaml": TINY_CAPABILITIES.replace("list_price: 1000,", "list_price: -1000,")},
        "CAT-RANGE-024",
        "error",
        ("content.yaml", 18, 76),
        "capabilities[db].modes.PUB.list_price: number -1000 is below the minimum 0",
    ),
    "range-threshold": Case(
        {"catalog.yaml": TINY_META.replace("warn: 0.40", "warn: 1.5")},
        "CAT-RANGE-024",
        "error",
        ("catalog.yaml", 11, 25),
        "defaults.partner_share.warn: number 1.5 is above the maximum 1",
    ),
    "schema-repeated-id": Case(
        {"extra.yaml": EXTRA + "    requires: [net, net]\n"},
        "CAT-SCHEMA-025",
        "error",
        ("extra.yaml", 9, 15),
        "capabilities[extra].requires: lists 'net' more than once",
    ),
    "schema-no-modes": Case(
        {"extra.yaml": EXTRA.replace(EXTRA_MODES, "    modes: {}\n")},
        "CAT-SCHEMA-025",
        "error",
        ("extra.yaml", 7, 12),
        "capabilities[extra].modes: must not be empty",
    ),
    "range-list-price-too-large": Case(
        {"extra.yaml": EXTRA.replace("list_price: 1,", "list_price: 2000000000000,")},
        "CAT-RANGE-024",
        "error",
        ("extra.yaml", 8, 76),
        "capabilities[extra].modes.PUB.list_price: number 2000000000000 is above the maximum 1000000000000",
    ),
    "schema-currency-pattern": Case(
        {"catalog.yaml": TINY_META.replace("currency: CNY", "currency: cny")},
        "CAT-SCHEMA-025",
        "error",
        ("catalog.yaml", 5, 11),
        "currency: text 'cny' does not match the pattern ^[A-Z]{3}$",
    ),
    "schema-unit-id-with-spaces": Case(
        {"catalog.yaml": WITH_UNITS.replace("{id: project,", '{id: "project ",')},
        "CAT-SCHEMA-025",
        "error",
        ("catalog.yaml", 13, 10),
        r"units[project ].id: text 'project ' does not match the pattern ^\S(.*\S)?$",
        also=("CAT-UNIT-017",),  # the tiny catalog's 'project' is not declared any more
    ),
    "schema-value-input-id-pattern": Case(
        {"extra.yaml": driver().replace("{id: a,", "{id: A,").replace("formula: a * 2", "formula: A * 2")},
        "CAT-SCHEMA-025",
        "error",
        ("extra.yaml", 12, 18),
        "scenarios[scn-x].value_drivers[saving].inputs[A].id: text 'A' does not match the pattern ^[a-z][a-z0-9_]*$",
    ),
    "section-outside-catalog-yaml": Case(
        {"extra.yaml": EXTRA + "categories:\n  - {id: more, name: {en: More, zh: 更多}}\n"},
        "CAT-SECTION-026",
        "error",
        ("extra.yaml", 9, 1),
        "'categories' belongs in catalog.yaml",
        hint="move it to catalog.yaml",
    ),
    # --- CAT: catalog content
    "id-not-kebab": Case(
        {"extra.yaml": EXTRA.replace("id: extra", "id: Extra_Cap")},
        "CAT-ID-001",
        "error",
        ("extra.yaml", 2, 9),
        f"capabilities[Extra_Cap].id: id 'Extra_Cap' {NOT_KEBAB}",
    ),
    "id-not-kebab-in-list": Case(
        {"extra.yaml": EXTRA + "    requires: [Net]\n"},
        "CAT-ID-001",
        "error",
        ("extra.yaml", 9, 16),
        f"capabilities[extra].requires[0]: id 'Net' {NOT_KEBAB}",
        also=("CAT-REF-002",),
    ),
    "ref-requires": Case(
        {"capabilities/extra.yaml": EXTRA + "    requires: [nett]\n"},
        "CAT-REF-002",
        "error",
        ("capabilities/extra.yaml", 9, 16),
        "capability 'extra' requires unknown id 'nett'",
        hint="did you mean 'net'?",
        subject="extra",
    ),
    "ref-category": Case(
        {"extra.yaml": EXTRA.replace("category: base", "category: bse")},
        "CAT-REF-002",
        "error",
        ("extra.yaml", 4, 15),
        "capability 'extra' names category unknown id 'bse'",
        hint="did you mean 'base'?",
        subject="extra",
    ),
    "ref-provider": Case(
        {"extra.yaml": EXTRA.replace("provider: vendor", "provider: delivry")},
        "CAT-REF-002",
        "error",
        ("extra.yaml", 6, 15),
        "capability 'extra' names provider unknown id 'delivry'",
        hint="did you mean 'delivery'?",
        subject="extra",
    ),
    "ref-partner-type": Case(
        # "  - {id: acme, name: {en: Acme, zh: 顶点}, types: [" is 49 characters
        {"p.yaml": "partners:\n  - {id: acme, name: {en: Acme, zh: 顶点}, types: [delivry]}\n"},
        "CAT-REF-002",
        "error",
        ("p.yaml", 2, 50),
        "partner 'acme' names partner type unknown id 'delivry'",
        hint="did you mean 'delivery'?",
        subject="acme",
    ),
    "ref-scenario": Case(
        {"s.yaml": SCENARIO.replace("[net, extra]", "[net, xyz]")},
        "CAT-REF-002",
        "error",
        ("s.yaml", 4, 21),
        "scenario 'scn-x' requires unknown id 'xyz'",
        subject="scn-x",
    ),
    "xinchuang-without-architectures": Case(
        {"extra.yaml": EXTRA + "    xinchuang: {level: adapted}\n"},
        "CAT-XC-007",
        "warning",
        ("extra.yaml", 9, 16),
        "capability 'extra' has Xinchuang level 'adapted' but lists no CPU architectures",
        subject="extra",
    ),
    "duplicate-capability-id": Case(
        {"extra.yaml": EXTRA.replace("id: extra", "id: db")},
        "CAT-DUP-008",
        "error",
        ("extra.yaml", 2, 9),
        "id 'db' is defined twice: here and at content.yaml:10:9",
        subject="db",
    ),
    "duplicate-across-capabilities-and-interfaces": Case(
        {"extra.yaml": EXTRA.replace("id: extra", "id: rdb")},
        "CAT-DUP-008",
        "error",
        ("extra.yaml", 2, 9),
        "id 'rdb' is defined twice: here and at content.yaml:39:9",
        subject="rdb",
    ),
    "kind-interface-in-conflicts": Case(
        {"extra.yaml": EXTRA + "    conflicts: [rdb]\n"},
        "CAT-KIND-009",
        "error",
        ("extra.yaml", 9, 17),
        "capability 'extra' conflicts with 'rdb', which is an interface, not a capability",
        subject="extra",
    ),
    "kind-capability-in-provides": Case(
        {"extra.yaml": EXTRA + "    provides: [net]\n"},
        "CAT-KIND-009",
        "error",
        ("extra.yaml", 9, 16),
        "capability 'extra' provides 'net', which is a capability, not an interface",
        subject="extra",
    ),
    "interface-without-provider": Case(
        {"i.yaml": QUEUE},
        "CAT-IFACE-010",
        "error",
        ("i.yaml", 2, 9),
        "interface 'queue' is provided by no capability",
        hint="add 'queue' to the `provides` list of a capability",
        subject="queue",
    ),
    "interface-default-not-a-provider": Case(
        {"i.yaml": QUEUE + "    default: net\n", "extra.yaml": EXTRA + "    provides: [queue]\n"},
        "CAT-IFACE-011",
        "error",
        ("i.yaml", 4, 14),
        "interface 'queue' names default 'net', which does not provide it",
        subject="queue",
    ),
    "scenario-requires-conflicting": Case(
        {"s.yaml": SCENARIO, "extra.yaml": EXTRA + "    conflicts: [net]\n"},
        "CAT-SCN-012",
        "error",
        ("s.yaml", 4, 21),
        "scenario 'scn-x' requires 'net' and 'extra', which conflict",
        hint="keep one of them in `required` and move the other to `optional`",
        subject="scn-x",
    ),
    "partner-type-unused": Case(
        {"p.yaml": AGENT},
        "CAT-PTN-013",
        "info",
        ("p.yaml", 2, 10),
        "partner type 'agent' is used by no capability and no partner",
        subject="agent",
    ),
    "language-missing-chinese": Case(
        {"extra.yaml": EXTRA.replace("{en: Extra, zh: 额外}", "{en: Extra}")},
        "CAT-LANG-018",
        "error",
        ("extra.yaml", 3, 11),
        "capabilities[extra].name has no Chinese text; a name is required in both languages",
        subject="extra",
    ),
    "language-missing-english": Case(
        {
            "i.yaml": QUEUE.replace("{en: Queue, zh: 队列}", "{zh: 队列}"),
            "extra.yaml": EXTRA + "    provides: [queue]\n",
        },
        "CAT-LANG-018",
        "error",
        ("i.yaml", 3, 11),
        "interfaces[queue].name has no English text; a name is required in both languages",
        subject="queue",
    ),
    "description-missing-english-is-a-warning": Case(
        {"extra.yaml": EXTRA.replace("    category: base\n", "    description: {zh: 额外能力}\n    category: base\n")},
        "CAT-LANG-014",
        "warning",
        ("extra.yaml", 4, 18),
        "capabilities[extra].description has no English text",
        subject="extra",
    ),
    "price-model-neither-built-in-nor-declared": Case(
        {"extra.yaml": EXTRA.replace("price_model: IM", "price_model: HWW")},
        "CAT-PRICE-019",
        "error",
        ("extra.yaml", 8, 26),
        "capability 'extra' prices mode PUB by 'HWW', which is neither a built-in price model "
        "nor one that catalog.yaml declares",
        hint="did you mean 'HW'?",
        subject="extra",
    ),
    "scenario-required-and-optional": Case(
        {"s.yaml": SCENARIO.replace("[net, extra]", "[net]") + "    optional: [db, net]\n"},
        "CAT-SCN-015",
        "warning",
        ("s.yaml", 5, 20),
        "scenario 'scn-x' lists 'net' as both required and optional",
        subject="scn-x",
    ),
    "unit-undeclared": Case(
        {"catalog.yaml": WITH_UNITS, "extra.yaml": EXTRA.replace("unit: instance", "unit: instanse")},
        "CAT-UNIT-017",
        "warning",
        ("extra.yaml", 8, 36),
        "capability 'extra' uses unit 'instanse', which the units of catalog.yaml do not name; it shows as written",
        hint="did you mean 'instance'?",
        subject="extra",
    ),
    "unit-undeclared-value-input": Case(
        {"catalog.yaml": WITH_UNITS, "extra.yaml": driver()},
        "CAT-UNIT-017",
        "warning",
        ("extra.yaml", 12, 50),
        "value driver 'saving' uses unit 'x', which the units of catalog.yaml do not name; it shows as written",
        subject="saving",
    ),
    "unit-without-chinese-name": Case(
        {"catalog.yaml": WITH_UNITS.replace("{en: project, zh: 项目}", "{en: project}")},
        "CAT-LANG-018",
        "error",
        ("catalog.yaml", 13, 25),
        "units[project].name has no Chinese text; a name is required in both languages",
        subject="project",
    ),
    "thresholds-inverted": Case(
        {"catalog.yaml": TINY_META.replace("warn: 0.40, error: 0.60", "warn: 0.70, error: 0.50")},
        "CAT-SHARE-016",
        "error",
        ("catalog.yaml", 11, 18),
        "partner_share warn threshold 0.7 is above the error threshold 0.5",
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_finding_is_reported_and_located(make_catalog, case: Case):
    result = load(make_catalog, case.files)

    finding = only(result.findings, case.code)
    assert finding.severity.value == case.severity
    assert finding.severity is RULES[case.code].severity
    assert where(finding) == case.at
    if isinstance(case.message, re.Pattern):
        assert case.message.match(finding.message), finding.message
    else:
        assert finding.message == case.message
    assert finding.hint == case.hint
    if case.subject is not None:
        assert finding.subject == case.subject
    assert codes(result.findings) == sorted([case.code, *case.also])


def test_the_kebab_case_id_pattern_is_the_schemas():
    schema = json.loads((PROJECT_ROOT / "resources" / "schema" / "catalog.schema.json").read_text(encoding="utf-8"))
    assert schema["$defs"]["id"]["pattern"] == KEBAB_ID


def test_every_yaml_and_cat_code_has_a_test():
    source = Path(__file__).read_text(encoding="utf-8")
    tested = set(re.findall(r'"((?:YAML|CAT)-[A-Z]+-\d{3})"', source))
    documented = {code for code in RULES if code.startswith(("YAML-", "CAT-"))}
    assert documented - tested == set()


# ---------------------------------------------------------------------------------------------
# Findings that need more than one snippet or more than one assertion


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


def test_units_name_each_unit_word_in_both_languages(make_catalog):
    result = load(make_catalog, {"catalog.yaml": WITH_UNITS})

    assert result.findings == []
    catalog = result.catalog
    assert catalog.unit_name("licence", "zh") == "许可"
    assert catalog.unit_name("licence", "en") == "licence"
    assert catalog.unit_name("CNY/year", "zh") == "元/年"
    assert catalog.unit_name("seat", "zh") == "seat"  # not declared: as written


def test_without_units_any_unit_word_is_accepted(make_catalog):
    result = load(make_catalog, {"extra.yaml": EXTRA.replace("unit: instance", "unit: instanse")})

    assert result.findings == []
    assert result.catalog.units == {}
    assert result.catalog.unit_name("instanse", "zh") == "instanse"


def test_unit_declared_twice(make_catalog):
    meta = WITH_UNITS.replace("defaults:\n", "  - {id: licence, name: {en: licence, zh: 套}}\ndefaults:\n")

    result = load(make_catalog, {"catalog.yaml": meta})

    finding = only(result.findings, "CAT-DUP-008")
    assert where(finding) == ("catalog.yaml", 15, 10)
    assert finding.message == "id 'licence' is defined twice: here and at catalog.yaml:12:10"
    assert result.catalog.unit_name("licence", "zh") == "许可"  # the first one counts


def test_units_belong_in_catalog_yaml(make_catalog):
    result = load(make_catalog, {"extra.yaml": UNITS})

    finding = only(result.findings, "CAT-SECTION-026")
    assert where(finding) == ("extra.yaml", 1, 1)
    assert finding.message == "'units' belongs in catalog.yaml"
    assert result.catalog.units == {}


PRICE_MODELS = """\
price_models:
  - {id: RACK, name: {en: per rack-month, zh: 按机柜月}}
  - {id: LIC, name: {en: perpetual licence, zh: 永久许可}}
"""
WITH_PRICE_MODELS = TINY_META.replace("defaults:\n", PRICE_MODELS + "defaults:\n")


def test_hardware_is_a_built_in_price_model_and_catalog_yaml_declares_more(make_catalog):
    result = load(
        make_catalog,
        {
            "catalog.yaml": WITH_PRICE_MODELS,
            "extra.yaml": EXTRA.replace("price_model: IM", "price_model: RACK")
            + EXTRA.replace("id: extra", "id: extra-hw")
            .replace("capabilities:\n", "")
            .replace("price_model: IM", "price_model: HW"),
        },
    )

    assert result.findings == []
    catalog = result.catalog
    assert catalog.capabilities["extra-hw"].modes["PUB"].price_model == "HW"
    assert catalog.price_model_name("HW", "zh") == "硬件（按台）"
    assert catalog.price_model_name("HW", "en") == "hardware, per unit"
    assert catalog.price_model_name("RACK", "zh") == "按机柜月"
    assert catalog.price_model_name("LIC", "en") == "perpetual licence"  # a declared name wins
    assert catalog.price_model_name("PROJ", "en") == "fixed-price project"


def test_a_declared_price_model_needs_a_code_and_both_names(make_catalog):
    meta = TINY_META.replace("defaults:\n", "price_models:\n  - {id: rack, name: {en: per rack}}\ndefaults:\n")
    result = load(make_catalog, {"catalog.yaml": meta})

    assert codes(result.findings) == ["CAT-LANG-018", "CAT-SCHEMA-025"]
    pattern = only(result.findings, "CAT-SCHEMA-025")
    assert where(pattern) == ("catalog.yaml", 11, 10) and "^[A-Z][A-Z0-9_]*$" in pattern.message


def test_the_sample_catalog_prices_hardware_as_hardware(sample):
    hardware = [cap for cap in sample.capabilities.values() if cap.category == "hardware"]
    assert hardware and all(mode.price_model == "HW" for cap in hardware for mode in cap.modes.values())
    assert sample.capabilities["security-kms-hsm"].modes["PRV"].price_model == "HW"  # an appliance


# Catalog mistakes that once raised inside the loader instead of giving findings.


def test_a_capability_without_modes_beside_declared_units_is_a_finding(make_catalog):
    result = load(make_catalog, {"catalog.yaml": WITH_UNITS, "extra.yaml": EXTRA.replace(EXTRA_MODES, "")})

    finding = only(result.findings, "CAT-KEY-020")
    assert where(finding) == ("extra.yaml", 2, 5) and "'modes'" in finding.message


@pytest.mark.parametrize(
    ("policy", "line", "column"),
    [
        ("{partner_share: {warn: 0.4, eror: 0.6}}", 5, 13),
        ('{partner_share: {warn: "0.4", error: 0.6}}', 5, 13),
        ("{partner_share: {warn: null, error: 0.6}}", 5, 13),
        ("{partner_share: {warn: .nan, error: 0.6}}", 5, 13),
        ("{partner_share: [0.4, 0.6]}", 5, 13),
    ],
)
def test_malformed_scenario_thresholds_are_findings(make_catalog, policy, line, column):
    scenario = SCENARIO.replace("[net, extra]", "[net]") + f"    policy: {policy}\n"
    result = load(make_catalog, {"s.yaml": scenario})

    errors = [f for f in result.findings if f.severity.value == "error"]
    assert errors and all(f.file == "s.yaml" and f.line == line for f in errors), errors
    assert result.catalog is not None


@pytest.mark.parametrize(
    "defaults", ["{partner_share: {warn: 0.4, eror: 0.6}}", "{partner_share: {warn: null, error: 0.6}}", "[1]"]
)
def test_malformed_catalog_default_thresholds_are_findings(make_catalog, defaults):
    meta = TINY_META.replace("defaults:\n  partner_share: {warn: 0.40, error: 0.60}\n", f"defaults: {defaults}\n")
    result = load(make_catalog, {"catalog.yaml": meta})

    assert result.findings and all(f.file == "catalog.yaml" and f.line == 10 for f in result.findings)
    assert result.catalog.partner_share == Thresholds()  # the built-in defaults stand in


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


TWICE = """\
scenarios:
  - id: scn-x
    name: {en: X, zh: 甲}
    required: [app]
    value_drivers:
      - id: saving
        name: {en: Saving, zh: 节省}
        kind: cost_saving
        unit: CNY/year
        formula: a * 2
        inputs:
          - {id: a, label: {en: A, zh: 甲}, unit: x, default: 1, low: 0, high: 2}
          - {id: a, label: {en: A again, zh: 又一甲}, unit: x, default: 1, low: 0, high: 2}
      - id: saving
        name: {en: Saving again, zh: 又一节省}
        kind: cost_saving
        unit: CNY/year
        formula: b
        inputs:
          - {id: b, label: {en: B, zh: 乙}, unit: x, default: 1, low: 0, high: 2}
"""


def test_a_value_driver_or_input_defined_twice_in_one_place(make_catalog):
    result = load(make_catalog, {"extra.yaml": TWICE})

    assert sorted((where(f), f.message) for f in result.findings if f.code == "CAT-DUP-008") == [
        (("extra.yaml", 13, 18), "id 'a' is defined twice: here and at extra.yaml:12:18"),
        (("extra.yaml", 14, 13), "id 'saving' is defined twice: here and at extra.yaml:6:13"),
    ]
    assert codes(result.findings) == ["CAT-DUP-008", "CAT-DUP-008"]


def test_drivers_of_the_same_id_in_different_places_are_no_duplicate(make_catalog):
    one = TWICE.split("      - id: saving\n        name: {en: Saving again")[0]
    one = one.replace(
        "          - {id: a, label: {en: A again, zh: 又一甲}, unit: x, default: 1, low: 0, high: 2}\n", ""
    )
    other = one.split("scenarios:\n", 1)[1].replace("  - id: scn-x", "  - id: scn-y")

    result = load(make_catalog, {"extra.yaml": one + other})

    assert len(result.catalog.scenarios["scn-y"].value_drivers) == 1
    assert result.findings == []  # the driver of the solution's scenario counts, as solution.md §8 says


def test_a_formula_that_is_no_text_is_a_type_finding_only(make_catalog):
    result = load(make_catalog, {"extra.yaml": driver(formula="5")})
    assert codes(result.findings) == ["CAT-TYPE-022"]  # not also "the formula cannot be parsed: it is empty"


def test_duplicate_id_names_both_locations(make_catalog):
    result = load(make_catalog, {"more/extra.yaml": EXTRA.replace("id: extra", "id: app")})

    finding = only(result.findings, "CAT-DUP-008")
    assert where(finding) == ("more/extra.yaml", 2, 9)  # the later one, in file order
    assert "content.yaml:21:9" in finding.message  # the first one
    assert finding.subject == "app"
    assert result.catalog.capabilities["app"].category == "app"  # the first definition wins


def test_cycle_names_the_whole_cycle_and_every_edge(make_catalog):
    result = load(
        make_catalog,
        {
            "a.yaml": "capabilities:\n" + capability("a", "b") + capability("b", "net, c"),
            "c.yaml": "capabilities:\n" + capability("c", "a"),
        },
    )

    finding = only(result.findings, "CAT-CYCLE-003")
    assert finding.severity.value == "error"
    assert where(finding) == ("a.yaml", 7, 16)
    assert finding.subject == "a"
    assert finding.message == (
        "requires cycle: a → b → c → a; edges: a → b a.yaml:7:16; b → c a.yaml:15:21; c → a c.yaml:7:16"
    )
    assert codes(result.findings) == ["CAT-CYCLE-003"]


def test_cycle_through_an_interface(make_catalog):
    provider = capability("b", "a").replace("    modes:", "    provides: [queue]\n    modes:")
    result = load(
        make_catalog,
        {
            "a.yaml": "capabilities:\n" + capability("a", "queue") + provider,
            "i.yaml": QUEUE,
        },
    )

    finding = only(result.findings, "CAT-CYCLE-003")
    assert finding.message == (
        "requires cycle: a → queue → b → a; edges: a → queue a.yaml:7:16; queue → b a.yaml:16:16; b → a a.yaml:15:16"
    )


def test_self_requirement_is_a_cycle(make_catalog):
    result = load(make_catalog, {"a.yaml": "capabilities:\n" + capability("a", "a")})

    finding = only(result.findings, "CAT-CYCLE-003")
    assert finding.message == "requires cycle: a → a; edges: a → a a.yaml:7:16"


def test_cycle_message_shows_a_real_cycle_when_it_does_not_pass_the_smallest_id(make_catalog):
    # a → b → c → b: the strongly connected component {a, b, c} holds the cycle b → c → b;
    # c → a closes a → b → c → a too. Whatever cycle is named must start and end on one id.
    result = load(
        make_catalog,
        {
            "a.yaml": "capabilities:\n" + capability("a", "b") + capability("b", "c") + capability("c", "b, a"),
        },
    )

    finding = only(result.findings, "CAT-CYCLE-003")
    cycle = finding.message.removeprefix("requires cycle: ").split("; ")[0].split(" → ")
    assert cycle[0] == cycle[-1], finding.message
    edges = re.findall(r"([\w-]+) → ([\w-]+) [\w./-]+:\d+:\d+", finding.message)
    assert edges == list(zip(cycle, cycle[1:], strict=False)), finding.message
    assert finding.subject in cycle


# Ten errors, ten different codes, in four files.
TEN_A = """\
capabilities:
  - id: alpha
    name: {en: Alpha, zh: 阿尔法}
    category: base
    kind: atomc
    provider: vendor
    modes:
      PUB: {price_model: IM, unit: instance, billing: monthly, list_price: 1, lead_weeks: 1}
      PUB: {price_model: IM, unit: instance, billing: monthly, list_price: 2, lead_weeks: 1}
  - id: Beta_Cap
    name: {en: Beta, zh: 贝塔}
    category: base
    kind: atomic
    provider: vendor
    modes:
      PRV: {price_model: LIC, unit: licence, billing: once, list_price: -5, lead_weeks: 1}
"""
TEN_B = """\
capabilities:
  - id: gamma
    name: {en: Gamma, zh: 伽马}
    category: base
    kind: atomic
    provider: vendor
    requires: [nett]
    conflicts: [rdb]
    colour: red
    modes:
      PUB: {price_model: IM, unit: instance, billing: monthly, list_price: 1, lead_weeks: 1}
"""
TEN_I = """\
interfaces:
  - id: queue
    name: {en: Queue, zh: 队列}
  - id: net
    name: {en: Network again, zh: 网络}
"""


def test_ten_errors_in_several_files_are_all_reported(make_catalog):
    result = load(
        make_catalog,
        {
            "catalog.yaml": TINY_META.replace('"1.0"', "1.5"),
            "capabilities/a.yaml": TEN_A,
            "capabilities/b.yaml": TEN_B,
            "interfaces.yaml": TEN_I,
        },
    )

    assert {(f.code, *where(f)) for f in result.findings} == {
        ("CAT-TYPE-022", "catalog.yaml", 3, 10),
        ("CAT-ENUM-023", "capabilities/a.yaml", 5, 11),
        ("YAML-DUPKEY-002", "capabilities/a.yaml", 9, 7),
        ("CAT-ID-001", "capabilities/a.yaml", 10, 9),
        ("CAT-RANGE-024", "capabilities/a.yaml", 16, 73),
        ("CAT-REF-002", "capabilities/b.yaml", 7, 16),
        ("CAT-KIND-009", "capabilities/b.yaml", 8, 17),
        ("CAT-KEY-021", "capabilities/b.yaml", 9, 5),
        ("CAT-IFACE-010", "interfaces.yaml", 2, 9),
        ("CAT-DUP-008", "interfaces.yaml", 4, 9),
    }
    assert len(result.findings) == 10


def test_syntax_error_in_one_file_does_not_hide_other_files(make_catalog):
    result = load(
        make_catalog,
        {
            "a-broken.yaml": "capabilities: [\n",
            "b-extra.yaml": EXTRA.replace("category: base", "category: bse"),
            "c-queue.yaml": QUEUE.replace("id: queue", "id: Queue"),
        },
    )

    assert {(f.code, f.file) for f in result.findings} == {
        ("YAML-SYNTAX-001", "a-broken.yaml"),
        ("CAT-REF-002", "b-extra.yaml"),
        ("CAT-ID-001", "c-queue.yaml"),
        ("CAT-IFACE-010", "c-queue.yaml"),
    }
    assert "extra" in result.catalog.capabilities


def test_catalog_with_errors_still_loads_its_valid_entries(make_catalog):
    good = EXTRA.replace("id: extra", "id: good")
    bad = EXTRA.replace("id: extra", "id: bad").replace("kind: atomic", "kind: atomc")
    result = load(
        make_catalog,
        {
            "extra.yaml": good + bad.removeprefix("capabilities:\n"),
            "broken.yaml": "interfaces: [\n",
        },
    )

    assert codes(result.findings) == ["CAT-ENUM-023", "YAML-SYNTAX-001"]
    assert list(result.catalog.capabilities) == ["net", "db", "app", "impl", "good"]
    assert result.catalog.capabilities["good"].modes["PUB"].list_price == 1
    assert list(result.catalog.scenarios) == ["scn-app"]


def test_entry_failing_the_schema_still_has_its_references_checked(make_catalog):
    bad = EXTRA.replace("kind: atomic", "kind: atomc").replace("category: base", "category: nope")
    result = load(make_catalog, {"extra.yaml": bad})

    assert {(f.code, *where(f)) for f in result.findings} == {
        ("CAT-ENUM-023", "extra.yaml", 5, 11),
        ("CAT-REF-002", "extra.yaml", 4, 15),
    }
    assert only(result.findings, "CAT-REF-002").message == ("capability 'extra' names category unknown id 'nope'")
    assert "extra" not in result.catalog.capabilities


def test_references_to_an_entry_failing_the_schema_do_not_cascade(make_catalog):
    bad = EXTRA.replace("kind: atomic", "kind: atomc")
    result = load(make_catalog, {"extra.yaml": bad, "s.yaml": SCENARIO})

    assert codes(result.findings) == ["CAT-ENUM-023"]
    assert "extra" not in result.catalog.capabilities
    assert "scn-x" in result.catalog.scenarios


def test_missing_required_reference_is_not_also_an_unknown_id(make_catalog):
    # A missing `category` or `provider` is one problem (CAT-KEY-020), not also a reference to
    # an unknown id ''.
    no_refs = EXTRA.replace("    category: base\n", "").replace("    provider: vendor\n", "")
    result = load(make_catalog, {"extra.yaml": no_refs})

    assert [(f.code, f.message) for f in result.findings] == [
        ("CAT-KEY-020", "capabilities[extra]: required key 'category' is missing"),
        ("CAT-KEY-020", "capabilities[extra]: required key 'provider' is missing"),
    ]


def test_schema_findings_name_their_entry_as_subject(make_catalog):
    # DESIGN.md §4: `subject` is the capability/scenario/item id concerned.
    result = load(make_catalog, {"extra.yaml": EXTRA.replace("kind: atomic", "kind: atomc")})

    assert only(result.findings, "CAT-ENUM-023").subject == "extra"


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


# ---------------------------------------------------------------------------------------------
# configurator validate


FINDING_LINE = re.compile(r"^(-|[^:\s]+):(\d+):(\d+): (error|warning|info) ([A-Z]+-[A-Z]+-\d{3}) \S.*$")
FINDING_KEYS = {"severity", "code", "message", "file", "line", "column", "subject", "hint"}
MIXED = {  # one error (with a hint), one warning, one info
    "extra.yaml": EXTRA + "    requires: [nett]\n    xinchuang: {level: adapted}\n",
    "p.yaml": AGENT,
}


def test_validate_text_lists_findings_then_a_summary(make_catalog, capsys):
    code = main(["validate", str(make_catalog(MIXED))])

    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[:-1] == [
        "extra.yaml:9:16: error CAT-REF-002 capability 'extra' requires unknown id 'nett' (hint: did you mean 'net'?)",
        "extra.yaml:10:16: warning CAT-XC-007 capability 'extra' has Xinchuang level 'adapted' "
        "but lists no CPU architectures",
        "p.yaml:2:10: info CAT-PTN-013 partner type 'agent' is used by no capability and no partner",
    ]
    assert all(FINDING_LINE.match(line) for line in lines[:-1])
    assert not FINDING_LINE.match(lines[-1])
    assert re.search(r"\b1 error\b.*\b1 warning\b.*\b1 info\b", lines[-1])
    assert err == ""
    assert code == 1


def test_validate_text_without_a_file_uses_dash_location(make_catalog, capsys):
    root = make_catalog({"catalog.yaml": None, "content.yaml": "partner_types: []\n"})

    code = main(["validate", str(root)])

    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("-:0:0: error CAT-DIR-011 catalog has no catalog.yaml at its root")
    assert FINDING_LINE.match(lines[0])
    assert code == 1


def test_validate_json_matches_the_contract(make_catalog, capsys):
    code = main(["validate", str(make_catalog(MIXED)), "--format", "json"])

    document = json.loads(capsys.readouterr().out)
    assert set(document) == {"findings", "summary"}
    assert document["summary"] == {"errors": 1, "warnings": 1, "infos": 1}
    assert all(set(finding) == FINDING_KEYS for finding in document["findings"])
    assert document["findings"][0] == {
        "severity": "error",
        "code": "CAT-REF-002",
        "message": "capability 'extra' requires unknown id 'nett'",
        "file": "extra.yaml",
        "line": 9,
        "column": 16,
        "subject": "extra",
        "hint": "did you mean 'net'?",
    }
    assert [f["code"] for f in document["findings"]] == ["CAT-REF-002", "CAT-XC-007", "CAT-PTN-013"]
    assert code == 1


def test_validate_json_uses_forward_slashes_and_nulls(make_catalog, capsys):
    root = make_catalog({"catalog.yaml": None, "content.yaml": None, "deep/er/x.yaml": "capability: []\n"})

    main(["validate", str(root), "--format", "json"])

    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["code"], f["file"], f["line"], f["column"]) for f in findings] == [
        ("CAT-KEY-021", "deep/er/x.yaml", 1, 1),
        ("CAT-DIR-011", None, None, None),
    ]


@pytest.mark.parametrize("fmt", ["text", "json"])
@pytest.mark.parametrize(
    ("files", "expected"),
    [
        pytest.param({}, 0, id="clean"),
        pytest.param(
            {"extra.yaml": EXTRA + "    xinchuang: {level: adapted}\n", "p.yaml": AGENT},
            0,
            id="warnings-and-infos-only",
        ),
        pytest.param({"extra.yaml": EXTRA.replace("kind: atomic", "kind: atomc")}, 1, id="error"),
        pytest.param({"broken.yaml": "capabilities: [\n"}, 1, id="syntax-error"),
    ],
)
def test_validate_exit_code(make_catalog, capsys, files, expected, fmt):
    assert main(["validate", str(make_catalog(files)), "--format", fmt]) == expected
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("fmt", ["text", "json"])
@pytest.mark.parametrize("target", ["missing", "file"])
def test_validate_exits_2_when_the_directory_cannot_be_read(make_catalog, capsys, target, fmt):
    root = make_catalog()
    path = root / "missing" if target == "missing" else root / "catalog.yaml"

    code = main(["validate", str(path), "--format", fmt])

    out, err = capsys.readouterr()
    assert code == 2
    assert "CAT-DIR-010" in out
    assert "Traceback" not in out + err
    if fmt == "json":
        assert json.loads(out)["summary"] == {"errors": 1, "warnings": 0, "infos": 0}


def test_validate_rejects_an_unknown_format(make_catalog, capsys):
    assert main(["validate", str(make_catalog()), "--format", "xml"]) == 2
    assert "invalid choice" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------
# The shipped sample catalog


def test_sample_catalog_is_clean():
    result = load_catalog(catalog_dir())

    assert [f.to_dict() for f in result.findings] == []
    catalog = result.catalog
    assert len(catalog.capabilities) >= 50
    assert len(catalog.categories) >= 10
    assert len(catalog.scenarios) >= 8
    roles = {ptype.role for ptype in catalog.partner_types.values()}
    assert {"solution", "delivery", "agent", "opportunity", "consulting"} <= roles


def test_validate_defaults_to_the_sample_catalog(capsys):
    assert main(["validate"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("catalog ")


def test_every_finding_code_is_documented_in_rules_md():
    rules = (PROJECT_ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert [code for code in RULES if f"| `{code}` |" not in rules] == []
