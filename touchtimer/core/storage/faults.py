"""The store's fault seam: make it fail exactly as SQLite does on a full disk, a read-only folder, ...

Every statement the store runs passes :meth:`Faults.check` first (``Store.faults``; or pass your own
to ``open_store(path, faults=...)``). Told to fail, it raises the very exception SQLite raises for
that condition: the same class (``sqlite3.OperationalError`` or ``sqlite3.DatabaseError``), the same
message, and the same ``sqlite_errorcode`` and ``sqlite_errorname``, so
:func:`~touchtimer.core.storage.errors.classify_storage_error` and every caller see no difference.
Nothing in the app ever sets a fault; an unset seam costs one attribute test per statement.

It can also make writes *slow* instead of failing (:meth:`Faults.slow`): every commit then waits, as
on a disk that takes that long to flush or has to spin up first. The seam is shared by every
connection a store opens (the session writer's too), and may be used from any thread.

    store.faults.fail(sqlite3.SQLITE_FULL)           # every write fails as on a full disk
    with store.faults.failing(sqlite3.SQLITE_BUSY, after=3):
        ...                                          # three writes go through, then "locked"
    store.faults.slow(0.5)                           # every commit takes half a second longer
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

#: Statements that change the file; with ``writes_only`` only these fail (reads still work on a
#: full disk or a read-only folder, as they do on the real machine).
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")

#: What SQLite raises for each code: the exception class, its name for the code, and its message.
SQLITE_ERRORS: dict[int, tuple[type[sqlite3.Error], str, str]] = {
    sqlite3.SQLITE_FULL: (sqlite3.OperationalError, "SQLITE_FULL", "database or disk is full"),
    sqlite3.SQLITE_READONLY: (sqlite3.OperationalError, "SQLITE_READONLY",
                              "attempt to write a readonly database"),
    sqlite3.SQLITE_BUSY: (sqlite3.OperationalError, "SQLITE_BUSY", "database is locked"),
    sqlite3.SQLITE_LOCKED: (sqlite3.OperationalError, "SQLITE_LOCKED", "database table is locked"),
    sqlite3.SQLITE_IOERR: (sqlite3.OperationalError, "SQLITE_IOERR", "disk I/O error"),
    sqlite3.SQLITE_CANTOPEN: (sqlite3.OperationalError, "SQLITE_CANTOPEN", "unable to open database file"),
    sqlite3.SQLITE_PERM: (sqlite3.OperationalError, "SQLITE_PERM", "access permission denied"),
    sqlite3.SQLITE_CORRUPT: (sqlite3.DatabaseError, "SQLITE_CORRUPT", "database disk image is malformed"),
    sqlite3.SQLITE_NOTADB: (sqlite3.DatabaseError, "SQLITE_NOTADB", "file is not a database"),
}


def sqlite_error(code: int) -> sqlite3.Error:
    """The exception SQLite raises for ``code`` (one of :data:`SQLITE_ERRORS`), ready to raise."""
    try:
        kind, name, message = SQLITE_ERRORS[code]
    except KeyError:
        raise ValueError(f"no fault is known for SQLite code {code}") from None
    error = kind(message)
    error.sqlite_errorcode = code
    error.sqlite_errorname = name
    return error


@dataclass
class _Rule:
    code: int
    writes_only: bool
    after: int
    times: int | None


class Faults:
    """Failures a test asks for; the store asks :meth:`check` before every statement."""

    def __init__(self) -> None:
        self._rule: _Rule | None = None
        #: How many statements were failed on purpose (a test can check its fault was reached).
        self.raised = 0
        self._delay: float | None = None
        self._released = threading.Event()
        self._count = threading.Condition()
        #: Commits made slow so far, and how many are waiting right now (on any thread).
        self.delayed = 0
        self.delaying = 0

    def fail(self, code: int = sqlite3.SQLITE_FULL, *, writes_only: bool = True, after: int = 0,
             times: int | None = None) -> None:
        """Fail statements with SQLite's error ``code`` until :meth:`clear`.

        ``writes_only``: only statements that change the file (reads go on working); ``after``: let
        that many matching statements through first (a failure half way); ``times``: fail only that
        many, then work again (a busy file that frees up).
        """
        sqlite_error(code)                      # an unknown code is refused now, not at the write
        self._rule = _Rule(code, writes_only, after, times)

    def clear(self) -> None:
        """No more failures and no more slowness: there is room again, the folder can be written, the
        disk has woken up. A commit waiting in :meth:`slow` goes on at once."""
        self._rule = None
        self._delay = None
        released, self._released = self._released, threading.Event()
        released.set()

    def slow(self, seconds: float) -> None:
        """Every commit takes ``seconds`` longer until :meth:`clear`, on whichever thread it runs: a
        disk that is slow to flush, or asleep. The transaction holds its write lock meanwhile, as it
        does while SQLite waits for the disk."""
        if seconds < 0:
            raise ValueError("a delay cannot be negative")
        self._delay = seconds

    @contextmanager
    def slowing(self, seconds: float) -> Iterator[Faults]:
        """:meth:`slow` for the length of a ``with`` block."""
        self.slow(seconds)
        try:
            yield self
        finally:
            self.clear()

    @contextmanager
    def failing(self, code: int = sqlite3.SQLITE_FULL, *, writes_only: bool = True, after: int = 0,
                times: int | None = None) -> Iterator[Faults]:
        """:meth:`fail` for the length of a ``with`` block."""
        self.fail(code, writes_only=writes_only, after=after, times=times)
        try:
            yield self
        finally:
            self.clear()

    @property
    def active(self) -> bool:
        return self._rule is not None or self._delay is not None

    def _wait(self, seconds: float) -> None:
        released = self._released
        with self._count:
            self.delaying += 1
            self._count.notify_all()
        try:
            released.wait(seconds)
        finally:
            with self._count:
                self.delaying -= 1
                self.delayed += 1

    def wait_for_slow_commit(self, timeout: float) -> bool:
        """Wait (at most ``timeout`` seconds) until a commit is being held back by :meth:`slow`; for
        tests that act while a write is pending. Returns whether one is."""
        with self._count:
            return self._count.wait_for(lambda: self.delaying > 0, timeout)

    def check(self, sql: str) -> None:
        """Raise the chosen error if ``sql`` is to fail now (or wait, if commits are slow); the store
        calls this first."""
        delay = self._delay
        if delay is not None and sql.lstrip()[:6].upper() == "COMMIT":
            self._wait(delay)
        rule = self._rule
        if rule is None:
            return
        if rule.writes_only and not sql.lstrip()[:7].upper().startswith(WRITES):
            return
        if rule.after > 0:
            rule.after -= 1
            return
        if rule.times is not None:
            if rule.times <= 0:
                return
            rule.times -= 1
        self.raised += 1
        raise sqlite_error(rule.code)
