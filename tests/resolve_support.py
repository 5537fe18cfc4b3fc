"""Small hand-written catalogs and helpers shared by the resolution tests (tests/core/test_resolve_*.py):
capability and interface entries, `build_catalog`, the fixtures `catalog_of` and `tiny`, and
solutions summarised by item id."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from tiny_catalog import TINY_META, write_tree

from configurator.core.catalog import Catalog
from configurator.core.catalog_load import load_catalog
from configurator.core.resolve import add_item
from configurator.core.solution import Solution, SolutionPolicy

_PRICE = {"price_model": "SUB", "unit": "instance", "billing": "monthly", "list_price": 100, "lead_weeks": 1}


def cap(
    ident: str,
    modes: str = "PUB PRV",
    *,
    requires=(),
    provides=(),
    conflicts=(),
    provider: str = "vendor",
    category: str = "base",
) -> dict:
    """A capability entry; `modes` lists its mode codes in catalog order."""
    entry = {
        "id": ident,
        "name": {"en": ident, "zh": ident},
        "category": category,
        "kind": "atomic",
        "provider": provider,
        "modes": {code: dict(_PRICE) for code in modes.split()},
    }
    for key, value in (("requires", requires), ("provides", provides), ("conflicts", conflicts)):
        if value:
            entry[key] = list(value)
    return entry


def iface(ident: str, default: str | None = None) -> dict:
    entry = {"id": ident, "name": {"en": ident, "zh": ident}}
    if default is not None:
        entry["default"] = default
    return entry


def _yaml(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


PARTNER_TYPES = [{"id": "delivery", "name": {"en": "Delivery", "zh": "交付"}, "role": "delivery"}]


def build_catalog(
    root: Path,
    caps: list[dict],
    interfaces: list[dict] = (),
    *,
    files: dict[str, dict] | None = None,
    allow: tuple[str, ...] = (),
) -> Catalog:
    """Write and load a catalog: TINY_META plus `caps`/`interfaces` in content.yaml (and any
    further files, each a dict of sections). Fails on error findings other than `allow`."""
    tree = {
        "catalog.yaml": TINY_META,
        "content.yaml": _yaml({"capabilities": caps, "interfaces": list(interfaces), "partner_types": PARTNER_TYPES}),
    }
    for name, sections in (files or {}).items():
        tree[name] = _yaml(sections)
    write_tree(root, tree)
    result = load_catalog(root)
    errors = [f for f in result.findings if f.severity.value == "error" and f.code not in allow]
    assert not errors, [f.message for f in errors]
    return result.catalog


@pytest.fixture(name="catalog_of")
def catalog_factory(tmp_path: Path):
    """`catalog_of(caps, interfaces=(), **kwargs)`: `build_catalog` in a new folder at each call."""
    counter = iter(range(1000))

    def make(caps, interfaces=(), **kwargs) -> Catalog:
        return build_catalog(tmp_path / f"cat{next(counter)}", caps, interfaces, **kwargs)

    return make


@pytest.fixture(name="tiny")
def tiny_catalog(make_catalog) -> Catalog:
    """The tiny catalog of conftest.py, loaded without findings."""
    result = load_catalog(make_catalog())
    assert not result.findings
    return result.catalog


def empty(catalog: Catalog, deployment: str = "hybrid") -> Solution:
    return Solution(
        name="测试方案",
        catalog_id=catalog.id,
        catalog_version=catalog.version,
        policy=SolutionPolicy(deployment=deployment),
    )


def summary(solution: Solution) -> list[tuple[str, str, str]]:
    """(capability, origin, mode) of every item, in solution order."""
    return [(i.capability, i.origin, i.mode) for i in solution.items]


def ids(solution: Solution) -> set[str]:
    return {i.capability for i in solution.items}


def start(catalog: Catalog, *explicit: str, deployment: str = "hybrid") -> Solution:
    """A resolved solution with the given explicit items added in order."""
    solution = empty(catalog, deployment)
    for ident in explicit:
        solution = add_item(catalog, solution, ident).solution
    return solution
