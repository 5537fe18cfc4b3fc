"""Dependency resolution (configurator.core.resolve) across edits (DESIGN.md §3 and §5):
removing an item drops the auto items nothing needs any more, never an explicit item; adding
an auto item makes it explicit and keeps its fields; changing a mode or the policy
re-resolves; starting from a scenario; and resolving or adding twice changes nothing.

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
    tiny_catalog,  # noqa: F401 - the fixture `tiny`
)

from configurator.core.evaluate import evaluate
from configurator.core.resolve import add_item, from_scenario, prune, remove_item, resolve, set_mode, set_policy
from configurator.core.solution import AUTO, EXPLICIT, Item, SolutionPolicy

# --------------------------------------------------------------------------- removing


def test_remove_drops_orphaned_autos_and_keeps_explicit_items(tiny):
    solution = start(tiny, "app", "net")
    assert summary(solution) == [("app", EXPLICIT, "PRV"), ("db", AUTO, "PRV"), ("net", EXPLICIT, "PRV")]
    after = remove_item(tiny, solution, "app")
    assert summary(after) == [("net", EXPLICIT, "PRV")]


def test_remove_keeps_autos_still_needed_by_another_explicit_item(catalog_of):
    catalog = catalog_of(
        [cap("shared"), cap("own"), cap("a", requires=["shared", "own"]), cap("b", requires=["shared"])]
    )
    solution = start(catalog, "a", "b")
    assert summary(remove_item(catalog, solution, "a")) == [("shared", AUTO, "PUB"), ("b", EXPLICIT, "PUB")]


def test_remove_keeps_an_explicit_item_nothing_needs(tiny):
    solution = start(tiny, "net", "app")  # net explicit, also required by db
    after = remove_item(tiny, solution, "app")
    assert summary(after) == [("net", EXPLICIT, "PUB")]


def test_remove_an_explicit_dependency_keeps_its_requirer_and_reports(tiny):
    solution = start(tiny, "db", "app")  # db explicit, and app's rdb provider
    after = remove_item(tiny, solution, "db")
    assert summary(after) == [("app", EXPLICIT, "PRV")]  # net was only needed through db
    codes = {(f.code, f.subject) for f in evaluate(tiny, after).findings}
    assert ("DEP-REQ-001", "app") in codes


@pytest.mark.parametrize("requires", [[], ["db"], ["rdb"]])
def test_an_absent_recommended_item_is_reported_until_added(catalog_of, requires):
    """Whether the item's own requires are met directly, through an interface or absent."""
    app = cap("app", requires=requires)
    app["recommends"] = ["audit"]
    catalog = catalog_of([cap("db", provides=["rdb"]), cap("audit"), app], [iface("rdb")])
    solution = start(catalog, "app")
    found = [(f.code, f.subject, f.severity.value) for f in evaluate(catalog, solution).findings]
    assert found == [("DEP-REC-002", "app", "info")]
    added = add_item(catalog, solution, "audit").solution
    assert evaluate(catalog, added).findings == ()


def test_remove_an_absent_item_changes_nothing(tiny):
    solution = start(tiny, "app")
    assert remove_item(tiny, solution, "impl") == solution


def test_removing_every_explicit_item_empties_the_solution(tiny):
    solution = start(tiny, "app", "impl")
    solution = remove_item(tiny, remove_item(tiny, solution, "app"), "impl")
    assert solution.items == ()


def test_prune_drops_only_unneeded_autos(tiny):
    solution = replace(
        empty(tiny),
        items=(Item("db", "PUB", origin=EXPLICIT), Item("net", "PUB", origin=AUTO), Item("impl", "PRV", origin=AUTO)),
    )
    assert ids(prune(tiny, solution)) == {"db", "net"}


# --------------------------------------------------------------------------- add, edit


def test_adding_an_auto_item_makes_it_explicit(tiny):
    solution = start(tiny, "app")
    again = add_item(tiny, solution, "db").solution
    assert summary(again) == [("app", EXPLICIT, "PRV"), ("db", EXPLICIT, "PRV"), ("net", AUTO, "PRV")]
    # Now explicit, it survives removing the item that pulled it in.
    assert summary(remove_item(tiny, again, "app")) == [("db", EXPLICIT, "PRV"), ("net", AUTO, "PRV")]


def test_an_existing_auto_item_keeps_its_fields(tiny):
    solution = start(tiny, "app")
    solution = solution.replace_item("db", quantity=3, discount=0.25, notes="主库", delivered_by="delivery")
    again = add_item(tiny, solution, "impl").solution
    assert again.item("db") == solution.item("db")
    # when the policy rules its mode out, only the mode is chosen again
    public = set_policy(tiny, solution, SolutionPolicy("public")).solution
    assert public.item("db") == replace(solution.item("db"), mode="PUB")
    # made explicit, it keeps everything too
    explicit = add_item(tiny, solution, "db").solution
    assert explicit.item("db") == replace(solution.item("db"), origin=EXPLICIT)


def test_a_new_auto_item_has_quantity_1_no_discount_and_the_catalog_deliverer(tiny):
    item = start(tiny, "app").item("db")
    assert (item.quantity, item.discount, item.delivered_by, item.partner, item.customized, item.notes) == (
        1,
        0.0,
        None,
        None,
        False,
        "",
    )


def test_adding_an_auto_item_with_a_mode_sets_it(tiny):
    solution = add_item(tiny, start(tiny, "app"), "db", mode="PUB").solution
    assert ("db", EXPLICIT, "PUB") in summary(solution)
    assert len(solution.items) == 3


def test_set_mode_changes_the_item_and_keeps_auto_modes_under_hybrid(tiny):
    solution = start(tiny, "db")  # db PUB (first mode), net PUB
    changed = set_mode(tiny, solution, "db", "PRV").solution
    assert summary(changed) == [("db", EXPLICIT, "PRV"), ("net", AUTO, "PUB")]


def test_set_mode_re_resolves(tiny):
    solution = start(tiny, "app")
    broken = remove_item(tiny, solution, "db")  # app's rdb no longer met
    assert ids(broken) == {"app"}
    fixed = set_mode(tiny, broken, "app", "PRV").solution
    assert summary(fixed) == summary(solution)


def test_set_policy_re_resolves_auto_modes_and_keeps_explicit_ones(catalog_of):
    caps = [
        cap("p-priv", "PRV", provides=["store"]),
        cap("p-pub", "PUB", provides=["store"]),
        cap("base", "PRV PUB"),
        cap("user", "PRV PUB", requires=["store", "base"]),
    ]
    catalog = catalog_of(caps, [iface("store", "p-priv")])
    solution = add_item(catalog, empty(catalog, "private"), "user").solution
    assert summary(solution) == [("user", EXPLICIT, "PRV"), ("p-priv", AUTO, "PRV"), ("base", AUTO, "PRV")]
    public = set_policy(catalog, solution, SolutionPolicy("public")).solution
    assert public.policy.deployment == "public"
    # Explicit modes stay (the user changes them); auto modes move to allowed ones, and a
    # provider the new policy allows no mode of gives way to one it does.
    assert summary(public) == [("user", EXPLICIT, "PRV"), ("base", AUTO, "PUB"), ("p-pub", AUTO, "PUB")]
    back = set_policy(catalog, public, SolutionPolicy("private")).solution
    assert sorted(summary(back)) == sorted(summary(solution))


def test_set_policy_resolves_what_was_unresolved(catalog_of):
    caps = [cap("p-priv", "PRV", provides=["store"]), cap("user", "PUB PRV", requires=["store"])]
    catalog = catalog_of(caps, [iface("store")])
    resolution = add_item(catalog, empty(catalog, "public"), "user")
    assert [u.requirement for u in resolution.unresolved] == ["store"]
    hybrid = set_policy(catalog, resolution.solution, SolutionPolicy("hybrid"))
    assert hybrid.unresolved == []
    assert summary(hybrid.solution) == [("user", EXPLICIT, "PUB"), ("p-priv", AUTO, "PRV")]


def test_from_scenario(tiny):
    resolution = from_scenario(tiny, "scn-app", "方案")
    solution = resolution.solution
    assert solution.scenario == "scn-app"
    assert solution.policy.deployment == "private"
    assert summary(solution) == [("app", EXPLICIT, "PRV"), ("db", AUTO, "PRV"), ("net", AUTO, "PRV")]


def test_from_scenario_interface_requirement_becomes_its_default_provider(catalog_of):
    catalog = catalog_of(
        [cap("p-first", provides=["store"]), cap("p-default", provides=["store"], requires=["b"]), cap("b")],
        [iface("store", "p-default")],
        files={
            "scenarios.yaml": {
                "scenarios": [
                    {
                        "id": "scn",
                        "name": {"en": "S", "zh": "S"},
                        "required": ["store"],
                        "policy": {"deployment": "public"},
                    }
                ]
            }
        },
    )
    solution = from_scenario(catalog, "scn", "x").solution
    assert summary(solution) == [("p-default", EXPLICIT, "PUB"), ("b", AUTO, "PUB")]


# --------------------------------------------------------------------------- idempotence


def test_resolving_twice_changes_nothing(tiny):
    once = resolve(tiny, replace(empty(tiny), items=(Item("app", "PRV"), Item("impl", "PRV"))))
    twice = resolve(tiny, once.solution)
    assert twice.solution == once.solution
    assert twice.unresolved == once.unresolved


def test_adding_twice_changes_nothing(tiny):
    once = add_item(tiny, empty(tiny), "app").solution
    assert add_item(tiny, once, "app").solution == once


def test_resolve_drops_stale_autos(tiny):
    stale = replace(empty(tiny), items=(Item("net", "PUB", origin=AUTO), Item("impl", "PRV", origin=AUTO)))
    assert resolve(tiny, stale).solution.items == ()


def test_resolve_keeps_unknown_and_invalid_items(tiny):
    unknown = Item("gone-from-catalog", "PUB", origin=AUTO)
    raw = Item("", "", raw={"capability": 3}, origin=AUTO)
    solution = replace(empty(tiny), items=(unknown, raw, Item("db", "PUB")))
    resolved = resolve(tiny, solution).solution
    assert resolved.items[:2] == (unknown, raw)
    assert resolved.items[1].raw == {"capability": 3}
    assert ids(resolved) == {"gone-from-catalog", "", "db", "net"}
    assert remove_item(tiny, resolved, "db").items[:2] == (unknown, raw)
