"""The BOM as an Excel workbook, in the export language: summary, bill of materials by
deliverer, zones, cost per year, the options compared, findings and value assumptions.

The BOM sheet is a spreadsheet, not a dump: a line's cost is a formula over its quantity,
list price and discount cells, each deliverer's subtotal a SUM of its lines, the total a SUM
of the subtotals, and the summary and zones refer to those cells, so a discount tried in Excel
moves the totals. The years, options, findings and assumptions are the configurator's figures
as values: the years follow ramps, maintenance and price changes that no formula here repeats.

Cached values: openpyxl writes a formula cell with an empty value (`<c r="J2"><f>…</f><v/></c>`)
and has no public way to store what the formula computes, so a viewer that does not calculate
(a mail preview, a phone, `load_workbook(data_only=True)`) would show empty cells. After
openpyxl saves, `_finish` rewrites the package once: in each worksheet part every formula cell
this module wrote gets the configurator's figure as its `<v>` (the replacements are counted,
so a change in openpyxl's output fails loudly instead of losing values), `docProps/app.xml`
names the company, and every part is dated the evaluation's day, so the same BOM gives the
same bytes. The workbook keeps openpyxl's `fullCalcOnLoad`: a spreadsheet that calculates
recalculates on opening.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, NamedTuple
from xml.sax.saxutils import escape

from configurator.core.catalog import VENDOR
from configurator.core.codes import catalog_names, translated
from configurator.core.compare import compare
from configurator.core.evaluate import Evaluation
from configurator.core.findings import Severity
from configurator.core.numbers import CURRENCY_SIGNS, long_date
from configurator.core.placement import ZONE_OF_MODE, ZONES
from configurator.core.vocabulary import DEPLOYMENT, N_, NETWORK, STATUS, XINCHUANG, ZONE, word
from configurator.export.bom_columns import COLUMNS, CSV, Reader, by_deliverer
from configurator.export.compare_table import DEFAULT_NAME, METRICS, capability_rows, option_names
from configurator.export.compare_table import Writer as CompareWriter
from configurator.export.csv_bom import inert
from configurator.export.formats import DealOptions
from configurator.export.years_table import line_header, line_rows, npv_label, year_header, year_rows
from configurator.language import translator

SHEETS = {
    "summary": N_("Summary"),
    "bom": N_("BOM"),
    "zones": N_("Zones"),
    "years": N_("Years"),
    "options": N_("Options"),
    "findings": N_("Findings"),
    "assumptions": N_("Assumptions"),
}
MONEY = "#,##0.00"
PERCENT = "0.0%"
WHOLE_PERCENT = "0%"
MAX_WIDTH = 60  # characters; longer text wraps in Excel's cell rather than widening the sheet
ZONE_NAMES_SHOWN = 40  # as the PDF: a zone of hundreds of items lists the first ones and a count
COSTS = ("one_time", "monthly", "yearly")
BILLED_IN = {"once": "one_time", "yearly": "yearly", "monthly": "monthly", "usage": "monthly"}
OPTION_FORMATS = {
    "one_time": MONEY,
    "yearly_run": MONEY,
    "tco": MONEY,
    "npv": MONEY,
    "partner_share": PERCENT,
    "xinchuang_share": PERCENT,
    "roi_pct": WHOLE_PERCENT,
}
ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters XML 1.0 cannot carry


class Formula(NamedTuple):
    """A formula cell and the value the configurator computed for it."""

    text: str  # with its leading "="
    value: float


def render(evaluation: Evaluation, lang: str = "zh", author: str = "", options: DealOptions | None = None) -> bytes:
    """The workbook as .xlsx bytes; with the `options` of a deal of several (`evaluation` is the
    chosen one's), an Options sheet compares them."""
    from openpyxl import Workbook

    tr = translator(lang)
    book = Workbook()
    book.remove(book.active)  # openpyxl's blank sheet
    sheets = _Sheets(book, lang, tr)
    bom = sheets.add("bom")
    totals = _bom_sheet(bom, evaluation, lang, tr)
    _summary_sheet(sheets.add("summary", 0), evaluation, lang, tr, author, totals)
    _zones_sheet(sheets.add("zones"), evaluation, lang, tr, totals)
    _years_sheet(sheets.add("years"), evaluation, lang, tr)
    if options is not None and len(options.evaluations) > 1:
        _options_sheet(sheets.add("options"), options, lang, tr)
    _findings_sheet(sheets.add("findings"), evaluation, lang, tr)
    _assumptions_sheet(sheets.add("assumptions"), evaluation, lang, tr)
    book.active = 0
    _properties(book, evaluation, lang, tr, author)
    for sheet in sheets.made:
        sheet.finish()
    buffer = io.BytesIO()
    book.save(buffer)
    cached = {sheet.ws.path[1:]: sheet.cached for sheet in sheets.made}
    return _finish(
        buffer.getvalue(),
        cached,
        ILLEGAL.sub("", evaluation.catalog.vendor_name.get(lang)),
        evaluation.today.timetuple(),
    )


# -- writing cells


def text_width(value: str) -> int:
    """Columns a text takes: wide (CJK) characters count double."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in value)


def _shown(value: object, fmt: str | None) -> str:
    """About what a spreadsheet shows for `value`, to fit the column's width."""
    if isinstance(value, Formula):
        value = value.value
    if isinstance(value, float) and fmt in (MONEY, PERCENT, WHOLE_PERCENT):
        return f"{value:,.2f}" if fmt == MONEY else f"{value:.1%}"
    return "" if value is None else str(value)


class _Sheet:
    """One worksheet written row by row: text made inert, formulas with their cached values,
    number formats per column, and the widths the content needs."""

    def __init__(self, ws: Any) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill

        self.ws = ws
        self.rows = 0
        self.cached: dict[str, float] = {}  # coordinate → value, of every formula cell
        self.widths: dict[int, int] = {}
        self.bold = Font(name="Calibri", size=11, bold=True)  # without a name, LibreOffice picks a serif
        self.right = Alignment(horizontal="right")
        self.fill = PatternFill("solid", fgColor="E8EDF3")
        self.header_row = 0

    def row(self, cells: Sequence[object], formats: Sequence[str | None] = (), bold: bool = False) -> int:
        """Append a row; returns its number."""
        self.rows += 1
        r = self.rows
        for c, value in enumerate(cells, start=1):
            if value is None or value == "":
                continue
            fmt = formats[c - 1] if c - 1 < len(formats) else None
            cell = self.ws.cell(row=r, column=c)
            if isinstance(value, Formula):
                cell.value = value.text
                self.cached[cell.coordinate] = value.value
            elif isinstance(value, str):
                cell.value = ILLEGAL.sub("", str(inert(value)))
            else:
                cell.value = value
            if fmt and not isinstance(value, str):
                cell.number_format = fmt
            if bold:
                cell.font = self.bold
            width = text_width(_shown(value, fmt))
            if width > self.widths.get(c, 0):
                self.widths[c] = width
        return r

    def header(self, cells: Sequence[str], right: Sequence[bool] = ()) -> int:
        """A table's header row: bold on grey, over numbers right-aligned, repeated on every
        printed page."""
        r = self.row(cells, bold=True)
        for c in range(1, len(cells) + 1):
            cell = self.ws.cell(row=r, column=c)
            cell.fill = self.fill
            if c - 1 < len(right) and right[c - 1]:
                cell.alignment = self.right
        if not self.header_row:
            self.header_row = r
        return r

    def table(self, first: int, last: int, columns: int) -> None:
        """The header row `first` frozen, an autofilter from it to row `last`."""
        from openpyxl.utils import get_column_letter

        self.ws.freeze_panes = f"A{first + 1}"
        self.ws.auto_filter.ref = f"A{first}:{get_column_letter(columns)}{max(last, first)}"

    def blank(self) -> None:
        self.rows += 1

    def finish(self) -> None:
        from openpyxl.utils import get_column_letter

        for c, width in self.widths.items():
            self.ws.column_dimensions[get_column_letter(c)].width = min(width + 2, MAX_WIDTH)
        setup = self.ws.page_setup
        setup.orientation, setup.paperSize = "landscape", self.ws.PAPERSIZE_A4
        setup.fitToWidth, setup.fitToHeight = 1, 0
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        if self.header_row:
            self.ws.print_title_rows = f"{self.header_row}:{self.header_row}"


class _Sheets:
    def __init__(self, book: Any, lang: str, tr: Callable[[str], str]) -> None:
        self.book, self.lang, self.tr = book, lang, tr
        self.made: list[_Sheet] = []

    def add(self, key: str, index: int | None = None) -> _Sheet:
        sheet = _Sheet(self.book.create_sheet(self.tr(SHEETS[key]), index))
        self.made.append(sheet)
        return sheet


def reference(sheet: _Sheet, column: int, row: int) -> str:
    """A cell of another sheet, as a formula names it."""
    from openpyxl.utils import get_column_letter, quote_sheetname

    return f"{quote_sheetname(sheet.ws.title)}!${get_column_letter(column)}${row}"


def in_currency(label: str, currency: str, lang: str) -> str:
    """An amount's header or label names the currency, as the PDF's do, so its cells need not."""
    sign = CURRENCY_SIGNS.get(currency, currency) if lang == "zh" else currency
    return f"{label}（{sign}）" if lang == "zh" else f"{label} ({sign})"


# -- the sheets


class _Totals(NamedTuple):
    """Where the BOM sheet's totals are, for the summary and zones to refer to."""

    sheet: _Sheet
    row: int  # the grand total's row
    column: dict[str, int]  # BOM key → column number
    vendor_row: int | None  # the vendor's subtotal row
    partner_rows: tuple[int, ...]  # the partners' subtotal rows
    first_line: int
    last_line: int


def _bom_sheet(sheet: _Sheet, evaluation: Evaluation, lang: str, tr: Callable[[str], str]) -> _Totals:
    """One row per line, by deliverer: cost cells are formulas over the line's quantity, list
    price and discount; a subtotal row per deliverer; the total row sums the subtotals."""
    from openpyxl.utils import get_column_letter

    catalog = evaluation.catalog
    reader = Reader(catalog, lang, tr, exact=True)
    columns = [COLUMNS[key] for key in CSV]
    at = {column.key: i + 1 for i, column in enumerate(columns)}
    letter = {key: get_column_letter(c) for key, c in at.items()}
    formats = [MONEY if c.money else PERCENT if c.key == "discount" else None for c in columns]
    head = [in_currency(tr(c.header), catalog.currency, lang) if c.money else tr(c.header) for c in columns]
    first = sheet.header(head, [c.right for c in columns])
    subtotals: list[tuple[str, int]] = []
    for deliverer, lines in by_deliverer(evaluation.catalog, evaluation.bom.lines):
        start = sheet.rows + 1
        for line in lines:
            r = sheet.rows + 1
            cells: list[object] = [c.cell(line, reader) if not c.money else getattr(line, c.key) for c in columns]
            net = f"{letter['list_price']}{r}*{letter['quantity']}{r}*(1-{letter['discount']}{r})"
            billed = BILLED_IN[line.billing]
            for key in COSTS:
                cells[at[key] - 1] = Formula(f"={net}", getattr(line, key)) if key == billed else 0.0
            year = f"={letter['one_time']}{r}+12*{letter['monthly']}{r}+{letter['yearly']}{r}"
            cells[at["first_year"] - 1] = Formula(year, line.first_year)
            sheet.row(cells, formats)
            sheet.ws.row_dimensions[r].outlineLevel = 1  # Excel folds a deliverer to its subtotal
        end = sheet.rows
        sums: list[object] = [""] * len(columns)
        sums[0], sums[1] = tr(N_("Subtotal")), catalog.deliverer_name(deliverer, lang)
        for key in (*COSTS, "first_year"):
            value = math.fsum(getattr(line, key) for line in lines)
            sums[at[key] - 1] = Formula(f"=SUM({letter[key]}{start}:{letter[key]}{end})", value)
        subtotals.append((deliverer, sheet.row(sums, formats, bold=True)))
    last_line = sheet.rows
    total: list[object] = [""] * len(columns)
    total[0] = tr(N_("Total"))
    for key in (*COSTS, "first_year"):
        cells_ = ",".join(f"{letter[key]}{r}" for _, r in subtotals)
        total[at[key] - 1] = Formula(f"=SUM({cells_})", getattr(evaluation.bom.totals, key))
    row = sheet.row(total, formats, bold=True)
    sheet.table(first, last_line, len(columns))
    vendor = next((r for d, r in subtotals if d == VENDOR), None)
    partners = tuple(r for d, r in subtotals if d != VENDOR)
    return _Totals(sheet, row, at, vendor, partners, first + 1, last_line)


def _summary_sheet(
    sheet: _Sheet, evaluation: Evaluation, lang: str, tr: Callable[[str], str], author: str, totals: _Totals
) -> None:
    """The deal at a glance; its amounts refer to the BOM sheet's totals."""
    from openpyxl.styles import Font

    s, catalog, bom = evaluation.solution, evaluation.catalog, evaluation.bom
    years, case = evaluation.years, evaluation.value
    t = bom.totals
    scenario = catalog.scenarios.get(s.scenario) if s.scenario else None
    errors = sum(1 for f in evaluation.findings if f.severity is Severity.ERROR)
    warnings = sum(1 for f in evaluation.findings if f.severity is Severity.WARNING)
    title = sheet.ws.cell(row=1, column=1, value=ILLEGAL.sub("", str(inert(s.name))))
    title.font = Font(bold=True, size=14)  # not measured: the title may run over the columns
    sheet.rows = 2

    def total(key: str) -> Formula:
        return Formula("=" + reference(totals.sheet, totals.column[key], totals.row), getattr(t, key))

    first_year = reference(totals.sheet, totals.column["first_year"], totals.row)

    def subtotals(rows: Sequence[int], value: float) -> Formula | float:
        if not rows:
            return 0.0
        cells = ",".join(reference(totals.sheet, totals.column["first_year"], r) for r in rows)
        return Formula(f"=SUM({cells})", value)

    partner = subtotals(totals.partner_rows, t.partner_first_year)
    partner_ref = partner.text[1:] if isinstance(partner, Formula) else "0"
    sections: list[tuple[str, list[tuple[str, object, str | None]]]] = [
        (
            "",
            [
                (tr(N_("Customer")), s.customer.name or "—", None),
                *([(tr(N_("Option")), s.option, None)] if s.option else []),
                (tr(N_("Scenario")), scenario.name.get(lang) if scenario else (s.scenario or "—"), None),
                (tr(N_("Catalog")), f"{catalog.name.get(lang)} · {catalog.id} {catalog.version}", None),
                (tr(N_("Date")), long_date(evaluation.today, lang), None),
                (tr(N_("Prepared by")), author or "—", None),
            ],
        ),
        (
            N_("Customer policy"),
            [
                (tr(N_("Deployment")), word(DEPLOYMENT, s.policy.deployment, tr), None),
                (tr(N_("Xinchuang level")), word(XINCHUANG, s.policy.xinchuang, tr), None),
                (tr(N_("Network")), word(NETWORK, s.policy.network, tr), None),
            ],
        ),
        (
            N_("Cost"),
            [
                *((tr(COLUMNS[key].header), total(key), MONEY) for key in (*COSTS, "first_year")),
                (tr(N_("TCO over {years} years")).format(years=years.horizon), years.tco, MONEY),
                (npv_label(years, tr), years.npv, MONEY),
            ],
        ),
        (
            N_("Who delivers"),
            [
                (
                    tr(N_("Vendor, first year")),
                    subtotals([totals.vendor_row] if totals.vendor_row else [], t.vendor_first_year),
                    MONEY,
                ),
                (tr(N_("Partners, first year")), partner, MONEY),
                (
                    tr(N_("Partner share")),
                    Formula(f"=IF({first_year}=0,0,{partner_ref}/{first_year})", t.partner_share),
                    PERCENT,
                ),
            ],
        ),
        (
            N_("Checks"),
            [
                (tr(N_("Compliance")), tr(STATUS["pass"] if evaluation.compliance.passed else STATUS["fail"]), None),
                (tr(N_("Xinchuang share")), evaluation.compliance.domestic_ratio, PERCENT),
                (tr(N_("Errors")), errors, None),
                (tr(N_("Warnings")), warnings, None),
                (tr(N_("Lines")), len(bom.lines), None),
            ],
        ),
    ]
    if case.drivers:
        roi, payback = case.roi_pct["expected"], case.payback_months["expected"]
        sections.append(
            (
                N_("Business value"),
                [
                    (tr(N_("Return on investment")), roi / 100 if roi is not None else "—", WHOLE_PERCENT),
                    (tr(N_("Payback in months")), payback if payback is not None else "—", None),
                    (
                        tr(N_("Net present value at %s")) % f"{case.horizon.discount_rate:.0%}",
                        case.horizon.npv,
                        MONEY,
                    ),
                ],
            )
        )
    for heading, rows in sections:
        if heading:
            sheet.blank()
            sheet.row([tr(heading)], bold=True)
        for label, value, fmt in rows:
            sheet.row([in_currency(label, catalog.currency, lang) if fmt == MONEY else label, value], [None, fmt])


def _zones_sheet(sheet: _Sheet, evaluation: Evaluation, lang: str, tr: Callable[[str], str], totals: _Totals) -> None:
    """Where each part runs: the zone's items and its amounts, SUMIFs over the BOM sheet's modes."""
    from openpyxl.utils import get_column_letter, quote_sheetname

    catalog = evaluation.catalog
    names = catalog_names(catalog, lang)
    separator = "、" if lang == "zh" else ", "
    keys = (*COSTS, "first_year")
    head = [
        tr(N_("Zone")),
        tr(N_("Items")),
        *(in_currency(tr(COLUMNS[k].header), catalog.currency, lang) for k in keys),
    ]
    first = sheet.header(head, [False, False, *(True,) * len(keys)])
    bom_name = quote_sheetname(totals.sheet.ws.title)
    span = f"${totals.first_line}:$"  # rows of the lines and subtotals; subtotals have no mode
    mode_col = get_column_letter(totals.column["mode"])
    for zone, data in evaluation.bom.zones.items():
        shown = [names.get(c, c) for c in data["capabilities"][:ZONE_NAMES_SHOWN]]
        more = len(data["capabilities"]) - len(shown)
        items = separator.join(shown) + (separator + tr(N_("and %d more")) % more if more > 0 else "")
        modes = [mode for mode, z in ZONE_OF_MODE.items() if z == zone]
        amounts: list[object] = []
        for key in keys:
            col = get_column_letter(totals.column[key])
            terms = "+".join(
                f'SUMIF({bom_name}!${mode_col}{span}{mode_col}${totals.last_line},"{mode}",'
                f"{bom_name}!${col}{span}{col}${totals.last_line})"
                for mode in modes
            )
            amounts.append(Formula(f"={terms}", data[key]))
        sheet.row([word(ZONE, zone, tr), items or "—", *amounts], [None, None, *(MONEY,) * len(keys)])
    sheet.table(first, sheet.rows, len(head))
    assert tuple(evaluation.bom.zones) == ZONES


def _years_sheet(sheet: _Sheet, evaluation: Evaluation, lang: str, tr: Callable[[str], str]) -> None:
    """The cost per year (total, cumulative, per zone and deliverer, NPV), then per line per year."""
    years = evaluation.years

    def figure(value: float) -> float:
        return value

    head = year_header(tr)
    first = sheet.header(head, [False, *(True,) * (len(head) - 1)])
    money = [None, *(MONEY,) * (len(head) - 1)]
    for row in year_rows(years, tr, figure):
        sheet.row(row, money, bold=isinstance(row[0], str))  # the horizon's total
    sheet.row([npv_label(years, tr), years.npv], money)
    sheet.blank()
    lines_head = line_header(years, tr)
    sheet.header(lines_head, [False, *(True,) * (len(lines_head) - 1)])
    rows = line_rows(evaluation, lang, tr, figure)
    line_money = [None, *(MONEY,) * (len(lines_head) - 1)]
    for i, row in enumerate(rows):
        sheet.row(row, line_money, bold=i == len(rows) - 1)
    sheet.blank()
    sheet.row([tr(N_("Figures of the configurator: they do not follow edits on the BOM sheet."))])
    sheet.table(first, first + years.horizon + 1, len(head))


def _options_sheet(sheet: _Sheet, options: DealOptions, lang: str, tr: Callable[[str], str]) -> None:
    """The options side by side, the recommended one starred; then the capabilities they hold
    differently."""
    comparison = compare(options.deal, options.evaluations, tr(DEFAULT_NAME))
    writer = CompareWriter(comparison.currency, lang, tr, exact=True)
    names = option_names(comparison)
    first = sheet.header(["", *names], [False, *(True,) * len(names)])
    for metric in METRICS:
        label = tr(metric.label).format(years=comparison.horizon)
        fmt = OPTION_FORMATS.get(metric.key)
        cells: list[object] = []
        for option in comparison.options:
            value = getattr(option, metric.key)
            if isinstance(value, bool):
                cells.append(metric.cell(option, writer))
            elif value is None:
                cells.append("—")
            else:
                cells.append(value / 100 if metric.key == "roi_pct" else value)
        sheet.row([label, *cells], [None, *(fmt,) * len(cells)])
    last = sheet.rows
    differing = capability_rows(comparison, writer)
    if differing:
        sheet.blank()
        sheet.row([tr(N_("Capabilities that differ"))], bold=True)
        for _, name, held in differing:
            sheet.row([name, *held])
    sheet.table(first, last, len(names) + 1)


def _findings_sheet(sheet: _Sheet, evaluation: Evaluation, lang: str, tr: Callable[[str], str]) -> None:
    """Errors and warnings with their hints, by the names people read."""
    names = catalog_names(evaluation.catalog, lang)
    shown = [translated(f, tr, names) for f in evaluation.findings if f.severity is not Severity.INFO]
    words = {"error": tr(N_("error")), "warning": tr(N_("warning"))}
    head = [tr(N_("Severity")), tr(N_("Code")), tr(N_("Message")), tr(N_("Hint"))]
    first = sheet.header(head)
    if not shown:
        sheet.row(["", "", tr(N_("No errors or warnings."))])
    for f in shown:
        sheet.row([words[f.severity.value], f.code, f.message, f.hint or ""])
    sheet.table(first, sheet.rows, len(head))


def _assumptions_sheet(sheet: _Sheet, evaluation: Evaluation, lang: str, tr: Callable[[str], str]) -> None:
    """The value inputs: each driver's assumptions, their plausible range and the source."""
    catalog, case = evaluation.catalog, evaluation.value
    head = [
        tr(N_("Value driver")),
        tr(N_("Assumption")),
        tr(N_("Value")),
        tr(N_("Unit")),
        tr(N_("Low")),
        tr(N_("High")),
        tr(N_("Source")),
    ]
    first = sheet.header(head)
    if not case.drivers:
        sheet.row([tr(N_("No quantified value drivers."))])
    for result in case.drivers:
        driver = result.driver
        for v in result.inputs:
            sheet.row(
                [
                    driver.name.get(lang),
                    v.input.label.get(lang),
                    v.value,
                    catalog.unit_name(v.input.unit, lang),
                    v.input.low,
                    v.input.high,
                    driver.source.get(lang),
                ]
            )
    sheet.table(first, sheet.rows, len(head))


# -- the package


def _properties(book: Any, evaluation: Evaluation, lang: str, tr: Callable[[str], str], author: str) -> None:
    props = book.properties
    day = datetime(*evaluation.today.timetuple()[:3])
    props.title = evaluation.solution.name
    props.subject = tr(N_("Solution proposal and bill of materials"))
    props.creator = props.lastModifiedBy = author
    props.language = "zh-CN" if lang == "zh" else "en"
    props.created = props.modified = day


def _finish(package: bytes, cached: dict[str, dict[str, float]], company: str, day: Any) -> bytes:
    """The saved package with the formula cells' values, the company, and every part dated `day`."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename in cached:
                data = _with_values(data, cached[info.filename], info.filename)
            elif info.filename == "docProps/app.xml" and company:  # openpyxl does not write one
                data = data.replace(b"</Properties>", b"<Company>%s</Company></Properties>" % escape(company).encode())
            elif info.filename == "docProps/core.xml":  # openpyxl stamps the moment of saving
                stamp = b"%04d-%02d-%02dT00:00:00Z" % tuple(day[:3])
                data = MODIFIED.sub(rb"\g<1>" + stamp + rb"\g<2>", data)
            target.writestr(zipfile.ZipInfo(info.filename, date_time=day[:6]), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")
FORMULA_CELL = re.compile(rb'<c r="([A-Z]+[0-9]+)"((?: [a-z]+="[^"]*")*)><f>([^<]*)</f>(?:<v ?/>|<v></v>)</c>')


def _with_values(xml: bytes, values: dict[str, float], part: str) -> bytes:
    """Every formula cell of `values` with its value written in; all of them, or an error."""
    done = 0

    def cell(match: re.Match[bytes]) -> bytes:
        nonlocal done
        value = values.get(match[1].decode())
        if value is None:
            return match[0]
        done += 1
        return b'<c r="%s"%s><f>%s</f><v>%s</v></c>' % (match[1], match[2], match[3], repr(float(value)).encode())

    xml = FORMULA_CELL.sub(cell, xml)
    if done != len(values):
        raise RuntimeError(f"{part}: {done} of {len(values)} formula cells given their values")
    return xml
