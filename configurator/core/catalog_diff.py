"""What changed between two versions of a catalog: capabilities, interfaces, partner types and
scenarios added, removed or changed, field by field (prices, modes, dependencies, Xinchuang
levels), for release notes and review (`configurator catalog-diff`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from configurator.core.catalog import Capability, Catalog, Interface, Mode, PartnerType, Scenario, Text
from configurator.core.codes import plain_number
from configurator.core.jsonable import plain

KINDS = ("capability", "interface", "partner_type", "scenario")
MODE_FIELDS = ("price_model", "unit", "billing", "list_price", "lead_weeks", "maintenance")


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str  # "modes.PRV.list_price", "requires", "xinchuang.level", ...
    old: Any
    new: Any

    @property
    def price_ratio(self) -> float | None:
        """new / old − 1 for a list price that was above 0."""
        if self.field.endswith(".list_price") and isinstance(self.old, (int, float)) and self.old:
            return self.new / self.old - 1
        return None

    @property
    def text(self) -> str:
        """`field: old → new`, with a price's change in per cent."""
        line = f"{self.field}: {value_text(self.old)} → {value_text(self.new)}"
        ratio = self.price_ratio
        return line + (f" ({ratio:+.1%})" if ratio is not None else "")

    def to_dict(self) -> dict[str, Any]:
        data = {"field": self.field, "old": plain(self.old), "new": plain(self.new)}
        if (ratio := self.price_ratio) is not None:
            data["change"] = round(ratio, 6)  # 0.2, not 0.19999999999999996
        return data


@dataclass(frozen=True, slots=True)
class Change:
    kind: str  # one of KINDS
    id: str
    name: Text
    status: str  # "added", "removed" or "changed"
    fields: tuple[FieldChange, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "name": self.name.to_dict(),
            "status": self.status,
            "fields": [f.to_dict() for f in self.fields],
        }


@dataclass(frozen=True)
class CatalogDiff:
    old: tuple[str, str]  # id, version
    new: tuple[str, str]
    changes: tuple[Change, ...]

    def count(self, status: str, kind: str | None = None) -> int:
        return sum(1 for c in self.changes if c.status == status and kind in (None, c.kind))

    @property
    def price_changes(self) -> list[tuple[Change, FieldChange]]:
        return [(c, f) for c in self.changes for f in c.fields if f.field.endswith(".list_price")]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "catalog-diff/1",
            "old": {"id": self.old[0], "version": self.old[1]},
            "new": {"id": self.new[0], "version": self.new[1]},
            "summary": {status: self.count(status) for status in ("added", "removed", "changed")},
            "changes": [c.to_dict() for c in self.changes],
        }


def value_text(value: Any) -> str:
    """A record's value as a release note shows it."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return plain_number(value)
    if isinstance(value, tuple):
        return "[" + ", ".join(value_text(v) for v in value) + "]"
    if value is None:
        return "—"
    if isinstance(value, Text):
        return " / ".join(t for t in (value.zh, value.en) if t)
    return str(value)


def diff_catalogs(old: Catalog, new: Catalog) -> CatalogDiff:
    sections: list[tuple[str, Mapping[str, Any], Mapping[str, Any], Callable[[Any, Any], Iterator[FieldChange]]]] = [
        ("capability", old.capabilities, new.capabilities, capability_changes),
        ("interface", old.interfaces, new.interfaces, _interface),
        ("partner_type", old.partner_types, new.partner_types, _partner_type),
        ("scenario", old.scenarios, new.scenarios, _scenario),
    ]
    changes: list[Change] = []
    for kind, before, after, fields in sections:
        for ident, record in after.items():
            if ident not in before:
                changes.append(Change(kind, ident, record.name, "added"))
            elif changed := tuple(fields(before[ident], record)):
                changes.append(Change(kind, ident, record.name, "changed", changed))
        changes += [Change(kind, i, r.name, "removed") for i, r in before.items() if i not in after]
    order = {"removed": 0, "changed": 1, "added": 2}
    changes.sort(key=lambda c: (KINDS.index(c.kind), order[c.status], c.id))
    return CatalogDiff((old.id, old.version), (new.id, new.version), tuple(changes))


def _same(old: Any, new: Any, names: tuple[str, ...], prefix: str = "") -> Iterator[FieldChange]:
    for name in names:
        before, after = old, new
        for part in name.split("."):
            before, after = getattr(before, part), getattr(after, part)
        if before != after:
            yield FieldChange(prefix + name, before, after)


def capability_changes(old: Capability, new: Capability) -> Iterator[FieldChange]:
    yield from _same(old, new, ("name", "category", "kind", "provider", "requires", "recommends", "conflicts"))
    yield from _same(old, new, ("provides", "xinchuang.level", "xinchuang.architectures", "data_class"))
    yield from _same(old, new, ("customizable",))
    yield from _modes(old.modes, new.modes)


def _modes(old: Mapping[str, Mode], new: Mapping[str, Mode]) -> Iterator[FieldChange]:
    if tuple(old) != tuple(new):
        yield FieldChange("modes", tuple(old), tuple(new))
    for code in old.keys() & new.keys():
        yield from _same(old[code], new[code], MODE_FIELDS, f"modes.{code}.")


def _interface(old: Interface, new: Interface) -> Iterator[FieldChange]:
    yield from _same(old, new, ("name", "default"))


def _partner_type(old: PartnerType, new: PartnerType) -> Iterator[FieldChange]:
    yield from _same(old, new, ("name", "role"))


def _scenario(old: Scenario, new: Scenario) -> Iterator[FieldChange]:
    yield from _same(old, new, ("name", "required", "optional", "policy", "partner_share"))
    old_drivers = {d.id: d.formula_text for d in old.value_drivers}
    new_drivers = {d.id: d.formula_text for d in new.value_drivers}
    if old_drivers != new_drivers:
        yield FieldChange("value_drivers", old_drivers, new_drivers)
