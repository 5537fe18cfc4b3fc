"""The sample scenarios under policy: every one under its own suggested policy has no error
finding; the core Xinchuang scenario is all-domestic on one CPU architecture; going
air-gapped moves auto items to private and names exactly the items that cannot follow.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from compliance_support import (
    check,
    clean_sample_catalog,  # noqa: F401 - the fixture `sample`
    of_code,
    policy_catalog,  # noqa: F401 - the fixture `cat`
    solution_of,
)

from configurator.core.catalog_load import load_catalog
from configurator.core.evaluate import evaluate
from configurator.core.findings import Severity
from configurator.core.placement import LOCAL_MODES, in_xinchuang_scope
from configurator.core.resolve import add_item, allowed_modes, from_scenario, set_policy
from configurator.paths import catalog_dir

SCENARIOS = list(load_catalog(catalog_dir()).catalog.scenarios)
CORE = "scn-core-distributed-xinchuang"


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_sample_scenario_under_its_policy_has_no_errors(sample, scenario):
    result = from_scenario(sample, scenario, scenario)
    assert result.unresolved == []
    evaluation = evaluate(sample, result.solution)
    errors = [(f.code, f.subject, f.message) for f in evaluation.findings if f.severity is Severity.ERROR]
    assert errors == []
    assert evaluation.compliance.passed is True


def test_core_xinchuang_scenario_is_all_domestic_on_one_architecture(sample):
    result = from_scenario(sample, CORE, "core")
    solution = result.solution
    assert (solution.policy.xinchuang, solution.policy.deployment) == ("core", "private")
    evaluation = evaluate(sample, solution)
    caps = [(item, sample.capabilities[item.capability]) for item in solution.items]
    assert [c.id for _, c in caps if "foreign" in c.roles] == []
    in_scope = [c for item, c in caps if in_xinchuang_scope(sample, c, item.mode, solution.policy)]
    assert in_scope  # the check is not vacuous
    assert {c.id for c in in_scope if c.xinchuang.level != "certified"} == set()
    server = next(c for _, c in caps if "server-hardware" in c.provides)
    assert server.id != "hw-x86-servers" and server.xinchuang.level == "certified"
    report = evaluation.compliance
    assert report.architecture is not None
    assert all(
        report.architecture in c.xinchuang.architectures
        for item, c in caps
        if item.mode in LOCAL_MODES and c.xinchuang.architectures
    )
    assert report.passed is True
    assert {r.id: r.status for r in report.requirements}["foreign-technology"] == "pass"


def test_core_scenario_air_gapped_lists_exactly_the_items_that_must_change(sample):
    solution = from_scenario(sample, CORE, "core").solution
    solution = add_item(sample, solution, "dedicated-cluster-cdc").solution
    before = {i.capability for i in solution.items if i.mode != "PRV"}
    assert "dedicated-cluster-cdc" in before
    gapped = set_policy(sample, solution, replace(solution.policy, network="air_gapped")).solution
    must_change = {i.capability for i in gapped.items if i.mode != "PRV"}
    # what cannot run air-gapped is what had no PRV mode to move to
    assert (
        must_change
        == {i.capability for i in gapped.items if "PRV" not in sample.capabilities[i.capability].modes}
        == before
    )
    evaluation = evaluate(sample, gapped)
    assert {f.subject for f in of_code(evaluation, "MODE-AIRGAP-012")} == must_change


def test_air_gapped_flags_every_item_not_private_whatever_the_deployment(cat):
    """A public item on an air-gapped site cannot work either: the air-gap finding names it
    even when the deployment finding names it too."""
    solution = solution_of(
        cat, [("cache", "HYB"), ("portal", "PUB"), ("db-cert", "PRV")], deployment="private", network="air_gapped"
    )
    evaluation = check(cat, solution)
    assert {f.subject for f in of_code(evaluation, "MODE-POLICY-011")} == {"portal"}
    assert {f.subject for f in of_code(evaluation, "MODE-AIRGAP-012")} == {"cache", "portal"}


def test_an_auto_item_with_no_allowed_mode_keeps_its_own(sample):
    """(test_gui_app: "an item with no allowed mode keeps its own") dedicated-line offers PUB
    and HYB; air-gapped allows neither, so it stays HYB instead of moving to PUB, which the
    private deployment forbids as well."""
    solution = from_scenario(sample, CORE, "core").solution
    solution = add_item(sample, solution, "dedicated-cluster-cdc").solution
    assert solution.item("dedicated-line").mode == "HYB"
    assert not solution.item("dedicated-line").explicit
    gapped = set_policy(sample, solution, replace(solution.policy, network="air_gapped")).solution
    assert allowed_modes(sample.capabilities["dedicated-line"], gapped.policy) == []
    assert gapped.item("dedicated-line").mode == "HYB"


def test_air_gapped_moves_auto_items_to_private_and_keeps_explicit_modes(sample):
    solution = from_scenario(sample, "scn-virtual-branch", "vb").solution
    gapped = set_policy(sample, solution, replace(solution.policy, network="air_gapped")).solution
    for item in gapped.items:
        old = solution.item(item.capability)
        if item.explicit:
            assert item.mode == old.mode
        elif "PRV" in sample.capabilities[item.capability].modes:
            assert item.mode == "PRV", item.capability
