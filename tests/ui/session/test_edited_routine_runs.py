"""An edited routine, loaded from the user folder, runs through the engine and is saved like a built-in."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from touchtimer.core import paths
from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.routines.files import builtin_routines, load_all
from touchtimer.core.routines.model import Prompt
from touchtimer.core.routines.user_files import copy_of, save_routine
from touchtimer.core.session.engine import SessionEngine, State
from touchtimer.core.session.events import PromptDue, SessionFinished, StageStarted
from touchtimer.core.storage.store import SessionFilter, open_store


def test_edited_routine_runs_start_to_finish_and_is_saved(data_dir: Path) -> None:
    original = builtin_routines().by_id("gentle-hello")
    assert original is not None
    # the edit: no tummy-like "Resting hands" stage, a shorter arms stage with a prompt, new title
    arms = replace(original.stages[3], seconds=60, prompts=(Prompt("Open the palm", at_seconds=30),))
    edited = replace(copy_of(original, [original.id], "Gentle hello, short"),
                     stages=(*original.stages[:3], arms), min_age_weeks=1, max_age_weeks=6)
    folder = paths.routines_dir(data_dir)
    path = save_routine(edited, folder)

    loaded = load_all(folder).by_id(edited.id)
    assert loaded is not None
    assert loaded.source == str(path)
    assert [s.title for s in loaded.stages] == [s.title for s in edited.stages]

    engine = SessionEngine(loaded)
    events = engine.start(0.0, datetime(2026, 1, 5, 20, 0, tzinfo=UTC))
    events += engine.update(loaded.total_seconds or 0)
    assert engine.state is State.FINISHED
    started = [e.index for e in events if isinstance(e, StageStarted)]
    assert started == [0, 1, 2, 3]
    assert [e.prompt.text for e in events if isinstance(e, PromptDue)][-1] == "Open the palm"
    assert isinstance(events[-1], SessionFinished) and events[-1].status == "completed"

    with open_store(paths.database_path(data_dir)) as store:
        baby = add_baby(store, "Ada", date(2025, 12, 1), today=date(2026, 1, 5))
        record = replace(engine.record(), baby_ids=[baby.id])
        store.sessions.save(record)
        saved = store.sessions.list(SessionFilter(routine_id=edited.id, baby_id=baby.id))
    assert len(saved) == 1
    assert saved[0].routine_title == "Gentle hello, short"
    assert saved[0].actual_seconds == 60 + 90 + 90 + 60
    assert [s.status for s in saved[0].stages] == ["done"] * 4
