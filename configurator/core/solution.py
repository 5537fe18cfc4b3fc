"""The solution model: a customer's policy and the items chosen from a catalog, and the deal
settings of the multi-year cost of ownership that the options of one deal share."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from configurator.core.catalog import Thresholds
from configurator.core.pricing import KeptPrices, Pin

EXPLICIT = "explicit"
AUTO = "auto"
DEPLOYMENTS = ("public", "private", "hybrid")
XINCHUANG_LEVELS = ("none", "office", "general", "core")
NETWORKS = ("internet_allowed", "dedicated_line_only", "air_gapped")


DATA_CLASSES = ("C1", "C2", "C3")
INSTITUTION_TYPES = (
    "state_bank",
    "joint_stock",
    "city_commercial",
    "rural",
    "insurer",
    "securities",
    "consumer_finance",
    "government",
    "other",
)


@dataclass(frozen=True, slots=True)
class SolutionPolicy:
    deployment: str = "hybrid"
    xinchuang: str = "none"
    network: str = "internet_allowed"
    partner_share: Thresholds | None = None  # None: the catalog's default thresholds
    cii_operator: bool = False  # critical-information-infrastructure operator
    public_data_class: str = "C1"  # the most sensitive data class allowed on PUB/SAAS
    go_live: date | None = None


HORIZON_YEARS = 5
DISCOUNT_RATE = 0.08
BENEFIT_RAMP = (0.5, 1.0)  # half the yearly value in year 1, all of it from year 2
ONE_TIME_IN = ("order", "plan")


@dataclass(frozen=True, slots=True)
class DealSettings:
    """The deal's `deal:` mapping as written: None where the file says nothing (the default
    holds, and nothing is written back)."""

    horizon_years: int | None = None
    discount_rate: float | None = None
    price_changes: dict[str, float] | None = None  # price-model code → yearly change
    one_time_in: str | None = None  # "order" (year 1) or "plan" (the year the line starts)
    benefit_ramp: tuple[float, ...] | None = None

    @property
    def horizon(self) -> int:
        return self.horizon_years or HORIZON_YEARS

    @property
    def rate(self) -> float:
        return DISCOUNT_RATE if self.discount_rate is None else self.discount_rate

    def price_change(self, price_model: str) -> float:
        return (self.price_changes or {}).get(price_model, 0.0)

    @property
    def one_time_by_plan(self) -> bool:
        return self.one_time_in == "plan"

    def benefit_share(self, year: int) -> float:
        """The share of the yearly value realised in `year` (1-based)."""
        ramp = self.benefit_ramp or BENEFIT_RAMP
        return ramp[min(year, len(ramp)) - 1]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for key in ("horizon_years", "discount_rate", "price_changes", "one_time_in", "benefit_ramp"):
            value = getattr(self, key)
            if value is not None:
                data[key] = (
                    list(value) if isinstance(value, tuple) else dict(value) if isinstance(value, dict) else value
                )
        return data


class _NullEntry:
    """Stands for an item written as `null` (`- ~`): `raw` of None means a well-formed item."""

    def __repr__(self) -> str:
        return "NULL_ENTRY"


NULL_ENTRY: Any = _NullEntry()


@dataclass(frozen=True, slots=True)
class Item:
    """One capability in a solution. `raw` keeps an item that failed the schema exactly as
    written (NULL_ENTRY for a null), so it is saved back unchanged; such an item takes no part
    in evaluation."""

    capability: str
    mode: str
    quantity: float = 1
    origin: str = EXPLICIT
    delivered_by: str | None = None
    partner: str | None = None
    customized: bool = False
    discount: float = 0.0
    notes: str = ""
    # Quantity over the deal's years: a yearly growth (0.3 = +30 %), or the quantities of
    # years 1, 2, ... (the last holds after); None: `quantity` every year.
    ramp: float | tuple[float, ...] | None = None
    raw: dict[str, Any] | None = field(default=None, compare=False)
    line: int | None = field(default=None, compare=False)
    column: int | None = field(default=None, compare=False)

    @property
    def explicit(self) -> bool:
        return self.origin == EXPLICIT

    @property
    def valid(self) -> bool:
        return self.raw is None

    def quantity_in(self, year: int) -> float:
        """The quantity in `year` (1-based) of the deal's horizon; year 1's is `quantity`, as
        the BOM's, whatever a list of quantities says (SOL-RAMP-012 tells when they differ)."""
        if self.ramp is None or year == 1:
            return self.quantity
        if isinstance(self.ramp, tuple):
            return self.ramp[min(year, len(self.ramp)) - 1]
        return self.quantity * (1 + self.ramp) ** (year - 1)


@dataclass(frozen=True, slots=True)
class Customer:
    """The financial institution a solution is for."""

    name: str = ""
    institution_type: str | None = None  # state_bank, joint_stock, ... (solution.schema.json)

    def to_dict(self) -> dict[str, str]:
        """The file's `customer` mapping: the fields that are set, in contract order."""
        return {k: v for k, v in (("name", self.name), ("institution_type", self.institution_type)) if v}


@dataclass(frozen=True, slots=True)
class Solution:
    name: str
    catalog_id: str
    catalog_version: str
    customer: Customer = Customer()
    scenario: str | None = None
    policy: SolutionPolicy = SolutionPolicy()
    policy_given: bool = True
    items: tuple[Item, ...] = ()
    value: dict[str, dict[str, float]] = field(default_factory=dict)  # driver → input → value
    deal: DealSettings = DealSettings()  # shared by every option of the deal
    catalog_digest: str = ""  # the content of the catalog it was priced on ("" in older files)
    kept_prices: KeptPrices | None = None  # prices kept from an earlier catalog (core/pricing.py)
    option: str = ""  # this option's name within the deal ("" for a deal of one unnamed option)
    # Top-level values kept exactly as written because they failed the schema or are unknown;
    # saved back unchanged until an edit replaces them, so nothing the user wrote is lost.
    raw: dict[str, Any] = field(default_factory=dict)
    # (line, column) of top-level keys in the file it was loaded from, for locating findings
    positions: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False)

    @property
    def pin(self) -> Pin:
        """The catalog the solution was priced on."""
        return Pin(self.catalog_id, self.catalog_version, self.catalog_digest)

    def item(self, capability: str) -> Item | None:
        for item in self.items:
            if item.capability == capability and item.valid:
                return item
        return None

    def edited(self, **changes: Any) -> Solution:
        """Replace top-level fields; a replaced field no longer keeps its raw value."""
        raw = {
            k: v for k, v in self.raw.items() if k not in changes and not (k == "policy" and "policy_given" in changes)
        }
        return replace(self, raw=raw, **changes)

    def with_items(self, items: list[Item] | tuple[Item, ...]) -> Solution:
        return replace(self, items=tuple(items))

    def replace_item(self, capability: str, **changes: Any) -> Solution:
        items = [replace(i, **changes) if i.capability == capability and i.valid else i for i in self.items]
        return self.with_items(items)
