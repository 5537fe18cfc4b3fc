"""The briefing deck as a 16:9 PowerPoint file, in the export language: title, architecture,
cost, the options compared (for a deal of several), compliance, delivery plan, business value.

Every text is an editable text box or table cell whose runs name Calibri for Latin and
Microsoft YaHei for Chinese (`a:ea`), which PowerPoint and WPS have or substitute sensibly;
the delivery plan is drawn with shapes; only the graph and the value chart are pictures,
painted by the same code as the window's and the PDF's.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable, Sequence
from datetime import datetime

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import OxmlElement
from pptx.slide import Slide
from pptx.text.text import _Paragraph
from pptx.util import Emu, Inches, Pt
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter

from configurator.core.codes import catalog_names
from configurator.core.compare import compare
from configurator.core.evaluate import Evaluation
from configurator.core.findings import Severity
from configurator.core.numbers import long_date, money, number, share
from configurator.core.progress import Progress, report
from configurator.core.vocabulary import N_, REQUIREMENT, STATUS, word
from configurator.drawing import style
from configurator.drawing.fonts import document_font, ensure_gui_app
from configurator.drawing.graph_picture import build_picture, picture_bounds, picture_font, png_bytes
from configurator.drawing.value_chart import paint_value_chart, round_step
from configurator.export.compare_table import DEFAULT_NAME, Writer, metric_rows, option_names
from configurator.export.formats import DealOptions
from configurator.export.years_table import npv_label
from configurator.language import translator

Box = tuple[int, int, int, int]  # left, top, width, height in EMU
WIDTH, HEIGHT = Inches(13.333), Inches(7.5)  # 16:9
MARGIN = Inches(0.6)
BODY_TOP = Inches(1.45)
BODY_BOTTOM = HEIGHT - Inches(0.45)
LATIN_FONT, EAST_ASIAN_FONT = "Calibri", "Microsoft YaHei"
TEXT, MUTED, ALERT = style.TEXT.name()[1:], style.MUTED.name()[1:], "C5221F"  # as the PDF's
BORDER, GRID = style.BORDER.name()[1:], "DDE3EA"
PHASE_FILL = "D6E6FF"
LONGEST = 160  # characters of one name or note on a slide; a longer one is cut with an ellipsis
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot carry
GRAPH_PIXELS = 6000  # the architecture picture's longer side at most: sharp on a projector, not huge
CHART_SIZE = QSize(960, 280)  # the value chart, in its painter's units
CHART_SCALE = 3  # its pixels per unit
SLIDE_TITLES = {
    "cover": N_("Solution briefing"),
    "architecture": N_("Architecture"),
    "cost": N_("Cost"),
    "options": N_("Options compared"),
    "compliance": N_("Compliance with the customer policy"),
    "plan": N_("Delivery plan"),
    "value": N_("Business value"),
}


def render(
    evaluation: Evaluation,
    lang: str = "zh",
    author: str = "",
    progress: Progress | None = None,
    options: DealOptions | None = None,
) -> bytes:
    """The deck as .pptx bytes; `progress(slide, slides)` returning False cancels. With the
    `options` of a deal of several (`evaluation` is the chosen one's), a slide compares them."""
    ensure_gui_app()
    deck = _Deck(evaluation, lang)
    several = options is not None and len(options.evaluations) > 1
    makers: list[Callable[[], None]] = [
        lambda: deck.cover(author),
        deck.architecture,
        deck.cost,
        *([lambda: deck.options(options)] if several and options else []),
        deck.compliance,
        deck.plan,
        *([deck.value] if evaluation.value.drivers else []),
    ]
    for done, make in enumerate(makers, start=1):
        make()
        report(progress, done, len(makers))
    return deck.save(author)


def clean(text: str, longest: int = LONGEST) -> str:
    """A catalog or user text as a slide can carry it: no characters XML refuses, and cut
    with an ellipsis past `longest` characters."""
    text = NOT_XML.sub("", text)
    return text if len(text) <= longest else text[: longest - 1] + "…"


class _Deck:
    def __init__(self, evaluation: Evaluation, lang: str) -> None:
        self.evaluation, self.lang, self.tr = evaluation, lang, translator(lang)
        self.currency = evaluation.catalog.currency
        self.presentation = Presentation()
        self.presentation.slide_width, self.presentation.slide_height = WIDTH, HEIGHT

    def money(self, value: float) -> str:
        return money(value, self.currency, self.lang)

    # -- building blocks

    def slide(self, key: str) -> Slide:
        """A slide of the "Title Only" layout, its title placed for 16:9."""
        slide = self.presentation.slides.add_slide(self.presentation.slide_layouts[5])
        title = slide.shapes.title
        assert title is not None
        title.left, title.top, title.width, title.height = MARGIN, Inches(0.35), WIDTH - 2 * MARGIN, Inches(0.9)
        frame = title.text_frame
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        self.write(frame.paragraphs[0], self.tr(SLIDE_TITLES[key]), 30, bold=True)
        frame.paragraphs[0].alignment = PP_ALIGN.LEFT
        return slide

    def write(self, paragraph: _Paragraph, text: str, size: float, bold: bool = False, colour: str = TEXT) -> None:
        """A run of `text` in the deck's fonts: Calibri, and Microsoft YaHei for Chinese."""
        run = paragraph.add_run()
        run.text = clean(text)
        font = run.font
        font.size, font.bold, font.name = Pt(size), bold, LATIN_FONT
        font.color.rgb = RGBColor.from_string(colour)
        properties = run._r.get_or_add_rPr()  # python-pptx has no API for the east-asian font
        properties.set("lang", "zh-CN" if self.lang == "zh" else "en-US")
        east_asian = OxmlElement("a:ea")
        east_asian.set("typeface", EAST_ASIAN_FONT)
        properties.find(qn("a:latin")).addnext(east_asian)  # the schema's order: latin, ea, cs

    def text(
        self,
        slide: Slide,
        box: Box,
        lines: Sequence[tuple[str, float, bool, str]],
    ) -> None:
        """A text box of paragraphs (text, size, bold, colour), wrapped, shrunk to fit."""
        frame = slide.shapes.add_textbox(*map(Emu, box)).text_frame
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
        for i, (line, size, bold, colour) in enumerate(lines):
            paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            paragraph.space_after = Pt(size * 0.4)
            self.write(paragraph, line, size, bold, colour)

    def table(
        self,
        slide: Slide,
        box: tuple[int, int, int],
        head: Sequence[str],
        rows: Sequence[Sequence[str | tuple[str, str]]],
        right: Sequence[bool],
        widths: Sequence[float],
        size: float = 14,
    ) -> None:
        """A table at (left, top) `box[2]` wide, its columns in the proportions `widths`; a cell
        is a text or (text, colour). Rows are as low as their text lets them be."""
        left, top, width = box
        row_height = Pt(size * 1.9)
        shape = slide.shapes.add_table(
            len(rows) + 1, len(head), Emu(left), Emu(top), Emu(width), Emu(row_height * (len(rows) + 1))
        )
        table = shape.table
        unit = width / sum(widths)
        for c, share_ in enumerate(widths):
            table.columns[c].width = Emu(int(unit * share_))
        for r, cells in enumerate([list(head), *rows]):
            table.rows[r].height = row_height
            for c, cell in enumerate(cells):
                text, colour = cell if isinstance(cell, tuple) else (cell, TEXT if r else "FFFFFF")
                frame = table.cell(r, c).text_frame
                frame.word_wrap = True
                paragraph = frame.paragraphs[0]
                paragraph.alignment = PP_ALIGN.RIGHT if right[c] else PP_ALIGN.LEFT
                self.write(paragraph, text, size, bold=r == 0, colour=colour)

    def picture(self, slide: Slide, png: bytes, pixels: QSize, area: Box) -> None:
        """The picture as large as fits `area`, centred in it, its proportions kept."""
        left, top, width, height = area
        scale = min(width / pixels.width(), height / pixels.height())
        w, h = int(pixels.width() * scale), int(pixels.height() * scale)
        slide.shapes.add_picture(
            io.BytesIO(png), Emu(left + (width - w) // 2), Emu(top + (height - h) // 2), Emu(w), Emu(h)
        )

    # -- the slides

    def cover(self, author: str) -> None:
        evaluation, tr, lang = self.evaluation, self.tr, self.lang
        s = evaluation.solution
        slide = self.presentation.slides.add_slide(self.presentation.slide_layouts[0])
        title, subtitle = slide.placeholders[0], slide.placeholders[1]
        title.left, title.top, title.width, title.height = MARGIN, Inches(1.6), WIDTH - 2 * MARGIN, Inches(1.8)
        subtitle.left, subtitle.top = MARGIN, Inches(3.6)
        subtitle.width, subtitle.height = WIDTH - 2 * MARGIN, Inches(3.2)
        title.text_frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
        self.write(title.text_frame.paragraphs[0], s.name or tr(SLIDE_TITLES["cover"]), 40, bold=True)
        facts = [
            (tr(N_("Customer")), s.customer.name or "—"),
            *([(tr(N_("Option")), s.option)] if s.option else []),
            (tr(N_("Date")), long_date(evaluation.today, lang)),
            (tr(N_("Prepared by")), author or "—"),
        ]
        colon = "：" if lang == "zh" else ": "
        frame = subtitle.text_frame
        frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
        lines = [(tr(SLIDE_TITLES["cover"]), 22, True, MUTED)]
        lines += [(f"{label}{colon}{value}", 20, False, TEXT) for label, value in facts]
        if any(f.severity is Severity.ERROR for f in evaluation.findings):
            lines.append((tr(N_("This solution has errors and is not validated.")), 18, True, ALERT))
        for i, (line, size, bold, colour) in enumerate(lines):
            paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            paragraph.alignment = PP_ALIGN.CENTER
            self.write(paragraph, line, size, bold, colour)

    def architecture(self) -> None:
        """The graph as a picture of at most GRAPH_PIXELS on its longer side."""
        slide = self.slide("architecture")
        picture = build_picture(self.evaluation, self.lang, self.tr)
        bounds = picture_bounds(picture, picture_font())
        scale = min(3.0, GRAPH_PIXELS / max(bounds.width(), bounds.height(), 1.0))
        pixels = QSize(int(bounds.width() * scale), int(bounds.height() * scale))
        area = (MARGIN, BODY_TOP, WIDTH - 2 * MARGIN, BODY_BOTTOM - BODY_TOP)
        self.picture(slide, png_bytes(picture, scale), pixels, area)

    def cost(self) -> None:
        """The BOM's totals, the cost over the deal's years and who delivers it."""
        tr, t, years = self.tr, self.evaluation.bom.totals, self.evaluation.years
        slide = self.slide("cost")
        rows = [
            (tr(N_("One-time")), self.money(t.one_time)),
            (tr(N_("Monthly")), self.money(t.monthly)),
            (tr(N_("Yearly")), self.money(t.yearly)),
            (tr(N_("First year")), self.money(t.first_year)),
            (tr(N_("TCO over {years} years")).format(years=years.horizon), self.money(years.tco)),
            (npv_label(years, tr), self.money(years.npv)),
        ]
        who = [
            (tr(N_("Vendor, first year")), self.money(t.vendor_first_year)),
            (tr(N_("Partners, first year")), self.money(t.partner_first_year)),
            (tr(N_("Partner share")), share(t.partner_share)),
        ]
        half = (WIDTH - 2 * MARGIN - Inches(0.5)) // 2
        self.table(slide, (MARGIN, BODY_TOP, half), [tr(N_("Cost")), ""], rows, [False, True], [1.2, 1], 16)
        who_left = MARGIN + half + Inches(0.5)
        self.table(slide, (who_left, BODY_TOP, half), [tr(N_("Who delivers")), ""], who, [False, True], [1.2, 1], 16)

    def options(self, options: DealOptions) -> None:
        """The options side by side, the recommended one starred."""
        tr = self.tr
        comparison = compare(options.deal, options.evaluations, tr(DEFAULT_NAME))
        writer = Writer(comparison.currency, self.lang, tr)
        slide = self.slide("options")
        names = option_names(comparison)
        rows = [[label, *map(str, cells)] for _, label, cells in metric_rows(comparison, writer)]
        count = len(names)
        size = 14 if count <= 3 else 12 if count <= 5 else 10
        self.table(
            slide,
            (MARGIN, BODY_TOP, WIDTH - 2 * MARGIN),
            ["", *names],
            rows,
            [False, *(True,) * count],
            [2.4, *(1.6,) * count],
            size,
        )

    def compliance(self) -> None:
        """Each policy requirement passed or failed, the Xinchuang share and the CPU architecture."""
        evaluation, tr = self.evaluation, self.tr
        report_ = evaluation.compliance
        names = catalog_names(evaluation.catalog, self.lang)
        slide = self.slide("compliance")
        overall = tr(STATUS["pass"] if report_.passed else STATUS["fail"])
        colon = "：" if self.lang == "zh" else ": "
        facts = " · ".join(
            (
                f"{tr(N_('Compliance'))}{colon}{overall}",
                f"{tr(N_('Xinchuang share'))}{colon}{share(report_.domestic_ratio)}",
                f"{tr(N_('Common CPU architecture'))}{colon}{report_.architecture or tr(N_('none'))}",
            )
        )
        colour = style.STATUS_COLOURS["pass" if report_.passed else "fail"].name()[1:]
        self.text(slide, (MARGIN, BODY_TOP, WIDTH - 2 * MARGIN, Inches(0.5)), [(facts, 16, True, colour)])
        rows: list[list[str | tuple[str, str]]] = [
            [
                word(REQUIREMENT, r.id, tr),
                (word(STATUS, r.status, tr), style.STATUS_COLOURS[r.status].name()[1:]),
                clean(r.concerned(evaluation.findings, tr, names) or "—", 110),
            ]
            for r in report_.requirements
        ]
        head = [tr(N_("Requirement")), tr(N_("Status")), tr(N_("Items concerned"))]
        top = BODY_TOP + Inches(0.6)
        self.table(slide, (MARGIN, top, WIDTH - 2 * MARGIN), head, rows, [False] * 3, [3, 1.2, 6], 11)

    def plan(self) -> None:
        """A bar per phase over the weeks from order, the critical path's items in red over
        it: shapes and text boxes, editable."""
        tr, bom = self.tr, self.evaluation.bom
        slide = self.slide("plan")
        names = {line.capability: line.name.get(self.lang) for line in bom.lines}
        chain = " → ".join(names.get(c, c) for c in bom.critical_path)
        note = tr(N_("Weeks from order; red bars form the critical path (%s weeks).")) % number(bom.critical_weeks)
        path = f"{tr(N_('Critical path'))}: {clean(chain, 300)}"
        box = (MARGIN, BODY_TOP - Inches(0.15), WIDTH - 2 * MARGIN, Inches(0.9))
        self.text(slide, box, [(note, 14, False, MUTED), (path, 12, False, TEXT)])
        if not bom.lines:
            return
        times = bom.schedule
        phases: dict[int, list[str]] = {}
        for line in sorted(bom.lines, key=lambda line: line.phase):
            phases.setdefault(line.phase, []).append(line.capability)
        end_week = max([end for _, end in times.values()] + [1.0])
        step = max(1, int(round_step(end_week, 12)))
        horizon = math.ceil(end_week / step - 1e-9) * step
        label_width = Inches(2.6)
        left, right = MARGIN + label_width, WIDTH - MARGIN - Inches(0.3)
        top = BODY_TOP + Inches(1.25)
        row = min(Inches(0.5), (BODY_BOTTOM - top) // max(1, len(phases)))
        unit = (right - left) / horizon

        def span(y: int, start: float, end: float, height: int) -> Box:
            return int(left + start * unit), y, max(int((end - start) * unit), Pt(2)), height

        bottom = top + row * len(phases)
        weeks = [w for w in range(0, horizon + 1, step) if w == 0 or abs(w - end_week) * unit >= Inches(0.45)]
        for week, colour in [*((w, GRID) for w in weeks), (end_week, ALERT)]:
            x = int(left + week * unit)
            connector = slide.shapes.add_connector(
                MSO_CONNECTOR.STRAIGHT, Emu(x), Emu(top - Inches(0.05)), Emu(x), Emu(bottom)
            )
            connector.line.color.rgb = RGBColor.from_string(colour)
            connector.line.width = Pt(0.75)
            label_box = (x - Inches(0.4), top - Inches(0.4), Inches(0.8), Inches(0.3))
            self.label(slide, label_box, number(week), 10, ALERT if colour == ALERT else MUTED, PP_ALIGN.CENTER)
        critical = set(bom.critical_path)
        for index, (phase, members) in enumerate(phases.items()):
            y = top + row * index
            label = f"{tr(N_('Phase'))} {phase} · " + tr(N_("%d items")) % len(members)
            self.label(slide, (MARGIN, y, label_width - Inches(0.1), row), label, 12, TEXT, PP_ALIGN.LEFT)
            start, end = min(times[c][0] for c in members), max(times[c][1] for c in members)
            self.bar(slide, span(y + row // 5, start, end, row * 3 // 5), PHASE_FILL)
            for c in members:
                if c in critical:
                    self.bar(slide, span(y + row * 2 // 5, *times[c], row // 5), ALERT)

    def label(self, slide: Slide, box: Box, text: str, size: float, colour: str, align: PP_ALIGN) -> None:
        """One line of text, unwrapped, centred vertically in `box`."""
        frame = slide.shapes.add_textbox(*map(Emu, box)).text_frame
        frame.word_wrap, frame.vertical_anchor = False, MSO_ANCHOR.MIDDLE
        frame.margin_top = frame.margin_bottom = Emu(0)
        paragraph = frame.paragraphs[0]
        paragraph.alignment = align
        self.write(paragraph, text, size, colour=colour)

    def bar(self, slide: Slide, box: Box, fill: str) -> None:
        shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, *map(Emu, box))
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(fill)
        shape.line.color.rgb = RGBColor.from_string(BORDER)
        shape.line.width = Pt(0.5)
        shape.shadow.inherit = False

    def value(self) -> None:
        """ROI, payback and net benefit as P10 / expected / P90, the NPV, and the payback chart."""
        tr, case = self.tr, self.evaluation.value
        slide = self.slide("value")
        horizon = case.horizon
        cases = ("low", "expected", "high")

        def percent(value: float | None) -> str:
            return "—" if value is None else f"{value:.0f}%"

        def months(value: int | None) -> str:
            return "—" if value is None else str(value)

        rows = [
            [tr(N_("Annual benefit")), *(self.money(case.annual[c]) for c in cases)],
            [
                tr(N_("Net benefit over years 1–%d")) % horizon.years,
                *(self.money(horizon.net_benefit[c]) for c in cases),
            ],
            [tr(N_("Return on investment")), *(percent(case.roi_pct[c]) for c in cases)],
            [tr(N_("Payback in months")), *(months(case.payback_months[c]) for c in cases)],
        ]
        head = ["", tr(N_("low (P10)")), tr(N_("expected")), tr(N_("high (P90)"))]
        width = Inches(8.6)
        self.table(slide, (MARGIN, BODY_TOP, width), head, rows, [False, True, True, True], [2.2, 1.6, 1.6, 1.6], 12)
        at_rate = tr(N_("Net present value at %s")) % f"{horizon.discount_rate:.0%}"
        box = (MARGIN + width + Inches(0.3), BODY_TOP, WIDTH - 2 * MARGIN - width - Inches(0.3), Inches(1.9))
        self.text(slide, box, [(at_rate, 14, False, MUTED), (self.money(horizon.npv), 24, True, TEXT)])
        top = BODY_TOP + Inches(2.2)
        area = (MARGIN, top, WIDTH - 2 * MARGIN, BODY_BOTTOM - top)
        self.picture(slide, self.chart(), CHART_SIZE * CHART_SCALE, area)

    def chart(self) -> bytes:
        """The cumulative cost and benefit chart as a PNG of CHART_SCALE pixels per unit."""
        image = QImage(CHART_SIZE * CHART_SCALE, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(document_font(10))
        painter.scale(CHART_SCALE, CHART_SCALE)
        rect = QRectF(0, 0, CHART_SIZE.width(), CHART_SIZE.height())
        paint_value_chart(painter, rect, self.evaluation.value, self.currency, self.lang, self.tr)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not QImageWriter(buffer, QByteArray(b"png")).write(image):
            raise OSError("could not encode the value chart")
        return bytes(buffer.data().data())

    def save(self, author: str) -> bytes:
        properties = self.presentation.core_properties
        solution = self.evaluation.solution
        properties.title = clean(solution.name)
        properties.subject = self.tr(SLIDE_TITLES["cover"])
        properties.author = properties.last_modified_by = clean(author)
        properties.language = "zh-CN" if self.lang == "zh" else "en"
        properties.created = properties.modified = datetime(*self.evaluation.today.timetuple()[:3])
        properties.revision = 1
        buffer = io.BytesIO()
        self.presentation.save(buffer)
        return buffer.getvalue()
