"""Crash-safe sessions: checkpoints, recovery as ``interrupted``, resuming the same session."""

from __future__ import annotations

import itertools
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from tests.helpers.reliability_helpers import checkpointed_session, refresh_for, three_stages
from touchtimer.core.clock import FakeClock, FakeScheduler
from touchtimer.core.session.engine import SessionEngine, State
from touchtimer.core.session.journal import (
    Checkpointer,
    recover_interrupted,
    resumable_sessions,
    resume_session,
)
from touchtimer.core.session.runner import SessionRunner
from touchtimer.core.storage.store import Store, open_store


def dead(pid: int | None, boot: str) -> bool:
    return False


def journal_rows(store: Store) -> list[sqlite3.Row]:
    return store.connection.execute("SELECT * FROM running_sessions").fetchall()


def start_session(store: Store, clock: FakeClock) -> tuple[SessionEngine, Checkpointer]:
    _runner, checkpointer = checkpointed_session(store, clock, baby_ids=[], mood_before=3)
    return checkpointer.engine, checkpointer


def run(checkpointer: Checkpointer, clock: FakeClock, seconds: int) -> None:
    """The once-a-second refresh, as the window does it."""
    assert checkpointer.runner is not None
    refresh_for(checkpointer.runner, checkpointer, clock, seconds)


def test_a_checkpoint_is_written_at_start_and_at_every_stage_change(tmp_path: Path) -> None:
    clock = FakeClock()
    with open_store(tmp_path / "t.sqlite3") as store:
        engine, checkpointer = start_session(store, clock)
        assert checkpointer.writes == 1
        assert store.connection.execute("PRAGMA synchronous").fetchone()[0] == 2   # FULL: on disk
        record = store.sessions.get(engine.session_id)
        assert record is not None and record.status == "interrupted" and record.mood_before == 3
        runner = checkpointer.runner
        assert runner is not None
        clock.advance(60)
        runner.update()                    # stage one ends, stage two starts: written at once
        row = journal_rows(store)[0]
        assert row["stage_index"] == 1 and row["stage_elapsed"] == 0.0
        runner.pause()
        assert journal_rows(store)[0]["engine_state"].count('"state":"paused"') == 1


def test_ticks_keep_every_gap_between_checkpoints_within_five_seconds(tmp_path: Path) -> None:
    clock = FakeClock()
    with open_store(tmp_path / "t.sqlite3") as store:
        _engine, checkpointer = start_session(store, clock)
        times = [clock.now]
        for _ in range(300):
            writes = checkpointer.writes
            run(checkpointer, clock, 1)
            if checkpointer.writes > writes:
                times.append(clock.now)
        gaps = [b - a for a, b in itertools.pairwise(times)]
        assert len(times) > 50 and max(gaps) <= 5


def test_after_a_crash_the_next_start_records_it_interrupted_up_to_the_last_checkpoint(
        tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    clock = FakeClock()
    store = open_store(path)
    engine, checkpointer = start_session(store, clock)
    run(checkpointer, clock, 75)          # 60 s in stage one, 15 s in stage two
    last = journal_rows(store)[0]["total_elapsed"]
    store.close()                                 # the process dies here: no final save
    clock.advance(2)

    with open_store(path) as again:
        found = recover_interrupted(again, clock.wall(), is_running=dead)
        assert [f.record.id for f in found] == [engine.session_id]
        record = found[0].record
        assert record.status == "interrupted"
        assert 75 - 5 <= record.actual_seconds == round(last) <= 75
        assert [s.status for s in record.stages] == ["done", "stopped", "not_reached"]
        assert recover_interrupted(again, clock.wall(), is_running=dead) == []   # only once
        assert [c.session_id for c in resumable_sessions(again, clock.wall())] == [engine.session_id]


def test_a_session_whose_process_still_runs_is_left_alone(tmp_path: Path) -> None:
    clock = FakeClock()
    with open_store(tmp_path / "t.sqlite3") as store:
        _engine, _ = start_session(store, clock)
        assert recover_interrupted(store, clock.wall(), is_running=lambda pid, boot: True) == []
        assert journal_rows(store)[0]["recovered_at"] is None


def test_resuming_continues_the_same_session_and_the_finished_save_clears_the_journal(
        tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    clock = FakeClock()
    store = open_store(path)
    engine, checkpointer = start_session(store, clock)
    run(checkpointer, clock, 80)
    store.close()
    clock.advance(600)                            # ten minutes later, touchtimer starts again

    with open_store(path) as again:
        recover_interrupted(again, clock.wall(), is_running=dead)
        (checkpoint,) = resumable_sessions(again, clock.wall())
        resumed = resume_session(again, checkpoint, three_stages(), clock.now, clock.wall())
        engine2 = resumed.engine
        assert engine2.session_id == engine.session_id and resumed.mood_before == 3
        assert engine2.state is State.PAUSED and engine2.index == 1
        snap = engine2.snapshot(clock.now)
        assert snap.stage_elapsed == pytest.approx(checkpoint.stage_elapsed)
        runner = SessionRunner(clock, FakeScheduler(clock))
        runner.adopt(engine2)
        cp2 = Checkpointer(again, runner, mood_before=resumed.mood_before)
        runner.resume()
        assert journal_rows(again)[0]["recovered_at"] is None     # running again, ours
        run(cp2, clock, 60)
        runner.end()
        final = engine2.record()
        again.sessions.save(final)
        assert journal_rows(again) == []
        saved = again.sessions.get(engine.session_id)
        assert saved is not None and saved.status == "ended_early"
        assert saved.actual_seconds == pytest.approx(round(checkpoint.total_elapsed) + 60, abs=1)
        # the record still spans the real wall time, gap included
        assert saved.ended_at - saved.started_at >= timedelta(seconds=80 + 600 + 60 - 5)
        assert again.sessions.count() == 1


def test_only_sessions_that_ended_less_than_thirty_minutes_ago_are_offered(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    clock = FakeClock()
    store = open_store(path)
    engine, checkpointer = start_session(store, clock)
    run(checkpointer, clock, 20)
    store.close()
    clock.advance(31 * 60)
    with open_store(path) as again:
        found = recover_interrupted(again, clock.wall(), is_running=dead)
        assert found[0].record.status == "interrupted"
        assert resumable_sessions(again, clock.wall()) == []
        assert journal_rows(again) == []                # the journal row goes, the session stays
        assert again.sessions.get(engine.session_id) is not None


def test_declining_to_resume_keeps_the_session(tmp_path: Path) -> None:
    clock = FakeClock()
    with open_store(tmp_path / "t.sqlite3") as store:
        engine, checkpointer = start_session(store, clock)
        run(checkpointer, clock, 10)
        recover_interrupted(store, clock.wall(), is_running=dead)
        store.checkpoints.dismiss(engine.session_id)
        assert resumable_sessions(store, clock.wall()) == []
        record = store.sessions.get(engine.session_id)
        assert record is not None and record.status == "interrupted"


def test_a_failed_checkpoint_never_stops_the_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     ) -> None:
    clock = FakeClock()
    errors: list[str] = []
    with open_store(tmp_path / "t.sqlite3") as store:
        _runner, checkpointer = checkpointed_session(store, clock, on_error=errors.append)
        engine = checkpointer.engine

        def full(*args: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr("touchtimer.core.session.journal.write_checkpoint", full)
        run(checkpointer, clock, 70)
        assert engine.index == 1 and checkpointer.last_error == "database or disk is full"
        assert errors == ["database or disk is full"]          # told once, not every tick
        monkeypatch.undo()
        run(checkpointer, clock, 5)
        assert checkpointer.last_error is None


def test_a_changed_routine_or_damaged_state_cannot_be_resumed(tmp_path: Path) -> None:
    clock = FakeClock()
    with open_store(tmp_path / "t.sqlite3") as store:
        _engine, checkpointer = start_session(store, clock)
        run(checkpointer, clock, 10)
        recover_interrupted(store, clock.wall(), is_running=dead)
        (checkpoint,) = resumable_sessions(store, clock.wall())
        shorter = three_stages()
        shorter = type(shorter)(**{**shorter.__dict__, "stages": shorter.stages[:2]})
        with pytest.raises(ValueError, match="does not fit"):
            resume_session(store, checkpoint, shorter, clock.now, clock.wall())
        damaged = type(checkpoint)(**{**checkpoint.__dict__, "engine_state": '{"format": 1'})
        with pytest.raises(ValueError, match="not readable"):
            resume_session(store, damaged, three_stages(), clock.now, clock.wall())
