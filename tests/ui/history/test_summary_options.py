"""The summary for a health visitor leaves out the parent's mood ratings and notes unless the parent
ticks them, and labels mood as their own rating, not a score."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QFileDialog

from tests.helpers.history_factory import session
from touchtimer.core.babies.ages import Baby
from touchtimer.core.clock import FakeClock
from touchtimer.core.settings import Settings
from touchtimer.core.storage.store import Store, open_store
from touchtimer.ui.history.summary_options import SummaryOptions, SummaryOptionsDialog
from touchtimer.ui.history.view import HistoryView

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 20, 21, 0, tzinfo=UTC)
NOTE = "cried at the start, private words"
MOOD_LABEL = "the parent's own 1–5 rating of how they felt (1 very low, 5 very good), not a score"


def text_of(path: Path) -> str:
    from PySide6.QtPdf import QPdfDocument

    pdf = QPdfDocument()
    assert pdf.load(str(path)) == QPdfDocument.Error.None_
    text = " ".join(pdf.getAllText(p).text() for p in range(pdf.pageCount()))
    pdf.close()
    return " ".join(text.split())


def store_with_moods() -> Store:
    store = open_store(None)
    store.babies.save(Baby("mia", "Mia", date(2026, 1, 16), date(2026, 3, 1)),
        created_at="2026-01-01T00:00:00+00:00")
    for d in range(3):
        record = session(f"s{d}", NOW - timedelta(days=d, hours=2), 30, babies=["mia"], notes=NOTE)
        record.mood_before, record.mood_after = 2, 4
        store.sessions.save(record)
    return store


def view_of(qtbot: QtBot, store: Store) -> HistoryView:
    view = HistoryView(store, Settings(), tz=LONDON, clock=FakeClock(wall_start=NOW))
    qtbot.addWidget(view)
    return view


def test_mood_and_notes_are_left_out_by_default(qtbot: QtBot, tmp_path: Path) -> None:
    view = view_of(qtbot, store_with_moods())
    path = tmp_path / "default.pdf"
    assert view.print_summary_to(path) >= 1
    text = text_of(path)
    assert "Mia, born 16 January 2026" in text and "When" in text
    assert NOTE not in text and "2 → 4" not in text and "mood" not in text.lower()

    path = tmp_path / "chosen.pdf"
    first, last = view.summary_range()
    assert view.print_summary_to(path, SummaryOptions(first, last, include_mood=True, include_notes=True))
    text = text_of(path)
    assert NOTE in text and "2 → 4" in text and MOOD_LABEL in text


def test_print_asks_what_to_include_first_with_both_boxes_off(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    view = view_of(qtbot, store_with_moods())
    target = tmp_path / "asked.pdf"
    asked: list[str] = []

    def save_name(*args: object, **_kw: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    view.pdf_button.click()                   # Save summary as PDF… (Print summary… prints it instead)
    dialog = view.findChild(SummaryOptionsDialog)
    assert dialog is not None and dialog.isVisible() and asked == []       # the file is asked for after
    assert not dialog.mood.isChecked() and not dialog.notes.isChecked()
    assert dialog.options() == SummaryOptions(*view.summary_range())
    dialog.notes.setChecked(True)
    dialog.first.setDate(dialog.last.date().addDays(-6))
    dialog.save_button.click()
    assert asked and asked[0].endswith("touchtimer-summary-2026-03-14-to-2026-03-20.pdf")
    text = text_of(target)
    assert NOTE in text and MOOD_LABEL not in text and "2 → 4" not in text
    assert "14 March 2026 to 20 March 2026" in text


def test_a_first_day_after_the_last_is_explained_and_cannot_be_saved(qtbot: QtBot) -> None:
    dialog = SummaryOptionsDialog(date(2026, 3, 1), date(2026, 3, 20), date(2026, 3, 20))
    qtbot.addWidget(dialog)
    dialog.first.setDate(dialog.last.date().addDays(3))
    assert not dialog.save_button.isEnabled()                    # never after today
    assert "still to come" in dialog.problem.text()
    dialog.first.setDate(dialog.last.date())
    assert dialog.save_button.isEnabled()
    dialog.first.edit.setText("the third")
    assert not dialog.save_button.isEnabled() and "is not a date" in dialog.problem.text()
    dialog.first.setDate(dialog.last.date())
    dialog.last.setDate(dialog.last.date().addDays(-5))
    assert not dialog.save_button.isEnabled() and not dialog.problem.isHidden()
    assert "first day comes after the last" in dialog.problem.text()
    dialog.last.setDate(dialog.first.date())
    assert dialog.save_button.isEnabled() and dialog.problem.isHidden()
