"""One item of the solution as a node: name, mode, deliverer colour, explicit or auto, severity."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from configurator.ui import style


class NodeItem(QGraphicsObject):
    """Draws itself from plain values the scene sets; knows nothing of the document."""

    def __init__(self, capability: str) -> None:
        super().__init__()
        self.capability = capability
        self.title = capability
        self.subtitle = ""
        self.fill = style.VENDOR_COLOUR
        self.explicit = True
        self.severity: str | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.setZValue(style.Z_NODE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_look(self, title: str, subtitle: str, fill: QColor, explicit: bool,
                 severity: str | None, tooltip: str) -> None:
        self.title, self.subtitle, self.fill = title, subtitle, fill
        self.explicit, self.severity = explicit, severity
        self.setToolTip(tooltip)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-3, -8, style.NODE_WIDTH + 11, style.NODE_HEIGHT + 11)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self.rect(), style.NODE_RADIUS, style.NODE_RADIUS)
        return path

    @staticmethod
    def rect() -> QRectF:
        return QRectF(0, 0, style.NODE_WIDTH, style.NODE_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(style.node_pen(self.explicit, self.isSelected()))
        painter.setBrush(QBrush(self.fill))
        painter.drawRoundedRect(self.rect(), style.NODE_RADIUS, style.NODE_RADIUS)
        text_rect = self.rect().adjusted(10, 6, -14, -6)
        title_font = QFont(painter.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(style.TEXT)
        metrics = QFontMetrics(title_font)
        title = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, int(text_rect.width()))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
        small = QFont(painter.font())
        small.setBold(False)
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        painter.setPen(style.SUBTLE_TEXT)
        subtitle = QFontMetrics(small).elidedText(self.subtitle, Qt.TextElideMode.ElideRight,
                                                  int(text_rect.width()))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, subtitle)
        if self.severity:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.SEVERITY_COLOURS[self.severity])
            painter.drawEllipse(QRectF(style.NODE_WIDTH - 6, -6, 13, 13))
