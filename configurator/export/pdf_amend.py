"""What Qt's PDF writer cannot say, added to its output by an incremental update: the
document information (title, author, subject), the language (/Lang) and the bookmarks.

Qt writes a classic cross-reference table, its document information as an object of its own,
a catalog without strings and one flat page tree; `amend` relies on exactly that and appends
new objects, a cross-reference section for them and a trailer pointing back to Qt's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    lang: str  # BCP 47: zh-CN, en
    creator: str = "Solution configurator"


@dataclass(frozen=True)
class Bookmark:
    title: str
    page: int  # from 0
    top: float  # points from the page's bottom


def text(value: str) -> str:
    """A PDF text string that holds any character: UTF-16BE with a byte-order mark, in hex."""
    return "<FEFF" + value.encode("utf-16-be").hex().upper() + ">"


def _match(pattern: bytes, pdf: bytes) -> re.Match[bytes]:
    found = re.search(pattern, pdf, re.DOTALL)
    if found is None:
        raise ValueError(f"unexpected PDF structure: no {pattern!r}")
    return found


def amend(pdf: bytes, metadata: Metadata, bookmarks: list[Bookmark]) -> bytes:
    trailer = _match(rb"trailer\s*<<(.*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$", pdf)
    size = int(_match(rb"/Size (\d+)", trailer[1])[1])
    root = int(_match(rb"/Root (\d+) 0 R", trailer[1])[1])
    ids = re.search(rb"/ID \[[^\]]*\]", trailer[1])
    catalog = _match(rb"\n%d 0 obj\s*<<(.*?)>>\s*endobj" % root, pdf)[1].decode("latin-1")
    pages = int(_match(rb"/Pages (\d+) 0 R", catalog.encode("latin-1"))[1])
    kids = _match(rb"\n%d 0 obj\s*<<.*?/Kids\s*\[(.*?)\]" % pages, pdf)[1]
    page_refs = [f"{int(n)} 0 R" for n in re.findall(rb"(\d+) 0 R", kids)]
    date = re.search(rb"/CreationDate \((D:[^)]*)\)", pdf)

    info, outlines = size, size + 1
    items = list(range(size + 2, size + 2 + len(bookmarks)))
    objects: dict[int, str] = {
        root: f"<<{catalog}/Lang {text(metadata.lang)}\n/Outlines {outlines} 0 R\n/PageMode /UseOutlines\n>>",
        info: "<<\n"
        + "".join(
            f"/{key} {text(value)}\n"
            for key, value in (
                ("Title", metadata.title),
                ("Author", metadata.author),
                ("Subject", metadata.subject),
                ("Creator", metadata.creator),
            )
        )
        + (f"/CreationDate ({date[1].decode('latin-1')})\n" if date else "")
        + ">>",
        outlines: f"<< /Type /Outlines /Count {len(items)}"
        + (f" /First {items[0]} 0 R /Last {items[-1]} 0 R" if items else "")
        + " >>",
    }
    for position, (number, mark) in enumerate(zip(items, bookmarks, strict=True)):
        links = (f" /Prev {items[position - 1]} 0 R" if position else "") + (
            f" /Next {items[position + 1]} 0 R" if position + 1 < len(items) else ""
        )
        objects[number] = (
            f"<< /Title {text(mark.title)} /Parent {outlines} 0 R{links}"
            f" /Dest [{page_refs[mark.page]} /XYZ 0 {mark.top:.1f} 0] >>"
        )

    out = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    offsets: dict[int, int] = {}
    for number, body in objects.items():
        offsets[number] = len(out)
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"  # the free list's head, as readers expect it first
    for first, count in ((root, 1), (size, 2 + len(items))):
        out += f"{first} {count}\n".encode()
        out += b"".join(f"{offsets[n]:010d} 00000 n \n".encode() for n in range(first, first + count))
    fields = f"/Size {size + 2 + len(items)} /Root {root} 0 R /Info {info} 0 R /Prev {trailer[2].decode()} "
    out += b"trailer\n<< " + fields.encode() + (ids[0] if ids else b"") + f" >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
