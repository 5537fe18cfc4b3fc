"""A paginated A4 PDF: page furniture (header, footer, page numbers, a "not validated" mark)
around pages drawn with QPainter or laid out by QTextDocument.

Sections are planned first so that every page knows the total page count, then drawn.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from configurator.core.progress import Progress, report

RESOLUTION = 96  # device pixels per inch: the page is laid out in screen-like pixels
MARGIN = QMarginsF(15, 18, 15, 16)  # millimetres
HEADER_GAP = 10
MUTED = QColor("#5f6b7a")
WARNING_RED = QColor("#c5221f")


# 40 characters in a row with no line-break opportunity (CJK text breaks between characters).
_UNBROKEN = re.compile(r"[^\s\u200b\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]{40}")


def escape(text: str) -> str:
    """Catalog or user text for the document's HTML: escaped, with a break opportunity
    (U+200B) after every 40 characters without one. Qt lays out one unbroken word in quadratic
    time (a million characters took a minute), and such a word would run off the page anyway."""
    return html.escape(_UNBROKEN.sub("\\g<0>\u200b", text))


@dataclass
class Furniture:
    header_left: str
    header_right: str
    footer_left: str
    not_validated: str | None  # the mark's text when the solution has errors


@dataclass
class Section:
    """`pages(size)` tells how many pages it needs for a content rectangle of `size`;
    `draw(painter, index, rect)` draws page `index` into `rect`."""

    pages: Callable[[QSizeF], int]
    draw: Callable[[QPainter, int, QRectF], None]
    landscape: bool = False


def text_section(document: QTextDocument) -> Section:
    """A flowing QTextDocument, broken into pages (table header rows repeat on each page)."""

    def pages(size: QSizeF) -> int:
        document.setPageSize(size)
        return document.pageCount()

    def draw(painter: QPainter, index: int, rect: QRectF) -> None:
        height = document.pageSize().height()
        painter.save()
        painter.translate(rect.topLeft() - QPointF(0, index * height))
        document.drawContents(painter, QRectF(0, index * height, rect.width(), height))
        painter.restore()

    return Section(pages, draw)


class PdfDocument:
    def __init__(self, title: str, furniture: Furniture, font: QFont) -> None:
        self.buffer = QBuffer()
        self.buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self.buffer)
        self.writer.setResolution(RESOLUTION)
        self.writer.setTitle(title)
        self.writer.setCreator("Solution configurator")
        self.writer.setPageLayout(self._layout(False))
        self.furniture = furniture
        self.font = font

    @staticmethod
    def _layout(landscape: bool) -> QPageLayout:
        orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, MARGIN, QPageLayout.Unit.Millimeter)

    def content_rect(self, landscape: bool) -> QRectF:
        page = self._layout(landscape).paintRectPixels(RESOLUTION)
        band = 28
        return QRectF(0, band + HEADER_GAP, page.width(), page.height() - 2 * (band + HEADER_GAP))

    def render(self, sections: list[Section], progress: Progress | None = None) -> bytes:
        plan = [(section, section.pages(self.content_rect(section.landscape).size())) for section in sections]
        total = sum(count for _, count in plan)
        painter = QPainter()
        number = 0
        try:
            for section, count in plan:
                for index in range(count):
                    if number == 0:
                        self.writer.setPageLayout(self._layout(section.landscape))
                        if not painter.begin(self.writer):
                            raise OSError("cannot start the PDF")
                    else:
                        self.writer.setPageLayout(self._layout(section.landscape))
                        self.writer.newPage()
                    number += 1
                    painter.setFont(self.font)
                    rect = self.content_rect(section.landscape)
                    self._furniture(painter, number, total, section.landscape)
                    painter.save()
                    painter.setClipRect(rect.adjusted(-2, -2, 2, 2))
                    section.draw(painter, index, rect)
                    painter.restore()
                    report(progress, number, total)
        finally:
            if painter.isActive():
                painter.end()
        return bytes(self.buffer.data().data())

    def _furniture(self, painter: QPainter, number: int, total: int, landscape: bool) -> None:
        page = self._layout(landscape).paintRectPixels(RESOLUTION)
        f = self.furniture
        small = QFont(self.font)
        small.setPointSizeF(8)
        painter.save()
        painter.setFont(small)
        painter.setPen(MUTED)
        top = QRectF(0, 0, page.width(), 24)
        for text, align in self._header_texts(painter, page.width()):
            painter.drawText(top, align | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setPen(QPen(QColor("#c9d1db"), 0.8))
        painter.drawLine(QPointF(0, 27), QPointF(page.width(), 27))
        bottom = QRectF(0, page.height() - 24, page.width(), 24)
        painter.drawLine(QPointF(0, page.height() - 27), QPointF(page.width(), page.height() - 27))
        painter.setPen(MUTED)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f.footer_left)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{number} / {total}")
        if f.not_validated:
            self._mark(painter, page.width(), page.height(), f.not_validated)
        painter.restore()

    def _header_texts(self, painter: QPainter, width: float) -> list[tuple[str, Qt.AlignmentFlag]]:
        """The header's left and right texts, each elided to its share of the line: the name
        on the left keeps clear of the customer on the right and of the badge in the middle."""
        f, metrics, gap = self.furniture, painter.fontMetrics(), 16
        if f.not_validated:
            bold = QFont(painter.font())
            bold.setBold(True)
            free = (width - QFontMetricsF(bold).horizontalAdvance(f.not_validated)) / 2 - gap
            rooms = (free, free)
        else:
            right = min(metrics.horizontalAdvance(f.header_right), width / 3)
            rooms = (width - right - gap, right)
        sides = ((f.header_left, Qt.AlignmentFlag.AlignLeft), (f.header_right, Qt.AlignmentFlag.AlignRight))
        return [
            (metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(room)), align)
            for (text, align), room in zip(sides, rooms, strict=True)
        ]

    def _mark(self, painter: QPainter, width: float, height: float, text: str) -> None:
        """A red badge in the header and a faint diagonal stamp across the page."""
        badge = QFont(self.font)
        badge.setPointSizeF(8)
        badge.setBold(True)
        painter.setFont(badge)
        painter.setPen(WARNING_RED)
        painter.drawText(QRectF(0, 0, width, 24), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, text)
        stamp = QFont(self.font)
        stamp.setPointSizeF(40)
        stamp.setBold(True)
        painter.setFont(stamp)
        painter.setPen(QColor(197, 34, 31, 38))
        painter.translate(width / 2, height / 2)
        painter.rotate(-35)
        painter.drawText(QRectF(-width, -60, 2 * width, 120), Qt.AlignmentFlag.AlignCenter, text)
