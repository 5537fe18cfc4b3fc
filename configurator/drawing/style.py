"""Colours, pens, sizes and z-values of the solution graph, in one place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

# Wide and tall enough for the catalog's longest names on two lines; the gaps carry the edges.
NODE_WIDTH = 210
NODE_HEIGHT = 64
COLUMN_GAP = 64
ROW_GAP = 20
NODE_RADIUS = 8
# Edges run in lanes of the column gaps, leaving a node LANE_OUT and entering one LANE_IN
# (room for the arrow head) from its side, LANE_STEP apart by the node's row.
LANES = 4
LANE_STEP = 6
LANE_OUT = 10
LANE_IN = 12
EDGE_CORNER = 5

Z_EDGE = 0
Z_NODE = 1
Z_LEGEND = 2

VENDOR_COLOUR = QColor("#d6e6ff")
# Partner types get colours in catalog order; distinct hues, light enough for black text.
PARTNER_COLOURS = [
    QColor(c) for c in ("#ffd9b3", "#c9f2c7", "#f6c8e6", "#fff2a8", "#d7ccff", "#c4eef2", "#f2d0c4", "#e0e0e0")
]
BORDER = QColor("#2f3b4c")
SELECTED_BORDER = QColor("#0b61d6")
TEXT = QColor("#1b1f24")
SUBTLE_TEXT = QColor("#4a5563")
MUTED = QColor("#5f6b7a")  # notes and secondary text on paper
EDGE = QColor("#7a8594")
ZONE_COLOURS = {"public": QColor("#3d8fd6"), "private": QColor("#2e8b57"), "hybrid": QColor("#8e6cc9")}
SEVERITY_COLOURS = {"error": QColor("#d93025"), "warning": QColor("#f29900"), "info": QColor("#1a73e8")}
STATUS_COLOURS = {  # of a compliance requirement
    "pass": QColor("#1e8e3e"),
    "fail": QColor("#c5221f"),
    "warn": QColor("#b06000"),
    "n/a": MUTED,
}


def deliverer_colour(deliverer: str, partner_type_ids: list[str]) -> QColor:
    if deliverer in partner_type_ids:
        return PARTNER_COLOURS[partner_type_ids.index(deliverer) % len(PARTNER_COLOURS)]
    return VENDOR_COLOUR


def node_pen(explicit: bool, selected: bool) -> QPen:
    pen = QPen(SELECTED_BORDER if selected else BORDER, 2.6 if selected else 1.4)
    pen.setStyle(Qt.PenStyle.SolidLine if explicit else Qt.PenStyle.DashLine)
    return pen


def edge_pen() -> QPen:
    pen = QPen(EDGE, 1.3)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen
