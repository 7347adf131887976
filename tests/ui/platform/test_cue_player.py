"""The cue player with Qt's "mock" speech engine and the project's chimes, over whole routines."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtTextToSpeech import QTextToSpeech

from tests.helpers import REPO_ROOT
from tests.helpers.session_driver import Driver, builtin
from tests.helpers.speech import mock_voice
from touchtimer.core.session.cues import Phrases
from touchtimer.core.settings import Settings
from touchtimer.ui.platform.chimes import Chimes, sounds_dir
from touchtimer.ui.platform.cue_player import CuePlayer
from touchtimer.ui.platform.voice import Voice

ROOT = REPO_ROOT

#: The end of a skin-to-skin routine, as spoken.
SKIN_END = ("That is the end of the routine. Take all the time you like. "
            "Feeling sleepy? Lay baby on their back in their cot.")


class Recorded:
    """A session with a cue player whose voice is Qt's mock engine; records what and when."""

    def __init__(self, routine_id: str, settings: Settings, *, wait: bool = False) -> None:
        self.driver = Driver(builtin(routine_id), wait=wait)
        self.voice = mock_voice()
        self.chimes = Chimes(has_output=lambda: True)   # no sound card here: QSoundEffects are still real
        self.player = CuePlayer(settings, self.driver.clock, voice=self.voice, chimes=self.chimes)
        self.spoken: list[tuple[float, str]] = []
        self.rung: list[tuple[float, str, float]] = []
        self.voice.said.connect(lambda text: self.spoken.append((self.driver.elapsed, text)))
        self.chimes.played.connect(lambda kind, volume: self.rung.append(
            (self.driver.elapsed, kind, round(volume, 3))))
        self.player.attach(self.driver.runner)


def test_whole_routine_spoken_by_the_mock_engine_at_the_right_moments() -> None:
    run = Recorded("gentle-hello", Settings(voice_rate=0.25, voice_volume=0.6, chime_volume=0.4))
    assert "mock" in QTextToSpeech.availableEngines()
    run.driver.start()
    run.driver.advance(3600)
    s = builtin("gentle-hello").stages
    assert run.spoken == [
        (0, "Ask first. Show baby your open hands and ask softly: may I massage you? Wait for their answer."),
        (20, "Bright eyes and a relaxed body mean yes. Looking away means not now."),
        (50, "Next up: Left leg and foot."),
        (60, "Left leg and foot. Stroke gently from thigh to foot, then circle the sole with your thumb."),
        (90, "Light as a feather. Pause with resting hands if baby looks away."),
        (140, "Next up: Right leg and foot."),
        (150, s[2].words),
        (230, "Next up: Arms and hands."),
        (240, s[3].words),
        (350, "Next up: Resting hands."),
        (360, s[4].words),
        (410, "Nearly done."),
        (420, "That is the end of the routine. Take all the time you like."),
    ]
    assert run.rung == [(0, "stage", 0.4), (60, "stage", 0.4), (150, "stage", 0.4), (240, "stage", 0.4),
                        (360, "stage", 0.4), (420, "end", 0.4)]
    info = run.voice.info
    assert info["engine"] == "mock" and info["language"] == "en"
    assert run.voice.speaking                               # the engine really took the words
    assert run.voice.link.engine.tts.state() == QTextToSpeech.State.Speaking
    assert info["rate"] == pytest.approx(0.25)
    assert info["volume"] == pytest.approx(0.6)
    assert run.player.status == ""
    effect = run.chimes.effect("end")
    assert effect.source().toLocalFile() == str(sounds_dir() / "end.wav")
    assert effect.volume() == pytest.approx(0.4)


def test_close_time_check_prompts_use_spoken_text_and_check_chime() -> None:
    run = Recorded("close-time", Settings(chime_volume=0.5))
    routine = builtin("close-time")
    check = routine.stages[1].prompts[0]
    run.driver.start()
    run.driver.advance(61)
    run.driver.command("confirm_checks")           # the checklist, a minute after baby was placed
    run.driver.advance(120 + 20 * 60 - 61)
    run.driver.command("next")
    run.driver.advance(60)
    assert run.spoken == [
        (0, routine.stages[0].words),
        (60, Phrases().checklist.format(items=" ".join(routine.safety))),
        (110, "Next up: Close time."),
        (120, routine.stages[1].words),
        (15 * 60, check.spoken),                    # 15 minutes after baby was placed
        (120 + 20 * 60, routine.stages[2].words),
        (120 + 20 * 60 + 50, "Nearly done."),
        (120 + 20 * 60 + 60, SKIN_END),
    ]
    assert [(t, k) for t, k, _ in run.rung] == [(0, "stage"), (60, "check"), (120, "stage"), (900, "check"),
                                                (1320, "stage"), (1380, "end")]


def test_a_safety_check_is_never_cut_short() -> None:
    """The parent presses Next just as a check is being said: the new stage's words wait behind it."""
    run = Recorded("close-time", Settings())
    interrupts: list[tuple[float, bool]] = []
    assert run.voice.start()
    tts = run.voice.link.engine.tts
    real_say, real_enqueue = tts.say, tts.enqueue

    def say(text: str) -> None:                # the mock engine, watched: say() cuts in
        interrupts.append((run.driver.elapsed, True))
        real_say(text)

    def enqueue(text: str) -> int:             # enqueue() waits its turn
        interrupts.append((run.driver.elapsed, False))
        return int(real_enqueue(text))

    tts.say, tts.enqueue = say, enqueue
    routine = builtin("close-time")
    run.driver.start()
    run.driver.advance(61)
    run.driver.command("confirm_checks")
    run.driver.advance(15 * 60 - 61)           # the first check falls due, 15 min after placing
    run.driver.advance(3)
    run.driver.command("next")                 # three seconds later: still being said
    run.driver.advance(60)
    assert run.spoken[-4:] == [(900, routine.stages[1].prompts[0].spoken), (903, routine.stages[2].words),
                               (953, "Nearly done."),
                               (963, SKIN_END)]
    assert interrupts == [(0, True), (60, False), (110, False), (120, True), (900, False), (903, False),
                          (953, False), (963, True)]


def test_after_a_stall_only_the_current_stage_is_said() -> None:
    run = Recorded("gentle-hello", Settings())
    run.driver.start()
    run.spoken.clear()
    run.rung.clear()
    run.driver.stall(245)
    assert run.spoken == [(245, builtin("gentle-hello").stages[3].words)]
    assert [k for _, k, _ in run.rung] == ["stage"]


def test_quiet_mode_and_chimes_only_and_silent() -> None:
    quiet = Recorded("gentle-hello", Settings(quiet_mode=True, chime_volume=0.8))
    quiet.driver.start()
    quiet.driver.advance(3600)
    assert quiet.spoken == []
    assert {v for _, _, v in quiet.rung} == {0.1}
    silent = Recorded("gentle-hello", Settings(cue_mode="silent"))
    silent.driver.start()
    silent.driver.advance(3600)
    assert silent.spoken == [] and silent.rung == []
    chimes_only = Recorded("gentle-hello", Settings(cue_mode="chimes_only"))
    chimes_only.driver.start()
    chimes_only.driver.advance(3600)
    assert chimes_only.spoken == [] and len(chimes_only.rung) == 6


def test_the_mock_engine_says_every_word(qtbot: QtBot) -> None:
    """One utterance played through Qt's mock engine and its own word timer.

    That timer is inside the engine (100 ms a word, less at a faster rate), so this cannot run on the
    fake clock; the fastest rate halves the real wait (about a quarter of a second), and the wait is for
    the engine's own "ready" signal, bounded generously: it returns as soon as the signal comes, and
    only a stuck engine meets the bound. The words must come in order, punctuation dropped."""
    voice = mock_voice()
    words: list[str] = []
    assert voice.start()
    voice.link.engine.tts.sayingWord.connect(lambda word, _id, _start, _length: words.append(word))
    voice.configure(voice.voice_name, 1.0, voice.volume)
    with qtbot.waitSignal(voice.speaking_changed, timeout=120_000,
                          check_params_cb=lambda speaking: not speaking):
        assert voice.speak("Next up: Arms and hands.", interrupt=True)
    assert words == ["Next", "up", "Arms", "and", "hands"]


def test_voice_choice_rate_and_volume() -> None:
    voice = mock_voice()
    assert voice.voice_names() == [] and not voice.voices_known     # nothing started yet
    assert voice.start()
    names = voice.voice_names()
    assert names == ["Bob", "Anne"] and voice.voice_name == "Bob"
    assert voice.info["locale"] == "en_GB"
    voice.configure(names[1], -0.5, 0.3)
    assert voice.voice_name == names[1]
    assert voice.rate == pytest.approx(-0.5)
    assert voice.volume == pytest.approx(0.3)


def test_missing_engine_is_a_plain_problem_not_an_error() -> None:
    voice = Voice("no-such-engine", isolated=False)
    assert voice.speak("Hello") is False
    assert voice.problem == "the speech engine “no-such-engine” is not installed"
    assert voice.voice_names() == []


def test_status_when_there_is_no_sound_output() -> None:
    player = CuePlayer(Settings(), Driver(builtin("gentle-hello")).clock, voice=mock_voice(),
                       chimes=Chimes(has_output=lambda: False))
    seen: list[str] = []
    player.status_changed.connect(seen.append)
    assert player.status == ""          # nothing is started before it is needed
    assert player.probe() == "Chimes are silent: no sound output device was found."
    assert seen == [player.status]
    player.set_settings(Settings(cue_mode="silent"))
    assert player.status == "" and seen[-1] == ""
    assert player.test_chime() is False


def test_missing_sound_files_are_reported(tmp_path: Path) -> None:
    chimes = Chimes(tmp_path, has_output=lambda: True)
    assert chimes.play("stage", 0.5) is False
    assert chimes.problem == f"the chime sound files are missing from {tmp_path}"


def test_test_chime_plays_at_the_chime_volume() -> None:
    chimes = Chimes(has_output=lambda: True)
    rung: list[tuple[str, float]] = []
    chimes.played.connect(lambda kind, volume: rung.append((kind, round(volume, 2))))
    player = CuePlayer(Settings(chime_volume=0.3), Driver(builtin("gentle-hello")).clock,
                       voice=mock_voice(), chimes=chimes)
    assert player.test_chime("check") is True
    assert rung == [("check", 0.3)]


def test_translated_phrases_default_to_english() -> None:
    player = CuePlayer(Settings(), Driver(builtin("gentle-hello")).clock, voice=mock_voice(),
                       chimes=Chimes(has_output=lambda: False))
    assert player.planner.phrases == Phrases()


def test_heavy_modules_are_not_imported_until_needed() -> None:
    code = (
        "import sys\n"
        "import touchtimer.ui.platform.cue_player, touchtimer.ui.platform.voice\n"
        "import touchtimer.ui.platform.chimes, touchtimer.ui.platform.tray\n"
        "import touchtimer.ui.platform.screen_awake, touchtimer.ui.settings.dialog, touchtimer.cli\n"
        "heavy = [m for m in ('PySide6.QtTextToSpeech', 'PySide6.QtMultimedia', 'PySide6.QtDBus')"
        " if m in sys.modules]\n"
        "print(heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
