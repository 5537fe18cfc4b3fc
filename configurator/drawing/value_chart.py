"""The value chart: cumulative cost against cumulative benefit over 36 months, with the
break-even month marked. Painted with QPainter for the Value panel and the PDF alike."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

from configurator.core.numbers import money
from configurator.core.value import HORIZON_MONTHS, ValueCase
from configurator.drawing import style

COST = QColor("#c5221f")
BENEFIT = QColor("#1e8e3e")
GRID = QColor("#dde3ea")
UNITS = {"zh": ((1e8, "亿"), (1e4, "万")), "en": ((1e9, "B"), (1e6, "M"), (1e3, "K"))}


def round_step(span: float, most: int) -> float:
    """The smallest of 1, 2 or 5 × 10ⁿ that cuts `span` into at most `most` steps."""
    power = 10.0 ** math.floor(math.log10(max(span, 1e-9) / most))
    return next(f * power for f in (1, 2, 5, 10) if span / (f * power) <= most)


def short_money(amount: float, currency: str, lang: str, top: float) -> str:
    """An axis label: ¥800万 or CNY 2.5M, in the largest unit that `top` reaches."""
    scale, suffix = next(((s, u) for s, u in UNITS.get(lang, UNITS["en"]) if top >= s), (1.0, ""))
    sign = money(0, currency, lang).removesuffix("0.00")  # as money() writes it: ¥ or CNY
    return sign + (f"{amount / scale:,.2f}".rstrip("0").rstrip(".") + suffix if amount else "0")


def paint_value_chart(
    painter: QPainter, rect: QRectF, case: ValueCase, currency: str, lang: str, tr: Callable[[str], str]
) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    small = QFont(painter.font())
    small.setPointSizeF(max(6.5, small.pointSizeF() * 0.85))
    painter.setFont(small)
    metrics = painter.fontMetrics()
    highest = max(case.cumulative_cost + case.cumulative_benefit + (1.0,))
    step = round_step(highest, 5)
    top = math.ceil(highest / step - 1e-9) * step
    ticks = [(step * i, short_money(step * i, currency, lang, top)) for i in range(round(top / step) + 1)]
    left_margin = max(metrics.horizontalAdvance(label) for _, label in ticks) + 10
    plot = QRectF(
        rect.left() + left_margin,
        rect.top() + 8,
        rect.width() - left_margin - 10,
        rect.height() - 8 - 2.6 * metrics.height(),
    )

    def at(month: float, amount: float) -> QPointF:
        return QPointF(
            plot.left() + plot.width() * month / HORIZON_MONTHS, plot.bottom() - plot.height() * amount / top
        )

    for amount, label in ticks:
        y = at(0, amount).y()
        painter.setPen(QPen(GRID, 0.8))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(style.MUTED)
        painter.drawText(
            QRectF(rect.left(), y - 8, left_margin - 6, 16),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
    for month in range(0, HORIZON_MONTHS + 1, 6):
        x = at(month, 0).x()
        painter.drawText(
            QRectF(x - 20, plot.bottom() + 2, 40, metrics.height()), Qt.AlignmentFlag.AlignCenter, str(month)
        )
    for series, colour in ((case.cumulative_cost, COST), (case.cumulative_benefit, BENEFIT)):
        path = QPainterPath(at(0, series[0]))
        for month, amount in enumerate(series[1:], start=1):
            path.lineTo(at(month, amount))
        painter.setPen(QPen(colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    even = case.payback_months["expected"]
    if even is not None and even <= HORIZON_MONTHS:
        point = at(even, case.cumulative_cost[even])
        painter.setPen(QPen(QColor("#1b1f24"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(point.x(), plot.top()), QPointF(point.x(), plot.bottom()))
        painter.setBrush(QColor("#1b1f24"))
        painter.drawEllipse(point, 3.5, 3.5)
        label = tr("break-even: month %d") % even
        width = metrics.horizontalAdvance(label) + 2
        left = point.x() + 6 if point.x() + 6 + width <= plot.right() else point.x() - 6 - width  # never clipped
        painter.drawText(QRectF(left, plot.top(), width, metrics.height()), Qt.AlignmentFlag.AlignLeft, label)
    legend_y = rect.bottom() - metrics.height()
    x = plot.left()
    legend: tuple[tuple[str, QColor | None], ...] = (
        (tr("cumulative cost"), COST),
        (tr("cumulative benefit (expected)"), BENEFIT),
        (tr("months"), None),
    )
    for label, swatch in legend:
        if swatch is not None:
            painter.setPen(QPen(swatch, 2))
            painter.drawLine(
                QPointF(x, legend_y + metrics.height() / 2), QPointF(x + 18, legend_y + metrics.height() / 2)
            )
            x += 22
        painter.setPen(style.MUTED)
        painter.drawText(QPointF(x, legend_y + metrics.ascent()), label)
        x += metrics.horizontalAdvance(label) + 18
    painter.restore()
