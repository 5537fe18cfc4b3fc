"""Dependency resolution (configurator.core.resolve), modes (DESIGN.md §3 and §5): the modes a
policy allows (public → PUB/SAAS; private → PRV then HYB; hybrid → any, in the capability's
own order), and a new auto item's mode: under hybrid the requiring item's mode when the
capability offers it, else the capability's first mode; otherwise the policy's preferred
mode; never a mode the capability lacks.

Small hand-written catalogs (resolve_support.py); items, origins and modes asserted by id.
"""

from __future__ import annotations

import pytest
from resolve_support import (
    cap,
    catalog_factory,  # noqa: F401 - the fixture `catalog_of`
    empty,
    summary,
    tiny_catalog,  # noqa: F401 - the fixture `tiny`
)

from configurator.core.resolve import add_item, allowed_modes, choose_mode
from configurator.core.solution import AUTO, DEPLOYMENTS, EXPLICIT, SolutionPolicy


@pytest.mark.parametrize(
    ("deployment", "modes", "expected"),
    [
        ("public", "PRV SAAS PUB", ["PUB", "SAAS"]),
        ("public", "HYB SAAS", ["SAAS"]),
        ("public", "PRV HYB", []),
        ("private", "HYB PUB PRV", ["PRV", "HYB"]),
        ("private", "HYB SAAS", ["HYB"]),
        ("private", "PUB SAAS", []),
        ("hybrid", "HYB PUB PRV", ["HYB", "PUB", "PRV"]),
        ("hybrid", "SAAS", ["SAAS"]),
    ],
)
def test_allowed_modes(catalog_of, deployment, modes, expected):
    catalog = catalog_of([cap("x", modes)])
    assert allowed_modes(catalog.capabilities["x"], SolutionPolicy(deployment)) == expected


@pytest.mark.parametrize(
    ("deployment", "modes", "parent", "expected"),
    [
        ("public", "PRV SAAS PUB", None, "PUB"),  # the policy's preferred mode
        ("public", "PRV SAAS", "PRV", "SAAS"),  # the parent's mode does not matter
        ("public", "PRV HYB", None, "PRV"),  # nothing allowed: the capability's first mode
        ("private", "PUB HYB PRV", "PUB", "PRV"),
        ("private", "PUB HYB", None, "HYB"),
        ("private", "SAAS PUB", None, "SAAS"),  # nothing allowed: first mode, never one it lacks
        ("hybrid", "PUB PRV HYB", "HYB", "HYB"),  # inherits the requiring item's mode
        ("hybrid", "PUB PRV", "HYB", "PUB"),  # not offered: the capability's first mode
        ("hybrid", "SAAS PRV", None, "SAAS"),
    ],
)
def test_choose_mode(catalog_of, deployment, modes, parent, expected):
    catalog = catalog_of([cap("x", modes)])
    assert choose_mode(catalog.capabilities["x"], SolutionPolicy(deployment), parent) == expected


def test_hybrid_auto_items_inherit_the_requiring_items_mode(catalog_of):
    catalog = catalog_of(
        [
            cap("base", "PUB PRV HYB"),
            cap("saas-only", "SAAS PUB"),
            cap("mid", "PUB HYB", requires=["base"]),
            cap("top", "PRV HYB", requires=["mid", "saas-only", "base"]),
        ]
    )
    solution = add_item(catalog, empty(catalog), "top", mode="HYB").solution
    assert summary(solution) == [
        ("top", EXPLICIT, "HYB"),
        ("mid", AUTO, "HYB"),  # offered: inherited
        ("saas-only", AUTO, "SAAS"),  # HYB not offered: its first mode
        ("base", AUTO, "HYB"),  # pulled in by top first (breadth first): HYB
    ]
    solution = add_item(catalog, empty(catalog), "top", mode="PRV").solution
    assert summary(solution) == [
        ("top", EXPLICIT, "PRV"),
        ("mid", AUTO, "PUB"),  # PRV not offered: first mode
        ("saas-only", AUTO, "SAAS"),
        ("base", AUTO, "PRV"),
    ]


def test_inheritance_follows_the_chain(catalog_of):
    catalog = catalog_of(
        [cap("c", "PUB PRV HYB"), cap("b", "PUB HYB", requires=["c"]), cap("a", "PRV HYB", requires=["b"])]
    )
    solution = add_item(catalog, empty(catalog), "a", mode="PRV").solution
    # b lacks PRV → PUB (its first); c inherits b's PUB, not a's PRV.
    assert summary(solution) == [("a", EXPLICIT, "PRV"), ("b", AUTO, "PUB"), ("c", AUTO, "PUB")]


@pytest.mark.parametrize(
    ("deployment", "expected"),
    [
        ("public", [("app", EXPLICIT, "PRV"), ("db", AUTO, "PUB"), ("net", AUTO, "PUB")]),
        ("private", [("app", EXPLICIT, "PRV"), ("db", AUTO, "PRV"), ("net", AUTO, "PRV")]),
    ],
)
def test_policy_preferred_modes_for_new_items(tiny, deployment, expected):
    # app offers only PRV: under public it keeps PRV (never a mode it lacks).
    assert summary(add_item(tiny, empty(tiny, deployment), "app").solution) == expected


def test_auto_item_modes_are_always_offered(catalog_of):
    catalog = catalog_of([cap("x", "HYB"), cap("y", "SAAS", requires=["x"])])
    for deployment in DEPLOYMENTS:
        solution = add_item(catalog, empty(catalog, deployment), "y").solution
        assert summary(solution) == [("y", EXPLICIT, "SAAS"), ("x", AUTO, "HYB")]
