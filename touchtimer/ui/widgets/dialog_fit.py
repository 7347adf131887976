"""Every dialog fits the screen it opens on.

A dialog sizes itself for its contents, which at the largest text size (or on a 1024x600 netbook) is
taller than the screen: its Save or Close went off the bottom. :func:`fit_to_screen` (called by the
window for every dialog it opens) leaves a dialog that fits as it is; one that does not is given a
scroll area around its contents, with its row of buttons kept below it, in sight, and is sized and
placed inside the screen's available area. A dialog that scrolls its contents itself is only sized
and placed; one with a ``prepare_to_fit()`` method is asked to size its own parts first.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLayout,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

#: Room left for the title bar and border the desktop draws around a dialog.
FRAME = QSize(16, 48)
#: Pixels added to a dialog's height when its words wrap.
HFW_SLACK = 8


def _needs(dialog: QDialog) -> QSize:
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
        return layout.totalMinimumSize().expandedTo(dialog.minimumSizeHint())
    return dialog.minimumSizeHint()


def _buttons_of(layout: QLayout) -> QDialogButtonBox | None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QDialogButtonBox):
            return widget
    return None


def scroll_contents(dialog: QDialog) -> QScrollArea:
    """Put ``dialog``'s contents in a scroll area, its button box (if any) below it, and return the area."""
    layout = dialog.layout()
    assert layout is not None
    buttons = _buttons_of(layout)
    if buttons is not None:
        layout.removeWidget(buttons)
    contents = QWidget()
    contents.setObjectName("dialogContent")
    contents.setLayout(layout)           # moves the layout, and every widget in it, to ``contents``
    area = QScrollArea()
    area.setObjectName("dialogScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(contents)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area, 1)
    if buttons is not None:
        buttons.setParent(dialog)
        row = QVBoxLayout()
        row.setContentsMargins(12, 6, 12, 12)
        row.addWidget(buttons)
        outer.addLayout(row)
    if layout.sizeConstraint() == QLayout.SizeConstraint.SetMinimumSize:
        layout.setSizeConstraint(QLayout.SizeConstraint.SetDefaultConstraint)
    return area


def fit_to_screen(dialog: QDialog, available: QRect) -> None:
    """Size ``dialog`` within ``available`` (scrolling its contents if they need more), and place it.

    A dialog whose words wrap is given room for lines of about 40 characters (or the screen's width),
    and the height those lines need at that width.
    """
    if isinstance(dialog, QMessageBox) or dialog.layout() is None:
        return                            # a message box sizes (and wraps) itself
    dialog.ensurePolished()
    for child in dialog.findChildren(QWidget):
        child.ensurePolished()
    prepare = getattr(dialog, "prepare_to_fit", None)
    if callable(prepare):
        prepare()        # the dialog sizes parts of itself for the text size now set (the babies list)
    room = available.size() - FRAME
    need = _needs(dialog)
    layout = dialog.layout()
    assert layout is not None
    em = dialog.fontMetrics().averageCharWidth()
    width = min(max(dialog.sizeHint().width(), need.width(), 40 * em), room.width())
    height = max(need.height(), dialog.sizeHint().height())
    if layout.hasHeightForWidth():    # a few pixels more: Qt's sum of wrapped lines comes out short
        height = max(need.height(), layout.totalHeightForWidth(width)) + HFW_SLACK
    # A dialog with a scroll area of its own (the check-in, the routine editor) scrolls by itself.
    if (need.width() > room.width() or height > room.height()) and dialog.findChild(QScrollArea) is None:
        area = scroll_contents(dialog)
        # As wide as the contents need (with the scroll bar), as tall as the screen allows.
        bar = area.verticalScrollBar().sizeHint().width() + 24    # and a little room to spare
        width = min(max(width, need.width() + bar), room.width())
        dialog.setMinimumSize(min(need.width() + bar, room.width()), min(height, room.height()) // 2)
        height += 120
    dialog.setMaximumSize(room)
    dialog.resize(QSize(width, height).boundedTo(room))
    place_inside(dialog, available)


def place_inside(dialog: QDialog, available: QRect) -> None:
    """Centre ``dialog`` on its window, moved (and shrunk) as needed to lie inside ``available``.

    Called again once the dialog is shown: some dialogs size themselves when they show."""
    room = available.size() - FRAME
    size = dialog.size().boundedTo(room)
    rect = QRect(0, 0, size.width(), size.height())
    parent = dialog.parentWidget()
    centre = parent.window().geometry().center() if parent is not None else available.center()
    rect.moveCenter(centre)
    right, bottom = available.right() + 1 - FRAME.width(), available.bottom() + 1 - FRAME.height()
    rect.moveLeft(max(available.left(), min(rect.left(), right - rect.width())))
    rect.moveTop(max(available.top(), min(rect.top(), bottom - rect.height())))
    dialog.setGeometry(rect)
