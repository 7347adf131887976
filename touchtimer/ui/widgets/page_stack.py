"""A stack of pages where each page scrolls as a whole when the window is smaller than it needs.

Each page keeps its own layout (lists and long texts scroll inside it). Only when the window is
smaller than the page's minimum (a small screen at 150 % scaling with the largest text) does the
page get scroll bars, so every button stays reachable instead of being pushed off the window or
drawn over its neighbours. Pages are added, chosen and read as in a ``QStackedWidget``: the
scroll area around each one is never seen by callers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

#: Pixels added to a page's least height when its words wrap (see :func:`least_size`).
HFW_SLACK = 8


def least_size(page: QWidget, width: int) -> QSize:
    """The least size ``page`` can be laid out in at ``width`` (or wider): words that wrap count at
    that width, so the page gets the lines they need, and no more than it needs."""
    least = page.minimumSizeHint().expandedTo(page.minimumSize())
    width = max(width, least.width())
    layout = page.layout()
    if layout is not None and layout.hasHeightForWidth():
        height = layout.minimumHeightForWidth(width)
        if height > 0:      # a few pixels more: Qt's sum of wrapped lines comes out a little short
            return QSize(width, max(height + HFW_SLACK, page.minimumSize().height()))
    return QSize(width, least.height())


class PageScroll(QScrollArea):
    """The scroll area around one page: the page fills it while there is room, and is given its least
    size (and scroll bars) when there is not. (Qt's own ``widgetResizable`` would give a page with
    wrapping words its preferred height instead, and make it scroll when it need not.)"""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.setObjectName("pageScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(page)
        page.installEventFilter(self)

    def fit_page(self) -> None:
        page = self.widget()
        if page is None:
            return
        room = self.maximumViewportSize()
        need = least_size(page, room.width())
        if need.height() > room.height():       # a vertical bar will take some of the width
            bar = self.verticalScrollBar().sizeHint().width()
            need = least_size(page, max(room.width() - bar, 1))
            room.setWidth(room.width() - bar)
        if need.width() > room.width():
            room.setHeight(room.height() - self.horizontalScrollBar().sizeHint().height())
            need = least_size(page, need.width())
        size = need.expandedTo(room)
        if page.size() != size:
            page.resize(size)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_page()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit_page()
        return super().eventFilter(watched, event)


class PageStack(QStackedWidget):
    """``addWidget(page)``, ``setCurrentWidget(page)``, ``currentWidget()`` and ``indexOf(page)`` speak of
    the pages themselves; each is held in a :class:`PageScroll`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Each page's scroll area, kept here: walking up from a page asks Qt for its parents, which
        #: at start-up costs more than the whole rest of choosing a page.
        self._holders: dict[QWidget, PageScroll] = {}

    def addWidget(self, page: QWidget) -> int:
        holder = self._holders[page] = PageScroll(page)
        return super().addWidget(holder)

    def insertWidget(self, index: int, page: QWidget) -> int:
        holder = self._holders[page] = PageScroll(page)
        return super().insertWidget(index, holder)

    def _holder(self, page: QWidget | None) -> QWidget | None:
        if page is not None and page in self._holders:
            return self._holders[page]
        holder = page.parentWidget() if page is not None else None
        while holder is not None and not isinstance(holder, PageScroll):
            holder = holder.parentWidget()
        return holder

    def setCurrentWidget(self, page: QWidget) -> None:
        holder = self._holder(page)
        if holder is None:
            raise ValueError("not a page of this stack")
        super().setCurrentWidget(holder)

    def indexOf(self, page: QWidget) -> int:
        holder = self._holder(page)
        return super().indexOf(holder) if holder is not None else -1

    def widget(self, index: int) -> QWidget | None:
        holder = super().widget(index)
        return holder.widget() if isinstance(holder, PageScroll) else holder

    def currentWidget(self) -> QWidget | None:
        holder = super().currentWidget()
        return holder.widget() if isinstance(holder, PageScroll) else holder
