"""Writing to the store away from the GUI thread: one writer thread with its own connection, results
handed back on the owner's thread.

A checkpoint on a slow or sleeping disk used to freeze the window for as long as the disk took (half a
second, measured). The session's writes go through the :class:`Writes` port instead::

    writer.submit(job, done, key=session_id, urgent=False)

``job(store)`` runs on the writer's thread with a store of its own (a second SQLite connection to the
same file: WAL lets the GUI thread read meanwhile, and every commit reaches the disk before it
returns); ``done(outcome)`` runs on the owner's thread, handed over by the ``deliver`` port (a queued
Qt signal in the app, a direct call in core tests). What the job changed is announced on the owner's
store, on the owner's thread, just before ``done``: views never hear of a change on another thread.

* Jobs run one at a time, in the order they were submitted: a save never overtakes the checkpoint
  before it.
* A job that has not begun is replaced by a newer one with the same ``key`` (its ``done`` is never
  called): a checkpoint still waiting when the next falls due is coalesced, never queued behind it.
  However slow the disk, at most one write per key runs and one waits.
* A quiet outcome (``urgent=False`` and no error) is not delivered at once: it waits for the owner's
  next :meth:`collect` (the window's once-a-second refresh calls it), so a checkpoint every few seconds
  never wakes the GUI thread. Errors and urgent outcomes are delivered at once.
* A quiet job starts :data:`QUIET_DELAY` seconds after it was submitted (unless something urgent
  waits behind it, or someone waits for the writer): by then the owner's thread has finished the turn
  that asked for it and sleeps, so the two never contend for Python's lock (which would wake the GUI
  thread a second time in that turn). A checkpoint is at most that much later on the disk. An owner
  with an event loop can do better (:meth:`ThreadWriter.hold_quiet_wakeups`): the writer's thread is
  not even woken for a quiet job until the owner calls :meth:`~ThreadWriter.release_quiet` as its
  thread is about to sleep (the window does, from Qt's ``aboutToBlock``).

:class:`InlineWriter` is the same port on the caller's own thread: for the command line, core tests,
and stores in memory or opened read-only (where a write costs nothing, or fails at once).
:class:`ThreadWriter` falls back to it for those stores too. Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, Protocol

from touchtimer.core.storage.changes import Changes
from touchtimer.core.storage.store import Store

Job = Callable[[Store], Any]
#: Seconds a quiet job waits before it starts (see the module docstring).
QUIET_DELAY = 0.25
#: Runs a callable on the owner's thread, soon (the owner's event loop); callable from any thread.
Deliver = Callable[[Callable[[], None]], None]


@dataclass(frozen=True)
class Outcome:
    """What a job returned, or the exception it raised."""

    value: Any = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


Done = Callable[[Outcome], None]


class Writes(Protocol):
    """The port the session writes through (see the module docstring)."""

    def submit(self, job: Job, done: Done | None = None, *, key: Hashable | None = None,
               urgent: bool = True) -> None: ...

    def collect(self) -> None: ...

    @property
    def pending(self) -> int: ...


def _run(job: Job, store: Store) -> Outcome:
    try:
        return Outcome(job(store))
    except Exception as exc:   # handed to ``done``: the caller says what it means for the person
        return Outcome(error=exc)


class InlineWriter:
    """:class:`Writes` on the caller's thread: ``job`` runs at once, ``done`` right after it."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def submit(self, job: Job, done: Done | None = None, *, key: Hashable | None = None,
               urgent: bool = True) -> None:
        outcome = _run(job, self.store)
        if done is not None:
            done(outcome)

    def collect(self) -> None:
        """Nothing waits: every outcome was delivered at once."""

    @property
    def pending(self) -> int:
        return 0

    def wait_idle(self, timeout: float | None = None) -> bool:
        return True

    def close(self, timeout: float | None = None) -> None:
        """Nothing to stop."""


@dataclass
class _Entry:
    job: Job
    done: Done | None
    key: Hashable | None
    urgent: bool
    due: float = 0.0          # (monotonic) when a quiet job may start


@dataclass
class _Result:
    entry: _Entry
    outcome: Outcome
    changes: list[Changes] = field(default_factory=list)


class ThreadWriter:
    """:class:`Writes` on a thread of its own, for the store ``store`` (see the module docstring).

    The thread starts with the first job and opens its connection then; :meth:`close` lets what was
    submitted finish, closes the connection and stops the thread (before the store is closed, and
    before its files are deleted). Keeping the connection open between writes keeps each checkpoint
    to its statements and its commit.
    """

    def __init__(self, store: Store, deliver: Deliver, *, quiet_delay: float = QUIET_DELAY) -> None:
        self.store = store
        self._deliver = deliver
        self._quiet_delay = quiet_delay
        self._lock = threading.Condition()
        self._queue: list[_Entry] = []
        self._flushing = 0        # someone waits for everything to be written: no quiet delay
        self._hold_quiet = False  # quiet jobs wake the thread only at release_quiet()
        self._unreleased = False  # a quiet job was queued without waking the thread
        self._busy = False
        self._mailbox: list[_Result] = []
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._closed = False
        self._inline = InlineWriter(store)

    # -- the owner's side ------------------------------------------------------------------------

    def submit(self, job: Job, done: Done | None = None, *, key: Hashable | None = None,
               urgent: bool = True) -> None:
        """Queue ``job`` (see the module docstring); runs it at once where no second connection may
        write (a store in memory or read-only), or after :meth:`close`."""
        if self._closed or not self._second_connection_allowed():
            self.collect()
            self._inline.submit(job, done, key=key, urgent=urgent)
            return
        entry = _Entry(job, done, key, urgent, time.monotonic() + (0.0 if urgent else self._quiet_delay))
        with self._lock:
            waiting = next((e for e in self._queue if key is not None and e.key == key), None)
            if waiting is not None:          # not begun yet: the newer write replaces it in its place
                waiting.job, waiting.done = job, done
                waiting.urgent = waiting.urgent or urgent
                waiting.due = min(waiting.due, entry.due)
            else:
                self._queue.append(entry)
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="touchtimer-writer", daemon=True)
                self._thread.start()
            if urgent or not self._hold_quiet:
                self._unreleased = False
                self._lock.notify_all()
            else:
                self._unreleased = True

    def hold_quiet_wakeups(self) -> None:
        """From now on a quiet job does not wake the writer's thread when it is submitted, but at the
        owner's next :meth:`release_quiet` (or :meth:`collect`, or anything urgent)."""
        self._hold_quiet = True

    def release_quiet(self) -> None:
        """Wake the writer's thread for the quiet jobs submitted since the last call; the owner calls
        it as its thread is about to sleep, so the two never run Python at the same moment."""
        if not self._unreleased:        # (read without the lock: the common case costs nothing)
            return
        with self._lock:
            self._unreleased = False
            self._lock.notify_all()

    def collect(self) -> None:
        """Hand over the quiet outcomes that are waiting (call on the owner's thread)."""
        with self._lock:
            results, self._mailbox = self._mailbox, []
            if self._unreleased:          # (no release came: never leave a job unwritten)
                self._unreleased = False
                self._lock.notify_all()
        for result in results:
            self._finish(result)

    @property
    def pending(self) -> int:
        """Jobs submitted and not finished (waiting, or being written now)."""
        with self._lock:
            return len(self._queue) + (1 if self._busy else 0)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until every submitted job has run (not delivered); for shutting down, and for tests.
        Returns whether it did within ``timeout`` seconds."""
        with self._lock:
            self._flushing += 1
            self._lock.notify_all()
            try:
                return self._lock.wait_for(lambda: not self._queue and not self._busy, timeout)
            finally:
                self._flushing -= 1

    def close(self, timeout: float | None = 10.0) -> None:
        """Let what was submitted be written (for up to ``timeout`` seconds), then stop the thread.
        Outcomes not yet delivered are dropped; later submissions run on the caller's thread."""
        self._closed = True
        self.wait_idle(timeout)
        with self._lock:
            self._stopping = True
            self._mailbox.clear()
            self._lock.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)

    def _second_connection_allowed(self) -> bool:
        try:
            return self.store.accepts_second_writer()
        except sqlite3.Error:
            return False

    def _finish(self, result: _Result) -> None:
        if self._closed:
            return
        if result.changes:
            merged = Changes()
            for changes in result.changes:
                merged = merged | changes
            self.store.announce(merged)
        if result.entry.done is not None:
            result.entry.done(result.outcome)

    def _hand_over(self, result: _Result) -> None:
        """On the owner's thread: everything quiet that waited, then this one."""
        self.collect()
        self._finish(result)

    # -- the writer's thread -------------------------------------------------------------------------

    def _next_entry(self) -> _Entry | None:
        """The next job once it may start (with the lock held); ``None`` when stopping with none left."""
        while True:
            if not self._queue:
                if self._stopping:
                    return None
                self._lock.wait()
                continue
            now = time.monotonic()
            hurry = self._stopping or self._flushing > 0 or any(e.urgent for e in self._queue)
            wait = 0.0 if hurry else self._queue[0].due - now
            if wait <= 0:
                return self._queue.pop(0)
            self._lock.wait(wait)

    def _work(self) -> None:
        own: Store | None = None
        heard: list[Changes] = []
        while True:
            with self._lock:
                entry = self._next_entry()
                if entry is None:             # stopping, and nothing left
                    break
                self._busy = True
            try:
                if own is None:
                    own = self.store.open_writer()
                    own.changes.subscribe(heard.append)
                outcome = _run(entry.job, own)
            except sqlite3.Error as exc:      # the second connection could not be opened
                outcome = Outcome(error=exc)
            result = _Result(entry, outcome, list(heard))
            heard.clear()
            if entry.urgent or not outcome.ok:
                # Posted before the job counts as finished, so whoever waits for idle finds it posted.
                with contextlib.suppress(RuntimeError):    # the owner's event loop has gone
                    self._deliver(functools.partial(self._hand_over, result))
            with self._lock:
                if not entry.urgent and outcome.ok:
                    self._mailbox.append(result)
                self._busy = False
                self._lock.notify_all()
        if own is not None:
            with contextlib.suppress(sqlite3.Error):
                own.close()
