"""Tables drawn with QPainter over pages: columns as wide as their content, one wrapping
column taking the rest and breaking only between words; a row never splits across pages, a
heading stays with the rows after it and a table's header row repeats on each page it
continues on."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextLayout, QTextOption

from configurator.drawing import style
from configurator.export.pdf_document import Section, breakable

PAD_X, PAD_Y = 6.0, 3.0  # a cell's padding, pixels
BACKGROUNDS = {"header": QColor("#e8edf3"), "partner": QColor("#fff4e5"), "total": QColor("#f3f5f8")}
RULE = QColor("#e1e6ec")


@dataclass(frozen=True)
class Cell:
    """A cell's `text` in `colour` (None: the text colour), with a muted `note` under it."""

    text: str
    colour: QColor | None = None
    note: str = ""


def _cell(value: str | Cell) -> Cell:
    return value if isinstance(value, Cell) else Cell(value)


@dataclass(frozen=True)
class Block:
    """Something `height` tall that `draw(painter, left, top)` draws. A block that `keeps`
    stays on the page of the block after it; a block that starts a page draws `header` above."""

    height: float
    draw: Callable[[QPainter, float, float], None]
    keeps: bool = False
    header: Block | None = None


def _layout(text: str, font: QFont, width: float, right: bool = False) -> QTextLayout:
    """`text` in lines of at most `width`, broken between words only (a width of 0 puts each
    word on a line of its own)."""
    layout = QTextLayout(breakable(text), font)
    option = QTextOption(Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def _widest_line(layout: QTextLayout) -> float:
    return max((layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())), default=0.0)


def text_block(text: str, font: QFont, width: float, colour: QColor = style.TEXT, above: float = 0) -> Block:
    """A heading or a paragraph; it keeps with what follows."""
    layout = _layout(text, font, width)
    height = layout.boundingRect().height()

    def draw(painter: QPainter, left: float, top: float) -> None:
        painter.setPen(colour)
        layout.draw(painter, QPointF(left, top + above))

    return Block(above + height + 6, draw, keeps=True)


class Table:
    """One column grid for every row it will draw (`body` gives them all, for the widths):
    columns without wrapping as wide as their widest cell, the `wrap` column the rest of `width`,
    but never narrower than its longest word; headers break between words when there is no
    room. Without a `wrap` column the table is as wide as its content."""

    def __init__(
        self,
        font: QFont,
        width: float,
        right: Sequence[bool],
        header: Sequence[str] | None,
        body: Sequence[Sequence[str | Cell]],
        wrap: int | None = 0,
    ) -> None:
        self.font, self.right = font, tuple(right)
        self.bold = QFont(font)
        self.bold.setBold(True)
        columns = range(len(self.right))

        def widest(texts: Sequence[str], font: QFont, words: bool) -> float:
            return max((_widest_line(_layout(t, font, 0 if words else 1e6)) for t in texts), default=0.0)

        cells = [[t for row in body for t in (_cell(row[c]).text, _cell(row[c]).note) if t] for c in columns]
        heads = [[header[c]] if header else [] for c in columns]
        content = [widest(cells[c], self.bold, c == wrap) for c in columns]  # bold: totals
        whole = [max(content[c], widest(heads[c], self.bold, False)) for c in columns]
        least = [max(content[c], widest(heads[c], self.bold, True)) for c in columns]
        squeezed = [*whole]
        if wrap is not None:
            squeezed[wrap] = least[wrap]
        fixed = whole if sum(squeezed) + 2 * PAD_X * len(columns) <= width else least
        widths = [w + 2 * PAD_X for w in fixed]
        if wrap is not None:
            widths[wrap] = max(least[wrap] + 2 * PAD_X, width - sum(widths) + widths[wrap])
        self.widths = tuple(widths)
        self.header = self.row(header, "header") if header else None

    @property
    def width(self) -> float:
        return sum(self.widths)

    def row(self, cells: Sequence[str | Cell], kind: str = "", keeps: bool = False) -> Block:
        """A row; `kind` is "header", "partner", "total" or "" (a plain line)."""
        font = self.bold if kind in ("header", "total") else self.font
        parts = [  # per cell: its text and its note, each laid out with its colour
            [
                (_layout(text, f, width - 2 * PAD_X, right), colour)
                for text, f, colour in (
                    (cell.text, font, cell.colour or style.TEXT),
                    (cell.note, self.font, style.MUTED),
                )
                if text
            ]
            for cell, width, right in zip(map(_cell, cells), self.widths, self.right, strict=True)
        ]
        height = max(sum(layout.boundingRect().height() for layout, _ in cell) for cell in parts) + 2 * PAD_Y

        def draw(painter: QPainter, left: float, top: float) -> None:
            if kind in BACKGROUNDS:
                painter.fillRect(QRectF(left, top, self.width, height), BACKGROUNDS[kind])
            painter.setPen(QPen(RULE, 0.6))
            painter.drawLine(QPointF(left, top + height), QPointF(left + self.width, top + height))
            x = left
            for cell, width in zip(parts, self.widths, strict=True):
                y = top + PAD_Y
                for layout, colour in cell:
                    painter.setPen(colour)
                    layout.draw(painter, QPointF(x + PAD_X, y))
                    y += layout.boundingRect().height()
                x += width

        return Block(height, draw, keeps=keeps or kind == "header", header=None if kind == "header" else self.header)

    def blocks(self, rows: Sequence[tuple[Sequence[str | Cell], str]]) -> list[Block]:
        """The header row and `rows` of (cells, kind); a row before a total keeps with it."""
        kinds = [kind for _, kind in rows] + [""]
        made = [self.row(cells, kind, keeps=kinds[i + 1] == "total") for i, (cells, kind) in enumerate(rows)]
        return ([self.header] if self.header else []) + made


def paginate(blocks: Sequence[Block], height: float) -> list[list[tuple[Block, float]]]:
    """Blocks placed on pages of `height`, each with its top: a run of keeping blocks and the
    block after it move to the next page together when they do not fit (unless the run is
    taller than a page), with the header of the run's first block above them."""
    pages: list[list[tuple[Block, float]]] = [[]]
    y, start = 0.0, 0
    while start < len(blocks):
        end = start
        while blocks[end].keeps and end + 1 < len(blocks):
            end += 1
        run = blocks[start : end + 1]
        for block in run:
            whole = sum(b.height for b in run) if block is run[0] else block.height
            if y > 0 and y + whole > height:
                pages.append([])
                y = 0.0
                if block.header is not None:
                    pages[-1].append((block.header, 0.0))
                    y = block.header.height
            pages[-1].append((block, y))
            y += block.height
        start = end + 1
    return pages


def flow_section(
    build: Callable[[float], list[Block]], title: str, landscape: bool = False, flows: bool = False
) -> Section:
    """Blocks built for the page width, `paginate`d; a section that `flows` may start below
    the one before (see `Section`)."""
    planned: list[list[tuple[Block, float]]] = []

    def pages(size: QSizeF) -> int:
        planned[:] = paginate(build(size.width()), size.height())
        return len(planned)

    def draw(painter: QPainter, index: int, rect: QRectF) -> None:
        for block, top in planned[index]:
            block.draw(painter, rect.left(), rect.top() + top)

    def used() -> float:
        block, top = planned[-1][-1]
        return top + block.height

    return Section(pages, draw, landscape, title, used, flows)
