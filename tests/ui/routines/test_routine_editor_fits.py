"""The routine editor fits a 1280x800 laptop screen with the app's real theme, at every text size.

Before: the form on the left ran under the Stages panel (the "to" age field and the summary were cut)
and the stage buttons read "Add stag", "love dow": the theme's button ``min-width`` let the layout
squeeze them below the width of their labels.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from touchtimer.core import paths
from touchtimer.core.routines.files import builtin_routines
from touchtimer.ui.routines.editor import RoutineEditor
from touchtimer.ui.widgets import theme as themes

LAPTOP = QSize(1280, 800)


def shown(qtbot: QtBot, data_dir: Path, scale: float, theme: str = themes.LIGHT) -> RoutineEditor:
    routines = builtin_routines()
    routine = routines.by_id("gentle-hello")
    assert routine is not None
    editor = RoutineEditor(routine, paths.routines_dir(data_dir), [r.id for r in routines.routines])
    qtbot.addWidget(editor)
    chosen = themes.THEMES[theme]
    editor.setPalette(themes.palette(chosen))
    editor.setStyleSheet(themes.stylesheet(chosen, scale))
    editor.available = LAPTOP
    editor.show()
    for _ in range(3):  # the layout settles over a few passes of the event loop
        QApplication.processEvents()
    return editor


def rect_in(editor: RoutineEditor, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(editor, widget.rect().topLeft()), widget.size())


def fields(editor: RoutineEditor) -> list[QWidget]:
    return [editor.title_edit, editor.kind_combo, editor.min_spin, editor.max_spin,
            editor.summary_edit, editor.preparation_edit, editor.safety_edit, editor.when_not_edit]


@pytest.mark.parametrize("theme", [themes.LIGHT, themes.NIGHT])
@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_every_button_shows_its_whole_label(qtbot: QtBot, data_dir: Path, scale: float, theme: str) -> None:
    editor = shown(qtbot, data_dir, scale, theme)
    buttons = [b for b in editor.findChildren(QPushButton) if b.isVisibleTo(editor)]
    assert len(buttons) >= 10
    cut = [(b.text(), b.width(), b.sizeHint().width()) for b in buttons if b.width() < b.sizeHint().width()]
    assert cut == []


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_fits_a_laptop_screen(qtbot: QtBot, data_dir: Path, scale: float) -> None:
    editor = shown(qtbot, data_dir, scale)
    assert editor.width() <= LAPTOP.width() and editor.height() <= LAPTOP.height()
    assert editor.layout() is not None
    assert editor.minimumSizeHint().width() <= LAPTOP.width()


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_form_is_not_under_the_stages_panel(qtbot: QtBot, data_dir: Path, scale: float) -> None:
    editor = shown(qtbot, data_dir, scale)
    stages = rect_in(editor, editor.stages_scroll)
    viewport = rect_in(editor, editor.about_scroll.viewport())
    for field in fields(editor):
        where = rect_in(editor, field)
        assert not where.intersects(stages), field.accessibleName()
        # wholly inside the form's own panel from left to right: nothing cut at its edge
        assert viewport.left() <= where.left() and where.right() <= viewport.right(), field.accessibleName()
        assert field.width() >= field.minimumSizeHint().width(), field.accessibleName()
    assert not editor.stacked  # side by side still fits at this size


def test_with_the_largest_text_the_form_sits_above_the_stages(qtbot: QtBot, data_dir: Path) -> None:
    editor = shown(qtbot, data_dir, themes.MAX_SCALE)
    assert editor.stacked
    form = editor.title_edit.parentWidget()
    assert form is not None
    assert not rect_in(editor, form).intersects(rect_in(editor, editor.stage_editor))
    viewport = editor.page_scroll.viewport()
    for field in fields(editor):
        assert field.width() >= field.minimumSizeHint().width(), field.accessibleName()
        assert field.mapTo(viewport, field.rect().topRight()).x() <= viewport.width(), field.accessibleName()
    # one page that scrolls down to everything
    bar = editor.page_scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    last = editor.stage_editor.prompt_check
    top = last.mapTo(viewport, last.rect().topLeft()).y()
    assert top >= 0 and top + last.height() <= viewport.height()
