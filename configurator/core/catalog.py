"""The catalog model: immutable records of capabilities, interfaces, partners and scenarios."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from configurator.core.findings import Location
from configurator.core.formula import Formula, FormulaError
from configurator.core.yamlio import location_of

MODE_ORDER = ("PUB", "SAAS", "PRV", "HYB")
VENDOR = "vendor"


@dataclass(frozen=True, slots=True)
class Text:
    """Bilingual text; `get` falls back to the other language when one is missing."""

    en: str = ""
    zh: str = ""

    def get(self, lang: str) -> str:
        first, second = (self.zh, self.en) if lang == "zh" else (self.en, self.zh)
        return first or second

    def to_dict(self) -> dict[str, str]:
        return {key: value for key, value in (("en", self.en), ("zh", self.zh)) if value}


# The built-in price models; a catalog declares more under `price_models` in catalog.yaml.
PRICE_MODELS: Mapping[str, Text] = MappingProxyType(
    {
        "IM": Text("per instance-month", "按实例月"),
        "CAP": Text("per capacity", "按容量"),
        "CALL": Text("per API call", "按调用次数"),
        "MIN": Text("per media minute", "按音视频分钟"),
        "HR": Text("per audio hour", "按音频小时"),
        "SEAT": Text("per user", "按用户席位"),
        "QTA": Text("prepaid quota", "预付费资源包"),
        "LIC": Text("licence", "软件许可"),
        "PROJ": Text("fixed-price project", "固定总价项目"),
        "SUB": Text("subscription", "订阅"),
        "HW": Text("hardware, per unit", "硬件（按台）"),
    }
)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a record was written: its file and the YAML mapping, for locating fields."""

    file: str
    node: Any = field(repr=False)

    def at(self, key: str | None = None, index: int | None = None) -> Location:
        node = self.node
        if key is None:
            return location_of(self.file, node)
        if index is not None and isinstance(node, dict):
            return location_of(self.file, node.get(key), index)
        return location_of(self.file, node, key)


@dataclass(frozen=True, slots=True)
class Mode:
    code: str
    price_model: str
    unit: str
    billing: str
    list_price: float
    lead_weeks: float
    maintenance: float | None = None  # yearly rate of a once-billed mode; None: the catalog default
    priced_by: str = ""  # the earlier catalog whose price a solution keeps for it (core/pricing.py)


@dataclass(frozen=True, slots=True)
class ValueInput:
    id: str
    label: Text
    unit: str
    default: float
    low: float
    high: float


@dataclass(frozen=True)
class ValueDriver:
    """An annual business value: `formula` over `inputs`; `formula` is None when the catalog
    text was refused (`problem` says why, as a FormulaError)."""

    id: str
    name: Text
    kind: str
    unit: str
    formula_text: str
    formula: Formula | None
    problem: FormulaError | None
    inputs: tuple[ValueInput, ...]
    source: Text
    origin: Origin = field(compare=False, repr=False)

    def input(self, ident: str) -> ValueInput | None:
        return next((i for i in self.inputs if i.id == ident), None)


@dataclass(frozen=True, slots=True)
class Xinchuang:
    level: str = "none"
    architectures: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    name: Text
    origin: Origin = field(compare=False, repr=False)
    xinchuang_scope: str = "general"  # the lowest policy level that puts it in scope


@dataclass(frozen=True, slots=True)
class Term:
    """What a code word reads as in each language: a unit of modes and value inputs
    (`licence`, `1k-calls`) or a price model (`LIC`, `HW`)."""

    id: str
    name: Text
    origin: Origin = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Capability:
    id: str
    name: Text
    description: Text
    category: str
    kind: str
    provider: str
    requires: tuple[str, ...]
    recommends: tuple[str, ...]
    conflicts: tuple[str, ...]
    provides: tuple[str, ...]
    modes: Mapping[str, Mode]
    xinchuang: Xinchuang
    data_class: str | None
    customizable: bool
    tags: tuple[str, ...]
    origin: Origin = field(compare=False, repr=False)
    roles: tuple[str, ...] = ()
    value_drivers: tuple[ValueDriver, ...] = ()

    @property
    def partner_delivered(self) -> bool:
        return self.provider != VENDOR


@dataclass(frozen=True, slots=True)
class Interface:
    id: str
    name: Text
    description: Text
    default: str | None
    origin: Origin = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class PartnerType:
    id: str
    name: Text
    description: Text
    role: str
    origin: Origin = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Partner:
    id: str
    name: Text
    types: tuple[str, ...]
    origin: Origin = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class SuggestedPolicy:
    """A scenario's suggested policy."""

    deployment: str = "hybrid"
    xinchuang: str = "none"
    network: str = "internet_allowed"
    public_data_class: str = "C1"
    cii_operator: bool = False


@dataclass(frozen=True, slots=True)
class Thresholds:
    warn: float = 0.40
    error: float = 0.60


@dataclass(frozen=True, slots=True)
class Maintenance:
    """The catalog's default yearly maintenance of once-billed lines of `price_models`."""

    rate: float = 0.0
    price_models: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Scenario:
    id: str
    name: Text
    description: Text
    required: tuple[str, ...]
    optional: tuple[str, ...]
    policy: SuggestedPolicy
    origin: Origin = field(compare=False, repr=False)
    partner_share: Thresholds | None = None  # for partner-led scenarios
    value_drivers: tuple[ValueDriver, ...] = ()
    quantities: Mapping[str, Mapping[str, float]] = field(default_factory=dict)  # capability → mode → units

    def quantity(self, capability: str, mode: str) -> float:
        """How many units a new solution of this scenario starts `capability` with in `mode`."""
        return self.quantities.get(capability, {}).get(mode, 1)


@dataclass(frozen=True)
class Catalog:
    """A loaded catalog. Records keep catalog order (files sorted by path, then list order)."""

    root: Path
    id: str
    version: str
    name: Text
    description: Text
    currency: str
    vendor_name: Text
    partner_share: Thresholds
    categories: Mapping[str, Category]
    capabilities: Mapping[str, Capability]
    interfaces: Mapping[str, Interface]
    partner_types: Mapping[str, PartnerType]
    partners: Mapping[str, Partner]
    scenarios: Mapping[str, Scenario]
    meta_origin: Origin | None = field(default=None, compare=False, repr=False)
    units: Mapping[str, Term] = field(default_factory=dict)
    price_models: Mapping[str, Term] = field(default_factory=dict)  # declared in catalog.yaml
    maintenance: Maintenance = Maintenance()
    digest: str = ""  # "sha256:…" of the files it was loaded from (catalog_load.content_digest)
    providers: Mapping[str, tuple[str, ...]] = field(init=False, repr=False)
    conflicts: Mapping[str, frozenset[str]] = field(init=False, repr=False)
    # capability → every capability that can meet one of its requires (itself or a provider)
    candidates: Mapping[str, tuple[str, ...]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        providers: dict[str, list[str]] = {iface: [] for iface in self.interfaces}
        conflicts: dict[str, set[str]] = {}
        for cap in self.capabilities.values():
            for iface in cap.provides:
                providers.setdefault(iface, []).append(cap.id)
            for other in cap.conflicts:  # a conflict listed on either side holds both ways
                if other != cap.id:
                    conflicts.setdefault(cap.id, set()).add(other)
                    conflicts.setdefault(other, set()).add(cap.id)
        object.__setattr__(self, "providers", MappingProxyType({k: tuple(v) for k, v in providers.items()}))
        candidates = {
            cap.id: tuple(dict.fromkeys(c for req in cap.requires for c in providers.get(req, (req,))))
            for cap in self.capabilities.values()
        }
        object.__setattr__(self, "candidates", MappingProxyType(candidates))
        object.__setattr__(self, "conflicts", MappingProxyType({k: frozenset(v) for k, v in conflicts.items()}))

    @classmethod
    def empty(cls, root: Path) -> Catalog:
        """A catalog with nothing in it, standing in while the one in `root` loads."""
        blank = Text("", "")
        return cls(root, "", "", blank, blank, "CNY", blank, Thresholds(), {}, {}, {}, {}, {}, {})

    def providers_of(self, interface_id: str) -> tuple[str, ...]:
        return self.providers.get(interface_id, ())

    def deliverer_name(self, deliverer: str, lang: str) -> str:
        if deliverer == VENDOR:
            return self.vendor_name.get(lang) or VENDOR
        ptype = self.partner_types.get(deliverer)
        return ptype.name.get(lang) if ptype else deliverer

    def category_name(self, category: str, lang: str) -> str:
        declared = self.categories.get(category)
        return declared.name.get(lang) if declared else category

    def unit_name(self, unit: str, lang: str) -> str:
        """A unit as the catalog's `units` name it in `lang`; as written when it is not declared."""
        declared = self.units.get(unit)
        return declared.name.get(lang) if declared else unit

    def maintenance_rate(self, mode: Mode) -> float:
        """The yearly maintenance of a once-billed mode, as a fraction of its net price."""
        if mode.billing != "once":
            return 0.0
        if mode.maintenance is not None:
            return mode.maintenance
        return self.maintenance.rate if mode.price_model in self.maintenance.price_models else 0.0

    def price_model_name(self, code: str, lang: str) -> str:
        """A price-model code as the catalog declares it, else as built in, else as written."""
        declared = self.price_models.get(code)
        name = declared.name if declared else PRICE_MODELS.get(code)
        return name.get(lang) if name else code
