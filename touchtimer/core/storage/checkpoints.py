"""``store.checkpoints``: the crash journal of running sessions (table ``running_sessions``).

A checkpoint writes the session itself (status ``interrupted``, the time up to that moment) and its
journal row in one transaction; saving the finished session replaces the first and removes the second
(by cascade). When a row is old, whether its process is still alive and what may be resumed are
decided in ``core/session/journal.py``; this module only reads and writes the rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from touchtimer.core.session.record import SessionRecord
from touchtimer.core.storage.changes import Changes
from touchtimer.core.storage.rows import (
    CHECKPOINT_COLUMNS,
    Checkpoint,
    checkpoint_from_row,
    checkpoint_values,
    iso,
)
from touchtimer.core.storage.stamps import CATCH_UP_KEY

if TYPE_CHECKING:
    from touchtimer.core.storage.store import Store

_INSERT = (f"INSERT INTO running_sessions ({', '.join(CHECKPOINT_COLUMNS)})"
           f" VALUES ({', '.join('?' * len(CHECKPOINT_COLUMNS))})")


class CheckpointRepository:
    """``store.checkpoints``. Its writes announce ``Changes(checkpoints=True)`` only: a checkpoint is
    not a finished session, so history does not read again every few seconds."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def write(self, record: SessionRecord, checkpoint: Checkpoint) -> None:
        """Write ``record`` (as it is, normally ``interrupted``) and its journal row, atomically."""
        with self._store.writing(Changes(checkpoints=True)):
            self._store.sessions._write(record)
            self._store.execute(_INSERT, checkpoint_values(checkpoint))

    def unrecovered(self) -> list[Checkpoint]:
        """Rows no start has recorded yet (running now, or their process died), oldest first."""
        return self._read("SELECT * FROM running_sessions WHERE recovered_at IS NULL ORDER BY checkpoint_at")

    def recovered(self) -> list[Checkpoint]:
        """Rows a start has recorded as stopped, newest first."""
        return self._read(
            "SELECT * FROM running_sessions WHERE recovered_at IS NOT NULL ORDER BY checkpoint_at DESC")

    def mark_recovered(self, session_id: str, at: datetime) -> None:
        """Record that ``session_id``'s process died: its row is recovered, the session interrupted."""
        with self._store.writing(Changes(checkpoints=True, sessions=True)):
            self._store.execute("UPDATE running_sessions SET recovered_at = ? WHERE session_id = ?",
                                (iso(at, "microseconds"), session_id))
            self._store.execute("UPDATE sessions SET status = 'interrupted' WHERE id = ?", (session_id,))
            # It stays in history as interrupted: the next exchange offers it to the other laptops.
            self._store.local.set_meta(CATCH_UP_KEY, "1")

    def forget_recovered_before(self, moment: datetime) -> None:
        """Drop recovered rows of *running* sessions checkpointed before ``moment`` (too old to
        resume); sessions stay. A finished session's row stays until it is saved or dismissed: what
        the parent wrote on its summary is offered to be saved however long ago that was."""
        with self._store.writing(Changes(checkpoints=True)):
            self._store.execute(
                "DELETE FROM running_sessions WHERE recovered_at IS NOT NULL AND checkpoint_at < ?"
                " AND finished_status IS NULL", (iso(moment, "microseconds"),))

    def dismiss(self, session_id: str) -> None:
        """Forget ``session_id``'s row (not to be continued); the session stays in history."""
        with self._store.writing(Changes(checkpoints=True)):
            self._store.execute("DELETE FROM running_sessions WHERE session_id = ?", (session_id,))

    def _read(self, sql: str) -> list[Checkpoint]:
        return [checkpoint_from_row(r) for r in self._store.execute(sql).fetchall()]
