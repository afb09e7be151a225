"""A layout that lines its widgets up left to right and wraps them onto the next line when the
width runs out (Qt's "Flow Layout" example, in Python).

A row of buttons or filter boxes in a box layout makes the sum of their widths the minimum of
the window; on a 1024 px screen with a record open the row then cannot fit. In a flow the
minimum is the widest single item, and the row becomes two when it must.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._stretch: set[int] = set()   # ids of items that take a line's spare width
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def add_widget(self, widget: QWidget, *, stretch: bool = False) -> None:
        """Add a widget; with ``stretch`` it grows to share the spare width of its line."""
        self.addWidget(widget)
        if stretch:
            self._stretch.add(id(self._items[-1]))

    def insert_widget(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self._stretch.discard(id(item))
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All on one line."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """The widest single item: everything else can wrap."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m: QMargins = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    def _gap(self, item: QLayoutItem) -> int:
        if self._spacing >= 0:
            return self._spacing
        widget = item.widget()
        style = widget.style() if widget else None
        if style is None:
            return 6
        return style.layoutSpacing(QSizePolicy.ControlType.PushButton,
                                   QSizePolicy.ControlType.PushButton, Qt.Orientation.Horizontal)

    def _place(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            width = item.sizeHint().width()
            gap = self._gap(item) if lines[-1] else 0
            if lines[-1] and used + gap + width > area.width():
                lines.append([])
                used, gap = 0, 0
            lines[-1].append(item)
            used += gap + width
        y = area.y()
        for line in lines:
            if not line:
                continue
            hints = [min(i.sizeHint().width(), area.width()) for i in line]
            height = max(i.heightForWidth(w) if i.hasHeightForWidth() else i.sizeHint().height()
                         for i, w in zip(line, hints, strict=True))  # a wrapped label's lines
            spare = area.width() - sum(hints) - sum(self._gap(i) for i in line[1:])
            growing = [n for n, i in enumerate(line) if id(i) in self._stretch]
            if move:
                x = area.x()
                for n, item in enumerate(line):
                    width = hints[n]
                    if growing and n in growing and spare > 0:
                        width += spare // len(growing)
                    width = max(width, min(item.minimumSize().width(), area.width()))
                    if n:
                        x += self._gap(item)
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                    x += width
            y += height + self._gap(line[0])
        used_height = y - area.y() - (self._gap(self._items[0]) if self._items else 0)
        return max(0, used_height) + m.top() + m.bottom()
