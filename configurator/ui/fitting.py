"""Catalog text of any length in widgets of a fixed width: cut with "…", whole on hover."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from configurator.ui.plain import literal


def elided(widget: QWidget, text: str, width: int) -> str:
    """`text` cut to `width` pixels in the widget's font (a spin box's unit, which cannot wrap)."""
    return widget.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)


class ElidingComboBox(QComboBox):
    """A combo box as wide as a few characters whose current text elides (Qt's own clips it);
    the open list and the tooltip show it whole."""

    def __init__(self, characters: int = 6) -> None:
        super().__init__()
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(characters)
        self.currentTextChanged.connect(lambda text: self.setToolTip(literal(text)))

    def paintEvent(self, event) -> None:  # QComboBox.paintEvent, with the label elided
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        icon = option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0
        option.currentText = elided(self, option.currentText, field.width() - icon - 2)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
