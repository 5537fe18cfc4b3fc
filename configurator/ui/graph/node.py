"""One item of the solution as a node; painted by the shared graph-picture code."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from configurator.drawing import style
from configurator.drawing.graph_picture import NodeLook, node_rect, paint_node


class NodeItem(QGraphicsObject):
    """Draws itself from the look the scene sets and asks the scene for its tooltip on hover;
    knows nothing of the document."""

    def __init__(self, capability: str) -> None:
        super().__init__()
        self.capability = capability
        self.look = NodeLook(capability, "", style.VENDOR_COLOUR, True, None)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.setZValue(style.Z_NODE)
        # Painted once per look or zoom, then drawn from a pixmap: a repaint of hundreds of nodes
        # would otherwise run the text layout of every one of them again.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hovered = False

    def set_look(self, look: NodeLook) -> None:
        self.look = look
        self.update()

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        scene = self.scene()
        if scene is not None:
            self.setToolTip(scene.tooltip(self.capability))  # shown a moment later, on the help event
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        super().hoverLeaveEvent(event)

    def boundingRect(self) -> QRectF:
        return node_rect().adjusted(-3, -8, 8, 3)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(node_rect(), style.NODE_RADIUS, style.NODE_RADIUS)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_node(painter, QPointF(0, 0), self.look, self.isSelected())
