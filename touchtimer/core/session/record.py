"""What a session leaves behind: the record the store keeps and the history shows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

SessionStatus = Literal["completed", "ended_early", "interrupted"]
#: How a stage went: in ``StageFinished`` events (one visit), in the record and in exports (the stage,
#: over all its visits). ``skipped``: moved on from early (next or back); ``stopped``: the session ended
#: during it; ``not_reached``: never begun (never in an event).
StageOutcome = Literal["done", "skipped", "stopped", "not_reached"]
BabyResponse = Literal["calm", "fussy", "fell_asleep", "cried"]
#: Whether baby fed at the breast during a hold; ``None`` on the record means "not recorded".
FedAtBreast = Literal["yes", "no"]

SESSION_STATUSES: tuple[SessionStatus, ...] = ("completed", "ended_early", "interrupted")
STAGE_OUTCOMES: tuple[StageOutcome, ...] = ("done", "skipped", "stopped", "not_reached")
BABY_RESPONSES: tuple[BabyResponse, ...] = ("calm", "fussy", "fell_asleep", "cried")
FED_AT_BREAST: tuple[FedAtBreast, ...] = ("yes", "no")


def new_session_id() -> str:
    return str(uuid.uuid4())


@dataclass
class StageRecord:
    """How one stage went: ``planned_seconds`` is ``None`` for an open-ended stage."""

    position: int
    title: str
    side: str | None
    planned_seconds: int | None
    actual_seconds: int
    status: StageOutcome

    @property
    def skipped(self) -> bool:
        return self.status in ("skipped", "not_reached")


@dataclass
class SessionRecord:
    """One session as saved. Times are timezone-aware UTC; ``local_date`` is the day it began."""

    id: str
    routine_id: str
    routine_title: str
    kind: str
    started_at: datetime
    ended_at: datetime
    local_date: date
    planned_seconds: int | None
    actual_seconds: int
    status: SessionStatus
    stages: list[StageRecord] = field(default_factory=list)
    baby_ids: list[str] = field(default_factory=list)
    baby_response: BabyResponse | None = None
    mood_before: int | None = None
    mood_after: int | None = None
    notes: str = ""
    #: Who held or massaged (caregiver ids; one or more, or none recorded).
    caregiver_ids: list[str] = field(default_factory=list)
    #: How each baby responded, by baby id, for a session with more than one baby. A one-baby session
    #: (and every older one) keeps its single answer in :attr:`baby_response`.
    baby_responses: dict[str, BabyResponse] = field(default_factory=dict)
    #: Optional kangaroo-care details, never required: ``None`` is "not recorded".
    fed_at_breast: FedAtBreast | None = None
    interruptions: int | None = None

    def response_for(self, baby_id: str) -> BabyResponse | None:
        """How ``baby_id`` responded: their own answer, else the session's single one."""
        return self.baby_responses.get(baby_id, self.baby_response)


@dataclass(frozen=True)
class Caregiver:
    """Someone who does sessions, named as the parent likes ("Mum", "Dad", "Grandma").

    ``mother`` marks the baby's mother: kangaroo-care units report her time and everyone else's
    separately.
    """

    id: str
    name: str
    mother: bool = False
