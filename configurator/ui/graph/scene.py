"""The scene mirrors the document: one node per item, one edge per `requires`, a legend."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneDragDropEvent

from configurator.core.codes import catalog_names, named_chain, translated
from configurator.drawing.graph_layout import StableLayout
from configurator.drawing.graph_picture import legend_entries, node_looks, slot_position
from configurator.translations import tr
from configurator.ui.editing import Editor
from configurator.ui.graph.edge import EdgeItem
from configurator.ui.graph.legend import LegendItem
from configurator.ui.graph.node import NodeItem
from configurator.ui.plain import literal

CAPABILITY_MIME = "application/x-configurator-capability"


class SolutionScene(QGraphicsScene):
    def __init__(self, editor: Editor, lang: str) -> None:
        super().__init__()
        self.editor, self.document, self.selection = editor, editor.document, editor.selection
        self.lang = lang
        self.nodes: dict[str, NodeItem] = {}
        self.edges: dict[tuple[str, str], EdgeItem] = {}
        self.layout = StableLayout()
        self.legend = LegendItem()
        self.addItem(self.legend)
        self._syncing = False
        self.document.sig_solution_changed.connect(self.refresh)
        self.selection.sig_selection_changed.connect(self._show_selection)
        self.selectionChanged.connect(self._take_selection)
        self.refresh()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.refresh()

    def order(self) -> list[str]:
        return list(dict.fromkeys(i.capability for i in self.document.solution.items if i.valid))

    def refresh(self) -> None:
        evaluation = self.document.evaluation
        slots = self.layout.update(evaluation.bom.levels, self.order())
        self._sync_nodes(slots)
        self._sync_edges()
        self._place_legend()
        self.setSceneRect(self.itemsBoundingRect().adjusted(-40, -40, 40, 40))
        self._show_selection(self.selection.current)

    def tidy(self) -> None:
        graph = self.document.evaluation.graph
        self.layout.tidy(self.document.evaluation.bom.levels, graph, self.order())
        self.refresh()

    def _sync_nodes(self, slots: dict[str, tuple[int, int]]) -> None:
        for ident in [n for n in self.nodes if n not in slots]:
            self.removeItem(self.nodes.pop(ident))
        looks = node_looks(self.document.evaluation, self.lang)
        for ident, slot in slots.items():
            node = self.nodes.get(ident)
            if node is None:
                node = self.nodes[ident] = NodeItem(ident)
                self.addItem(node)
            position = slot_position(*slot)
            if node.pos() != position:
                node.setPos(position)
            if node.look != looks[ident]:
                node.set_look(looks[ident])
            if node.hovered:  # its tooltip may be on screen: keep it true to the edit
                node.setToolTip(self.tooltip(ident))

    def tooltip(self, ident: str) -> str:
        """Why the item is there and what is wrong with it; asked for when the pointer enters
        its node, rather than made for every node on every edit."""
        evaluation, item = self.document.evaluation, self.document.solution.item(ident)
        names = catalog_names(self.document.catalog, self.lang)
        lines = [f"{self.nodes[ident].look.title} ({ident})"]
        if item is not None and item.explicit:
            lines.append(tr("Chosen explicitly"))
        else:
            chain = evaluation.why.get(ident)
            lines.append(tr("Required by: %s") % named_chain(chain, names) if chain else tr("Not required"))
        lines += [translated(f, tr, names).message for f in evaluation.findings if f.subject == ident]
        return literal("\n".join(lines))

    def _sync_edges(self) -> None:
        graph = self.document.evaluation.graph
        wanted = {(u, v) for u, v in graph.edges if u in self.nodes and v in self.nodes}
        for key in [k for k in self.edges if k not in wanted]:
            self.removeItem(self.edges.pop(key))
        for source, target in wanted:
            edge = self.edges.get((source, target))
            if edge is None:
                edge = self.edges[(source, target)] = EdgeItem(source, target)
                self.addItem(edge)
            ends = (self.nodes[source].pos(), self.nodes[target].pos())
            if edge.ends != ends:
                edge.ends = ends
                edge.route(*ends)

    def _place_legend(self) -> None:
        self.legend.setVisible(bool(self.document.catalog.capabilities))  # not while the catalog loads
        self.legend.set_entries(tr("Legend"), legend_entries(self.document.evaluation, self.lang, tr))
        nodes_rect = None
        for node in self.nodes.values():
            rect = node.sceneBoundingRect()
            nodes_rect = rect if nodes_rect is None else nodes_rect.united(rect)
        if nodes_rect is None:
            self.legend.setPos(0, 0)
        else:
            self.legend.setPos(nodes_rect.left(), nodes_rect.top() - self.legend.boundingRect().height() - 24)

    def _take_selection(self) -> None:
        if self._syncing:
            return
        selected = [item for item in self.selectedItems() if isinstance(item, NodeItem)]
        self.selection.select(selected[0].capability if selected else "")

    def _show_selection(self, capability: str) -> None:
        self._syncing = True
        try:
            for ident, node in self.nodes.items():
                node.setSelected(ident == capability)
        finally:
            self._syncing = False

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.setAccepted(event.mimeData().hasFormat(CAPABILITY_MIME))

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.setAccepted(event.mimeData().hasFormat(CAPABILITY_MIME))

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        data = event.mimeData()
        if data.hasFormat(CAPABILITY_MIME):  # a capability dragged from the catalog
            self.editor.add(bytes(data.data(CAPABILITY_MIME)).decode("utf-8"))
            event.acceptProposedAction()
