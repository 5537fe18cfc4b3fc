"""Solution rules (SOL-, DEP-, CON-, SCN-, PTN-): each a function from the evaluation
context to findings."""

from __future__ import annotations

from collections.abc import Iterator

from configurator.core.catalog import VENDOR
from configurator.core.codes import Chain, Listing, Phrase, Ref, make, phrase, plain_number
from configurator.core.context import Context, Rule
from configurator.core.findings import Finding, Severity
from configurator.core.resolve import Rejection, choose_mode, pick_provider
from configurator.core.vocabulary import N_


def _catalog_match(ctx: Context) -> Iterator[Finding]:
    s, c = ctx.solution, ctx.catalog
    written = s.catalog_id or s.catalog_version  # a missing `catalog` is SOL-KEY-020 alone
    if written and "catalog" not in s.raw and (s.catalog_id, s.catalog_version) != (c.id, c.version):
        yield make(
            "SOL-CATALOG-006",
            ctx.top("catalog"),
            wanted_id=s.catalog_id,
            wanted_version=s.catalog_version,
            id=c.id,
            version=c.version,
        )


def _items(ctx: Context) -> Iterator[Finding]:
    seen: set[str] = set()
    for item in ctx.solution.items:
        if not item.valid:
            continue
        if item.capability in seen:
            yield make("SOL-DUP-005", ctx.at(item), subject=item.capability)
            continue
        seen.add(item.capability)
        cap = ctx.catalog.capabilities.get(item.capability)
        if cap is None:
            yield make(
                "SOL-UNKNOWN-001",
                ctx.at(item),
                subject=item.capability,
                hint="fix_catalog",
                catalog=f"{ctx.catalog.id} {ctx.catalog.version}",
            )
        elif item.mode not in cap.modes:
            yield make(
                "MODE-AVAIL-010",
                ctx.at(item),
                subject=item.capability,
                hint="switch_mode",
                mode=item.mode,
                offered=Listing(", ".join(cap.modes)),
                suggestion=choose_mode(cap, ctx.solution.policy),
            )
        if item.quantity <= 0:
            yield make("SOL-QTY-003", ctx.at(item), subject=item.capability, quantity=item.quantity)
        if not 0 <= item.discount < 1:
            yield make("SOL-DISCOUNT-004", ctx.at(item), subject=item.capability, discount=item.discount)
        if item.customized and cap is not None and not cap.customizable:
            yield make("SOL-CUSTOM-010", ctx.at(item), subject=item.capability)
        if isinstance(item.ramp, tuple) and item.ramp[0] != item.quantity:
            first = plain_number(item.ramp[0])
            yield make(
                "SOL-RAMP-012", ctx.at(item), subject=item.capability, quantity=plain_number(item.quantity), first=first
            )


def _delivery(ctx: Context) -> Iterator[Finding]:
    catalog = ctx.catalog
    for item, cap in ctx.known:
        deliverer = item.delivered_by or cap.provider
        if item.delivered_by and deliverer != VENDOR and deliverer not in catalog.partner_types:
            yield make("SOL-DELIVER-008", ctx.at(item), subject=item.capability, delivered_by=deliverer)
        if item.partner is None:
            continue
        partner = catalog.partners.get(item.partner)
        if partner is None:
            yield make("SOL-PARTNER-007", ctx.at(item), subject=item.capability, partner=item.partner)
        elif deliverer not in partner.types:
            yield make(
                "PTN-TYPE-043", ctx.at(item), subject=item.capability, delivered_by=deliverer, partner=item.partner
            )


def _requirements(ctx: Context) -> Iterator[Finding]:
    conflicts = ctx.catalog.conflicts
    for item, cap in ctx.known:
        for requirement in cap.requires:
            if ctx.met(requirement):
                continue
            suggestion: str | None
            if requirement in ctx.catalog.capabilities:
                suggestion = requirement
            elif requirement in ctx.catalog.interfaces:
                suggestion, rejections = pick_provider(
                    ctx.catalog, requirement, ctx.items, ctx.solution.policy, conflicts
                )
                if suggestion is None:
                    reasons = describe_rejections(rejections)
                    yield make("DEP-NONE-003", ctx.at(item), subject=cap.id, requirement=requirement, reasons=reasons)
                    continue
            else:
                continue  # an unknown id: a catalog finding already
            yield make(
                "DEP-REQ-001",
                ctx.at(item),
                subject=cap.id,
                hint="add_item",
                requirement=requirement,
                suggestion=suggestion,
            )
        for requirement in cap.recommends:
            if not ctx.met(requirement) and (
                requirement in ctx.catalog.capabilities or requirement in ctx.catalog.interfaces
            ):
                yield make(
                    "DEP-REC-002",
                    ctx.at(item),
                    subject=cap.id,
                    hint="add_item",
                    requirement=requirement,
                    suggestion=requirement,
                )


REJECTION_WORDS = {
    "conflict": N_("'{candidate}' conflicts with '{detail}'"),
    "foreign": N_("'{candidate}' is foreign technology, barred by the Xinchuang policy"),
    "xinchuang": N_("'{candidate}' has Xinchuang level '{detail}', too low for the policy"),
    "mode": N_("'{candidate}' offers only {detail}, which the policy does not allow"),
}


def describe_rejections(rejections: tuple[Rejection, ...]) -> Phrase | list[Phrase]:
    if not rejections:
        return phrase(N_("the catalog has no provider"))
    return [
        phrase(
            REJECTION_WORDS[r.reason],
            candidate=r.candidate,
            detail=Ref(r.detail) if r.reason == "conflict" else r.detail,
        )
        for r in rejections
    ]


def _conflicts(ctx: Context) -> Iterator[Finding]:
    conflicts = ctx.catalog.conflicts
    position = {ident: index for index, ident in enumerate(ctx.items)}
    for ident, index in position.items():
        if ident not in conflicts:
            continue
        others = sorted((position[o], o) for o in conflicts[ident] if position.get(o, index) < index)
        for _, other in others:
            yield make("CON-EXCL-005", ctx.at(ctx.items[ident]), subject=ident, hint="remove_one", other=other)


def _cycles(ctx: Context) -> Iterator[Finding]:
    if not ctx.bom.cyclic:
        return
    for edges in ctx.graph.cycles():
        start = edges[0][0]
        cycle = Chain((*[u for u, _ in edges], start))
        yield make("DEP-CYCLE-004", ctx.at(ctx.items[start]), subject=start, cycle=cycle)


def _scenario(ctx: Context) -> Iterator[Finding]:
    scenario_id = ctx.solution.scenario
    if not scenario_id:
        return
    scenario = ctx.catalog.scenarios.get(scenario_id)
    if scenario is None:
        yield make("SOL-SCENARIO-009", ctx.top("scenario"), scenario=scenario_id)
        return
    conflicts = ctx.catalog.conflicts
    for requirement in scenario.required:
        if ctx.met(requirement):
            continue
        suggestion: str | None = requirement
        if requirement in ctx.catalog.interfaces:
            suggestion, _ = pick_provider(ctx.catalog, requirement, ctx.items, ctx.solution.policy, conflicts)
        if suggestion is None or conflicts.get(suggestion, frozenset()) & ctx.items.keys():
            # adding it would conflict with what is there: no one-click fix, just the finding
            yield make("SCN-REQ-007", ctx.top("scenario"), subject=requirement, scenario=scenario_id)
        else:
            yield make(
                "SCN-REQ-007",
                ctx.top("scenario"),
                subject=requirement,
                hint="add_item",
                scenario=scenario_id,
                suggestion=suggestion,
            )


def _partner_share(ctx: Context) -> Iterator[Finding]:
    own = ctx.solution.policy.partner_share
    if own is not None and own.warn > own.error:  # the warning could never come first
        yield make("SOL-SHARE-011", ctx.top("policy"), warn=own.warn, error=own.error)
    share = ctx.bom.totals.partner_share
    limits = own or ctx.catalog.partner_share
    if share > limits.error:
        level, threshold, severity = phrase(N_("error")), limits.error, Severity.ERROR
    elif share > limits.warn:
        level, threshold, severity = phrase(N_("warning")), limits.warn, Severity.WARNING
    else:
        return
    yield make(
        "PTN-SHARE-040",
        ctx.top("items"),
        hint="share",
        severity=severity,
        share=share,
        share_pct=f"{share:.0%}",
        level=level,
        threshold=threshold,
        threshold_pct=f"{threshold:.0%}",
    )


def _customised(ctx: Context) -> Iterator[Finding]:
    customised = [item for item, _ in ctx.known if item.customized]
    if not customised:
        return
    roles = {line.delivered_by for line in ctx.bom.lines}
    if any(ctx.catalog.partner_types[r].role == "delivery" for r in roles if r in ctx.catalog.partner_types):
        return
    for item in customised:
        yield make("PTN-CUST-042", ctx.at(item), subject=item.capability, hint="add_delivery")


RULES: tuple[Rule, ...] = (
    _catalog_match,
    _items,
    _delivery,
    _requirements,
    _conflicts,
    _cycles,
    _scenario,
    _partner_share,
    _customised,
)
