"""When QtMultimedia (here) or QtTextToSpeech (in the speech helper) cannot be imported, a whole
session still runs, silently, and says why once."""

from __future__ import annotations

import builtins
import sys
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.fakes import FakeScreenSaver, FakeTray
from tests.helpers.processes import live_descendants
from tests.helpers.session_driver import Driver, builtin
from tests.helpers.speech import helper_failing_import
from touchtimer.core.clock import FakeScheduler
from touchtimer.core.settings import Settings
from touchtimer.ui.platform.cue_player import CuePlayer
from touchtimer.ui.platform.screen_awake import ScreenAwake
from touchtimer.ui.platform.tray import SessionTray
from touchtimer.ui.platform.voice import Voice
from touchtimer.ui.settings.dialog import SettingsDialog

HEAVY = ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech")


def block_heavy_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in HEAVY:
        monkeypatch.setitem(sys.modules, name, None)   # "import of ... halted": an ImportError


def run_full_session(qtbot: QtBot, tmp_path: Path, voice: Voice) -> tuple[Driver, CuePlayer, list[str]]:
    """A whole session on the real adapters (the voice in its real helper process): it runs to the
    end at once, whatever the helper is doing; the voice's problem arrives when the helper says it."""
    driver = Driver(builtin("close-time"))
    player = CuePlayer(Settings(), driver.clock, voice=voice)
    statuses: list[str] = []
    player.status_changed.connect(statuses.append)
    player.attach(driver.runner)
    fake_tray = FakeTray()
    tray = SessionTray(lambda: driver.engine.snapshot(driver.clock.now), on_toggle_pause=lambda: None,
                       on_next=lambda: None, on_show_window=lambda: None, window_hidden=lambda: True,
                       tray=fake_tray)
    tray.attach(driver.runner)
    awake = ScreenAwake(FakeScreenSaver(), FakeScheduler(driver.clock), platform="linux")
    awake.attach(driver.runner)

    driver.start()
    driver.advance(120 + 50 * 60)
    driver.command("next")
    driver.advance(60)
    record = driver.engine.record()
    assert record.status == "completed"
    assert [s.status for s in record.stages] == ["done", "done", "done"]
    assert record.actual_seconds == 120 + 50 * 60 + 60
    assert fake_tray.messages[-1][0] == "Session finished"
    assert not awake.held

    qtbot.waitUntil(lambda: bool(voice.problem), timeout=30_000)
    dialog = SettingsDialog(Settings(), tmp_path, player, clock=driver.clock)    # the settings say why, once
    qtbot.addWidget(dialog)
    assert dialog.notice.text().count(player.status) == 1
    player.shutdown()
    return driver, player, statuses


def test_session_runs_when_multimedia_and_speech_cannot_be_imported(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    block_heavy_modules(monkeypatch)
    voice = Voice(command=helper_failing_import("PySide6.QtTextToSpeech"))
    _, player, statuses = run_full_session(qtbot, tmp_path, voice)
    message = ("Spoken cues and chimes are silent: the sound module could not be loaded; "
               "the speech module could not be loaded.")
    assert player.status == message
    # Each reason once, not at every cue: chimes at the first chime, the voice when the helper told.
    assert statuses == ["Chimes are silent: the sound module could not be loaded.", message]
    assert player.voice.voice_names() == []


def test_missing_libpulse_gets_a_plain_hint(qtbot: QtBot, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__
    missing = "libpulse.so.0: cannot open shared object file: No such file or directory"

    def failing_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name in HEAVY:
            raise ImportError(missing)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", failing_import)
    voice = Voice(command=helper_failing_import("PySide6.QtTextToSpeech", missing))
    _, player, _ = run_full_session(qtbot, tmp_path, voice)
    assert player.status == (
        "Spoken cues and chimes are silent: the sound module could not be loaded (on Linux, install the "
        "libpulse0 package); the speech module could not be loaded (on Linux, install the libpulse0 "
        "package).")


def test_chimes_only_mode_mentions_only_chimes_and_starts_no_speech(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    block_heavy_modules(monkeypatch)
    driver = Driver(builtin("gentle-hello"))
    player = CuePlayer(Settings(cue_mode="chimes_only"), driver.clock)   # the real voice, never needed
    player.attach(driver.runner)
    driver.start()
    driver.advance(3600)
    assert player.status == "Chimes are silent: the sound module could not be loaded."
    assert player.voice.link is None
    assert not [p for p in live_descendants() if "speech" in p.command]
