"""A full disk or a read-only folder: a clear message, and the session stays in memory to retry or save."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers.reliability_helpers import the_one_session
from touchtimer.cli import commands as cli
from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.history.import_check import ImportProblems, read_export_file
from touchtimer.core.history.import_merge import import_export
from touchtimer.core.session import safe_save
from touchtimer.core.session.record import SessionRecord, StageRecord
from touchtimer.core.session.safe_save import save_session_file, save_session_safely
from touchtimer.core.storage.repair import open_store_safely
from touchtimer.core.storage.store import open_store


def record(i: int = 1) -> SessionRecord:
    start = datetime(2026, 2, 1, 3, 10, tzinfo=UTC) + timedelta(days=i)
    return SessionRecord(
        id=f"s-{i}", routine_id="close-time", routine_title="Close time", kind="skin_to_skin",
        started_at=start, ended_at=start + timedelta(minutes=62), local_date=start.date(),
        planned_seconds=None, actual_seconds=3700, status="completed",
        stages=[StageRecord(0, "Settle", None, 300, 300, "done"),
                StageRecord(1, "Rest together", None, None, 3400, "done")],
        baby_ids=[], baby_response="fell_asleep", mood_before=2, mood_after=4, notes="x" * 2000,
    )


def test_a_full_disk_keeps_the_session_in_memory_with_a_plain_message(tmp_path: Path) -> None:
    with open_store(tmp_path / "t.sqlite3") as store:
        store.faults.fail(sqlite3.SQLITE_FULL)
        result = save_session_safely(store, record())
        assert not result.saved and result.problem == "full"
        assert "disk is full" in result.message and "try again" in result.message
        assert result.record == record()                     # still here, whole
        store.faults.clear()
        again = save_session_safely(store, result.record)   # "try again", once there is room
        assert again.saved and store.sessions.get("s-1") == record()


def test_sqlite_itself_reporting_a_full_database_is_handled(tmp_path: Path) -> None:
    with open_store(tmp_path / "t.sqlite3") as store:
        pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
        store.connection.execute(f"PRAGMA max_page_count = {pages}")    # no room to grow: SQLITE_FULL
        results = [save_session_safely(store, record(i)) for i in range(40)]
        failed = [r for r in results if not r.saved]
        assert failed and all(r.problem == "full" for r in failed), failed[0].detail
        assert store.sessions.count() == len(results) - len(failed)


def test_save_as_file_writes_one_session_that_reads_back_exactly(tmp_path: Path) -> None:
    path = save_session_file(record(), tmp_path / "one.json")
    doc = json.loads(path.read_text("utf-8"))
    assert doc["format"] == "touchtimer-export" and doc["format_version"] == 2
    assert doc["babies"] == [] and [s["id"] for s in doc["sessions"]] == ["s-1"]
    assert the_one_session(path) == record()
    assert (path.stat().st_mode & 0o777) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.json"]       # no temporary file left


def test_the_older_single_session_format_is_gone_and_such_a_file_is_refused_plainly(tmp_path: Path) -> None:
    """It never shipped: "save as file" writes an ordinary export, read like any other."""
    for name in ("read_session_file", "parse_session_file", "session_from_json", "session_to_json",
                 "SessionFileError", "SESSION_FILE_FORMAT"):
        assert not hasattr(safe_save, name), name
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"format": "touchtimer-session", "version": 1, "session": {"id": "s-1"}}),
                   encoding="utf-8")
    with pytest.raises(ImportProblems) as caught:
        read_export_file(old)
    assert caught.value.problems and all(p.strip() for p in caught.value.problems)
    assert cli.main(["--data-dir", str(tmp_path / "data"), "import", str(old)]) == 1


def test_a_session_saved_as_file_during_a_full_disk_imports_with_its_baby(tmp_path: Path) -> None:
    """Save as file at a full disk, then `touchtimer import` into the same store once there is room
    and into an empty data folder: exactly that session, with its stages and its baby; twice adds
    nothing."""
    data = tmp_path / "data"
    with open_store(data / "touchtimer.sqlite3") as store:
        baby = add_baby(store, "Mia", date(2026, 1, 16), date(2026, 2, 1), today=date(2026, 2, 3))
        store.sessions.save(record(1))
        wanted = dataclasses.replace(record(2), baby_ids=[baby.id])
        with store.faults.failing(sqlite3.SQLITE_FULL):
            result = save_session_safely(store, wanted)
            assert not result.saved and result.problem == "full"
            kept = save_session_file(result.record, tmp_path / "kept.json", store)
    doc = json.loads(kept.read_text("utf-8"))
    assert [b["name"] for b in doc["babies"]] == ["Mia"]
    for folder, before in ((data, 1), (tmp_path / "elsewhere", 0)):
        assert cli.main(["--data-dir", str(folder), "import", str(kept)]) == 0
        with open_store(folder / "touchtimer.sqlite3") as store:
            assert store.sessions.count() == before + 1
            assert store.sessions.get(wanted.id) == wanted                 # stages, baby, notes: all
            assert [b.name for b in store.babies.list()] == ["Mia"]
        assert cli.main(["--data-dir", str(folder), "import", str(kept)]) == 0
        with open_store(folder / "touchtimer.sqlite3") as store:
            assert store.sessions.count() == before + 1                   # the second time adds nothing


def test_a_broken_saved_session_file_gives_a_plain_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "touchtimer-export", "format_version": 1, "babies": [], '
                   '"sessions": [{"id": 3}]}', encoding="utf-8")
    with pytest.raises(ImportProblems) as caught:
        read_export_file(bad)
    assert any("how it ended is missing" in p for p in caught.value.problems)
    assert any("status" in p for p in caught.value.technical)
    with pytest.raises(ImportProblems, match="there is no file"):
        read_export_file(tmp_path / "missing.json")


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[str]:
    """Make ``folder`` truly unwritable: chmod for a normal user; as root (which chmod does not stop),
    the immutable attribute. Yields how it was done; fails loudly if neither works here."""
    os.chmod(folder, 0o500)
    how = "chmod 0500"
    immutable = False
    try:
        probe = folder / ".probe"
        try:
            probe.touch()
        except PermissionError:
            yield how
            return
        probe.unlink()
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
        immutable = done.returncode == 0
        with contextlib.suppress(PermissionError):
            probe.touch()
            probe.unlink()
            pytest.fail("could not make a read-only folder here (running as root without chattr)")
        yield "chattr +i (running as root)"
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        os.chmod(folder, 0o700)


def test_a_real_read_only_folder_gives_a_clear_message_and_history_still_shows(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    path = folder / "touchtimer.sqlite3"
    with open_store(path) as store:
        store.sessions.save(record(1))
    with read_only_folder(folder):
        store, report = open_store_safely(path, now=datetime(2026, 3, 1, 21, 30, tzinfo=UTC))
        with store:
            assert report.outcome == "read_only" and not report.writable, report
            assert "cannot save" in report.message and str(folder) in report.message
            assert store.sessions.get("s-1") == record(1)         # history still shows
            result = save_session_safely(store, record(2))
            assert not result.saved and result.problem == "read_only", result.detail
            assert "save it as a file" in result.message
        assert sorted(p.name for p in folder.iterdir()) == ["touchtimer.sqlite3"]   # nothing moved
    with open_store(path) as store:
        assert store.sessions.count() == 1


def test_a_data_folder_that_cannot_be_created_still_gives_a_working_app(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("")
    store, report = open_store_safely(blocker / "data" / "touchtimer.sqlite3",
                                      now=datetime(2026, 3, 1, 21, 30, tzinfo=UTC))
    with store:
        assert report.outcome == "unavailable" and "save each one as a file" in report.message
        result = save_session_safely(store, record())          # never "saved" into thin air
        assert not result.saved and "save it as a file" in result.message


def test_importing_the_saved_file_completes_the_interrupted_checkpoint_only(tmp_path: Path) -> None:
    """While it ran, the session was checkpointed as interrupted; the finished copy from the file
    replaces that checkpoint (a note written on it since is kept), never a finished session."""
    finished = record(3)
    with open_store(tmp_path / "t.sqlite3") as store:
        checkpoint = dataclasses.replace(finished, status="interrupted", actual_seconds=3600,
                                         ended_at=finished.ended_at - timedelta(seconds=100), notes="")
        store.sessions.save(checkpoint)
        store.sessions.set_notes(finished.id, "written in history meanwhile")
        store.sessions.save(record(4))
        kept = save_session_file(dataclasses.replace(finished, notes=""), tmp_path / "kept.json")
        summary = import_export(store, read_export_file(kept))
        assert summary.sessions_completed == [finished.id] and summary.sessions_added == 0
        assert "completed 1 session" in summary.describe()
        assert store.sessions.get(finished.id) == dataclasses.replace(
            finished, notes="written in history meanwhile")
        again = import_export(store, read_export_file(kept))
        assert again.sessions_completed == [] and again.sessions_already_there == 1
        stale = save_session_file(dataclasses.replace(record(4), status="interrupted"), tmp_path / "old.json")
        assert import_export(store, read_export_file(stale)).sessions_completed == []
        assert store.sessions.get("s-4") == record(4) and store.sessions.count() == 2
