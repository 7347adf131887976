"""One touchtimer per data folder: a second start hands over (with --start) and quits."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.helpers import REPO_ROOT as ROOT
from touchtimer.ui.platform.single_instance import SingleInstance, server_name

CLAIM_AND_WAIT = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from touchtimer.ui.platform.single_instance import SingleInstance
app = QCoreApplication([])
inst = SingleInstance(Path(sys.argv[1]))
print("claimed" if inst.claim() else "refused", flush=True)
time.sleep(60)
"""


def child_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    env["TOUCHTIMER_DATA_DIR"] = str(data_dir)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def read_line(proc: subprocess.Popen[str], deadline: float) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
    return proc.stdout.readline().strip() if ready else ""


def test_a_second_instance_hands_its_start_routine_to_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "data")
    assert first.claim() and first.listening
    second = SingleInstance(tmp_path / "data")
    assert not second.claim()
    with qtbot.waitSignal(first.activated, timeout=5000) as blocker:
        assert second.hand_over("close-time", confirm=False)
    assert blocker.args == ["close-time"]
    first.release()
    assert SingleInstance(tmp_path / "data").claim()     # free again once the first has quit


def test_two_different_data_folders_are_independent(qtbot: QtBot, tmp_path: Path) -> None:
    a, b = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert a.claim() and b.claim()
    a.release()
    b.release()


def test_a_second_touchtimer_process_raises_the_running_one(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = SingleInstance(data)
    assert first.claim()
    with qtbot.waitSignal(first.activated, timeout=30000) as blocker:
        proc = subprocess.Popen([sys.executable, "-m", "touchtimer", "--data-dir", str(data),
                                 "--start", "gentle-hello"], env=child_env(data), cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert blocker.args == ["gentle-hello"]
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert not (data / "touchtimer.sqlite3").exists()        # the second one never opened the store
    first.release()


def test_after_a_crash_the_stale_lock_and_socket_do_not_block_the_next_start(
        qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    proc = subprocess.Popen([sys.executable, "-c", CLAIM_AND_WAIT, str(data)], env=child_env(data),
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert read_line(proc, time.monotonic() + 30) == "claimed"
        assert not SingleInstance(data).claim()             # it really holds the folder
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
    assert (data / "touchtimer.lock").exists()              # left behind by the killed process
    again = SingleInstance(data)
    assert again.claim() and again.listening
    with qtbot.waitSignal(again.activated, timeout=5000):
        assert SingleInstance(data).hand_over(None, confirm=False)
    again.release()
