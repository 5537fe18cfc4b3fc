"""The solution graph as a picture: node looks, layout, painting, and PNG/SVG/DOT output.

The GUI's scene items and the PDF and picture exports all paint through the functions here,
so the graph looks the same on screen, on paper and on slides.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPolygonF,
)

from configurator.core.catalog import VENDOR
from configurator.core.evaluate import Evaluation
from configurator.core.findings import Severity
from configurator.core.placement import ZONE_OF_MODE, ZONES
from configurator.drawing import style
from configurator.drawing.graph_layout import StableLayout

LEGEND_ROW = 20
_NOT_XML_CHARS = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")  # controls, U+FFFE, U+FFFF
SWATCH = 14


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
    text_rect = rect.adjusted(13, 6, -14, -6)
    base = QFont(painter.font())
    title_font = QFont(base)
    title_font.setBold(True)
    painter.setFont(title_font)
    painter.setPen(style.TEXT)
    title = QFontMetrics(title_font).elidedText(look.title, Qt.TextElideMode.ElideRight, int(text_rect.width()))
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
    small = QFont(base)
    small.setPointSizeF(max(6.0, base.pointSizeF() * 0.85))
    painter.setFont(small)
    painter.setPen(style.SUBTLE_TEXT)
    subtitle = QFontMetrics(small).elidedText(look.subtitle, Qt.TextElideMode.ElideRight, int(text_rect.width()))
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, subtitle)
    painter.setFont(base)
    if look.severity:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.SEVERITY_COLOURS[look.severity])
        painter.drawEllipse(QRectF(rect.right() - 6, rect.top() - 6, 13, 13))


def edge_shapes(start: QPointF, end: QPointF) -> tuple[QPainterPath, QPolygonF]:
    """The curve from a requiring node's left side to the required node's right side, and
    the arrow head at the required end (the curve arrives moving left)."""
    curve = QPainterPath(start)
    bend = max(40.0, abs(start.x() - end.x()) / 2)
    curve.cubicTo(start - QPointF(bend, 0), end + QPointF(bend, 0), end)
    return curve, QPolygonF([end, end + QPointF(9, -4.5), end + QPointF(9, 4.5)])


def edge_ends(source: QPointF, target: QPointF) -> tuple[QPointF, QPointF]:
    return (source + QPointF(0, style.NODE_HEIGHT / 2), target + QPointF(style.NODE_WIDTH, style.NODE_HEIGHT / 2))


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
        curve, head = edge_shapes(*edge_ends(picture.positions[source], picture.positions[target]))
        if visible is None or visible.intersects(curve.boundingRect().adjusted(-10, -10, 10, 10)):
            paint_edge(painter, curve, head)
    for ident, look in picture.looks.items():
        position = picture.positions[ident]
        if visible is None or visible.intersects(node_rect().translated(position)):
            paint_node(painter, position, look)


def png_bytes(picture: Picture, scale: float = 2.0) -> bytes:
    """A PNG at `scale` × the on-screen size, white background."""
    font = QGuiApplication.font()
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
    font = QGuiApplication.font()
    bounds = picture_bounds(picture, font)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    from PySide6.QtSvg import QSvgGenerator  # only here: QtSvg costs start-up time

    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(bounds.size().toSize())
    generator.setViewBox(QRectF(0, 0, bounds.width(), bounds.height()))
    generator.setTitle(title)
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
        '  node [shape=box, style="rounded,filled", fontname="Noto Sans CJK SC"];',
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
