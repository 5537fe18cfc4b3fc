"""The BOM as a customer-ready A4 PDF proposal: cover, summary, architecture, bill of
materials by deliverer, delivery plan, findings. Every catalog or user text is escaped."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextDocument, QTextOption

from configurator.core.bom import BomLine
from configurator.core.codes import catalog_names, translated
from configurator.core.evaluate import Evaluation
from configurator.core.findings import Severity
from configurator.core.numbers import CURRENCY_SIGNS, long_date, money, number, share
from configurator.core.progress import Progress
from configurator.core.vocabulary import (
    DEPLOYMENT,
    LEVEL_IN_TEXT,
    NETWORK,
    REQUIREMENT,
    STATUS,
    XINCHUANG,
    ZONE,
    word,
)
from configurator.drawing import style
from configurator.drawing.fonts import document_font, ensure_gui_app
from configurator.drawing.graph_picture import Picture, build_picture, paint_picture, picture_bounds
from configurator.drawing.value_chart import paint_tornado, paint_value_chart, round_step
from configurator.export.bom_columns import COLUMNS, PDF, Column, Reader, by_deliverer
from configurator.export.formats import Changes, DealOptions, RevisionMark
from configurator.export.pdf_amend import Metadata
from configurator.export.pdf_changes import changes_section
from configurator.export.pdf_document import Furniture, PdfDocument, Section, escape, text_section
from configurator.export.pdf_options import option_label, options_section, titled, years_section
from configurator.export.pdf_table import Block, Cell, Table, flow_section, text_block
from configurator.translations import tr, using

MIN_GRAPH_SCALE = 0.55
GANTT_ROW = 18
GANTT_LABEL = 260
CRITICAL = QColor("#c5221f")


def render(
    evaluation: Evaluation,
    lang: str = "zh",
    author: str = "",
    progress: Progress | None = None,
    options: DealOptions | None = None,
    revision: RevisionMark | None = None,
    changes: Changes | None = None,
) -> bytes:
    """The whole document as PDF bytes, dated the day of the evaluation; `progress(page,
    pages)` returning False cancels. With the `options` of a deal (`evaluation` is the chosen
    one's), the options are compared after the summary; the cover and the footer say which
    `revision` it is, and `changes` since a revision get a page after the summary."""
    ensure_gui_app()
    with using(lang):
        return _render(evaluation, lang, author, progress, options, revision, changes)


def _revision_text(mark: RevisionMark) -> str:
    r = mark.revision
    told = " · ".join(part for part in (r.saved[:10], r.author, r.note) if part)
    if mark.exact:
        return f"{r.number} · {told}"
    return tr("%d, changed since (%s)") % (r.number, told)


def _render(
    evaluation: Evaluation,
    lang: str,
    author: str,
    progress,
    options: DealOptions | None,
    revision: RevisionMark | None,
    changes: Changes | None,
) -> bytes:
    font = document_font(9.5)
    s, catalog = evaluation.solution, evaluation.catalog
    errors = sum(1 for f in evaluation.findings if f.severity is Severity.ERROR)
    furniture = Furniture(
        header_left=s.name,
        header_right=s.customer.name,
        footer_left=" · ".join(
            (
                f"{catalog.id} {catalog.version}",
                *([tr("revision %d") % revision.revision.number + ("" if revision.exact else "+")] if revision else []),
                tr("generated") + " " + long_date(evaluation.today, lang),
            )
        ),
        not_validated=tr("NOT VALIDATED") if errors else None,
    )
    subject = tr("Solution proposal and bill of materials")
    metadata = Metadata(s.name, author, subject, "zh-CN" if lang == "zh" else "en")
    pdf = PdfDocument(metadata, furniture, font)
    headings = _heading_fonts(font)
    sections = [
        Section(lambda size: 1, lambda p, i, r: _cover(p, r, evaluation, lang, author, revision), title=tr("Cover")),
        text_section(_document(_summary_html(evaluation, lang, errors), font), tr("Summary")),
        *([changes_section(changes, catalog, lang, font, headings)] if changes else []),
        *([options_section(options, lang, font, headings)] if options else []),
        *([_value_page(evaluation, lang, font)] if evaluation.value.drivers else []),
        _architecture(build_picture(evaluation, lang, tr)),
        *_boms(evaluation, options, lang, font),
        years_section(evaluation, lang, font, headings, option_label(options, options.chosen) if options else ""),
        _zones_and_compliance(evaluation, lang, font),
        _plan(evaluation, lang),
        _findings(evaluation, lang, font),
    ]
    return pdf.render(sections, progress)


def _document(html: str, font: QFont) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(STYLE_SHEET)
    document.setHtml(html)
    return document


STYLE_SHEET = """
h1 { font-size: 16pt; color: #1b1f24; margin-bottom: 6px; }
h2 { font-size: 12.5pt; color: #1b1f24; margin-top: 14px; margin-bottom: 4px; }
table { border-collapse: collapse; }
th { background-color: #e8edf3; font-weight: bold; padding: 3px; text-align: left; }
td { padding: 3px; }
td.num, th.num { text-align: right; }
tr.total td { font-weight: bold; background-color: #f3f5f8; }
p.muted { color: #5f6b7a; }
p.alert { color: #c5221f; font-weight: bold; }
"""


def _h(level: int, text: str) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def _p(text: str, css: str = "") -> str:
    return f"<p class='{css}'>{escape(text)}</p>" if css else f"<p>{escape(text)}</p>"


# -- cover


def _cover(
    painter: QPainter, rect: QRectF, evaluation: Evaluation, lang: str, author: str, revision: RevisionMark | None
) -> None:
    s, catalog = evaluation.solution, evaluation.catalog
    scenario = catalog.scenarios.get(s.scenario) if s.scenario else None
    title = QFont(painter.font())
    title.setPointSizeF(24)
    title.setBold(True)
    painter.setPen(style.TEXT)
    painter.setFont(title)
    top = rect.top() + rect.height() * 0.22
    _title(painter, QRectF(rect.left(), top, rect.width(), 120), s.name)
    subtitle = QFont(painter.font())
    subtitle.setPointSizeF(13)
    subtitle.setBold(False)
    painter.setFont(subtitle)
    painter.setPen(QColor("#0b61d6"))
    painter.drawText(
        QRectF(rect.left(), top + 125, rect.width(), 30),
        Qt.AlignmentFlag.AlignLeft,
        tr("Solution proposal and bill of materials"),
    )
    painter.setPen(QPen(QColor("#0b61d6"), 2))
    painter.drawLine(QPointF(rect.left(), top + 160), QPointF(rect.left() + 120, top + 160))
    body = QFont(painter.font())
    body.setPointSizeF(11)
    painter.setFont(body)
    rows = [
        (tr("Customer"), s.customer.name or "—"),
        *([(tr("Option"), s.option)] if s.option else []),
        (tr("Scenario"), scenario.name.get(lang) if scenario else (s.scenario or "—")),
        (tr("Date"), long_date(evaluation.today, lang)),
        (tr("Prepared by"), author or "—"),
        (tr("Catalog"), f"{catalog.name.get(lang)} {catalog.version}"),
        *([(tr("Revision"), _revision_text(revision))] if revision else []),
    ]
    y = top + 190
    for label, value in rows:
        painter.setPen(style.MUTED)
        painter.drawText(QRectF(rect.left(), y, 150, 26), Qt.AlignmentFlag.AlignLeft, label)
        painter.setPen(style.TEXT)
        value = painter.fontMetrics().elidedText(value, Qt.TextElideMode.ElideRight, int(rect.width() - 150))
        painter.drawText(QRectF(rect.left() + 150, y, rect.width() - 150, 26), Qt.AlignmentFlag.AlignLeft, value)
        y += 28
    note = QFont(painter.font())
    note.setPointSizeF(8.5)
    painter.setFont(note)
    painter.setPen(style.MUTED)
    painter.drawText(
        QRectF(rect.left(), rect.bottom() - 40, rect.width(), 40),
        Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
        tr("List prices in %s from the catalog; sample catalogs carry illustrative prices.") % catalog.currency,
    )


def _title(painter: QPainter, rect: QRectF, text: str) -> None:
    """The cover title in at most three lines: a long one is cut at two lines' width, and a
    word too long for a line breaks wherever it must."""
    metrics = painter.fontMetrics()
    text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(2 * rect.width()))
    document = QTextDocument()
    document.setDefaultFont(painter.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setDocumentMargin(0)
    document.setHtml(f"<div style='color:{style.TEXT.name()}'>{escape(text)}</div>")
    document.setTextWidth(rect.width())
    painter.save()
    painter.translate(rect.topLeft())
    document.drawContents(painter, QRectF(0, 0, rect.width(), rect.height()))
    painter.restore()


# -- summary


def _table(rows: list[tuple[str, str]], width: str = "70%") -> str:
    cells = "".join(f"<tr><td>{escape(label)}</td><td class='num'>{escape(value)}</td></tr>" for label, value in rows)
    return f"<table width='{width}' border='0'>{cells}</table>"


def _summary_html(evaluation: Evaluation, lang: str, errors: int) -> str:
    bom, currency, policy = evaluation.bom, evaluation.catalog.currency, evaluation.solution.policy
    t = bom.totals
    warnings = sum(1 for f in evaluation.findings if f.severity is Severity.WARNING)
    names = {line.capability: line.name.get(lang) for line in bom.lines}
    chain = " → ".join(names.get(c, c) for c in bom.critical_path)
    parts = [_h(1, tr("Summary"))]
    if errors:
        parts.append(_p(tr("This solution has errors and is not validated."), "alert"))
    parts += [
        _h(2, tr("Cost")),
        _table(
            [
                (tr("One-time"), money(t.one_time, currency, lang)),
                (tr("Monthly"), money(t.monthly, currency, lang)),
                (tr("Yearly"), money(t.yearly, currency, lang)),
                (tr("First year"), money(t.first_year, currency, lang)),
            ]
        ),
        _h(2, tr("Who delivers")),
        _table(
            [
                (tr("Vendor, first year"), money(t.vendor_first_year, currency, lang)),
                (tr("Partners, first year"), money(t.partner_first_year, currency, lang)),
                (tr("Partner share"), share(t.partner_share)),
            ]
        ),
        _h(2, tr("Customer policy")),
        _table(
            [
                (tr("Deployment"), word(DEPLOYMENT, policy.deployment, tr)),
                (tr("Xinchuang level"), word(XINCHUANG, policy.xinchuang, tr)),
                (tr("Network"), word(NETWORK, policy.network, tr)),
            ]
        ),
        _h(2, tr("Checks")),
        _table([(tr("Errors"), str(errors)), (tr("Warnings"), str(warnings)), (tr("Lines"), str(len(bom.lines)))]),
        _h(2, tr("Critical path")),
        _p(tr("%s weeks") % number(bom.critical_weeks) + ": " + chain),
    ]
    return "".join(parts)


# -- business value

CHART_HEIGHT = 230


def _value_page(evaluation: Evaluation, lang: str, font: QFont) -> Section:
    """One page: the value drivers with their assumptions, the results over the deal's years, the
    payback chart and, beside it, the tornado of ROI sensitivity."""
    document = _document(_value_html(evaluation, lang), font)

    def draw(painter: QPainter, index: int, rect: QRectF) -> None:
        room = rect.height() - CHART_HEIGHT - 10
        document.setPageSize(QSizeF(rect.width(), 1e6))  # one long page: measure, then fit
        height = document.documentLayout().documentSize().height()
        scale = min(1.0, room / height) if height else 1.0  # many assumptions: shrink to one page
        painter.save()
        painter.translate(rect.topLeft())
        painter.scale(scale, scale)
        document.setPageSize(QSizeF(rect.width() / scale, room / scale))
        document.drawContents(painter, QRectF(0, 0, rect.width() / scale, room / scale))
        painter.restore()
        chart = QRectF(rect.left(), rect.bottom() - CHART_HEIGHT, rect.width() * 0.55, CHART_HEIGHT)
        paint_value_chart(painter, chart, evaluation.value, evaluation.catalog.currency, lang, tr)
        tornado = QRectF(chart.right() + 12, chart.top(), rect.right() - chart.right() - 12, CHART_HEIGHT)
        paint_tornado(painter, tornado, evaluation.value, lang, tr)

    return Section(lambda size: 1, draw, title=tr("Business value"))


def _value_html(evaluation: Evaluation, lang: str) -> str:
    case, catalog = evaluation.value, evaluation.catalog
    currency = catalog.currency
    parts = [_h(1, tr("Business value"))]

    def cash(value: float) -> str:
        return escape(money(value, currency, lang))

    head = "".join(f"<th class='num'>{escape(h)}</th>" for h in (tr("low (P10)"), tr("expected"), tr("high (P90)")))
    rows = "".join(
        f"<tr><td>{escape(r.driver.name.get(lang))}</td><td class='num'>{cash(r.low)}</td>"
        f"<td class='num'>{cash(r.expected)}</td><td class='num'>{cash(r.high)}</td></tr>"
        for r in case.drivers
    )
    totals = "".join(f"<td class='num'>{cash(case.annual[c])}</td>" for c in ("low", "expected", "high"))
    first, total = escape(tr("Annual benefit")), escape(tr("Total"))
    parts.append(
        f"<table width='100%' border='0' cellspacing='0'><thead><tr><th>{first}</th>"
        f"{head}</tr></thead>{rows}<tr class='total'><td>{total}</td>{totals}</tr></table>"
    )

    def triple(values, fmt) -> str:
        return " / ".join(fmt(values[c]) if values[c] is not None else "—" for c in ("low", "expected", "high"))

    horizon = case.horizon
    parts.append(
        _table(
            [
                (tr("Cost over years 1–%d") % horizon.years, money(math.fsum(horizon.cost), currency, lang)),
                (
                    tr("Net benefit over years 1–%d (P10 / expected / P90)") % horizon.years,
                    triple(horizon.net_benefit, lambda v: money(v, currency, lang)),
                ),
                (tr("Net present value at %s") % f"{horizon.discount_rate:.0%}", money(horizon.npv, currency, lang)),
                (tr("Return on investment"), triple(case.roi_pct, lambda v: f"{v:.0f}%")),
                (tr("Payback in months"), triple(case.payback_months, str)),
            ],
            width="100%",
        )
    )
    year = tr("Year %d")
    year_head = "".join(f"<th class='num'>{escape(year % (y + 1))}</th>" for y in range(horizon.years))
    flows = "".join(
        f"<tr><td>{escape(label)}</td>" + "".join(f"<td class='num'>{cash(v)}</td>" for v in values) + "</tr>"
        for label, values in (
            (tr("Benefit"), horizon.benefit),
            (tr("Cost"), horizon.cost),
            (tr("Net cash flow"), horizon.net),
            (tr("Cumulative"), horizon.cumulative),
        )
    )
    parts.append(
        f"<table width='100%' border='0' cellspacing='0'><thead><tr><th></th>{year_head}</tr></thead>{flows}</table>"
    )
    assumptions = "".join(
        f"<tr><td>{escape(v.input.label.get(lang))}</td>"
        f"<td class='num'>{escape(number(v.value))} {escape(catalog.unit_name(v.input.unit, lang))}</td>"
        f"<td class='num'>{escape(number(v.input.low))} – {escape(number(v.input.high))}</td></tr>"
        for r in case.drivers
        for v in r.inputs
    )
    assumption_head = "".join(f"<th>{escape(h)}</th>" for h in (tr("Assumption"), tr("Value"), tr("Plausible range")))
    parts.append(
        _h(2, tr("Assumptions")) + "<table width='100%' border='0' cellspacing='0'>"
        f"<thead><tr>{assumption_head}</tr></thead>{assumptions}</table>"
    )
    sources = "".join(
        f"<li><b>{escape(r.driver.name.get(lang))}</b>: {escape(r.driver.source.get(lang))}</li>"
        for r in case.drivers
        if r.driver.source.get(lang)
    )
    if sources:
        parts.append(_h(2, tr("Sources")) + f"<ul>{sources}</ul>")
    return "".join(parts)


# -- architecture


@dataclass(frozen=True)
class _Tiling:
    """The architecture picture's `bounds` at `scale`, cut into `columns` × `rows` tiles of
    `tile` (picture units), each drawn into `area` on its page."""

    bounds: QRectF
    scale: float
    columns: int
    rows: int
    area: QSizeF
    tile: QSizeF


def _architecture(picture: Picture) -> Section:
    """The graph on one page when it fits at a readable scale, else tiled over several pages
    whose edges fall between node columns and rows, each page drawing only its own part."""
    planned: dict[str, _Tiling] = {}  # the tiling `plan` chose for the page size, for `draw`

    def plan(size: QSizeF) -> int:
        bounds = picture_bounds(picture, document_font(9))
        area = QSizeF(size.width(), size.height() - 36)
        fit = min(1.25, area.width() / bounds.width(), area.height() / bounds.height())
        scale = max(fit, MIN_GRAPH_SCALE)
        if fit >= MIN_GRAPH_SCALE:
            tile = QSizeF(bounds.width(), bounds.height())
        else:  # whole node columns and rows per page, in picture units
            pitch_x, pitch_y = style.NODE_WIDTH + style.COLUMN_GAP, style.NODE_HEIGHT + style.ROW_GAP
            tile = QSizeF(
                max(1, int(area.width() / scale // pitch_x)) * pitch_x,
                max(1, int(area.height() / scale // pitch_y)) * pitch_y,
            )
        columns = math.ceil(bounds.width() / tile.width() - 1e-9)
        rows = math.ceil(bounds.height() / tile.height() - 1e-9)
        planned["tiling"] = _Tiling(bounds, scale, columns, rows, area, tile)
        return columns * rows

    def draw(painter: QPainter, index: int, rect: QRectF) -> None:
        tiling = planned["tiling"]
        bounds, scale, columns, tile = tiling.bounds, tiling.scale, tiling.columns, tiling.tile
        pages = columns * tiling.rows
        heading = QFont(painter.font())
        heading.setPointSizeF(12.5)
        heading.setBold(True)
        painter.setFont(heading)
        painter.setPen(style.TEXT)
        label = tr("Architecture") + (f" ({index + 1}/{pages})" if pages > 1 else "")
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), 30), Qt.AlignmentFlag.AlignLeft, label)
        body = QFont(painter.font())
        body.setPointSizeF(9)
        body.setBold(False)
        painter.setFont(body)
        column, row = index % columns, index // columns
        visible = QRectF(
            bounds.left() + column * tile.width(), bounds.top() + row * tile.height(), tile.width(), tile.height()
        )
        target = QRectF(rect.left(), rect.top() + 36, tiling.area.width(), tiling.area.height())
        painter.save()
        painter.setClipRect(target)
        painter.translate(target.topLeft())
        if pages == 1:  # centre a single page
            painter.translate((target.width() - bounds.width() * scale) / 2, 0)
        painter.scale(scale, scale)
        painter.translate(-visible.topLeft())
        paint_picture(painter, picture, visible)
        painter.restore()

    return Section(plan, draw, landscape=True, title=tr("Architecture"))


# -- bill of materials


def _heading_fonts(font: QFont) -> tuple[QFont, QFont]:
    """A page's heading and a table's heading, as the HTML pages' h1 and h2."""
    h1, h2 = QFont(font), QFont(font)
    h1.setPointSizeF(16)
    h2.setPointSizeF(12.5)
    h1.setBold(True)
    h2.setBold(True)
    return h1, h2


def _header(column: Column, currency: str, lang: str) -> str:
    """A column's header; an amount's names the currency, so its cells need not."""
    if not column.money:
        return tr(column.short_header)
    sign = CURRENCY_SIGNS.get(currency, currency) if lang == "zh" else currency
    return f"{tr(column.short_header)}（{sign}）" if lang == "zh" else f"{tr(column.short_header)} ({sign})"


def _boms(evaluation: Evaluation, options: DealOptions | None, lang: str, font: QFont) -> list[Section]:
    """The chosen option's BOM, or every option's, each titled with the option's name."""
    if options is None:
        return [_bom(evaluation, lang, font, tr("Bill of materials"))]
    shown = range(len(options.evaluations)) if options.all_boms else [options.chosen]
    title = tr("Bill of materials")
    return [_bom(options.evaluations[i], lang, font, titled(title, option_label(options, i), lang)) for i in shown]


def _bom(evaluation: Evaluation, lang: str, font: QFont, title: str) -> Section:
    """One table per deliverer on one column grid, landscape, then the totals."""
    currency = evaluation.catalog.currency
    reader = Reader(evaluation.catalog, lang, tr, signed=False)
    columns = [COLUMNS[key] for key in PDF]
    amounts = [i for i, column in enumerate(columns) if column.key in ("one_time", "monthly", "first_year")]
    groups = []

    def mark(column: Column, line: BomLine) -> str:
        if column.key == "name" and line.partner:
            return "◆ "
        return "‡ " if column.key == "list_price" and line.priced_by else ""

    def cells(line: BomLine) -> list[str]:
        return [mark(c, line) + str(c.cell(line, reader)) for c in columns]

    for deliverer, lines in by_deliverer(evaluation.catalog, evaluation.bom.lines):
        rows = [(cells(line), "partner" if line.partner else "") for line in lines]
        sums = {i: math.fsum(getattr(line, columns[i].key) for line in lines) for i in amounts}
        subtotal = [
            tr("Subtotal") if i == 0 else reader.money(sums[i]) if i in sums else "" for i in range(len(columns))
        ]
        groups.append((evaluation.catalog.deliverer_name(deliverer, lang), [*rows, (subtotal, "total")]))
    t, keys = evaluation.bom.totals, ("one_time", "monthly", "yearly", "first_year")
    total_head = [_header(COLUMNS[key], currency, lang) for key in keys] + [tr("Partner share")]
    total_row = [reader.money(getattr(t, key)) for key in keys] + [share(t.partner_share)]
    h1, h2 = _heading_fonts(font)
    kept = sorted({line.priced_by for line in evaluation.bom.lines if line.priced_by})

    def build(width: float) -> list[Block]:
        body = [cells for _, rows in groups for cells, _ in rows]
        table = Table(font, width, [c.right for c in columns], [_header(c, currency, lang) for c in columns], body)
        blocks = [
            text_block(title, h1, width),
            text_block(tr("◆ marks lines delivered by a partner."), font, width, style.MUTED),
        ]
        if kept:
            note = tr("‡ marks list prices kept from catalog %s, on which the solution was priced.") % ", ".join(kept)
            blocks.append(text_block(note, font, width, style.MUTED))
        for label, rows in groups:
            blocks += [text_block(label, h2, width, above=8), *table.blocks(rows)]
        summary = Table(font, width, [True] * len(total_row), total_head, [total_row], wrap=None)
        return [*blocks, text_block(tr("Total"), h2, width, above=8), *summary.blocks([(total_row, "total")])]

    return flow_section(build, title, landscape=True)


# -- zones and compliance

ZONE_NAMES_SHOWN = 40  # a zone of hundreds of items lists the first ones and a count


def _zones_and_compliance(evaluation: Evaluation, lang: str, font: QFont) -> Section:
    """Where each part runs, the policy requirements and the Xinchuang evidence: tables whose
    headings stay with their rows."""
    bom, currency, report = evaluation.bom, evaluation.catalog.currency, evaluation.compliance
    names = catalog_names(evaluation.catalog, lang)
    separator = "、" if lang == "zh" else ", "
    zones = []
    for zone, data in bom.zones.items():
        shown = [names.get(c, c) for c in data["capabilities"][:ZONE_NAMES_SHOWN]]
        more = len(data["capabilities"]) - len(shown)
        items = separator.join(shown) + (separator + tr("and %d more") % more if more > 0 else "")
        amounts = [money(data[k], currency, lang) for k in ("one_time", "monthly", "first_year")]
        zones.append(([word(ZONE, zone, tr), items or "—", *amounts], ""))
    requirements = [
        (
            [
                word(REQUIREMENT, r.id, tr),
                Cell(word(STATUS, r.status, tr), style.STATUS_COLOURS[r.status]),
                r.concerned(evaluation.findings, tr, names) or "—",
            ],
            "",
        )
        for r in report.requirements
    ]
    evidence = [
        (
            [
                names.get(e.capability, e.capability),
                e.mode,
                word(LEVEL_IN_TEXT, e.xinchuang, tr),
                ", ".join(e.architectures) or "—",
            ],
            "",
        )
        for e in report.evidence
        if e.in_scope
    ]
    architecture = tr("Common CPU architecture") + ": " + (report.architecture or tr("none"))
    facts = (
        architecture + " · " + tr("Domestic-technology share of first-year value") + ": " + share(report.domestic_ratio)
    )
    h1, h2 = _heading_fonts(font)

    def build(width: float) -> list[Block]:
        zone_head = [tr("Zone"), tr("Items"), tr("One-time"), tr("Monthly"), tr("First year")]
        blocks = [
            text_block(tr("Zones and compliance"), h1, width),
            text_block(tr("Where each part runs"), h2, width, above=8),
            *_table_blocks(font, width, [False, False, True, True, True], zone_head, zones, wrap=1),
            text_block(tr("Compliance with the customer policy"), h2, width, above=8),
            text_block(facts, font, width),
            *_table_blocks(
                font, width, [False] * 3, [tr("Requirement"), tr("Status"), tr("Items concerned")], requirements, 2
            ),
        ]
        if evidence:
            head = [tr("In scope"), tr("Mode"), tr("Xinchuang"), tr("Architectures")]
            blocks += [
                text_block(tr("Evidence: items in Xinchuang scope"), h2, width, above=8),
                *_table_blocks(font, width, [False] * 4, head, evidence, wrap=0),
            ]
        return blocks

    return flow_section(build, tr("Zones and compliance"), landscape=True, flows=True)


def _table_blocks(font: QFont, width: float, right: list[bool], head: list[str], rows, wrap: int) -> list[Block]:
    return Table(font, width, right, head, [cells for cells, _ in rows], wrap).blocks(rows)


# -- delivery plan


GANTT_TOP = 64  # the heading, the note and the axis labels above the first row


def _plan(evaluation: Evaluation, lang: str) -> Section:
    """The lines in phase order as bars over weeks; the axis runs to the end of the critical
    path, which a red mark labels."""
    bom = evaluation.bom
    times = bom.schedule
    rows = sorted(bom.lines, key=lambda line: (line.phase, times[line.capability][0]))
    critical = set(bom.critical_path)
    end_week = max([end for _, end in times.values()] + [1.0])
    step = max(1, int(round_step(end_week, 12)))
    horizon = math.ceil(end_week / step - 1e-9) * step
    per_page: dict[str, int] = {}

    def pages(size: QSizeF) -> int:
        per_page["rows"] = max(1, int((size.height() - GANTT_TOP - 6) // GANTT_ROW))
        return max(1, math.ceil(len(rows) / per_page["rows"]))

    def used() -> float:
        last = len(rows) - (math.ceil(len(rows) / per_page["rows"]) - 1) * per_page["rows"]
        return GANTT_TOP + last * GANTT_ROW + 6

    def draw(painter: QPainter, index: int, rect: QRectF) -> None:
        heading = QFont(painter.font())
        heading.setPointSizeF(12.5)
        heading.setBold(True)
        painter.setFont(heading)
        painter.setPen(style.TEXT)
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), 26),
            Qt.AlignmentFlag.AlignLeft,
            tr("Delivery plan") + (f" ({index + 1})" if len(rows) > per_page["rows"] else ""),
        )
        small = QFont(painter.font())
        small.setPointSizeF(8)
        small.setBold(False)
        painter.setFont(small)
        painter.setPen(style.MUTED)
        painter.drawText(
            QRectF(rect.left(), rect.top() + 26, rect.width(), 18),
            Qt.AlignmentFlag.AlignLeft,
            tr("Weeks from order; red bars form the critical path (%s weeks).") % number(bom.critical_weeks),
        )
        chart = QRectF(rect.left() + GANTT_LABEL, rect.top() + GANTT_TOP, rect.width() - GANTT_LABEL - 24, 0)
        unit = chart.width() / horizon
        visible = rows[index * per_page["rows"] : (index + 1) * per_page["rows"]]
        bottom = chart.top() + len(visible) * GANTT_ROW
        weeks = [w for w in range(0, horizon + 1, step) if w == 0 or abs(w - end_week) * unit >= 30]
        marks = [(w, QColor("#dde3ea"), style.MUTED) for w in weeks] + [(end_week, CRITICAL, CRITICAL)]
        for week, grid, colour in marks:
            x = chart.left() + week * unit
            painter.setPen(QPen(grid, 0.8))
            painter.drawLine(QPointF(x, chart.top() - 4), QPointF(x, bottom))
            painter.setPen(colour)
            painter.drawText(QRectF(x - 20, chart.top() - 20, 40, 14), Qt.AlignmentFlag.AlignCenter, number(week))
        partner_types = list(evaluation.catalog.partner_types)
        for offset, line in enumerate(visible):
            y = chart.top() + offset * GANTT_ROW
            start, end = times[line.capability]
            painter.setPen(style.TEXT)
            label = f"{line.phase}. {line.name.get(lang)}"
            painter.drawText(
                QRectF(rect.left(), y, GANTT_LABEL - 8, GANTT_ROW),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, GANTT_LABEL - 8),
            )
            bar = QRectF(chart.left() + start * unit, y + 3, max(2.0, (end - start) * unit), GANTT_ROW - 6)
            is_critical = line.capability in critical
            painter.setPen(QPen(CRITICAL if is_critical else style.BORDER, 1.6 if is_critical else 0.6))
            painter.setBrush(
                CRITICAL.lighter(170) if is_critical else style.deliverer_colour(line.delivered_by, partner_types)
            )
            painter.drawRect(bar)

    return Section(pages, draw, landscape=True, title=tr("Delivery plan"), used=used, flows=True)


# -- findings


def _findings(evaluation: Evaluation, lang: str, font: QFont) -> Section:
    """Errors and warnings with their hints, by the names people read."""
    names = catalog_names(evaluation.catalog, lang)
    shown = [translated(f, tr, names) for f in evaluation.findings if f.severity is not Severity.INFO]
    words = {"error": tr("error"), "warning": tr("warning")}
    colours = {"error": CRITICAL, "warning": QColor("#b06000")}
    rows = [
        ([Cell(words[f.severity.value], colours[f.severity.value]), f.code, Cell(f.message, note=f.hint or "")], "")
        for f in shown
    ]
    h1, _ = _heading_fonts(font)

    def build(width: float) -> list[Block]:
        blocks = [text_block(tr("Findings"), h1, width)]
        if not rows:
            return [*blocks, text_block(tr("No errors or warnings."), font, width)]
        return blocks + _table_blocks(font, width, [False] * 3, [tr("Severity"), tr("Code"), tr("Message")], rows, 2)

    return flow_section(build, tr("Findings"), landscape=True, flows=True)
