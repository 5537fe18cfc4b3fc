"""What a customer's policy allows: modes by deployment, network and data class; which items
the Xinchuang level puts in scope and what they need; zones; capability roles.

Xinchuang scope (documented in docs/rules.md): a policy level puts an item in scope when the
item runs on premises (PRV or HYB), is not a service, and its category's `xinchuang_scope`
(office, general by default, or core) is at or below the level. In-scope items need a
certified variant under `core` and a certified or adapted one under `office` and `general`.
"""

from __future__ import annotations

from configurator.core.catalog import Capability, Catalog
from configurator.core.solution import SolutionPolicy

PUBLIC_MODES = ("PUB", "SAAS")
LOCAL_MODES = ("PRV", "HYB")
ZONE_OF_MODE = {"PUB": "public", "SAAS": "public", "PRV": "private", "HYB": "hybrid"}
ZONES = ("public", "private", "hybrid")
DEPLOYMENT_MODES = {"public": ("PUB", "SAAS"), "private": ("PRV", "HYB"), "hybrid": None}
LEVEL_RANK = {"none": 0, "office": 1, "general": 2, "core": 3}
CLASS_RANK = {None: 0, "C1": 1, "C2": 2, "C3": 3}
ARCHITECTURE_PREFERENCE = ("aarch64", "x86_64", "loongarch64", "sw64", "mips64el")


def deployment_allows(mode: str, policy: SolutionPolicy) -> bool:
    modes = DEPLOYMENT_MODES.get(policy.deployment)
    return modes is None or mode in modes


def network_allows(mode: str, policy: SolutionPolicy) -> bool:
    """Air-gapped sites run only what is installed inside them (PRV); HYB racks are managed
    from the vendor's public console and need a link."""
    return policy.network != "air_gapped" or mode == "PRV"


def data_allows(cap: Capability, mode: str, policy: SolutionPolicy) -> bool:
    if mode not in PUBLIC_MODES:
        return True
    return CLASS_RANK.get(cap.data_class, 0) <= CLASS_RANK.get(policy.public_data_class, 1)


def mode_allowed(cap: Capability, mode: str, policy: SolutionPolicy) -> bool:
    return (
        mode in cap.modes
        and deployment_allows(mode, policy)
        and network_allows(mode, policy)
        and data_allows(cap, mode, policy)
    )


def in_xinchuang_scope(catalog: Catalog, cap: Capability, mode: str, policy: SolutionPolicy) -> bool:
    if policy.xinchuang == "none" or mode not in LOCAL_MODES or cap.kind == "service":
        return False
    category = catalog.categories.get(cap.category)
    scope = category.xinchuang_scope if category else "general"
    return LEVEL_RANK.get(policy.xinchuang, 0) >= LEVEL_RANK.get(scope, 2)


def required_levels(policy: SolutionPolicy) -> tuple[str, ...]:
    return ("certified",) if policy.xinchuang == "core" else ("certified", "adapted")


def xinchuang_ok(catalog: Catalog, cap: Capability, mode: str, policy: SolutionPolicy) -> bool:
    return not in_xinchuang_scope(catalog, cap, mode, policy) or cap.xinchuang.level in required_levels(policy)


def foreign_barred(cap: Capability, policy: SolutionPolicy) -> bool:
    return "foreign" in cap.roles and policy.xinchuang != "none"


def compliant(catalog: Catalog, cap: Capability, mode: str, policy: SolutionPolicy) -> bool:
    """Whether `cap` in `mode` meets every placement rule of the policy."""
    return (
        mode_allowed(cap, mode, policy)
        and xinchuang_ok(catalog, cap, mode, policy)
        and not foreign_barred(cap, policy)
        and not ("core-banking" in cap.roles and mode in PUBLIC_MODES)
    )


def best_architecture(architectures: list[set[str]]) -> str | None:
    """The architecture every set has, preferring domestic-friendly ones; None if none."""
    if not architectures:
        return None
    common = set.intersection(*architectures)
    ordered = [a for a in ARCHITECTURE_PREFERENCE if a in common] + sorted(common - set(ARCHITECTURE_PREFERENCE))
    return ordered[0] if ordered else None
