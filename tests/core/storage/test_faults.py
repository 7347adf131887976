"""The store's fault seam raises exactly what SQLite raises, and only where it is told to."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.history_factory import session
from touchtimer.core.babies.ages import Baby
from touchtimer.core.storage.errors import classify_storage_error
from touchtimer.core.storage.faults import SQLITE_ERRORS, Faults, sqlite_error
from touchtimer.core.storage.store import Store, open_store


def same(a: sqlite3.Error, b: sqlite3.Error) -> None:
    assert type(a) is type(b)
    assert str(a) == str(b)
    assert (a.sqlite_errorcode, a.sqlite_errorname) == (b.sqlite_errorcode, b.sqlite_errorname)


def real_full() -> sqlite3.Error:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE t (x)")
    con.execute("PRAGMA max_page_count = 2")
    with pytest.raises(sqlite3.Error) as caught:
        for _ in range(100):
            con.execute("INSERT INTO t VALUES (?)", ("x" * 2000,))
    return caught.value


def real_read_only(tmp_path: Path) -> sqlite3.Error:
    path = tmp_path / "ro.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.Error) as caught:
        con.execute("INSERT INTO t VALUES (1)")
    con.close()
    return caught.value


def real_busy(tmp_path: Path) -> sqlite3.Error:
    path = tmp_path / "busy.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    with pytest.raises(sqlite3.Error) as caught:
        other.execute("BEGIN IMMEDIATE")
    other.close()
    holder.close()
    return caught.value


def real_not_a_database(tmp_path: Path) -> sqlite3.Error:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"these are not the pages of a database " * 200)
    con = sqlite3.connect(path)
    with pytest.raises(sqlite3.Error) as caught:
        con.execute("SELECT * FROM sqlite_master")
    con.close()
    return caught.value


def test_an_injected_fault_is_the_error_sqlite_itself_raises(tmp_path: Path) -> None:
    same(sqlite_error(sqlite3.SQLITE_FULL), real_full())
    same(sqlite_error(sqlite3.SQLITE_READONLY), real_read_only(tmp_path))
    same(sqlite_error(sqlite3.SQLITE_BUSY), real_busy(tmp_path))
    same(sqlite_error(sqlite3.SQLITE_NOTADB), real_not_a_database(tmp_path))


@pytest.mark.parametrize(("code", "kind"), [
    (sqlite3.SQLITE_FULL, "full"), (sqlite3.SQLITE_READONLY, "read_only"), (sqlite3.SQLITE_PERM, "read_only"),
    (sqlite3.SQLITE_BUSY, "busy"), (sqlite3.SQLITE_LOCKED, "busy"), (sqlite3.SQLITE_CANTOPEN, "cannot_open"),
    (sqlite3.SQLITE_CORRUPT, "damaged"), (sqlite3.SQLITE_NOTADB, "damaged"),
    (sqlite3.SQLITE_IOERR, "io_error"),
])
def test_every_fault_is_classified_by_its_code(code: int, kind: str) -> None:
    assert set(SQLITE_ERRORS) >= {code}
    assert classify_storage_error(sqlite_error(code)) == kind


def test_a_full_disk_fails_writes_only_and_rolls_back(tmp_path: Path) -> None:
    with open_store(tmp_path / "t.sqlite3") as store:
        store.sessions.save(session("kept"))
        store.faults.fail(sqlite3.SQLITE_FULL)
        with pytest.raises(sqlite3.OperationalError) as caught:
            store.sessions.save(session("new"))
        assert caught.value.sqlite_errorcode == sqlite3.SQLITE_FULL
        assert [r.id for r in store.sessions.list()] == ["kept"]      # reading still works
        assert not store.connection.in_transaction and store.faults.raised == 1
        store.faults.clear()
        store.sessions.save(session("new"))
        assert store.sessions.count() == 2


def test_after_and_times_make_a_failure_half_way_or_a_busy_moment() -> None:
    store = open_store(None)
    with store.faults.failing(sqlite3.SQLITE_BUSY, after=1, times=1):
        # the one write let through
        store.babies.save(Baby("a", "A", date(2026, 1, 1)), created_at="2026-01-01T00:00:00+00:00")
        with pytest.raises(sqlite3.OperationalError, match="database is locked"):
            store.babies.save(Baby("b", "B", date(2026, 1, 1)), created_at="2026-01-01T00:00:00+00:00")
        # free again
        store.babies.save(Baby("c", "C", date(2026, 1, 1)), created_at="2026-01-01T00:00:00+00:00")
    assert [b.id for b in store.babies.list()] == ["a", "c"] and not store.faults.active


def test_reads_can_fail_too() -> None:
    store = open_store(None)
    store.faults.fail(sqlite3.SQLITE_IOERR, writes_only=False)
    with pytest.raises(sqlite3.OperationalError, match="disk I/O error"):
        store.sessions.count()


def test_the_seam_is_given_at_open_and_the_connection_cannot_be_swapped(tmp_path: Path) -> None:
    faults = Faults()
    store = open_store(tmp_path / "t.sqlite3", faults=faults)
    assert store.faults is faults
    with pytest.raises(AttributeError):
        store.connection = sqlite3.connect(":memory:")  # type: ignore[misc]
    with pytest.raises(ValueError, match="no fault is known"):
        faults.fail(sqlite3.SQLITE_OK)
    store.close()


def test_an_untouched_store_has_no_fault(tmp_path: Path) -> None:
    store: Store = open_store(None)
    assert not store.faults.active
    store.sessions.save(session("s"))
    assert store.faults.raised == 0


def test_slow_commits_wait_on_any_thread_and_clearing_lets_them_go(tmp_path: Path) -> None:
    import threading
    import time

    store = open_store(tmp_path / "slow.sqlite3")
    store.faults.slow(0.05)
    began = time.monotonic()
    store.babies.save(Baby("b1", "Ada", date(2026, 1, 1)), created_at="2026-01-01T00:00:00+00:00")
    assert time.monotonic() - began >= 0.05 and store.faults.delayed == 1
    assert [b.id for b in store.babies.list()] == ["b1"]          # slow, never lost; reads are not slowed

    store.faults.slow(60)                                           # a disk that does not wake up
    done = threading.Event()

    def write() -> None:
        store.babies.save(Baby("b2", "Sam", date(2026, 2, 1)), created_at="2026-01-01T00:00:00+00:00")
        done.set()

    writer = threading.Thread(target=write)
    writer.start()
    assert store.faults.wait_for_slow_commit(10) and not done.is_set()
    assert store.faults.active
    store.faults.clear()                                            # it wakes: the commit goes on
    writer.join(10)
    assert done.is_set() and store.faults.delaying == 0 and store.faults.delayed == 2
    assert [b.id for b in store.babies.list()] == ["b1", "b2"] and not store.faults.active
    store.close()
    with pytest.raises(ValueError):
        Faults().slow(-1)
