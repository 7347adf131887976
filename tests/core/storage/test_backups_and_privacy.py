"""Daily backups, the copy before a migration, private files, and "delete all my data"."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from touchtimer.core import paths
from touchtimer.core.clock import SystemClock
from touchtimer.core.session.record import SessionRecord
from touchtimer.core.settings import Settings, save_settings
from touchtimer.core.startup import open_data
from touchtimer.core.storage.backups import daily_backup, daily_backups
from touchtimer.core.storage.privacy import delete_all_data, plan_deletion
from touchtimer.core.storage.repair import open_store_safely
from touchtimer.core.storage.store import migrations, open_store


def record(i: int) -> SessionRecord:
    start = datetime(2026, 1, 1, 22, 0, tzinfo=UTC) + timedelta(days=i)
    return SessionRecord(f"s-{i}", "close-time", "Close time", "skin_to_skin", start,
                         start + timedelta(minutes=30), start.date(), 1800, 1800, "completed")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_one_backup_a_day_and_the_newest_seven_are_kept(data_dir: Path) -> None:
    with open_store(paths.database_path(data_dir)) as store:
        for day in range(10):
            store.sessions.save(record(day))
            result = daily_backup(store, date(2026, 3, 1) + timedelta(days=day))
            assert result.path is not None and result.problem == ""
            assert daily_backup(store, date(2026, 3, 1) + timedelta(days=day)).path is None  # once a day
        kept = daily_backups(paths.backups_dir(data_dir))
        assert [p.name for p in kept] == [f"touchtimer-2026-03-{d:02d}.sqlite3" for d in range(4, 11)]
        with open_store(kept[-1]) as copy:                 # a real, readable copy of that day
            assert copy.sessions.count() == 10


def test_a_backup_problem_is_reported_not_raised(data_dir: Path) -> None:
    with open_store(paths.database_path(data_dir)) as store:
        paths.backups_dir(data_dir).write_text("a file where the folder should be")
        result = daily_backup(store, date(2026, 3, 1))
        assert result.path is None and "could not be made" in result.problem


def test_the_copy_before_a_migration_holds_sessions_still_in_the_wal(data_dir: Path) -> None:
    path = paths.database_path(data_dir)
    data_dir.mkdir(parents=True)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.executescript(migrations()[0].sql + "\nPRAGMA user_version = 1;")
    writer.execute("INSERT INTO sessions (id, routine_id, routine_title, kind, started_at, ended_at,"
                   " local_date, actual_seconds, status) VALUES ('only-in-wal', 'r', 'R', 'massage',"
                   " '2026-01-01T00:00:00+00:00', '2026-01-01T00:10:00+00:00', '2026-01-01', 600,"
                   " 'completed')")
    # as after a crash: the session is in the -wal file, not yet in the main file
    with open_store(path) as store:                          # migrates v1 -> latest
        assert store.sessions.get("only-in-wal") is not None
    writer.close()
    (copy,) = [p for p in paths.backups_dir(data_dir).iterdir() if ".before-v2-" in p.name]
    check = sqlite3.connect(copy)
    assert check.execute("SELECT id FROM sessions").fetchall() == [("only-in-wal",)]
    check.close()
    assert mode(copy) == 0o600 and mode(paths.backups_dir(data_dir)) == 0o700


def test_every_file_touchtimer_creates_is_private(data_dir: Path) -> None:
    os.umask(0o022)
    opened = open_data(data_dir, now=SystemClock().wall)
    with opened.store as store:
        store.sessions.save(record(1))
        wal = paths.database_path(data_dir).with_name("touchtimer.sqlite3-wal")
        assert wal.exists() and mode(wal) == 0o600
        daily_backup(store, date(2026, 3, 1))
    assert mode(data_dir) == 0o700
    assert mode(paths.database_path(data_dir)) == 0o600
    assert mode(paths.backups_dir(data_dir)) == 0o700
    assert all(mode(p) == 0o600 for p in paths.backups_dir(data_dir).iterdir())
    paths.database_path(data_dir).write_bytes(b"garbage" * 100)
    store, report = open_store_safely(paths.database_path(data_dir),
                                      now=datetime(2026, 3, 1, 21, 30, tzinfo=UTC))
    store.close()
    assert report.damaged_copy is not None and mode(report.damaged_copy) == 0o600
    settings_file = save_settings(paths.config_dir(), Settings())
    assert mode(settings_file) == 0o600 and mode(paths.config_dir()) == 0o700


def test_delete_all_my_data_needs_a_yes_and_removes_every_record(data_dir: Path) -> None:
    opened = open_data(data_dir, now=SystemClock().wall)
    opened.store.sessions.save(record(1))
    daily_backup(opened.store, date(2026, 3, 1))
    (data_dir / "touchtimer.sqlite3.damaged-20260101T000000Z").write_bytes(b"old damaged copy")
    (data_dir / "touchtimer.sqlite3.kept-20260101T000000Z").write_bytes(b"a set kept aside")
    (data_dir / "touchtimer.sqlite3.kept-20260101T000000Z-wal").write_bytes(b"its -wal")
    routines = paths.routines_dir(data_dir)
    routines.mkdir()
    (routines / "mine.toml").write_text("format = 1\n")
    save_settings(paths.config_dir(), Settings(theme="night"))

    plan = plan_deletion(data_dir)
    names = sorted(p.name for p in plan.files)
    assert "touchtimer.sqlite3" in names and "touchtimer-2026-03-01.sqlite3" in names
    assert "touchtimer.sqlite3.damaged-20260101T000000Z" in names and "mine.toml" not in names
    kept = "touchtimer.sqlite3.kept-20260101T000000Z"
    assert {kept, kept + "-wal"} <= set(names)
    with pytest.raises(ValueError, match="confirm=True"):
        delete_all_data(data_dir, confirm=False, store=opened.store)
    assert paths.database_path(data_dir).exists()

    report = delete_all_data(data_dir, confirm=True, store=opened.store)
    assert report.complete and {p.name for p in report.removed} <= set(names)
    assert not any(p.exists() for p in plan.files)     # (-wal/-shm went when the store closed)
    assert not paths.database_path(data_dir).exists() and not paths.backups_dir(data_dir).exists()
    assert (routines / "mine.toml").exists()                       # kept unless asked
    assert (paths.config_dir() / "settings.json").exists()          # nothing personal in it
    with open_data(data_dir, now=SystemClock().wall).store as fresh:
        assert fresh.sessions.count() == 0

    delete_all_data(data_dir, confirm=True, include_routines=True)
    assert not (routines / "mine.toml").exists()


def test_open_data_records_an_interrupted_session_in_plain_words(data_dir: Path) -> None:
    from tests.helpers.reliability_helpers import checkpointed_session
    from touchtimer.core.clock import FakeClock

    clock = FakeClock(wall_start=datetime.now(UTC) - timedelta(minutes=5))
    with open_store(paths.database_path(data_dir)) as store:
        runner, checkpointer = checkpointed_session(store, clock)
        engine = checkpointer.engine
        clock.advance(130)
        runner.update()
        checkpointer.checkpoint(clock.now)
        store.connection.execute("UPDATE running_sessions SET owner_pid = NULL")   # its process is gone
    opened = open_data(data_dir, now=SystemClock().wall)
    with opened.store:
        assert [r.record.id for r in opened.recovered] == [engine.session_id]
        assert [c.session_id for c in opened.resumable] == [engine.session_id]
        assert "stopped unexpectedly" in opened.notices[0] and "after 2 min" in opened.notices[0]


def test_a_clock_set_a_week_ahead_then_back_never_deletes_a_new_backup(data_dir: Path) -> None:
    """Seven backups made while the clock was a week ahead; then the clock is put right."""
    right = date(2026, 3, 1)
    with open_store(paths.database_path(data_dir)) as store:
        for day in range(7):
            store.sessions.save(record(day))
            assert daily_backup(store, right + timedelta(days=7 + day)).path is not None
        folder = paths.backups_dir(data_dir)
        for day in range(7):                                   # the clock is right again
            store.sessions.save(record(10 + day))
            made = daily_backup(store, right + timedelta(days=day)).path
            assert made is not None and made.exists()         # the one just made is kept
            kept = daily_backups(folder)
            assert len(kept) == 7 and made in kept
            days_kept_since = [p for p in kept if p.name <= made.name]
            assert len(days_kept_since) == day + 1             # every backup made since is kept
        with open_store(daily_backups(folder)[6]) as newest:   # the newest real one holds all
            assert newest.sessions.count() == 14


def test_a_clock_set_far_back_or_ahead_never_empties_the_set(data_dir: Path) -> None:
    with open_store(paths.database_path(data_dir)) as store:
        for day in range(7):
            daily_backup(store, date(2026, 3, 1) + timedelta(days=day))
        for wrong in (date(1999, 1, 1), date(2091, 6, 1), date(2026, 3, 4)):
            result = daily_backup(store, wrong)
            kept = daily_backups(paths.backups_dir(data_dir))
            assert len(kept) == 7 and (result.path is None or result.path in kept)
            assert any(p.name == f"touchtimer-{wrong.isoformat()}.sqlite3" for p in kept)
