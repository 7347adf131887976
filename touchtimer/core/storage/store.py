"""The SQLite store: numbered migrations, sessions with their stages, and babies.

The caller passes the file's location (:func:`open_store`), so tests use ``tmp_path``. Migrations
are the numbered ``migrations/NNNN_name.sql`` files inside the package, read with
``importlib.resources``; an existing database is copied aside before any migration runs.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any, cast

from touchtimer.core.paths import ensure_private_dir
from touchtimer.core.session.record import (
    BabyResponse,
    SessionRecord,
    SessionStatus,
    StageRecord,
)

MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
#: Sessions whose stages and babies are read with one query (well below SQLite's 32,766 parameters).
_BATCH = 500


def lenient_text(data: bytes) -> str:
    """Decode TEXT from the file; a damaged byte shows as \ufffd instead of stopping the app."""
    return data.decode("utf-8", "replace")


class StoreError(Exception):
    """The store could not be opened or written; the message says why in plain words.

    ``damaged`` is true when the file itself is at fault (not a database, malformed, or bytes that
    cannot be decoded), as opposed to a locked file or a folder that can't be written.
    """

    def __init__(self, message: str, *, damaged: bool = False) -> None:
        super().__init__(message)
        self.damaged = damaged


def _is_damage(exc: BaseException) -> bool:
    if isinstance(exc, UnicodeDecodeError):
        return True
    return isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """Every migration shipped with the package, in order."""
    folder = resources.files("touchtimer.core.storage") / "migrations"
    found: list[Migration] = []
    for entry in folder.iterdir():
        match = MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration {migration.name} is out of sequence; expected {expected}")
    return found


def schema_version() -> int:
    return len(migrations())


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _parse_moment(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


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


class Store:
    """One open database. Use :func:`open_store` to make one."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self.connection = connection
        self.path = path

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: commit on success, roll back on any error."""
        con = self.connection
        try:
            con.execute("BEGIN IMMEDIATE")
            yield con
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise

    # -- sessions --------------------------------------------------------------------------

    def save_session(self, record: SessionRecord) -> None:
        """Insert or replace one session with its stages and babies, atomically."""
        with self.transaction() as con:
            self._write_session(con, record)

    def _write_session(self, con: sqlite3.Connection, r: SessionRecord) -> None:
        con.execute("DELETE FROM sessions WHERE id = ?", (r.id,))
        con.execute(
            "INSERT INTO sessions (id, routine_id, routine_title, kind, started_at, ended_at,"
            " local_date, planned_seconds, actual_seconds, status, baby_response, mood_before,"
            " mood_after, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (r.id, r.routine_id, r.routine_title, r.kind, _iso(r.started_at), _iso(r.ended_at),
             r.local_date.isoformat(), r.planned_seconds, r.actual_seconds, r.status,
             r.baby_response, r.mood_before, r.mood_after, r.notes),
        )
        con.executemany(
            "INSERT INTO session_stages (session_id, position, title, side, planned_seconds,"
            " actual_seconds, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(r.id, s.position, s.title, s.side, s.planned_seconds, s.actual_seconds, s.status)
             for s in r.stages],
        )
        con.executemany("INSERT INTO session_babies (session_id, baby_id) VALUES (?, ?)",
                        [(r.id, b) for b in r.baby_ids])

    def get_session(self, session_id: str) -> SessionRecord | None:
        row = self.connection.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
        return None if row is None else self._records([row])[0]

    def _records(self, rows: Sequence[sqlite3.Row]) -> list[SessionRecord]:
        """Build records for ``rows``, reading stages and babies for many sessions per query.

        One query per session for its stages and one for its babies made exporting 10,000 sessions
        take seconds; reading them for up to ``_BATCH`` sessions at a time keeps it well under one.
        """
        con = self.connection
        ids = [row["id"] for row in rows]
        stages: dict[str, list[StageRecord]] = {}
        babies: dict[str, list[str]] = {}
        for first in range(0, len(ids), _BATCH):
            chunk = ids[first:first + _BATCH]
            marks = ",".join("?" * len(chunk))
            for s in con.execute(
                    "SELECT session_id, position, title, side, planned_seconds, actual_seconds, status"
                    f" FROM session_stages WHERE session_id IN ({marks}) ORDER BY session_id, position",
                    chunk):
                stages.setdefault(s[0], []).append(StageRecord(s[1], s[2], s[3], s[4], s[5], s[6]))
            for b in con.execute(f"SELECT session_id, baby_id FROM session_babies WHERE session_id IN"
                                 f" ({marks}) ORDER BY session_id, baby_id", chunk):
                babies.setdefault(b[0], []).append(b[1])
        return [self._record(row, stages.get(row["id"], []), babies.get(row["id"], [])) for row in rows]

    @staticmethod
    def _record(row: sqlite3.Row, stages: list[StageRecord], babies: list[str]) -> SessionRecord:
        return SessionRecord(
            id=row["id"], routine_id=row["routine_id"], routine_title=row["routine_title"],
            kind=row["kind"], started_at=_parse_moment(row["started_at"]),
            ended_at=_parse_moment(row["ended_at"]), local_date=date.fromisoformat(row["local_date"]),
            planned_seconds=row["planned_seconds"], actual_seconds=row["actual_seconds"],
            status=cast("SessionStatus", row["status"]), stages=stages, baby_ids=babies,
            baby_response=cast("BabyResponse | None", row["baby_response"]),
            mood_before=row["mood_before"], mood_after=row["mood_after"], notes=row["notes"],
        )

    def _where(self, f: SessionFilter) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        args: list[Any] = []
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
            args += [_iso(earliest), _iso(f.active_from), _iso(f.active_from)]
        if f.active_until is not None:
            clauses.append("started_at < ?")
            args.append(_iso(f.active_until))
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), args

    def longest_span_days(self) -> float:
        """The longest wall-clock span of any stored session, in days (indexed, so quick)."""
        row = self.connection.execute(
            "SELECT MAX(julianday(ended_at) - julianday(started_at)) FROM sessions").fetchone()
        return max(0.0, float(row[0] or 0.0))

    def list_sessions(self, filter: SessionFilter | None = None, *, limit: int | None = None,
                      offset: int = 0) -> list[SessionRecord]:
        """Sessions, newest first."""
        where, args = self._where(filter or SessionFilter())
        sql = f"SELECT * FROM sessions{where} ORDER BY started_at DESC, id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return self._records(self.connection.execute(sql, args).fetchall())

    def count_sessions(self, filter: SessionFilter | None = None) -> int:
        where, args = self._where(filter or SessionFilter())
        row = self.connection.execute(f"SELECT COUNT(*) FROM sessions{where}", args).fetchone()
        return int(row[0])

    def delete_session(self, session_id: str) -> SessionRecord | None:
        """Delete one session; returns it so the caller can offer undo (save it again)."""
        record = self.get_session(session_id)
        if record is not None:
            with self.transaction() as con:
                con.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return record

    def set_notes(self, session_id: str, notes: str) -> None:
        with self.transaction() as con:
            con.execute("UPDATE sessions SET notes = ? WHERE id = ?", (notes, session_id))


def _copy_aside(con: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the database into ``backups/`` before a migration, with SQLite's backup API.

    The backup API (not a file copy) so that sessions still in the ``-wal`` file (after a crash)
    are in the copy too; the copy is private (0600) in a private folder, written under a temporary
    name and renamed, so a half-written copy never looks like a good one.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = ensure_private_dir(path.parent / "backups")
    target = folder / f"{path.name}.before-v{version + 1}-{stamp}"
    partial = target.with_name(target.name + ".partial")
    _create_private(partial)
    dest = sqlite3.connect(str(partial))
    try:
        con.backup(dest)
    finally:
        dest.close()
    os.replace(partial, target)
    return target


def _has_content(con: sqlite3.Connection) -> bool:
    return int(con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]) > 0


def _migrate(con: sqlite3.Connection, path: Path | None, steps: Sequence[Migration]) -> None:
    current = int(con.execute("PRAGMA user_version").fetchone()[0])
    latest = len(steps)
    if current > latest:
        raise StoreError(f"this data was written by a newer touchtimer (schema {current}); "
                         f"this version reads up to schema {latest}. Please update touchtimer.")
    if current == latest:
        return
    # Anything already in the file (even at version 0) is copied aside before it is changed.
    if path is not None and (current > 0 or _has_content(con)):
        _copy_aside(con, path, current)
    for migration in steps[current:]:
        try:
            con.executescript(f"BEGIN IMMEDIATE;\n{migration.sql}\n"
                              f"PRAGMA user_version = {migration.version};\nCOMMIT;")
        except sqlite3.Error:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise


def open_store(path: Path | None) -> Store:
    """Open (creating and migrating as needed) the database at ``path``; ``None`` is in-memory.

    Raises :class:`StoreError` with a plain message when the file cannot be used.
    """
    if path is not None:
        try:
            ensure_private_dir(path.parent)
            # Made private before SQLite opens it: the -wal and -shm files take its permissions.
            _create_private(path)
        except OSError as exc:
            raise StoreError(f"cannot create {path}: {exc.strerror or exc}") from None
    try:
        con = sqlite3.connect(str(path) if path is not None else ":memory:",
                              isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}") from None
    try:
        con.row_factory = sqlite3.Row
        con.text_factory = lenient_text
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA busy_timeout = 5000")
        if path is not None:
            con.execute("PRAGMA journal_mode = WAL")
            con.execute("PRAGMA synchronous = NORMAL")
        _migrate(con, path, migrations())
    except (sqlite3.Error, UnicodeDecodeError) as exc:   # a damaged file can garble SQLite's message
        con.close()
        raise StoreError(f"cannot use {path}: {exc}", damaged=_is_damage(exc)) from None
    except OSError as exc:  # copying the file aside before a migration failed
        con.close()
        raise StoreError(f"cannot copy {path} aside before updating it: {exc.strerror or exc}") from None
    except BaseException:
        con.close()
        raise
    return Store(con, path)


def _create_private(path: Path) -> None:
    """Create ``path`` as an empty file readable by this user only; leave an existing file alone."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)
    if os.name == "posix":
        with suppress(OSError):
            os.chmod(path, 0o600)  # in case the umask took bits away that 0o600 needs


#: The public name: backups and repaired copies are created private the same way.
create_private_file = _create_private
