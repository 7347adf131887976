"""Small shared pieces for the reliability tests (no Qt here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from touchtimer.core.clock import FakeClock, FakeScheduler
from touchtimer.core.history.import_check import read_export_file
from touchtimer.core.routines.files import parse_routine
from touchtimer.core.routines.model import Routine
from touchtimer.core.session.journal import Checkpointer
from touchtimer.core.session.record import SessionRecord
from touchtimer.core.session.runner import SessionRunner
from touchtimer.core.storage.store import Store

THREE_STAGES = '''format = 1
id = "test-three"
title = "Three stages"
kind = "skin_to_skin"
summary = "A routine for tests."
min_age_weeks = 0
max_age_weeks = 52
safety = ["Face can be seen."]

[[stages]]
title = "One"
instruction = "First."
seconds = 60

[[stages.prompts]]
text = "Breathe slowly."
every_seconds = 20

[[stages]]
title = "Two"
instruction = "Second."
seconds = 60

[[stages]]
title = "Three"
instruction = "As long as you like."
open_ended = true

[[stages.prompts]]
text = "Check: face visible."
kind = "check"
every_seconds = 50
'''


def three_stages() -> Routine:
    return parse_routine(THREE_STAGES, file="test-three.toml", source="test")


def checkpointed_session(store: Store, clock: FakeClock, routine: Routine | None = None,
                         **checkpointer_args: Any) -> tuple[SessionRunner, Checkpointer]:
    """A session of ``routine`` (:func:`three_stages` by default) started on ``clock`` by a runner,
    with a :class:`Checkpointer` keeping it in ``store``, as the window does it."""
    runner = SessionRunner(clock, FakeScheduler(clock))
    runner.load(routine or three_stages())
    checkpointer = Checkpointer(store, runner, **checkpointer_args)
    runner.start()
    return runner, checkpointer


def refresh_for(runner: SessionRunner, checkpointer: Checkpointer, clock: FakeClock, seconds: int) -> None:
    """The once-a-second refresh, as the window does it, for ``seconds`` seconds."""
    for _ in range(seconds):
        clock.advance(1)
        runner.update()
        checkpointer.tick(clock.now)


def the_one_session(path: Path) -> SessionRecord:
    """The session in a file "save as file" wrote: an ordinary export holding exactly one."""
    parsed = read_export_file(path)
    assert len(parsed.sessions) == 1, [r.id for r in parsed.sessions]
    return parsed.sessions[0]
