"""The compare chart: each option's cumulative cost by the end of each year of the deal's
horizon from what is paid at order, one line per option, the recommended one drawn heavier.
Painted with QPainter, in the look of the value chart, for the compare view and the PDF."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen

from configurator.core.compare import Comparison
from configurator.drawing import style
from configurator.drawing.value_chart import MoneyAxis, begin_chart

OPTION_COLOURS = [QColor(c) for c in ("#1a73e8", "#c5221f", "#1e8e3e", "#b06000", "#8e6cc9", "#00838f")]


def option_colour(index: int) -> QColor:
    return OPTION_COLOURS[index % len(OPTION_COLOURS)]


def paint_compare_chart(
    painter: QPainter, rect: QRectF, comparison: Comparison, lang: str, tr: Callable[[str], str]
) -> None:
    metrics = begin_chart(painter)
    years = comparison.horizon
    highest = max((amount for o in comparison.options for amount in o.cumulative), default=0.0) or 1.0
    axis = MoneyAxis.up_to(highest, comparison.currency, lang, metrics)
    legend_rows = 1 + _legend_width(metrics, comparison) // max(1, int(rect.width() - axis.margin))
    plot = QRectF(
        rect.left() + axis.margin,
        rect.top() + 8,
        rect.width() - axis.margin - 10,
        rect.height() - 8 - (1.6 + legend_rows) * metrics.height(),
    )

    def at(year: float, amount: float) -> QPointF:
        return QPointF(plot.left() + plot.width() * year / years, plot.bottom() - plot.height() * amount / axis.top)

    axis.draw(painter, rect, plot)
    for year in range(years + 1):
        x = at(year, 0).x()
        painter.drawText(
            QRectF(x - 20, plot.bottom() + 2, 40, metrics.height()), Qt.AlignmentFlag.AlignCenter, str(year)
        )
    for index, option in enumerate(comparison.options):
        path = QPainterPath(at(0, option.one_time))  # paid at order
        for year, amount in enumerate(option.cumulative, start=1):
            path.lineTo(at(year, amount))
        painter.setPen(QPen(option_colour(index), 3 if option.recommended else 1.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    x, y = plot.left(), plot.bottom() + 1.4 * metrics.height()
    entries = [(o.name + (" ★" if o.recommended else ""), option_colour(i)) for i, o in enumerate(comparison.options)]
    for label, colour in [*entries, (tr("cumulative cost by the end of each year from order"), None)]:
        width = (22 if colour else 0) + metrics.horizontalAdvance(label) + 18
        if x + width > rect.right() and x > plot.left():
            x, y = plot.left(), y + metrics.height()
        if colour is not None:
            painter.setPen(QPen(colour, 2))
            painter.drawLine(QPointF(x, y + metrics.height() / 2), QPointF(x + 18, y + metrics.height() / 2))
            x += 22
        painter.setPen(style.MUTED)
        painter.drawText(QPointF(x, y + metrics.ascent()), label)
        x += metrics.horizontalAdvance(label) + 18
    painter.restore()


def _legend_width(metrics: QFontMetrics, comparison: Comparison) -> int:
    return sum(metrics.horizontalAdvance(o.name) + 44 for o in comparison.options) + 120
