"""Copying every row that can still be read out of a damaged file, row by row.

Two passes over a private working copy of the kept file (so the kept copy stays byte for byte as
it was):

1. **Through SQLite**, table by table in rowid order; where a scan breaks off at a damaged page,
   each later rowid is asked for on its own. This reads every row whose b-tree is whole.
2. **Page by page** (:mod:`~touchtimer.core.storage.pages`): every row on every table leaf page,
   the way SQLite's recovery extension works, so rows under a damaged root or interior page come
   back too. Each row is given to the table whose shape it has (the number of columns; a row of
   SQLite's own schema is told apart by its values); the fresh store's constraints refuse anything
   that does not fit.

Why this and not SQLite's own ``.recover``: it lives in the ``sqlite3`` shell, not in Python's
``sqlite3`` module, and the shell is not on most users' machines; where it is (Debian 12's 3.40.1),
its ``.recover`` failed here with "SQL logic error" even on a sound file. APSW (a Python binding
bundling a recent SQLite) does not expose the recovery extension either. Reading the documented
file format needs nothing installed and runs the same everywhere.

A hot ``-journal`` kept with the file is rolled back in the working copy first (SQLite does that
when it opens it), so half-written changes never come back; a ``-wal``'s committed pages count.
Rows already copied by the first pass are not copied twice (same primary key).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from touchtimer.core.storage.changes import Changes
from touchtimer.core.storage.pages import table_rows
from touchtimer.core.storage.store import Store, lenient_text

SQLITE_HEADER = b"SQLite format 3\x00"
#: The tables worth copying out of a damaged file, parents before children.
SALVAGE_TABLES = ("babies", "sessions", "session_stages", "session_babies")
#: After a scan breaks off, at most this many later rowids are asked for one by one.
MAX_PROBES = 200_000
#: What reading a damaged file can raise: SQLite's errors, and (when the damage reaches the text
#: of SQLite's own error message or schema) a decoding error from Python's sqlite3 module.
DB_ERRORS = (sqlite3.DatabaseError, UnicodeDecodeError)
_SCHEMA_TYPES = ("table", "index", "view", "trigger")


@dataclass
class Salvaged:
    copied: dict[str, int] = field(default_factory=dict)
    lost: dict[str, int] = field(default_factory=dict)
    #: Pages that could not be read as any kind of page: whatever they held is only in the kept copy.
    unreadable_pages: int = 0

    @property
    def incomplete(self) -> bool:
        return self.unreadable_pages > 0 or any(self.lost.get(t, 0) for t in SALVAGE_TABLES[1:3])


def columns(con: sqlite3.Connection) -> dict[str, list[str]]:
    """Each table's columns in their order in the table (the order of a row's record)."""
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {t: [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')] for t in tables}


def _keys(con: sqlite3.Connection, table: str) -> list[int]:
    """Positions of ``table``'s primary-key columns (every column when it has none)."""
    info = list(con.execute(f'PRAGMA table_info("{table}")'))
    keyed = sorted((r[5], r[0]) for r in info if r[5])
    return [cid for _, cid in keyed] or [r[0] for r in info]


def _sql_rows(con: sqlite3.Connection, table: str, cols: list[str]) -> Iterator[tuple[Any, ...] | None]:
    """Every row of ``table`` SQLite can reach; ``None`` for each row (or stretch) it could not."""
    names = ", ".join(f'"{c}"' for c in cols)
    last = 0
    try:
        for row in con.execute(f'SELECT rowid, {names} FROM "{table}" ORDER BY rowid'):
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
    probe = f'SELECT {names} FROM "{table}" WHERE rowid = ?'
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


def _working_copy(damaged: Path, work: Path) -> sqlite3.Connection | None:
    """A connection to a private copy of ``damaged`` with its ``-wal`` and ``-journal`` (a hot
    journal is rolled back there); if there is no room for a copy, the kept file itself, opened
    immutable (its side files unread, and nothing written)."""
    candidates: list[tuple[str, bool]] = []
    try:
        for suffix in ("", "-wal", "-journal"):
            side = damaged.with_name(damaged.name + suffix)
            if side.exists():
                shutil.copyfile(side, work.with_name(work.name + suffix))
        # Read-write, so that SQLite rolls a hot journal back in the copy before reading it.
        candidates.append((work.resolve().as_uri(), True))
    except OSError:
        pass
    if not damaged.with_name(damaged.name + "-journal").exists():
        candidates.append((f"{damaged.resolve().as_uri()}?immutable=1", False))
    for uri, _copy in candidates:
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


def salvage(damaged: Path, store: Store) -> Salvaged:
    """Copy every row that can be read from ``damaged`` into ``store`` (see the module docstring)."""
    result = Salvaged()
    with damaged.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return result                # not an SQLite file: there are no rows to read
    wanted = columns(store.connection)
    found: dict[str, dict[tuple[Any, ...], tuple[Any, ...]]] = {t: {} for t in SALVAGE_TABLES}
    with tempfile.TemporaryDirectory(prefix=".salvage-", dir=damaged.parent) as tmp:
        work = Path(tmp) / "copy.sqlite3"
        source = _working_copy(damaged, work)
        if source is not None:
            try:
                _read_through_sqlite(source, store, wanted, found, result)
            finally:
                source.close()
            page_source = work if work.exists() else damaged
            _read_pages(page_source, store, wanted, found, result)
    _write(store, wanted, found, result)
    return result


def _read_through_sqlite(source: sqlite3.Connection, store: Store, wanted: dict[str, list[str]],
                         found: dict[str, dict[tuple[Any, ...], tuple[Any, ...]]], result: Salvaged) -> None:
    try:
        have = columns(source)
    except DB_ERRORS:
        return
    for table in SALVAGE_TABLES:
        if table not in have or table not in wanted:
            continue
        cols = [c for c in wanted[table] if c in have[table]]
        if not cols:
            continue
        keys = [cols.index(wanted[table][k]) for k in _keys(store.connection, table)
                if wanted[table][k] in cols]
        for row in _sql_rows(source, table, cols):
            if row is None:
                result.lost[table] = result.lost.get(table, 0) + 1
                continue
            full = tuple(row[cols.index(c)] if c in cols else None for c in wanted[table])
            found[table].setdefault(tuple(row[k] for k in keys), full)


def _shape(values: tuple[Any, ...], wanted: dict[str, list[str]]) -> str | None:
    """The table a row read off a page belongs to, by its shape; ``None`` when none fits."""
    if (len(values) == 5 and values[0] in _SCHEMA_TYPES and isinstance(values[3], int)
            and isinstance(values[4], str | None)):
        return None                                  # a row of SQLite's own schema
    for table in SALVAGE_TABLES:
        if table in wanted and len(wanted[table]) == len(values):
            return table
    return None


def _read_pages(path: Path, store: Store, wanted: dict[str, list[str]],
                found: dict[str, dict[tuple[Any, ...], tuple[Any, ...]]], result: Salvaged) -> None:
    try:
        rows, result.unreadable_pages = table_rows(path, path.with_name(path.name + "-wal"))
    except (OSError, ValueError, IndexError):
        return
    keys = {t: _keys(store.connection, t) for t in SALVAGE_TABLES if t in wanted}
    for _rowid, values in rows:
        table = _shape(values, wanted)
        if table is None:
            continue
        found[table].setdefault(tuple(values[k] for k in keys[table]), values)
    for table in SALVAGE_TABLES:
        if found[table]:
            result.lost[table] = 0           # whatever a scan missed, the pages were read whole


def _write(store: Store, wanted: dict[str, list[str]],
           found: dict[str, dict[tuple[Any, ...], tuple[Any, ...]]], result: Salvaged) -> None:
    with store.writing(Changes(sessions=True, babies=True)):
        for table in SALVAGE_TABLES:
            if table not in wanted:
                continue
            cols = wanted[table]
            insert = f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES ({", ".join("?" * len(cols))})'
            ok = bad = 0
            for row in found[table].values():
                try:
                    store.execute("SAVEPOINT one")
                    store.execute(insert, row)
                    store.execute("RELEASE one")
                    ok += 1
                except (*DB_ERRORS, OverflowError, ValueError):
                    store.execute("ROLLBACK TO one")
                    store.execute("RELEASE one")
                    bad += 1
            result.copied[table] = ok
            result.lost[table] = result.lost.get(table, 0) + bad
