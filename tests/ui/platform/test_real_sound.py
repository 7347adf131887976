"""Real sound, really heard: a chime and a spoken stage name on a private PulseAudio's null sink.

The rest of the suite speaks with Qt's mock engine; this one test runs the whole chain a parent's
laptop runs (the app's cue player, its speech helper process, the helper's own speech-dispatcher with
espeak-ng, Qt Multimedia for the chime) under ``LANG=C`` and records what reaches the sound server.
It needs the packages named in :mod:`tests.helpers.sound_stack` and fails, naming them, without.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.helpers import REPO_ROOT
from tests.helpers.processes import running_with
from tests.helpers.sound_stack import sound_stack

#: Digital silence on a null sink is 0; anything heard is far above this (16-bit RMS).
QUIET = 20.0
HEARD = 300.0


@pytest.mark.slow
def test_a_chime_and_the_spoken_stage_name_are_really_played_in_an_english_voice() -> None:
    with sound_stack() as stack:
        env = {**stack.env, "LANG": "C", "LC_ALL": "C", "LANGUAGE": "", "QT_QPA_PLATFORM": "offscreen",
               "PYTHONPATH": str(REPO_ROOT), "TMPDIR": str(stack.folder)}
        run = subprocess.run([sys.executable, "-m", "tests.helpers.real_sound_session"], cwd=REPO_ROOT,
                             env=env, capture_output=True, text=True, timeout=180, check=False)
        lines = [line for line in run.stdout.splitlines() if line.startswith("RESULT ")]
        assert run.returncode == 0 and lines, run.stdout + run.stderr[-3000:]
        result = json.loads(lines[-1][len("RESULT "):])
        assert result["voice_problem"] == "" and result["chimes_problem"] == "", result
        assert result["status"] == ""

        info = result["info"]                                  # LANG=C, and still English
        assert info["engine"] == "speechd" and info["language"] == "en", info
        assert info["locale"].startswith("en_") and info["voice"].startswith("English"), info

        heard = stack.recording
        quiet = heard.rms(*result["quiet"])
        chime_start, chime_end = result["chime"]
        chime = heard.rms(chime_start, chime_start + 1.0)
        after_chime = heard.rms(chime_start + 2.2, chime_end)   # the 1.8-second chime is over
        speech_start, speech_end = result["speech"]
        speech = heard.rms(speech_start, speech_end)
        figures = (f"quiet {quiet:.0f}, chime {chime:.0f}, after the chime {after_chime:.0f}, "
                   f"speech {speech:.0f} (of {heard.seconds:.1f} s recorded)")
        print(figures)
        assert quiet < QUIET and after_chime < QUIET, figures
        assert chime > HEARD and speech > HEARD, figures
        spoke = [at for at, speaking in result["said"] if speaking]
        assert spoke and speech_start <= spoke[0] < speech_end, result["said"]

        # The speech helper and its speech-dispatcher ended with the session's program.
        assert running_with(result["helper_folder"]) == []
    assert running_with(str(stack.folder)) == []           # and the sound server with the test
