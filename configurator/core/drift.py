"""Catalog drift: what a changed catalog does to a solution priced on an earlier one, told before
anything changes, and the two ways on: re-price on the loaded catalog, or keep the old prices.

The solution names the catalog it was priced on (id, version, digest). What that catalog said
comes from the latest revision priced on it (a revision keeps the catalog entries of what it
uses); without one, only what the loaded catalog alone shows can be told (capabilities it no
longer has, what resolving would add or drop), and the report says that prices cannot be.
Both sides are evaluated with the same deal, so every money delta is the catalog's doing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from types import MappingProxyType
from typing import Any

from configurator.core.catalog import Catalog, Text
from configurator.core.catalog_diff import FieldChange, capability_changes, value_text
from configurator.core.codes import Listing, Ref, make, plain_number
from configurator.core.deal import Deal
from configurator.core.evaluate import Evaluation, evaluate
from configurator.core.findings import Finding, Location
from configurator.core.pricing import KeptPrices, Pin, kept_from
from configurator.core.resolve import prune, resolve
from configurator.core.revisions import History, used
from configurator.core.solution import Solution

DEPENDENCY_FIELDS = ("requires", "recommends", "conflicts", "provides")
XINCHUANG_FIELDS = ("xinchuang.level", "xinchuang.architectures", "modes")
NOT_NEW = ("SOL-CATALOG-006", "SOL-DRIFT-029")  # the drift itself, not what it brings


@dataclass(frozen=True, slots=True)
class LineDrift:
    capability: str
    mode: str
    old_price: float | None  # None: the line was not priced then
    new_price: float | None  # None: the loaded catalog prices it no more
    old_first_year: float
    new_first_year: float
    tco: tuple[float, float]  # over the deal's horizon, before and after
    priced_by: str  # the catalog whose price the line keeps ("": the loaded one)

    def to_dict(self) -> dict[str, Any]:
        return {
            "capability": self.capability,
            "mode": self.mode,
            "list_price": {"old": self.old_price, "new": self.new_price},
            "first_year": {"old": self.old_first_year, "new": self.new_first_year, "delta": self.delta},
            "tco": {"old": self.tco[0], "new": self.tco[1], "delta": self.tco[1] - self.tco[0]},
            "priced_by": self.priced_by or None,
        }

    @property
    def delta(self) -> float:
        return self.new_first_year - self.old_first_year


@dataclass(frozen=True)
class OptionDrift:
    name: str
    lines: tuple[LineDrift, ...]  # the lines whose price or cost differs
    totals: dict[str, tuple[float, float]]  # first_year, tco: before, after
    added: tuple[str, ...]  # what resolving on the loaded catalog would add
    dropped: tuple[str, ...]  # and drop
    findings_new: tuple[Finding, ...]
    findings_resolved: tuple[Finding, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "lines": [line.to_dict() for line in self.lines],
            "totals": {k: {"old": a, "new": b, "delta": b - a} for k, (a, b) in self.totals.items()},
            "resolution": {"adds": list(self.added), "drops": list(self.dropped)},
            "findings": {
                "new": [f.to_dict() for f in self.findings_new],
                "resolved": [f.to_dict() for f in self.findings_resolved],
            },
        }


@dataclass(frozen=True)
class CapabilityDrift:
    capability: str
    name: Text  # as the earlier catalog had it
    status: str  # "removed", "renamed" or "changed"
    renamed_to: str | None = None
    fields: tuple[FieldChange, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "capability": self.capability,
            "name": self.name.to_dict(),
            "status": self.status,
            "renamed_to": self.renamed_to,
            "fields": [f.to_dict() for f in self.fields],
        }


@dataclass(frozen=True)
class Drift:
    old: Pin  # the catalog the solution was priced on
    new: Pin  # the loaded one
    revision: int | None  # the revision that told what the old catalog said (None: none did)
    capabilities: tuple[CapabilityDrift, ...]
    options: tuple[OptionDrift, ...]
    baseline: Catalog | None = None  # the old catalog, as a revision kept it or a reload replaced it

    @property
    def empty(self) -> bool:
        """Whether nothing the deal uses changed: no capability, line, resolution or finding."""
        return not self.capabilities and not any(
            o.lines or o.added or o.dropped or o.findings_new for o in self.options
        )

    @property
    def labels(self) -> tuple[str, str]:
        """The old and the loaded catalog as people tell them apart: id and version, with the
        short digests when the version is the same."""
        if self.same_version:
            return f"{self.old.label} ({self.old.short_digest})", f"{self.new.label} ({self.new.short_digest})"
        return self.old.label, self.new.label

    @property
    def same_version(self) -> bool:
        return (self.old.id, self.old.version) == (self.new.id, self.new.version)

    @property
    def removed(self) -> tuple[str, ...]:
        return tuple(c.capability for c in self.capabilities if c.status != "changed")

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "drift/1",
            "old": self.old.to_dict(),
            "new": self.new.to_dict(),
            "revision": self.revision,
            "capabilities": [c.to_dict() for c in self.capabilities],
            "options": [o.to_dict() for o in self.options],
        }


def drift(
    deal: Deal,
    catalog: Catalog,
    history: History | None = None,
    today: date | None = None,
    default_name: str = "{}",
    earlier: Catalog | None = None,
) -> Drift | None:
    """What changed for `deal` since it was priced; None when the loaded catalog is the one
    it was priced on (or the file names no catalog). What the old catalog said comes from
    `earlier` when that is the one (the catalog a reload replaced), else from the latest
    revision priced on it. Unnamed options are called `default_name` with their number."""
    pin = deal.first.pin
    if not (pin.id or pin.version) or pin.matches(catalog):
        return None
    revision = None
    if earlier is not None and pin.matches(earlier):
        old: Catalog | None = earlier
    else:
        revision = history.priced_with(pin) if history is not None else None
        old = revision.priced_on(catalog) if revision is not None else None
    return Drift(
        pin,
        Pin.of(catalog),
        revision.number if revision is not None else None,
        tuple(_capabilities(deal, old, catalog)),
        tuple(
            _option(deal.label(i, default_name), option, old, catalog, today) for i, option in enumerate(deal.options)
        ),
        old,
    )


def _capabilities(deal: Deal, old: Catalog | None, new: Catalog) -> Iterator[CapabilityDrift]:
    listed = set(used(deal))
    for ident in used(deal):
        before = old.capabilities.get(ident) if old is not None else None
        after = new.capabilities.get(ident)
        if after is None:
            name = before.name if before is not None else Text()
            renamed = next(
                (c.id for c in new.capabilities.values() if c.id not in listed and name and _same_name(c.name, name)),
                None,
            )
            yield CapabilityDrift(ident, name, "renamed" if renamed else "removed", renamed)
        elif before is not None and (changes := tuple(capability_changes(before, after))):
            yield CapabilityDrift(ident, before.name, "changed", fields=changes)


def _same_name(a: Text, b: Text) -> bool:
    return bool(a.en and a.en == b.en or a.zh and a.zh == b.zh)


def _option(name: str, option: Solution, old: Catalog | None, new: Catalog, today: date | None) -> OptionDrift:
    after = evaluate(new, option, today=today)
    resolved = prune(new, resolve(new, option).solution)
    present = {i.capability for i in option.items if i.valid}
    result = {i.capability for i in resolved.items if i.valid}
    added = tuple(c for c in (i.capability for i in resolved.items if i.valid) if c not in present)
    dropped = tuple(c for c in (i.capability for i in option.items if i.valid) if c not in result)
    if old is None:
        return OptionDrift(name, (), {}, added, dropped, (), ())
    before = evaluate(old, option, today=today)
    keys_before = {(f.code, f.subject) for f in before.findings if f.code not in NOT_NEW}
    keys_after = {(f.code, f.subject) for f in after.findings if f.code not in NOT_NEW}
    return OptionDrift(
        name,
        tuple(_lines(before, after)),
        {
            "first_year": (before.bom.totals.first_year, after.bom.totals.first_year),
            "tco": (before.years.tco, after.years.tco),
        },
        added,
        dropped,
        tuple(f for f in after.findings if (f.code, f.subject) in keys_after - keys_before),
        tuple(f for f in before.findings if (f.code, f.subject) in keys_before - keys_after),
    )


def _lines(before: Evaluation, after: Evaluation) -> Iterator[LineDrift]:
    old = {line.capability: (line, sum(y.total)) for line, y in zip(before.bom.lines, before.years.lines, strict=True)}
    new = {line.capability: (line, sum(y.total)) for line, y in zip(after.bom.lines, after.years.lines, strict=True)}
    for capability in [*new, *(c for c in old if c not in new)]:
        (a, a_tco), (b, b_tco) = old.get(capability, (None, 0.0)), new.get(capability, (None, 0.0))
        line = b or a
        assert line is not None
        drift = LineDrift(
            capability,
            line.mode,
            a.list_price if a else None,
            b.list_price if b else None,
            a.first_year if a else 0.0,
            b.first_year if b else 0.0,
            (a_tco, b_tco),
            b.priced_by if b else "",
        )
        if drift.old_price != drift.new_price or drift.delta or a_tco != b_tco:
            yield drift


# --------------------------------------------------------------------------- the two ways on


def repriced(deal: Deal, catalog: Catalog) -> Deal:
    """Every option priced on `catalog`: kept prices dropped, dependencies resolved anew (what
    the catalog now requires added, what nothing needs any more dropped), the pin moved."""
    for index, option in enumerate(deal.options):
        resolved = prune(catalog, resolve(catalog, option).solution)
        deal = deal.replaced(index, _pinned(resolved, catalog, None))
    return deal


def kept(deal: Deal, drift_report: Drift, catalog: Catalog) -> Deal:
    """The deal as it is, its lines priced as the old catalog priced them (kept prices), the
    pin moved to `catalog` so that the same drift is not reported again. Without a revision
    to tell the old prices, only the prices already kept stay kept."""
    earlier = deal.first.kept_prices
    prices: KeptPrices | None = earlier
    if drift_report.baseline is not None:
        pairs = [(i.capability, i.mode) for option in deal.options for i in option.items if i.valid]
        found = kept_from(drift_report.baseline, catalog, pairs)
        if found is not None:
            lines, origins = dict(found.lines), {}
            if earlier is not None:  # kept once, kept on: priced by the catalog that priced it
                lines.update(earlier.lines)
                origins = {key: earlier.pin_of(key) for key in earlier.lines if earlier.pin_of(key) != found.catalog}
            prices = KeptPrices(found.catalog, MappingProxyType(lines), MappingProxyType(origins))
    return deal.replaced(0, _pinned(deal.first, catalog, prices))


def _pinned(option: Solution, catalog: Catalog, prices: KeptPrices | None) -> Solution:
    raw = {k: v for k, v in option.raw.items() if k not in ("catalog", "kept_prices")}
    return replace(
        option,
        catalog_id=catalog.id,
        catalog_version=catalog.version,
        catalog_digest=catalog.digest,
        kept_prices=prices,
        raw=raw,
    )


# --------------------------------------------------------------------------- findings (`check`)


def findings(report: Drift, file: str | None, solution: Solution) -> list[tuple[str | None, Finding]]:
    """The report as SOL-DRIFT findings at the file's `catalog`, each with the option it is
    about (None: the deal)."""
    row, column = solution.positions.get("catalog", (1, 1))
    where = Location(file, row, column) if file else None
    out: list[tuple[str | None, Finding]] = []

    def add(code: str, option: str | None = None, **params: Any) -> None:
        out.append((option, make(code, where, catalog=report.old.label, **params)))

    if report.same_version:
        add("SOL-DRIFT-016", old=report.old.short_digest, new=report.new.short_digest)
    if report.baseline is None:
        add("SOL-DRIFT-030")
    for capability in report.capabilities:
        subject = capability.capability
        if capability.status == "removed":
            add("SOL-DRIFT-018", subject=subject)
        elif capability.status == "renamed":
            add("SOL-DRIFT-019", subject=subject, new=Ref(capability.renamed_to or ""))
        for change in capability.fields:
            code = _FIELD_CODES.get(change.field)
            if code is not None:
                add(
                    code,
                    subject=subject,
                    field=change.field,
                    old=Listing(value_text(change.old)),
                    new=Listing(value_text(change.new)),
                )
    told: set[tuple[str, str]] = set()
    for option in report.options:
        for line in option.lines:
            if line.old_price is None or line.new_price is None or line.old_price == line.new_price:
                continue
            if (line.capability, line.mode) not in told:
                told.add((line.capability, line.mode))
                ratio = f"{line.new_price / line.old_price - 1:+.1%}" if line.old_price else "—"
                old, new = plain_number(line.old_price), plain_number(line.new_price)
                add("SOL-DRIFT-017", subject=line.capability, mode=line.mode, old=old, new=new, change=ratio)
        if option.added or option.dropped:
            label = option.name if len(report.options) > 1 else None
            changes = Listing(", ".join([*(f"+{i}" for i in option.added), *(f"−{i}" for i in option.dropped)]))
            add("SOL-DRIFT-028", label, changes=changes)
    return out


# which finding tells a changed field of a capability ("modes" is the list of modes; a mode's
# price, unit or billing shows in the lines instead)
_FIELD_CODES = {
    **dict.fromkeys(DEPENDENCY_FIELDS, "SOL-DRIFT-026"),
    **dict.fromkeys(XINCHUANG_FIELDS, "SOL-DRIFT-027"),
}
