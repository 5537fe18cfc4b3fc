"""The BOM as CSV for Excel: UTF-8 with a byte-order mark, one row per line, a totals row."""

from __future__ import annotations

import csv
import io

from configurator.core.bom import Bom

COLUMNS = (
    ("capability", "Capability", "能力编号"),
    ("name", "Name", "名称"),
    ("category", "Category", "类别"),
    ("mode", "Mode", "部署模式"),
    ("quantity", "Quantity", "数量"),
    ("unit", "Unit", "单位"),
    ("billing", "Billing", "计费方式"),
    ("list_price", "List price", "目录价"),
    ("discount", "Discount", "折扣"),
    ("one_time", "One-time", "一次性"),
    ("monthly", "Monthly", "每月"),
    ("yearly", "Yearly", "每年"),
    ("first_year", "First year", "首年合计"),
    ("delivered_by", "Delivered by", "交付方"),
    ("partner", "Partner-delivered", "合作伙伴交付"),
    ("origin", "Origin", "来源"),
    ("required_by", "Required by", "被依赖于"),
    ("lead_weeks", "Lead weeks", "交付周数"),
    ("phase", "Phase", "阶段"),
)
MONEY = ("list_price", "one_time", "monthly", "yearly", "first_year")
TOTAL_LABEL = {"en": "Total", "zh": "合计"}
YES_NO = {"en": ("yes", "no"), "zh": ("是", "否")}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets read as a formula (OWASP)


def _inert(value: object) -> object:
    """Text from the catalog or the solution that a spreadsheet would run as a formula
    (`=HYPERLINK(...)`) gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def render(bom: Bom, lang: str = "zh") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(zh if lang == "zh" else en for _, en, zh in COLUMNS)
    yes, no = YES_NO.get(lang, YES_NO["en"])
    for line in bom.lines:
        row = line.to_dict()
        row["name"] = line.name.get(lang)
        row["partner"] = yes if line.partner else no
        row["required_by"] = " ".join(line.required_by)
        row["delivered_by"] = bom.catalog.deliverer_name(line.delivered_by, lang)
        row["unit"] = bom.catalog.unit_name(line.unit, lang)
        row = {key: _inert(value) for key, value in row.items()}
        for key in MONEY:
            row[key] = f"{row[key]:.2f}"
        writer.writerow(row[key] for key, _, _ in COLUMNS)
    totals = bom.totals.to_dict()
    writer.writerow(
        TOTAL_LABEL.get(lang, "Total") if key == "capability" else f"{totals[key]:.2f}" if key in totals else ""
        for key, _, _ in COLUMNS
    )
    return ("\ufeff" + out.getvalue()).encode("utf-8")
