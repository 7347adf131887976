"""The babies dialog: add, change and remove profiles; ages with corrected age; plain messages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt

from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.storage.changes import Changes
from touchtimer.core.storage.store import Store, open_store
from touchtimer.ui.babies.dialog import BabiesDialog

TODAY = date(2025, 6, 1)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "t.sqlite3")
    yield s
    s.close()


def dialog(qtbot: QtBot, store: Store) -> BabiesDialog:
    widget = BabiesDialog(store, today=TODAY)
    qtbot.addWidget(widget)
    return widget


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_empty_dialog_starts_a_new_profile(qtbot: QtBot, store: Store) -> None:
    d = dialog(qtbot, store)
    assert d.list.count() == 0
    assert not d.empty_label.isHidden()
    assert d.save_button.text() == "Add this baby"
    assert not d.save_button.isEnabled()  # no name yet
    assert d.problems_label.text() == "Please give a name (a nickname is fine)."


def test_add_a_baby_born_early_by_weeks_of_pregnancy(qtbot: QtBot, store: Store) -> None:
    d = dialog(qtbot, store)
    changed: list[Changes] = []
    store.changes.subscribe(changed.append)
    qtbot.keyClicks(d.name_edit, "Ada")
    d.born_edit.setDate(qdate(TODAY - timedelta(days=56)))
    d.due_by_weeks.setChecked(True)
    d.weeks_spin.setValue(34)
    d.days_spin.setValue(0)
    assert d.save_button.isEnabled()
    assert d.age_label.text() == "8 weeks (2 weeks corrected)"
    assert "Born at 34+0 weeks, early" in d.note_label.text()
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    babies = store.babies.list()
    assert len(babies) == 1
    ada = babies[0]
    assert ada.name == "Ada"
    assert ada.due_on == TODAY - timedelta(days=56) + timedelta(days=42)
    assert ada.preterm
    assert d.list.count() == 1
    assert d.list.item(0).text() == "Ada\n8 weeks (2 weeks corrected)"
    assert changed == [Changes(babies=True)] and changed[0].initiator is d and changed[0].store is store
    assert d.save_button.text() == "Save changes"


def test_due_date_after_and_before_the_birth_date(qtbot: QtBot, store: Store) -> None:
    d = dialog(qtbot, store)
    qtbot.keyClicks(d.name_edit, "Ben")
    born = TODAY - timedelta(days=30)
    d.born_edit.setDate(qdate(born))
    d.due_by_date.setChecked(True)
    d.due_edit.setDate(qdate(born - timedelta(days=10)))  # born after the due date: fine
    assert d.save_button.isEnabled()
    assert "after the due date: age is counted from the date of birth" in d.note_label.text()
    assert d.age_label.text() == "4 weeks"
    d.due_edit.setDate(qdate(born + timedelta(days=200)))  # would be born before 20 weeks
    assert not d.save_button.isEnabled()
    assert "28 weeks after the birth date" in d.problems_label.text()
    d.due_edit.setDate(qdate(born - timedelta(days=60)))   # far after the due date
    assert "8 weeks before the birth date" in d.problems_label.text()
    d.due_unknown.setChecked(True)
    assert d.save_button.isEnabled()
    assert d.note_label.text() == "Age is counted from the date of birth."


def test_birth_date_after_today_gets_a_plain_message(qtbot: QtBot, store: Store) -> None:
    d = dialog(qtbot, store)
    qtbot.keyClicks(d.name_edit, "Cleo")
    d.born_edit.setDate(qdate(TODAY + timedelta(days=1)))
    assert not d.save_button.isEnabled()
    assert d.problems_label.text() == "The date of birth (2025-06-02) is after today; please check it."
    assert d.save() is None
    assert store.babies.list() == []


def test_edit_a_baby(qtbot: QtBot, store: Store) -> None:
    ada = add_baby(store, "Ada", TODAY - timedelta(days=20), TODAY - timedelta(days=1), today=TODAY)
    d = dialog(qtbot, store)
    assert d.list.currentRow() == 0
    assert d.name_edit.text() == "Ada"
    assert d.due_by_date.isChecked()
    assert (d.weeks_spin.value(), d.days_spin.value()) == (37, 2)
    assert d.list.item(0).text() == "Ada\n2 weeks"  # born at 37+2: not corrected
    d.name_edit.clear()
    qtbot.keyClicks(d.name_edit, "Ada Rose")
    d.due_edit.setDate(qdate(TODAY + timedelta(days=30)))  # 32+6: preterm
    assert d.age_label.text() == "2 weeks (due in 4 weeks)"
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    [saved] = store.babies.list()
    assert saved.id == ada.id
    assert saved.name == "Ada Rose"
    assert saved.due_on == TODAY + timedelta(days=30)
    assert d.list.item(0).text() == "Ada Rose\n2 weeks (due in 4 weeks)"


def test_remove_asks_first_and_keeps_the_rest(qtbot: QtBot, store: Store,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    add_baby(store, "Ada", TODAY - timedelta(days=40), today=TODAY)
    add_baby(store, "Ben", TODAY - timedelta(days=40), today=TODAY)
    d = dialog(qtbot, store)
    assert d.list.count() == 2
    d.list.setCurrentRow(1)
    assert d.name_edit.text() == "Ben"
    monkeypatch.setattr(d, "_confirm_remove", lambda baby: False)
    assert not d.remove_selected()
    assert len(store.babies.list()) == 2
    monkeypatch.setattr(d, "_confirm_remove", lambda baby: True)
    qtbot.mouseClick(d.remove_button, Qt.MouseButton.LeftButton)
    assert [b.name for b in store.babies.list()] == ["Ada"]
    assert d.list.count() == 1
    assert d.name_edit.text() == "Ada"
    d.remove_selected()
    assert store.babies.list() == []
    assert d.list.count() == 0
    assert d.save_button.text() == "Add this baby"
    assert not d.remove_button.isEnabled()


def test_add_a_second_baby_with_the_add_button(qtbot: QtBot, store: Store) -> None:
    add_baby(store, "Ada", TODAY - timedelta(days=40), today=TODAY)
    d = dialog(qtbot, store)
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    assert d.name_edit.text() == ""
    qtbot.keyClicks(d.name_edit, "Ben")
    d.born_edit.setDate(qdate(TODAY - timedelta(days=40)))
    qtbot.keyClick(d.name_edit, Qt.Key.Key_Return)
    assert sorted(b.name for b in store.babies.list()) == ["Ada", "Ben"]
    assert d.list.count() == 2


def test_every_control_has_an_accessible_name(qtbot: QtBot, store: Store) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLineEdit, QListWidget

    d = dialog(qtbot, store)
    controls = [w for kind in (QAbstractButton, QAbstractSpinBox, QLineEdit, QListWidget)
                for w in d.findChildren(kind)]
    controls = [w for w in controls if not isinstance(w.parent(), QAbstractSpinBox)
                and not w.objectName().startswith("qt_")]          # Qt's own parts of the calendar
    assert len(controls) > 8
    assert [w for w in controls if not w.accessibleName()] == []


def test_dates_can_be_typed_in_iso_or_the_locales_own_way(qtbot: QtBot, store: Store) -> None:
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        d = dialog(qtbot, store)
        qtbot.keyClicks(d.name_edit, "Ada")
        d.born_edit.edit.clear()
        qtbot.keyClicks(d.born_edit.edit, "2025-04-20")
        assert d.born_edit.value() == date(2025, 4, 20)
        assert d.born_edit.meaning.text() == "Sunday 20 April 2025"     # what was understood, in words
        d.born_edit.edit.clear()
        qtbot.keyClicks(d.born_edit.edit, "20/04/2025")
        assert d.born_edit.value() == date(2025, 4, 20)
        d.born_edit.edit.setText("3/5/25")
        assert d.born_edit.value() == date(2025, 5, 3)                  # two-digit years are this century
        d.born_edit.edit.setText("the 20th")
        assert d.born_edit.value() is None and not d.save_button.isEnabled()
        assert d.problems_label.text().startswith(
            "Date of birth: “the 20th” is not a date; type it like this")
        d.born_edit.edit.setText("")
        assert "Date of birth is empty" in d.problems_label.text()
        d.born_edit.setDate(date(2025, 4, 20))
        assert d.save_button.isEnabled() and d.problems_label.isHidden()
    finally:
        QLocale.setDefault(QLocale.c())


def test_the_calendar_shows_whole_month_names(qtbot: QtBot, store: Store) -> None:
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QToolButton

    from touchtimer.ui.widgets import theme as themes

    d = dialog(qtbot, store)
    d.setStyleSheet(themes.stylesheet(themes.resolve("night"), 2.0))
    d.show()
    d.born_edit.setDate(date(2025, 9, 14))
    d.born_edit.pick_button.menu().aboutToShow.emit()
    month = d.born_edit.calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert month is not None
    assert month.minimumWidth() >= QFontMetrics(month.font()).horizontalAdvance("September")


def test_a_new_baby_is_announced_so_home_can_choose_them(qtbot: QtBot, store: Store) -> None:
    d = dialog(qtbot, store)
    added: list[str] = []
    d.baby_added.connect(added.append)
    qtbot.keyClicks(d.name_edit, "Ada")
    d.born_edit.setDate(TODAY - timedelta(days=20))
    baby = d.save()
    assert baby is not None and added == [baby.id]
    d.name_edit.setText("Ada Rose")
    d.save()                                   # a change to the same baby is not a new one
    assert added == [baby.id]


@pytest.mark.usefixtures("german")
def test_a_birth_date_after_today_is_said_in_german_under_german(qtbot: QtBot, store: Store) -> None:
    """The core's check of a baby reaches the dialog in the window's language."""
    d = dialog(qtbot, store)
    qtbot.keyClicks(d.name_edit, "Cleo")
    d.born_edit.setDate(qdate(TODAY + timedelta(days=1)))
    text = d.problems_label.text()
    assert not d.save_button.isEnabled() and "2025-06-02" in text
    assert "after today" not in text and text != ""
