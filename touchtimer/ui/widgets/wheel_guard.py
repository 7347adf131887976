"""The mouse wheel never changes a control that does not have the keyboard focus.

Scrolling a form with the wheel used to change whatever drop-down, number or slider passed under the
pointer (the routine editor's Side went from "Both or no side" to "Right" without a click). One filter
on the application stops that everywhere: an unfocused drop-down, spin box, date field or slider
passes the wheel on to the page around it, which scrolls instead. Click (or Tab to) a control first,
and the wheel works on it as before.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Wheel and isinstance(watched, GUARDED)
                and not isinstance(watched, QScrollBar)          # scroll bars are for the wheel
                and not watched.hasFocus() and isinstance(event, QWheelEvent)):
            area = _scroll_area_around(watched)
            if area is not None:         # the page scrolls, as if the control were not there
                QCoreApplication.sendEvent(area.viewport(), QWheelEvent(event))
            return True
        return False


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, GUARDED):
            return parent
        parent = parent.parentWidget()
    return None


_guard: WheelGuard | None = None


def install() -> WheelGuard:
    """Put the guard on the application (once, however many windows are made)."""
    global _guard
    app = QCoreApplication.instance()
    if _guard is None or _guard.parent() is not app:
        _guard = WheelGuard(app)
        if app is not None:
            app.installEventFilter(_guard)
    return _guard
