"""A row of controls that wraps onto the next line when the window is too narrow for it.

Buttons and pickers in one ``QHBoxLayout`` are squeezed below their labels (or pushed out of the
window) when the text is large or the screen small; in a :class:`FlowLayout` they keep their size and
move down a line instead, like words in a paragraph. Words that wrap (a word-wrapped label) are the
exception: wider than the line, they take the line's width and grow taller, so a long sentence (German
has the longest) never makes the whole row, and so the page, wider than the window. Items can sit at
the left (the default) or, after :meth:`FlowLayout.add_right`, at the right end of the last line.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 12, *, fill_lines: bool = False) -> None:
        """With ``fill_lines`` the items of each line share its spare width (a row of buttons across
        the page)."""
        super().__init__(parent)
        self._fill = fill_lines
        self._items: list[QLayoutItem] = []
        self._right: set[int] = set()       # ids of the items kept to the right
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_right(self, widget: QWidget) -> None:
        """Add ``widget`` after the others, at the right end of the line it ends up on."""
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        self._right.add(id(item))
        self._items.append(item)
        self.invalidate()

    def insertWidget(self, index: int, widget: QWidget) -> None:
        """Put ``widget`` at ``index`` among the items (at the left, like :meth:`addWidget`)."""
        self.addChildWidget(widget)
        self._items.insert(max(0, min(index, len(self._items))), QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self._right.discard(id(item))
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(self._size(item).width() for item in self._shown()) + self.spacing() * max(
            0, len(self._shown()) - 1)
        height = max((self._size(item).height() for item in self._shown()), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
            if not item.hasHeightForWidth():       # words that wrap may be narrower than they would like
                size = size.expandedTo(self._size(item))
        return self._with_margins(size)

    def _with_margins(self, size: QSize) -> QSize:
        m = self.contentsMargins()
        return QSize(size.width() + m.left() + m.right(), size.height() + m.top() + m.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    @staticmethod
    def _size(item: QLayoutItem) -> QSize:
        return item.sizeHint().expandedTo(item.minimumSize())

    def _height(self, item: QLayoutItem, width: int) -> int:
        """``item``'s height at ``width``: taller than it would like when its words wrap to fit."""
        size = self._size(item)
        if width < size.width() and item.hasHeightForWidth():
            return max(size.height(), item.heightForWidth(width))
        return size.height()

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if style else 8

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in lines within ``rect``; returns the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self._gap()
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            width = min(self._size(item).width(), area.width())
            if lines[-1] and used + gap + width > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.top()
        for line in lines:
            if not line:
                continue
            height = max(self._height(item, min(self._size(item).width(), area.width())) for item in line)
            left = [item for item in line if id(item) not in self._right]
            right = [item for item in line if id(item) in self._right]
            x = area.left()
            if move:
                spare = 0
                if self._fill and left and not right:
                    used_width = sum(min(self._size(i).width(), area.width()) for i in left)
                    spare = max(0, area.width() - used_width - gap * (len(left) - 1)) // len(left)
                for item in left:
                    x = self._put(item, QPoint(x, y), height, area, spare) + gap
                x = area.right() + 1 - sum(min(self._size(i).width(), area.width()) for i in right) \
                    - gap * max(0, len(right) - 1)
                for item in right:
                    x = self._put(item, QPoint(max(x, area.left()), y), height, area) + gap
            y += height + gap
        return y - gap - area.top() + m.top() + m.bottom() if y > area.top() else m.top() + m.bottom()

    def _put(self, item: QLayoutItem, at: QPoint, height: int, area: QRect, spare: int = 0) -> int:
        size = self._size(item)
        width = min(size.width() + spare, area.width())
        widget = item.widget()
        grows = widget is not None and widget.sizePolicy().verticalPolicy() in (
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding, QSizePolicy.Policy.Preferred)
        h = height if grows else self._height(item, width)
        item.setGeometry(QRect(at.x(), at.y() + (height - h) // 2, width, h))
        return at.x() + width
