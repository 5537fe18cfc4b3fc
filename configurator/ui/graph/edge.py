"""A `requires` edge from the requiring item (right) to what it requires (left)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from configurator.drawing import style
from configurator.drawing.graph_picture import edge_shapes, paint_edge


class EdgeItem(QGraphicsItem):
    def __init__(self, source: str, target: str) -> None:
        super().__init__()
        self.source, self.target = source, target
        self.curve, self.head = QPainterPath(), QPolygonF()
        self.bounds = QRectF()  # kept with the route: Qt asks for it far more often than it changes
        self.ends: tuple[QPointF, QPointF] | None = None  # the node positions last routed for
        self.setZValue(style.Z_EDGE)

    def route(self, source: QPointF, target: QPointF) -> None:
        """source and target: the top-left corners of the two nodes."""
        self.prepareGeometryChange()
        self.curve, self.head = edge_shapes(source, target)
        self.bounds = self.curve.boundingRect().united(self.head.boundingRect()).adjusted(-2, -2, 2, 2)

    def boundingRect(self) -> QRectF:
        return self.bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_edge(painter, self.curve, self.head)
