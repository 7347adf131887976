"""Opening the store whatever state the file is in: damaged, unwritable, or from a newer version.

:func:`open_store_safely` always returns a usable :class:`~touchtimer.core.storage.store.Store` and a
:class:`StoreOpenReport` that says, in plain words, what happened. It never deletes anything:

* A **damaged** file (not an SQLite file, a truncated one, one failing ``PRAGMA integrity_check``,
  or one whose tables lack columns this version needs) is renamed
  ``touchtimer.sqlite3.damaged-<timestamp>`` (its ``-wal``/``-shm``/``-journal`` files with it), a
  fresh store is created, and every row that can still be read is copied into it, row by row.
* A file that is fine but **cannot be written** (a read-only folder) is opened read-only, so history
  still shows; saving then fails with a clear message (see ``core/session/safe_save.py``). If even that is
  impossible, an in-memory store is used and the report says nothing will be kept.
* A file from a **newer touchtimer** is left untouched; an in-memory store is used.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from touchtimer.core.paths import ensure_private_dir
from touchtimer.core.storage.changes import Changes
from touchtimer.core.storage.errors import classify_storage_error
from touchtimer.core.storage.store import (
    Store,
    StoreError,
    lenient_text,
    migrations,
    open_store,
    schema_version,
)

SQLITE_HEADER = b"SQLite format 3\x00"
#: The tables worth copying out of a damaged file, parents before children.
SALVAGE_TABLES = ("babies", "caregivers", "sessions", "session_stages", "session_babies",
                  "session_caregivers", "session_responses")
SIDE_FILES = ("-wal", "-shm", "-journal")
#: After a scan breaks off, at most this many later rowids are asked for one by one.
MAX_PROBES = 200_000

#: What reading a damaged file can raise: SQLite's errors, and (when the damage reaches the text
#: of SQLite's own error message or schema) a decoding error from Python's sqlite3 module.
DB_ERRORS = (sqlite3.DatabaseError, UnicodeDecodeError)

OpenOutcome = Literal["ok", "recovered", "read_only", "unavailable"]


@dataclass
class StoreOpenReport:
    """What :func:`open_store_safely` found and did. ``message`` is for the person (may be empty)."""

    outcome: OpenOutcome
    message: str = ""
    writable: bool = True
    damaged_copy: Path | None = None
    problem: str = ""
    recovered: dict[str, int] = field(default_factory=dict)
    lost: dict[str, int] = field(default_factory=dict)


# -- diagnosis -------------------------------------------------------------------------------------


def _reference_columns(version: int) -> dict[str, set[str]]:
    """The tables and columns a healthy file at schema ``version`` has."""
    con = sqlite3.connect(":memory:")
    con.text_factory = lenient_text
    try:
        for migration in migrations()[:version]:
            con.executescript(migration.sql)
        return _columns(con)
    finally:
        con.close()


def _columns(con: sqlite3.Connection) -> dict[str, set[str]]:
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {t: {r[1] for r in con.execute(f'PRAGMA table_info("{t}")')} for t in tables}


def _connect_read_only(path: Path, *, lenient: bool = False) -> sqlite3.Connection:
    """A read-only connection. ``lenient`` lets SQLite read tables even when part of the schema
    (an index's page, say) is damaged; nothing is written either way."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    con.text_factory = lenient_text
    con.execute("PRAGMA query_only = ON")
    if lenient:
        con.execute("PRAGMA writable_schema = ON")
    return con


def diagnose(path: Path) -> str | None:
    """Why the file at ``path`` is damaged, in plain words; ``None`` if it looks sound.

    Raises ``sqlite3.OperationalError`` when the file cannot be checked at all (locked, no access):
    that is not damage, and the file must then be left exactly where it is.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise sqlite3.OperationalError(f"cannot read {path.name}: {exc.strerror or exc}") from None
    if not head:
        return None            # an empty file is a new, empty database
    if head != SQLITE_HEADER:
        return "it is not a touchtimer database (its first bytes are not those of an SQLite file)"
    con = _connect_read_only(path)
    try:
        try:
            result = [r[0] for r in con.execute("PRAGMA integrity_check(20)")]
            version = int(con.execute("PRAGMA user_version").fetchone()[0])
            found = _columns(con)
        except sqlite3.OperationalError as exc:
            if classify_storage_error(exc) in ("busy", "cannot_open"):
                raise
            return f"it could not be read ({exc})"
        except DB_ERRORS as exc:
            return f"it could not be read ({exc})"
    finally:
        con.close()
    if result != ["ok"]:
        return f"it failed SQLite's integrity check ({'; '.join(map(str, result[:3]))})"
    if version > schema_version():
        return None            # a newer touchtimer's file: not damage; open_store says so
    if version == 0:
        return None if not found else "it holds tables touchtimer did not write"
    for table, columns in _reference_columns(version).items():
        if table not in found:
            return f"its '{table}' table is missing"
        missing = columns - found[table]
        if missing:
            return f"its '{table}' table lacks {', '.join(sorted(missing))}"
    return None


# -- moving a damaged file aside -----------------------------------------------------------------


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def move_aside(path: Path, now: datetime) -> Path:
    """Rename ``path`` (and its side files) to ``<name>.damaged-<timestamp>``; never overwrite."""
    base = path.with_name(f"{path.name}.damaged-{_stamp(now)}")
    target, n = base, 1
    while target.exists() or any(target.with_name(target.name + s).exists() for s in SIDE_FILES):
        n += 1
        target = base.with_name(f"{base.name}-{n}")
    os.rename(path, target)
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.rename(side, target.with_name(target.name + suffix))
    if os.name == "posix":
        os.chmod(target, 0o600)
    return target


# -- salvage ----------------------------------------------------------------------------------------


def _rows(con: sqlite3.Connection, table: str, columns: list[str]) -> Iterator[tuple[Any, ...] | None]:
    """Every readable row of ``table``; ``None`` for each row (or stretch) that could not be read.

    First a plain scan in rowid order; if that breaks off, each later rowid is asked for on its
    own, which reaches the rows on every page that is still whole.
    """
    cols = ", ".join(f'"{c}"' for c in columns)
    last = 0
    try:
        for row in con.execute(f'SELECT rowid, {cols} FROM "{table}" ORDER BY rowid'):
            last = int(row[0])
            yield tuple(row[1:])
        return
    except DB_ERRORS:
        yield None
    try:
        page_size = int(con.execute("PRAGMA page_size").fetchone()[0])
        pages = int(con.execute("PRAGMA page_count").fetchone()[0])
    except DB_ERRORS:
        page_size, pages = 4096, 1000
    probe = f'SELECT {cols} FROM "{table}" WHERE rowid = ?'
    misses = 0
    for rowid in range(last + 1, last + 1 + min(MAX_PROBES, pages * page_size // 16)):
        try:
            found = con.execute(probe, (rowid,)).fetchone()
        except DB_ERRORS:
            misses += 1
            continue
        if found is not None:
            yield tuple(found)
    if misses:
        yield None


def _open_source(damaged: Path, work: Path) -> sqlite3.Connection | None:
    """A connection to a private working copy of ``damaged`` (and its -wal), so that reading it
    (which may rebuild SQLite's -shm index) leaves the kept copy byte for byte as it was; if
    there is no room for a copy, the kept file itself, opened immutable (its -wal unread)."""
    candidates: list[str] = []
    try:
        for suffix in ("", "-wal"):
            side = damaged.with_name(damaged.name + suffix)
            if side.exists():
                shutil.copyfile(side, work.with_name(work.name + suffix))
        candidates.append(f"{work.resolve().as_uri()}?mode=ro")
    except OSError:
        pass
    candidates.append(f"{damaged.resolve().as_uri()}?immutable=1")
    for uri in candidates:
        try:
            source = sqlite3.connect(uri, uri=True)
        except DB_ERRORS:
            continue
        source.text_factory = lenient_text
        try:
            source.execute("PRAGMA writable_schema = ON")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return source
        except DB_ERRORS:
            source.close()
    return None


def salvage(damaged: Path, store: Store) -> tuple[dict[str, int], dict[str, int]]:
    """Copy every row that can be read from ``damaged`` into ``store``; returns (copied, lost)."""
    copied: dict[str, int] = {}
    lost: dict[str, int] = {}
    with damaged.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return copied, lost            # not an SQLite file: there are no rows to read
    with tempfile.TemporaryDirectory(prefix=".salvage-", dir=damaged.parent) as tmp:
        source = _open_source(damaged, Path(tmp) / "copy.sqlite3")
        if source is None:
            return copied, lost
        _copy_rows(source, store, copied, lost)
    return copied, lost


def _copy_rows(source: sqlite3.Connection, store: Store, copied: dict[str, int],
               lost: dict[str, int]) -> None:
    try:
        try:
            found = _columns(source)
        except DB_ERRORS:
            return
        wanted = _columns(store.connection)
        for table in SALVAGE_TABLES:
            if table not in found or table not in wanted:
                continue
            columns = [c for c in sorted(wanted[table]) if c in found[table]]
            if not columns:
                continue
            placeholders = ", ".join("?" for _ in columns)
            insert = (f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({placeholders})')
            ok = bad = 0
            with store.writing(Changes(sessions=True, babies=True)):
                for row in _rows(source, table, columns):
                    if row is None:
                        bad += 1
                        continue
                    try:
                        store.execute("SAVEPOINT one")
                        store.execute(insert, row)
                        store.execute("RELEASE one")
                        ok += 1
                    except DB_ERRORS:
                        store.execute("ROLLBACK TO one")
                        store.execute("RELEASE one")
                        bad += 1
            copied[table], lost[table] = ok, bad
    finally:
        source.close()


# -- opening ----------------------------------------------------------------------------------------


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _recovered_message(path: Path, reason: str, copy: Path, copied: dict[str, int],
                       lost: dict[str, int]) -> str:
    sessions = copied.get("sessions", 0)
    babies = copied.get("babies", 0)
    text = (f"touchtimer's file of saved sessions could not be used: {reason}. It has been kept, "
            f"unchanged, as {copy.name} in {path.parent}, and a fresh file was started. "
            f"{_plural(sessions, 'session', 'sessions')} and "
            f"{_plural(babies, 'baby profile', 'baby profiles')} were copied from it.")
    missing = lost.get("sessions", 0) + lost.get("session_stages", 0)
    if missing:
        text += " Some parts could not be read and are only in the kept copy."
    return text


def _read_only_store(path: Path) -> Store | None:
    """The store at ``path``, read-only, if it is sound and of this version; else ``None``.

    Plain read-only first; then ``immutable`` (needed when SQLite cannot create its ``-shm``
    file in an unwritable folder; nothing can be written there meanwhile anyway).
    """
    for uri in (f"{path.resolve().as_uri()}?mode=ro", f"{path.resolve().as_uri()}?immutable=1"):
        try:
            con = sqlite3.connect(uri, uri=True, check_same_thread=False)
        except DB_ERRORS:
            continue
        con.text_factory = lenient_text
        try:
            con.execute("PRAGMA query_only = ON")
            sound = [r[0] for r in con.execute("PRAGMA quick_check(1)")] == ["ok"]
            version = int(con.execute("PRAGMA user_version").fetchone()[0])
            if sound and version == schema_version():
                con.row_factory = sqlite3.Row
                return Store(con, path)
        except DB_ERRORS:
            pass
        con.close()
    return None


def memory_store_read_only() -> Store:
    """An empty store that refuses writes, so a save fails *visibly* (and the session stays open
    with "try again" and "save as file") instead of vanishing into memory."""
    store = open_store(None)
    store.refuse_writes()
    return store


def _unwritable(path: Path, why: str) -> tuple[Store, StoreOpenReport]:
    folder = path.parent
    message = (f"touchtimer cannot save to {folder} ({why}). Your sessions are still shown, "
               "but new ones cannot be saved there; each one stays open with \"try again\" and "
               "\"save as file\". Check that the folder can be written and that the disk has room.")
    if path.is_file():
        store = _read_only_store(path)
        if store is not None:
            return store, StoreOpenReport("read_only", message, writable=False, problem=why)
    message = (f"touchtimer cannot open its file of saved sessions in {folder} ({why}). Nothing "
               "there has been changed. Each session you do now stays open with \"try again\" "
               "and \"save as file\"; save each one as a file to keep it.")
    return memory_store_read_only(), StoreOpenReport("unavailable", message, writable=False,
                                                     problem=why)


def open_store_safely(path: Path, *, now: Callable[[], datetime] = lambda: datetime.now(UTC),
                      ) -> tuple[Store, StoreOpenReport]:
    """Open the store at ``path`` whatever has happened to it; see the module docstring."""
    try:
        ensure_private_dir(path.parent)
    except OSError as exc:
        return _unwritable(path, exc.strerror or str(exc))
    reason: str | None = None
    if path.exists():
        try:
            reason = diagnose(path)
        except DB_ERRORS as exc:
            return _unwritable(path, str(exc))
    if reason is None:
        try:
            return open_store(path), StoreOpenReport("ok")
        except StoreError as exc:
            text = str(exc)
            if "newer touchtimer" in text:
                return memory_store_read_only(), StoreOpenReport(
                    "unavailable", text + " Until then, nothing is changed in that file; save "
                    "each session as a file to keep it.", writable=False, problem=text)
            if not exc.damaged and not any(word in text for word in ("malformed", "not a database",
                                                                      "corrupt")):
                return _unwritable(path, text.split(": ", 1)[-1])
            reason = f"it could not be opened ({text.split(': ', 1)[-1]})"
    try:
        copy = move_aside(path, now())
    except OSError as exc:
        return _unwritable(path, exc.strerror or str(exc))
    try:
        store = open_store(path)
    except StoreError as exc:
        return _unwritable(path, str(exc))
    copied, lost = salvage(copy, store)
    message = _recovered_message(path, reason, copy, copied, lost)
    return store, StoreOpenReport("recovered", message, damaged_copy=copy, problem=reason,
                                  recovered=copied, lost=lost)
