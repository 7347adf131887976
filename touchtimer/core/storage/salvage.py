"""Copying every row that can still be read out of a damaged file, row by row.

Two passes over a private working copy of the kept file (so the kept copy stays byte for byte as
it was):

1. **Through SQLite**, table by table in rowid order; where a scan breaks off at a damaged page,
   each later rowid is asked for on its own. This reads every row whose b-tree is whole.
2. **Page by page** (:mod:`~touchtimer.core.storage.pages`): every row on every table leaf page,
   the way SQLite's recovery extension works, so rows under a damaged root or interior page come
   back too. Each row is given to the table whose shape it has (its number of values and their types,
   and where two tables fit, the one whose foreign keys point at rows found: see :class:`_Shapes`);
   the fresh store's constraints refuse anything that does not fit.

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
SALVAGE_TABLES = ("babies", "sessions", "session_stages", "session_babies", "caregivers",
                  "session_caregivers", "session_responses")
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
        defaults = {r[1]: _default(r[4]) for r in store.connection.execute(f'PRAGMA table_info("{table}")')}
        for row in _sql_rows(source, table, cols):
            if row is None:
                result.lost[table] = result.lost.get(table, 0) + 1
                continue
            full = tuple(row[cols.index(c)] if c in cols else defaults[c] for c in wanted[table])
            found[table].setdefault(tuple(row[k] for k in keys), full)


class _Shapes:
    """Which table a row read off a page belongs to, from the fresh store's own schema.

    A row fits a table when it has at most as many values as the table has columns (a row written
    before a column was added has fewer; SQLite gives the missing ones their default), and each value
    has the column's type (text, integer, real; nothing only where the column allows it). When more
    than one table fits (two link tables of two text ids, say), the one whose foreign keys point at
    rows already found wins; a row that still fits two tables equally is left out rather than guessed.
    """

    def __init__(self, con: sqlite3.Connection, wanted: dict[str, list[str]]) -> None:
        self.columns: dict[str, list[tuple[str, bool, Any]]] = {}
        self.references: dict[str, list[tuple[int, str]]] = {}
        for table in SALVAGE_TABLES:
            if table not in wanted:
                continue
            info = list(con.execute(f'PRAGMA table_info("{table}")'))
            self.columns[table] = [(str(r[2]).upper(), bool(r[3]), _default(r[4])) for r in info]
            names = [r[1] for r in info]
            self.references[table] = [(names.index(r[3]), r[2]) for r in
                                      con.execute(f'PRAGMA foreign_key_list("{table}")') if r[3] in names]

    def complete(self, table: str, values: tuple[Any, ...]) -> tuple[Any, ...]:
        """``values`` with the defaults of the columns a shorter (older) row does not hold."""
        return values + tuple(default for _t, _n, default in self.columns[table][len(values):])

    def fits(self, table: str, values: tuple[Any, ...]) -> bool:
        cols = self.columns[table]
        if not 0 < len(values) <= len(cols):
            return False
        for (kind, not_null, default), value in zip(cols, self.complete(table, values), strict=True):
            if value is None:
                if not_null and default is None:
                    return False
            elif "INT" in kind:
                if not isinstance(value, int):
                    return False
            elif "TEXT" in kind or "CHAR" in kind:
                if not isinstance(value, str):
                    return False
            elif ("REAL" in kind or "FLOA" in kind) and not isinstance(value, int | float):
                return False
        return True

    def table_for(self, values: tuple[Any, ...], found: dict[str, dict[tuple[Any, ...], tuple[Any, ...]]],
                  keys: dict[str, list[int]]) -> str | None:
        if (len(values) == 5 and values[0] in _SCHEMA_TYPES and isinstance(values[3], int)
                and isinstance(values[4], str | None)):
            return None                                  # a row of SQLite's own schema
        fitting = [t for t in self.columns if self.fits(t, values)]
        if len(fitting) <= 1:
            return fitting[0] if fitting else None
        full = {t: self.complete(t, values) for t in fitting}

        def score(table: str) -> int:
            return sum(1 for at, parent in self.references[table]
                       if parent in found and len(keys.get(parent, ())) == 1
                       and (full[table][at],) in found[parent])

        scores = sorted(((score(t), t) for t in fitting), reverse=True)
        if scores[0][0] > scores[1][0]:
            return scores[0][1]
        exact = [t for t in fitting if len(self.columns[t]) == len(values)]
        return exact[0] if len(exact) == 1 and scores[0][0] == 0 and not self.references[exact[0]] else None


def _default(text: Any) -> Any:
    """A column's default as a value: the literal numbers and quoted texts the schema uses."""
    if not isinstance(text, str):
        return None
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return None


def _read_pages(path: Path, store: Store, wanted: dict[str, list[str]],
                found: dict[str, dict[tuple[Any, ...], tuple[Any, ...]]], result: Salvaged) -> None:
    try:
        rows, result.unreadable_pages = table_rows(path, path.with_name(path.name + "-wal"))
    except (OSError, ValueError, IndexError):
        return
    shapes = _Shapes(store.connection, wanted)
    keys = {t: _keys(store.connection, t) for t in SALVAGE_TABLES if t in wanted}
    later: list[tuple[Any, ...]] = []
    for _rowid, values in rows:                      # parents first, so links can be told apart
        fitting = [t for t in shapes.columns if shapes.fits(t, values)]
        if len(fitting) > 1:
            later.append(values)
            continue
        table = shapes.table_for(values, found, keys)
        if table is not None:
            full = shapes.complete(table, values)
            found[table].setdefault(tuple(full[k] for k in keys[table]), full)
    for values in later:
        table = shapes.table_for(values, found, keys)
        if table is not None:
            full = shapes.complete(table, values)
            found[table].setdefault(tuple(full[k] for k in keys[table]), full)
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
