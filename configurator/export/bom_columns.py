"""The BOM's columns in one table, read by the BOM panel, the PDF and the CSV: each column's
key, header, how a line's value is written and whether it is right-aligned.

A `Reader` says how one output writes values: names from the catalog in its language, the
domain's words through its translator, and numbers formatted for people or kept exact for
a spreadsheet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from configurator.core.bom import BomLine
from configurator.core.catalog import VENDOR, Catalog
from configurator.core.numbers import money, number, share
from configurator.core.vocabulary import BILLING, N_, ORIGIN, YES_NO, word


@dataclass(frozen=True)
class Reader:
    catalog: Catalog
    lang: str
    tr: Callable[[str], str]
    exact: bool = False  # numbers as numbers, money with two decimals and no sign (CSV)
    signed: bool = True  # money with its currency; False when a header names it (PDF)

    def money(self, value: float) -> str:
        if self.exact:
            return f"{value:.2f}"
        return money(value, self.catalog.currency, self.lang) if self.signed else f"{value:,.2f}"

    def number(self, value: float) -> float | str:
        return value if self.exact else number(value)

    def share(self, value: float) -> float | str:
        return value if self.exact else share(value) if value else ""


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # marked with N_, translated by the reader's output
    cell: Callable[[BomLine, Reader], object]
    right: bool = False  # numbers are right-aligned
    short: str = ""  # a narrower header, for the PDF's table
    money: bool = False  # an amount in the catalog's currency

    @property
    def short_header(self) -> str:
        return self.short or self.header


def _money(key: str, header: str) -> Column:
    return Column(key, header, lambda line, r: r.money(getattr(line, key)), right=True, money=True)


COLUMNS: dict[str, Column] = {
    column.key: column
    for column in (
        Column("capability", N_("Capability id"), lambda line, r: line.capability),
        Column("name", N_("Capability"), lambda line, r: line.name.get(r.lang)),
        Column("category", N_("Category"), lambda line, r: r.catalog.category_name(line.category, r.lang)),
        Column("mode", N_("Mode"), lambda line, r: line.mode),
        Column("quantity", N_("Quantity"), lambda line, r: r.number(line.quantity), right=True, short=N_("Qty")),
        Column("unit", N_("Unit"), lambda line, r: r.catalog.unit_name(line.unit, r.lang)),
        Column("billing", N_("Billing"), lambda line, r: word(BILLING, line.billing, r.tr)),
        _money("list_price", N_("List price")),
        Column("discount", N_("Discount"), lambda line, r: r.share(line.discount), right=True),
        _money("one_time", N_("One-time")),
        _money("monthly", N_("Monthly")),
        _money("yearly", N_("Yearly")),
        _money("first_year", N_("First year")),
        Column("delivered_by", N_("Delivered by"), lambda line, r: r.catalog.deliverer_name(line.delivered_by, r.lang)),
        Column("partner", N_("Partner-delivered"), lambda line, r: r.tr(YES_NO[0] if line.partner else YES_NO[1])),
        Column("origin", N_("Origin"), lambda line, r: word(ORIGIN, line.origin, r.tr)),
        Column("required_by", N_("Required by"), lambda line, r: " ".join(line.required_by)),
        Column("lead_weeks", N_("Lead weeks"), lambda line, r: r.number(line.lead_weeks), right=True),
        Column("phase", N_("Phase"), lambda line, r: line.phase if r.exact else str(line.phase), right=True),
    )
}
CSV = tuple(COLUMNS)  # every field of a line, in the order of the BOM contract (DESIGN.md §6)
PANEL = (
    "name",
    "mode",
    "quantity",
    "unit",
    "list_price",
    "discount",
    "one_time",
    "monthly",
    "first_year",
    "delivered_by",
    "phase",
)
PDF = PANEL[:-2]  # the PDF groups lines by deliverer and draws the phases as a plan


def by_deliverer(catalog: Catalog, lines: tuple[BomLine, ...]) -> list[tuple[str, list[BomLine]]]:
    """The lines by deliverer, as the PDF and the workbook group them: the vendor first, then
    the partner types in catalog order (any other deliverer last)."""
    order = [VENDOR, *catalog.partner_types]
    groups: dict[str, list[BomLine]] = {}
    for line in lines:
        groups.setdefault(line.delivered_by, []).append(line)
    return sorted(groups.items(), key=lambda g: order.index(g[0]) if g[0] in order else len(order))
