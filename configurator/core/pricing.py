"""Which catalog priced a solution, and prices a solution keeps from an earlier catalog.

A solution file records the catalog it was priced on (`catalog: {id, version, digest}`, the
digest over the catalog's files). When the catalog changes under it, the user may keep the
old prices: the file's `kept_prices` then holds, per capability and mode, the terms the old
catalog gave (price model, unit, billing, list price, maintenance), and every evaluation
prices those lines by them, marked with the catalog that priced them (`Mode.priced_by`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from configurator.core.catalog import Catalog, Mode

TERMS = ("price_model", "unit", "billing", "list_price", "maintenance")


@dataclass(frozen=True, slots=True)
class Pin:
    """A catalog as a solution names it."""

    id: str
    version: str
    digest: str = ""  # "" in files written before catalogs had digests

    @classmethod
    def of(cls, catalog: Catalog) -> Pin:
        return cls(catalog.id, catalog.version, catalog.digest)

    @property
    def label(self) -> str:
        return f"{self.id} {self.version}".strip()

    @property
    def short_digest(self) -> str:
        """The digest as people compare it by eye (12 hex digits), "—" without one."""
        return self.digest.removeprefix("sha256:")[:12] or "—"

    def matches(self, catalog: Catalog) -> bool:
        """Whether `catalog` is this one: same content when both have a digest, else same
        id and version."""
        if self.digest and catalog.digest:
            return self.digest == catalog.digest
        return (self.id, self.version) == (catalog.id, catalog.version)

    def to_dict(self) -> dict[str, str]:
        data = {"id": self.id, "version": self.version}
        if self.digest:
            data["digest"] = self.digest
        return data


@dataclass(frozen=True, slots=True)
class Terms:
    """What a mode costs: the parts of a catalog mode a kept price keeps."""

    price_model: str
    unit: str
    billing: str
    list_price: float
    maintenance: float | None = None

    @classmethod
    def of(cls, mode: Mode) -> Terms:
        return cls(*(getattr(mode, name) for name in TERMS))

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in TERMS if getattr(self, name) is not None}


@dataclass(frozen=True)
class KeptPrices:
    """Prices kept from an earlier catalog, per (capability, mode); a line kept at an earlier
    drift still names the catalog that priced it (`origins`)."""

    catalog: Pin
    lines: Mapping[tuple[str, str], Terms]
    origins: Mapping[tuple[str, str], Pin] = dataclasses.field(default_factory=lambda: MappingProxyType({}))

    def __hash__(self) -> int:
        return hash((self.catalog, tuple(self.lines.items()), tuple(self.origins.items())))

    def pin_of(self, key: tuple[str, str]) -> Pin:
        """The catalog whose price line `key` keeps."""
        return self.origins.get(key, self.catalog)

    def to_dict(self) -> dict[str, Any]:
        def line(key: tuple[str, str], terms: Terms) -> dict[str, Any]:
            origin = {"catalog": self.origins[key].to_dict()} if key in self.origins else {}
            return {"capability": key[0], "mode": key[1], **terms.to_dict(), **origin}

        return {"catalog": self.catalog.to_dict(), "lines": [line(k, t) for k, t in self.lines.items()]}


def kept_from(old: Catalog, new: Catalog, used: Iterable[tuple[str, str]]) -> KeptPrices | None:
    """The terms `old` gave each used (capability, mode) where `new` prices it otherwise (its
    maintenance included, the catalog's default too); None when `new` prices them all alike."""
    lines = {}
    for capability, code in used:
        mode = old.capabilities[capability].modes.get(code) if capability in old.capabilities else None
        current = new.capabilities[capability].modes.get(code) if capability in new.capabilities else None
        if mode is None or current is None or _costs(old, mode) == _costs(new, current):
            continue
        terms, rate = Terms.of(mode), old.maintenance_rate(mode)
        if terms.maintenance is None and new.maintenance_rate(mode) != rate:
            terms = dataclasses.replace(terms, maintenance=rate)  # the old default, kept as the line's own
        lines[(capability, code)] = terms
    return KeptPrices(Pin.of(old), MappingProxyType(lines)) if lines else None


def _costs(catalog: Catalog, mode: Mode) -> tuple[Any, ...]:
    """What a mode costs under `catalog`: its terms, with the maintenance rate in force."""
    return (*(getattr(mode, name) for name in TERMS if name != "maintenance"), catalog.maintenance_rate(mode))


def priced(catalog: Catalog, kept: KeptPrices | None) -> Catalog:
    """`catalog` with the kept prices in place of its own (the same catalog when none apply)."""
    if not kept:
        return catalog
    key = (id(catalog), kept)
    if _last.get("key") == key:
        return _last["catalog"]
    capabilities = dict(catalog.capabilities)
    for (ident, code), terms in kept.lines.items():
        cap = capabilities.get(ident)
        if cap is None or code not in cap.modes:
            continue
        modes = dict(cap.modes)
        label = kept.pin_of((ident, code)).label
        modes[code] = dataclasses.replace(modes[code], **_fields(terms), priced_by=label)
        capabilities[ident] = dataclasses.replace(cap, modes=MappingProxyType(modes))
    result = dataclasses.replace(catalog, capabilities=MappingProxyType(capabilities))
    _last.update(key=key, catalog=result, source=catalog)  # the source is held so its id stays its own
    return result


_last: dict[str, Any] = {}  # the last overlay: every edit re-evaluates against the same one


def _fields(terms: Terms) -> dict[str, Any]:
    return {name: getattr(terms, name) for name in TERMS}
