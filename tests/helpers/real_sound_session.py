"""A short session with real sound, run as its own program by the real-sound test.

``python -m tests.helpers.real_sound_session`` (in the environment of a private sound server, see
:mod:`tests.helpers.sound_stack`) runs the app's own cue player with its real voice (the speech
helper process and its speech-dispatcher with espeak-ng) and real chimes (Qt Multimedia), both on,
over a two-stage routine on a fake clock stepped at chosen real moments, so that each sound has a
window of its own:

1. a quiet moment (nothing plays);
2. the session starts: the stage chime, and nothing said (the first stage has no words);
3. twenty seconds into the 30-second stage: "Next up: Resting hands." and no chime.

It prints one line ``RESULT {json}`` with the ``time.monotonic()`` moments of each window (the same
clock as the recorder's, in another process), what the voice said of itself, and the cue status;
then it ends the speech helper and leaves. A separate process keeps this run's Qt Multimedia and
its sound server apart from every other test's.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from tests.helpers.session_driver import Driver
from touchtimer.core.routines.model import Routine, Stage
from touchtimer.core.settings import Settings
from touchtimer.ui.platform.chimes import Chimes
from touchtimer.ui.platform.cue_player import CuePlayer
from touchtimer.ui.platform.voice import Voice

ROUTINE = Routine(
    id="sound-check", title="Sound check", kind="massage", min_age_weeks=0, max_age_weeks=104,
    summary="A chime, then a stage name.",
    stages=(Stage("Warm hands", "Rub your hands together.", seconds=30, spoken=" "),
            Stage("Resting hands", "Hands still on the tummy.", seconds=30)))


def wait(seconds: float, until: Any = None) -> None:
    """Run the event loop for ``seconds``, or until ``until()`` is true."""
    loop = QEventLoop()
    deadline = time.monotonic() + seconds
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if (until is not None and until()) or
                         time.monotonic() >= deadline else None)
    poll.start(10)
    loop.exec()
    poll.stop()


def main() -> int:
    app = QApplication(sys.argv[:1])
    driver = Driver(ROUTINE)
    voice = Voice()
    chimes = Chimes()
    player = CuePlayer(Settings(cue_mode="voice_and_chimes", voice_volume=1.0, chime_volume=1.0),
                       driver.clock, voice=voice, chimes=chimes)
    said: list[tuple[float, bool]] = []
    voice.speaking_changed.connect(lambda speaking: said.append((time.monotonic(), speaking)))
    player.attach(driver.runner)
    result: dict[str, Any] = {}
    player.probe()
    wait(60, lambda: voice.ready or bool(voice.problem))
    result["ready_at"] = time.monotonic()
    if voice.ready and not chimes.problem:
        wait(1.0)
        result["quiet"] = [result["ready_at"] + 0.2, time.monotonic()]
        chime_at = time.monotonic()
        driver.start()                            # stage 1: its chime, no words
        wait(2.5)
        result["chime"] = [chime_at, time.monotonic()]
        speech_at = time.monotonic()
        driver.advance(20)                        # ten seconds before its end: "Next up: ..."
        wait(15, lambda: any(not speaking for at, speaking in said if at > speech_at))
        wait(0.3)
        result["speech"] = [speech_at, time.monotonic()]
    result.update(info=voice.info, status=player.status, voice_problem=voice.problem,
                  chimes_problem=chimes.problem, said=said,
                  helper_folder=str(voice.link.folder) if voice.link is not None else "")
    player.detach()
    player.shutdown()
    wait(0.5)
    print("RESULT " + json.dumps(result), flush=True)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
