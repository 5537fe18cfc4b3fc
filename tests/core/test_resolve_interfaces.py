"""Dependency resolution (configurator.core.resolve) of interface requirements (DESIGN.md §3
and §5): an interface requirement is met by any provider already present, else the
interface's `default`, else the first provider in catalog order, skipping providers that
conflict with the solution or offer no mode the policy allows, else an `Unresolved` record
explaining each rejected candidate; an edit keeps a provider the user has seen.

Small hand-written catalogs (resolve_support.py); items, origins and modes asserted by id.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from resolve_support import (
    cap,
    catalog_factory,  # noqa: F401 - the fixture `catalog_of`
    empty,
    ids,
    iface,
    start,
    summary,
)

from configurator.core.evaluate import evaluate
from configurator.core.resolve import Rejection, Unresolved, add_item, remove_item, resolve
from configurator.core.solution import AUTO, EXPLICIT, Item


def _providers_catalog(catalog_of, default: str | None, **extra):
    caps = [
        cap("p-first", "PUB PRV", provides=["store"]),
        cap("p-second", "PUB PRV", provides=["store"]),
        cap("p-third", "PUB PRV", provides=["store"]),
        cap("user", "PUB PRV", requires=["store"]),
        *extra.pop("more", []),
    ]
    return catalog_of(caps, [iface("store", default)], **extra)


def test_interface_met_by_its_default_provider(catalog_of):
    catalog = _providers_catalog(catalog_of, default="p-second")
    solution = start(catalog, "user")
    assert summary(solution) == [("user", EXPLICIT, "PUB"), ("p-second", AUTO, "PUB")]


def test_interface_without_default_met_by_first_provider_in_catalog_order(catalog_of):
    catalog = _providers_catalog(catalog_of, default=None)
    assert ids(start(catalog, "user")) == {"user", "p-first"}


def test_catalog_order_is_file_order_not_alphabetical(catalog_of):
    # Files load sorted by path: a.yaml before content.yaml before z.yaml. "zz-early" is in
    # a.yaml, so it is the first provider although its id sorts last.
    catalog = catalog_of(
        [cap("user", requires=["store"]), cap("aa-late", provides=["store"])],
        [iface("store")],
        files={
            "a.yaml": {"capabilities": [cap("zz-early", provides=["store"])]},
            "z.yaml": {"capabilities": [cap("mm-last", provides=["store"])]},
        },
    )
    assert catalog.providers_of("store") == ("zz-early", "aa-late", "mm-last")
    assert ids(start(catalog, "user")) == {"user", "zz-early"}


def test_interface_met_by_a_present_provider_instead_of_the_default(catalog_of):
    catalog = _providers_catalog(catalog_of, default="p-second")
    solution = start(catalog, "p-third", "user")
    assert summary(solution) == [("p-third", EXPLICIT, "PUB"), ("user", EXPLICIT, "PUB")]
    # ... also when the provider is added after the requiring item is listed
    solution = resolve(catalog, replace(empty(catalog), items=(Item("user", "PUB"), Item("p-third", "PUB")))).solution
    assert ids(solution) == {"user", "p-third"}


def test_interface_met_by_a_present_auto_provider(catalog_of):
    # other requires p-third directly; user's store need is then met by that auto item.
    catalog = _providers_catalog(catalog_of, default="p-second", more=[cap("other", requires=["p-third"])])
    solution = start(catalog, "other", "user")
    assert summary(solution) == [("other", EXPLICIT, "PUB"), ("p-third", AUTO, "PUB"), ("user", EXPLICIT, "PUB")]


@pytest.mark.parametrize("declared_on", ["provider", "item"])
def test_conflicting_default_provider_is_skipped(catalog_of, declared_on):
    """A conflict holds both ways, whichever side declares it."""
    caps = [
        cap("p-first", provides=["store"]),
        cap("p-second", provides=["store"], conflicts=["blocker"] if declared_on == "provider" else ()),
        cap("user", requires=["store"]),
        cap("blocker", conflicts=["p-second"] if declared_on == "item" else ()),
    ]
    catalog = catalog_of(caps, [iface("store", "p-second")])
    resolution = add_item(catalog, start(catalog, "blocker"), "user")
    assert ids(resolution.solution) == {"blocker", "user", "p-first"}
    assert resolution.unresolved == []


def test_conflicting_first_provider_is_skipped_for_the_next(catalog_of):
    caps = [
        cap("p-first", provides=["store"], conflicts=["blocker"]),
        cap("p-second", provides=["store"]),
        cap("p-third", provides=["store"]),
        cap("user", requires=["store"]),
        cap("blocker"),
    ]
    catalog = catalog_of(caps, [iface("store")])
    solution = add_item(catalog, start(catalog, "blocker"), "user").solution
    assert ids(solution) == {"blocker", "user", "p-second"}


def test_provider_without_an_allowed_mode_is_skipped(catalog_of):
    # Under public, the default p-priv (PRV/HYB only) is skipped; the next provider offering
    # SAAS is taken, in its allowed mode.
    caps = [
        cap("p-priv", "PRV HYB", provides=["store"]),
        cap("p-saas", "PRV SAAS", provides=["store"]),
        cap("user", "PUB", requires=["store"]),
    ]
    catalog = catalog_of(caps, [iface("store", "p-priv")])
    resolution = add_item(catalog, empty(catalog, "public"), "user")
    assert summary(resolution.solution) == [("user", EXPLICIT, "PUB"), ("p-saas", AUTO, "SAAS")]
    # Under private the default fits.
    resolution = add_item(catalog, empty(catalog, "private"), "user")
    assert summary(resolution.solution) == [("user", EXPLICIT, "PUB"), ("p-priv", AUTO, "PRV")]


def test_unresolved_explains_every_rejected_candidate(catalog_of):
    caps = [
        cap("p-first", "PRV", provides=["store"]),
        cap("p-second", "PUB", provides=["store"], conflicts=["blocker"]),
        cap("p-third", "HYB", provides=["store"]),
        cap("user", "PUB", requires=["store"]),
        cap("blocker", "PUB"),
    ]
    catalog = catalog_of(caps, [iface("store", "p-second")])
    resolution = add_item(catalog, start(catalog, "blocker", deployment="public"), "user")
    assert ids(resolution.solution) == {"blocker", "user"}
    assert resolution.unresolved == [
        Unresolved(
            "user",
            "store",
            (
                Rejection("p-second", "conflict", "blocker"),  # the default is tried first
                Rejection("p-first", "mode", "PRV"),
                Rejection("p-third", "mode", "HYB"),
            ),
        )
    ]
    findings = evaluate(catalog, resolution.solution).findings
    none = [f for f in findings if f.code == "DEP-NONE-003"]
    assert [(f.subject, f.params["requirement"]) for f in none] == [("user", "store")]
    assert "blocker" in none[0].message and "p-first" in none[0].message


def test_unresolved_when_the_interface_has_no_provider(catalog_of):
    catalog = catalog_of([cap("user", requires=["store"])], [iface("store")], allow=("CAT-IFACE-010",))
    resolution = add_item(catalog, empty(catalog), "user")
    assert resolution.unresolved == [Unresolved("user", "store", ())]
    assert [f.code for f in evaluate(catalog, resolution.solution).findings if f.severity.value == "error"] == [
        "DEP-NONE-003"
    ]


@pytest.mark.parametrize("rejected_for", ["conflict", "mode"])
def test_no_unresolved_record_for_a_requirement_met_later(catalog_of, rejected_for):
    """top requires the interface store, then q; q requires store's only provider p
    directly. p is rejected for store (it conflicts with x, also required by top; or, under
    a public policy, it offers only PRV), but q's requirement adds p after all, so store is
    met. The resolution must not report store as unresolved ("no provider fits") when the
    solution it returns has a provider of it: `configurator new` would exit 1 for it."""
    if rejected_for == "conflict":
        caps = [
            cap("x"),
            cap("p", provides=["store"], conflicts=["x"]),
            cap("q", requires=["p"]),
            cap("top", requires=["x", "store", "q"]),
        ]
        deployment, expected = "hybrid", {"top", "x", "q", "p"}
    else:
        caps = [
            cap("p", "PRV", provides=["store"]),
            cap("q", "PUB", requires=["p"]),
            cap("top", "PUB", requires=["store", "q"]),
        ]
        deployment, expected = "public", {"top", "q", "p"}
    catalog = catalog_of(caps, [iface("store")])
    resolution = add_item(catalog, empty(catalog, deployment), "top")
    assert ids(resolution.solution) == expected
    findings = evaluate(catalog, resolution.solution).findings
    assert not any(f.code == "DEP-NONE-003" for f in findings)
    assert resolution.unresolved == []


def test_a_previous_auto_provider_is_kept_rather_than_swapped_for_the_default(catalog_of):
    """docs/solution.md §3 step 2: an edit does not swap a provider the user has seen."""
    caps = [
        cap("p-first", provides=["store"]),
        cap("p-default", provides=["store"]),
        cap("user", requires=["store"]),
        cap("blocker", conflicts=["p-default"]),
        cap("other"),
    ]
    catalog = catalog_of(caps, [iface("store", "p-default")])
    solution = add_item(catalog, start(catalog, "blocker"), "user").solution
    assert ids(solution) == {"blocker", "user", "p-first"}
    solution = remove_item(catalog, solution, "blocker")  # the default would fit again
    solution = add_item(catalog, solution, "other").solution
    assert summary(solution) == [("user", EXPLICIT, "PUB"), ("p-first", AUTO, "PUB"), ("other", EXPLICIT, "PUB")]


def test_adding_an_item_that_conflicts_with_an_auto_provider_swaps_the_provider(catalog_of):
    caps = [
        cap("p-default", provides=["store"]),
        cap("p-other", provides=["store"]),
        cap("user", requires=["store"]),
        cap("blocker", conflicts=["p-default"]),
    ]
    catalog = catalog_of(caps, [iface("store", "p-default")])
    solution = start(catalog, "user")
    assert ids(solution) == {"user", "p-default"}
    solution = add_item(catalog, solution, "blocker").solution
    assert summary(solution) == [("user", EXPLICIT, "PUB"), ("blocker", EXPLICIT, "PUB"), ("p-other", AUTO, "PUB")]


def test_capability_requirement_is_added_even_when_it_conflicts(catalog_of):
    """A direct capability requirement has no alternative: it is added and the conflict is
    reported, never silently dropped."""
    catalog = catalog_of([cap("dep", conflicts=["blocker"]), cap("user", requires=["dep"]), cap("blocker")])
    solution = add_item(catalog, start(catalog, "blocker"), "user").solution
    assert ids(solution) == {"blocker", "user", "dep"}
    assert "CON-EXCL-005" in {f.code for f in evaluate(catalog, solution).findings}
