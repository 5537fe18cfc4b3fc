"""What changed between two versions of a deal, in the words of the deal rather than of its
file: options added or removed, and per option the policy, the items (added, removed, mode,
quantity, discount, delivery, ramp), the money per line and in total (first year and over the
horizon), the partner share, findings that appeared or were resolved and compliance changes.

Both sides are evaluated against one catalog, so a money delta is what the edits cost, not
what a catalog change did (that is drift); only a revision, priced on the catalog it was
saved with, brings its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from configurator.core.catalog import Catalog
from configurator.core.deal import Deal
from configurator.core.evaluate import Evaluation, evaluate
from configurator.core.findings import Finding
from configurator.core.jsonable import plain
from configurator.core.solution import Item, SolutionPolicy
from configurator.core.vocabulary import N_

ITEM_FIELDS = ("mode", "quantity", "discount", "delivered_by", "partner", "customized", "ramp", "notes")
TOTALS = ("one_time", "monthly", "yearly", "first_year", "partner_share")
TOTAL_WORDS = {  # what people read for each total, and for "tco" and "npv"
    "one_time": N_("one-time cost"),
    "monthly": N_("monthly fees"),
    "yearly": N_("yearly fees"),
    "first_year": N_("first-year cost"),
    "tco": N_("cost of ownership"),
    "npv": N_("net present value of the cost"),
    "partner_share": N_("partner share"),
}
FIELD_WORDS = {  # what people read for a changed field (the CLI and JSON keep the field's name)
    "mode": N_("mode"),
    "quantity": N_("quantity"),
    "discount": N_("discount"),
    "delivered_by": N_("delivered by"),
    "partner": N_("partner"),
    "customized": N_("customised"),
    "ramp": N_("quantity ramp"),
    "notes": N_("notes"),
    "deployment": N_("deployment"),
    "xinchuang": N_("Xinchuang level"),
    "network": N_("network"),
    "cii_operator": N_("critical information infrastructure"),
    "public_data_class": N_("data class allowed on public cloud"),
    "go_live": N_("go-live"),
    "name": N_("name"),
    "customer": N_("customer"),
    "catalog_id": N_("catalog"),
    "catalog_version": N_("catalog version"),
    "recommended": N_("recommended option"),
}


@dataclass(frozen=True, slots=True)
class Change:
    field: str
    old: Any
    new: Any

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "old": plain(self.old), "new": plain(self.new)}


@dataclass(frozen=True, slots=True)
class ItemDiff:
    capability: str
    status: str  # "added", "removed" or "changed"
    changes: tuple[Change, ...]
    first_year: tuple[float, float]  # before, after (0 where absent)
    tco: tuple[float, float]

    def to_dict(self) -> dict[str, Any]:
        return {
            "capability": self.capability,
            "status": self.status,
            "changes": [c.to_dict() for c in self.changes],
            "first_year": {"old": self.first_year[0], "new": self.first_year[1], "delta": _delta(self.first_year)},
            "tco": {"old": self.tco[0], "new": self.tco[1], "delta": _delta(self.tco)},
        }


@dataclass(frozen=True)
class OptionDiff:
    name: str
    policy: tuple[Change, ...]
    items: tuple[ItemDiff, ...]
    totals: dict[str, tuple[float, float]]  # TOTALS, "tco", "npv": before, after
    findings_new: tuple[Finding, ...]  # one per code and subject, in that order
    findings_resolved: tuple[Finding, ...]
    compliance: tuple[Change, ...]  # "passed" and each requirement's status

    @property
    def empty(self) -> bool:
        return not (self.policy or self.items or self.findings_new or self.findings_resolved or self.compliance)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "policy": [c.to_dict() for c in self.policy],
            "items": [i.to_dict() for i in self.items],
            "totals": {k: {"old": a, "new": b, "delta": _delta((a, b))} for k, (a, b) in self.totals.items()},
            "findings": {
                "new": [_finding(f) for f in self.findings_new],
                "resolved": [_finding(f) for f in self.findings_resolved],
            },
            "compliance": [c.to_dict() for c in self.compliance],
        }


@dataclass(frozen=True)
class DealDiff:
    deal: tuple[Change, ...]  # name, customer, catalog, settings, recommended
    options_added: tuple[str, ...]
    options_removed: tuple[str, ...]
    options: tuple[OptionDiff, ...]

    @property
    def empty(self) -> bool:
        return not (self.deal or self.options_added or self.options_removed) and all(o.empty for o in self.options)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "diff/1",
            "deal": [c.to_dict() for c in self.deal],
            "options_added": list(self.options_added),
            "options_removed": list(self.options_removed),
            "options": [o.to_dict() for o in self.options],
        }


def diff_deals(
    catalog: Catalog, old: Deal, new: Deal, default_name: str = "{}", old_catalog: Catalog | None = None
) -> DealDiff:
    """Options are matched by name (an unnamed option by its number); `old` is priced on
    `old_catalog` when given (a revision's)."""
    before_catalog = old_catalog or catalog
    before = {old.label(i, default_name): option for i, option in enumerate(old.options)}
    after = {new.label(i, default_name): option for i, option in enumerate(new.options)}
    shared = [(name, before[name], after[name]) for name in after if name in before]
    return DealDiff(
        deal=tuple(_deal_changes(old, new)),
        options_added=tuple(n for n in after if n not in before),
        options_removed=tuple(n for n in before if n not in after),
        options=tuple(diff_options(name, evaluate(before_catalog, a), evaluate(catalog, b)) for name, a, b in shared),
    )


def diff_options(name: str, old: Evaluation, new: Evaluation) -> OptionDiff:
    policy = tuple(_fields(old.solution.policy, new.solution.policy, [f.name for f in fields(SolutionPolicy)]))
    old_items = {i.capability: i for i in old.solution.items if i.valid}
    new_items = {i.capability: i for i in new.solution.items if i.valid}
    cost_old, cost_new = _costs(old), _costs(new)
    items = []
    for capability in [*new_items, *(c for c in old_items if c not in new_items)]:
        a, b = old_items.get(capability), new_items.get(capability)
        status = "added" if a is None else "removed" if b is None else "changed"
        changes = tuple(_item_changes(a, b)) if a is not None and b is not None else ()
        money = [cost_old.get(capability, (0.0, 0.0)), cost_new.get(capability, (0.0, 0.0))]
        first_year, tco = (money[0][0], money[1][0]), (money[0][1], money[1][1])
        if status != "changed" or changes or first_year[0] != first_year[1] or tco[0] != tco[1]:
            items.append(ItemDiff(capability, status, changes, first_year, tco))
    totals = {key: (getattr(old.bom.totals, key), getattr(new.bom.totals, key)) for key in TOTALS}
    totals["tco"] = (old.years.tco, new.years.tco)
    totals["npv"] = (old.years.npv, new.years.npv)
    return OptionDiff(
        name,
        policy,
        tuple(items),
        totals,
        _only_in(new.findings, old.findings),
        _only_in(old.findings, new.findings),
        tuple(_compliance(old, new)),
    )


def _only_in(these: Sequence[Finding], others: Sequence[Finding]) -> tuple[Finding, ...]:
    """The findings of `these` whose code and subject `others` lack, one per pair, sorted by it."""
    seen = {(f.code, f.subject or "") for f in others}
    found: dict[tuple[str, str], Finding] = {}
    for finding in these:
        found.setdefault((finding.code, finding.subject or ""), finding)
    return tuple(finding for key, finding in sorted(found.items()) if key not in seen)


def _finding(finding: Finding) -> dict[str, Any]:
    return {"code": finding.code, "subject": finding.subject or None, "message": finding.message}


def _deal_changes(old: Deal, new: Deal) -> list[Change]:
    a, b = old.first, new.first
    changes = list(_fields(a, b, ("name", "customer", "catalog_id", "catalog_version")))
    changes += _fields(a.deal, b.deal, [f.name for f in fields(a.deal)], "deal.")
    if old.recommended != new.recommended:
        changes.append(Change("recommended", old.recommended, new.recommended))
    return changes


def _fields(old: Any, new: Any, names: Sequence[str], prefix: str = "") -> list[Change]:
    return [Change(prefix + n, getattr(old, n), getattr(new, n)) for n in names if getattr(old, n) != getattr(new, n)]


def _item_changes(old: Item, new: Item) -> list[Change]:
    return _fields(old, new, ITEM_FIELDS)


def _costs(evaluation: Evaluation) -> dict[str, tuple[float, float]]:
    """Each line's first-year cost and its cost over the horizon."""
    return {
        line.capability: (line.first_year, sum(years.total))
        for line, years in zip(evaluation.bom.lines, evaluation.years.lines, strict=True)
    }


def _compliance(old: Evaluation, new: Evaluation) -> list[Change]:
    changes = []
    if old.compliance.passed != new.compliance.passed:
        changes.append(Change("passed", old.compliance.passed, new.compliance.passed))
    before = {r.id: r.status for r in old.compliance.requirements}
    for requirement in new.compliance.requirements:
        if before.get(requirement.id) != requirement.status:
            changes.append(Change(requirement.id, before.get(requirement.id), requirement.status))
    return changes


def _delta(pair: tuple[float, float]) -> float:
    return pair[1] - pair[0]
