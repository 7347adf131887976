"""Storage problems are told apart by their error codes, never by words in a file's path."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from touchtimer.core.history.import_merge import _write_problem
from touchtimer.core.session.safe_save import describe_write_error
from touchtimer.core.storage.errors import classify_storage_error
from touchtimer.core.storage.store import StoreError, open_store


def sqlite_error(code: int, message: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]   # as the sqlite3 module sets it
    return exc


def real_full_database() -> sqlite3.Error:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE t (x)")
    con.execute("PRAGMA max_page_count = 2")
    with pytest.raises(sqlite3.Error) as caught:
        for _ in range(100):
            con.execute("INSERT INTO t VALUES (?)", ("x" * 1000,))
    return caught.value


def real_read_only_database(tmp_path: Path) -> sqlite3.Error:
    sqlite3.connect(tmp_path / "ro.sqlite3").execute("CREATE TABLE t (x)").connection.commit()
    con = sqlite3.connect(f"file:{tmp_path / 'ro.sqlite3'}?mode=ro", uri=True)
    with pytest.raises(sqlite3.Error) as caught:
        con.execute("INSERT INTO t VALUES (1)")
    return caught.value


@pytest.mark.parametrize(("exc", "kind"), [
    (OSError(errno.ENOSPC, "No space left on device", "/home/ada/notes.json"), "full"),
    (OSError(errno.EDQUOT, "Disk quota exceeded", "/home/ada/notes.json"), "full"),
    (OSError(errno.EROFS, "Read-only file system", "/media/disk/x.json"), "read_only"),
    (PermissionError(errno.EACCES, "Permission denied", "/srv/x.json"), "read_only"),
    (OSError(errno.EPERM, "Operation not permitted", "/srv/x.json"), "read_only"),
    # a path with the words of another problem in it is still the problem its code says
    (OSError(errno.ENOENT, "No such file or directory", "/media/full-backup/x.json"), "other"),
    (PermissionError(errno.EACCES, "Permission denied", "/home/disk is full/busy.json"), "read_only"),
    (OSError(errno.EIO, "Input/output error", "/mnt/readonly-locked/x.json"), "io_error"),
    (sqlite_error(sqlite3.SQLITE_FULL, "database or disk is full"), "full"),
    (sqlite_error(sqlite3.SQLITE_READONLY, "attempt to write a readonly database"), "read_only"),
    (sqlite_error(sqlite3.SQLITE_BUSY, "database is locked"), "busy"),
    (sqlite_error(sqlite3.SQLITE_LOCKED | (1 << 8), "database table is locked"), "busy"),   # extended
    (sqlite_error(sqlite3.SQLITE_CANTOPEN, "unable to open database file"), "cannot_open"),
    (sqlite_error(sqlite3.SQLITE_CORRUPT, "database disk image is malformed"), "damaged"),
    (sqlite_error(sqlite3.SQLITE_NOTADB, "file is not a database"), "damaged"),
    (sqlite_error(sqlite3.SQLITE_IOERR, "disk I/O error on /home/full/touchtimer.sqlite3"), "io_error"),
    # no code at all: only then do the words decide
    (sqlite3.OperationalError("database or disk is full"), "full"),
    (sqlite3.OperationalError("database is locked"), "busy"),
    (OSError("no space left on device"), "full"),
    (ValueError("something else"), "other"),
])
def test_each_kind_comes_from_its_code(exc: BaseException, kind: str) -> None:
    assert classify_storage_error(exc) == kind


def test_real_sqlite_errors_carry_their_codes(tmp_path: Path) -> None:
    assert classify_storage_error(real_full_database()) == "full"
    assert classify_storage_error(real_read_only_database(tmp_path)) == "read_only"


def test_a_wrapped_error_is_classified_by_its_cause() -> None:
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device", "/x")
        except OSError as inner:
            raise StoreError("could not write /home/busy/readonly/touchtimer.sqlite3") from inner
    except StoreError as outer:
        assert classify_storage_error(outer) == "full"


def test_a_folder_named_full_is_not_reported_as_a_full_disk() -> None:
    problem, message = describe_write_error(
        OSError(errno.ENOENT, "No such file or directory", "/media/full/touchtimer.sqlite3"))
    assert problem == "other" and "disk is full" not in message
    problem, _ = describe_write_error(PermissionError(errno.EACCES, "Permission denied", "/tmp/full"))
    assert problem == "read_only"


def test_an_import_that_cannot_write_says_why_from_the_code() -> None:
    store = open_store(None)
    io_error = sqlite_error(sqlite3.SQLITE_IOERR, "disk I/O error on /home/full/x")
    assert "disk is full" not in _write_problem(io_error, store)
    assert "the disk is full" in _write_problem(real_full_database(), store)
    assert "another program" in _write_problem(sqlite_error(sqlite3.SQLITE_BUSY, "database is locked"), store)
