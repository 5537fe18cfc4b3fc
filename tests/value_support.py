"""Catalog snippets and helpers shared by the value tests (tests/*/test_value_*.py): value drivers
written as YAML, and the tiny catalog with the value scenario `scn-value` (fixture `tiny`)."""

from __future__ import annotations

import pytest

from configurator.core.catalog import Catalog
from configurator.core.catalog_load import load_catalog
from configurator.core.resolve import from_scenario
from configurator.core.solution import Solution


def codes(findings) -> list[str]:
    return [f.code for f in findings]


def driver_yaml(ident: str, formula_literal: str, inputs: str) -> str:
    return (
        f"      - id: {ident}\n"
        f"        name: {{en: Driver {ident}, zh: 驱动 {ident}}}\n"
        f"        kind: cost_saving\n"
        f"        unit: CNY/year\n"
        f"        formula: {formula_literal}\n"
        f"        inputs:\n{inputs}"
    )


AB_INPUTS = (
    "          - {id: a, label: {en: A, zh: 甲}, unit: x, default: 1, low: 0, high: 2}\n"
    "          - {id: b, label: {en: B, zh: 乙}, unit: x, default: 1, low: 0, high: 2}\n"
    "          - {id: c, label: {en: C, zh: 丙}, unit: x, default: 1, low: 0, high: 2}\n"
)

VALUE_SCENARIO = """\
scenarios:
  - id: scn-value
    name: {en: Value scenario, zh: 价值场景}
    required: [app]
    policy: {deployment: private, xinchuang: none, network: internet_allowed}
    value_drivers:
      - id: hours-saved
        name: {en: Hours saved, zh: 节省的工时}
        kind: cost_saving
        unit: CNY/year
        formula: hours * rate
        inputs:
          - id: hours
            label: {en: Hours saved per year, zh: 每年节省的工时}
            unit: hours/year
            default: 1000
            low: 100
            high: 1000000
          - {id: rate, label: {en: Cost per hour, zh: 每小时成本}, unit: CNY/hour, default: 120, low: 50, high: 200}
        source: {en: Test figures., zh: 测试数据。}
"""
# The tiny catalog on premises: app 300,000 + db 200,000 + net 5,000, all one-time licences.
TINY_ONE_TIME = 300_000 + 200_000 + 5_000


@pytest.fixture(name="tiny")
def tiny_value_catalog(make_catalog) -> Catalog:
    """The tiny catalog of conftest.py with the value scenario `scn-value`, without catalog findings."""
    result = load_catalog(make_catalog({"value.yaml": VALUE_SCENARIO}))
    assert not [f for f in result.findings if f.code.startswith("CAT-")], codes(result.findings)
    return result.catalog


def tiny_solution(catalog: Catalog, value: dict | None = None, scenario: str = "scn-value") -> Solution:
    solution = from_scenario(catalog, scenario, "价值测试").solution
    return solution.edited(value=value) if value is not None else solution
