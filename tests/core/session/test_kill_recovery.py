"""A touchtimer process killed mid-session (SIGKILL): the next start finds the session
``interrupted`` with at most five seconds lost, and can resume it. Killed on its summary, it finds the
finished session with what was written there, and offers to save it.

This is the one test that waits on real time: an external process runs a session with the real
clock for about ten seconds. The waiting is bounded by deadlines and polls the database file.
"""

from __future__ import annotations

import json
import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.helpers import REPO_ROOT as ROOT
from touchtimer.core import paths
from touchtimer.core.clock import SystemClock
from touchtimer.core.routines.files import load_all
from touchtimer.core.session.journal import resume_session
from touchtimer.core.session.safe_save import SaveResult
from touchtimer.core.session.session import Session
from touchtimer.core.startup import open_data
from touchtimer.core.storage.writer import InlineWriter

RUNNER = ROOT / "tests" / "helpers" / "headless_session.py"
RUN_FOR = 9.5          # real seconds the session runs before it is killed
MAX_LOST = 5.0


def latest_checkpoint(db: Path) -> float | None:
    """The total time of the newest checkpoint, read as any other program might (read-only)."""
    try:
        con = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            row = con.execute("SELECT total_elapsed FROM running_sessions").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return None if row is None else float(row[0])


@pytest.mark.slow
def test_a_killed_session_is_recovered_interrupted_and_resumable(data_dir: Path) -> None:
    db = paths.database_path(data_dir)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, str(RUNNER), str(data_dir), "gentle-hello"], env=env,
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready, "the session process did not start"
        started = json.loads(proc.stdout.readline())
        deadline = time.monotonic() + 60
        # wait for real checkpoints, then let it run on past one (the worst case is just before
        # the next): RUN_FOR seconds after the session began, kill it without warning
        seen = latest_checkpoint(db)
        while time.monotonic() < started["start_mono"] + RUN_FOR:
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.1)
            seen = latest_checkpoint(db) or seen
        os.kill(proc.pid, signal.SIGKILL)
        killed_at = time.monotonic()
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
    assert proc.returncode == -signal.SIGKILL
    assert seen is not None and seen >= 4          # it really checkpointed while running
    ran_for = killed_at - started["start_mono"]

    opened = open_data(data_dir, now=SystemClock().wall)        # what the next start of touchtimer does
    with opened.store as store:
        (found,) = opened.recovered
        record = found.record
        assert record.id == started["session_id"] and record.status == "interrupted"
        lost = ran_for - found.checkpoint.total_elapsed
        print(f"ran {ran_for:.2f} s, checkpointed {found.checkpoint.total_elapsed:.2f} s, lost {lost:.2f} s")
        assert 0 <= lost <= MAX_LOST, f"ran {ran_for:.1f} s, saved {found.checkpoint.total_elapsed:.1f} s"
        assert abs(record.actual_seconds - found.checkpoint.total_elapsed) <= 1
        assert any("stopped unexpectedly" in n for n in opened.notices)
        (checkpoint,) = opened.resumable
        routine = load_all(None).by_id("gentle-hello")
        assert routine is not None
        clock = SystemClock()
        resumed = resume_session(store, checkpoint, routine, clock.monotonic(), datetime.now(UTC))
        assert resumed.engine.session_id == record.id
        snap = resumed.engine.snapshot(clock.monotonic())
        assert snap.index == checkpoint.stage_index
        assert snap.stage_elapsed == pytest.approx(checkpoint.stage_elapsed)


@pytest.mark.slow
def test_a_session_killed_on_its_summary_is_offered_to_be_saved_with_what_was_written(
        data_dir: Path) -> None:
    """SIGKILL while the summary is on screen: the next start finds the finished session with its
    answers and note, offers to save it (never to continue it), and saving keeps how it really ended."""
    db = paths.database_path(data_dir)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, str(RUNNER), str(data_dir), "gentle-hello", "--seconds", "2",
                             "--summary", "Slept on my chest, then a feed."], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        lines: list[dict[str, object]] = []
        while len(lines) < 2:
            ready, _, _ = select.select([proc.stdout], [], [], 60)
            assert ready and proc.poll() is None, "the session process did not reach its summary"
            lines.append(json.loads(proc.stdout.readline()))
        os.kill(proc.pid, signal.SIGKILL)       # on the summary, unsaved: without warning
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
    assert proc.returncode == -signal.SIGKILL
    session_id = lines[0]["session_id"]
    assert lines[1] == {"summary": "Slept on my chest, then a feed."}
    assert latest_checkpoint(db) is not None

    opened = open_data(data_dir, now=SystemClock().wall)          # the next start
    with opened.store as store:
        (found,) = opened.recovered
        assert found.record.id == session_id and found.record.status == "interrupted"
        assert found.record.notes == "Slept on my chest, then a feed."      # the note was not lost
        assert (found.record.baby_response, found.record.mood_after) == ("calm", 4)
        assert found.checkpoint.finished_status == "ended_early"
        assert any("had finished" in n and "until you save it" in n for n in opened.notices)
        (offered,) = opened.resumable
        assert offered.finished                    # to save, not to continue a finished session
        routine = load_all(None).by_id("gentle-hello")
        assert routine is not None
        clock = SystemClock()
        with pytest.raises(ValueError, match="saved, not continued"):
            resume_session(store, offered, routine, clock.monotonic(), datetime.now(UTC))

        results: list[SaveResult] = []
        unsaved = Session.unsaved(InlineWriter(store), found.record, offered.finished_status or "completed",
                                  clock, routine=routine)
        assert unsaved.save(results.append)
        (result,) = results
        assert result.saved
        saved = store.sessions.get(session_id)
        assert saved is not None and saved.status == "ended_early"
        assert saved.notes == "Slept on my chest, then a feed." and saved.baby_response == "calm"
        assert store.checkpoints.recovered() == [] and store.sessions.count() == 1
