"""A paginated A4 PDF: page furniture (header, footer, page numbers, a "not validated" mark)
around pages drawn with QPainter or laid out by QTextDocument, with metadata and bookmarks.

Sections are planned first so that every page knows the total page count, then drawn. A short
section may share the last page of the one before it.
"""

from __future__ import annotations

import html
import math
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
from configurator.drawing import style
from configurator.export.pdf_amend import Bookmark, Metadata, amend

RESOLUTION = 96  # device pixels per inch: the page is laid out in screen-like pixels
MARGIN = QMarginsF(15, 18, 15, 16)  # millimetres
HEADER_GAP = 10
SECTION_GAP = 24  # between two sections sharing a page
WARNING_RED = QColor("#c5221f")


# 40 characters in a row with no line-break opportunity (CJK text breaks between characters).
_UNBROKEN = re.compile(r"[^\s\u200b\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]{40}")


def breakable(text: str) -> str:
    """Text with a break opportunity (U+200B) after every 40 characters without one. Qt lays
    out one unbroken word in quadratic time (a million characters took a minute), and such a
    word would run off the page anyway."""
    return _UNBROKEN.sub("\\g<0>\u200b", text)


def escape(text: str) -> str:
    """Catalog or user text for the document's HTML: escaped and `breakable`."""
    return html.escape(breakable(text))


@dataclass
class Furniture:
    header_left: str
    header_right: str
    footer_left: str
    not_validated: str | None  # the mark's text when the solution has errors


@dataclass
class Section:
    """`pages(size)` tells how many pages it needs for a content rectangle of `size`;
    `draw(painter, index, rect)` draws page `index` into `rect`. After `pages`, `used()` tells
    the height its last page fills (None: all of it). A section that `flows` and fits whole
    below what the page before holds is drawn there instead of on a page of its own. `title`
    is its bookmark."""

    pages: Callable[[QSizeF], int]
    draw: Callable[[QPainter, int, QRectF], None]
    landscape: bool = False
    title: str = ""
    used: Callable[[], float] | None = None
    flows: bool = False


def text_section(document: QTextDocument, title: str = "", landscape: bool = False, flows: bool = False) -> Section:
    """A flowing QTextDocument, broken into pages (table header rows repeat on each page)."""

    def pages(size: QSizeF) -> int:
        document.setPageSize(size)
        return document.pageCount()

    def used() -> float:
        height = document.pageSize().height()
        return document.documentLayout().documentSize().height() - (document.pageCount() - 1) * height

    def draw(painter: QPainter, index: int, rect: QRectF) -> None:
        height = document.pageSize().height()
        painter.save()
        painter.translate(rect.topLeft() - QPointF(0, index * height))
        document.drawContents(painter, QRectF(0, index * height, rect.width(), height))
        painter.restore()

    return Section(pages, draw, landscape, title, used, flows)


@dataclass(frozen=True)
class _Part:
    """What one page draws: page `index` of `section`, `top` pixels below the content's top."""

    section: Section
    index: int
    top: float = 0.0


class PdfDocument:
    def __init__(self, metadata: Metadata, furniture: Furniture, font: QFont) -> None:
        self.buffer = QBuffer()
        self.buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self.buffer)
        self.writer.setResolution(RESOLUTION)
        self.writer.setTitle(metadata.title)
        self.writer.setAuthor(metadata.author)
        self.writer.setCreator(metadata.creator)
        self.writer.setPageLayout(self._layout(False))
        self.metadata = metadata
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

    def _plan(self, sections: list[Section]) -> tuple[list[list[_Part]], list[tuple[str, int, float]]]:
        """The parts each page draws, and each titled section's (title, page index, top)."""
        pages: list[list[_Part]] = []
        starts: list[tuple[str, int, float]] = []
        filled = math.inf  # of the last page
        for section in sections:
            height = self.content_rect(section.landscape).height()
            count = section.pages(self.content_rect(section.landscape).size())
            used = section.used() if section.used else math.inf
            top = filled + SECTION_GAP
            after = bool(pages) and pages[-1][0].section.landscape == section.landscape
            fits = section.flows and count == 1 and after and top + used <= height
            if fits:
                pages[-1].append(_Part(section, 0, top))
                filled = top + used
            else:
                top = 0.0
                pages += [[_Part(section, index)] for index in range(count)]
                filled = used
            if section.title:
                starts.append((section.title, len(pages) - (1 if fits else count), top))
        return pages, starts

    def render(self, sections: list[Section], progress: Progress | None = None) -> bytes:
        pages, starts = self._plan(sections)
        painter = QPainter()
        try:
            for number, parts in enumerate(pages, start=1):
                landscape = parts[0].section.landscape
                self.writer.setPageLayout(self._layout(landscape))
                if number == 1:
                    if not painter.begin(self.writer):
                        raise OSError("cannot start the PDF")
                else:
                    self.writer.newPage()
                painter.setFont(self.font)
                self._furniture(painter, number, len(pages), landscape)
                for part in parts:
                    rect = self.content_rect(landscape).adjusted(0, part.top, 0, 0)
                    painter.save()
                    painter.setClipRect(rect.adjusted(-2, -2, 2, 2))
                    part.section.draw(painter, part.index, rect)
                    painter.restore()
                report(progress, number, len(pages))
        finally:
            if painter.isActive():
                painter.end()
        bookmarks = [
            self._bookmark(title, index, top, pages[index][0].section.landscape) for title, index, top in starts
        ]
        pdf = bytes(self.buffer.data().data())
        try:
            return amend(pdf, self.metadata, bookmarks)
        except ValueError:  # a Qt that writes its PDF otherwise: a proposal without bookmarks beats none
            return pdf

    def _bookmark(self, title: str, page: int, top: float, landscape: bool) -> Bookmark:
        """A bookmark to `top` pixels below the content's top on page `page` (from 0)."""
        layout = self._layout(landscape)
        from_top = (
            layout.paintRect(QPageLayout.Unit.Point).top()
            + (self.content_rect(landscape).top() + top) * 72 / RESOLUTION
        )
        return Bookmark(title, page, layout.fullRect(QPageLayout.Unit.Point).height() - from_top)

    def _furniture(self, painter: QPainter, number: int, total: int, landscape: bool) -> None:
        page = self._layout(landscape).paintRectPixels(RESOLUTION)
        f = self.furniture
        small = QFont(self.font)
        small.setPointSizeF(8)
        painter.save()
        painter.setFont(small)
        painter.setPen(style.MUTED)
        top = QRectF(0, 0, page.width(), 24)
        for text, align in self._header_texts(painter, page.width()):
            painter.drawText(top, align | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setPen(QPen(QColor("#c9d1db"), 0.8))
        painter.drawLine(QPointF(0, 27), QPointF(page.width(), 27))
        bottom = QRectF(0, page.height() - 24, page.width(), 24)
        painter.drawLine(QPointF(0, page.height() - 27), QPointF(page.width(), page.height() - 27))
        painter.setPen(style.MUTED)
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
