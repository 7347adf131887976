"""Small builders for history tests: sessions and babies with plain defaults."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from touchtimer.core.session.record import SessionRecord, StageRecord

T0 = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def session(sid: str, start: datetime = T0, minutes: float = 30, *, kind: str = "skin_to_skin",
            routine: str = "close-time", babies: list[str] | None = None, notes: str = "",
            seconds: int | None = None) -> SessionRecord:
    actual = int(minutes * 60) if seconds is None else seconds
    end = start + timedelta(seconds=actual)
    return SessionRecord(
        id=sid, routine_id=routine, routine_title=routine.replace("-", " ").title(), kind=kind,
        started_at=start, ended_at=end, local_date=start.date(), planned_seconds=actual,
        actual_seconds=actual, status="completed",
        stages=[StageRecord(0, "Settle in", None, 120, min(actual, 120), "done"),
                StageRecord(1, "Hold", None, None, max(0, actual - 120), "done"),
                StageRecord(2, "Return", None, 60, 0, "skipped")],
        baby_ids=list(babies or []), baby_response="calm", mood_before=2, mood_after=4, notes=notes,
    )
