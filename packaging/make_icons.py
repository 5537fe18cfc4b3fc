"""Render resources/icons/configurator.svg to the PNG sizes, the Windows .ico and the macOS .icns.

Run `python packaging/make_icons.py` after changing the SVG; the generated files are committed.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows picks from for title bars, taskbar and Explorer


def render(renderer: QSvgRenderer, side: int) -> QImage:
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: list[QImage]) -> bytes:
    """An .ico of PNG-compressed entries, one per size (Qt's writer stores a single image)."""
    pngs = [png_bytes(image) for image in images]
    offset = 6 + 16 * len(pngs)
    directory = b""
    for image, png in zip(images, pngs, strict=True):
        side = image.width() % 256  # 0 stands for 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return struct.pack("<HHH", 0, 1, len(pngs)) + directory + b"".join(pngs)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs it)
    renderer = QSvgRenderer(str(ICONS / "configurator.svg"))
    if not renderer.isValid():
        print("make_icons: configurator.svg does not parse", file=sys.stderr)
        return 1
    for side in PNG_SIZES:
        render(renderer, side).save(str(ICONS / f"configurator-{side}.png"))
    (ICONS / "configurator.ico").write_bytes(ico([render(renderer, side) for side in ICO_SIZES]))
    if not render(renderer, 1024).save(str(ICONS / "configurator.icns"), "ICNS"):  # Qt's icns plugin
        print("make_icons: this Qt cannot write .icns; make it on macOS (packaging/README.md)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
