"""``store.sessions``: finished (and checkpointed) sessions with their stages and babies.

Every write is one transaction and, once it is committed, one :class:`Changes` on the store's feed.
Reads come back as records (:class:`SessionRecord`) or as the light rows a history list needs
(:class:`SessionRow`, :class:`SessionSpan`), built by the one mapping in ``rows``.
"""

from __future__ import annotations

import builtins
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from touchtimer.core.limits import MAX_SECONDS, NOTE_CHARS, TITLE_CHARS, text_problem
from touchtimer.core.session.record import BabyResponse, SessionRecord, StageRecord, new_session_id
from touchtimer.core.storage.changes import Changes
from touchtimer.core.storage.rows import (
    SESSION_COLUMNS,
    SESSION_ROW_SELECT,
    SPAN_SELECT,
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
from touchtimer.core.storage.shared_fields import SESSION_FIELDS, session_fields
from touchtimer.core.storage.stamps import LAST_CAREGIVERS_KEY

if TYPE_CHECKING:
    from touchtimer.core.storage.store import Store

#: Sessions whose stages and babies are read with one query (well below SQLite's 32,766 parameters).
_BATCH = 500

_INSERT_SESSION = (f"INSERT INTO sessions ({', '.join(SESSION_COLUMNS)})"
                   f" VALUES ({', '.join('?' * len(SESSION_COLUMNS))})")
_INSERT_STAGE = (f"INSERT INTO session_stages ({', '.join(STAGE_COLUMNS)})"
                 f" VALUES ({', '.join('?' * len(STAGE_COLUMNS))})")
_STAGES = f"SELECT {', '.join(STAGE_COLUMNS)} FROM session_stages"
#: A caregiver link is made only to a caregiver that exists (an id from another laptop that is not
#: here yet, or removed meanwhile, is left out rather than losing the session).
_LINK_CAREGIVER = ("INSERT OR IGNORE INTO session_caregivers (session_id, caregiver_id)"
                   " SELECT ?, id FROM caregivers WHERE id = ?")
_INSERT_RESPONSE = "INSERT INTO session_responses (session_id, baby_id, response) VALUES (?, ?, ?)"
#: What :meth:`SessionRepository.update` may change, by record attribute, with the shared field each is.
EDITABLE = {"notes": "notes", "baby_response": "response", "baby_responses": "responses",
            "mood_before": "mood_before", "mood_after": "mood_after", "caregiver_ids": "caregivers",
            "fed_at_breast": "fed_at_breast", "interruptions": "interruptions"}


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
    #: Sessions this caregiver held or massaged in (with others or alone).
    caregiver_id: str | None = None


class ExportRows(NamedTuple):
    """Every session as stored, unsorted, for the export writer (``history/export_text.py``):
    stage rows in :data:`~touchtimer.core.storage.rows.STAGE_COLUMNS` order, ``(session_id,
    baby_id)`` links, and session rows in :data:`~touchtimer.core.storage.rows.SESSION_COLUMNS`
    order. Plain rows, because building a record for each of 10,000 sessions is what the export
    must not do (see that module)."""

    stages: list[Any]
    babies: list[Any]
    sessions: list[Any]
    #: ``(session_id, caregiver_id)`` links and ``(session_id, baby_id, response)`` rows.
    caregivers: tuple[Any, ...] | list[Any] = ()
    responses: tuple[Any, ...] | list[Any] = ()


class SessionRepository:
    """``store.sessions``. Use :meth:`Store.batch` to make several writes one."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- writing -------------------------------------------------------------------------------

    def save(self, record: SessionRecord, *, remember_caregivers: bool = True) -> str:
        """Insert or replace one session with its stages, babies and caregivers, atomically; returns
        the id it was saved under.

        Replacing a checkpointed session removes its crash-journal row too (by cascade). Once sharing
        is on, the fields that changed are recorded for it in the same transaction. A session
        deleted here whose deletion has already been shared comes back under a new id (a deleted
        session never comes back on the other laptop). ``remember_caregivers``: its caregivers are the
        default for this laptop's next session (not for an imported one).
        """
        local = self._store.local
        with self._store.writing(Changes(sessions=True, checkpoints=True)):
            if local.deleted("session", record.id) and not local.undo_deletion("session", record.id):
                record = replace(record, id=new_session_id())
            before = self.get(record.id) if local.device_id is not None else None
            self._write(record)
            new = session_fields(record)
            old = session_fields(before) if before is not None else {}
            local.record("session", record.id, [f for f in SESSION_FIELDS if old.get(f, ...) != new[f]],
                         SESSION_FIELDS)
            if remember_caregivers and (record.caregiver_ids or local.meta(LAST_CAREGIVERS_KEY) is not None):
                local.set_meta(LAST_CAREGIVERS_KEY, json.dumps(sorted(record.caregiver_ids)))
        return record.id

    def _write(self, r: SessionRecord) -> None:
        """The one writer of a session's rows; only inside a transaction (storage only)."""
        refuse_beyond_limits(r)
        store = self._store
        store.execute("DELETE FROM sessions WHERE id = ?", (r.id,))
        store.execute(_INSERT_SESSION, session_values(r))
        store.executemany(_INSERT_STAGE, [stage_values(r.id, s) for s in r.stages])
        store.executemany("INSERT INTO session_babies (session_id, baby_id) VALUES (?, ?)",
                          [(r.id, b) for b in r.baby_ids])
        self._write_links(r.id, r.caregiver_ids, r.baby_responses)

    def _write_links(self, session_id: str, caregivers: Sequence[str] | None,
                     responses: dict[str, BabyResponse] | None) -> None:
        store = self._store
        if caregivers is not None:
            store.execute("DELETE FROM session_caregivers WHERE session_id = ?", (session_id,))
            store.executemany(_LINK_CAREGIVER, [(session_id, c) for c in caregivers])
        if responses is not None:
            store.execute("DELETE FROM session_responses WHERE session_id = ?", (session_id,))
            store.executemany(_INSERT_RESPONSE, [(session_id, b, r) for b, r in sorted(responses.items())])

    def delete(self, session_id: str) -> SessionRecord | None:
        """Delete one session (and its journal row); returns it so the caller can offer undo.

        Once sharing is on, its deletion travels to the other laptops (a tombstone): it does not
        come back there. Saving the returned record again before the next exchange (undo) lifts it.
        """
        record = self.get(session_id)
        if record is not None:
            with self._store.writing(Changes(sessions=True, checkpoints=True)):
                self._store.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
                self._store.local.record_deletion("session", session_id)
        return record

    def set_notes(self, session_id: str, notes: str) -> None:
        self.update(session_id, notes=notes)

    def update(self, session_id: str, **changes: Any) -> None:
        """Change what a parent may edit after a session (see :data:`EDITABLE`): ``notes``,
        ``baby_response``, ``baby_responses``, ``mood_before``, ``mood_after``, ``caregiver_ids``,
        ``fed_at_breast``, ``interruptions``. One transaction; each changed field is shared on its own.
        Nothing happens for a session that is not stored. Raises ``TypeError`` for another name.
        """
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise TypeError(f"not an editable session field: {', '.join(sorted(unknown))}")
        if "notes" in changes:
            _refuse("the note", text_problem(changes["notes"], NOTE_CHARS))
        with self._store.writing(Changes(sessions=True)):
            before = self.get(session_id)
            if before is None:
                return
            after = replace(before, **changes)
            columns = [c for c in ("notes", "baby_response", "mood_before", "mood_after", "fed_at_breast",
                                   "interruptions") if c in changes]
            if columns:
                sets = ", ".join(f"{c} = ?" for c in columns)
                self._store.execute(f"UPDATE sessions SET {sets} WHERE id = ?",
                                    [*(getattr(after, c) for c in columns), session_id])
            self._write_links(session_id, after.caregiver_ids if "caregiver_ids" in changes else None,
                              after.baby_responses if "baby_responses" in changes else None)
            old, new = session_fields(before), session_fields(after)
            self._store.local.record("session", session_id,
                                     [f for f in SESSION_FIELDS if old[f] != new[f]], SESSION_FIELDS)

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
        carers, responses = self._extras(None)
        out = [session_from_row(row, stages.get(row["id"], []), babies.get(row["id"], []),
                                carers.get(row["id"]), responses.get(row["id"]))
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
        carers: dict[str, list[str]] = {}
        responses: dict[str, dict[str, BabyResponse]] = {}
        for first in range(0, len(ids), _BATCH):
            chunk = ids[first:first + _BATCH]
            marks = ",".join("?" * len(chunk))
            for s in store.execute(f"{_STAGES} WHERE session_id IN ({marks}) ORDER BY session_id, position",
                                   chunk):
                stages.setdefault(s[0], []).append(stage_from_row(s))
            for b in store.execute(f"SELECT session_id, baby_id FROM session_babies WHERE session_id IN"
                                   f" ({marks}) ORDER BY session_id, baby_id", chunk):
                babies.setdefault(b[0], []).append(b[1])
            more_carers, more_responses = self._extras(chunk)
            carers.update(more_carers)
            responses.update(more_responses)
        return [session_from_row(row, stages.get(row["id"], []), babies.get(row["id"], []),
                                 carers.get(row["id"]), responses.get(row["id"])) for row in rows]

    def _extras(self, ids: Sequence[str] | None) -> tuple[dict[str, builtins.list[str]],
                                                          dict[str, dict[str, BabyResponse]]]:
        """Caregivers and per-baby responses of the sessions ``ids`` (``None``: every session)."""
        where, args = "", builtins.list(ids or ())
        if ids is not None:
            where = f" WHERE session_id IN ({','.join('?' * len(ids))})"
        carers: dict[str, builtins.list[str]] = {}
        for c in self._store.execute(f"SELECT session_id, caregiver_id FROM session_caregivers{where}"
                                     " ORDER BY session_id, caregiver_id", args):
            carers.setdefault(c[0], []).append(c[1])
        responses: dict[str, dict[str, BabyResponse]] = {}
        for r in self._store.execute(f"SELECT session_id, baby_id, response FROM session_responses{where}",
                                     args):
            responses.setdefault(r[0], {})[r[1]] = r[2]
        return carers, responses

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
        found = self._store.execute(f"SELECT {SPAN_SELECT} FROM sessions{where}", args).fetchall()
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
            store.execute(f"SELECT {', '.join(SESSION_COLUMNS)} FROM sessions").fetchall(),
            store.execute("SELECT session_id, caregiver_id FROM session_caregivers").fetchall(),
            store.execute("SELECT session_id, baby_id, response FROM session_responses").fetchall())

    def _where(self, f: SessionFilter) -> tuple[str, builtins.list[Any]]:
        clauses: builtins.list[str] = []
        args: builtins.list[Any] = []
        if f.baby_id is not None:
            clauses.append("EXISTS (SELECT 1 FROM session_babies sb WHERE sb.session_id = sessions.id"
                           " AND sb.baby_id = ?)")
            args.append(f.baby_id)
        if f.caregiver_id is not None:
            clauses.append("EXISTS (SELECT 1 FROM session_caregivers sc WHERE sc.session_id = sessions.id"
                           " AND sc.caregiver_id = ?)")
            args.append(f.caregiver_id)
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
