"""Reading the store when it cannot be written: in place, else a copy in memory, never changing it.

Used by ``repair.open_store_safely`` when a full disk, a read-only folder or file, or a lock held
by another program stops touchtimer from writing: the history still shows.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from touchtimer.core.storage.salvage import DB_ERRORS
from touchtimer.core.storage.store import Store, lenient_text, open_store, schema_version

#: Seconds a check waits for a lock another program holds before it says "busy" (the window is
#: on screen meanwhile, so this is kept short; touchtimer tries again later anyway).
CHECK_WAIT = 0.25


def _connect_reading(uri: str) -> sqlite3.Connection | None:
    try:
        con = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=CHECK_WAIT)
    except DB_ERRORS:
        return None
    con.text_factory = lenient_text
    try:
        con.execute("PRAGMA query_only = ON")
        sound = [r[0] for r in con.execute("PRAGMA quick_check(1)")] == ["ok"]
        if sound and int(con.execute("PRAGMA user_version").fetchone()[0]) == schema_version():
            con.row_factory = sqlite3.Row
            return con
    except DB_ERRORS:
        pass
    con.close()
    return None


def _read_copy(path: Path) -> sqlite3.Connection | None:
    """The store copied into memory, through a private temporary copy in the system's temporary
    folder where SQLite applies its ``-wal`` or rolls back its ``-journal``, as on any open.

    For when SQLite cannot read the file in place: a full disk leaves no room for the ``-shm`` it
    needs beside a ``-wal``, a read-only folder none to roll a journal back in.
    """
    try:
        with tempfile.TemporaryDirectory(prefix="touchtimer-reading-") as tmp:
            work = Path(tmp) / "copy.sqlite3"
            for suffix in ("", "-wal", "-journal"):
                side = path.with_name(path.name + suffix)
                if side.is_file():
                    shutil.copyfile(side, work.with_name(work.name + suffix))
            source = sqlite3.connect(str(work))
            try:
                memory = sqlite3.connect(":memory:", check_same_thread=False)
                source.backup(memory)
            finally:
                source.close()
    except (OSError, *DB_ERRORS):
        return None
    memory.text_factory = lenient_text
    memory.row_factory = sqlite3.Row
    try:
        if [r[0] for r in memory.execute("PRAGMA quick_check(1)")] == ["ok"]:
            memory.execute("PRAGMA query_only = ON")
            return memory
    except DB_ERRORS:
        pass
    memory.close()
    return None


def read_only_store(path: Path) -> tuple[Store | None, bool]:
    """The store at ``path`` for reading, and whether that connection is to the file itself.

    In place first (``mode=ro``); else a copy in memory (:func:`_read_copy`); else, when there are
    no side files whose changes it would miss, the file read ``immutable``.
    """
    if not path.is_file():
        return None, False
    con = _connect_reading(f"{path.resolve().as_uri()}?mode=ro")
    if con is not None:
        return Store(con, path), True
    con = _read_copy(path)
    if con is not None:
        return Store(con, path), False
    sides = [s for s in ("-wal", "-journal") if path.with_name(path.name + s).is_file()
             and path.with_name(path.name + s).stat().st_size]
    con = None if sides else _connect_reading(f"{path.resolve().as_uri()}?immutable=1")
    return (Store(con, path), True) if con is not None else (None, False)


def memory_store_read_only() -> Store:
    """An empty store that refuses writes, so a save fails *visibly* (and the session stays open
    with "try again" and "save as file") instead of vanishing into memory."""
    store = open_store(None)
    store.refuse_writes()
    return store


