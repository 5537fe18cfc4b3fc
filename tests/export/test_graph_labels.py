"""The graph of every shipped scenario, in Chinese and English, in the exports and in the window:
every node label is drawn whole (wrapped, never elided) and no edge runs through a node box
other than its two ends."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
import yaml
from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF
from PySide6.QtGui import QFont, QImage, QPainter, QPainterPath
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from configurator import translations
from configurator.core.catalog import Catalog
from configurator.core.evaluate import Evaluation, evaluate
from configurator.core.resolve import from_scenario
from configurator.drawing.graph_picture import (
    NodeLook,
    build_picture,
    edge_shapes,
    node_rect,
    slot_position,
    svg_bytes,
    title_lines,
)
from configurator.paths import catalog_dir
from configurator.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

SCENARIOS = [s["id"] for s in yaml.safe_load((catalog_dir() / "scenarios.yaml").read_text("utf-8"))["scenarios"]]
LANGS = ["zh", "en"]


@pytest.fixture(scope="module", autouse=True)
def source_language(app_font):
    translations.uninstall()
    yield
    translations.uninstall()


@pytest.fixture(scope="module")
def evaluations(sample: Catalog) -> dict[str, Evaluation]:
    return {ident: evaluate(sample, from_scenario(sample, ident, ident).solution) for ident in SCENARIOS}


def drawn_text(svg: bytes) -> str:
    """The text an SVG draws, in document order (Qt writes one element per line and font run)."""
    root = ET.fromstring(svg)
    return "".join("".join(el.itertext()) for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "text")


def compact(text: str) -> str:
    return "".join(text.split())  # a wrapped line loses the space it broke at


def assert_labels_whole(looks: list[NodeLook], text: str) -> None:
    assert "…" not in text, text
    joined = compact(text)
    missing = [look.title for look in looks if compact(look.title) not in joined]
    missing += [look.subtitle for look in looks if compact(look.subtitle) not in joined]
    assert not missing, missing


def crossings(edges: dict[tuple[str, str], QPainterPath], boxes: dict[str, QRectF]) -> list[tuple]:
    """(edge, node) for every drawn edge passing through a node box other than its ends,
    sampled every pixel along the curve."""
    found = []
    for (source, target), curve in edges.items():
        steps = max(2, int(curve.length()))
        points = [curve.pointAtPercent(i / steps) for i in range(steps + 1)]
        for ident, box in boxes.items():
            inner = box.adjusted(1, 1, -1, -1)
            if ident not in (source, target) and any(inner.contains(p) for p in points):
                found.append(((source, target), ident))
    return found


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_exported_labels_are_whole(evaluations, scenario, lang):
    picture = build_picture(evaluations[scenario], lang)
    assert_labels_whole(list(picture.looks.values()), drawn_text(svg_bytes(picture, scenario)))


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_exported_edges_cross_no_node(evaluations, scenario):
    picture = build_picture(evaluations[scenario], "en")
    curves = {(s, t): edge_shapes(picture.positions[s], picture.positions[t])[0] for s, t in picture.edges}
    boxes = {ident: node_rect().translated(position) for ident, position in picture.positions.items()}
    assert not crossings(curves, boxes)


def test_an_edge_leaves_the_left_side_and_enters_the_right_side(evaluations):
    picture = build_picture(evaluations[SCENARIOS[0]], "en")
    for source, target in picture.edges:
        curve, head = edge_shapes(picture.positions[source], picture.positions[target])
        start, end = curve.pointAtPercent(0), curve.pointAtPercent(1)
        assert start == picture.positions[source] + QPointF(0, node_rect().height() / 2)
        assert end == picture.positions[target] + QPointF(node_rect().width(), node_rect().height() / 2)
        assert head.boundingRect().left() == end.x()  # the arrow points left, into the box


# -- the window's scene, laid out as edits place nodes (not tidied)


def scene_svg(window: MainWindow) -> bytes:
    """The scene drawn as the nodes paint themselves (not from their pixmap caches, which an
    SVG would hold as images)."""
    scene = window.scene
    for node in scene.nodes.values():
        node.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    rect = scene.itemsBoundingRect()
    generator.setSize(rect.size().toSize())
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    painter.end()
    return bytes(buffer.data().data())


def test_window_graph_labels_are_whole_and_edges_cross_no_node(make_window, sample, evaluations):
    window = make_window(sample)
    for scenario in SCENARIOS:
        window.document.reset(evaluations[scenario].solution, None, [])
        scene = window.scene
        boxes = {ident: node_rect().translated(node.pos()) for ident, node in scene.nodes.items()}
        curves = {key: edge.curve for key, edge in scene.edges.items()}
        assert not crossings(curves, boxes), scenario
        for lang in LANGS:
            scene.set_language(lang)
            looks = [node.look for node in scene.nodes.values()]
            assert_labels_whole(looks, drawn_text(scene_svg(window)))


def test_a_name_too_long_for_two_lines_is_elided_on_the_second(app_font):
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    font = QFont(app_font.font())
    font.setBold(True)
    name = "Financial-grade distributed database with an extraordinarily long name nobody reads (TDSQL)"
    first, second = title_lines(name, font, 189, image)
    assert name.startswith(first + " ") and second.endswith("…")
    assert title_lines("Short name", font, 189, image) == ["Short name"]
    os_name = "国产服务器操作系统（麒麟 / 统信）"
    assert title_lines(os_name, font, 150, image) == ["国产服务器操作系统", "（麒麟 / 统信）"]  # at the bracket


def test_edges_between_any_two_slots_of_a_full_grid_cross_no_node():
    """Every pair of a 3 × 4 grid with every slot taken, cycles (one column) included."""
    positions = {f"{c},{r}": slot_position(c, r) for c in range(3) for r in range(4)}
    boxes = {ident: node_rect().translated(position) for ident, position in positions.items()}
    pairs = [(s, t) for s in positions for t in positions if s != t and positions[s].x() >= positions[t].x()]
    curves = {(s, t): edge_shapes(positions[s], positions[t])[0] for s, t in pairs}
    assert not crossings(curves, boxes)
