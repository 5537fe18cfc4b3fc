"""The legend: deliverer colours, explicit versus auto, severity dots."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from configurator.drawing import style
from configurator.drawing.graph_picture import legend_size, paint_legend


class LegendItem(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.entries: list[tuple[str, str, QColor | None]] = []
        self._rect = QRectF()
        self.setZValue(style.Z_LEGEND)

    def set_entries(self, title: str, entries: list[tuple[str, str, QColor | None]]) -> None:
        self.prepareGeometryChange()
        self.title, self.entries = title, entries
        font = QFont(self.scene().font() if self.scene() else QGuiApplication.font())
        self._rect = legend_size(font, title, entries)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_legend(painter, QPointF(0, 0), self.title, self.entries)
