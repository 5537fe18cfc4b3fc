"""The BOM as CSV for Excel: UTF-8 with a byte-order mark, one row per line, a totals row;
with `years_table`, then the cost per year and per line per year over the deal's horizon."""

from __future__ import annotations

import csv
import io

from configurator.core.evaluate import Evaluation
from configurator.core.vocabulary import N_
from configurator.export.bom_columns import COLUMNS, CSV, Reader
from configurator.export.years_table import line_header, line_rows, npv_label, year_header, year_rows
from configurator.language import translator

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets read as a formula (OWASP)


def inert(value: object) -> object:
    """Text from the catalog or the solution that a spreadsheet would run as a formula
    (`=HYPERLINK(...)`) gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def render(evaluation: Evaluation, lang: str = "zh", years_table: bool = False) -> bytes:
    tr = translator(lang)
    reader = Reader(evaluation.catalog, lang, tr, exact=True)
    columns = [COLUMNS[key] for key in CSV]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(tr(column.header) for column in columns)
    for line in evaluation.bom.lines:
        writer.writerow(inert(column.cell(line, reader)) for column in columns)
    totals = evaluation.bom.totals.to_dict()
    writer.writerow(
        tr(N_("Total")) if key == "capability" else reader.money(totals[key]) if key in totals else "" for key in CSV
    )
    if years_table:  # each table after an empty row: a spreadsheet sees three tables
        years = evaluation.years
        writer.writerows([[], year_header(tr), *year_rows(years, tr, reader.money)])
        writer.writerow([npv_label(years, tr), reader.money(years.npv)])
        rows = line_rows(evaluation, lang, tr, reader.money)
        writer.writerows([[], line_header(years, tr), *([inert(cell) for cell in row] for row in rows)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
