"""The routine editor says the checker's problems in the window's language: German reads as one German
sentence ("Titel ist leer; …"), not an English message after a German field name."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication

from touchtimer.core import paths
from touchtimer.core.routines.files import builtin_routines
from touchtimer.ui.routines.editor import RoutineEditor


def german_editor(qtbot: QtBot, data_dir: Path) -> RoutineEditor:
    routine = builtin_routines().by_id("gentle-hello")
    assert routine is not None
    widget = RoutineEditor(routine, paths.routines_dir(data_dir), [r.id for r in builtin_routines().routines])
    qtbot.addWidget(widget)
    return widget


@pytest.mark.usefixtures("german")
def test_an_empty_title_and_a_wrong_age_band_are_said_in_german(qtbot: QtBot, data_dir: Path) -> None:
    ed = german_editor(qtbot, data_dir)
    ed.title_edit.clear()
    title = QCoreApplication.translate("RoutineEditor", "Title")
    assert title == "Titel"
    assert ed.errors["title"].text() == "Titel ist leer; erwartet wird etwas Text"
    ed.min_spin.setValue(10)
    ed.max_spin.setValue(4)
    youngest = QCoreApplication.translate("RoutineEditor", "the youngest age")
    age = ed.errors["age"].text()
    assert f"4 liegt unter {youngest} (10)" in age, age
    assert "below" not in age and "expected" not in age


def test_in_english_the_same_problems_read_as_before(qtbot: QtBot, data_dir: Path) -> None:
    ed = german_editor(qtbot, data_dir)
    ed.title_edit.clear()
    assert ed.errors["title"].text() == "Title is empty; expected some text"
    ed.min_spin.setValue(10)
    ed.max_spin.setValue(4)
    assert "4 is below the youngest age (10); expected the oldest age to be at least the youngest age" \
        in ed.errors["age"].text()
