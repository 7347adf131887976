"""Small shared pieces for the reliability tests (no Qt here)."""

from __future__ import annotations

from pathlib import Path

from touchtimer.core.history.import_check import read_export_file
from touchtimer.core.routines.files import parse_routine
from touchtimer.core.routines.model import Routine
from touchtimer.core.session.record import SessionRecord

THREE_STAGES = '''format = 1
id = "test-three"
title = "Three stages"
kind = "skin_to_skin"
summary = "A routine for tests."
min_age_weeks = 0
max_age_weeks = 52

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
'''


def three_stages() -> Routine:
    return parse_routine(THREE_STAGES, file="test-three.toml", source="test")


def the_one_session(path: Path) -> SessionRecord:
    """The session in a file "save as file" wrote: an ordinary export holding exactly one."""
    parsed = read_export_file(path)
    assert len(parsed.sessions) == 1, [r.id for r in parsed.sessions]
    return parsed.sessions[0]
