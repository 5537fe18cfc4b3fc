"""Applying the policy to every item (resolve.apply_policy): explicit items take a compliant
mode too, items that cannot comply in any mode are replaced by a compliant provider of the same
interface, and the change list says what happens, in the solution's order."""

from __future__ import annotations

from dataclasses import replace

from configurator.core.evaluate import evaluate
from configurator.core.resolve import PolicyChange, add_item, apply_policy, from_scenario, policy_changes, set_policy
from configurator.core.solution import Solution, SolutionPolicy

SCENARIO = "scn-supply-chain-finance"


def _errors(catalog, solution, code):
    return [f for f in evaluate(catalog, solution).findings if f.code == code]


def test_air_gapped_moves_explicit_items_to_private_where_they_offer_it(sample):
    start = from_scenario(sample, SCENARIO, "scf").solution
    gapped = set_policy(sample, start, replace(start.policy, network="air_gapped")).solution
    assert {f.subject for f in _errors(sample, gapped, "MODE-AIRGAP-012")} >= {"api-gateway", "db-tdsql-distributed"}

    applied = apply_policy(sample, gapped)

    assert PolicyChange("mode", "api-gateway", "PRV") in applied.changes
    assert PolicyChange("mode", "db-tdsql-distributed", "PRV") in applied.changes
    assert applied.solution.item("api-gateway").explicit
    left = _errors(sample, applied.solution, "MODE-AIRGAP-012")
    assert left, "public-only items stay: nothing compliant can take their place"
    for finding in left:  # only where no compliant mode exists
        assert "PRV" not in sample.capabilities[finding.subject].modes


def test_core_xinchuang_replaces_foreign_servers_and_database_by_certified_ones(sample):
    start = Solution("s", sample.id, sample.version, policy=SolutionPolicy(deployment="private"))
    start = add_item(sample, start, "private-cloud-tce").solution
    start = add_item(sample, start, "sw-oracle-db").solution
    core = set_policy(sample, start, replace(start.policy, xinchuang="core")).solution
    assert core.item("hw-x86-servers") is not None  # re-resolution alone keeps the foreign servers

    applied = apply_policy(sample, core)

    assert applied.changes[:2] == (
        PolicyChange("replace", "hw-x86-servers", "hw-domestic-servers-arm"),
        PolicyChange("replace", "sw-oracle-db", "db-tdsql-distributed"),
    )
    assert {c.kind for c in applied.changes[2:]} == {"add"}  # what the certified database requires
    levels = {sample.capabilities[i.capability].xinchuang.level for i in applied.solution.items if i.mode == "PRV"}
    assert levels == {"certified"}
    assert applied.solution.item("db-tdsql-distributed").explicit  # the replaced item was chosen explicitly
    assert not _errors(sample, applied.solution, "XC-FOREIGN-023")
    assert not _errors(sample, applied.solution, "XC-VARIANT-020")


def test_a_solution_that_follows_the_policy_is_left_as_it_is(sample):
    start = from_scenario(sample, SCENARIO, "scf").solution
    assert policy_changes(sample, start) == []
    applied = apply_policy(sample, start)
    assert applied.changes == ()
    assert applied.solution is start


def test_an_item_required_by_name_is_not_replaced(sample):
    """esign requires comm-sms by name: another provider would not meet it."""
    start = from_scenario(sample, SCENARIO, "scf").solution
    policy = replace(start.policy, deployment="private", xinchuang="core", network="air_gapped")
    strict = set_policy(sample, start, policy).solution
    applied = apply_policy(sample, strict)
    assert applied.solution.item("comm-sms") is not None
    assert all(c.target != "comm-sms" or c.kind == "mode" for c in applied.changes)


def test_changes_name_what_goes_with_a_replaced_item(sample):
    """Replacing the foreign OS drops nothing it alone needed here, and the replacement's own
    requirements come as additions."""
    start = Solution("s", sample.id, sample.version, policy=SolutionPolicy(deployment="private"))
    start = add_item(sample, start, "sw-oracle-db").solution
    core = set_policy(sample, start, replace(start.policy, xinchuang="core")).solution
    applied = apply_policy(sample, core)
    kinds = {c.kind for c in applied.changes}
    assert "replace" in kinds
    before, after = {i.capability for i in core.items}, {i.capability for i in applied.solution.items}
    replaced = {c.target for c in applied.changes if c.kind == "replace"}
    removed = {c.target for c in applied.changes if c.kind == "remove"}
    added = {c.target for c in applied.changes if c.kind == "add"}
    incoming = {c.value for c in applied.changes if c.kind == "replace"}
    assert before - after == replaced | removed
    assert after - before == incoming | added
