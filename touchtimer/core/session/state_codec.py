"""The engine state as JSON, for the checkpoint of a running session (``running_sessions.engine_state``).

Format 2 keeps one entry per stage (``{"seconds": ..., "outcome": ...}``, a
:class:`~touchtimer.core.session.engine_state.StageTally`). Format 1, written by earlier versions, kept
four parallel lists (``actual``, ``completed``, ``visited``, ``stopped``); it is still read, so a
session checkpointed before an update can be continued after it.

Reading never trusts the text: anything wrong raises ``ValueError`` with a plain message.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from touchtimer.core.session.engine_state import EngineState, StageTally, State
from touchtimer.core.session.record import STAGE_OUTCOMES, StageOutcome

STATE_FORMAT = 2
#: The format of checkpoints written before one per-stage tally replaced four parallel lists.
PARALLEL_LISTS_FORMAT = 1
_NUMBER = (int, float)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _moment(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def state_to_json(state: EngineState) -> str:
    return json.dumps({
        "format": STATE_FORMAT,
        "session_id": state.session_id, "routine_id": state.routine_id,
        "state": state.state.value, "index": state.index,
        "visit_elapsed": state.visit_elapsed, "extra": state.extra,
        "stages": [{"seconds": tally.seconds, "outcome": tally.outcome} for tally in state.stages],
        "next_prompt": list(state.next_prompt), "prompt_count": list(state.prompt_count),
        "soon_fired": state.soon_fired, "started_wall": _iso(state.started_wall),
        "wait_between_stages": state.wait_between_stages, "extra_spent": state.extra_spent,
    }, separators=(",", ":"))


def _check_type(value: Any, kind: type | tuple[type, ...], what: str) -> Any:
    if isinstance(value, bool) and kind is not bool:
        raise ValueError(f"{what} has the wrong type")
    if not isinstance(value, kind):
        raise ValueError(f"{what} is missing or has the wrong type")
    return value


def _field(raw: dict[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    return _check_type(raw.get(key), kind, f"'{key}'")


def _seq(raw: dict[str, Any], key: str, kind: type | tuple[type, ...]) -> tuple[Any, ...]:
    return tuple(_check_type(item, kind, f"a value in '{key}'") for item in _field(raw, key, list))


def _seconds(value: float) -> float:
    if not 0 <= value < 1e9:
        raise ValueError("the saved session state holds an impossible time")
    return float(value)


def _tallies(raw: dict[str, Any]) -> tuple[StageTally, ...]:
    tallies = []
    for entry in _seq(raw, "stages", dict):
        outcome = _field(entry, "outcome", str)
        if outcome not in STAGE_OUTCOMES:
            raise ValueError(f"the saved session state names an unknown stage outcome ({outcome!r})")
        tallies.append(StageTally(_seconds(_field(entry, "seconds", _NUMBER)), outcome))
    return tuple(tallies)


def _tallies_from_lists(raw: dict[str, Any]) -> tuple[StageTally, ...]:
    """Format 1's four parallel lists, as one tally per stage (the best outcome of its ended visits)."""
    actual = [_seconds(a) for a in _seq(raw, "actual", _NUMBER)]
    lists = (actual, _seq(raw, "completed", bool), _seq(raw, "visited", bool), _seq(raw, "stopped", bool))
    if any(len(values) != _field(raw, "stage_count", int) for values in lists):
        raise ValueError("the saved session state does not hold every stage")
    tallies = []
    for seconds, completed, visited, stopped in zip(*lists, strict=True):
        outcome: StageOutcome = ("done" if completed else "stopped" if stopped
                                 else "skipped" if visited else "not_reached")
        tallies.append(StageTally(seconds, outcome))
    return tuple(tallies)


def state_from_json(text: str) -> EngineState:
    """Read a saved engine state (either format); any problem raises ``ValueError`` with a plain message."""
    try:
        raw = json.loads(text)
    except (json.JSONDecodeError, RecursionError, TypeError) as exc:
        raise ValueError(f"the saved session state is not readable ({exc})") from None
    if not isinstance(raw, dict):
        raise ValueError("the saved session state is not an object")
    if raw.get("format") not in (STATE_FORMAT, PARALLEL_LISTS_FORMAT):
        raise ValueError("the saved session state has an unknown format")
    try:
        state = State(_field(raw, "state", str))
        started = _moment(_field(raw, "started_wall", str))
    except ValueError as exc:
        raise ValueError(f"the saved session state is damaged ({exc})") from None
    elapsed = _seconds(_field(raw, "visit_elapsed", _NUMBER))
    stages = _tallies(raw) if raw["format"] == STATE_FORMAT else _tallies_from_lists(raw)
    # Added time of stages that already ended; states written before it was kept have none.
    extra_spent = _field(raw, "extra_spent", int) if "extra_spent" in raw else 0
    if not 0 <= extra_spent < 1e9:
        raise ValueError("the saved session state holds an impossible time")
    return EngineState(
        session_id=_field(raw, "session_id", str), routine_id=_field(raw, "routine_id", str),
        state=state, index=_field(raw, "index", int), visit_elapsed=elapsed, extra=_field(raw, "extra", int),
        stages=stages, next_prompt=_seq(raw, "next_prompt", (int, type(None))),
        prompt_count=_seq(raw, "prompt_count", int), soon_fired=_field(raw, "soon_fired", bool),
        started_wall=started, wait_between_stages=_field(raw, "wait_between_stages", bool),
        extra_spent=extra_spent,
    )
