"""A `requires` edge from the requiring item (right) to what it requires (left)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from configurator.ui import style


class EdgeItem(QGraphicsItem):
    def __init__(self, source: str, target: str) -> None:
        super().__init__()
        self.source, self.target = source, target
        self.curve = QPainterPath()
        self.head = QPolygonF()
        self.setZValue(style.Z_EDGE)

    def route(self, start: QPointF, end: QPointF) -> None:
        """start: the requiring node's left middle; end: the required node's right middle."""
        self.prepareGeometryChange()
        curve = QPainterPath(start)
        bend = max(40.0, abs(start.x() - end.x()) / 2)
        curve.cubicTo(start - QPointF(bend, 0), end + QPointF(bend, 0), end)
        self.curve = curve
        # The curve arrives moving left, so the arrow head opens to the right.
        self.head = QPolygonF([end, end + QPointF(9, -4.5), end + QPointF(9, 4.5)])

    def boundingRect(self) -> QRectF:
        return self.curve.boundingRect().united(self.head.boundingRect()).adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(style.edge_pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.curve)
        painter.setBrush(style.EDGE)
        painter.drawPolygon(self.head)
