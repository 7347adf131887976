"""Shared test set-up: offscreen Qt, and no test ever touches the real home folder.

For every test that runs once Qt is loaded (``PySide6`` already imported; core tests stay Qt-free):

* the dangling-timer check: every ``QTimer`` started from Python during a test must be stopped by its
  end (after the test's widgets are closed), and every ``QTimer.singleShot`` must have fired;
* the application palette and the motion effects (``touchtimer.ui.widgets.theme.apply_motion``) are put back
  as they were, so a test that shows the night theme cannot colour the tests after it.

For the whole run: nothing it starts outlives it. The test process adopts every orphan of its
descendants (:func:`tests.helpers.processes.become_subreaper`), so a daemon that detaches still
counts; at the end, any process still running below it (a speech helper, a speech-dispatcher, a
sound server) is listed as an error and killed.
"""

from __future__ import annotations

import os
import sys
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from tests.helpers import REPO_ROOT
from tests.helpers.processes import become_subreaper, kill_all, left_running
from tests.helpers.qt_look import QtLook

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = REPO_ROOT


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point data, config and home at a fresh temporary folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("TOUCHTIMER_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("TOUCHTIMER_CONFIG_DIR", str(home / "config"))
    return home


@pytest.fixture
def data_dir(_private_home: Path) -> Path:
    return _private_home / "data"


def _qt_loaded() -> bool:
    return "PySide6.QtCore" in sys.modules and "PySide6.QtWidgets" in sys.modules


@pytest.fixture(autouse=True)
def _dangling_qtimers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if not _qt_loaded():
        yield
        return
    from PySide6.QtCore import QTimer

    started: weakref.WeakSet[QTimer] = weakref.WeakSet()
    pending: list[str] = []
    real_start = QTimer.start
    real_single_shot = QTimer.singleShot

    def start(self: QTimer, *args: Any) -> None:
        started.add(self)
        real_start(self, *args)

    def single_shot(msec: int, *args: Any) -> None:
        callback = args[-1]
        token = f"singleShot({msec}, {callback!r})"
        pending.append(token)

        def fire() -> None:
            pending.remove(token)
            callback()

        real_single_shot(msec, *args[:-1], fire)

    monkeypatch.setattr(QTimer, "start", start)
    monkeypatch.setattr(QTimer, "singleShot", staticmethod(single_shot))
    yield
    # The test's widgets are closed by pytest-qt before this runs (this fixture was set up first).
    running = [f"{t.objectName() or t!r} ({t.interval()} ms)" for t in list(started) if t.isActive()]
    for timer in list(started):
        if timer.isActive():
            timer.stop()
    assert not running, f"QTimers left running after the test: {running}"
    assert not pending, f"QTimer.singleShot calls that never fired: {pending}"


@pytest.fixture(autouse=True)
def _qt_look_restored(request: pytest.FixtureRequest) -> Iterator[None]:
    """Put back the application palette and the motion effects a test changed (the night theme)."""
    if not _qt_loaded():
        yield
        return
    request.getfixturevalue("qapp")  # the application exists before the test, so its look can be kept
    look = QtLook()
    yield
    look.restore()


@pytest.fixture(autouse=True, scope="session")
def _nothing_left_running() -> Iterator[None]:
    """Every process the run started (and every one those started) has ended when it ends."""
    become_subreaper()
    yield
    left = left_running()
    kill_all(left)
    assert not left, "processes started by the tests were still running at the end:\n" + "\n".join(
        map(str, left))


# Property tests: the same examples on every CI run (derandomized, so a run never fails by chance and
# a failure can be reproduced), new ones locally (where each finds more); HYPOTHESIS_PROFILE picks.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
