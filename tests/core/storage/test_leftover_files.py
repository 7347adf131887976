"""Files left by other programs: recovery never loses committed data and never brings back
uncommitted data; whatever is kept aside is kept whole and byte for byte; a damaged page costs only
the rows on it."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tests.helpers.stores import damaged_copies, digest, filled, session
from touchtimer.core.babies.ages import Baby
from touchtimer.core.history.export_format import dumps, session_document
from touchtimer.core.startup import open_data
from touchtimer.core.storage.repair import open_store_safely
from touchtimer.core.storage.store import open_store

WHEN = datetime(2026, 3, 1, 21, 30, tzinfo=UTC)


def kept_sets(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".kept-" in p.name
                  and not p.name.endswith(("-wal", "-shm", "-journal")))


def crashed_copy(source: Path, target: Path) -> None:
    """``target`` as a killed process leaves it: the file and its -wal copied while still open."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        shutil.copyfile(source.with_name(source.name + suffix), target.with_name(target.name + suffix))


def session_ids(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT id FROM sessions")}
    finally:
        con.close()


def test_a_stray_wal_from_another_database_is_never_applied(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = data / "touchtimer.sqlite3"
    filled(path, 50)
    other = open_store(tmp_path / "other" / "touchtimer.sqlite3")   # another database, still open
    other.sessions.save(session(999))
    foreign = tmp_path / "foreign-wal"
    shutil.copyfile(other.path.with_name(other.path.name + "-wal"), foreign)   # type: ignore[union-attr]
    other.close()
    shutil.copyfile(foreign, path.with_name(path.name + "-wal"))
    before = digest(path)
    export = tmp_path / "one.json"
    export.write_text(dumps(session_document(session(500))), encoding="utf-8")

    done = subprocess.run([sys.executable, "-m", "touchtimer", "--data-dir", str(data), "import",
                           str(export)], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "belonged to another database" in done.stderr and "Nothing was lost" in done.stderr
    (kept,) = kept_sets(data)
    assert digest(kept) == before                                 # the store as it was ...
    assert kept.with_name(kept.name + "-wal").read_bytes() == foreign.read_bytes()   # ... with that -wal
    assert session_ids(path) == {f"session-{i:04d}" for i in range(50)} | {"session-0500"}
    for backup in (data / "backups").glob("*"):                     # no copy holds the other file
        assert "session-0999" not in session_ids(backup)


def test_the_stores_own_wal_after_a_crash_is_applied_quietly(tmp_path: Path) -> None:
    live = open_store(tmp_path / "live" / "touchtimer.sqlite3")
    for i in range(5):
        live.sessions.save(session(i))
    data = tmp_path / "data"
    crashed_copy(live.path, data / "touchtimer.sqlite3")           # type: ignore[arg-type]
    live.close()
    opened = open_data(data, now=lambda: WHEN)
    with opened.store as store:
        assert opened.report.outcome == "ok" and opened.report.message == ""
        assert store.sessions.count() == 5
    assert kept_sets(data) == [] and damaged_copies(data) == []


def test_a_crash_wal_that_removes_sessions_is_applied_after_keeping_the_whole_set(tmp_path: Path) -> None:
    source = tmp_path / "live" / "touchtimer.sqlite3"
    filled(source, 4)
    live = open_store(source)
    live.sessions.delete("session-0002")                            # deleted, then killed
    data = tmp_path / "data"
    crashed_copy(source, data / "touchtimer.sqlite3")
    live.close()
    path = data / "touchtimer.sqlite3"
    before = {s: digest(path.with_name(path.name + s)) for s in ("", "-wal")}
    store, report = open_store_safely(path, now=WHEN)
    with store:
        assert store.sessions.get("session-0002") is None and store.sessions.count() == 3
    (kept,) = kept_sets(data)
    assert {s: digest(kept.with_name(kept.name + s)) for s in ("", "-wal")} == before
    assert report.kept == kept and kept.name in report.message and "nothing is lost" in report.message


def half_written(path: Path) -> None:
    """A writer killed in the middle of a transaction on a rollback-journal store: every note
    overwritten and a phantom baby added, some pages already in the file, the journal left hot."""
    code = ("import os, sqlite3\n"
            f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
            "c.execute('PRAGMA cache_size = 1')\n"
            "c.execute('BEGIN')\n"
            "c.execute(\"UPDATE sessions SET notes = 'HALF WRITTEN'\")\n"
            "c.execute(\"UPDATE session_stages SET title = 'MANGLED'\")\n"
            "c.execute(\"INSERT INTO babies (id, name, born_on, due_on, created_at)\"\n"
            "          \" VALUES ('phantom', 'Phantom', '2026-01-01', NULL, '')\")\n"
            "os.kill(os.getpid(), 9)\n")
    subprocess.run([sys.executable, "-c", code], check=False, timeout=60)
    assert path.with_name(path.name + "-journal").stat().st_size > 0


def rollback_store(path: Path, count: int) -> None:
    filled(path, count)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()


def test_a_hot_journal_is_rolled_back_never_read_half_written(tmp_path: Path) -> None:
    path = tmp_path / "touchtimer.sqlite3"
    rollback_store(path, 30)
    half_written(path)
    store, report = open_store_safely(path, now=WHEN)
    with store:
        assert report.outcome == "ok", report
        notes = {r.notes for r in store.sessions.all()}
        assert notes == {"n" * 300} and store.sessions.count() == 30
        assert [b.name for b in store.babies.list()] == ["Robin"]
    assert damaged_copies(tmp_path) == [] and kept_sets(tmp_path) == []


def test_repair_rolls_a_hot_journal_back_and_keeps_the_set_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "touchtimer.sqlite3"
    rollback_store(path, 30)
    half_written(path)
    con = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sessions_by_kind'").fetchone()[0]
    con.close()
    with path.open("r+b") as handle:                               # and damage an index page
        handle.seek((root - 1) * 4096)
        handle.write(b"\xff" * 4096)
    before = {s: digest(path.with_name(path.name + s)) for s in ("", "-journal")}
    store, report = open_store_safely(path, now=WHEN)
    with store:
        assert report.outcome == "recovered", report
        assert report.recovered["sessions"] == 30 and "30 sessions" in report.message
        assert {r.notes for r in store.sessions.all()} == {"n" * 300}
        assert all(s.title.startswith("Stage") for r in store.sessions.all() for s in r.stages)
        assert [b.name for b in store.babies.list()] == ["Robin"]
    (copy,) = damaged_copies(tmp_path)
    assert {s: digest(copy.with_name(copy.name + s)) for s in ("", "-journal")} == before
    assert not copy.with_name(copy.name + "-wal").exists()


def test_a_damaged_wal_mode_file_is_kept_without_a_fresh_empty_wal(tmp_path: Path) -> None:
    path = tmp_path / "touchtimer.sqlite3"
    filled(path, 10)
    with path.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\x00" * 4096)
    before = digest(path)
    store, report = open_store_safely(path, now=WHEN)
    assert report.outcome == "recovered"
    store.close()
    (copy,) = damaged_copies(tmp_path)
    assert digest(copy) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(copy.name)] == [copy.name]


def zero_root(path: Path, table: str) -> None:
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\x00" * size)


def test_zeroing_the_root_page_of_the_sessions_table_loses_no_session(tmp_path: Path) -> None:
    path = tmp_path / "touchtimer.sqlite3"
    filled(path, 50)
    zero_root(path, "sessions")
    store, report = open_store_safely(path, now=WHEN)
    with store:
        assert report.outcome == "recovered"
        assert store.sessions.count() == 50 and report.recovered["sessions"] == 50
        assert "50 sessions and 1 baby profile were copied" in report.message
        record = store.sessions.get("session-0007")
        assert record is not None and record == session(7, record.baby_ids[0])
        assert len(record.stages) == 6


def test_zeroing_a_page_of_the_stages_table_loses_no_stage(tmp_path: Path) -> None:
    path = tmp_path / "touchtimer.sqlite3"
    filled(path, 50)
    zero_root(path, "session_stages")
    store, report = open_store_safely(path, now=WHEN)
    with store:
        assert report.recovered["session_stages"] == 300 and report.recovered["sessions"] == 50
        assert all(len(r.stages) == 6 for r in store.sessions.all())


def test_rows_deleted_before_the_damage_never_come_back(tmp_path: Path) -> None:
    path = tmp_path / "touchtimer.sqlite3"
    filled(path, 60)
    with open_store(path) as store:
        for i in range(0, 60, 2):
            store.sessions.delete(f"session-{i:04d}")
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    zero_root(path, "sessions")
    store, report = open_store_safely(path, now=WHEN)
    with store:
        ids = {r.id for r in store.sessions.all()}
    assert ids == {f"session-{i:04d}" for i in range(1, 60, 2)}, report


def test_a_kept_set_is_private(tmp_path: Path) -> None:
    test_a_crash_wal_that_removes_sessions_is_applied_after_keeping_the_whole_set(tmp_path)
    for kept in (tmp_path / "data").iterdir():
        if ".kept-" in kept.name:
            assert kept.stat().st_mode & 0o777 == 0o600, kept
    assert os.stat(tmp_path / "data").st_mode & 0o777 == 0o700


@pytest.mark.parametrize("table", ["session_babies", "session_caregivers"])
def test_links_of_the_same_shape_go_back_to_their_own_table(tmp_path: Path, table: str) -> None:
    """Who a session was for and who held baby are both rows of two ids: with either table's root
    page zeroed (enough sessions that the root is an interior page above the rows), every link comes
    back to the table it came from, never to the other."""
    from dataclasses import replace

    path = tmp_path / "touchtimer.sqlite3"
    with open_store(path) as store:
        mum = store.caregivers.add("Mum", mother=True)
        dad = store.caregivers.add("Dad")
        baby = store.babies.save(Baby("b-1", "Robin", date(2026, 1, 1)),
                                 created_at="2026-01-01T00:00:00+00:00")
        for i in range(300):
            who = [mum.id] if i % 2 else [mum.id, dad.id]
            store.sessions.save(replace(session(i), baby_ids=[baby], caregiver_ids=who))
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    zero_root(path, table)
    store, report = open_store_safely(path, now=WHEN)
    with store:
        assert report.outcome == "recovered", report
        records = store.sessions.all()
        assert len(records) == 300
        assert all(r.baby_ids == [baby] for r in records)
        assert all(set(r.caregiver_ids) == ({mum.id} if int(r.id[-4:]) % 2 else {mum.id, dad.id})
                   for r in records)
