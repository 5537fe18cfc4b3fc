"""The graph view: zoom, pan, fit to view, keyboard navigation between nodes, and a hint
where to start while the solution is empty."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPalette, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView

from configurator.ui.graph.node import NodeItem
from configurator.ui.graph.scene import SolutionScene
from configurator.ui.plain import plain_label

ZOOM_STEP = 1.2
MIN_ZOOM, MAX_ZOOM = 0.1, 4.0
READABLE_ZOOM = 0.8  # the node labels' 9 pt still about 7 pt on screen
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
        self.hint = plain_label()
        self.hint.setParent(self.viewport())
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)  # above the legend
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # drops reach the view
        font = self.hint.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.hint.setFont(font)
        self.document = scene.document
        self.document.sig_solution_changed.connect(self._update_hint)
        self.retranslate()

    def retranslate(self) -> None:
        shortcut = QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
        self.hint.setText(
            self.tr(
                "An empty solution. Start from a scenario template with File → New (%s), "
                "or add capabilities from the catalog on the left."
            )
            % shortcut
        )
        self._update_hint()

    def _update_hint(self) -> None:
        self.hint.setVisible(not self.document.solution.items)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.hint.setGeometry(self.viewport().rect().adjusted(40, 24, -40, -24))

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
        """The whole graph, up to its natural size; one too large to be read whole keeps the
        smallest readable zoom and shows its top-left (the legend and the foundations)."""
        rect = self.scene().itemsBoundingRect().adjusted(-30, -30, 30, 30)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        zoom = min(1.0, max(READABLE_ZOOM, self.zoom()))
        if zoom != self.zoom():
            self.resetTransform()
            self.scale(zoom, zoom)
            seen = self.mapToScene(self.viewport().rect()).boundingRect()
            self.centerOn(rect.center() if zoom == 1.0 else rect.topLeft() + seen.bottomRight() - seen.center())

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
