"""A layout check that walks any widget tree and says what a person could not read or reach.

:func:`check` looks at a window (or dialog) as it is on screen and returns a :class:`Problem` for

* **clipped** text: a label, button, check box, radio button, drop-down, spin box or group box title
  whose text is wider or taller than the widget's contents rectangle as the font metrics measure it
  (style-sheet padding and borders included, the ``&`` of a shortcut left out);
* **elided** text that was not meant to elide: an item view cell or header drawn with "…", a
  drop-down showing only part of its choice;
* **overlap**: two visible siblings whose rectangles cross;
* **outside**: a widget that is not inside its parent (so part of it is cut off), a window that is
  not inside the screen's available area, the contents of a scroll area that cannot be scrolled
  to (bigger than the view in a direction whose scroll bar is switched off), or that has to be
  scrolled sideways (pages scroll up and down only, unless ``scrollsSideways`` is set);
* **field**: a text box too short to show two lines, a short text box that scrolls inside itself,
  and a list that scrolls sideways.

It knows nothing about touchtimer's pages, so any later page, dialog or translation can be run
through it. A widget takes part in the check like this:

* ``widget.setProperty("elides", True)``: its text (or its view's cells) may end in "…" on purpose;
* ``widget.setProperty("layoutCheck", "skip")``: it and everything inside it are left out;
* a widget that paints its own text may define ``layout_problems() -> list[str]``; each string is
  reported as clipped (the progress ring says when its time does not fit inside it).

Run it over every page and dialog at every screen size, scale, text size and theme with
``python scripts/layout_matrix.py --all`` (docs/window.md).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QStackedWidget, QWidget

from tests.helpers.layout_text import SLACK, Problem, describe, path_of, text_problem

__all__ = ["Problem", "check", "walk", "whole_and_visible"]


#: Qt's own parts that may stick out of their parent by design: the menu bar's "more" arrow (taller than
#: a bar of large text; the menus stay reachable through it).
QT_PARTS = {"qt_menubar_ext_button"}


def _skipped(widget: QWidget) -> bool:
    return widget.property("layoutCheck") == "skip" or widget.objectName() in QT_PARTS


def shown_children(widget: QWidget) -> list[QWidget]:
    """The visible child widgets (not windows, not Qt's own helpers, not left out on purpose)."""
    return [child for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if not child.isWindow() and child.isVisibleTo(widget) and not _skipped(child)]


def walk(widget: QWidget) -> Iterator[QWidget]:
    yield widget
    for child in shown_children(widget):
        yield from walk(child)



# -- where widgets are --------------------------------------------------------------------------------

def _scroll_viewport(widget: QWidget) -> QAbstractScrollArea | None:
    """The scroll area whose viewport ``widget`` is (its contents move inside it)."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return parent
    return None


def overlaps(widget: QWidget) -> list[Problem]:
    if isinstance(widget, QStackedWidget | QAbstractScrollArea):
        return []   # one page at a time; a view's own parts
    found = []
    children = [c for c in shown_children(widget) if c.width() > 0 and c.height() > 0]
    for i, first in enumerate(children):
        for second in children[i + 1:]:
            both = first.geometry().intersected(second.geometry())
            if both.width() > SLACK and both.height() > SLACK:
                found.append(Problem("overlap", path_of(first),
                                     f"{describe(second)} covers {both.width()}x{both.height()} of it"))
    return found


def placement(widget: QWidget) -> list[Problem]:
    """Each visible child inside its parent; a scroll area's contents within the scroll bars' reach."""
    found = []
    area = _scroll_viewport(widget)
    for child in shown_children(widget):
        geometry = child.geometry()
        if area is not None:
            found += _reach(area, child)
            continue
        inside = widget.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
        if not inside.contains(geometry):
            found.append(Problem("outside", path_of(child), f"at {_rect(geometry)}, its parent "
                                 f"{describe(widget)} is {_rect(widget.rect())}"))
    return found


def _reach(area: QAbstractScrollArea, contents: QWidget) -> list[Problem]:
    if not isinstance(area, QScrollArea) or area.widget() is not contents:
        return []   # an item view's editor or a text box's page: the view scrolls it itself
    found = []
    view = area.viewport().rect()
    if contents.width() > view.width() + SLACK and not area.property("scrollsSideways"):
        found.append(Problem("outside", path_of(contents), f"{describe(area)} must be scrolled sideways to "
                             f"see {contents.width() - view.width()}px of it"))
        return found
    for bar, extra, what in ((area.horizontalScrollBar(), contents.width() - view.width(), "sideways"),
                             (area.verticalScrollBar(), contents.height() - view.height(), "up and down")):
        if extra > SLACK and (bar.maximum() + SLACK < extra or not bar.isVisibleTo(area)):
            found.append(Problem("outside", path_of(contents),
                                 f"{extra}px cannot be scrolled to {what} in {describe(area)}"))
    return found


def on_screen(window: QWidget, available: QRect) -> list[Problem]:
    frame = window.frameGeometry()
    if available.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(frame):
        return []
    return [Problem("outside", describe(window),
                    f"the window is {_rect(frame)}, the screen's available area {_rect(available)}")]


def _rect(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"


def check(window: QWidget, available: QRect | None = None) -> list[Problem]:
    """Every problem in ``window`` as it is shown now (and in the screen's ``available`` area)."""
    found: list[Problem] = []
    if available is not None:
        found += on_screen(window, available)
    for widget in walk(window):
        kind, detail = text_problem(widget)
        if detail:
            found.append(Problem(kind, path_of(widget), detail))
        own = getattr(widget, "layout_problems", None)
        if callable(own):
            found += [Problem("clipped", path_of(widget), str(text)) for text in own()]
        found += overlaps(widget)
        found += placement(widget)
    return found


def whole_and_visible(widget: QWidget) -> str:
    """Why ``widget`` is not wholly on screen now (cut by a scroll area or its window), or ""."""
    if not widget.isVisible():
        return "it is hidden"
    seen = widget.visibleRegion()
    shown = seen.boundingRect()
    if shown != widget.rect() or (seen.rectCount() > 1 and any(r != widget.rect() for r in seen)):
        return f"only {_rect(shown)} of {_rect(widget.rect())} can be seen"
    return ""
