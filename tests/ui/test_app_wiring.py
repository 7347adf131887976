"""The app wiring: data opened after the first paint, --start honoured, bad ids and bad data explained."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import REPO_ROOT
from touchtimer.app import load_data
from touchtimer.core.clock import FakeClock, FakeScheduler
from touchtimer.core.settings import Settings
from touchtimer.ui.main_window import MainWindow

ROOT = REPO_ROOT
HEAVY = ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech", "PySide6.QtCharts", "PySide6.QtDBus")


def _window(qtbot: Any) -> MainWindow:
    clock = FakeClock()
    window = MainWindow(None, None, Settings(), clock, lambda _p: FakeScheduler(clock))
    qtbot.addWidget(window)
    return window


def test_window_paints_before_the_data_is_there(qtbot: Any) -> None:
    window = _window(qtbot)
    window.show()
    assert window.current_page() == "home" and window.store is None
    assert window.statusBar().currentMessage() == "Loading…"


def test_load_data_opens_the_store_and_honours_start(qtbot: Any, tmp_path: Path) -> None:
    window = _window(qtbot)
    assert load_data(window, tmp_path / "data", "gentle-hello")
    assert window.store is not None and (tmp_path / "data" / "touchtimer.sqlite3").exists()
    assert window.current_page() == "presession"
    window.close()
    window.store.close()


def test_an_unknown_start_id_is_said_on_stderr_and_on_home(qtbot: Any, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    window = _window(qtbot)
    assert load_data(window, tmp_path, "no-such-routine")
    err = capsys.readouterr().err
    assert "there is no routine with the id 'no-such-routine'" in err and "Traceback" not in err
    assert window.current_page() == "home" and "no-such-routine" in window.home.banner.text()
    assert window.store is not None
    window.store.close()


def test_no_heavy_qt_module_is_imported_when_the_window_opens(tmp_path: Path) -> None:
    """In a fresh interpreter: build the real window with its data and all its wiring (cues, screen
    awake, tray, settings, babies), then list what got imported."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from touchtimer.app import load_data, wire_window\n"
        "from touchtimer.core.clock import SystemClock\n"
        "from touchtimer.core.settings import SettingsLoad, Settings\n"
        "from touchtimer.ui.main_window import MainWindow\n"
        "from touchtimer.ui.platform.qt_scheduler import QtScheduler\n"
        "settings = Settings()\n"
        "w = MainWindow(None, None, settings, SystemClock(), QtScheduler)\n"
        "w.show()\n"
        f"assert load_data(w, Path({str(tmp_path)!r}))\n"
        f"wiring = wire_window(w, SettingsLoad(settings), Path({str(tmp_path / 'config')!r}))\n"
        "assert 'app.settings' in w.registry and 'go.babies' in w.registry\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules])\n"
        "wiring.shutdown()\n"
        "w.store.close()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
