"""Hybrid-cloud placement and Xinchuang rules (MODE-, DR-, XC-, PLAN-).

Every finding that a catalog change can fix offers compliant `alternatives` in its params
(`alternatives.offered`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from configurator.core.alternatives import additions, offered, variants
from configurator.core.codes import Chain, Listing, Phrase, make, phrase
from configurator.core.context import Context, Rule
from configurator.core.findings import Finding, Severity
from configurator.core.placement import (
    LOCAL_MODES,
    PUBLIC_MODES,
    best_architecture,
    data_allows,
    deployment_allows,
    foreign_barred,
    required_levels,
    xinchuang_ok,
)
from configurator.core.solution import Item
from configurator.core.vocabulary import DEPLOYMENT_IN_TEXT, LEVEL_IN_TEXT, N_, ROLE_IN_TEXT


def _either(levels: tuple[str, ...]) -> Phrase:
    words = [phrase(LEVEL_IN_TEXT[level]) for level in levels]
    result = words[0]
    for word in words[1:]:
        result = phrase(N_("{first} or {second}"), first=result, second=word)
    return result


# -- MODE


def _modes(ctx: Context) -> Iterator[Finding]:
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
                deployment=phrase(DEPLOYMENT_IN_TEXT[policy.deployment]),
                **offered(variants(ctx, item, cap)),
            )
        if policy.network == "air_gapped" and item.mode != "PRV":
            yield make(
                "MODE-AIRGAP-012", ctx.at(item), subject=cap.id, mode=item.mode, **offered(variants(ctx, item, cap))
            )


def _edges(ctx: Context) -> Iterator[tuple[Item, Item]]:
    """Dependency edges between items in a mode their capability offers (others are
    MODE-AVAIL-010 findings, and their zone is unknown)."""
    offered = {item.capability for item, cap in ctx.known if item.mode in cap.modes}
    for source, target in ctx.graph.edges:
        if source in offered and target in offered:
            yield ctx.items[source], ctx.items[target]


def _links(ctx: Context) -> Iterator[Finding]:
    policy = ctx.solution.policy
    if policy.network == "dedicated_line_only" and "dedicated-line" not in ctx.roles:
        for source, target in _edges(ctx):
            if source.mode in LOCAL_MODES and target.mode in PUBLIC_MODES:
                yield make(
                    "MODE-LINE-013",
                    ctx.at(source),
                    subject=source.capability,
                    target=target.capability,
                    **offered(additions(ctx, "dedicated-line")),
                )
                break
    missing = [role for role in ("api-gateway", "waf") if role not in ctx.roles]
    crossing = next(((s, t) for s, t in _edges(ctx) if s.mode in PUBLIC_MODES and t.mode in LOCAL_MODES), None)
    if crossing is None:
        return
    source, target = crossing
    for role in missing:  # one finding per missing role: each addition closes one
        yield make(
            "MODE-EDGE-014",
            ctx.at(source),
            subject=source.capability,
            target=target.capability,
            role=phrase(ROLE_IN_TEXT[role]),
            **offered(additions(ctx, role)),
        )


# -- DR


def _data(ctx: Context) -> Iterator[Finding]:
    policy = ctx.solution.policy
    for item, cap in ctx.known:
        if item.mode not in cap.modes:
            continue  # MODE-AVAIL-010
        if item.mode in PUBLIC_MODES and "core-banking" in cap.roles:
            yield make("DR-CORE-031", ctx.at(item), subject=cap.id, mode=item.mode, **offered(variants(ctx, item, cap)))
        elif item.mode in PUBLIC_MODES and not data_allows(cap, item.mode, policy):
            yield make(
                "DR-CLASS-030",
                ctx.at(item),
                subject=cap.id,
                mode=item.mode,
                data_class=cap.data_class,
                allowed=policy.public_data_class,
                **offered(variants(ctx, item, cap)),
            )


# -- XC


def _xinchuang(ctx: Context) -> Iterator[Finding]:
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
                level=phrase(LEVEL_IN_TEXT[policy.xinchuang]),
                **offered(variants(ctx, item, cap)),
            )
        if item.mode in cap.modes and not xinchuang_ok(catalog, cap, item.mode, policy):
            yield make(
                "XC-VARIANT-020",
                ctx.at(item),
                subject=cap.id,
                mode=item.mode,
                found=phrase(LEVEL_IN_TEXT.get(cap.xinchuang.level, cap.xinchuang.level)),
                level=phrase(LEVEL_IN_TEXT[policy.xinchuang]),
                required=_either(required_levels(policy)),
                **offered(variants(ctx, item, cap)),
            )
    yield from _architecture(ctx)
    if policy.xinchuang == "core":
        for role in ("sm-crypto", "crypto-assessment"):
            if role not in ctx.roles:
                yield make(
                    "XC-CRYPTO-024",
                    ctx.top("policy"),
                    missing=phrase(ROLE_IN_TEXT[role]),
                    **offered(additions(ctx, role)),
                )


def local_architectures(ctx: Context) -> dict[str, set[str]]:
    """CPU builds of the private-zone items that declare any (domestic variants)."""
    return {
        cap.id: set(cap.xinchuang.architectures)
        for item, cap in ctx.known
        if item.mode in LOCAL_MODES and cap.xinchuang.architectures
    }


def _architecture(ctx: Context) -> Iterator[Finding]:
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
            for a in variants(ctx, item, cap)
            if a.kind == "replace" and best in ctx.catalog.capabilities[a.value].xinchuang.architectures
        ]
    yield make(
        "XC-ARCH-021",
        ctx.at(ctx.items[blockers[best][0]]),
        subject=blockers[best][0],
        architectures=Listing(", ".join(everything)),
        blockers=text,
        **offered(alternatives),
    )


def _cii(ctx: Context) -> Iterator[Finding]:
    if not ctx.solution.policy.cii_operator:
        return
    concerned = [cap.id for item, cap in ctx.known if "foreign" in cap.roles or item.mode in PUBLIC_MODES]
    if concerned:
        yield make("XC-CII-025", ctx.top("policy"), items=concerned)


# -- PLAN


def weeks_until(go_live: date, today: date) -> float:
    return (go_live - today).days / 7


def _plan(ctx: Context) -> Iterator[Finding]:
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
            chain=Chain(ctx.bom.critical_path),
        )


RULES: tuple[Rule, ...] = (_modes, _links, _data, _xinchuang, _cii, _plan)
