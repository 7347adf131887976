"""``store.sessions``: finished (and checkpointed) sessions with their stages and babies.

Every write is one transaction and, once it is committed, one :class:`Changes` on the store's feed.
Reads come back as records (:class:`SessionRecord`) or as the light rows a history list needs
(:class:`SessionRow`, :class:`SessionSpan`), built by the one mapping in ``rows``.
"""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from touchtimer.core.limits import MAX_SECONDS, NOTE_CHARS, TITLE_CHARS, text_problem
from touchtimer.core.session.record import SessionRecord, StageRecord
from touchtimer.core.storage.changes import Changes
from touchtimer.core.storage.rows import (
    SESSION_COLUMNS,
    SESSION_ROW_SELECT,
    STAGE_COLUMNS,
    SessionRow,
    SessionSpan,
    iso,
    session_from_row,
    session_row_from,
    session_values,
    span_from_row,
    stage_from_row,
    stage_values,
)

if TYPE_CHECKING:
    from touchtimer.core.storage.store import Store

#: Sessions whose stages and babies are read with one query (well below SQLite's 32,766 parameters).
_BATCH = 500

_INSERT_SESSION = (f"INSERT INTO sessions ({', '.join(SESSION_COLUMNS)})"
                   f" VALUES ({', '.join('?' * len(SESSION_COLUMNS))})")
_INSERT_STAGE = (f"INSERT INTO session_stages ({', '.join(STAGE_COLUMNS)})"
                 f" VALUES ({', '.join('?' * len(STAGE_COLUMNS))})")
_STAGES = f"SELECT {', '.join(STAGE_COLUMNS)} FROM session_stages"


class RecordRefused(sqlite3.IntegrityError):
    """A session beyond the limits every part of touchtimer keeps to (``core/limits.py``): saving
    it would make an export that cannot be imported back. A constraint, like SQLite's own, so
    every "could not save" path (try again, save as file) handles it; the message says what."""


def _refuse(what: str, problem: str | None) -> None:
    if problem is not None:
        raise RecordRefused(f"{what} is {problem}")


def refuse_beyond_limits(r: SessionRecord) -> None:
    """Raise :class:`RecordRefused` if ``r`` holds more than touchtimer keeps."""
    _refuse("the note", text_problem(r.notes, NOTE_CHARS))
    _refuse("the routine's title", text_problem(r.routine_title, TITLE_CHARS))
    for s in r.stages:
        _refuse(f"the title of stage {s.position + 1}", text_problem(s.title, TITLE_CHARS))
    numbers = [r.actual_seconds, r.planned_seconds or 0, *(s.actual_seconds for s in r.stages),
               *(s.planned_seconds or 0 for s in r.stages)]
    if any(n > MAX_SECONDS for n in numbers):
        raise RecordRefused(f"a time in it is over {MAX_SECONDS:,} seconds")


@dataclass(frozen=True)
class SessionFilter:
    """Which sessions to list; ``None`` means "any"."""

    baby_id: str | None = None
    kind: str | None = None
    routine_id: str | None = None
    date_from: date | None = None      # inclusive, local date
    date_to: date | None = None        # inclusive, local date
    # Sessions that were running at any moment in [active_from, active_until): unlike the local
    # dates above (the day a session began), these also catch a session that began before the
    # range and ran into it. Both are timezone-aware instants.
    active_from: datetime | None = None
    active_until: datetime | None = None


class ExportRows(NamedTuple):
    """Every session as stored, unsorted, for the export writer (``history/export_text.py``):
    stage rows in :data:`~touchtimer.core.storage.rows.STAGE_COLUMNS` order, ``(session_id,
    baby_id)`` links, and session rows in :data:`~touchtimer.core.storage.rows.SESSION_COLUMNS`
    order. Plain rows, because building a record for each of 10,000 sessions is what the export
    must not do (see that module)."""

    stages: list[Any]
    babies: list[Any]
    sessions: list[Any]


class SessionRepository:
    """``store.sessions``. Use :meth:`Store.batch` to make several writes one."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- writing -------------------------------------------------------------------------------

    def save(self, record: SessionRecord) -> None:
        """Insert or replace one session with its stages and babies, atomically.

        Replacing a checkpointed session removes its crash-journal row too (by cascade).
        """
        with self._store.writing(Changes(sessions=True, checkpoints=True)):
            self._write(record)

    def _write(self, r: SessionRecord) -> None:
        """The one writer of a session's rows; only inside a transaction (storage only)."""
        refuse_beyond_limits(r)
        store = self._store
        store.execute("DELETE FROM sessions WHERE id = ?", (r.id,))
        store.execute(_INSERT_SESSION, session_values(r))
        store.executemany(_INSERT_STAGE, [stage_values(r.id, s) for s in r.stages])
        store.executemany("INSERT INTO session_babies (session_id, baby_id) VALUES (?, ?)",
                          [(r.id, b) for b in r.baby_ids])

    def delete(self, session_id: str) -> SessionRecord | None:
        """Delete one session (and its journal row); returns it so the caller can offer undo."""
        record = self.get(session_id)
        if record is not None:
            with self._store.writing(Changes(sessions=True, checkpoints=True)):
                self._store.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return record

    def set_notes(self, session_id: str, notes: str) -> None:
        _refuse("the note", text_problem(notes, NOTE_CHARS))
        with self._store.writing(Changes(sessions=True)):
            self._store.execute("UPDATE sessions SET notes = ? WHERE id = ?", (notes, session_id))

    # -- reading records -----------------------------------------------------------------------

    def get(self, session_id: str) -> SessionRecord | None:
        row = self._store.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
        return None if row is None else self._records([row])[0]

    def list(self, filter: SessionFilter | None = None, *, limit: int | None = None,
             offset: int = 0) -> builtins.list[SessionRecord]:
        """Sessions, newest first."""
        where, args = self._where(filter or SessionFilter())
        sql = f"SELECT * FROM sessions{where} ORDER BY started_at DESC, id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return self._records(self._store.execute(sql, args).fetchall())

    def count(self, filter: SessionFilter | None = None) -> int:
        where, args = self._where(filter or SessionFilter())
        return int(self._store.execute(f"SELECT COUNT(*) FROM sessions{where}", args).fetchone()[0])

    def all(self) -> builtins.list[SessionRecord]:
        """Every stored session, oldest first, read in three queries (not three per session)."""
        store = self._store
        stages: dict[str, list[StageRecord]] = {}
        for s in store.execute(f"{_STAGES} ORDER BY session_id, position"):
            stages.setdefault(s[0], []).append(stage_from_row(s))
        babies: dict[str, list[str]] = {}
        for b in store.execute("SELECT session_id, baby_id FROM session_babies ORDER BY session_id, baby_id"):
            babies.setdefault(b[0], []).append(b[1])
        out = [session_from_row(row, stages.get(row["id"], []), babies.get(row["id"], []))
               for row in store.execute("SELECT * FROM sessions ORDER BY started_at, id")]
        out.sort(key=lambda r: (iso(r.started_at), r.id))
        return out

    def _records(self, rows: Sequence[sqlite3.Row]) -> builtins.list[SessionRecord]:
        """Build records for ``rows``, reading stages and babies for many sessions per query.

        One query per session for its stages and one for its babies made exporting 10,000 sessions
        take seconds; reading them for up to ``_BATCH`` sessions at a time keeps it well under one.
        """
        store = self._store
        ids = [row["id"] for row in rows]
        stages: dict[str, list[StageRecord]] = {}
        babies: dict[str, list[str]] = {}
        for first in range(0, len(ids), _BATCH):
            chunk = ids[first:first + _BATCH]
            marks = ",".join("?" * len(chunk))
            for s in store.execute(f"{_STAGES} WHERE session_id IN ({marks}) ORDER BY session_id, position",
                                   chunk):
                stages.setdefault(s[0], []).append(stage_from_row(s))
            for b in store.execute(f"SELECT session_id, baby_id FROM session_babies WHERE session_id IN"
                                   f" ({marks}) ORDER BY session_id, baby_id", chunk):
                babies.setdefault(b[0], []).append(b[1])
        return [session_from_row(row, stages.get(row["id"], []), babies.get(row["id"], [])) for row in rows]

    # -- reading for history lists and totals ----------------------------------------------------

    def rows(self, filter: SessionFilter | None = None, *, limit: int = 100,
             offset: int = 0) -> builtins.list[SessionRow]:
        """One page of sessions for a list, newest first: a single indexed query, no stages."""
        where, args = self._where(filter or SessionFilter())
        found = self._store.execute(
            f"SELECT {SESSION_ROW_SELECT} FROM sessions{where} ORDER BY started_at DESC, id LIMIT ? OFFSET ?",
            [*args, limit, offset]).fetchall()
        return [session_row_from(r) for r in found]

    def spans(self, filter: SessionFilter | None = None) -> builtins.list[SessionSpan]:
        """When each matching session ran, and for how long (for daily totals)."""
        where, args = self._where(filter or SessionFilter())
        found = self._store.execute(
            f"SELECT kind, started_at, ended_at, actual_seconds FROM sessions{where}", args).fetchall()
        return [span_from_row(r) for r in found]

    def routines(self) -> builtins.list[tuple[str, str]]:
        """``(routine_id, title)`` of every routine that has a stored session, by title."""
        found = self._store.execute(
            "SELECT routine_id, MAX(routine_title) FROM sessions GROUP BY routine_id").fetchall()
        return sorted(((r[0], r[1]) for r in found), key=lambda r: (r[1].casefold(), r[0]))

    def longest_span_days(self) -> float:
        """The longest wall-clock span of any stored session, in days (indexed, so quick)."""
        row = self._store.execute(
            "SELECT MAX(julianday(ended_at) - julianday(started_at)) FROM sessions").fetchone()
        return max(0.0, float(row[0] or 0.0))

    def export_rows(self) -> ExportRows:
        """Every session as plain rows, for the fast JSON export (see :class:`ExportRows`)."""
        store = self._store
        return ExportRows(
            store.execute(_STAGES).fetchall(),
            store.execute("SELECT session_id, baby_id FROM session_babies").fetchall(),
            store.execute(f"SELECT {', '.join(SESSION_COLUMNS)} FROM sessions").fetchall())

    def _where(self, f: SessionFilter) -> tuple[str, builtins.list[Any]]:
        clauses: builtins.list[str] = []
        args: builtins.list[Any] = []
        if f.baby_id is not None:
            clauses.append("EXISTS (SELECT 1 FROM session_babies sb WHERE sb.session_id = sessions.id"
                           " AND sb.baby_id = ?)")
            args.append(f.baby_id)
        if f.kind is not None:
            clauses.append("kind = ?")
            args.append(f.kind)
        if f.routine_id is not None:
            clauses.append("routine_id = ?")
            args.append(f.routine_id)
        if f.date_from is not None:
            clauses.append("local_date >= ?")
            args.append(f.date_from.isoformat())
        if f.date_to is not None:
            clauses.append("local_date <= ?")
            args.append(f.date_to.isoformat())
        if f.active_from is not None:
            # A session running at active_from began at most the longest stored span before it:
            # that bound turns the search into an index range on started_at.
            earliest = f.active_from - timedelta(days=self.longest_span_days()) - timedelta(seconds=1)
            clauses.append("started_at >= ? AND (ended_at > ? OR started_at >= ?)")
            args += [iso(earliest), iso(f.active_from), iso(f.active_from)]
        if f.active_until is not None:
            clauses.append("started_at < ?")
            args.append(iso(f.active_until))
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), args
