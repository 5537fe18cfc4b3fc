"""The solution graph as a picture: node looks, layout, painting, and PNG/SVG/DOT output.

The GUI's scene items and the PDF and picture exports all paint through the functions here,
so the graph looks the same on screen, on paper and on slides.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QImage,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPolygonF,
    QTextLayout,
    QTextOption,
)

from configurator.core.catalog import VENDOR
from configurator.core.evaluate import Evaluation
from configurator.core.findings import Severity
from configurator.core.placement import ZONE_OF_MODE, ZONES
from configurator.drawing import style
from configurator.drawing.fonts import document_font
from configurator.drawing.graph_layout import StableLayout

LEGEND_ROW = 20
SCREEN_DPI = 96  # of the picture's units: the window's, the PNG's and the PDF's
_NOT_XML_CHARS = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")  # controls, U+FFFE, U+FFFF
SWATCH = 14
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class NodeLook:
    title: str
    subtitle: str
    fill: QColor
    explicit: bool
    severity: str | None  # error or warning; infos are not marked on nodes
    zone: str | None = None  # public, private or hybrid: the strip on the node's left edge


@dataclass
class Picture:
    looks: dict[str, NodeLook]
    positions: dict[str, QPointF]
    edges: list[tuple[str, str]]
    legend_title: str
    legend: list[tuple[str, str, QColor | None]]


def _identity(text: str) -> str:
    return text


def node_looks(evaluation: Evaluation, lang: str) -> dict[str, NodeLook]:
    catalog = evaluation.catalog
    partner_types = list(catalog.partner_types)
    worst: dict[str, Severity] = {}
    for finding in evaluation.findings:
        if finding.subject and finding.severity is not Severity.INFO:
            current = worst.get(finding.subject)
            if current is None or finding.severity.rank < current.rank:
                worst[finding.subject] = finding.severity
    looks = {}
    for item in evaluation.solution.items:
        if not item.valid or item.capability in looks:
            continue
        cap = catalog.capabilities.get(item.capability)
        deliverer = item.delivered_by or (cap.provider if cap else VENDOR)
        severity = worst.get(item.capability)
        looks[item.capability] = NodeLook(
            title=cap.name.get(lang) if cap else item.capability,
            subtitle=f"{item.mode} · {catalog.deliverer_name(deliverer, lang)}",
            fill=style.deliverer_colour(deliverer, partner_types),
            explicit=item.explicit,
            severity=severity.value if severity else None,
            zone=ZONE_OF_MODE.get(item.mode),
        )
    return looks


def legend_entries(
    evaluation: Evaluation, lang: str, tr: Callable[[str], str] = _identity
) -> list[tuple[str, str, QColor | None]]:
    catalog = evaluation.catalog
    partner_types = list(catalog.partner_types)
    used = {line.delivered_by for line in evaluation.bom.lines}
    entries: list[tuple[str, str, QColor | None]] = [
        ("fill", catalog.deliverer_name(VENDOR, lang), style.VENDOR_COLOUR)
    ]
    entries += [
        ("fill", catalog.deliverer_name(p, lang), style.deliverer_colour(p, partner_types))
        for p in partner_types
        if p in used
    ]
    zones = {look.zone for look in node_looks(evaluation, lang).values()}
    names = {"public": tr("Public cloud zone"), "private": tr("Private zone"), "hybrid": tr("Hybrid zone")}
    entries += [("zone", names[zone], style.ZONE_COLOURS[zone]) for zone in ZONES if zone in zones]
    entries += [
        ("explicit", tr("Chosen explicitly (solid)"), None),
        ("auto", tr("Pulled in as a dependency (dashed)"), None),
        ("dot", tr("Has errors"), style.SEVERITY_COLOURS["error"]),
        ("dot", tr("Has warnings"), style.SEVERITY_COLOURS["warning"]),
    ]
    return entries


def slot_position(column: int, row: int) -> QPointF:
    return QPointF(column * (style.NODE_WIDTH + style.COLUMN_GAP), row * (style.NODE_HEIGHT + style.ROW_GAP))


def build_picture(evaluation: Evaluation, lang: str, tr: Callable[[str], str] = _identity) -> Picture:
    """A tidy picture of the whole solution (for exports; the GUI keeps its own layout)."""
    graph = evaluation.graph
    order = [i.capability for i in evaluation.solution.items if i.valid]
    slots = StableLayout().tidy(evaluation.bom.levels, graph, order)
    looks = node_looks(evaluation, lang)
    return Picture(
        looks=looks,
        positions={ident: slot_position(*slot) for ident, slot in slots.items() if ident in looks},
        edges=[(u, v) for u, v in graph.edges if u in looks and v in looks],
        legend_title=tr("Legend"),
        legend=legend_entries(evaluation, lang, tr),
    )


# -- painting


def node_rect() -> QRectF:
    return QRectF(0, 0, style.NODE_WIDTH, style.NODE_HEIGHT)


def title_lines(title: str, font: QFont, width: float, device: QPaintDevice) -> list[str]:
    """The title over at most two lines; the second is elided only when two are too few.

    Lines break between words (in Chinese, between any characters), preferably at a space or
    before an opening bracket: at the one of those that leaves two lines most even."""
    layout = QTextLayout(title, font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    starts: list[int] = []
    while len(starts) < 2 and (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    if len(starts) < 2:
        return [title]
    metrics = QFontMetricsF(font, device)
    wider = {  # per preferred break, the wider of its two lines
        p: max(metrics.horizontalAdvance(title[:p].strip()), metrics.horizontalAdvance(title[p:].strip()))
        for p in range(1, starts[1] + 1)
        if (title[p - 1] == " " or title[p] in "(（") and title[:p].strip()
    }
    even = min((p for p in wider if wider[p] <= width), key=wider.__getitem__, default=None)
    cut = starts[1] if even is None else even
    rest = metrics.elidedText(title[cut:].strip(), Qt.TextElideMode.ElideRight, width)
    return [title[:cut].rstrip(), rest]


def paint_node(painter: QPainter, origin: QPointF, look: NodeLook, selected: bool = False) -> None:
    rect = node_rect().translated(origin)
    painter.setPen(style.node_pen(look.explicit, selected))
    painter.setBrush(look.fill)
    painter.drawRoundedRect(rect, style.NODE_RADIUS, style.NODE_RADIUS)
    if look.zone:
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.ZONE_COLOURS[look.zone])
        painter.drawRoundedRect(QRectF(rect.left() + 2, rect.top() + 6, 5, rect.height() - 12), 2, 2)
        painter.restore()
    left, width = rect.left() + 13, rect.width() - 21
    device = painter.device()
    base = QFont(painter.font())
    title_font = QFont(base)
    title_font.setBold(True)
    small = QFont(base)
    small.setPointSizeF(max(6.0, base.pointSizeF() * 0.85))
    lines = title_lines(look.title, title_font, width, device)
    title_height, small_height = QFontMetricsF(title_font, device).height(), QFontMetricsF(small, device).height()
    top = rect.center().y() - (len(lines) * title_height + small_height) / 2  # the text block centred
    painter.setFont(title_font)
    painter.setPen(style.TEXT)
    for index, line in enumerate(lines):
        painter.drawText(QRectF(left, top + index * title_height, width, title_height), _LEFT_MIDDLE, line)
    painter.setFont(small)
    painter.setPen(style.SUBTLE_TEXT)
    subtitle = QFontMetricsF(small, device).elidedText(look.subtitle, Qt.TextElideMode.ElideRight, width)
    painter.drawText(QRectF(left, top + len(lines) * title_height, width, small_height), _LEFT_MIDDLE, subtitle)
    painter.setFont(base)
    if look.severity:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.SEVERITY_COLOURS[look.severity])
        painter.drawEllipse(QRectF(rect.right() - 6, rect.top() - 6, 13, 13))


def edge_route(source: QPointF, target: QPointF) -> list[QPointF]:
    """The corners of the edge from a requiring node's left side to the required node's right
    side, given the nodes' top-left corners on the layout's grid. It turns only in the gaps
    between columns and rows, which hold no node: along the column gap beside the source, then
    (when a column lies between) along the row gap next to the source's row and back along the
    column gap beside the target."""
    pitch_x, pitch_y = style.NODE_WIDTH + style.COLUMN_GAP, style.NODE_HEIGHT + style.ROW_GAP
    source_column, source_row = round(source.x() / pitch_x), round(source.y() / pitch_y)
    target_row = round(target.y() / pitch_y)
    start = source + QPointF(0, style.NODE_HEIGHT / 2)
    end = target + QPointF(style.NODE_WIDTH, style.NODE_HEIGHT / 2)
    out_x = start.x() - style.LANE_OUT - source_row % style.LANES * style.LANE_STEP
    if round((source.x() - target.x()) / pitch_x) == 1:
        return [start, QPointF(out_x, start.y()), QPointF(out_x, end.y()), end]
    in_x = end.x() + style.LANE_IN + target_row % style.LANES * style.LANE_STEP
    depth = style.ROW_GAP * (1 + source_column % 2) / 5  # neighbouring columns' edges apart
    channel = source.y() + style.NODE_HEIGHT + depth if target_row > source_row else source.y() - depth
    return [
        start,
        QPointF(out_x, start.y()),
        QPointF(out_x, channel),
        QPointF(in_x, channel),
        QPointF(in_x, end.y()),
        end,
    ]


def _rounded(points: list[QPointF]) -> QPainterPath:
    """A path through the points with their corners rounded."""
    corners = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
    path = QPainterPath(corners[0])
    for before, corner, after in zip(corners, corners[1:], corners[2:], strict=False):
        into, out = corner - before, after - corner
        radius = min(style.EDGE_CORNER, _length(into) / 2, _length(out) / 2)
        path.lineTo(corner - into * (radius / _length(into)))
        path.quadTo(corner, corner + out * (radius / _length(out)))
    path.lineTo(corners[-1])
    return path


def _length(vector: QPointF) -> float:
    return math.hypot(vector.x(), vector.y())


def edge_shapes(source: QPointF, target: QPointF) -> tuple[QPainterPath, QPolygonF]:
    """The routed edge between two nodes (their top-left corners) and the arrow head at the
    required end, pointing left into its box."""
    route = edge_route(source, target)
    end = route[-1]
    return _rounded(route), QPolygonF([end, end + QPointF(9, -4.5), end + QPointF(9, 4.5)])


def paint_edge(painter: QPainter, curve: QPainterPath, head: QPolygonF) -> None:
    painter.setPen(style.edge_pen())
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(curve)
    painter.setBrush(style.EDGE)
    painter.drawPolygon(head)


def legend_size(font: QFont, title: str, entries: list) -> QRectF:
    bold = QFont(font)
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    widest = max(
        [metrics.horizontalAdvance(label) for _, label, _ in entries]
        + [metrics.horizontalAdvance(title) - SWATCH - 14, 120]
    )
    return QRectF(0, 0, SWATCH + 30 + widest, LEGEND_ROW * (len(entries) + 1) + 8)


def paint_legend(painter: QPainter, origin: QPointF, title: str, entries: list) -> None:
    box = legend_size(painter.font(), title, entries).translated(origin)
    painter.setPen(QColor("#c5ccd6"))
    painter.setBrush(QColor(255, 255, 255, 235))
    painter.drawRoundedRect(box, 6, 6)
    base = QFont(painter.font())
    bold = QFont(base)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(style.TEXT)
    painter.drawText(
        QRectF(box.left() + 8, box.top() + 4, box.width() - 16, LEGEND_ROW), Qt.AlignmentFlag.AlignVCenter, title
    )
    painter.setFont(base)
    for index, (kind, label, colour) in enumerate(entries, start=1):
        y = box.top() + 4 + index * LEGEND_ROW
        swatch = QRectF(box.left() + 8, y + (LEGEND_ROW - SWATCH) / 2, SWATCH + 6, SWATCH)
        if kind == "fill":
            painter.setPen(style.node_pen(True, False))
            painter.setBrush(colour)
            painter.drawRoundedRect(swatch, 3, 3)
        elif kind in ("explicit", "auto"):
            painter.setPen(style.node_pen(kind == "explicit", False))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(swatch, 3, 3)
        elif kind == "zone":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(swatch.left() + 7, swatch.top(), 5, swatch.height()), 2, 2)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(swatch.adjusted(3, 0, -3, 0))
        painter.setPen(style.TEXT)
        painter.drawText(
            QRectF(box.left() + SWATCH + 22, y, box.width(), LEGEND_ROW), Qt.AlignmentFlag.AlignVCenter, label
        )


def picture_bounds(picture: Picture, font: QFont) -> QRectF:
    """Nodes below the legend; the rectangle covering both, in picture coordinates."""
    legend = legend_size(font, picture.legend_title, picture.legend)
    nodes = QRectF(0, 0, 0, 0)
    for position in picture.positions.values():
        nodes = nodes.united(node_rect().translated(position).adjusted(-4, -8, 8, 4))
    return nodes.united(legend.translated(0, -legend.height() - 24)).adjusted(-10, -10, 10, 10)


def paint_picture(painter: QPainter, picture: Picture, visible: QRectF | None = None) -> None:
    """Paint the picture in its own coordinates; with `visible`, only what falls inside it
    (so a page of a tiled picture carries only its own part)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    legend = legend_size(painter.font(), picture.legend_title, picture.legend)
    origin = QPointF(0, -legend.height() - 24)
    if visible is None or visible.intersects(legend.translated(origin)):
        paint_legend(painter, origin, picture.legend_title, picture.legend)
    for source, target in picture.edges:
        curve, head = edge_shapes(picture.positions[source], picture.positions[target])
        if visible is None or visible.intersects(curve.boundingRect().adjusted(-10, -10, 10, 10)):
            paint_edge(painter, curve, head)
    for ident, look in picture.looks.items():
        position = picture.positions[ident]
        if visible is None or visible.intersects(node_rect().translated(position)):
            paint_node(painter, position, look)


def picture_font() -> QFont:
    """The font of exported pictures: the documents' (bundled) font, so the PNG, the SVG's
    font name and the DOT's are the same on every machine."""
    return document_font(9)


def png_bytes(picture: Picture, scale: float = 2.0) -> bytes:
    """A PNG at `scale` × the on-screen size, white background."""
    font = picture_font()
    bounds = picture_bounds(picture, font)
    image = QImage(QSize(int(bounds.width() * scale), int(bounds.height() * scale)), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.scale(scale, scale)
    painter.translate(-bounds.topLeft())
    paint_picture(painter, picture)
    painter.end()
    return _encoded(image.save, "PNG")


def svg_bytes(picture: Picture, title: str) -> bytes:
    """A scalable vector picture with real text (fonts by name, not outlines)."""
    font = picture_font()
    bounds = picture_bounds(picture, font)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    from PySide6.QtSvg import QSvgGenerator  # only here: QtSvg costs start-up time

    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(bounds.size().toSize())
    generator.setViewBox(QRectF(0, 0, bounds.width(), bounds.height()))
    generator.setTitle(title)
    generator.setResolution(SCREEN_DPI)  # text as large beside the boxes as on screen (default: 72)
    painter = QPainter(generator)
    painter.setFont(font)
    painter.translate(-bounds.topLeft())
    paint_picture(painter, picture)
    painter.end()
    # XML 1.0 has no place for control characters or U+FFFE/U+FFFF; one typed into a name or
    # pasted into the catalog would make the whole file unreadable. (In UTF-8 these byte
    # sequences are always these characters.)
    return _NOT_XML_CHARS.sub(b"", bytes(buffer.data().data()))


def dot_text(picture: Picture, title: str) -> str:
    """Graphviz DOT with the same colours, solid/dashed borders and labels."""

    def escaped(text: str) -> str:
        return text.replace("\\", "\\\\").replace('"', '\\"')

    def quote(text: str) -> str:
        return f'"{escaped(text)}"'

    lines = [
        f"digraph {quote(title)} {{",
        "  rankdir=RL;",
        f'  node [shape=box, style="rounded,filled", fontname={quote(picture_font().family())}];',
    ]
    for ident, look in picture.looks.items():
        border = "rounded,filled" if look.explicit else "rounded,filled,dashed"
        colour = style.SEVERITY_COLOURS[look.severity].name() if look.severity else style.BORDER.name()
        label = f'"{escaped(look.title)}\\n{escaped(look.subtitle)}"'  # \n: a line break in DOT
        lines.append(
            f"  {quote(ident)} [label={label}, fillcolor={quote(look.fill.name())}, "
            f"color={quote(colour)}, style={quote(border)}];"
        )
    lines += [f"  {quote(u)} -> {quote(v)};" for u, v in picture.edges]
    lines.append("}")
    return "\n".join(lines) + "\n"


def _encoded(save: Callable, fmt: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not save(buffer, fmt):
        raise OSError(f"could not encode {fmt}")
    return bytes(buffer.data().data())
