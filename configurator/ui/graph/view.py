"""The graph view: zoom, pan, fit to view and keyboard navigation between nodes."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView

from configurator.ui.graph.node import NodeItem
from configurator.ui.graph.scene import SolutionScene

ZOOM_STEP = 1.2
MIN_ZOOM, MAX_ZOOM = 0.1, 4.0
DIRECTIONS = {
    Qt.Key.Key_Left: QPointF(-1, 0),
    Qt.Key.Key_Right: QPointF(1, 0),
    Qt.Key.Key_Up: QPointF(0, -1),
    Qt.Key.Key_Down: QPointF(0, 1),
}


class GraphView(QGraphicsView):
    def __init__(self, scene: SolutionScene) -> None:
        super().__init__(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("solution graph")

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom() * factor))
        self.scale(target / self.zoom(), target / self.zoom())

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.resetTransform()

    def fit(self) -> None:
        rect = self.scene().itemsBoundingRect().adjusted(-30, -30, 30, 30)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.reset_zoom()
            self.centerOn(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        scene: SolutionScene = self.scene()
        current = scene.nodes.get(scene.selection.current)
        if event.key() in DIRECTIONS:
            target = self._neighbour(current, DIRECTIONS[event.key()])
            if target is not None:
                scene.selection.select(target.capability)
                self.ensureVisible(target, 40, 40)
            event.accept()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and current is not None:
            scene.editor.remove(current.capability)
            event.accept()
        else:
            super().keyPressEvent(event)

    def _neighbour(self, current: NodeItem | None, direction: QPointF) -> NodeItem | None:
        nodes = list(self.scene().nodes.values())
        if current is None:
            return min(nodes, key=lambda n: (n.pos().x(), n.pos().y()), default=None)
        origin = current.pos()
        best, best_score = None, None
        for node in nodes:
            delta = node.pos() - origin
            along = delta.x() * direction.x() + delta.y() * direction.y()
            if node is current or along <= 0:
                continue
            across = abs(delta.x() * direction.y()) + abs(delta.y() * direction.x())
            score = along + 2 * across
            if best_score is None or score < best_score:
                best, best_score = node, score
        return best
