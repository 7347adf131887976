"""The session object without Qt: one way from a finished session to a stored record, its summary kept
safe as it is answered, discards that the disk refuses remembered, and a slow disk that never holds up
the session's clock."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.reliability_helpers import three_stages
from touchtimer.core.babies.ages import Baby
from touchtimer.core.clock import FakeClock, FakeScheduler
from touchtimer.core.session.engine_state import State
from touchtimer.core.session.journal import recover_interrupted, resumable_sessions
from touchtimer.core.session.runner import SessionRunner
from touchtimer.core.session.safe_save import SaveResult
from touchtimer.core.session.session import NOTE_WRITE_DELAY, DiscardResult, Phase, Session, SummaryAnswers
from touchtimer.core.storage.discards import remembered_discards
from touchtimer.core.storage.store import Store, open_store
from touchtimer.core.storage.writer import InlineWriter, ThreadWriter, Writes

WAIT = 10.0


def dead(pid: int | None, boot: str) -> bool:
    return False


class Parts:
    """A runner on a fake clock, a second fake timer for the summary, and a store."""

    def __init__(self, store: Store, writer: Writes | None = None) -> None:
        self.clock = FakeClock()
        self.scheduler = FakeScheduler(self.clock)
        self.timer = FakeScheduler(self.clock)
        self.runner = SessionRunner(self.clock, self.scheduler)
        self.store = store
        if store.babies.list() == []:
            store.babies.save(Baby("b1", "Robin", date(2026, 1, 1)), created_at="2026-01-01T00:00:00+00:00")
        self.writer = writer or InlineWriter(store)
        self.problems: list[str] = []

    def session(self, **kwargs: object) -> Session:
        session = Session.load(self.runner, self.writer, three_stages(), baby_ids=["b1"], mood_before=2,
                               timer=self.timer, on_problem=self.problems.append, **kwargs)  # type: ignore[arg-type]
        session.start()
        return session

    def run(self, session: Session, seconds: int) -> None:
        for _ in range(seconds):
            self.scheduler.advance(1)
            self.runner.update()
            session.tick(self.clock.now)

    def type_note(self, seconds: float) -> None:
        self.timer.advance(seconds)


def journal(store: Store) -> list[tuple[str, str | None]]:
    return [(r["session_id"], r["finished_status"])
            for r in store.connection.execute("SELECT * FROM running_sessions")]


def test_a_finished_session_is_saved_by_one_path_with_its_answers(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.sqlite3") as store:
        parts = Parts(store)
        session = parts.session()
        parts.run(session, 70)
        assert session.phase is Phase.RUNNING and journal(store) == [(session.session_id, None)]
        with pytest.raises(RuntimeError):
            session.record()                       # not finished: nothing to keep yet
        parts.runner.end()
        assert session.finished and session.phase is Phase.SUMMARY
        session.answer(SummaryAnswers("fell_asleep", 4, "Slept on my chest."))
        results: list[SaveResult] = []
        assert session.save(results.append)
        (result,) = results
        assert result.saved and result.record == session.record()
        saved = store.sessions.get(session.session_id)
        assert saved is not None and saved == result.record
        assert (saved.status, saved.baby_ids, saved.mood_before) == ("ended_early", ["b1"], 2)
        answers = (saved.baby_response, saved.mood_after, saved.notes)
        assert answers == ("fell_asleep", 4, "Slept on my chest.")
        assert journal(store) == [] and session.phase is Phase.CLOSED
        assert parts.runner.engine is None         # the runner has let it go
        assert not session.save(results.append) and len(results) == 1     # saved once, never twice


def test_the_summary_is_checkpointed_choices_at_once_a_typed_note_within_a_second(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.sqlite3") as store:
        parts = Parts(store)
        session = parts.session()
        parts.run(session, 10)
        parts.runner.end()
        # From the moment it finishes, a crash offers to save it: the journal row says how it ended.
        assert journal(store) == [(session.session_id, "ended_early")]
        kept = store.sessions.get(session.session_id)
        assert kept is not None and kept.status == "interrupted" and kept.actual_seconds == 10

        session.answer(SummaryAnswers("calm", None, ""))          # a choice: written at once
        kept = store.sessions.get(session.session_id)
        assert kept is not None and kept.baby_response == "calm"
        for typed in ("Sl", "Slept", "Slept well"):               # a note being typed
            session.answer(SummaryAnswers("calm", None, typed))
        kept = store.sessions.get(session.session_id)
        assert kept is not None and kept.notes == ""              # not on every keystroke ...
        parts.type_note(NOTE_WRITE_DELAY)
        kept = store.sessions.get(session.session_id)
        assert kept is not None and kept.notes == "Slept well"    # ... but within the second
        session.answer(SummaryAnswers("calm", None, "Slept well, then fed"))
        session.answer(SummaryAnswers("calm", 5, "Slept well, then fed"))   # a choice takes the note along
        kept = store.sessions.get(session.session_id)
        assert kept is not None and (kept.mood_after, kept.notes) == (5, "Slept well, then fed")
        assert kept.status == "interrupted" and parts.timer.due is None


def test_after_a_crash_on_the_summary_what_was_written_is_offered_and_saved(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    store = open_store(path)
    parts = Parts(store)
    session = parts.session()
    parts.run(session, 150)                        # two stages, then the open-ended one ...
    parts.runner.next()                            # ... until the parent moves on: completed
    assert session.finished and session.record().status == "completed"
    session.answer(SummaryAnswers("calm", 4, "A good one."))
    store.close()                                  # the process dies on the summary
    parts.clock.advance(8 * 3600)                  # and starts again the next day

    with open_store(path) as again:
        (found,) = recover_interrupted(again, parts.clock.wall(), is_running=dead)
        (offered,) = resumable_sessions(again, parts.clock.wall())     # however long ago
        assert offered.finished_status == "completed" and found.record.notes == "A good one."
        unsaved = Session.unsaved(InlineWriter(again), found.record, "completed", parts.clock,
                                  routine=three_stages())
        assert unsaved.phase is Phase.SUMMARY and unsaved.answers == SummaryAnswers("calm", 4, "A good one.")
        results: list[SaveResult] = []
        assert unsaved.save(results.append) and results[0].saved
        saved = again.sessions.get(session.session_id)
        assert saved is not None and saved.status == "completed" and saved.notes == "A good one."
        assert saved.baby_ids == ["b1"] and saved.mood_before == 2
        assert resumable_sessions(again, parts.clock.wall()) == []


def test_a_full_disk_at_save_says_why_keeps_the_summary_and_try_again_saves(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.sqlite3") as store:
        parts = Parts(store)
        session = parts.session()
        parts.run(session, 30)
        parts.runner.end()
        results: list[SaveResult] = []
        with store.faults.failing(sqlite3.SQLITE_FULL):
            assert session.save(results.append)
        failed = results[0]
        assert not failed.saved and failed.problem == "full" and "disk is full" in failed.message
        assert session.phase is Phase.SUMMARY and failed.record == session.record()
        assert session.save(results.append) and results[1].saved           # "try again", with room
        assert store.sessions.count() == 1


def test_discard_removes_it_or_remembers_it_when_the_disk_refuses(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    with open_store(tmp_path / "s.sqlite3") as store:
        parts = Parts(store)
        first = parts.session(discards_folder=folder)
        parts.run(first, 10)
        parts.runner.end()
        results: list[DiscardResult] = []
        assert first.discard(results.append)
        assert results == [DiscardResult(first.session_id, removed=True)] and store.sessions.count() == 0

        second = parts.session(discards_folder=folder)
        parts.run(second, 10)
        store.faults.fail(sqlite3.SQLITE_FULL)
        parts.runner.end()
        assert second.discard(results.append)
        refused = results[1]
        assert not refused.removed and refused.remembered and "disk is full" in refused.detail
        assert remembered_discards(folder) == {second.session_id}
        store.faults.clear()
        kept = store.sessions.get(second.session_id)
        assert kept is not None and kept.status == "interrupted"      # honest: still in history


def test_a_slow_disk_never_holds_up_the_session_and_its_writes_coalesce(tmp_path: Path) -> None:
    """Every commit held back (a disk that sleeps) while the session runs on the fake clock: stage
    changes, ticks and the end all happen at once; at most one write waits behind the one on disk."""
    store = open_store(tmp_path / "s.sqlite3")
    delivered: list[Callable[[], None]] = []
    lock = threading.Lock()

    def deliver(fn: Callable[[], None]) -> None:
        with lock:
            delivered.append(fn)

    writer = ThreadWriter(store, deliver)
    parts = Parts(store, writer)
    store.faults.slow(60)
    session = parts.session()                      # the first checkpoint is on its way, held
    assert store.faults.wait_for_slow_commit(WAIT)
    parts.run(session, 130)                        # two stage changes and many ticks meanwhile
    engine = session.engine
    assert engine is not None and engine.index == 2 and engine.state is State.RUNNING
    assert writer.pending <= 2
    parts.runner.end()
    session.answer(SummaryAnswers("calm", 3, "Held up by the disk, not lost."))
    results: list[SaveResult] = []
    assert session.save(results.append) and session.phase is Phase.SAVING
    assert results == [] and writer.pending <= 2   # the save waits its turn; nothing was dropped
    store.faults.clear()
    assert writer.wait_idle(WAIT)
    with lock:
        pending, delivered[:] = list(delivered), []
    for fn in pending:
        fn()
    assert [r.saved for r in results] == [True] and session.phase is Phase.CLOSED
    saved = store.sessions.get(session.session_id)
    assert saved is not None and saved.notes == "Held up by the disk, not lost." and journal(store) == []
    assert store.faults.delayed <= 3               # the first checkpoint, one coalesced, the save
    writer.close()
    store.close()
