"""The engine state as JSON (the checkpoint of a running session): exact round trips, and the format
written before one per-stage tally replaced four parallel lists still reads the same."""

from __future__ import annotations

import json

import pytest

from tests.helpers.reliability_helpers import THREE_STAGES, three_stages
from touchtimer.core.clock import FakeClock
from touchtimer.core.routines.files import parse_routine
from touchtimer.core.session.engine import SessionEngine, State
from touchtimer.core.session.engine_state import StageTally
from touchtimer.core.session.state_codec import state_from_json, state_to_json

#: A checkpoint as version 1 of the format wrote it: three stages, 75 s in (the first stage done, 15 s
#: into the second), copied as it stands in ``running_sessions.engine_state``.
FORMAT_1 = (
    '{"format":1,"session_id":"0b7c3d5e-2f1a-4c8e-9d6b-1a2b3c4d5e6f","routine_id":"test-three",'
    '"stage_count":3,"state":"running","index":1,"visit_elapsed":15.0,"extra":0,'
    '"actual":[60.0,0.0,0.0],"completed":[true,false,false],"visited":[true,true,false],'
    '"stopped":[false,false,false],"next_prompt":[],"prompt_count":[],"soon_fired":false,'
    '"started_wall":"2026-01-05T20:00:00.000000+00:00","wait_between_stages":false,"extra_spent":0}'
)


def test_a_checkpoint_in_the_first_format_is_read_as_one_tally_per_stage() -> None:
    state = state_from_json(FORMAT_1)
    assert state.session_id == "0b7c3d5e-2f1a-4c8e-9d6b-1a2b3c4d5e6f" and state.routine_id == "test-three"
    assert state.state is State.RUNNING and state.index == 1 and state.visit_elapsed == 15.0
    assert state.stages == (StageTally(60.0, "done"), StageTally(0.0, "skipped"),
                            StageTally(0.0, "not_reached"))
    assert state.stage_count == 3 and state.total_elapsed == 75.0 and state.extra_spent == 0
    assert json.loads(state_to_json(state))["format"] == 2


def test_a_first_format_checkpoint_continues_exactly_like_one_written_now() -> None:
    """The same moment of the same session, kept in either format, continues the same way."""
    routine = three_stages()
    clock = FakeClock()
    engine = SessionEngine(routine, session_id="0b7c3d5e-2f1a-4c8e-9d6b-1a2b3c4d5e6f")
    engine.start(clock.now, clock.wall())
    clock.advance(75)
    engine.update(clock.now)
    now_written = state_to_json(engine.checkpoint_state(clock.now))
    clock.advance(60)
    runs = []
    for text in (FORMAT_1, now_written):
        resumed = SessionEngine.restore(routine, state_from_json(text), clock.now, clock.wall())
        assert resumed.state is State.PAUSED and resumed.index == 1
        before = resumed.record(clock.now), resumed.snapshot(clock.now)
        resumed.resume(clock.now)
        events = resumed.update(clock.now + 100) + resumed.end(clock.now + 130)
        runs.append((before, events, resumed.record()))
    assert runs[0] == runs[1]
    (record, _snapshot), _events, final = runs[0]
    assert [s.status for s in record.stages] == ["done", "stopped", "not_reached"]
    assert [s.actual_seconds for s in record.stages] == [60, 15, 0]
    assert [s.status for s in final.stages] == ["done", "done", "done"]
    assert [s.actual_seconds for s in final.stages] == [60, 60, 85]


@pytest.mark.parametrize(("change", "message"), [
    ({"actual": [60.0, 0.0]}, "every stage"),
    ({"visited": "yes"}, "'visited'"),
    ({"actual": [60.0, -1.0, 0.0]}, "impossible time"),
    ({"format": 7}, "unknown format"),
])
def test_a_damaged_first_format_checkpoint_says_what_is_wrong(change: dict[str, object],
                                                               message: str) -> None:
    raw = json.loads(FORMAT_1)
    raw.update(change)
    with pytest.raises(ValueError, match=message):
        state_from_json(json.dumps(raw))


def test_a_stage_outcome_outside_the_vocabulary_is_refused() -> None:
    clock = FakeClock()
    engine = SessionEngine(three_stages())
    engine.start(clock.now, clock.wall())
    raw = json.loads(state_to_json(engine.checkpoint_state(clock.now)))
    raw["stages"][0]["outcome"] = "completed"
    with pytest.raises(ValueError, match="unknown stage outcome"):
        state_from_json(json.dumps(raw))


def test_engine_state_survives_json_exactly() -> None:
    clock = FakeClock()
    engine = SessionEngine(three_stages(), wait_between_stages=True)
    engine.start(clock.now, clock.wall())
    clock.advance(45)
    engine.update(clock.now)
    engine.extend(clock.now, 30)
    state = engine.checkpoint_state(clock.now)
    assert state_from_json(state_to_json(state)) == state


def test_a_resumed_session_keeps_the_time_added_to_stages_that_already_ended() -> None:
    """Extend the first stage, let it run out, crash in the second: the planned total and the outer
    ring continue where they were instead of jumping back by the added minute."""
    routine = parse_routine(THREE_STAGES.replace("open_ended = true", "seconds = 60"),
                            file="test-fixed.toml", source="test")
    assert routine.total_seconds == 180
    clock = FakeClock()
    engine = SessionEngine(routine)
    engine.start(clock.now, clock.wall())
    engine.extend(clock.now, 60)
    first = engine.routine.stages[0].seconds
    assert first is not None
    for _ in range(first + 60 + 10):
        clock.advance(1)
        engine.update(clock.now)
    assert engine.index == 1
    before = engine.snapshot(clock.now)
    state = state_from_json(state_to_json(engine.checkpoint_state(clock.now)))
    assert state.extra_spent == 60
    resumed = SessionEngine.restore(routine, state, clock.now, clock.wall())
    after = resumed.snapshot(clock.now)
    assert after.total_planned == before.total_planned == 180 + 60
    assert after.total_progress == pytest.approx(before.total_progress)
    assert after.total_remaining == pytest.approx(before.total_remaining)


def test_a_saved_state_without_the_spent_extension_reads_as_none_spent() -> None:
    clock = FakeClock()
    engine = SessionEngine(three_stages())
    engine.start(clock.now, clock.wall())
    clock.advance(5)
    engine.update(clock.now)
    older = json.loads(state_to_json(engine.checkpoint_state(clock.now)))
    older.pop("extra_spent", None)                    # written before it was kept
    assert state_from_json(json.dumps(older)).extra_spent == 0
    older["extra_spent"] = -5
    with pytest.raises(ValueError):
        state_from_json(json.dumps(older))
