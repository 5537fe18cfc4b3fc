"""The BOM as a customer-ready A4 PDF proposal: cover, summary, architecture, bill of
materials by deliverer, delivery plan, findings. Every catalog or user text is escaped."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextDocument, QTextOption

from configurator.core.bom import Bom, BomLine
from configurator.core.catalog import VENDOR, Catalog
from configurator.core.codes import translated
from configurator.core.compliance import concerned
from configurator.core.evaluate import evaluate
from configurator.core.findings import Severity
from configurator.core.progress import Progress
from configurator.export import style
from configurator.export.fonts import document_font, ensure_gui_app
from configurator.export.graph_picture import Picture, build_picture, paint_picture, picture_bounds
from configurator.export.numbers import long_date, money, number, share
from configurator.export.pdf_document import Furniture, PdfDocument, Section, escape, text_section
from configurator.export.value_chart import paint_value_chart
from configurator.translations import tr, using

MIN_GRAPH_SCALE = 0.55
GANTT_ROW = 18
GANTT_LABEL = 210
CRITICAL = QColor("#c5221f")


def policy_words() -> dict[str, str]:
    return {
        "public": tr("public cloud"),
        "private": tr("private cloud"),
        "hybrid": tr("hybrid cloud"),
        "none": tr("not required"),
        "office": tr("office systems"),
        "general": tr("general systems"),
        "core": tr("core systems"),
        "internet_allowed": tr("internet allowed"),
        "dedicated_line_only": tr("dedicated line only"),
        "air_gapped": tr("air-gapped"),
    }


def render(
    bom: Bom,
    lang: str = "zh",
    author: str = "",
    progress: Progress | None = None,
    today: date | None = None,
) -> bytes:
    """The whole document as PDF bytes; `progress(page, pages)` returning False cancels."""
    ensure_gui_app()
    with using(lang):
        return _render(bom, lang, author, progress, today)


def _render(bom: Bom, lang: str, author: str, progress, today: date | None) -> bytes:
    today = today or date.today()
    font = document_font(9.5)
    s, catalog = bom.solution, bom.catalog
    errors = sum(1 for f in bom.findings if f.severity is Severity.ERROR)
    furniture = Furniture(
        header_left=s.name,
        header_right=s.customer.get("name", "") if isinstance(s.customer, dict) else "",
        footer_left=" · ".join((f"{catalog.id} {catalog.version}", tr("generated") + " " + long_date(today, lang))),
        not_validated=tr("NOT VALIDATED") if errors else None,
    )
    pdf = PdfDocument(s.name, furniture, font)
    evaluation = evaluate(catalog, s)
    sections = [
        Section(lambda size: 1, lambda p, i, r: _cover(p, r, bom, lang, author, today)),
        text_section(_document(_summary_html(bom, lang, errors), font)),
        *([_value_page(bom, lang, font)] if bom.value is not None and bom.value.drivers else []),
        _architecture(build_picture(evaluation, lang, tr)),
        text_section(_document(_bom_html(bom, lang), font)),
        text_section(_document(_zones_html(bom, lang) + _compliance_html(bom, lang), font)),
        _plan(bom, lang),
        text_section(_document(_findings_html(bom), font)),
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
tr.partner td { background-color: #fff4e5; }
tr.total td { font-weight: bold; background-color: #f3f5f8; }
p.muted { color: #5f6b7a; }
p.alert { color: #c5221f; font-weight: bold; }
"""


def _h(level: int, text: str) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def _p(text: str, css: str = "") -> str:
    return f"<p class='{css}'>{escape(text)}</p>" if css else f"<p>{escape(text)}</p>"


# -- cover


def _cover(painter: QPainter, rect: QRectF, bom: Bom, lang: str, author: str, today: date) -> None:
    s, catalog = bom.solution, bom.catalog
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
    customer = s.customer.get("name", "") if isinstance(s.customer, dict) else ""
    rows = [
        (tr("Customer"), customer or "—"),
        (tr("Scenario"), scenario.name.get(lang) if scenario else (s.scenario or "—")),
        (tr("Date"), long_date(today, lang)),
        (tr("Prepared by"), author or "—"),
        (tr("Catalog"), f"{catalog.name.get(lang)} {catalog.version}"),
    ]
    y = top + 190
    for label, value in rows:
        painter.setPen(QColor("#5f6b7a"))
        painter.drawText(QRectF(rect.left(), y, 150, 26), Qt.AlignmentFlag.AlignLeft, label)
        painter.setPen(style.TEXT)
        value = painter.fontMetrics().elidedText(value, Qt.TextElideMode.ElideRight, rect.width() - 150)
        painter.drawText(QRectF(rect.left() + 150, y, rect.width() - 150, 26), Qt.AlignmentFlag.AlignLeft, value)
        y += 28
    note = QFont(painter.font())
    note.setPointSizeF(8.5)
    painter.setFont(note)
    painter.setPen(QColor("#5f6b7a"))
    painter.drawText(
        QRectF(rect.left(), rect.bottom() - 40, rect.width(), 40),
        Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
        tr("List prices in %s from the catalog; sample catalogs carry illustrative prices.") % catalog.currency,
    )


def _title(painter: QPainter, rect: QRectF, text: str) -> None:
    """The cover title in at most three lines: a long one is cut at two lines' width, and a
    word too long for a line breaks wherever it must."""
    metrics = painter.fontMetrics()
    text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, 2 * rect.width())
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


def _summary_html(bom: Bom, lang: str, errors: int) -> str:
    t, currency, words = bom.totals, bom.catalog.currency, policy_words()
    policy = bom.solution.policy
    warnings = sum(1 for f in bom.findings if f.severity is Severity.WARNING)
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
                (tr("Deployment"), words.get(policy.deployment, policy.deployment)),
                (tr("Xinchuang level"), words.get(policy.xinchuang, policy.xinchuang)),
                (tr("Network"), words.get(policy.network, policy.network)),
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


def _value_page(bom: Bom, lang: str, font: QFont) -> Section:
    """One page: the value drivers with their assumptions, the results, the payback chart."""
    document = _document(_value_html(bom, lang), font)

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
        if bom.value is not None and bom.value.drivers:
            chart = QRectF(rect.left(), rect.bottom() - CHART_HEIGHT, rect.width(), CHART_HEIGHT)
            paint_value_chart(painter, chart, bom.value, bom.catalog.currency, lang, tr)

    return Section(lambda size: 1, draw)


def _value_html(bom: Bom, lang: str) -> str:
    case, currency = bom.value, bom.catalog.currency
    parts = [_h(1, tr("Business value"))]
    if case is None or not case.drivers:
        parts.append(_p(tr("The catalog has no value drivers for this solution.")))
        return "".join(parts)

    def cash(value: float) -> str:
        return escape(money(value, currency, lang))

    head = "".join(f"<th class='num'>{escape(h)}</th>" for h in (tr("low"), tr("expected"), tr("high")))
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

    parts.append(
        _table(
            [
                (tr("Three-year cost"), money(case.three_year_cost, currency, lang)),
                (
                    tr("Net benefit over three years (low / expected / high)"),
                    triple(case.net, lambda v: money(v, currency, lang)),
                ),
                (tr("Return on investment"), triple(case.roi_pct, lambda v: f"{v:.0f}%")),
                (tr("Payback in months"), triple(case.payback_months, str)),
            ],
            width="100%",
        )
    )
    assumptions = "".join(
        f"<tr><td>{escape(v.input.label.get(lang))}</td>"
        f"<td class='num'>{escape(number(v.value))} {escape(bom.catalog.unit_name(v.input.unit, lang))}</td>"
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


def _architecture(picture: Picture) -> Section:
    """The graph on one page when it fits at a readable scale, else tiled over several pages
    whose edges fall between node columns and rows, each page drawing only its own part."""
    state: dict[str, object] = {}

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
        state.update(bounds=bounds, scale=scale, columns=columns, rows=rows, area=area, tile=tile)
        return columns * rows

    def draw(painter: QPainter, index: int, rect: QRectF) -> None:
        bounds, scale, columns, tile = state["bounds"], state["scale"], state["columns"], state["tile"]
        pages = columns * state["rows"]
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
        target = QRectF(rect.left(), rect.top() + 36, state["area"].width(), state["area"].height())
        painter.save()
        painter.setClipRect(target)
        painter.translate(target.topLeft())
        if pages == 1:  # centre a single page
            painter.translate((target.width() - bounds.width() * scale) / 2, 0)
        painter.scale(scale, scale)
        painter.translate(-visible.topLeft())
        paint_picture(painter, picture, visible)
        painter.restore()

    return Section(plan, draw, landscape=True)


# -- bill of materials

COLUMNS = ("name", "mode", "quantity", "unit", "list_price", "discount", "one_time", "monthly", "first_year")


def _headers() -> list[str]:
    return [
        tr("Capability"),
        tr("Mode"),
        tr("Qty"),
        tr("Unit"),
        tr("List price"),
        tr("Discount"),
        tr("One-time"),
        tr("Monthly"),
        tr("First year"),
    ]


def _groups(bom: Bom) -> list[tuple[str, list[BomLine]]]:
    order = [VENDOR, *bom.catalog.partner_types]
    groups: dict[str, list[BomLine]] = {}
    for line in bom.lines:
        groups.setdefault(line.delivered_by, []).append(line)
    return sorted(groups.items(), key=lambda g: order.index(g[0]) if g[0] in order else len(order))


def _cell(line: BomLine, key: str, lang: str, catalog: Catalog) -> str:
    if key == "name":
        flag = "◆ " if line.partner else ""
        return escape(flag + line.name.get(lang))
    if key == "unit":
        return escape(catalog.unit_name(line.unit, lang))
    value = getattr(line, key)
    if key in ("list_price", "one_time", "monthly", "first_year"):
        return escape(money(value, catalog.currency, lang))
    if key == "discount":
        return escape(share(value)) if value else ""
    if key == "quantity":
        return escape(number(value))
    return escape(str(value))


def _bom_html(bom: Bom, lang: str) -> str:
    currency = bom.catalog.currency
    head = "".join(
        f"<th class='num'>{escape(h)}</th>" if i >= 2 and i != 3 else f"<th>{escape(h)}</th>"
        for i, h in enumerate(_headers())
    )
    parts = [_h(1, tr("Bill of materials")), _p(tr("◆ marks lines delivered by a partner."), "muted")]
    for deliverer, lines in _groups(bom):
        label = bom.catalog.deliverer_name(deliverer, lang)
        parts.append(f"<h2>{escape(label)}</h2>")
        parts.append(f"<table width='100%' border='0' cellspacing='0'><thead><tr>{head}</tr></thead>")
        for line in lines:
            css = " class='partner'" if line.partner else ""
            cells = "".join(
                f"<td class='num'>{_cell(line, key, lang, bom.catalog)}</td>"
                if i >= 2 and i != 3
                else f"<td>{_cell(line, key, lang, bom.catalog)}</td>"
                for i, key in enumerate(COLUMNS)
            )
            parts.append(f"<tr{css}>{cells}</tr>")
        subtotal = [math.fsum(getattr(line, key) for line in lines) for key in ("one_time", "monthly", "first_year")]
        parts.append(
            "<tr class='total'><td colspan='6'>"
            + escape(tr("Subtotal"))
            + "</td>"
            + "".join(f"<td class='num'>{escape(money(v, currency, lang))}</td>" for v in subtotal)
            + "</tr></table>"
        )
    t = bom.totals
    parts.append(_h(2, tr("Total")))
    parts.append(
        _table(
            [
                (tr("One-time"), money(t.one_time, currency, lang)),
                (tr("Monthly"), money(t.monthly, currency, lang)),
                (tr("Yearly"), money(t.yearly, currency, lang)),
                (tr("First year"), money(t.first_year, currency, lang)),
                (tr("Partner share"), share(t.partner_share)),
            ]
        )
    )
    return "".join(parts)


# -- zones and compliance

ZONE_NAMES_SHOWN = 40  # a zone of hundreds of items lists the first ones and a count


def zone_names() -> dict[str, str]:
    return {"public": tr("Public cloud (PUB, SAAS)"), "private": tr("Private (PRV)"), "hybrid": tr("Hybrid (HYB)")}


def _zones_html(bom: Bom, lang: str) -> str:
    currency = bom.catalog.currency
    names = {line.capability: line.name.get(lang) for line in bom.lines}
    head = "".join(f"<th>{escape(h)}</th>" for h in (tr("Zone"), tr("Items"))) + "".join(
        f"<th class='num'>{escape(h)}</th>" for h in (tr("One-time"), tr("Monthly"), tr("First year"))
    )
    rows = []
    separator = "、" if lang == "zh" else ", "
    for zone, data in bom.zones.items():
        shown = [names[c] for c in data["capabilities"][:ZONE_NAMES_SHOWN]]
        more = len(data["capabilities"]) - len(shown)
        items = separator.join(shown) + (separator + tr("and %d more") % more if more > 0 else "")
        rows.append(
            f"<tr><td>{escape(zone_names()[zone])}</td><td>{escape(items or '—')}</td>"
            + "".join(
                f"<td class='num'>{escape(money(data[k], currency, lang))}</td>"
                for k in ("one_time", "monthly", "first_year")
            )
            + "</tr>"
        )
    return (
        _h(1, tr("Zones and compliance"))
        + _h(2, tr("Where each part runs"))
        + f"<table width='100%' border='0' cellspacing='0'><thead><tr>{head}</tr></thead>{''.join(rows)}</table>"
    )


def requirement_titles() -> dict[str, str]:
    return {
        "deployment": tr("Deployment modes"),
        "network": tr("Network policy"),
        "data-class": tr("Data class on public cloud"),
        "core-banking-placement": tr("Core banking not on shared cloud"),
        "xinchuang-variants": tr("Domestic variants"),
        "architecture": tr("One CPU architecture"),
        "foreign-technology": tr("No foreign technology"),
        "cryptography": tr("SM cryptography"),
        "cybersecurity-review": tr("Cybersecurity review"),
        "go-live": tr("Go-live date"),
    }


def _compliance_html(bom: Bom, lang: str) -> str:
    report = bom.compliance
    if not report:
        return ""
    words = {"pass": tr("pass"), "fail": tr("fail"), "warn": tr("check"), "n/a": tr("not required")}
    colours = {"pass": "#1e8e3e", "fail": "#c5221f", "warn": "#b06000", "n/a": "#5f6b7a"}
    titles = requirement_titles()
    rows = "".join(
        f"<tr><td>{escape(titles.get(r['id'], r['id']))}</td>"
        f"<td style='color:{colours[r['status']]}'>{escape(words[r['status']])}</td>"
        f"<td>{escape(concerned(r, bom.findings, tr))}</td></tr>"
        for r in report["requirements"]
    )
    head = "".join(f"<th>{escape(h)}</th>" for h in (tr("Requirement"), tr("Status"), tr("Items concerned")))
    names = {line.capability: line.name.get(lang) for line in bom.lines}
    levels = {"certified": tr("certified"), "adapted": tr("adapted"), "none": tr("none")}
    evidence = "".join(
        f"<tr><td>{escape(names.get(e['capability'], e['capability']))}</td><td>{escape(e['mode'])}</td>"
        f"<td>{escape(levels.get(e['xinchuang'], e['xinchuang']))}</td>"
        f"<td>{escape(', '.join(e['architectures']) or '—')}</td></tr>"
        for e in report["evidence"]
        if e["in_scope"]
    )
    parts = [
        _h(2, tr("Compliance with the customer policy")),
        _p(
            tr("Common CPU architecture")
            + ": "
            + (report["architecture"] or tr("none"))
            + " · "
            + tr("Domestic-technology share of first-year value")
            + ": "
            + share(report["domestic_ratio"])
        ),
        f"<table width='100%' border='0' cellspacing='0'><thead><tr>{head}</tr></thead>{rows}</table>",
    ]
    if evidence:
        evidence_head = "".join(
            f"<th>{escape(h)}</th>" for h in (tr("In scope"), tr("Mode"), tr("Xinchuang"), tr("Architectures"))
        )
        parts += [
            _h(2, tr("Evidence: items in Xinchuang scope")),
            f"<table width='100%' border='0' cellspacing='0'><thead><tr>{evidence_head}</tr></thead>{evidence}</table>",
        ]
    return "".join(parts)


# -- delivery plan


def schedule(bom: Bom) -> dict[str, tuple[float, float]]:
    """(start, end) week of each line, each starting when everything it requires is done."""
    requires: dict[str, list[str]] = {line.capability: [] for line in bom.lines}
    for line in bom.lines:
        for parent in line.required_by:
            if parent in requires:
                requires[parent].append(line.capability)
    lead = {line.capability: line.lead_weeks for line in bom.lines}
    times: dict[str, tuple[float, float]] = {}
    for line in sorted(bom.lines, key=lambda item: item.phase):
        start = max((times[d][1] for d in requires[line.capability] if d in times), default=0.0)
        times[line.capability] = (start, start + lead[line.capability])
    return times


def _plan(bom: Bom, lang: str) -> Section:
    times = schedule(bom)
    rows = sorted(bom.lines, key=lambda line: (times[line.capability][0], line.phase))
    critical = set(bom.critical_path)
    horizon = max([end for _, end in times.values()] + [1.0])
    per_page: dict[str, int] = {}

    def pages(size: QSizeF) -> int:
        per_page["rows"] = max(1, int((size.height() - 70) // GANTT_ROW))
        return max(1, math.ceil(len(rows) / per_page["rows"]))

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
        painter.setPen(QColor("#5f6b7a"))
        painter.drawText(
            QRectF(rect.left(), rect.top() + 26, rect.width(), 18),
            Qt.AlignmentFlag.AlignLeft,
            tr("Weeks from order; red bars form the critical path (%s weeks).") % number(bom.critical_weeks),
        )
        chart = QRectF(rect.left() + GANTT_LABEL, rect.top() + 64, rect.width() - GANTT_LABEL - 10, 0)
        unit = chart.width() / horizon
        step = max(1, math.ceil(horizon / 12))
        visible = rows[index * per_page["rows"] : (index + 1) * per_page["rows"]]
        bottom = chart.top() + len(visible) * GANTT_ROW
        for week in range(0, int(horizon) + 1, step):
            x = chart.left() + week * unit
            painter.setPen(QPen(QColor("#dde3ea"), 0.8))
            painter.drawLine(QPointF(x, chart.top() - 4), QPointF(x, bottom))
            painter.setPen(QColor("#5f6b7a"))
            painter.drawText(QRectF(x - 20, chart.top() - 20, 40, 14), Qt.AlignmentFlag.AlignCenter, str(week))
        partner_types = list(bom.catalog.partner_types)
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

    return Section(pages, draw)


# -- findings


def _findings_html(bom: Bom) -> str:
    shown = [translated(f, tr) for f in bom.findings if f.severity is not Severity.INFO]
    parts = [_h(1, tr("Findings"))]
    if not shown:
        parts.append(_p(tr("No errors or warnings.")))
        return "".join(parts)
    words = {"error": tr("error"), "warning": tr("warning")}
    head = "".join(f"<th>{escape(h)}</th>" for h in (tr("Severity"), tr("Code"), tr("Message")))
    parts.append(f"<table width='100%' border='0' cellspacing='0'><thead><tr>{head}</tr></thead>")
    for f in shown:
        message = escape(f.message) + (f"<br/><span style='color:#5f6b7a'>{escape(f.hint)}</span>" if f.hint else "")
        colour = "#c5221f" if f.severity is Severity.ERROR else "#b06000"
        parts.append(
            f"<tr><td style='color:{colour}'>{escape(words[f.severity.value])}</td>"
            f"<td>{escape(f.code)}</td><td>{message}</td></tr>"
        )
    parts.append("</table>")
    return "".join(parts)
