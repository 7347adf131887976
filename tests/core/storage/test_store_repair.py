"""A damaged, foreign, truncated or wrongly shaped database is kept aside and what can be read is saved."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from tests.helpers.stores import damaged_copies, digest, filled, session
from touchtimer.core.storage.repair import open_store_safely
from touchtimer.core.storage.store import schema_version

WHEN = datetime(2026, 3, 1, 21, 30, tzinfo=UTC)


def now() -> datetime:
    return WHEN


def test_a_sound_file_opens_quietly(tmp_path: Path) -> None:
    path = tmp_path / "touchtimer.sqlite3"
    filled(path, 3)
    store, report = open_store_safely(path, now=WHEN)
    with store:
        assert report.outcome == "ok" and report.message == "" and store.sessions.count() == 3
    assert damaged_copies(tmp_path) == []


def test_garbage_bytes_are_kept_aside_and_a_fresh_store_starts(tmp_path: Path) -> None:
    path = tmp_path / "touchtimer.sqlite3"
    path.write_bytes(os.urandom(5000))
    before = digest(path)
    store, report = open_store_safely(path, now=WHEN)
    with store:
        assert report.outcome == "recovered" and report.writable
        assert store.sessions.count() == 0
        store.sessions.save(session(1))                      # and it carries on
    (copy,) = damaged_copies(tmp_path)
    assert copy.name == "touchtimer.sqlite3.damaged-20260301T213000Z"
    assert digest(copy) == before                           # kept, byte for byte
    assert "not a touchtimer database" in report.message and copy.name in report.message
    assert "Traceback" not in report.message


def test_a_truncated_file_gives_back_every_row_it_still_holds(tmp_path: Path) -> None:
    path = tmp_path / "touchtimer.sqlite3"
    filled(path)
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.truncate(size * 5 // 8)     # where pages of every table survive (it depends on the layout)
    before = digest(path)
    store, report = open_store_safely(path, now=WHEN)
    with store:
        assert report.outcome == "recovered"
        kept = store.sessions.count()
        assert 0 < kept < 200
        assert report.recovered["sessions"] == kept and report.recovered["babies"] == 1
        assert f"{kept} sessions and 1 baby profile were copied" in report.message
        record = next(r for r in store.sessions.list() if r.baby_ids)
        assert record.notes == "n" * 300
    (copy,) = damaged_copies(tmp_path)
    assert digest(copy) == before                           # reading it changed nothing
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".salvage")) == []


def test_a_corrupt_page_in_the_middle_fails_the_integrity_check_and_the_rest_is_saved(tmp_path: Path) -> None:
    path = tmp_path / "touchtimer.sqlite3"
    filled(path)
    con = sqlite3.connect(path)
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = path.read_bytes()
    # every page holding session 100 (its row, its stages, index entries) is overwritten
    hits = {i // page for i in range(len(data)) if data.startswith(b"session-0100", i)}
    assert hits and 0 not in hits                            # the header page stays whole
    with path.open("r+b") as handle:
        for n in hits:
            handle.seek(n * page)
            handle.write(b"\xff" * page)
    store, report = open_store_safely(path, now=WHEN)
    with store:
        assert report.outcome == "recovered", report
        assert 100 < store.sessions.count() < 200
        assert store.sessions.get("session-0100") is None and store.sessions.get("session-0001") is not None
        assert "integrity check" in report.message or "could not be read" in report.message
        assert "Some parts could not be read" in report.message


def test_a_wrong_schema_is_kept_aside_with_the_rows_that_fit(tmp_path: Path) -> None:
    path = tmp_path / "touchtimer.sqlite3"
    con = sqlite3.connect(path)
    con.executescript(
        "CREATE TABLE babies (id TEXT PRIMARY KEY, name TEXT NOT NULL, born_on TEXT NOT NULL,"
        " created_at TEXT NOT NULL);"           # no due_on column
        "INSERT INTO babies VALUES ('b1', 'Sam', '2026-01-02', '2026-01-02T00:00:00+00:00');"
        "CREATE TABLE sessions (id TEXT PRIMARY KEY, routine_id TEXT);"
        f"PRAGMA user_version = {schema_version()};")
    con.close()
    store, report = open_store_safely(path, now=WHEN)
    with store:
        assert report.outcome == "recovered"
        problem = report.problem
        assert ("lacks" in problem and "due_on" in problem) or "table is missing" in problem
        assert report.recovered["babies"] == 1
        assert [r[0] for r in store.connection.execute("SELECT name FROM babies")] == ["Sam"]
    assert len(damaged_copies(tmp_path)) == 1


def test_a_foreign_sqlite_file_is_not_ours_and_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "touchtimer.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    store, report = open_store_safely(path, now=WHEN)
    store.close()
    assert report.outcome == "recovered" and "did not write" in report.message
    assert len(damaged_copies(tmp_path)) == 1


def test_its_wal_and_shm_files_move_with_it(tmp_path: Path) -> None:
    path = tmp_path / "touchtimer.sqlite3"
    path.write_bytes(b"not sqlite at all" * 100)
    (tmp_path / "touchtimer.sqlite3-wal").write_bytes(b"wal bytes")
    (tmp_path / "touchtimer.sqlite3-shm").write_bytes(b"shm bytes")
    store, _ = open_store_safely(path, now=WHEN)
    store.close()
    (copy,) = damaged_copies(tmp_path)
    wal = copy.with_name(copy.name + "-wal")
    assert wal.read_bytes() == b"wal bytes"
    assert copy.with_name(copy.name + "-shm").read_bytes() == b"shm bytes"


def test_a_second_damage_the_same_second_never_overwrites_the_first_copy(tmp_path: Path) -> None:
    path = tmp_path / "touchtimer.sqlite3"
    for text in (b"first damaged file", b"second damaged file"):
        path.write_bytes(text * 50)
        store, _ = open_store_safely(path, now=WHEN)
        store.close()
    copies = damaged_copies(tmp_path)
    assert sorted(c.read_bytes()[:5] for c in copies) == [b"first", b"secon"]


def test_a_file_from_a_newer_touchtimer_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "touchtimer.sqlite3"
    filled(path, 2)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {schema_version() + 5}")
    con.close()
    before = digest(path)
    store, report = open_store_safely(path, now=WHEN)
    with store:
        assert report.outcome == "unavailable" and not report.writable
        assert "newer touchtimer" in report.message
    assert digest(path) == before and damaged_copies(tmp_path) == []


def test_an_absurd_schema_version_is_damage_not_a_newer_touchtimer(tmp_path: Path) -> None:
    """One flipped byte of the header's user_version (byte 60) makes schema 3 into 16,777,219: no
    touchtimer wrote that, so it is damage, and the rows are saved; a few versions ahead is "update"."""
    path = tmp_path / "touchtimer.sqlite3"
    filled(path, 5)
    with path.open("r+b") as handle:
        handle.seek(60)
        handle.write(b"\x01")
    store, report = open_store_safely(path, now=WHEN)
    with store:
        assert report.outcome == "recovered" and str(2**24 + schema_version()) in report.message, report
        assert store.sessions.count() == 5
