"""The SQLite store: one open database, its repositories, its change feed and its fault seam.

The caller passes the file's location (:func:`open_store`), so tests use ``tmp_path``. Everything
else reaches the data through the repositories (``store.sessions``, ``store.babies``,
``store.caregivers``, ``store.checkpoints``, ``store.sharing``); SQL is written only in this package.
After every committed write the store
announces one :class:`~touchtimer.core.storage.changes.Changes` on ``store.changes``. Every statement
first passes ``store.faults`` (:mod:`~touchtimer.core.storage.faults`), where a test can make it fail
exactly as SQLite does on a full disk or a read-only folder.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words
from touchtimer.core.paths import ensure_private_dir
from touchtimer.core.storage.atomic_file import ensure_private_file
from touchtimer.core.storage.babies import BabyRepository
from touchtimer.core.storage.caregivers import CaregiverRepository
from touchtimer.core.storage.changes import ChangeFeed, Changes
from touchtimer.core.storage.checkpoints import CheckpointRepository
from touchtimer.core.storage.errors import StorageProblem, classify_storage_error, is_damage
from touchtimer.core.storage.faults import Faults
from touchtimer.core.storage.migrations import (
    AbsurdSchema,
    Migration,
    NewerSchema,
    migrate,
    migrations,
    schema_version,
)
from touchtimer.core.storage.sessions import SessionFilter, SessionRepository
from touchtimer.core.storage.sharing import SharingRepository
from touchtimer.core.storage.stamps import LocalChanges

__all__ = ["Migration", "SessionFilter", "Store", "StoreError", "lenient_text", "migrations", "open_store",
           "schema_version"]


#: How long a statement waits for a lock another program holds before it fails as busy.
BUSY_TIMEOUT_MS = 5000


def lenient_text(data: bytes) -> str:
    """Decode TEXT from the file; a damaged byte shows as \ufffd instead of stopping the app."""
    return data.decode("utf-8", "replace")


_CANNOT_USE = QT_TRANSLATE_NOOP("Storage", "cannot use {path}: {reason}")


def _message(exc: Exception) -> str:
    """An exception's own message, kept as it was given (a :class:`~touchtimer.core.i18n.Words` stays one)."""
    return exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)


class StoreError(Exception):
    """The store could not be opened or written; the message says why in plain words.

    ``damaged`` is true when the file itself is at fault (not a database, malformed, or bytes that
    cannot be decoded), as opposed to a locked file or a folder that can't be written; ``kind`` is
    the :func:`~touchtimer.core.storage.errors.classify_storage_error` kind, or ``"newer"`` for a
    file written by a newer touchtimer.
    """

    def __init__(self, message: str, *, damaged: bool = False, kind: StorageProblem | str = "other") -> None:
        super().__init__(message)
        #: The message as given (:class:`~touchtimer.core.i18n.Words`: shown in the reader's language).
        self.message = message
        self.damaged = damaged
        self.kind = "damaged" if damaged else kind


class Store:
    """One open database. Use :func:`open_store` (or ``repair.open_store_safely``) to make one."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None, *, faults: Faults | None = None,
                 changes: ChangeFeed | None = None) -> None:
        self._connection = connection
        self.path = path
        #: The fault seam: tests make statements fail here as the machine would.
        self.faults = faults if faults is not None else Faults()
        #: Where every committed write is announced; a replacing store takes it over.
        self.changes = changes if changes is not None else ChangeFeed()
        self._pending: Changes | None = None
        #: This laptop's device id, logical clock and local edits recorded for sharing.
        self.local = LocalChanges(self)
        #: While the file could be opened only for reading (a full disk, a read-only folder, a lock
        #: held by another program): tried before each write, so a write goes to the file again as
        #: soon as it can (see ``repair.try_again``).
        self.retry_writable: Callable[[], bool] | None = None
        self.sessions = SessionRepository(self)
        self.babies = BabyRepository(self)
        self.caregivers = CaregiverRepository(self)
        self.checkpoints = CheckpointRepository(self)
        #: Applying other laptops' changes, and what is waiting to be shared (``core/sharing``).
        self.sharing = SharingRepository(self)

    @property
    def connection(self) -> sqlite3.Connection:
        """The SQLite connection, for tests that inspect the file. Only storage runs statements."""
        return self._connection

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- statements (storage only) ---------------------------------------------------------------

    def execute(self, sql: str, args: Sequence[Any] = ()) -> sqlite3.Cursor:
        """Run one statement, after the fault seam; used by the repositories in this package."""
        self.faults.check(sql)
        return self._connection.execute(sql, args)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.faults.check(sql)
            self._connection.executemany(sql, rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing: commit on success, roll back on any error. Announces nothing."""
        if self.retry_writable is not None and self.retry_writable():
            self.retry_writable = None
        con = self._connection
        try:
            self.execute("BEGIN IMMEDIATE")
            yield
            self.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise

    @contextmanager
    def writing(self, changes: Changes) -> Iterator[None]:
        """One write: a transaction, then ``changes`` announced (inside :meth:`batch`: at its end)."""
        if self._pending is not None:
            self._pending = self._pending | changes
            yield
            return
        with self.transaction():
            yield
        self.announce(changes)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several repository writes as one: all or nothing, and one :class:`Changes` after them.

        Reads inside the block see the writes made so far.
        """
        if self._pending is not None:
            yield
            return
        self._pending = Changes()
        try:
            with self.transaction():
                yield
            done = self._pending
        finally:
            self._pending = None
        if done.anything:
            self.announce(done)

    def announce(self, changes: Changes) -> None:
        """Tell every follower of :attr:`changes` what changed (``changes.store`` is this store).

        The store calls it after each write; the app calls it for what is kept beside the store
        (``Changes(settings=True)`` after the settings file was written).
        """
        self.changes.emit(replace(changes, store=self))

    # -- the whole file ----------------------------------------------------------------------------

    def take_over_from(self, previous: Store) -> None:
        """This store replaces ``previous`` (after "delete all my data"): its followers follow this one
        from now on, and are told that everything changed."""
        self.changes = previous.changes
        self.announce(Changes.replaced_by(self))

    def adopt_connection(self, other: Store) -> None:
        """Go on with ``other``'s connection to the same file (opened again once it can be written),
        closing this one; followers are told everything may have changed."""
        old, self._connection = self._connection, other._connection
        self.retry_writable = None
        old.close()
        self.announce(Changes.replaced_by(self))

    @contextmanager
    def patience(self, milliseconds: int) -> Iterator[None]:
        """Wait at most ``milliseconds`` for a lock held by another program (5 s otherwise)."""
        self._connection.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")
        try:
            yield
        finally:
            self._connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def sync_every_commit(self) -> None:
        """Every commit reaches the disk before it returns (``synchronous = FULL``), so a power cut
        loses nothing committed. Raises ``sqlite3.Error`` if the file will not take the setting."""
        self.execute("PRAGMA synchronous = FULL")

    def accepts_second_writer(self) -> bool:
        """Whether another connection may write this store's file: it is a file, and this store was
        not opened read-only (an in-memory or read-only store is written, or refused, on its own)."""
        if self.path is None:
            return False
        return not self._connection.execute("PRAGMA query_only").fetchone()[0]

    def open_writer(self) -> Store:
        """A second connection to this store's file, for the session writer's thread
        (``core/storage/writer.py``): the same fault seam, a change feed of its own (the writer
        announces what it wrote on this store's feed, on the owner's thread), and every commit on the
        disk before it returns (``synchronous = FULL``): a session is never lost to a power cut.
        The schema is this store's: nothing is migrated. Raises ``sqlite3.Error``."""
        if self.path is None:
            raise sqlite3.OperationalError("a store in memory has no second connection")
        con = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        try:
            con.row_factory = sqlite3.Row
            con.text_factory = lenient_text
            con.execute("PRAGMA foreign_keys = ON")
            con.execute("PRAGMA busy_timeout = 5000")
            con.execute("PRAGMA synchronous = FULL")
        except BaseException:
            con.close()
            raise
        return Store(con, self.path, faults=self.faults)

    def copy_into(self, target: Path) -> None:
        """Copy the whole database into the new file ``target`` with SQLite's backup API, so what
        is still in the ``-wal`` file is in the copy too. Raises ``sqlite3.Error``."""
        dest = sqlite3.connect(str(target))
        try:
            self._connection.backup(dest)
        finally:
            dest.close()

    def refuse_writes(self) -> None:
        """From now on every write fails as on a read-only file (``PRAGMA query_only``)."""
        self.execute("PRAGMA query_only = ON")


def open_store(path: Path | None, *, faults: Faults | None = None,
               changes: ChangeFeed | None = None, now: datetime | None = None) -> Store:
    """Open (creating and migrating as needed) the database at ``path``; ``None`` is in-memory.

    Raises :class:`StoreError` with a plain message when the file cannot be used. ``faults`` is the
    seam tests use to make statements fail (see :mod:`~touchtimer.core.storage.faults`); ``changes``
    an existing feed to announce on; ``now`` names the copy kept before a migration.
    """
    if path is not None:
        try:
            ensure_private_dir(path.parent)
            # Made private before SQLite opens it: the -wal and -shm files take its permissions.
            ensure_private_file(path)
        except OSError as exc:
            raise StoreError(words(QT_TRANSLATE_NOOP("Storage", "cannot create {path}: {reason}"),
                                   path=str(path), reason=exc.strerror or str(exc)),
                             kind=classify_storage_error(exc)) from None
    try:
        con = sqlite3.connect(str(path) if path is not None else ":memory:",
                              isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(words(QT_TRANSLATE_NOOP("Storage", "cannot open {path}: {reason}"), path=str(path),
                               reason=str(exc)), kind=classify_storage_error(exc)) from None
    try:
        con.row_factory = sqlite3.Row
        con.text_factory = lenient_text
        con.execute("PRAGMA foreign_keys = ON")
        con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if path is not None:
            con.execute("PRAGMA journal_mode = WAL")
            con.execute("PRAGMA synchronous = NORMAL")
        migrate(con, path, migrations(), now)
    except NewerSchema as exc:
        con.close()
        raise StoreError(_message(exc), kind="newer") from None
    except AbsurdSchema as exc:
        con.close()
        raise StoreError(words(_CANNOT_USE, path=str(path), reason=_message(exc)), damaged=True) from None
    except (sqlite3.Error, UnicodeDecodeError) as exc:   # a damaged file can garble SQLite's message
        con.close()
        raise StoreError(words(_CANNOT_USE, path=str(path), reason=str(exc)), damaged=is_damage(exc),
                         kind=classify_storage_error(exc)) from None
    except OSError as exc:  # copying the file aside before a migration failed
        con.close()
        raise StoreError(words(QT_TRANSLATE_NOOP(
            "Storage", "cannot copy {path} aside before updating it: {reason}"), path=str(path),
            reason=exc.strerror or str(exc)),
                         kind=classify_storage_error(exc)) from None
    except BaseException:
        con.close()
        raise
    return Store(con, path, faults=faults, changes=changes)
