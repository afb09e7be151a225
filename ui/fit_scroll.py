"""A vertical scroll area that never scrolls sideways: it asks for the width its contents need.

A plain QScrollArea reports a tiny minimum, so a splitter or a window may squeeze a form below
its own minimum and the form then scrolls sideways with its buttons cut off ("N...", "Ac").
This one is as narrow as its contents allow and no narrower; the height still scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget

MIN_HEIGHT = 160  # px: a few rows of the form stay visible however small the window


class FitWidthScrollArea(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        inner = self.widget()
        if inner is None:
            return super().minimumSizeHint()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        frame = 2 * self.frameWidth()
        return QSize(inner.minimumSizeHint().width() + bar + frame, MIN_HEIGHT)
