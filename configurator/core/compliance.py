"""Hybrid-cloud placement and Xinchuang rules (MODE-, DR-, XC-, PLAN-), their compliant
alternatives, and the compliance report the BOM carries.

Every finding that a catalog change can fix lists `alternatives` in its params: another mode
of the same capability, another provider of the same interface, or a capability to add. Each
alternative meets the whole policy, not only the rule that found the problem.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from configurator.core.catalog import Capability
from configurator.core.codes import N_, Listing, Phrase, make, phrase, translated
from configurator.core.findings import Finding, Severity
from configurator.core.policy import (
    LOCAL_MODES,
    PUBLIC_MODES,
    ZONE_OF_MODE,
    best_architecture,
    compliant,
    data_allows,
    deployment_allows,
    foreign_barred,
    in_xinchuang_scope,
    required_levels,
    xinchuang_ok,
)
from configurator.core.resolve import allowed_modes, choose_mode
from configurator.core.solution import Item

DEPLOYMENT_WORDS = {"public": N_("public"), "private": N_("private"), "hybrid": N_("hybrid")}
LEVEL_WORDS = {
    "none": N_("none"),
    "office": N_("office"),
    "general": N_("general"),
    "core": N_("core"),
    "certified": N_("certified"),
    "adapted": N_("adapted"),
}


def _either(levels: tuple[str, ...]) -> Phrase:
    words = [phrase(LEVEL_WORDS[level]) for level in levels]
    result = words[0]
    for word in words[1:]:
        result = phrase(N_("{first} or {second}"), first=result, second=word)
    return result


ROLE_WORDS = {
    "api-gateway": N_("an API gateway"),
    "waf": N_("a web application firewall"),
    "sm-crypto": N_("an HSM with SM2/SM3/SM4 cryptography"),
    "crypto-assessment": N_("a commercial-cryptography assessment"),
}

ALTERNATIVE_WORDS = {
    "mode": N_("switch '{target}' to {value}"),
    "replace": N_("replace '{target}' with '{value}'"),
    "add": N_("add '{target}'"),
}


def alternative_label(kind: str, target: str, value: str) -> Phrase:
    return phrase(ALTERNATIVE_WORDS[kind], target=target, value=value)


@dataclass(frozen=True)
class Alternative:
    kind: str  # mode | replace | add
    target: str  # the item concerned (mode, replace) or the capability to add
    value: str  # the new mode, the replacing capability, or the mode of the added one

    def label(self) -> Phrase:
        return alternative_label(self.kind, self.target, self.value)

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "target": self.target, "value": self.value}


def _variants(ctx, item: Item, cap: Capability) -> list[Alternative]:
    """Compliant replacements for one item: its other modes, then other providers of the
    interfaces it is in the solution for."""
    catalog, policy = ctx.catalog, ctx.solution.policy
    found = [
        Alternative("mode", cap.id, mode)
        for mode in allowed_modes(cap, policy)
        if mode != item.mode and compliant(catalog, cap, mode, policy)
    ]
    conflicts = catalog.conflicts
    present = set(ctx.items) - {cap.id}
    if any(
        cap.id in ctx.catalog.capabilities[p].requires
        for p in ctx.graph.predecessors(cap.id)
        if p in ctx.catalog.capabilities
    ):
        return found  # required by name: another provider would not take its place
    for interface in cap.provides:
        for other in catalog.providers_of(interface):
            other_cap = catalog.capabilities[other]
            if other == cap.id or other in ctx.items or conflicts.get(other, set()) & present:
                continue
            mode = choose_mode(other_cap, policy, item.mode)
            if compliant(catalog, other_cap, mode, policy) and all(a.value != other for a in found):
                found.append(Alternative("replace", cap.id, other))
    return found


def _additions(ctx, role: str) -> list[Alternative]:
    catalog, policy = ctx.catalog, ctx.solution.policy
    found = []
    for cap in catalog.capabilities.values():
        if role in cap.roles and cap.id not in ctx.items:
            modes = [m for m in allowed_modes(cap, policy) if compliant(catalog, cap, m, policy)]
            if modes:
                found.append(Alternative("add", cap.id, modes[0]))
    return found


def _with(alternatives: list[Alternative]) -> dict[str, Any]:
    if not alternatives:
        return {}
    return {
        "hint": "alternatives",
        "alternatives": [a.to_dict() for a in alternatives],
        "choices": [a.label() for a in alternatives],
    }


# -- MODE


def _modes(ctx) -> Iterator[Finding]:
    policy = ctx.solution.policy
    for item, cap in ctx.known:
        if item.mode not in cap.modes:
            continue  # MODE-AVAIL-010
        if not deployment_allows(item.mode, policy):
            yield make(
                "MODE-POLICY-011",
                ctx.at(item),
                subject=cap.id,
                mode=item.mode,
                deployment=phrase(DEPLOYMENT_WORDS[policy.deployment]),
                **_with(_variants(ctx, item, cap)),
            )
        if policy.network == "air_gapped" and item.mode != "PRV":
            yield make(
                "MODE-AIRGAP-012", ctx.at(item), subject=cap.id, mode=item.mode, **_with(_variants(ctx, item, cap))
            )


def _edges(ctx) -> Iterator[tuple[Item, Item]]:
    """Dependency edges between items in a mode their capability offers (others are
    MODE-AVAIL-010 findings, and their zone is unknown)."""
    offered = {item.capability for item, cap in ctx.known if item.mode in cap.modes}
    for source, target in ctx.graph.edges:
        if source in offered and target in offered:
            yield ctx.items[source], ctx.items[target]


def _links(ctx) -> Iterator[Finding]:
    policy = ctx.solution.policy
    if policy.network == "dedicated_line_only" and "dedicated-line" not in ctx.roles:
        for source, target in _edges(ctx):
            if source.mode in LOCAL_MODES and target.mode in PUBLIC_MODES:
                yield make(
                    "MODE-LINE-013",
                    ctx.at(source),
                    subject=source.capability,
                    target=target.capability,
                    **_with(_additions(ctx, "dedicated-line")),
                )
                break
    missing = [role for role in ("api-gateway", "waf") if role not in ctx.roles]
    crossing = next(((s, t) for s, t in _edges(ctx) if s.mode in PUBLIC_MODES and t.mode in LOCAL_MODES), None)
    for role in missing if crossing else ():  # one finding per missing role: each addition closes one
        source, target = crossing
        yield make(
            "MODE-EDGE-014",
            ctx.at(source),
            subject=source.capability,
            target=target.capability,
            role=phrase(ROLE_WORDS[role]),
            **_with(_additions(ctx, role)),
        )


# -- DR


def _data(ctx) -> Iterator[Finding]:
    policy = ctx.solution.policy
    for item, cap in ctx.known:
        if item.mode not in cap.modes:
            continue  # MODE-AVAIL-010
        if item.mode in PUBLIC_MODES and "core-banking" in cap.roles:
            yield make("DR-CORE-031", ctx.at(item), subject=cap.id, mode=item.mode, **_with(_variants(ctx, item, cap)))
        elif item.mode in PUBLIC_MODES and not data_allows(cap, item.mode, policy):
            yield make(
                "DR-CLASS-030",
                ctx.at(item),
                subject=cap.id,
                mode=item.mode,
                data_class=cap.data_class,
                allowed=policy.public_data_class,
                **_with(_variants(ctx, item, cap)),
            )


# -- XC


def _xinchuang(ctx) -> Iterator[Finding]:
    catalog, policy = ctx.catalog, ctx.solution.policy
    if policy.xinchuang == "none":
        return
    for item, cap in ctx.known:
        if foreign_barred(cap, policy):
            severity = Severity.ERROR if policy.xinchuang == "core" else Severity.WARNING
            yield make(
                "XC-FOREIGN-023",
                ctx.at(item),
                subject=cap.id,
                severity=severity,
                level=phrase(LEVEL_WORDS[policy.xinchuang]),
                **_with(_variants(ctx, item, cap)),
            )
        if item.mode in cap.modes and not xinchuang_ok(catalog, cap, item.mode, policy):
            yield make(
                "XC-VARIANT-020",
                ctx.at(item),
                subject=cap.id,
                mode=item.mode,
                found=phrase(LEVEL_WORDS.get(cap.xinchuang.level, cap.xinchuang.level)),
                level=phrase(LEVEL_WORDS[policy.xinchuang]),
                required=_either(required_levels(policy)),
                **_with(_variants(ctx, item, cap)),
            )
    yield from _architecture(ctx)
    if policy.xinchuang == "core":
        for role in ("sm-crypto", "crypto-assessment"):
            if role not in ctx.roles:
                yield make(
                    "XC-CRYPTO-024", ctx.top("policy"), missing=phrase(ROLE_WORDS[role]), **_with(_additions(ctx, role))
                )


def local_architectures(ctx) -> dict[str, set[str]]:
    """CPU builds of the private-zone items that declare any (domestic variants)."""
    return {
        cap.id: set(cap.xinchuang.architectures)
        for item, cap in ctx.known
        if item.mode in LOCAL_MODES and cap.xinchuang.architectures
    }


def _architecture(ctx) -> Iterator[Finding]:
    builds = local_architectures(ctx)
    if not builds or best_architecture(list(builds.values())):
        return
    everything = sorted(set().union(*builds.values()))
    blockers = {arch: sorted(i for i, archs in builds.items() if arch not in archs) for arch in everything}
    best = min(everything, key=lambda a: (len(blockers[a]), everything.index(a)))
    text = [phrase(N_("{architecture} lacks {items}"), architecture=arch, items=blockers[arch]) for arch in everything]
    alternatives = []
    for ident in blockers[best]:
        item, cap = ctx.items[ident], ctx.catalog.capabilities[ident]
        alternatives += [
            a
            for a in _variants(ctx, item, cap)
            if a.kind == "replace" and best in ctx.catalog.capabilities[a.value].xinchuang.architectures
        ]
    yield make(
        "XC-ARCH-021",
        ctx.at(ctx.items[blockers[best][0]]),
        subject=blockers[best][0],
        architectures=Listing(", ".join(everything)),
        blockers=text,
        **_with(alternatives),
    )


def _cii(ctx) -> Iterator[Finding]:
    if not ctx.solution.policy.cii_operator:
        return
    concerned = [cap.id for item, cap in ctx.known if "foreign" in cap.roles or item.mode in PUBLIC_MODES]
    if concerned:
        yield make("XC-CII-025", ctx.top("policy"), items=concerned)


# -- PLAN


def weeks_until(go_live: date, today: date) -> float:
    return (go_live - today).days / 7


def _plan(ctx) -> Iterator[Finding]:
    go_live = ctx.solution.policy.go_live
    if go_live is None:
        return
    weeks = ctx.bom.critical_weeks
    left = weeks_until(go_live, ctx.today)
    if weeks > left:
        yield make(
            "PLAN-LEAD-060",
            ctx.top("policy"),
            weeks=f"{weeks:g}",
            left=f"{max(left, 0):.0f}",
            go_live=go_live.isoformat(),
            chain=Listing(" → ".join(ctx.bom.critical_path)),
        )


RULES = (_modes, _links, _data, _xinchuang, _cii, _plan)


# -- the compliance report

REQUIREMENTS = (
    ("deployment", ("MODE-POLICY-011",)),
    ("network", ("MODE-AIRGAP-012", "MODE-LINE-013")),
    ("data-class", ("DR-CLASS-030",)),
    ("core-banking-placement", ("DR-CORE-031",)),
    ("xinchuang-variants", ("XC-VARIANT-020",)),
    ("architecture", ("XC-ARCH-021",)),
    ("foreign-technology", ("XC-FOREIGN-023",)),
    ("cryptography", ("XC-CRYPTO-024",)),
    ("cybersecurity-review", ("XC-CII-025",)),
    ("go-live", ("PLAN-LEAD-060",)),
)
XINCHUANG_REQUIREMENTS = ("xinchuang-variants", "architecture", "foreign-technology")


def _applies(requirement: str, ctx) -> bool:
    policy = ctx.solution.policy
    if requirement in XINCHUANG_REQUIREMENTS:
        return policy.xinchuang != "none"
    return {
        "cryptography": policy.xinchuang == "core",
        "cybersecurity-review": policy.cii_operator,
        "go-live": policy.go_live is not None,
        "core-banking-placement": "core-banking" in ctx.roles,
    }.get(requirement, True)


def compliance_report(ctx, findings: list[Finding]) -> dict[str, Any]:
    """Pass/fail per policy requirement with its evidence, the common CPU architecture and
    the domestic-technology ratio (share of first-year value from certified items)."""
    requirements = []
    for requirement, codes in REQUIREMENTS:
        hits = [f for f in findings if f.code in codes]
        if not _applies(requirement, ctx):
            status = "n/a"
        elif any(f.severity is Severity.ERROR for f in hits):
            status = "fail"
        elif hits:
            status = "warn"
        else:
            status = "pass"
        requirements.append(
            {
                "id": requirement,
                "status": status,
                "codes": list(codes),
                "items": sorted({f.subject for f in hits if f.subject}),
            }
        )
    evidence = [
        {
            "capability": cap.id,
            "mode": item.mode,
            "zone": ZONE_OF_MODE.get(item.mode),
            "xinchuang": cap.xinchuang.level,
            "architectures": list(cap.xinchuang.architectures),
            "in_scope": in_xinchuang_scope(ctx.catalog, cap, item.mode, ctx.solution.policy),
        }
        for item, cap in ctx.known
    ]
    lines = ctx.bom.lines
    total = sum(line.first_year for line in lines)
    certified = sum(
        line.first_year for line in lines if ctx.catalog.capabilities[line.capability].xinchuang.level == "certified"
    )
    return {
        "passed": all(r["status"] in ("pass", "n/a", "warn") for r in requirements),
        "architecture": best_architecture(list(local_architectures(ctx).values())),
        "domestic_ratio": certified / total if total else 0.0,
        "requirements": requirements,
        "evidence": evidence,
    }


def concerned(requirement: dict[str, Any], findings: list[Finding], tr) -> str:
    """What a requirement's row names: its items, or the findings' messages when they concern
    the whole solution (cryptography, cybersecurity review, go-live)."""
    if requirement["items"]:
        return tr(", ").join(requirement["items"])
    return tr("; ").join(translated(f, tr).message for f in findings if f.code in requirement["codes"])
