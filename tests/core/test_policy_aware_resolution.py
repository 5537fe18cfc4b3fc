"""Policy-aware resolution (configurator.core.resolve with configurator.core.placement):
providers are rejected as foreign, for too low a Xinchuang level, or for offering no allowed
mode, and each rejection is named; an air-gapped site never gets a public-only provider; a C3
capability goes private under a C1 hybrid policy.

The policy-test catalog is in compliance_support.py.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from compliance_support import (
    CAPABILITIES,
    catalog_files,
    clean_sample_catalog,  # noqa: F401 - the fixture `sample`
    load_ok,
    of_code,
    policy_catalog,  # noqa: F401 - the fixture `cat`
    text,
)

from configurator.core.evaluate import evaluate
from configurator.core.resolve import Rejection, add_item, allowed_modes, choose_mode, pick_provider
from configurator.core.solution import Solution, SolutionPolicy


def test_core_policy_resolves_servers_to_domestic_and_database_to_certified(cat):
    policy = SolutionPolicy(deployment="private", xinchuang="core")
    conflicts = cat.conflicts
    provider, rejections = pick_provider(cat, "servers", [], policy, conflicts)
    assert provider == "hw-arm"
    assert rejections == (Rejection("hw-x86", "foreign", "core"),)
    provider, rejections = pick_provider(cat, "rdb", [], policy, conflicts)
    assert provider == "db-cert"
    assert rejections == (Rejection("db-foreign", "foreign", "core"), Rejection("db-adapted", "xinchuang", "adapted"))


def test_core_policy_resolution_of_a_solution(cat):
    policy = SolutionPolicy(deployment="private", xinchuang="core")
    start = Solution("s", cat.id, cat.version, policy=policy)
    result = add_item(cat, start, "app-stack")
    assert result.unresolved == []
    modes = {i.capability: (i.mode, i.origin) for i in result.solution.items}
    assert modes == {"app-stack": ("PRV", "explicit"), "db-cert": ("PRV", "auto"), "hw-arm": ("PRV", "auto")}
    evaluation = evaluate(cat, result.solution)
    assert not [f for f in evaluation.findings if f.code in ("XC-FOREIGN-023", "XC-VARIANT-020")]


def test_no_policy_level_takes_the_defaults(cat):
    result = add_item(cat, Solution("s", cat.id, cat.version), "app-stack")
    assert {i.capability for i in result.solution.items} == {"app-stack", "db-foreign", "hw-x86"}


def test_unresolved_requirement_names_why_each_candidate_was_rejected(make_catalog):
    caps = [c for c in CAPABILITIES if c["id"] not in ("db-cert", "hw-arm")]
    catalog = load_ok(make_catalog(catalog_files(caps), base=False))
    policy = SolutionPolicy(deployment="private", xinchuang="core")
    empty = Solution("s", catalog.id, catalog.version, policy=policy)
    result = add_item(catalog, empty, "app-stack")
    unresolved = {u.requirement: u.rejections for u in result.unresolved}
    assert unresolved == {
        "rdb": (Rejection("db-foreign", "foreign", "core"), Rejection("db-adapted", "xinchuang", "adapted")),
        "servers": (Rejection("hw-x86", "foreign", "core"),),
    }
    findings = of_code(evaluate(catalog, result.solution), "DEP-NONE-003")
    messages = {text(f.params["requirement"]): f.message for f in findings}
    assert "'hw-x86' is foreign technology" in messages["servers"]
    assert "'db-foreign' is foreign technology" in messages["rdb"]
    assert "'db-adapted' has Xinchuang level 'adapted'" in messages["rdb"]


def test_air_gapped_never_picks_a_public_only_provider(cat):
    policy = SolutionPolicy(network="air_gapped")
    provider, rejections = pick_provider(cat, "ocr", [], policy, cat.conflicts)
    assert provider == "ocr-local"
    assert rejections == (Rejection("ocr-cloud", "mode", "PUB"),)
    result = add_item(cat, Solution("s", cat.id, cat.version, policy=policy), "teller")
    assert {(i.capability, i.mode) for i in result.solution.items} == {("teller", "PRV"), ("ocr-local", "PRV")}


@pytest.mark.parametrize(("deployment", "provided"), [("public", 0), ("private", 8), ("hybrid", 8)])
def test_air_gapped_sample_providers_are_never_public_only(sample, deployment, provided):
    """An air-gapped public deployment leaves no provider at all (public modes need the
    internet, and the policy allows no private one); the others find private ones only."""
    policy = SolutionPolicy(deployment=deployment, network="air_gapped")
    conflicts = sample.conflicts
    providers = [pick_provider(sample, interface, [], policy, conflicts)[0] for interface in sample.interfaces]
    found = [provider for provider in providers if provider is not None]
    assert len(found) == provided
    for provider in found:
        assert "PRV" in sample.capabilities[provider].modes, provider
        assert allowed_modes(sample.capabilities[provider], policy) == ["PRV"]


def test_air_gapped_allowed_modes_are_private_only(cat):
    policy = SolutionPolicy(network="air_gapped")
    for capability in cat.capabilities.values():
        assert set(allowed_modes(capability, policy)) <= {"PRV"}


def test_c1_public_data_class_forces_private_for_c3_under_hybrid(cat):
    policy = SolutionPolicy(deployment="hybrid", public_data_class="C1")
    kyc = cat.capabilities["kyc"]
    assert allowed_modes(kyc, policy) == ["PRV"]
    assert choose_mode(kyc, policy) == "PRV"
    assert allowed_modes(kyc, replace(policy, public_data_class="C3")) == ["PUB", "PRV"]
    added = add_item(cat, Solution("s", cat.id, cat.version, policy=policy), "kyc").solution
    assert added.item("kyc").mode == "PRV"


def test_c3_dependency_of_a_public_item_goes_private_under_hybrid(cat):
    """A public front end requiring a C3 capability: the pulled-in C3 item must not inherit
    the public mode the C1 policy forbids for it."""
    policy = SolutionPolicy(deployment="hybrid", public_data_class="C1")
    result = add_item(cat, Solution("s", cat.id, cat.version, policy=policy), "front", "PUB")
    assert result.solution.item("front").mode == "PUB"
    assert result.solution.item("kyc").mode == "PRV"
    assert of_code(evaluate(cat, result.solution), "DR-CLASS-030") == []
