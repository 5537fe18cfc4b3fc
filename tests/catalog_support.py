"""Snippets and helpers shared by the catalog-loading tests (tests/*/test_catalog_*.py).

Positions are 1-based (line, column) of the offending node, counted by hand from the snippets.
`EXTRA` is one valid capability added to the tiny catalog of conftest.py; most cases change one
thing in it. Its lines, for counting:

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

import re
from pathlib import Path
from typing import NamedTuple

from tiny_catalog import TINY_META

from configurator.core.catalog_load import LoadResult, load_catalog
from configurator.core.codes import RULES
from configurator.core.findings import Finding

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


class Case(NamedTuple):
    files: dict
    code: str
    severity: str
    at: tuple  # (file, line, column)
    message: str | re.Pattern
    hint: str | None = None
    subject: str | None = None  # asserted when given
    also: tuple[str, ...] = ()  # codes of the other findings this catalog rightly produces


def assert_reported_and_located(make_catalog, case: Case) -> None:
    """The catalog of `case` gives its one finding, with the severity, location, message, hint
    and subject the case names, besides exactly the other codes it lists."""
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
