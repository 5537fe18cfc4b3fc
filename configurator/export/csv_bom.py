"""The BOM as CSV for Excel: UTF-8 with a byte-order mark, one row per line, a totals row."""

from __future__ import annotations

import csv
import io

from configurator.core.evaluate import Evaluation
from configurator.core.vocabulary import N_
from configurator.export.bom_columns import COLUMNS, CSV, Reader
from configurator.language import translator

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets read as a formula (OWASP)


def inert(value: object) -> object:
    """Text from the catalog or the solution that a spreadsheet would run as a formula
    (`=HYPERLINK(...)`) gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def render(evaluation: Evaluation, lang: str = "zh") -> bytes:
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
    return ("\ufeff" + out.getvalue()).encode("utf-8")
