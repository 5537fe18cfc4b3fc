"""Text from solution and catalog files shown as written: Qt never takes it for markup.

A QLabel or a message box left to guess, and every tooltip, renders text that merely looks
like HTML as HTML (an item id `<img src=…>` would load an image).
"""

from __future__ import annotations

from PySide6.QtGui import Qt  # QtGui's Qt namespace adds mightBeRichText and convertFromPlainText
from PySide6.QtWidgets import QLabel


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def literal(text: str) -> str:
    """`text` for a widget that guesses the format (a tooltip, QMessageBox.about): text that
    would pass for markup is escaped, the rest is left as it is."""
    return Qt.convertFromPlainText(text) if Qt.mightBeRichText(text) else text
