"""The window always opens: a store locked by another process, a read-only data folder, a full disk.
It shows the history it can read, says what is wrong, retries, and carries on once it can."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

from tests.helpers.machine_faults import fill, immutable, locked_by_another_process, small_filesystem
from tests.helpers.stores import filled, session
from touchtimer.app import load_data
from touchtimer.core.clock import FakeClock, FakeScheduler
from touchtimer.core.session.safe_save import save_session_safely
from touchtimer.core.settings import Settings
from touchtimer.ui.main_window import MainWindow
from touchtimer.ui.platform.single_instance import SingleInstance


def window_for(qtbot: Any) -> MainWindow:
    clock = FakeClock()
    window = MainWindow(None, None, Settings(), clock, lambda _p: FakeScheduler(clock))
    qtbot.addWidget(window)
    return window


def retry_timer(window: MainWindow) -> QTimer | None:
    return window.findChild(QTimer, "data_retry")


def test_a_store_locked_by_another_process_opens_says_busy_and_carries_on(qtbot: Any, tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = data / "touchtimer.sqlite3"
    filled(path, 30)
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = DELETE")      # there, a held lock stops SQLite reading too
    con.close()
    window = window_for(qtbot)
    with locked_by_another_process(path):
        started = time.monotonic()
        assert load_data(window, data)
        assert time.monotonic() - started < 3
        assert window.store is not None and window.store.sessions.count() == 30
        assert "another program is using the file" in window.home.banner.text()
        timer = retry_timer(window)
        assert timer is not None and timer.isActive()
        timer.timeout.emit()                          # still held: still waiting
        assert timer.isActive()
    timer.timeout.emit()                              # released: touchtimer carries on by itself
    assert retry_timer(window) is None or not timer.isActive()
    assert "can save to its data folder again" in window.home.banner.text()
    assert save_session_safely(window.store, session(300)).saved
    window.store.close()


def test_a_read_only_data_folder_opens_with_the_history_and_says_why(qtbot: Any, tmp_path: Path) -> None:
    data = tmp_path / "data"
    filled(data / "touchtimer.sqlite3", 12)
    (data / "routines").mkdir()
    (data / "routines" / "nested.toml").write_text("x = " + "[" * 500 + "]" * 500 + "\n")
    window = window_for(qtbot)
    with immutable(data):
        instance = SingleInstance(data)
        assert instance.claim(listen=False)           # no lock in the folder: the runtime one holds
        assert not SingleInstance(data).claim(listen=False)
        assert load_data(window, data)
        assert window.store is not None and window.store.sessions.count() == 12
        assert "read-only" in window.home.banner.text()
        assert window.routines is not None and window.routines.by_id("close-time") is not None
        assert retry_timer(window) is not None
        instance.release()
    retry = retry_timer(window)
    assert retry is not None
    retry.timeout.emit()
    assert save_session_safely(window.store, session(301)).saved
    window.store.close()


def test_a_full_disk_opens_with_the_history_and_says_the_disk_is_full(qtbot: Any, tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "disk") as disk:
        data = disk / "data"
        filled(data / "touchtimer.sqlite3", 20)
        filler = fill(disk)
        window = window_for(qtbot)
        assert load_data(window, data)
        assert window.store is not None and window.store.sessions.count() == 20
        assert "the disk is full" in window.home.banner.text()
        filler.unlink()
        retry = retry_timer(window)
        assert retry is not None
        retry.timeout.emit()
        assert save_session_safely(window.store, session(302)).saved
        window.store.close()
        assert sorted(p.name for p in data.iterdir()) == ["touchtimer.sqlite3"]


def test_the_real_app_starts_in_a_read_only_data_folder(tmp_path: Path) -> None:
    """It once refused: "already running for this data folder but did not answer"."""
    data = tmp_path / "data"
    filled(data / "touchtimer.sqlite3", 3)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TOUCHTIMER_CONFIG_DIR": str(tmp_path / "config"),
           "XDG_RUNTIME_DIR": str(tmp_path)}
    with immutable(data):
        app = subprocess.Popen([sys.executable, "-m", "touchtimer", "--data-dir", str(data)], env=env,
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        try:
            assert app.stderr is not None
            seen = ""
            with selectors.DefaultSelector() as sel:
                sel.register(app.stderr, selectors.EVENT_READ)
                deadline = time.monotonic() + 30
                while "cannot save to" not in seen and time.monotonic() < deadline and app.poll() is None:
                    if sel.select(timeout=1):
                        seen += app.stderr.readline()
            assert app.poll() is None, seen                 # still running: the window is open
            assert "read-only" in seen and "already running" not in seen and "Traceback" not in seen
        finally:
            app.send_signal(signal.SIGTERM)
            try:
                app.wait(timeout=10)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()
            if app.stderr is not None:
                app.stderr.close()
