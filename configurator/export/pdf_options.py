"""The PDF proposal's money over the years: the options of a deal compared (headline figures,
cumulative cost per option, the capabilities they hold differently) and one option's cost per
year, per zone, per deliverer and per line."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QPainter

from configurator.core.compare import Comparison, compare
from configurator.core.evaluate import Evaluation
from configurator.core.numbers import money
from configurator.drawing import style
from configurator.drawing.compare_chart import paint_compare_chart
from configurator.export.compare_table import DEFAULT_NAME, RECOMMENDED, Writer, capability_rows, metric_rows
from configurator.export.compare_table import option_names as names_of
from configurator.export.formats import DealOptions
from configurator.export.pdf_document import Section
from configurator.export.pdf_table import Block, Cell, Table, flow_section, text_block
from configurator.export.years_table import line_header, line_rows, npv_label, year_header, year_rows
from configurator.translations import tr

CHART_HEIGHT = 220
CHART_GAP = 30
MIN_CHART_WIDTH = 320
LINES_SHOWN = 20  # a longer BOM shows its costliest lines over the horizon and one row for the rest

Headings = tuple[QFont, QFont]  # a page's heading and a table's, as in pdf_bom


def option_label(options: DealOptions, index: int) -> str:
    return options.deal.label(index, tr(DEFAULT_NAME))


def titled(title: str, option: str, lang: str) -> str:
    """A page's title about one option."""
    return f"{title}{'：' if lang == 'zh' else ': '}{option}" if option else title


def _fitted(
    font: QFont, width: float, right: list[bool], head: list[str], rows: list, wrap: int | None = None
) -> Table:
    """As wide as its content when that fits (with `wrap` 0: the page's width), else the first
    column wrapping, else in a smaller type: numbers are never cut."""
    table = Table(font, width, right, head, rows, wrap)
    if table.width > width:
        table = Table(font, width, right, head, rows, 0)
    if table.width > width:
        smaller = QFont(font)
        smaller.setPointSizeF(font.pointSizeF() * 0.8)
        table = Table(smaller, width, right, head, rows, 0)
    return table


def options_section(options: DealOptions, lang: str, font: QFont, headings: Headings) -> Section:
    """The options side by side, the recommended one starred, with the chart of their
    cumulative cost and the capabilities they hold differently."""
    comparison = compare(options.deal, options.evaluations, tr(DEFAULT_NAME))
    writer = Writer(comparison.currency, lang, tr)
    names = names_of(comparison)
    figures = [([label, *map(str, cells)], "") for _, label, cells in metric_rows(comparison, writer)]
    differing: list[tuple[list[str | Cell], str]] = [
        (
            [
                name,
                *(
                    Cell(cell, note=money(h.tco, comparison.currency, lang) if h else "")
                    for cell, h in zip(cells, row.held, strict=True)
                ),
            ],
            "",
        )
        for row, name, cells in capability_rows(comparison, writer)
    ]
    about = tr("%d options over %d years; the pages after this one are about “%s”.") % (
        len(comparison.options),
        comparison.horizon,
        option_label(options, options.chosen),
    )
    if any(o.recommended for o in comparison.options):
        about += " " + tr("%s marks the recommended option.") % RECOMMENDED
    h1, h2 = headings
    right = [False, *([True] * len(names))]

    def build(width: float) -> list[Block]:
        table = _fitted(font, width, right, ["", *names], [cells for cells, _ in figures])
        rows = table.blocks(figures)
        blocks = [text_block(tr("Options compared"), h1, width), text_block(about, font, width, style.MUTED)]
        beside = width - table.width - CHART_GAP
        if beside >= MIN_CHART_WIDTH:  # the chart to the right of the figures, as tall as they are
            height = sum(row.height for row in rows)
            blocks += [_chart(comparison, lang, table.width + CHART_GAP, beside, height, 0), *rows]
        else:
            chart = _chart(comparison, lang, 0, width, CHART_HEIGHT, CHART_HEIGHT)
            blocks += [*rows, text_block(tr("Cumulative cost per option"), h2, width, above=8), chart]
        blocks.append(text_block(tr("Capabilities that differ"), h2, width, above=8))
        if not differing:
            return [*blocks, text_block(tr("Every option holds the same capabilities in the same mode."), font, width)]
        note = text_block(tr("Mode × quantity, with the cost over the horizon."), font, width, style.MUTED)
        return [*blocks, note, *_fitted(font, width, right, ["", *names], [c for c, _ in differing]).blocks(differing)]

    return flow_section(build, tr("Options compared"), landscape=True)


def _chart(comparison: Comparison, lang: str, x: float, width: float, height: float, takes: float) -> Block:
    """The chart `x` right of the left margin, `takes` high on the page (0: it stays beside
    the rows that follow it)."""

    def draw(painter: QPainter, left: float, top: float) -> None:
        small = QFont(painter.font())
        small.setPointSizeF(8)
        small.setBold(False)
        painter.setFont(small)
        paint_compare_chart(painter, QRectF(left + x, top, width, height), comparison, lang, tr)

    return Block(takes + 6 if takes else 0, draw, keeps=not takes)


def years_section(evaluation: Evaluation, lang: str, font: QFont, headings: Headings, option: str = "") -> Section:
    """Per year: total, cumulative, per zone, vendor and partners; TCO and NPV; then per line
    per year (the costliest lines and the others when the BOM is long)."""
    years, currency = evaluation.years, evaluation.catalog.currency

    def amount(value: float) -> str:
        return f"{value:,.2f}"

    per_year = [([str(c) for c in row], "") for row in year_rows(years, tr, amount)]
    per_year[-1] = (per_year[-1][0], "total")
    per_line = [([str(c) for c in row], "") for row in line_rows(evaluation, lang, tr, amount, LINES_SHOWN)]
    per_line[-1] = (per_line[-1][0], "total")
    title = titled(tr("Cost over %d years") % years.horizon, option, lang)
    facts = " · ".join(
        (
            tr("TCO") + ": " + money(years.tco, currency, lang),
            npv_label(years, tr) + ": " + money(years.npv, currency, lang),
            tr("amounts in %s") % currency,
        )
    )
    h1, h2 = headings

    def build(width: float) -> list[Block]:
        year_head = year_header(tr)
        lines_head = line_header(years, tr)
        blocks = [
            text_block(title, h1, width),
            text_block(facts, font, width),
            *_fitted(font, width, [True] * len(year_head), year_head, [c for c, _ in per_year]).blocks(per_year),
            text_block(tr("Cost per line and year"), h2, width, above=8),
        ]
        right = [False, *([True] * (len(lines_head) - 1))]
        lines = _fitted(font, width, right, lines_head, [c for c, _ in per_line], wrap=0)
        if len(evaluation.bom.lines) > LINES_SHOWN:
            note = tr("The %d lines costliest over the horizon, then the others.") % LINES_SHOWN
            blocks.append(text_block(note, font, width, style.MUTED))
        return [*blocks, *lines.blocks(per_line)]

    return flow_section(build, title, landscape=True)
