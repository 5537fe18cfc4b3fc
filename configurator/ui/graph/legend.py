"""The legend: deliverer colours, explicit versus auto, severity dots."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from configurator.ui import style

ROW = 20
SWATCH = 14


class LegendItem(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.entries: list[tuple[str, str, QColor | None]] = []  # (kind, label, colour)
        self.title = ""
        self.setZValue(style.Z_LEGEND)
        self._width = 200.0

    def set_entries(self, title: str, entries: list[tuple[str, str, QColor | None]]) -> None:
        self.prepareGeometryChange()
        self.title, self.entries = title, entries
        font = QFont(self.scene().font() if self.scene() else QGuiApplication.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        widest = max([metrics.horizontalAdvance(label) for _, label, _ in entries]
                     + [metrics.horizontalAdvance(title) - SWATCH - 14, 120])
        self._width = SWATCH + 24 + widest
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._width, ROW * (len(self.entries) + 1) + 8)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#c5ccd6")))
        painter.setBrush(QBrush(QColor(255, 255, 255, 235)))
        painter.drawRoundedRect(self.boundingRect(), 6, 6)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(style.TEXT)
        painter.drawText(QRectF(8, 4, self._width - 16, ROW), Qt.AlignmentFlag.AlignVCenter, self.title)
        font.setBold(False)
        painter.setFont(font)
        for index, (kind, label, colour) in enumerate(self.entries, start=1):
            y = 4 + index * ROW
            swatch = QRectF(8, y + (ROW - SWATCH) / 2, SWATCH + 6, SWATCH)
            if kind == "fill":
                painter.setPen(style.node_pen(True, False))
                painter.setBrush(colour)
                painter.drawRoundedRect(swatch, 3, 3)
            elif kind in ("explicit", "auto"):
                painter.setPen(style.node_pen(kind == "explicit", False))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(swatch, 3, 3)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawEllipse(swatch.adjusted(3, 0, -3, 0))
            painter.setPen(style.TEXT)
            painter.drawText(QRectF(SWATCH + 22, y, self._width, ROW), Qt.AlignmentFlag.AlignVCenter, label)
