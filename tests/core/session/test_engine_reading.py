"""What the engine lets a view read (its snapshot) and what it leaves behind (the record)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from tests.helpers.engine_parts import T0, WALL, fixed, open_stage, routine, started
from touchtimer.core.routines.model import Prompt, Stage
from touchtimer.core.session.engine import SessionEngine, State

# -- what a view reads -----------------------------------------------------------------------------


def test_snapshot_of_a_fixed_routine() -> None:
    hello = Prompt(text="Hello", at_seconds=10)
    r = routine(fixed(60, hello), fixed(90))
    engine = started(r)
    engine.update(T0 + 30)
    snap = engine.snapshot(T0 + 30)
    assert snap.state is State.RUNNING
    assert snap.index == 0 and snap.stage is r.stages[0] and snap.next_stage is r.stages[1]
    assert snap.stage_elapsed == 30 and snap.stage_length == 60 and snap.stage_remaining == 30
    assert snap.stage_progress == pytest.approx(0.5)
    assert snap.total_elapsed == 30 and snap.total_planned == 150 and snap.total_remaining == 120
    assert snap.total_progress == pytest.approx(30 / 150)
    assert snap.prompt is hello and snap.stage_count == 2
    # A read long after, without an update, never shows more than the stage's length.
    late = engine.snapshot(T0 + 59.5)
    assert late.stage_remaining == pytest.approx(0.5)
    engine.update(T0 + 150)
    done = engine.snapshot(T0 + 150)
    assert done.state is State.FINISHED and done.next_stage is None
    assert done.total_progress == 1.0 and done.total_remaining == 0 and done.total_elapsed == 150


def test_snapshot_of_an_open_ended_stage() -> None:
    r = routine(fixed(60), open_stage(target=3600), fixed(60))
    engine = started(r)
    engine.update(T0 + 60 + 1800)
    snap = engine.snapshot(T0 + 60 + 1800)
    assert snap.stage_length is None and snap.stage_remaining is None
    assert snap.stage_progress == pytest.approx(0.5), "progress towards the target"
    assert snap.total_planned is None and snap.total_remaining is None
    # The whole routine by time, the open-ended stage counted as its target: 60 + 1800 of 3720 s.
    assert snap.total_progress == pytest.approx(1 - (1800 + 60) / 3720)
    fresh = started(r)
    fresh.update(T0 + 65)
    just_begun = fresh.snapshot(T0 + 65)           # five seconds into the open-ended stage
    assert just_begun.index == 1
    assert just_begun.total_progress == pytest.approx(65 / 3720)        # no jump to a third of the way
    over = engine.snapshot(T0 + 60 + 7200)
    assert over.stage_progress == 1.0 and over.stage_elapsed == 7200
    no_target = started(routine(open_stage()))
    assert no_target.snapshot(T0 + 100).stage_progress is None
    assert no_target.snapshot(T0 + 100).total_progress == 0.0


def test_snapshot_before_start() -> None:
    r = routine(fixed(60), fixed(30))
    snap = SessionEngine(r).snapshot(T0)
    assert snap.state is State.READY and snap.index == 0 and snap.stage_elapsed == 0
    assert snap.total_elapsed == 0 and snap.total_remaining == 90 and snap.total_progress == 0


def test_next_due_names_the_next_moment() -> None:
    r = routine(fixed(60, Prompt(text="Hi", at_seconds=20)), fixed(60))
    engine = started(r)
    assert engine.next_due() == T0 + 20
    engine.update(T0 + 20)
    assert engine.next_due() == T0 + 50
    engine.update(T0 + 50)
    assert engine.next_due() == T0 + 60
    engine.end(T0 + 55)
    assert engine.next_due() is None


# -- the record ----------------------------------------------------------------------------------


def test_record_of_a_completed_session() -> None:
    r = routine(Stage(title="Left", instruction="x", seconds=60, side="left"), fixed(90, title="Rest"))
    engine = SessionEngine(r, session_id="abc")
    engine.start(T0, wall=WALL)
    engine.update(T0 + 150)
    record = engine.record()
    assert record.id == "abc" and record.routine_id == "test" and record.routine_title == "Test"
    assert record.kind == "skin_to_skin" and record.status == "completed"
    assert record.planned_seconds == 150 and record.actual_seconds == 150
    assert record.started_at == WALL.replace(microsecond=0)
    assert record.started_at.tzinfo is not None and record.started_at.utcoffset() == timedelta(0)
    assert record.ended_at == record.started_at + timedelta(seconds=150)
    assert record.local_date == record.started_at.astimezone().date()
    assert [(s.position, s.title, s.side, s.planned_seconds, s.actual_seconds, s.status)
            for s in record.stages] == [(0, "Left", "left", 60, 60, "done"),
                                        (1, "Rest", None, 90, 90, "done")]


def test_record_of_a_running_session_is_an_interrupted_checkpoint() -> None:
    engine = started(routine(fixed(60), fixed(60)))
    engine.update(T0 + 75)
    record = engine.record(T0 + 75)
    assert record.status == "interrupted"
    assert [s.actual_seconds for s in record.stages] == [60, 15]
    assert [s.status for s in record.stages] == ["done", "stopped"], "the stage under way was stopped"
    assert record.actual_seconds == 75
    open_ended = started(routine(fixed(60), open_stage(), fixed(60)))
    open_ended.next(T0 + 10)
    open_ended.pause(T0 + 500)
    assert [s.status for s in open_ended.record(T0 + 600).stages] == ["skipped", "done", "not_reached"]
    assert engine.record(T0 + 75, status="ended_early").status == "ended_early"


def test_session_ids_are_unique_uuids() -> None:
    a, b = SessionEngine(routine(fixed(60))), SessionEngine(routine(fixed(60)))
    assert a.session_id != b.session_id and len(a.session_id) == 36


def test_the_wall_start_given_is_kept_in_utc() -> None:
    engine = SessionEngine(routine(fixed(60)))
    two_hours_east = timezone(timedelta(hours=2))
    engine.start(T0, wall=datetime(2026, 3, 1, 23, 30, 15, tzinfo=two_hours_east))
    started_at = engine.record(T0).started_at
    assert started_at == datetime(2026, 3, 1, 21, 30, 15, tzinfo=UTC)
    assert started_at.utcoffset() == timedelta(0)


@pytest.fixture
def eight_hours_behind_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "TST+08")  # a POSIX zone: needs no tz database
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("eight_hours_behind_utc")
def test_local_date_is_the_local_day_the_session_began() -> None:
    engine = SessionEngine(routine(fixed(60)))
    engine.start(T0, wall=datetime(2026, 1, 6, 2, 0, tzinfo=UTC))  # 18:00 on the 5th, locally
    engine.update(T0 + 60)
    record = engine.record()
    assert record.started_at == datetime(2026, 1, 6, 2, 0, tzinfo=UTC)
    assert record.local_date == date(2026, 1, 5)
