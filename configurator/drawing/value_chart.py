"""The value charts, painted with QPainter for the Value panel and the PDF alike: cumulative
cost against cumulative benefit over the deal's months, with the break-even month marked, and
the tornado of ROI sensitivity to each input."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen

from configurator.core.numbers import money
from configurator.core.value import ValueCase
from configurator.drawing import style

COST = QColor("#c5221f")
BENEFIT = QColor("#1e8e3e")
GRID = QColor("#dde3ea")
AT_LOW = QColor("#5b8fd6")  # the tornado's bar of an input at its low end
AT_HIGH = QColor("#e8a33d")
TORNADO_ROWS = 6
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


def begin_chart(painter: QPainter) -> QFontMetrics:
    """Save the painter and set what every chart draws with: antialiasing, a small regular font."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    small = QFont(painter.font())
    small.setPointSizeF(max(6.5, small.pointSizeF() * 0.85))
    small.setBold(False)
    painter.setFont(small)
    return painter.fontMetrics()


@dataclass(frozen=True)
class MoneyAxis:
    """A money axis from 0 to `top` in round `ticks` (amount, label), `margin` wide."""

    top: float
    ticks: list[tuple[float, str]]
    margin: float

    @classmethod
    def up_to(cls, highest: float, currency: str, lang: str, metrics: QFontMetrics) -> MoneyAxis:
        step = round_step(highest, 5)
        top = math.ceil(highest / step - 1e-9) * step
        ticks = [(step * i, short_money(step * i, currency, lang, top)) for i in range(round(top / step) + 1)]
        return cls(top, ticks, max(metrics.horizontalAdvance(label) for _, label in ticks) + 10)

    def draw(self, painter: QPainter, rect: QRectF, plot: QRectF) -> None:
        """The grid lines across `plot` and their labels left of it."""
        for amount, label in self.ticks:
            y = plot.bottom() - plot.height() * amount / self.top
            painter.setPen(QPen(GRID, 0.8))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(style.MUTED)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRectF(rect.left(), y - 8, self.margin - 6, 16), align, label)


def paint_value_chart(
    painter: QPainter, rect: QRectF, case: ValueCase, currency: str, lang: str, tr: Callable[[str], str]
) -> None:
    metrics = begin_chart(painter)
    months = len(case.cumulative_cost) - 1
    axis = MoneyAxis.up_to(max(case.cumulative_cost + case.cumulative_benefit + (1.0,)), currency, lang, metrics)
    top, left_margin = axis.top, axis.margin
    plot = QRectF(
        rect.left() + left_margin,
        rect.top() + 8,
        rect.width() - left_margin - 10,
        rect.height() - 8 - 2.6 * metrics.height(),
    )

    def at(month: float, amount: float) -> QPointF:
        return QPointF(
            plot.left() + plot.width() * month / max(1, months), plot.bottom() - plot.height() * amount / top
        )

    axis.draw(painter, rect, plot)
    for month in range(0, months + 1, 6 if months <= 36 else 12):
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
    if even is not None and even <= months:
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


def paint_tornado(
    painter: QPainter, rect: QRectF, case: ValueCase, lang: str, tr: Callable[[str], str], rows: int = TORNADO_ROWS
) -> None:
    """ROI over the horizon with each input at its low and at its high end (the others
    expected), the largest swing on top; nothing when ROI is undefined (no cost)."""
    expected = case.roi_pct["expected"]
    metrics = begin_chart(painter)
    line = metrics.height()
    room_for_rows = rect.height() - 3.4 * line  # below the title, above the legend
    rows = min(rows, int(room_for_rows / (1.15 * line)))  # as many as stay legible
    entries = [s for s in case.sensitivity if None not in s.roi_pct][: max(0, rows)]
    if not entries or expected is None:
        painter.restore()
        return
    row = min(1.8 * line, room_for_rows / len(entries))
    labels = [s.input.label.get(lang) for s in entries]
    label_width = min(rect.width() * 0.4, max(metrics.horizontalAdvance(t) for t in labels) + 8)
    ends = [v for s in entries for v in s.roi_pct if v is not None] + [expected]
    low, high = min(ends), max(ends)
    span = (high - low) or 1.0
    room = metrics.horizontalAdvance("-8,888%") + 4  # for the figures beside the bars
    left, right = rect.left() + label_width + room, rect.right() - room

    def x_of(roi: float) -> float:
        return left + (right - left) * (roi - low) / span

    top = rect.top() + line * 1.2
    painter.setPen(style.TEXT)
    painter.drawText(QPointF(rect.left(), rect.top() + metrics.ascent()), tr("Sensitivity of ROI to each input"))
    for index, (entry, label) in enumerate(zip(entries, labels, strict=True)):
        y = top + index * row
        painter.setPen(style.TEXT)
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_width - 8))
        painter.drawText(QRectF(rect.left(), y, label_width - 8, row), Qt.AlignmentFlag.AlignVCenter, text)
        for roi, colour in zip(entry.roi_pct, (AT_LOW, AT_HIGH), strict=True):
            if roi is None:
                continue
            a, b = sorted((x_of(expected), x_of(roi)))
            painter.fillRect(QRectF(a, y + row * 0.18, max(1.0, b - a), row * 0.64), colour)
            painter.setPen(style.MUTED)
            figure = f"{roi:.0f}%"
            if roi < expected:
                box = QRectF(a - room, y, room - 3, row)
                align = Qt.AlignmentFlag.AlignRight
            else:
                box = QRectF(b + 3, y, room - 3, row)
                align = Qt.AlignmentFlag.AlignLeft
            painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, figure)
    bottom = top + len(entries) * row
    painter.setPen(QPen(style.TEXT, 1, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(x_of(expected), top), QPointF(x_of(expected), bottom))
    legend_y = bottom + 4
    x = rect.left()
    for label, swatch in (
        (tr("input at its low end"), AT_LOW),
        (tr("input at its high end"), AT_HIGH),
        (tr("expected ROI %s") % f"{expected:.0f}%", None),
    ):
        width = metrics.horizontalAdvance(label) + (16 if swatch is not None else 0)
        if x > rect.left() and x + width > rect.right():  # on the next line
            x, legend_y = rect.left(), legend_y + line
        if swatch is not None:
            painter.fillRect(QRectF(x, legend_y + line * 0.25, 12, line * 0.5), swatch)
        painter.setPen(style.MUTED)
        painter.drawText(QPointF(x + width - metrics.horizontalAdvance(label), legend_y + metrics.ascent()), label)
        x += width + 14
    painter.restore()
