"""Speech that fails in each way seen on real machines, with the real speech helper process.

A speech service that accepts and never answers (``SPEECHD_ADDRESS`` at a socket nobody reads), a
helper that stops answering half-way, a helper that dies, no speech-dispatcher, no speech module,
no voice for the language, and voice cues off. In every case the window goes on (its clock, its
checkpoints, its emergency key) and the cues say, once, that the voice is silent and why.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from tests.helpers.fakes import FakeScreenSaver, FakeTray
from tests.helpers.processes import live_descendants
from tests.helpers.session_driver import Driver, builtin
from tests.helpers.speech import QUICK_LIMITS, helper_failing_import, mock_voice, silent_socket
from tests.helpers.window import Env, choose_on_home
from touchtimer.app import Wiring, wire_window
from touchtimer.core.routines.translations import localize
from touchtimer.core.session.engine import State
from touchtimer.core.settings import Settings, SettingsLoad
from touchtimer.ui.platform.chimes import Chimes
from touchtimer.ui.platform.cue_player import CuePlayer
from touchtimer.ui.platform.voice import Voice
from touchtimer.ui.safety.emergency_dialog import EmergencyDialog
from touchtimer.ui.settings.dialog import SettingsDialog


def helpers_running() -> list[str]:
    return [p.command for p in live_descendants() if "speech_worker" in p.command
            or "speech-dispatcher" in p.command]


def journal(env: Env) -> list[tuple[str, int]]:
    return [(r[0], r[1]) for r in env.store.connection.execute(
        "SELECT session_id, stage_index FROM running_sessions")]


class Heartbeat:
    """A 10-ms timer on the real event loop: the longest gap between its ticks is how long the GUI
    thread was away."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = time.monotonic()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.timer.start(10)

    def _tick(self) -> None:
        now = time.monotonic()
        self.gaps.append(now - self._last)
        self._last = now

    def stop(self) -> float:
        self.timer.stop()
        return max(self.gaps)


@pytest.fixture
def wired(make_env: Callable[..., Env], tmp_path: Path) -> Iterator[Callable[..., tuple[Env, Wiring]]]:
    made: list[Wiring] = []

    def make(voice: Voice, settings: Settings | None = None) -> tuple[Env, Wiring]:
        env = make_env(settings or Settings(theme="light"))
        wiring = wire_window(env.window, SettingsLoad(env.settings), tmp_path / "config", voice=voice,
                             chimes=Chimes(has_output=lambda: True), screen_port=FakeScreenSaver(),
                             tray=FakeTray())
        made.append(wiring)
        return env, wiring

    yield make
    for wiring in made:
        wiring.shutdown()


def start_skin(env: Env) -> None:
    choose_on_home(env, "test-skin")
    env.window.presession.start_button.click()
    assert env.window.current_page() == "running"
    env.settle()                                 # its first checkpoint, on the writer's thread


def test_a_speech_service_that_never_answers_freezes_nothing(
        qtbot: QtBot, wired: Callable[..., tuple[Env, Wiring]], monkeypatch: pytest.MonkeyPatch) -> None:
    with silent_socket() as stuck:
        monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{stuck}")
        voice = Voice(limits=QUICK_LIMITS)       # the real engine, in its helper, at the stuck socket
        env, wiring = wired(voice)
        w = env.window
        heartbeat = Heartbeat()
        start_skin(env)                          # the first words: the helper starts, and hangs
        assert voice.link is not None and voice.link.pid is not None
        engine = w.controller.engine
        assert engine is not None and journal(env) == [(engine.session_id, 0)]

        # While the engine call hangs: the session's clock, its checkpoints and the emergency key.
        for _ in range(70):
            env.advance(1)
        assert engine.index == 1 and journal(env) == [(engine.session_id, 1)]
        QTest.keyClick(w, Qt.Key.Key_H)
        assert isinstance(w.dialog, EmergencyDialog) and w.dialog.isVisible()
        w.dialog.accept()
        assert not voice.ready and voice.problem == "" and wiring.cues.status == ""   # still pending

        # Past the time limit: given up, said once in the status bar and in the settings.
        qtbot.waitUntil(lambda: bool(voice.problem), timeout=15_000)
        longest = heartbeat.stop()
        assert longest < 1.0, f"the event loop stopped for {longest:.2f} s"
        assert voice.problem == "the speech service did not start within 2 seconds"
        assert wiring.cues.status == ("Spoken cues are silent: the speech service did not start within 2 "
                                      "seconds. Chimes still play.")
        assert w.statusBar().currentMessage() == (
            "Spoken cues are silent on this computer; chimes still play. Session ▸ Settings… says why.")
        w.registry.trigger("app.settings")
        assert isinstance(w.dialog, SettingsDialog)
        assert w.dialog.notice.text().count(wiring.cues.status) == 1
        w.dialog.reject()
        qtbot.waitUntil(lambda: not helpers_running(), timeout=5_000)   # the hung helper was killed
        env.advance(30)
        assert engine.state is State.RUNNING and voice.speak("Still here?") is False
        w.controller.runner.end()
        w.discard_session()


def hanging_helper(op: str) -> list[str]:
    """A helper whose engine never returns from the request ``op`` (the mock engine otherwise)."""
    code = ("import sys, time\n"
            "from touchtimer.ui.platform.speech_engine import SpeechEngine\n"
            "real = SpeechEngine.handle\n"
            "def handle(self, request):\n"
            f"    if request.get('op') == {op!r}:\n"
            "        time.sleep(3600)\n"
            "    real(self, request)\n"
            "SpeechEngine.handle = handle\n"
            "from touchtimer.ui.platform.speech_worker import main\n"
            "sys.exit(main())\n")
    return [sys.executable, "-c", code]


def test_a_helper_that_stops_answering_mid_session_is_given_up_on(qtbot: QtBot) -> None:
    voice = Voice("mock", isolated=True, limits=QUICK_LIMITS, command=hanging_helper("say"))
    problems: list[str] = []
    voice.problem_changed.connect(problems.append)
    assert voice.start()
    qtbot.waitUntil(lambda: voice.ready, timeout=15_000)
    assert voice.info["engine"] == "mock" and voice.info["language"] == "en"
    assert voice.speak("Next up: Arms.")
    qtbot.waitUntil(lambda: bool(problems), timeout=10_000)
    assert problems == ["the speech service stopped answering (nothing for 1 seconds)"]
    assert voice.speak("Nearly done.") is False and voice.link is None
    qtbot.waitUntil(lambda: not helpers_running(), timeout=5_000)


def test_a_helper_that_dies_is_reported(qtbot: QtBot) -> None:
    voice = Voice("mock", isolated=True, limits=QUICK_LIMITS)
    assert voice.start()
    qtbot.waitUntil(lambda: voice.ready, timeout=15_000)
    assert voice.link is not None and voice.link.pid is not None
    os.kill(voice.link.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: bool(voice.problem), timeout=5_000)
    assert voice.problem == "the speech helper stopped unexpectedly (signal 9)"


def test_no_speech_dispatcher_is_said_with_the_packages_to_install(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))      # the helper finds no speech-dispatcher
    monkeypatch.delenv("SPEECHD_ADDRESS", raising=False)
    voice = Voice("speechd", limits=QUICK_LIMITS)
    player = CuePlayer(Settings(), Driver(builtin("gentle-hello")).clock, voice=voice,
                       chimes=Chimes(has_output=lambda: True))
    assert player.probe() == ""
    qtbot.waitUntil(lambda: bool(player.status), timeout=15_000)
    assert player.status == (
        "Spoken cues are silent: speech-dispatcher is not installed (on Linux, install the "
        "speech-dispatcher and speech-dispatcher-espeak-ng packages). Chimes still play.")
    qtbot.waitUntil(lambda: not helpers_running(), timeout=5_000)


def test_no_speech_module_in_the_helper(qtbot: QtBot) -> None:
    voice = Voice(command=helper_failing_import("PySide6.QtTextToSpeech"), limits=QUICK_LIMITS)
    assert voice.speak("Hello")                    # taken: the helper has not said anything yet
    qtbot.waitUntil(lambda: bool(voice.problem), timeout=15_000)
    assert voice.problem == "the speech module could not be loaded"
    assert voice.speak("Hello") is False


@pytest.mark.parametrize("isolated", [False, True])
def test_no_voice_for_the_language_is_said_and_chimes_carry_on(
        qtbot: QtBot, tmp_path: Path, isolated: bool) -> None:
    voice = Voice("mock", isolated=isolated, limits=QUICK_LIMITS, system_locale="en_GB")
    driver = Driver(localize(builtin("gentle-hello"), "de"))    # the routine in German: a German voice
    rung: list[str] = []
    chimes = Chimes(has_output=lambda: True)
    chimes.played.connect(lambda kind, _volume: rung.append(kind))
    player = CuePlayer(Settings(), driver.clock, voice=voice, chimes=chimes)
    player.attach(driver.runner)          # the mock engine has English, Norwegian and Finnish voices
    driver.start()
    qtbot.waitUntil(lambda: bool(player.status), timeout=15_000)
    expected = "Spoken cues are silent: no German voice is installed. Chimes still play."
    assert player.status == expected
    driver.advance(3600)
    assert rung == ["stage"] * 5 + ["end"]
    dialog = SettingsDialog(Settings(), tmp_path, player, clock=driver.clock)
    qtbot.addWidget(dialog)
    assert expected in dialog.notice.text()
    assert [dialog.voice.itemText(i) for i in range(dialog.voice.count())] == ["System default"]
    player.shutdown()


def test_with_voice_cues_off_no_speech_process_is_ever_started(
        qtbot: QtBot, wired: Callable[..., tuple[Env, Wiring]]) -> None:
    voice = Voice(limits=QUICK_LIMITS)            # the real thing, were it ever started
    env, _ = wired(voice, Settings(theme="light", cue_mode="chimes_only"))
    w = env.window
    start_skin(env)
    env.advance(120)
    w.registry.trigger("app.settings")            # the dialog lists no voices in chimes-only mode
    dialog = w.dialog
    assert isinstance(dialog, SettingsDialog)
    assert [dialog.voice.itemText(i) for i in range(dialog.voice.count())] == ["System default"]
    assert not dialog.voice.isEnabled()
    assert voice.link is None and helpers_running() == []
    dialog.cue_mode.setCurrentIndex(dialog.cue_mode.findData("voice_and_chimes"))
    assert voice.link is not None                 # asked for: started, off the GUI thread
    dialog.cue_mode.setCurrentIndex(dialog.cue_mode.findData("silent"))
    assert voice.link is None                     # and ended again when voice is off
    dialog.reject()
    qtbot.waitUntil(lambda: not helpers_running(), timeout=5_000)
    w.controller.runner.end()
    w.discard_session()


@pytest.mark.parametrize(("system", "voice_name", "locale"), [
    ("C", "Mary", "en_US"),           # LANG=C: English words still get an English voice
    ("nb_NO", "Mary", "en_US"),       # a Norwegian system: English words, English voice
    ("en_GB", "Bob", "en_GB"),        # the system's own English when it has one
])
def test_the_voice_speaks_the_language_of_the_words(system: str, voice_name: str, locale: str) -> None:
    voice = Voice("mock", system_locale=system)
    assert voice.start()
    assert (voice.voice_name, voice.info["locale"], voice.info["language"]) == (voice_name, locale, "en")
    voice.set_language("fi")
    assert (voice.voice_name, voice.info["language"]) == ("Kari", "fi")


def test_a_saved_voice_of_another_english_locale_is_found() -> None:
    voice = mock_voice()                          # en_GB: Bob and Anne
    voice.configure("Mary", 0.0, 0.8)             # an en_US voice
    assert voice.start()
    assert voice.voice_name == "Mary" and voice.info["locale"] == "en_US"


def test_speech_gets_ready_while_the_checklist_is_read(wired: Callable[..., tuple[Env, Wiring]]) -> None:
    voice = mock_voice()
    env, _ = wired(voice)
    assert voice.link is None                     # Home: nothing started
    choose_on_home(env, "test-skin")              # the checklist: started now, not at "Start"
    assert voice.ready and voice.voice_names() == ["Bob", "Anne"]
    env.window.show_page("home")
