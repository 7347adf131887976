"""The machine's faults are not damage: a real full disk, a lock held by another process, a
read-only folder or file. Nothing is renamed or replaced, the history is shown, the message says
exactly what is wrong, and touchtimer goes back to normal by itself when the cause is gone."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.helpers.machine_faults import fill, immutable, locked_by_another_process, small_filesystem
from tests.helpers.reliability_helpers import checkpointed_session, refresh_for
from tests.helpers.stores import digest, filled, session
from touchtimer.core.clock import FakeClock
from touchtimer.core.session.safe_save import save_session_safely
from touchtimer.core.startup import open_data, try_again
from touchtimer.core.storage.repair import open_store_safely
from touchtimer.core.storage.store import open_store

WHEN = datetime(2026, 3, 1, 21, 30, tzinfo=UTC)


def names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))}


def cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "touchtimer", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=60, check=False)


def test_a_full_disk_shows_every_session_moves_nothing_and_recovers_by_itself(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "disk") as disk:
        data = disk / "data"
        path = data / "touchtimer.sqlite3"
        filled(path, 50)
        before = digest(path)
        filler = fill(disk)
        opened = open_data(data, now=lambda: WHEN)
        report, store = opened.report, opened.store
        assert report.outcome == "read_only" and report.kind == "full" and not report.writable
        assert "the disk is full" in report.message and "nothing has been moved" in report.message
        assert store.sessions.count() == 50                       # the history is all there
        result = save_session_safely(store, session(900))          # a save says why, and keeps it
        assert not result.saved and result.record == session(900)
        assert try_again(opened, now=lambda: WHEN) == []           # still full: still waiting
        assert names(data) == {"touchtimer.sqlite3"} and digest(path) == before
        done = cli(data, "history", "--json")                      # the command line shows it too
        assert done.returncode == 0 and done.stdout.count('"routine_id"') == 50, done.stderr
        assert "disk is full" in done.stderr and "Traceback" not in done.stderr

        filler.unlink()                                            # room again
        notices = try_again(opened, now=lambda: WHEN)
        assert notices and not opened.waiting and opened.report.writable
        assert save_session_safely(store, session(900)).saved     # the same store object writes
        assert store.sessions.count() == 51
        store.close()
        assert names(data) == {"touchtimer.sqlite3"}


def test_a_write_that_meets_a_full_disk_goes_to_the_file_once_there_is_room(tmp_path: Path) -> None:
    """The retry before a write: "try again" after freeing space works at once."""
    with small_filesystem(tmp_path / "disk") as disk:
        path = disk / "data" / "touchtimer.sqlite3"
        filled(path, 5)
        filler = fill(disk)
        store, report = open_store_safely(path, now=WHEN)
        assert report.kind == "full"
        assert not save_session_safely(store, session(800)).saved
        filler.unlink()
        assert save_session_safely(store, session(800)).saved
        assert store.sessions.count() == 6
        store.close()
        with open_store(path) as again:
            assert again.sessions.get("session-0800") == session(800)


def test_a_lock_held_by_another_process_is_waited_out_never_taken_for_damage(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = data / "touchtimer.sqlite3"
    filled(path, 50)
    clock = FakeClock()
    with open_store(path) as store:                 # a session that stopped unexpectedly
        runner, checkpointer = checkpointed_session(store, clock)
        refresh_for(runner, checkpointer, clock, 12)
        checkpointer.detach()
    later = clock.wall() + timedelta(minutes=10)
    with locked_by_another_process(path):
        started = time.monotonic()
        opened = open_data(data, now=lambda: later)
        assert time.monotonic() - started < 2.5                   # the window is never held for long
        assert opened.store.sessions.count() == 51 and opened.recovered == []
        assert opened.waiting and "another program is using the file" in opened.pending
        assert try_again(opened, now=lambda: later) == []         # still held
        done = cli(data, "history", "--json")
        assert done.returncode == 0 and done.stdout.count('"routine_id"') == 51, done.stderr
        assert "another program" in done.stderr and "Traceback" not in done.stderr
    notices = try_again(opened, now=lambda: later)                 # released: carry on
    assert not opened.waiting and any("stopped unexpectedly" in n for n in notices)
    assert len(opened.recovered) == 1
    opened.store.close()
    assert names(data) == {"touchtimer.sqlite3"}


def test_an_exclusive_lock_on_a_rollback_journal_store_still_shows_the_history(tmp_path: Path) -> None:
    """There SQLite itself cannot read while the lock is held: the history comes from a copy."""
    path = tmp_path / "touchtimer.sqlite3"
    filled(path, 20)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    with locked_by_another_process(path):
        store, report = open_store_safely(path, now=WHEN)
        assert report.kind == "busy" and report.outcome == "read_only", report
        assert "another program is using the file" in report.message
        assert store.sessions.count() == 20
    assert store.retry_writable is not None and store.retry_writable()
    assert save_session_safely(store, session(700)).saved
    store.close()
    assert names(tmp_path) == {"touchtimer.sqlite3"}


def test_a_read_only_folder_and_a_read_only_file_move_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = data / "touchtimer.sqlite3"
    filled(path, 12)
    for saved, target in enumerate((data, path)):
        with immutable(target):
            opened = open_data(data, now=lambda: WHEN)
            assert opened.report.kind == "read_only" and opened.store.sessions.count() == 12 + saved
            assert "read-only" in opened.report.message
            assert try_again(opened, now=lambda: WHEN) == []
            assert names(data) == {"touchtimer.sqlite3"}
        assert try_again(opened, now=lambda: WHEN) and not opened.waiting
        assert save_session_safely(opened.store, session(600 + saved)).saved
        opened.store.close()
