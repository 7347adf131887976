"""The history view with qtbot: filters, detail, note editing, delete and undo, paging, totals, files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from tests.helpers import REPO_ROOT
from tests.helpers.history_factory import session
from touchtimer.core.babies.ages import Baby
from touchtimer.core.clock import FakeClock
from touchtimer.core.history.days import PRETERM_GUIDANCE
from touchtimer.core.history.export_format import export_json
from touchtimer.core.settings import Settings, load_settings
from touchtimer.core.storage.store import Store, open_store
from touchtimer.ui.history.filters import CUSTOM, LAST_7
from touchtimer.ui.history.model import DayEntry, SessionEntry
from touchtimer.ui.history.view import HistoryView

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 20, 21, 0, tzinfo=UTC)
ADA = Baby("ada", "Ada", date(2026, 1, 1))
BEN = Baby("ben", "Ben", date(2026, 1, 1), date(2026, 2, 20))        # born at about 33 weeks


def at(days_back: int, hour: int, minute: int = 0) -> datetime:
    day = NOW.date() - timedelta(days=days_back)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=LONDON).astimezone(UTC)


@pytest.fixture
def store() -> Store:
    s = open_store(None)
    s.babies.save(ADA, created_at="2026-01-01T00:00:00+00:00")
    s.sessions.save(session("today-skin", at(0, 9), 40, babies=["ada"], notes="sleepy"))
    s.sessions.save(session("today-massage", at(0, 11), 12, kind="massage", routine="gentle-hello",
                            babies=["ada"]))
    s.sessions.save(session("night", at(1, 23, 30), 60, babies=["ada"]))     # runs into today
    s.sessions.save(session("old", at(20, 10), 25))
    return s


def make_view(qtbot: QtBot, store: Store, **kw: object) -> HistoryView:
    view = HistoryView(store, Settings(), tz=LONDON, clock=FakeClock(wall_start=NOW), **kw)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.resize(1200, 850)
    view.show()
    return view


def listed(view: HistoryView) -> list[str]:
    out = []
    for row in range(view.model.rowCount()):
        entry = view.model.entry(row)
        out.append(f"# {entry.day}" if isinstance(entry, DayEntry) else entry.row.id)
    return out


def test_sessions_by_local_day_newest_first_with_day_totals(qtbot: QtBot, store: Store) -> None:
    view = make_view(qtbot, store)
    assert listed(view) == ["# 2026-03-20", "today-massage", "today-skin", "# 2026-03-19", "night",
                            "# 2026-02-28", "old"]
    today = view.model.entry(0)
    assert isinstance(today, DayEntry)
    assert round(today.total.skin_seconds / 60) == 70                  # 40 today + 30 after midnight
    assert view.model.day_title(today) == "Today"
    assert view.model.day_totals_text(today) == "skin-to-skin 1 h 10 min · 1 massage"
    night = view.model.entry(4)
    assert isinstance(night, SessionEntry)
    assert "(next day)" in view.model.session_title(night)
    assert not view.model.flags(view.model.index(0)) & Qt.ItemFlag.ItemIsSelectable


def test_filters_narrow_the_list(qtbot: QtBot, store: Store) -> None:
    store.babies.save(BEN, created_at="2026-01-01T00:00:00+00:00")
    store.sessions.save(session("ben-1", at(2, 10), 15, babies=["ben"]))
    view = make_view(qtbot, store)
    view.refresh()
    assert view.filters.baby_box.isVisibleTo(view)
    view.filters.select(view.filters.kind_box, "massage")
    assert [x for x in listed(view) if not x.startswith("#")] == ["today-massage"]
    view.filters.select(view.filters.kind_box, None)
    view.filters.select(view.filters.baby_box, "ben")
    assert [x for x in listed(view) if not x.startswith("#")] == ["ben-1"]
    view.filters.select(view.filters.baby_box, None)
    view.filters.select(view.filters.routine_box, "gentle-hello")
    assert [x for x in listed(view) if not x.startswith("#")] == ["today-massage"]
    view.filters.select(view.filters.routine_box, None)
    view.filters.select(view.filters.range_box, LAST_7)
    assert "old" not in listed(view) and "night" in listed(view)
    view.filters.select(view.filters.range_box, CUSTOM)
    assert view.filters.from_edit.isVisibleTo(view)
    view.filters.from_edit.setDate(date(2026, 3, 20))
    view.filters.to_edit.setDate(date(2026, 3, 20))
    # the night session began on the 19th but ran into the 20th, so a range of the 20th shows it
    assert [x for x in listed(view) if not x.startswith("#")] == ["today-massage", "today-skin", "night"]
    view.filters.from_edit.setDate(date(2026, 1, 1))
    view.filters.to_edit.setDate(date(2026, 1, 2))
    assert listed(view) == [] and view.empty_label.isVisibleTo(view)
    assert view.empty_label.text() == "No sessions match these choices."


def test_an_empty_store_says_so_gently(qtbot: QtBot) -> None:
    view = make_view(qtbot, open_store(None))
    assert view.model.rowCount() == 0
    assert view.empty_label.text() == "Sessions you finish will appear here."
    assert view.totals.chart.days and all(d.skin_seconds == 0 for d in view.totals.chart.days)


def test_selecting_a_session_shows_every_detail(qtbot: QtBot, store: Store) -> None:
    view = make_view(qtbot, store)
    assert view.detail.title.text() == "Choose a session to see it here"
    assert view.select_session("today-skin")
    d = view.detail
    assert d.title.text() == "Close Time"
    assert "09:00" in d.when.text() and "40 min" in d.when.text()
    assert (d.kind.text(), d.status.text(), d.babies.text(), d.response.text()) == \
        ("Skin-to-skin", "completed", "Ada", "calm")
    assert d.moods.text() == "before 2 of 5, after 4 of 5"
    assert d.stage_rows() == [["“Settle in”", "2 min", "2 min", "done"],
                              ["“Hold”", "open-ended", "38 min", "done"],
                              ["“Return”", "1 min", "0 s", "moved on straight away"]]
    shown = d.stages.text()           # every stage name whole, in quotes: never read as a button
    assert all(f"“{name}”" in shown for name in ("Settle in", "Hold", "Return"))
    assert d.note.toPlainText() == "sleepy"


def test_editing_the_note_saves_it(qtbot: QtBot, store: Store) -> None:
    view = make_view(qtbot, store)
    view.select_session("today-massage")
    assert not view.detail.save_button.isEnabled()
    view.detail.note.setPlainText("Loved the foot strokes")
    assert view.detail.save_button.isEnabled() and view.detail.saved_label.text() == "Not saved yet"
    qtbot.mouseClick(view.detail.save_button, Qt.MouseButton.LeftButton)
    record = store.sessions.get("today-massage")
    assert record is not None and record.notes == "Loved the foot strokes"
    assert view.detail.saved_label.text() == "Note saved"
    entry = view.model.entry(view.model.row_of("today-massage"))
    assert isinstance(entry, SessionEntry) and entry.row.has_note
    # an unsaved edit is kept when another session is chosen
    view.detail.note.setPlainText("changed my mind")
    view.select_session("old")
    record = store.sessions.get("today-massage")
    assert record is not None and record.notes == "changed my mind"


def test_delete_then_undo_brings_the_session_back(qtbot: QtBot, store: Store) -> None:
    view = make_view(qtbot, store)
    before = store.sessions.get("night")
    view.select_session("night")
    qtbot.mouseClick(view.detail.delete_button, Qt.MouseButton.LeftButton)
    assert store.sessions.get("night") is None and "night" not in listed(view)
    assert view.undo_bar.isVisibleTo(view)
    assert view.undo_bar.message.text() == "Deleted the session from Yesterday at 23:30."
    qtbot.mouseClick(view.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert store.sessions.get("night") == before
    assert "night" in listed(view) and view.selected_session_id() == "night"
    assert not view.undo_bar.isVisibleTo(view)


def test_delete_and_undo_from_the_keyboard(qtbot: QtBot, store: Store) -> None:
    view = make_view(qtbot, store)
    view.select_session("old")
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert store.sessions.get("old") is None
    qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.sessions.get("old") is not None and view.selected_session_id() == "old"


def test_paging_reads_only_what_is_scrolled_to(qtbot: QtBot) -> None:
    big = open_store(None)
    with big.batch():
        for i in range(500):
            big.sessions.save(session(f"s{i:03d}", NOW - timedelta(hours=5 * i), 20))
    view = make_view(qtbot, big, page_size=100)
    assert view.model.total_sessions == 500 and view.model.loaded_sessions == 100
    assert view.model.canFetchMore()
    view.list.scrollToBottom()                  # the view asks the model for the next page itself
    assert view.model.loaded_sessions == 200
    while view.model.canFetchMore():
        view.model.fetchMore()
    assert view.model.loaded_sessions == 500
    ids = [e for e in listed(view) if not e.startswith("#")]
    assert ids == [f"s{i:03d}" for i in range(500)]                         # newest first, no repeats
    days = [e for e in listed(view) if e.startswith("#")]
    assert len(days) == len(set(days))                                      # one header per day
    assert view.select_session("s499")


def test_totals_chart_and_daily_aim(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    settings_dir = tmp_path / "config"
    view = make_view(qtbot, store, settings_folder=settings_dir)
    chart = view.totals.chart
    assert [d.day for d in chart.days][-1] == date(2026, 3, 20) and len(chart.days) == 7
    assert [round(d.skin_seconds / 60) for d in chart.days][-2:] == [30, 70]
    assert "Skin-to-skin: 1 h 40 min in all" in view.totals.sums.text()
    qtbot.mouseClick(view.totals.month_button, Qt.MouseButton.LeftButton)
    assert len(chart.days) == 30
    view.totals.target_box.setValue(90)
    assert load_settings(settings_dir).settings.daily_target_minutes == 90
    assert chart.accessibleDescription().endswith("daily target 90 min")
    assert not chart.grab().isNull()
    assert not view.totals.guidance.isVisibleTo(view.totals)
    words = (view.totals.sums.text() + chart.accessibleDescription()).lower()
    assert not any(w in words for w in ("streak", "missed", "failed", "only"))


def test_babies_in_the_kangaroo_care_period_get_the_who_note(qtbot: QtBot, store: Store) -> None:
    # born early, but four weeks past the due date today: past the period
    store.babies.save(BEN, created_at="2026-01-01T00:00:00+00:00")
    view = make_view(qtbot, store)
    assert not view.totals.guidance.isVisibleTo(view.totals)
    # before the due date
    store.babies.save(Baby("cai", "Cai", date(2026, 2, 10), date(2026, 3, 30)),
                      created_at="2026-01-01T00:00:00+00:00")
    view = make_view(qtbot, store)
    assert view.totals.guidance.isVisibleTo(view.totals)
    assert view.totals.guidance.text() == PRETERM_GUIDANCE
    view.filters.select(view.filters.baby_box, "ben")
    assert not view.totals.guidance.isVisibleTo(view.totals)
    view.filters.select(view.filters.baby_box, "cai")
    assert view.totals.guidance.isVisibleTo(view.totals)


def test_export_and_import_from_the_window(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    view = make_view(qtbot, store)
    out = tmp_path / "all.json"
    assert view.export_to(out, "json") and out.read_text("utf-8") == export_json(store)
    assert view.export_to(tmp_path / "all.csv", "csv")
    assert (tmp_path / "all.csv").read_bytes().count(b"\r\n") == 5
    other = make_view(qtbot, open_store(None))
    assert other.import_from(out)
    assert other.model.total_sessions == 4
    assert other.import_result.headline.text() == "Imported all.json: added 4 sessions, 0 already here."
    assert other.import_from(out)
    assert other.import_result.headline.text() == "Imported all.json: added 0 sessions, 4 already here."


def test_a_bad_import_lists_every_problem_and_changes_nothing(qtbot: QtBot, store: Store,
                                                              tmp_path: Path) -> None:
    view = make_view(qtbot, store)
    before = export_json(store)
    doc = json.loads(before)
    doc["sessions"][0]["kind"] = "hug"
    doc["sessions"][1]["actual_seconds"] = "x"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    assert not view.import_from(bad)
    assert view.import_result.isVisibleTo(view)
    assert view.import_result.headline.text().startswith("bad.json was not imported and nothing was changed")
    details = view.import_result.details.toPlainText().splitlines()
    assert details == ['• session 1: the kind of session must be one of "skin_to_skin", "massage" '
                       '(the file has "hug")',
                       '• session 2: the time spent must be a whole number of seconds from 0 to 31,622,400 '
                       '(the file has "x")']
    assert export_json(store) == before
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert not view.import_from(garbage)
    assert "not a text file" in view.import_result.details.toPlainText()


def test_the_history_loads_neither_qtcharts_nor_the_pdf_writer_until_asked(tmp_path: Path) -> None:
    """In a fresh interpreter (other tests here load the PDF writer): build the history with sessions,
    then print a summary; the PDF module comes only with the print, QtCharts never."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from tests.helpers.history_factory import session\n"
        "from touchtimer.core.clock import FakeClock\n"
        "from touchtimer.core.settings import Settings\n"
        "from touchtimer.core.storage.store import open_store\n"
        "from touchtimer.ui.history.view import HistoryView\n"
        "store = open_store(None)\n"
        "store.sessions.save(session('s'))\n"
        "view = HistoryView(store, Settings(), clock=FakeClock())\n"
        "view.show()\n"
        "app.processEvents()\n"
        "loaded = lambda: [m for m in ('PySide6.QtCharts', 'touchtimer.ui.history.report_pdf')"
        " if m in sys.modules]\n"
        "print(loaded())\n"
        f"assert view.print_summary_to(Path({str(tmp_path / 'summary.pdf')!r})) >= 1\n"
        "print(loaded())\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          cwd=REPO_ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["[]", "['touchtimer.ui.history.report_pdf']"]
