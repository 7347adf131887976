"""Crash-safe sessions: checkpoints while a session runs, recovery at the next start.

While a session runs, a :class:`Checkpointer` writes it to the store at every stage change (and on
pause, resume and "wait for me") and at least every :data:`CHECKPOINT_SECONDS` when told ``tick``
by the once-a-second refresh. It writes through a :class:`~touchtimer.core.storage.writer.Writes`
port: in the app on the writer's thread (a slow disk never holds up the window), in tests and on the
command line at once. Each checkpoint writes the session record itself with status
``interrupted`` and the time up to that moment, plus a ``running_sessions`` row holding what is
needed to continue it (:class:`~touchtimer.core.session.engine_state.EngineState` as JSON, written by
:mod:`~touchtimer.core.session.state_codec`, and the wall time).

If the process dies, nothing more is needed for history to be right: the session is already there,
``interrupted``, with at most one checkpoint interval lost. Once it has finished, its summary's
answers and note are checkpointed too (:func:`write_summary_checkpoint`, by
:class:`~touchtimer.core.session.session.Session`): the row then says how it ended. At the next start,
:func:`recover_interrupted` marks the journal rows of dead processes as recovered and reports them;
:func:`resumable_sessions` lists those that ended less than :data:`RESUME_WINDOW` ago (to continue)
and every finished one (to save with what was written), and :func:`resume_session` continues one with
the same session id. Saving the finished session with
``store.sessions.save`` removes its journal row (by cascade), so a finished session never comes back.
The rows themselves are read and written by ``store.checkpoints`` (``core/storage/checkpoints.py``);
this module decides when to write, whose process is gone and what may be resumed.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from touchtimer.core.i18n import Length
from touchtimer.core.routines.model import Routine
from touchtimer.core.session.engine import SessionEngine
from touchtimer.core.session.engine_state import EngineState, State
from touchtimer.core.session.events import (
    Event,
    SessionFinished,
    SessionPaused,
    SessionResumed,
    StageStarted,
    WaitingForParent,
)
from touchtimer.core.session.record import SessionRecord
from touchtimer.core.session.runner import SessionListener, SessionRunner
from touchtimer.core.session.state_codec import state_from_json, state_to_json
from touchtimer.core.storage.rows import Checkpoint
from touchtimer.core.storage.store import Store
from touchtimer.core.storage.writer import InlineWriter, Outcome, Writes

__all__ = ["CHECKPOINT_SECONDS", "LIVE_OWNER_GRACE", "RESUME_WINDOW", "Checkpoint", "Checkpointer",
           "RecoveredSession", "ResumedSession", "boot_id", "owner_running", "recover_interrupted",
           "resumable_sessions", "resume_session", "state_from_json", "state_to_json",
           "stopped_after_text", "write_checkpoint", "write_summary_checkpoint"]

#: A checkpoint is written when a tick finds the last one this old. With the once-a-second
#: refresh, a tick that comes a second late still keeps the loss under five seconds.
CHECKPOINT_SECONDS = 4.0
#: A session that ended (by a crash) less than this long ago is offered for resuming.
RESUME_WINDOW = timedelta(minutes=30)
#: A journal row whose process still exists is left alone unless it is older than this (a paused
#: session writes nothing for as long as it stays paused)
#: (then the process id has been reused, or the process hangs and will not write again).
LIVE_OWNER_GRACE = timedelta(hours=12)
_STAGE_CHANGES = (StageStarted, WaitingForParent, SessionPaused, SessionResumed)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _moment(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def boot_id() -> str:
    """This machine's boot id on Linux (changes at every boot); empty elsewhere."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text("ascii").strip()
    except OSError:
        return ""


# -- writing checkpoints ------------------------------------------------------------------------


def write_checkpoint(store: Store, record: SessionRecord, state: EngineState, wall: datetime) -> None:
    """Write the session (as ``interrupted``) and its journal row in one transaction."""
    store.checkpoints.write(record, Checkpoint(
        session_id=record.id, routine_id=state.routine_id, stage_index=state.index,
        stage_elapsed=state.visit_elapsed, total_elapsed=state.total_elapsed,
        wait_for_me=state.wait_between_stages, checkpoint_at=wall, engine_state=state_to_json(state),
        recovered_at=None, owner_pid=os.getpid(), owner_boot=boot_id()))


def write_summary_checkpoint(store: Store, record: SessionRecord, wall: datetime) -> None:
    """Write a finished session whose summary is on screen: the record with what the parent has
    answered so far, kept as ``interrupted`` until it is saved, and a journal row saying how it
    ended (``record.status``), so that after a crash it is offered to be saved, not continued."""
    if record.status == "interrupted":
        raise ValueError("only a finished session has a summary")
    kept = replace(record, status="interrupted", stages=list(record.stages), baby_ids=list(record.baby_ids))
    last = max(0, len(record.stages) - 1)
    store.checkpoints.write(kept, Checkpoint(
        session_id=record.id, routine_id=record.routine_id, stage_index=last, stage_elapsed=0.0,
        total_elapsed=float(record.actual_seconds), wait_for_me=False, checkpoint_at=wall,
        engine_state="", recovered_at=None, owner_pid=os.getpid(), owner_boot=boot_id(),
        finished_status=record.status))


class Checkpointer(SessionListener):
    """Keeps the runner's session safe in the store. Create it after ``runner.load``, before ``start``
    (or after ``runner.adopt``): it keeps that one session.

    It listens to the runner and writes at every stage change; the app's once-a-second refresh
    calls :meth:`tick`. ``store`` is a :class:`Store` (written at once, on this thread) or a
    :class:`~touchtimer.core.storage.writer.Writes` port (the app's writer thread): then a write
    still under way when the next falls due is coalesced with it. A failed write (a full disk) never
    stops the session: the error is kept in :attr:`last_error`, ``on_error`` is told once per run of
    failures, and the next tick tries again.
    """

    def __init__(self, store: Store | Writes, runner: SessionRunner, *,
                 baby_ids: Sequence[str] = (), mood_before: int | None = None,
                 caregiver_ids: Sequence[str] = (), interval: float = CHECKPOINT_SECONDS,
                 on_error: Callable[[str], None] | None = None) -> None:
        if runner.engine is None:
            raise RuntimeError("load a session into the runner first")
        if isinstance(store, Store):
            # Every commit reaches the disk before it returns, so a power cut loses at most the time
            # since the last checkpoint (WAL with synchronous=NORMAL could lose the last few commits).
            # (The writer thread's own connection is opened so: ``Store.open_writer``.)
            with contextlib.suppress(sqlite3.Error):
                store.sync_every_commit()
            store = InlineWriter(store)
        self.writer: Writes = store
        self.engine: SessionEngine = runner.engine
        self.clock = runner.clock
        self.baby_ids = list(baby_ids)
        self.mood_before = mood_before
        self.caregiver_ids = list(caregiver_ids)
        self.interval = interval
        self.on_error = on_error
        self.last_written: float | None = None
        self.last_error: str | None = None
        self.writes = 0
        self.active = True
        self.attach(runner)

    def on_event(self, event: Event) -> None:
        if self.runner is None or self.runner.engine is not self.engine:
            return                # the runner has moved on to another session
        if isinstance(event, SessionFinished):
            self.active = False   # the app saves the finished record; that removes the journal row
        elif isinstance(event, _STAGE_CHANGES):
            self.checkpoint(max(event.at, self.clock.monotonic()))

    def tick(self, now: float) -> bool:
        """Called by the refresh; writes if the last checkpoint is old. Returns whether it wrote."""
        if not self.active or self.engine.state in (State.READY, State.FINISHED):
            return False
        if self.last_written is not None and now - self.last_written < self.interval:
            return False
        return self.checkpoint(now)

    def checkpoint(self, now: float) -> bool:
        """Write the session as it is at ``now``; returns whether a write was asked for (its outcome
        comes later through the writer: :attr:`writes`, :attr:`last_error`)."""
        engine = self.engine
        if not self.active or engine.state in (State.READY, State.FINISHED):
            return False
        record = engine.record(now, status="interrupted")
        record.baby_ids = list(self.baby_ids)
        record.mood_before = self.mood_before
        record.caregiver_ids = list(self.caregiver_ids)
        state, wall = engine.checkpoint_state(now), self.clock.wall()
        self.last_written = now
        self.writer.submit(lambda store: write_checkpoint(store, record, state, wall), self._written,
                           key=engine.session_id, urgent=False)
        return True

    def _written(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            first = self.last_error is None
            self.last_error = str(outcome.error)
            self.last_written = None           # the next tick tries again
            if first and self.on_error is not None:
                self.on_error(self.last_error)
            return
        self.last_error = None
        self.writes += 1

    def detach(self) -> None:
        """Stop listening (the session was saved, or the window closed)."""
        self.active = False
        super().detach()


# -- after a restart ------------------------------------------------------------------------------


def stopped_after_text(seconds: float) -> str:
    """How long a stopped session ran, in the one wording every place uses (``durations.length_words``).

    The start-up notice (stderr) and the resume question both call this with the checkpoint's
    ``total_elapsed``, so they always agree.
    """
    return Length(seconds)


@dataclass(frozen=True)
class RecoveredSession:
    record: SessionRecord
    checkpoint: Checkpoint


def owner_running(pid: int | None, boot: str) -> bool:
    """Whether the process that wrote a journal row may still be running (and writing)."""
    if pid is None or pid == os.getpid() or boot != boot_id():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True   # it exists, owned by someone else
    return True


def recover_interrupted(store: Store, now_wall: datetime, *,
                        is_running: Callable[[int | None, str], bool] = owner_running,
                        ) -> list[RecoveredSession]:
    """Record every session whose process died as ``interrupted``; call once at each start.

    The session rows already say ``interrupted`` with the time up to their last checkpoint; this
    marks their journal rows as recovered (so the window can offer to resume them) and forgets
    journal rows too old to resume. Sessions themselves are never deleted here.
    """
    found: list[RecoveredSession] = []
    for checkpoint in store.checkpoints.unrecovered():
        fresh = checkpoint.ended_ago(now_wall) < LIVE_OWNER_GRACE
        if fresh and is_running(checkpoint.owner_pid, checkpoint.owner_boot):
            continue
        store.checkpoints.mark_recovered(checkpoint.session_id, now_wall)
        record = store.sessions.get(checkpoint.session_id)
        if record is not None:
            found.append(RecoveredSession(record, checkpoint))
    store.checkpoints.forget_recovered_before(now_wall - RESUME_WINDOW)
    return found


def resumable_sessions(store: Store, now_wall: datetime) -> list[Checkpoint]:
    """What to offer after a crash, newest first: running sessions that stopped less than
    :data:`RESUME_WINDOW` ago (to continue), and finished ones whose summary was not saved, however
    long ago (to save with what was written: ``checkpoint.finished``)."""
    return [c for c in store.checkpoints.recovered()
            if c.finished or c.ended_ago(now_wall) < RESUME_WINDOW]


@dataclass
class ResumedSession:
    """An engine continuing a recovered session, with what the Checkpointer needs."""

    engine: SessionEngine
    baby_ids: list[str]
    mood_before: int | None
    caregiver_ids: list[str] = field(default_factory=list)


def resume_session(store: Store, checkpoint: Checkpoint, routine: Routine, now: float,
                   wall: datetime) -> ResumedSession:
    """Continue ``checkpoint``'s session (same id), paused at ``now``; the person presses resume.

    Raises ``ValueError`` with a plain message if it cannot be continued (the routine changed,
    or the saved state is damaged); the session stays in history as ``interrupted`` either way.
    """
    if checkpoint.finished:
        raise ValueError("this session had finished: it can be saved, not continued")
    state = state_from_json(checkpoint.engine_state)
    if state.session_id != checkpoint.session_id:
        raise ValueError("the saved session state belongs to another session")
    engine = SessionEngine.restore(routine, state, now, wall)
    record = store.sessions.get(checkpoint.session_id)
    return ResumedSession(engine, record.baby_ids if record else [],
                          record.mood_before if record else None,
                          list(record.caregiver_ids) if record else [])
