"""A touchtimer process killed mid-session (SIGKILL): the next start finds the session
``interrupted`` with at most five seconds lost, and can resume it.

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
from touchtimer.core.startup import open_data

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
