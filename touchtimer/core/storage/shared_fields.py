"""The shared fields of each kind of entity, as JSON values, and back (checked).

A session is shared as a few fields that merge one by one: ``body`` (what ran: routine, times,
stages, status; written once and replaced whole), and the parts a parent edits afterwards: its
babies, caregivers, note, response(s), moods and kangaroo-care details. A baby, a caregiver and a
routine file are shared the same way. Reading a value back checks it as strictly as an import does
(``ValueError`` with a plain message), because it may come from a damaged or hostile file.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, cast

from touchtimer.core.babies.ages import Baby
from touchtimer.core.session.record import (
    BABY_RESPONSES,
    FED_AT_BREAST,
    SESSION_STATUSES,
    STAGE_OUTCOMES,
    BabyResponse,
    Caregiver,
    FedAtBreast,
    SessionRecord,
    SessionStatus,
    StageOutcome,
    StageRecord,
)
from touchtimer.core.storage.rows import iso, parse_moment

SESSION_FIELDS = ("body", "babies", "caregivers", "notes", "response", "responses", "mood_before",
                  "mood_after", "fed_at_breast", "interruptions")
BABY_FIELDS = ("name", "born_on", "due_on", "in_neonatal_care", "daily_target_minutes", "created_at")
CAREGIVER_FIELDS = ("name", "mother", "created_at")
ROUTINE_FIELDS = ("text",)
FIELDS: dict[str, tuple[str, ...]] = {"session": SESSION_FIELDS, "baby": BABY_FIELDS,
                                      "caregiver": CAREGIVER_FIELDS, "routine": ROUTINE_FIELDS}
#: Fields whose other laptop's value is kept when two laptops' changes differ ("changed on the
#: other laptop"). What ran (a session's body) and when a profile was made are not edits a parent makes.
CONFLICT_FIELDS: dict[str, frozenset[str]] = {
    "session": frozenset(SESSION_FIELDS) - {"body"},
    "baby": frozenset(BABY_FIELDS) - {"created_at"},
    "caregiver": frozenset({"name", "mother"}),
    "routine": frozenset(ROUTINE_FIELDS),
}
MAX_TEXT = 20_000
MAX_ID = 200
KINDS = ("skin_to_skin", "massage")


# -- checks ----------------------------------------------------------------------------------------

def _text(value: Any, what: str, *, limit: int = MAX_TEXT, empty: bool = True) -> str:
    if not isinstance(value, str) or len(value) > limit or (not empty and not value.strip()):
        raise ValueError(f"{what}: not usable text")
    return value


def _whole(value: Any, what: str, *, nullable: bool = False, low: int = 0, high: int = 2**31) -> int | None:
    if value is None and nullable:
        return None
    if type(value) is not int or not low <= value <= high:
        raise ValueError(f"{what}: not a whole number from {low} to {high}")
    return value


def _choice(value: Any, choices: tuple[str, ...], what: str) -> str | None:
    if value is None or (isinstance(value, str) and value in choices):
        return value
    raise ValueError(f"{what}: not one of {', '.join(choices)}")


def _ids(value: Any, what: str) -> list[str]:
    if not isinstance(value, list) or len(value) > 50:
        raise ValueError(f"{what}: not a list of ids")
    return sorted({_text(v, what, limit=MAX_ID, empty=False) for v in value})


def _flag(value: Any, what: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{what}: not true or false")
    return value


def _day(value: Any, what: str, *, nullable: bool = False) -> date | None:
    if value is None and nullable:
        return None
    try:
        return date.fromisoformat(_text(value, what, limit=10))
    except ValueError:
        raise ValueError(f"{what}: not a date") from None


# -- sessions --------------------------------------------------------------------------------------

def session_fields(r: SessionRecord) -> dict[str, Any]:
    """Every shared field of ``r`` as a JSON value."""
    return {
        "body": {
            "routine_id": r.routine_id, "routine_title": r.routine_title, "kind": r.kind,
            "started_at": iso(r.started_at), "ended_at": iso(r.ended_at),
            "local_date": r.local_date.isoformat(), "planned_seconds": r.planned_seconds,
            "actual_seconds": r.actual_seconds, "status": r.status,
            "stages": [[s.position, s.title, s.side, s.planned_seconds, s.actual_seconds, s.status]
                       for s in sorted(r.stages, key=lambda s: s.position)],
        },
        "babies": sorted(r.baby_ids),
        "caregivers": sorted(r.caregiver_ids),
        "notes": r.notes,
        "response": r.baby_response,
        "responses": dict(sorted(r.baby_responses.items())),
        "mood_before": r.mood_before,
        "mood_after": r.mood_after,
        "fed_at_breast": r.fed_at_breast,
        "interruptions": r.interruptions,
    }


def _stage(raw: Any) -> StageRecord:
    if not isinstance(raw, list) or len(raw) != 6:
        raise ValueError("a stage: not [position, title, side, planned, actual, status]")
    position = _whole(raw[0], "stage position", high=10_000)
    planned = _whole(raw[3], "stage planned seconds", nullable=True)
    actual = _whole(raw[4], "stage seconds")
    assert position is not None and actual is not None
    return StageRecord(position, _text(raw[1], "stage title", limit=500), _choice(raw[2], ("left", "right"),
                       "stage side"), planned, actual,
                       cast(StageOutcome, _choice(raw[5], STAGE_OUTCOMES, "stage status") or "done"))


def session_from_fields(session_id: str, v: Mapping[str, Any]) -> SessionRecord:
    """A session from its shared fields (``body`` required); raises ``ValueError`` when unusable."""
    body = v.get("body")
    if not isinstance(body, dict):
        raise ValueError("a session without what ran (its body)")
    _text(session_id, "session id", limit=MAX_ID, empty=False)
    try:
        started = parse_moment(_text(body.get("started_at"), "start", limit=40))
        ended = parse_moment(_text(body.get("ended_at"), "end", limit=40))
    except ValueError:
        raise ValueError("a session's start or end is not a date and time") from None
    if ended < started:
        raise ValueError("a session that ends before it starts")
    stages_raw = body.get("stages")
    if not isinstance(stages_raw, list) or len(stages_raw) > 500:
        raise ValueError("a session's stages are not a list")
    stages = [_stage(s) for s in stages_raw]
    if len({s.position for s in stages}) != len(stages):
        raise ValueError("two stages with the same position")
    local = _day(body.get("local_date"), "local date")
    actual = _whole(body.get("actual_seconds"), "actual seconds")
    assert local is not None and actual is not None
    responses_raw = v.get("responses", {})
    if not isinstance(responses_raw, dict) or len(responses_raw) > 50:
        raise ValueError("per-baby responses are not a map")
    responses = {_text(k, "baby id", limit=MAX_ID, empty=False):
                 cast(BabyResponse, _choice(r, BABY_RESPONSES, "a response") or "calm")
                 for k, r in responses_raw.items() if r is not None}
    return SessionRecord(
        id=session_id, routine_id=_text(body.get("routine_id"), "routine id", limit=MAX_ID, empty=False),
        routine_title=_text(body.get("routine_title"), "routine title", limit=500),
        kind=_choice(body.get("kind"), KINDS, "kind") or "skin_to_skin",
        started_at=started, ended_at=ended, local_date=local,
        planned_seconds=_whole(body.get("planned_seconds"), "planned seconds", nullable=True),
        actual_seconds=actual,
        status=cast(SessionStatus, _choice(body.get("status"), SESSION_STATUSES, "status") or "completed"),
        stages=stages, baby_ids=_ids(v.get("babies", []), "babies"),
        caregiver_ids=_ids(v.get("caregivers", []), "caregivers"),
        notes=_text(v.get("notes", ""), "notes"),
        baby_response=cast("BabyResponse | None", _choice(v.get("response"), BABY_RESPONSES, "response")),
        baby_responses=responses,
        mood_before=_whole(v.get("mood_before"), "mood before", nullable=True, low=1, high=5),
        mood_after=_whole(v.get("mood_after"), "mood after", nullable=True, low=1, high=5),
        fed_at_breast=cast("FedAtBreast | None", _choice(v.get("fed_at_breast"), FED_AT_BREAST, "fed")),
        interruptions=_whole(v.get("interruptions"), "interruptions", nullable=True, high=1000),
    )


# -- babies and caregivers -------------------------------------------------------------------------

def baby_fields(b: Baby, created_at: str) -> dict[str, Any]:
    return {"name": b.name, "born_on": b.born_on.isoformat(),
            "due_on": b.due_on.isoformat() if b.due_on else None, "in_neonatal_care": b.in_neonatal_care,
            "daily_target_minutes": b.daily_target_minutes, "created_at": created_at}


def baby_from_fields(baby_id: str, v: Mapping[str, Any]) -> tuple[Baby, str]:
    """A profile and its ``created_at`` from shared fields (``name`` and ``born_on`` required)."""
    born = _day(v.get("born_on"), "date of birth")
    assert born is not None
    created = v.get("created_at") or ""
    if created:
        try:
            created = iso(parse_moment(_text(created, "created", limit=40)))
        except ValueError:
            raise ValueError("a profile's creation time is not a date and time") from None
    baby = Baby(_text(baby_id, "baby id", limit=MAX_ID, empty=False),
                _text(v.get("name"), "name", limit=200, empty=False), born,
                _day(v.get("due_on"), "due date", nullable=True),
                in_neonatal_care=_flag(v.get("in_neonatal_care", False), "in neonatal care"),
                daily_target_minutes=_whole(v.get("daily_target_minutes"), "daily target", nullable=True,
                                            low=1, high=24 * 60))
    return baby, created


def caregiver_fields(c: Caregiver, created_at: str) -> dict[str, Any]:
    return {"name": c.name, "mother": c.mother, "created_at": created_at}


def caregiver_from_fields(caregiver_id: str, v: Mapping[str, Any]) -> tuple[Caregiver, str]:
    created = v.get("created_at") or ""
    if created:
        try:
            created = iso(parse_moment(_text(created, "created", limit=40)))
        except ValueError:
            raise ValueError("a caregiver's creation time is not a date and time") from None
    return (Caregiver(_text(caregiver_id, "caregiver id", limit=MAX_ID, empty=False),
                      _text(v.get("name"), "name", limit=80, empty=False),
                      _flag(v.get("mother", False), "mother")), created)
