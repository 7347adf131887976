"""The one mapping between stored rows and the records the rest of touchtimer uses.

Sessions (:class:`SessionRecord` with its :class:`StageRecord` list and baby ids), babies
(:class:`Baby`), crash-journal rows (:class:`Checkpoint`), and the light rows history lists read
(:class:`SessionRow`, :class:`SessionSpan`). Moments are stored as ISO 8601 text in UTC
(:func:`iso`); text from an older file without an offset is read as UTC (:func:`parse_moment`).
Dates are ISO dates. Only the storage package uses the value tuples; everyone else gets records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, NamedTuple, cast

from touchtimer.core.babies.ages import Baby
from touchtimer.core.session.record import (
    BabyResponse,
    Caregiver,
    FedAtBreast,
    SessionRecord,
    SessionStatus,
    StageOutcome,
    StageRecord,
)


def iso(moment: datetime, timespec: str = "seconds") -> str:
    """``moment`` as stored: ISO 8601 in UTC (whole seconds unless ``timespec`` says otherwise)."""
    return moment.astimezone(UTC).isoformat(timespec=timespec)


def parse_moment(text: str) -> datetime:
    """A stored moment; text without an offset (an older or hand-made file) is UTC."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


# -- sessions and their stages -----------------------------------------------------------------

SESSION_COLUMNS = ("id", "routine_id", "routine_title", "kind", "started_at", "ended_at", "local_date",
                   "planned_seconds", "actual_seconds", "status", "baby_response", "mood_before",
                   "mood_after", "notes", "fed_at_breast", "interruptions")
STAGE_COLUMNS = ("session_id", "position", "title", "side", "planned_seconds", "actual_seconds", "status")


def session_values(r: SessionRecord) -> tuple[Any, ...]:
    """The ``sessions`` row for ``r``, in :data:`SESSION_COLUMNS` order."""
    return (r.id, r.routine_id, r.routine_title, r.kind, iso(r.started_at), iso(r.ended_at),
            r.local_date.isoformat(), r.planned_seconds, r.actual_seconds, r.status,
            r.baby_response, r.mood_before, r.mood_after, r.notes, r.fed_at_breast, r.interruptions)


def stage_values(session_id: str, s: StageRecord) -> tuple[Any, ...]:
    """One ``session_stages`` row, in :data:`STAGE_COLUMNS` order."""
    return (session_id, s.position, s.title, s.side, s.planned_seconds, s.actual_seconds, s.status)


def stage_from_row(row: Sequence[Any]) -> StageRecord:
    """A stage from a row in :data:`STAGE_COLUMNS` order (the session id first, ignored here)."""
    return StageRecord(row[1], row[2], row[3], row[4], row[5], cast(StageOutcome, row[6]))


def session_from_row(row: Any, stages: list[StageRecord], baby_ids: list[str],
                     caregiver_ids: list[str] | None = None,
                     responses: dict[str, BabyResponse] | None = None) -> SessionRecord:
    """A session from its ``sessions`` row (read by column name), its stages, babies, caregivers and
    per-baby responses."""
    return SessionRecord(
        id=row["id"], routine_id=row["routine_id"], routine_title=row["routine_title"],
        kind=row["kind"], started_at=parse_moment(row["started_at"]),
        ended_at=parse_moment(row["ended_at"]), local_date=date.fromisoformat(row["local_date"]),
        planned_seconds=row["planned_seconds"], actual_seconds=row["actual_seconds"],
        status=cast(SessionStatus, row["status"]), stages=stages, baby_ids=baby_ids,
        baby_response=cast("BabyResponse | None", row["baby_response"]),
        mood_before=row["mood_before"], mood_after=row["mood_after"], notes=row["notes"],
        caregiver_ids=caregiver_ids or [], baby_responses=responses or {},
        fed_at_breast=cast("FedAtBreast | None", row["fed_at_breast"]), interruptions=row["interruptions"],
    )


@dataclass(frozen=True)
class SessionRow:
    """What a history list shows for one session, read in one query (no stages)."""

    id: str
    routine_id: str
    routine_title: str
    kind: str
    started_at: datetime
    ended_at: datetime
    actual_seconds: int
    status: str
    baby_ids: tuple[str, ...]
    baby_response: str | None
    has_note: bool


#: The columns :func:`session_row_from` reads, in order (``has_note`` and ``babies`` are computed).
SESSION_ROW_SELECT = (
    "id, routine_id, routine_title, kind, started_at, ended_at, actual_seconds, status, baby_response,"
    " notes != '' AS has_note,"
    " (SELECT group_concat(baby_id, char(31)) FROM session_babies b WHERE b.session_id = sessions.id)"
    " AS babies"
)


def session_row_from(r: Sequence[Any]) -> SessionRow:
    return SessionRow(r[0], r[1], r[2], r[3], parse_moment(r[4]), parse_moment(r[5]), int(r[6]), r[7],
                      tuple(sorted(r[10].split("\x1f"))) if r[10] else (), r[8], bool(r[9]))


@dataclass(frozen=True)
class SessionSpan:
    """When a session ran and for how long: all the daily totals need."""

    kind: str
    started_at: datetime
    ended_at: datetime
    actual_seconds: int
    #: Who held or massaged (sorted caregiver ids; empty when not recorded).
    caregiver_ids: tuple[str, ...] = ()


#: The columns :func:`span_from_row` reads, in order.
SPAN_SELECT = (
    "kind, started_at, ended_at, actual_seconds,"
    " (SELECT group_concat(caregiver_id, char(31)) FROM session_caregivers c"
    " WHERE c.session_id = sessions.id) AS caregivers"
)


def span_from_row(r: Sequence[Any]) -> SessionSpan:
    return SessionSpan(r[0], parse_moment(r[1]), parse_moment(r[2]), int(r[3]),
                       tuple(sorted(r[4].split("\x1f"))) if len(r) > 4 and r[4] else ())


# -- babies --------------------------------------------------------------------------------------

BABY_COLUMNS = ("id", "name", "born_on", "due_on", "created_at", "in_neonatal_care", "daily_target_minutes")
#: What :func:`baby_from_row` reads, in order.
BABY_SELECT = "id, name, born_on, due_on, in_neonatal_care, daily_target_minutes"


def baby_values(baby: Baby, created_at: str) -> tuple[Any, ...]:
    """The ``babies`` row for ``baby``, in :data:`BABY_COLUMNS` order."""
    return (baby.id, baby.name, baby.born_on.isoformat(),
            baby.due_on.isoformat() if baby.due_on else None, created_at, int(baby.in_neonatal_care),
            baby.daily_target_minutes)


def baby_from_row(row: Sequence[Any]) -> Baby:
    """A baby from a row in :data:`BABY_SELECT` order (``(id, name, born_on, due_on)`` at least)."""
    return Baby(row[0], row[1], date.fromisoformat(row[2]), _day(row[3]),
                in_neonatal_care=bool(row[4]) if len(row) > 4 else False,
                daily_target_minutes=row[5] if len(row) > 5 else None)


class StoredBaby(NamedTuple):
    """A ``babies`` row as stored, text for text (the export writes exactly this)."""

    id: str
    name: str
    born_on: str
    due_on: str | None
    created_at: str
    in_neonatal_care: int = 0
    daily_target_minutes: int | None = None


# -- caregivers ------------------------------------------------------------------------------------

CAREGIVER_COLUMNS = ("id", "name", "mother", "created_at")


def caregiver_values(c: Caregiver, created_at: str) -> tuple[Any, ...]:
    return (c.id, c.name, int(c.mother), created_at)


def caregiver_from_row(row: Sequence[Any]) -> Caregiver:
    """A caregiver from ``(id, name, mother)``."""
    return Caregiver(row[0], row[1], bool(row[2]))


# -- the crash journal ------------------------------------------------------------------------------

CHECKPOINT_COLUMNS = ("session_id", "routine_id", "stage_index", "stage_elapsed", "total_elapsed",
                      "wait_for_me", "engine_state", "checkpoint_at", "owner_pid", "owner_boot",
                      "recovered_at", "finished_status")


@dataclass(frozen=True)
class Checkpoint:
    """One journal row: a session that is running, or whose process stopped without finishing it."""

    session_id: str
    routine_id: str
    stage_index: int
    stage_elapsed: float
    total_elapsed: float
    wait_for_me: bool
    checkpoint_at: datetime
    engine_state: str
    recovered_at: datetime | None
    #: The process that wrote it, and that machine's boot (to tell a live writer from a dead one).
    owner_pid: int | None = None
    owner_boot: str = ""
    #: How the session ended, once it has (its summary was on screen, not yet saved); ``None`` while
    #: it runs. A finished one is offered to be saved, never to be continued.
    finished_status: SessionStatus | None = None

    @property
    def finished(self) -> bool:
        return self.finished_status is not None

    def ended_ago(self, now_wall: datetime) -> timedelta:
        return max(timedelta(0), now_wall - self.checkpoint_at)


def checkpoint_values(c: Checkpoint) -> tuple[Any, ...]:
    """The ``running_sessions`` row for ``c``, in :data:`CHECKPOINT_COLUMNS` order (to the microsecond)."""
    return (c.session_id, c.routine_id, c.stage_index, c.stage_elapsed, c.total_elapsed, int(c.wait_for_me),
            c.engine_state, iso(c.checkpoint_at, "microseconds"), c.owner_pid, c.owner_boot,
            iso(c.recovered_at, "microseconds") if c.recovered_at else None, c.finished_status)


def checkpoint_from_row(row: Any) -> Checkpoint:
    return Checkpoint(
        session_id=row["session_id"], routine_id=row["routine_id"], stage_index=row["stage_index"],
        stage_elapsed=row["stage_elapsed"], total_elapsed=row["total_elapsed"],
        wait_for_me=bool(row["wait_for_me"]), checkpoint_at=parse_moment(row["checkpoint_at"]),
        engine_state=row["engine_state"],
        recovered_at=parse_moment(row["recovered_at"]) if row["recovered_at"] else None,
        owner_pid=row["owner_pid"], owner_boot=row["owner_boot"] or "",
        finished_status=cast("SessionStatus | None", row["finished_status"]),
    )
