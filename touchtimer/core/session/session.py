"""One session from Start to Save or Discard, without Qt: the session object.

A :class:`Session` owns what a session is beyond its engine: the routine, the babies it is with, the
parent's mood before, the checkpoints that keep it safe while it runs, the summary's answers (how the
baby responded, the mood after, a note) once it has finished, and saving or discarding it. The window
only shows it and passes on what the parent does; tests and the command line drive it the same way::

    session = Session.load(runner, writer, routine, baby_ids=[baby.id], mood_before=3)
    session.start()                        # (the Qt controller tells its views first)
    session.tick(now)                      # from the once-a-second refresh: checkpoints
    session.answer(SummaryAnswers("calm", 4, "Slept on my chest."))     # on the summary, as typed
    session.save(on_saved)                 # on_saved(SaveResult), on the owner's thread
    session.discard(on_discarded)          # on_discarded(DiscardResult)

**One way to a stored record.** :meth:`record` turns the finished session and its answers into the
:class:`~touchtimer.core.session.record.SessionRecord` to keep, and :meth:`save` is the one place
that writes it: the window's Save, closing the window at the summary, "try again" after a failed
save and saving a finished session found after a crash (:meth:`unsaved`) all call it. It never
raises for a storage problem: the :class:`~touchtimer.core.session.safe_save.SaveResult` says in
plain words what went wrong, and the session stays on its summary, to try again or save as a file.

**Checkpoints.** While it runs, a :class:`~touchtimer.core.session.journal.Checkpointer` writes it (as
``interrupted``) at every stage change and every few seconds. Once it has finished, its summary is
written too: at once on every change of choice (response, mood), and while a note is typed at most
every :data:`NOTE_WRITE_DELAY` seconds, the last keystroke always within that time (through the
``timer`` port: a ``QTimer`` in the app, a fake in tests). After a crash on the summary, the next
start offers to save it with what was written. Every write goes through the writer port
(``core/storage/writer.py``) keyed by the session id, so on a slow disk they coalesce, and a save or
a discard never overtakes a checkpoint.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path

from touchtimer.core.clock import Clock, Scheduler
from touchtimer.core.paths import config_dir
from touchtimer.core.routines.model import Routine
from touchtimer.core.session.engine import SessionEngine
from touchtimer.core.session.engine_state import State
from touchtimer.core.session.events import Event, SessionFinished
from touchtimer.core.session.journal import Checkpointer, write_summary_checkpoint
from touchtimer.core.session.record import BabyResponse, FedAtBreast, SessionRecord, SessionStatus
from touchtimer.core.session.runner import SessionListener, SessionRunner
from touchtimer.core.session.safe_save import SaveResult, describe_write_error, save_session_safely
from touchtimer.core.storage.discards import remember_discard
from touchtimer.core.storage.store import Store
from touchtimer.core.storage.writer import Outcome, Writes

__all__ = ["NOTE_WRITE_DELAY", "DiscardResult", "Phase", "Session", "SummaryAnswers"]

#: While a note is typed, its summary checkpoint is written at most this often (and this long after
#: the last keystroke at the latest).
NOTE_WRITE_DELAY = 1.0


class Phase(Enum):
    RUNNING = "running"          # loaded, running, paused or waiting: the runner has it
    SUMMARY = "summary"          # finished; the parent answers, then saves or discards
    SAVING = "saving"            # a save is being written
    DISCARDING = "discarding"    # a discard is being written
    CLOSED = "closed"            # saved or discarded: nothing more to do


@dataclass(frozen=True)
class SummaryAnswers:
    """What the parent says on the summary; every part is optional.

    ``baby_responses`` is how each baby responded (by baby id) when the session was with two; a
    one-baby session answers in ``baby_response``. ``fed_at_breast`` and ``interruptions`` are the
    optional kangaroo-care details of a skin-to-skin session (``None``: not said).
    """

    baby_response: BabyResponse | None = None
    mood_after: int | None = None
    note: str = ""
    baby_responses: dict[str, BabyResponse] = field(default_factory=dict)
    fed_at_breast: FedAtBreast | None = None
    interruptions: int | None = None

    @staticmethod
    def of(record: SessionRecord) -> SummaryAnswers:
        """The answers a stored record holds (a session found after a crash on its summary)."""
        return SummaryAnswers(record.baby_response, record.mood_after, record.notes,
                              dict(record.baby_responses), record.fed_at_breast, record.interruptions)


@dataclass(frozen=True)
class DiscardResult:
    """How a discard went: ``removed`` from the store, or (the data file would not take it)
    ``remembered`` on the discard list so it is never offered to continue; ``detail`` says why."""

    session_id: str
    removed: bool
    remembered: bool = False
    detail: str = ""


SaveDone = Callable[[SaveResult], None]
DiscardDone = Callable[[DiscardResult], None]


class Session(SessionListener):
    """Use :meth:`load` (a new session), :meth:`adopt` (one continued after a crash) or
    :meth:`unsaved` (a finished one found after a crash, to be saved)."""

    def __init__(self, writer: Writes, routine: Routine | None, clock: Clock, session_id: str, *,
                 baby_ids: Sequence[str] = (), mood_before: int | None = None,
                 caregiver_ids: Sequence[str] = (),
                 timer: Scheduler | None = None, on_problem: Callable[[str], None] | None = None,
                 discards_folder: Path | None = None) -> None:
        self.writer = writer
        self.routine = routine
        self.clock = clock
        self.session_id = session_id
        self.baby_ids = list(baby_ids)
        #: Who is holding or massaging (caregiver ids), as chosen before the start.
        self.caregiver_ids = list(caregiver_ids)
        self.mood_before = mood_before
        self.answers = SummaryAnswers()
        self.phase = Phase.RUNNING
        #: Why the last write failed (``None`` once one succeeds); ``on_problem`` hears the first.
        self.problem: str | None = None
        self.engine: SessionEngine | None = None
        self.checkpointer: Checkpointer | None = None
        self._timer = timer
        self._note_pending = False
        self._on_problem = on_problem
        self._discards_folder = discards_folder
        self._finished: SessionRecord | None = None

    # -- making one --------------------------------------------------------------------------------

    @classmethod
    def load(cls, runner: SessionRunner, writer: Writes, routine: Routine, *,
             wait_between_stages: bool = False, baby_ids: Sequence[str] = (),
             mood_before: int | None = None, caregiver_ids: Sequence[str] = (),
             timer: Scheduler | None = None,
             on_problem: Callable[[str], None] | None = None,
             discards_folder: Path | None = None) -> Session:
        """A new session of ``routine`` in ``runner``, checkpointed, not started (:meth:`start`)."""
        engine = runner.load(routine, wait_between_stages=wait_between_stages)
        session = cls(writer, routine, runner.clock, engine.session_id, baby_ids=baby_ids,
                      mood_before=mood_before, caregiver_ids=caregiver_ids, timer=timer,
                      on_problem=on_problem, discards_folder=discards_folder)
        session._follow(runner, engine)
        return session

    @classmethod
    def adopt(cls, runner: SessionRunner, writer: Writes, routine: Routine, engine: SessionEngine, *,
              baby_ids: Sequence[str] = (), mood_before: int | None = None,
              caregiver_ids: Sequence[str] = (), timer: Scheduler | None = None,
              on_problem: Callable[[str], None] | None = None,
              discards_folder: Path | None = None) -> Session:
        """A session restored after a crash (``journal.resume_session``: paused, the same id), given
        to ``runner`` and checkpointed again."""
        runner.adopt(engine)
        session = cls(writer, routine, runner.clock, engine.session_id, baby_ids=baby_ids,
                      mood_before=mood_before, caregiver_ids=caregiver_ids, timer=timer,
                      on_problem=on_problem, discards_folder=discards_folder)
        session._follow(runner, engine)
        return session

    @classmethod
    def unsaved(cls, writer: Writes, kept: SessionRecord, status: SessionStatus, clock: Clock, *,
                routine: Routine | None = None, timer: Scheduler | None = None,
                on_problem: Callable[[str], None] | None = None,
                discards_folder: Path | None = None) -> Session:
        """A finished session found after a crash on its summary: ``kept`` as the store has it
        (``interrupted``, with what was written), ``status`` how it really ended. On its summary, to
        :meth:`save` (or :meth:`discard`)."""
        session = cls(writer, routine, clock, kept.id, baby_ids=kept.baby_ids,
                      mood_before=kept.mood_before, caregiver_ids=kept.caregiver_ids, timer=timer,
                      on_problem=on_problem, discards_folder=discards_folder)
        session._finished = replace(kept, status=status, stages=list(kept.stages))
        session.answers = SummaryAnswers.of(kept)
        session.phase = Phase.SUMMARY
        return session

    def _follow(self, runner: SessionRunner, engine: SessionEngine) -> None:
        self.engine = engine
        self.checkpointer = Checkpointer(self.writer, runner, baby_ids=self.baby_ids,
                                         mood_before=self.mood_before, caregiver_ids=self.caregiver_ids,
                                         on_error=self._failed)
        self.attach(runner)

    # -- running -----------------------------------------------------------------------------------

    def start(self) -> None:
        """Start a session made by :meth:`load` now."""
        if self.runner is not None and self.runner.engine is self.engine:
            self.runner.start()

    def tick(self, now: float) -> None:
        """The once-a-second refresh: hand over finished quiet writes, and checkpoint if it is time."""
        self.writer.collect()
        if self.checkpointer is not None and self.phase is Phase.RUNNING:
            self.checkpointer.tick(now)

    def on_event(self, event: Event) -> None:
        if isinstance(event, SessionFinished) and self.runner is not None \
                and self.runner.engine is self.engine:
            self._reach_summary()

    def _reach_summary(self) -> None:
        if self.phase is not Phase.RUNNING or self.engine is None or self.engine.state is not State.FINISHED:
            return
        self._finished = self.engine.record()
        self.phase = Phase.SUMMARY
        self._write_summary()          # from now on a crash offers to save it, not to continue it

    @property
    def finished(self) -> bool:
        """It has finished (its summary is what is left), saved or not."""
        if self.phase is Phase.RUNNING:
            self._reach_summary()        # the runner's event may not have reached this listener yet
        return self.phase is not Phase.RUNNING

    # -- the summary ---------------------------------------------------------------------------------

    def answer(self, answers: SummaryAnswers) -> None:
        """What the parent has answered so far on the summary. A changed choice is written at once; a
        note being typed at most every :data:`NOTE_WRITE_DELAY` seconds."""
        if not self.finished or self.phase is not Phase.SUMMARY or answers == self.answers:
            return
        before, self.answers = self.answers, answers
        choice_changed = replace(before, note="") != replace(answers, note="")
        if choice_changed or self._timer is None:
            self._write_summary()
        elif not self._note_pending:
            self._note_pending = True
            self._timer.schedule(NOTE_WRITE_DELAY, self._write_summary)

    def record(self) -> SessionRecord:
        """The finished session with its answers, babies and mood before: what :meth:`save` keeps."""
        if not self.finished or self._finished is None:
            raise RuntimeError("the session has not finished")
        a = self.answers
        return replace(self._finished, stages=list(self._finished.stages), baby_ids=list(self.baby_ids),
                       mood_before=self.mood_before, baby_response=a.baby_response,
                       mood_after=a.mood_after, notes=a.note, caregiver_ids=list(self.caregiver_ids),
                       baby_responses={b: r for b, r in a.baby_responses.items() if b in self.baby_ids},
                       fed_at_breast=a.fed_at_breast, interruptions=a.interruptions)

    def _write_summary(self) -> None:
        self._cancel_note()
        if self.phase is not Phase.SUMMARY:
            return
        record, wall = self.record(), self.clock.wall()
        # Urgent, unlike the running checkpoints: written at once (the parent is answering; a wake-up
        # of the window costs nothing here), so a crash just after the end never offers to continue.
        self.writer.submit(lambda store: write_summary_checkpoint(store, record, wall), self._written,
                           key=self.session_id)

    def _written(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            self._failed(str(outcome.error))
        else:
            self.problem = None

    def _failed(self, problem: str) -> None:
        first = self.problem is None
        self.problem = problem
        if first and self._on_problem is not None:
            self._on_problem(problem)

    def _cancel_note(self) -> None:
        if self._note_pending and self._timer is not None:
            self._timer.cancel()
        self._note_pending = False

    # -- saving and discarding -------------------------------------------------------------------------

    def save(self, on_done: SaveDone | None = None) -> bool:
        """Keep the finished session (:meth:`record`) in the store; ``on_done(SaveResult)`` follows on
        the owner's thread. Returns ``False`` (and does nothing) unless it is on its summary."""
        if not self.finished or self.phase is not Phase.SUMMARY:
            return False
        self._cancel_note()
        record = self.record()
        self.phase = Phase.SAVING

        def saved(outcome: Outcome) -> None:
            result = outcome.value if isinstance(outcome.value, SaveResult) else _failed_save(record, outcome)
            if result.saved:
                self.close()
            else:
                self.phase = Phase.SUMMARY       # still here: "try again", or "save as file"
            if on_done is not None:
                on_done(result)

        self.writer.submit(lambda store: save_session_safely(store, record), saved, key=self.session_id)
        return True

    def discard(self, on_done: DiscardDone | None = None) -> bool:
        """Remove the session and its checkpoints; ``on_done(DiscardResult)`` follows on the owner's
        thread. If the data file will not take it, it stays in history as ``interrupted`` and is put on
        the discard list (in the config folder), so it is never offered to continue. Returns ``False``
        if it is being saved or is already gone."""
        if self.phase in (Phase.SAVING, Phase.DISCARDING, Phase.CLOSED):
            return False
        self.close()
        self.phase = Phase.DISCARDING
        session_id, folder = self.session_id, self._discards_folder

        def job(store: Store) -> DiscardResult:
            try:
                store.sessions.delete(session_id)        # its checkpoints go with it (cascade)
                return DiscardResult(session_id, removed=True)
            except sqlite3.Error as exc:
                detail = str(exc)
            with contextlib.suppress(sqlite3.Error):
                store.checkpoints.dismiss(session_id)
            try:
                remember_discard(folder or config_dir(), session_id)
            except OSError:
                return DiscardResult(session_id, removed=False, detail=detail)
            return DiscardResult(session_id, removed=False, remembered=True, detail=detail)

        def discarded(outcome: Outcome) -> None:
            result = outcome.value if isinstance(outcome.value, DiscardResult) else DiscardResult(
                session_id, removed=False, detail=str(outcome.error))
            self.phase = Phase.CLOSED
            if on_done is not None:
                on_done(result)

        self.writer.submit(job, discarded, key=session_id)
        return True

    def close(self) -> None:
        """Stop checkpointing and listening, and let the runner forget the engine (after a save or a
        discard, or when the window closes)."""
        self._cancel_note()
        runner = self.runner
        if self.checkpointer is not None:
            self.checkpointer.detach()
        self.detach()
        if runner is not None and runner.engine is self.engine and self.engine is not None:
            runner.stop()
        self.phase = Phase.CLOSED


def _failed_save(record: SessionRecord, outcome: Outcome) -> SaveResult:
    error = outcome.error if outcome.error is not None else RuntimeError("nothing was saved")
    problem, message = describe_write_error(error)
    return SaveResult(record, False, problem, message, str(error))
