"""A stage the parent moved on from is "moved on after 11 s", not a bare "skipped", wherever it is
shown after the session (the summary page and the history detail panel). The stored status is
unchanged: it is still ``skipped`` in the record and in every export. Its time is a length in words,
like every length outside the running clock ("done, 2 min" beside it, never "0:11")."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from pytestqt.qtbot import QtBot

from touchtimer.core.session.record import SessionRecord, StageRecord
from touchtimer.core.storage.store import open_store
from touchtimer.ui.history.detail import SessionDetail
from touchtimer.ui.session.summary_page import SummaryPage

T0 = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)


def record() -> SessionRecord:
    stages = [StageRecord(0, "Settle in", None, 120, 120, "done"),
              StageRecord(1, "Left leg", "left", 90, 11, "skipped"),
              StageRecord(2, "Right leg", "right", 90, 0, "skipped"),
              StageRecord(3, "Back", None, 120, 40, "stopped"),
              StageRecord(4, "Rest", None, 60, 0, "not_reached")]
    return SessionRecord("s1", "legs", "Legs", "massage", T0, T0 + timedelta(seconds=171), date(2026, 3, 20),
                         480, 171, "ended_early", stages)


def test_the_summary_says_moved_on_after_the_time_spent(qtbot: QtBot) -> None:
    page = SummaryPage()
    qtbot.addWidget(page)
    rec = record()
    page.show_record(rec)
    lines = page.stage_list.text().splitlines()
    assert lines[1] == "2. “Left leg”: moved on after 11 s"
    assert lines[2] == "3. “Right leg”: moved on straight away"
    assert lines[0] == "1. “Settle in”: done, 2 min"
    assert lines[3] == "4. “Back”: stopped early, 40 s"        # a stage's name, never the Back button
    assert lines[4] == "5. “Rest”: not reached"
    assert "skipped" not in page.stage_list.text() + page.facts.text()
    assert "2 moved on early" in page.facts.text() and "1 not reached" in page.facts.text()
    assert [s.status for s in rec.stages][1:3] == ["skipped", "skipped"]   # the record keeps its word


def test_the_history_detail_says_it_the_same_way(qtbot: QtBot) -> None:
    store = open_store(None)
    store.sessions.save(record())
    stored = store.sessions.get("s1")
    assert stored is not None
    detail = SessionDetail(store, UTC)
    qtbot.addWidget(detail)
    detail.show_session(stored)
    column = [row[3] for row in detail.stage_rows()]
    assert column == ["done", "moved on after 11 s", "moved on straight away", "stopped early", "not reached"]
    assert stored.stages[1].status == "skipped"
