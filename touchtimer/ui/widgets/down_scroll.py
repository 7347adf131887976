"""A scroll area that scrolls only down, and is never narrower than its contents can be.

Qt's scroll area asks its layout for almost no width, whatever it holds; with its sideways scroll bar
turned off, a layout that shares out the width by stretch (words beside the rings, say) then gives it
less than its contents need at their narrowest (a button, a long word at a large text size), and the
contents are cut at the right or must be scrolled sideways. :class:`DownScroll` asks for its contents'
least width, and asks again whenever they change (a panel shown, the text made larger).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class DownScroll(QScrollArea):
    def __init__(self, contents: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(contents)
        contents.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        contents = self.widget()
        if contents is None:
            return hint
        width = (contents.minimumSizeHint().expandedTo(contents.minimumSize()).width()
                 + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth())
        return QSize(max(hint.width(), width), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()           # the contents' least width may have changed
        return super().eventFilter(watched, event)
