"""The SQLite store: sessions round-trip, lists filter and page, migrations copy the file aside."""

from __future__ import annotations

import dataclasses
import os
import re
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

import touchtimer
from touchtimer.core import paths
from touchtimer.core.babies.ages import Baby
from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.session.record import SessionRecord, StageRecord, new_session_id
from touchtimer.core.storage import store
from touchtimer.core.storage.changes import Changes
from touchtimer.core.storage.store import Migration, SessionFilter, Store, StoreError, migrations, open_store


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def user_version(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("PRAGMA user_version").fetchone()[0])
    finally:
        con.close()


def session(start: datetime, **changes: object) -> SessionRecord:
    record = SessionRecord(
        id=new_session_id(), routine_id="close-time", routine_title="Close time", kind="skin_to_skin",
        started_at=start, ended_at=start + timedelta(minutes=63), local_date=start.date(),
        planned_seconds=None, actual_seconds=3780, status="completed",
        stages=[StageRecord(0, "Settle in", None, 120, 120, "done"),
                StageRecord(1, "Close time", None, None, 3600, "done"),
                StageRecord(2, "Ending", "left", 60, 60, "done")],
    )
    return dataclasses.replace(record, **changes)  # type: ignore[arg-type]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "data" / paths.DB_FILENAME) as s:
        yield s


DAY = datetime(2026, 2, 10, 19, 0, tzinfo=UTC)


# -- sessions ------------------------------------------------------------------------------------


def test_a_session_round_trips_with_its_stages_and_babies(db: Store) -> None:
    ada = add_baby(db, "Ada", date(2026, 1, 1), today=date(2027, 1, 1))
    bo = add_baby(db, "Bo", date(2026, 1, 1), due_on=date(2026, 2, 1), today=date(2027, 1, 1))
    record = session(DAY, baby_ids=sorted([ada.id, bo.id]), baby_response="fell_asleep",
                     mood_before=2, mood_after=4, notes="Slept on me.\nLovely.", status="ended_early")
    db.sessions.save(record)
    back = db.sessions.get(record.id)
    assert back == record
    assert back is not None and back.started_at.tzinfo is not None
    assert back.stages[1].planned_seconds is None and back.stages[2].side == "left"
    assert db.sessions.get("no-such-id") is None


def test_times_are_kept_in_utc_whatever_zone_they_came_in(db: Store) -> None:
    evening = datetime(2026, 2, 10, 21, 30, tzinfo=timezone(timedelta(hours=2)))
    record = session(evening)
    db.sessions.save(record)
    back = db.sessions.get(record.id)
    assert back is not None
    assert back.started_at == evening and back.started_at.utcoffset() == timedelta(0)
    raw = db.connection.execute("SELECT started_at FROM sessions").fetchone()[0]
    assert raw == "2026-02-10T19:30:00+00:00"


def test_saving_again_replaces_the_session(db: Store) -> None:
    record = session(DAY)
    db.sessions.save(record)
    changed = dataclasses.replace(record, status="interrupted", stages=record.stages[:1], notes="x")
    db.sessions.save(changed)
    assert db.sessions.count() == 1
    assert db.sessions.get(record.id) == changed


def test_a_failed_save_leaves_nothing_behind(db: Store) -> None:
    bad = session(DAY, stages=[StageRecord(0, "ok", None, 60, 60, "done"),
                               StageRecord(1, "bad", None, 60, 60, "halfway")])  # type: ignore[arg-type]
    with pytest.raises(sqlite3.IntegrityError):
        db.sessions.save(bad)
    assert db.sessions.count() == 0
    assert db.connection.execute("SELECT count(*) FROM session_stages").fetchone()[0] == 0
    assert not db.connection.in_transaction


@pytest.mark.parametrize("change", [
    {"status": "finished"},
    {"kind": "yoga"},
    {"actual_seconds": -1},
    {"mood_before": 6},
    {"mood_after": 0},
    {"baby_response": "happy"},
    {"stages": [StageRecord(0, "x", None, 60, 60, "paused")]},  # type: ignore[arg-type]
    {"stages": [StageRecord(0, "x", "middle", 60, 60, "done")]},
    {"stages": [StageRecord(0, "x", None, 60, -5, "done")]},
    {"baby_ids": ["no-such-baby"]},
])
def test_the_schema_refuses_bad_values(db: Store, change: dict[str, object]) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        db.sessions.save(session(DAY, **change))
    assert db.sessions.count() == 0


def test_check_constraints_hold_for_raw_sql_too(db: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        db.connection.execute(
            "INSERT INTO sessions (id, routine_id, routine_title, kind, started_at, ended_at, local_date,"
            " actual_seconds, status) VALUES ('x', 'r', 'R', 'massage', 'a', 'b', 'c', 5, 'lost')")


def test_lists_are_newest_first_and_page(db: Store) -> None:
    records = [session(DAY + timedelta(hours=h)) for h in (5, 1, 30, 12, 3)]
    for r in records:
        db.sessions.save(r)
    newest_first = sorted(records, key=lambda r: r.started_at, reverse=True)
    assert [r.id for r in db.sessions.list()] == [r.id for r in newest_first]
    assert [r.id for r in db.sessions.list(limit=2)] == [r.id for r in newest_first[:2]]
    assert [r.id for r in db.sessions.list(limit=2, offset=2)] == [r.id for r in newest_first[2:4]]
    assert [r.id for r in db.sessions.list(limit=2, offset=4)] == [newest_first[4].id]
    assert db.sessions.list(limit=2, offset=10) == []
    assert db.sessions.count() == 5


def test_filters(db: Store) -> None:
    ada = add_baby(db, "Ada", date(2026, 1, 1), today=date(2027, 1, 1))
    bo = add_baby(db, "Bo", date(2026, 1, 1), today=date(2027, 1, 1))
    a = session(datetime(2026, 2, 1, 9, tzinfo=UTC), baby_ids=[ada.id])
    b = session(datetime(2026, 2, 2, 9, tzinfo=UTC), baby_ids=sorted([ada.id, bo.id]), kind="massage",
                routine_id="gentle-hello")
    c = session(datetime(2026, 2, 3, 9, tzinfo=UTC), baby_ids=[bo.id])
    d = session(datetime(2026, 2, 4, 9, tzinfo=UTC))
    for r in (a, b, c, d):
        db.sessions.save(r)

    def ids(f: SessionFilter) -> set[str]:
        found = {r.id for r in db.sessions.list(f)}
        assert db.sessions.count(f) == len(found)
        return found

    assert ids(SessionFilter()) == {a.id, b.id, c.id, d.id}
    assert ids(SessionFilter(baby_id=ada.id)) == {a.id, b.id}
    assert ids(SessionFilter(baby_id=bo.id)) == {b.id, c.id}
    assert ids(SessionFilter(kind="massage")) == {b.id}
    assert ids(SessionFilter(kind="skin_to_skin")) == {a.id, c.id, d.id}
    assert ids(SessionFilter(routine_id="gentle-hello")) == {b.id}
    assert ids(SessionFilter(date_from=date(2026, 2, 2))) == {b.id, c.id, d.id}
    assert ids(SessionFilter(date_to=date(2026, 2, 2))) == {a.id, b.id}
    assert ids(SessionFilter(date_from=date(2026, 2, 2), date_to=date(2026, 2, 3))) == {b.id, c.id}
    assert ids(SessionFilter(baby_id=bo.id, kind="skin_to_skin", date_to=date(2026, 2, 3))) == {c.id}
    assert ids(SessionFilter(baby_id="nobody")) == set()


def test_delete_returns_the_session_so_it_can_be_undone(db: Store) -> None:
    baby = add_baby(db, "Ada", date(2026, 1, 1), today=date(2027, 1, 1))
    record = session(DAY, baby_ids=[baby.id])
    db.sessions.save(record)
    removed = db.sessions.delete(record.id)
    assert removed == record
    assert db.sessions.get(record.id) is None and db.sessions.count() == 0
    for table in ("session_stages", "session_babies"):
        assert db.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert db.sessions.delete(record.id) is None
    db.sessions.save(removed)  # undo
    assert db.sessions.get(record.id) == record


def test_deleting_a_baby_keeps_the_sessions(db: Store) -> None:
    baby = add_baby(db, "Ada", date(2026, 1, 1), today=date(2027, 1, 1))
    record = session(DAY, baby_ids=[baby.id])
    db.sessions.save(record)
    db.babies.delete(baby.id)
    assert db.sessions.get(record.id) == dataclasses.replace(record, baby_ids=[])


def test_set_notes(db: Store) -> None:
    record = session(DAY)
    db.sessions.save(record)
    db.sessions.set_notes(record.id, "Calm tonight.")
    back = db.sessions.get(record.id)
    assert back is not None and back.notes == "Calm tonight."
    db.sessions.set_notes("no-such-id", "nothing happens")
    assert db.sessions.count() == 1


def test_a_batch_rolls_back_on_error_and_announces_nothing(db: Store) -> None:
    heard: list[Changes] = []
    db.changes.subscribe(heard.append)
    with pytest.raises(ZeroDivisionError), db.batch():
        db.babies.save(Baby("b", "B", date(2026, 1, 1)), created_at="2026-01-01T00:00:00+00:00")
        db.sessions.save(session(DAY))
        _ = 1 / 0
    assert db.babies.list() == [] and db.sessions.count() == 0 and heard == []
    assert not db.connection.in_transaction


# -- opening and migrating -------------------------------------------------------------------------


def test_a_new_file_is_migrated_to_the_latest_schema_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "new" / paths.DB_FILENAME
    with open_store(path) as s:
        tables = {r[0] for r in s.connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"babies", "sessions", "session_babies", "session_stages"} <= tables
        assert s.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.path == path
    assert user_version(path) == len(migrations()) == store.schema_version() >= 1
    assert not (path.parent / "backups").exists()
    with open_store(path):  # opening again at the latest schema changes nothing
        pass
    assert not (path.parent / "backups").exists()


def test_an_in_memory_store(tmp_path: Path) -> None:
    with open_store(None) as s:
        s.sessions.save(session(DAY))
        assert s.sessions.count() == 1 and s.path is None


def test_migrations_are_numbered_from_one() -> None:
    found = migrations()
    assert [m.version for m in found] == list(range(1, len(found) + 1))
    assert found[0].name == "0001_initial.sql" and "CREATE TABLE sessions" in found[0].sql


def with_second_step(monkeypatch: pytest.MonkeyPatch, sql: str) -> None:
    steps = [*migrations(), Migration(len(migrations()) + 1, "9999_test.sql", sql)]
    monkeypatch.setattr(store, "migrations", lambda: steps)


def test_an_older_database_is_copied_aside_before_it_is_migrated(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / paths.DB_FILENAME
    older = open_store(path)
    record = session(DAY)
    older.sessions.save(record)  # still open: the session sits in the -wal file, not the main file
    latest = len(migrations())
    with_second_step(monkeypatch, "ALTER TABLE sessions ADD COLUMN weather TEXT;")
    with open_store(path) as s:
        assert s.sessions.get(record.id) == record
        assert "weather" in {r[1] for r in s.connection.execute("PRAGMA table_info(sessions)")}
    older.close()
    assert user_version(path) == latest + 1
    [backup] = (tmp_path / "backups").iterdir()
    assert backup.name.startswith(f"{paths.DB_FILENAME}.before-v{latest + 1}-")
    assert user_version(backup) == latest
    con = sqlite3.connect(backup)
    assert con.execute("SELECT id FROM sessions").fetchall() == [(record.id,)], "the copy has it all"
    con.close()
    assert mode(tmp_path / "backups") == 0o700 and mode(backup) == 0o600


def test_a_version_0_file_with_tables_is_copied_aside_too(tmp_path: Path) -> None:
    path = tmp_path / paths.DB_FILENAME
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE keepsakes (what TEXT)")
    con.execute("INSERT INTO keepsakes VALUES ('first smile')")
    con.commit()
    con.close()
    with open_store(path) as s:
        assert s.connection.execute("SELECT what FROM keepsakes").fetchone()[0] == "first smile"
    [backup] = (tmp_path / "backups").iterdir()
    assert ".before-v1-" in backup.name and user_version(backup) == 0


def test_a_failing_migration_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / paths.DB_FILENAME
    with open_store(path) as s:
        s.sessions.save(session(DAY))
    latest = len(migrations())
    with_second_step(monkeypatch, "ALTER TABLE sessions ADD COLUMN mood TEXT;\nTHIS IS NOT SQL;")
    with pytest.raises(StoreError, match="cannot use"):
        open_store(path)
    assert user_version(path) == latest
    con = sqlite3.connect(path)
    assert "mood" not in {r[1] for r in con.execute("PRAGMA table_info(sessions)")}
    assert con.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
    con.close()


def test_a_newer_schema_is_refused_with_a_plain_message(tmp_path: Path) -> None:
    path = tmp_path / paths.DB_FILENAME
    open_store(path).close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 99")
    con.close()
    with pytest.raises(StoreError) as info:
        open_store(path)
    assert "newer touchtimer (schema 99)" in str(info.value)
    assert "Please update touchtimer" in str(info.value)
    assert user_version(path) == 99, "left as it was"


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / paths.DB_FILENAME
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(StoreError, match=r"cannot use .*: file is not a database"):
        open_store(path)


def test_a_folder_that_cannot_be_made(tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("a file where the folder should be")
    with pytest.raises(StoreError, match="cannot create"):
        open_store(tmp_path / "blocked" / paths.DB_FILENAME)


# -- privacy ----------------------------------------------------------------------------------------


def test_files_are_private_and_the_folder_too(tmp_path: Path) -> None:
    assert os.name == "posix", "these permissions are POSIX ones"
    folder = tmp_path / "fresh"
    path = folder / paths.DB_FILENAME
    with open_store(path) as s:
        s.sessions.save(session(DAY))
        written = sorted(p.name for p in folder.iterdir())
        assert written == [paths.DB_FILENAME, f"{paths.DB_FILENAME}-shm", f"{paths.DB_FILENAME}-wal"]
        for name in written:
            assert mode(folder / name) == 0o600, name
    assert mode(folder) == 0o700


def test_ensure_private_dir_tightens_an_existing_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    assert paths.ensure_private_dir(folder) == folder
    assert mode(folder) == 0o700
    nested = paths.ensure_private_dir(tmp_path / "a" / "b")
    assert nested.is_dir() and mode(nested) == 0o700


def test_the_database_lives_in_the_data_folder(data_dir: Path, tmp_path: Path) -> None:
    assert paths.data_dir() == data_dir, "TOUCHTIMER_DATA_DIR, set by the test fixture"
    assert paths.data_dir(tmp_path / "elsewhere") == tmp_path / "elsewhere"
    assert paths.database_path(data_dir) == data_dir / "touchtimer.sqlite3"
    assert paths.routines_dir(data_dir) == data_dir / "routines"
    assert paths.backups_dir(data_dir) == data_dir / "backups"


def test_no_sql_and_no_connection_outside_the_storage_package() -> None:
    """Every read and write goes through the store's repositories; SQL is written only in storage."""
    package = Path(touchtimer.__file__).parent
    storage = package / "core" / "storage"
    sql = re.compile(r"\.execute(many|script)?\(|\.connection\b|\bSELECT\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b"
                     r"|\bDELETE FROM\b|\bPRAGMA\b|\.transaction\(|\._write\(")
    found = [f"{path.relative_to(package)}:{n}"
             for path in package.rglob("*.py") if storage not in path.parents
             for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if sql.search(line)]
    assert found == []
