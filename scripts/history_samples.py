"""Realistic sample sessions for screenshots and measurements (never used by the app itself)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from touchtimer.core.babies.ages import Baby, due_from_gestation
from touchtimer.core.session.record import SessionRecord, StageRecord
from touchtimer.core.storage.store import Store

NOTES = [
    "Fell asleep on my chest after about ten minutes.",
    "Hiccups at the start, then settled.",
    "Fed just before; very relaxed afterwards.",
    "Fussy at first, calmer once the blanket was over us.",
    "Partner did this one.",
    "Loved the leg strokes, not keen on tummy today.",
    "Short one, needed a nappy change.",
    "Long nap together in the chair.",
]
SKIN = [("close-time", "Close time"), ("kangaroo-hold", "Kangaroo hold")]
MASSAGE = [("gentle-hello", "Gentle hello"), ("legs-and-feet", "Legs and feet")]


def make_babies(store: Store, today: date) -> list[Baby]:
    born = today - timedelta(weeks=9)
    mia = Baby("baby-mia", "Mia", born, due_from_gestation(born, 33, 2))
    store.babies.save(mia, created_at="2026-01-01T00:00:00+00:00")
    return [mia]


def _session(rng: random.Random, sid: str, start: datetime, kind: str, babies: list[str]) -> SessionRecord:
    routine_id, title = rng.choice(SKIN if kind == "skin_to_skin" else MASSAGE)
    if kind == "skin_to_skin":
        stage_specs = [("Settle in", 120), ("Hold", None), ("Back to the cot", 60)]
        hold = rng.choice([15, 20, 30, 40, 45, 60, 75, 90]) * 60
    else:
        stage_specs = [("Warm hands", 60), ("Legs and feet", 240), ("Tummy", 180), ("Arms and hands", 180),
                       ("Rest", 60)]
        hold = 0
    stages: list[StageRecord] = []
    total = 0
    early = rng.random() < 0.12
    for pos, (name, planned) in enumerate(stage_specs):
        if early and pos == len(stage_specs) - 1:
            stages.append(StageRecord(pos, name, None, planned, 0, "not_reached"))
            continue
        skipped = kind == "massage" and name == "Tummy" and rng.random() < 0.25
        actual = 0 if skipped else (hold if planned is None else planned + rng.randint(-10, 20))
        stages.append(StageRecord(pos, name, None, planned, actual, "skipped" if skipped else "done"))
        total += actual
    pause = rng.choice([0, 0, 0, 120, 300])
    return SessionRecord(
        id=sid, routine_id=routine_id, routine_title=title, kind=kind, started_at=start,
        ended_at=start + timedelta(seconds=total + pause), local_date=start.date(),
        planned_seconds=None if kind == "skin_to_skin" else sum(p or 0 for _, p in stage_specs),
        actual_seconds=total, status="ended_early" if early else "completed", stages=stages,
        baby_ids=babies, baby_response=rng.choice(["calm", "calm", "fell_asleep", "fussy", None]),
        mood_before=rng.choice([2, 3, 3, 4, None]), mood_after=rng.choice([3, 4, 4, 5, None]),
        notes=rng.choice(NOTES) if rng.random() < 0.35 else "",
    )


def fill(store: Store, today: date, days: int, tz: tzinfo | None = None, seed: int = 7,
         per_day: tuple[int, int] = (1, 3), babies: list[str] | None = None,
         now: datetime | None = None) -> int:
    """Sessions for ``days`` days up to ``today`` (local), some at night across midnight;
    none that would still be running at ``now``."""
    rng = random.Random(seed)
    records: list[SessionRecord] = []
    for back in range(days):
        day = today - timedelta(days=back)
        count = rng.randint(*per_day)
        for i in range(count):
            hour = rng.choice([6, 9, 11, 14, 17, 20, 23])
            local_start = datetime.combine(day, time(hour, rng.choice([0, 10, 25, 40, 50])))
            start = (local_start.replace(tzinfo=tz) if tz is not None else local_start.astimezone()) \
                .astimezone(UTC)
            kind = "massage" if rng.random() < 0.3 else "skin_to_skin"
            record = _session(rng, f"{day.isoformat()}-{i}-{seed}", start, kind, list(babies or []))
            if now is None or record.ended_at <= now:
                records.append(record)
    with store.batch():
        for record in records:
            store.sessions.save(record)
    return len(records)
