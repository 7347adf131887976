"""A stack of pages where each page scrolls as a whole when the window is smaller than it needs.

Each page keeps its own layout (lists and long texts scroll inside it). Only when the window is
smaller than the page's minimum (a small screen at 150 % scaling with the largest text) does the
page get scroll bars, so every button stays reachable instead of being pushed off the window or
drawn over its neighbours. Pages are added, chosen and read as in a ``QStackedWidget``: the
scroll area around each one is never seen by callers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget


class PageScroll(QScrollArea):
    """The scroll area around one page (the page fills it while there is room)."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.setObjectName("pageScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(page)


class PageStack(QStackedWidget):
    """``addWidget(page)``, ``setCurrentWidget(page)``, ``currentWidget()`` and ``indexOf(page)`` speak of
    the pages themselves; each is held in a :class:`PageScroll`."""

    def addWidget(self, page: QWidget) -> int:
        return super().addWidget(PageScroll(page))

    def insertWidget(self, index: int, page: QWidget) -> int:
        return super().insertWidget(index, PageScroll(page))

    def _holder(self, page: QWidget | None) -> QWidget | None:
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
