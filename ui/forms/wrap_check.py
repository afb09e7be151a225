"""A check box whose text wraps onto more lines instead of widening the form.

Qt's QCheckBox draws its text on one line, so one long Russian or Kazakh option ("группа
неустановленных лиц, например «…»") sets the minimum width of the whole form and, through it,
of the window. This box keeps QCheckBox's API (text, states, signals, keyboard, focus frame)
and only lays its text out in the width it is given: height for width, like a wrapped label.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QStyle, QStyleOptionButton, QWidget

MIN_TEXT_WIDTH = 160  # px of text beside the box before it wraps: about 20 characters

_FLAGS = int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
             | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


class WrapCheckBox(QCheckBox):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _indent(self) -> int:
        style = self.style()
        option = self._option()
        return (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, self)
                + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, self))

    def _text_rect(self, width: int) -> QRect:
        bound = QRect(0, 0, max(1, width - self._indent()), 100_000)
        return self.fontMetrics().boundingRect(bound, _FLAGS, self.text())

    def _height_of_text(self, text_height: int) -> int:
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight,
                                             self._option(), self)
        return max(indicator, text_height) + 4

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._height_of_text(self._text_rect(width).height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        one_line = self.fontMetrics().boundingRect(
            QRect(0, 0, 100_000, 100_000), _FLAGS, self.text())
        return QSize(self._indent() + one_line.width() + 2,
                     self._height_of_text(one_line.height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = self.sizeHint()
        width = min(hint.width(), self._indent() + MIN_TEXT_WIDTH)
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        style = self.style()
        option = self._option()
        indicator = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        indicator.moveTop(2)
        box = QStyleOptionButton(option)
        box.rect = indicator
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box, painter, self)
        text = QRect(self._indent(), 2, self.width() - self._indent(), self.height() - 2)
        style.drawItemText(painter, text, _FLAGS, option.palette, self.isEnabled(), self.text(),
                           QPalette.ColorRole.WindowText)
        if self.hasFocus():
            focus = QStyleOptionButton(option)
            focus.rect = self._text_rect(self.width()).translated(self._indent(), 2).adjusted(
                -2, -1, 2, 1)
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, self)

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt's name
        return self.rect().contains(pos)
