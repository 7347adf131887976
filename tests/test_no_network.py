"""touchtimer opens no network connection, ever.

In-process: a whole session (store, checkpoints, recovery, backup, save-as-file) runs with every
internet socket made to fail. In a separate process: the window starts and runs with a Python
audit hook refusing internet sockets and name look-ups, and at the end the process holds no
TCP or UDP socket (checked in /proc, which also sees sockets opened by Qt's C++ code).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import REPO_ROOT as ROOT
from tests.helpers.reliability_helpers import checkpointed_session, refresh_for, the_one_session
from touchtimer.core import paths
from touchtimer.core.clock import FakeClock, SystemClock
from touchtimer.core.session.engine import State
from touchtimer.core.session.journal import recover_interrupted
from touchtimer.core.session.safe_save import save_session_file, save_session_safely
from touchtimer.core.startup import open_data
from touchtimer.core.storage.backups import daily_backup

INTERNET = (socket.AF_INET, socket.AF_INET6)


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_internet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):  # type: ignore[misc,valid-type]
        def __init__(self, family: Any = -1, *args: Any, **kwargs: Any) -> None:
            if family in INTERNET or family == -1:
                attempts.append(f"socket({family})")
                raise NetworkUsed("touchtimer tried to open an internet socket")
            super().__init__(family, *args, **kwargs)

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(f"lookup {args[:1]}")
        raise NetworkUsed("touchtimer tried to reach the network")

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse)
    return attempts


def test_the_guard_really_blocks_internet_sockets(no_internet: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 443))
    assert len(no_internet) == 2


def test_a_whole_session_needs_no_network(no_internet: list[str], data_dir: Path, tmp_path: Path) -> None:
    opened = open_data(data_dir, now=SystemClock().wall)
    clock = FakeClock()
    runner, checkpointer = checkpointed_session(opened.store, clock, mood_before=2)
    engine = checkpointer.engine
    refresh_for(runner, checkpointer, clock, 200)
    runner.end()
    assert engine.state is State.FINISHED and checkpointer.writes > 10
    record = engine.record()
    assert save_session_safely(opened.store, record).saved
    assert the_one_session(save_session_file(record, tmp_path / "s.json")) == record
    assert daily_backup(opened.store, date(2026, 1, 5)).path is not None
    assert recover_interrupted(opened.store, clock.wall()) == []
    opened.store.close()
    assert no_internet == []


WINDOW_WITHOUT_NETWORK = r"""
import os, socket, sys
from pathlib import Path

def refuse(event, args):
    if event == "socket.__new__" and args[1] in (socket.AF_INET, socket.AF_INET6):
        raise RuntimeError("internet socket attempted")
    if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
        raise RuntimeError("name look-up attempted")

sys.addaudithook(refuse)

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from touchtimer.app import run

app = QApplication([])
QTimer.singleShot(1500, app.quit)
code = run(Path(sys.argv[1]), "gentle-hello")

def inodes(name):
    found = set()
    try:
        lines = Path(f"/proc/self/net/{name}").read_text().splitlines()[1:]
    except OSError:
        return found
    for line in lines:
        found.add(line.split()[9])
    return found

internet = set().union(*(inodes(n) for n in ("tcp", "tcp6", "udp", "udp6")))
held = set()
for fd in os.listdir("/proc/self/fd"):
    try:
        target = os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        continue
    if target.startswith("socket:["):
        held.add(target[8:-1])
print("exit", code, "internet sockets held:", len(held & internet), flush=True)
"""


def test_the_window_starts_and_runs_without_any_internet_socket(data_dir: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", WINDOW_WITHOUT_NETWORK, str(data_dir)], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "exit 0 internet sockets held: 0" in done.stdout, done.stdout + done.stderr
    assert "attempted" not in done.stderr
    assert paths.database_path(data_dir).exists()        # it really ran: the store was opened
