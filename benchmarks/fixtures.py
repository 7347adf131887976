"""Test data for the suite: routine files with chosen stage lengths, and many realistic sessions.

Everything is generated from a fixed seed, so two runs measure the same data. No Qt here.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from touchtimer.core import paths
from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.routines.files import builtin_routines
from touchtimer.core.session.record import SessionRecord, SessionStatus, StageOutcome, StageRecord
from touchtimer.core.storage.store import Store, open_store

#: A quiet session: one long stage with no prompts, so nothing changes but the shown time.
QUIET_ROUTINE = "bench-quiet"
#: The timing check: six stages of ten seconds each.
TIMING_ROUTINE = "bench-timing"


def routine_toml(routine_id: str, title: str, stage_seconds: Sequence[int]) -> str:
    """A minimal, valid massage routine file with one stage per entry of ``stage_seconds``."""
    lines = [
        "format = 1",
        f'id = "{routine_id}"',
        f'title = "{title}"',
        'kind = "massage"',
        'summary = "A routine made by the benchmark suite."',
        "min_age_weeks = 0",
        "max_age_weeks = 104",
    ]
    for i, seconds in enumerate(stage_seconds, start=1):
        lines += ["", "[[stages]]", f'title = "Stage {i}"', 'instruction = "Resting hands."',
                  f"seconds = {seconds}"]
    return "\n".join(lines) + "\n"


def write_routine(data_dir: Path, routine_id: str, title: str, stage_seconds: Sequence[int]) -> Path:
    folder = paths.routines_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{routine_id}.toml"
    path.write_text(routine_toml(routine_id, title, stage_seconds), "utf-8")
    return path


def fake_sessions(count: int, *, seed: int = 9, baby_ids: Sequence[str] = (),
                  end: datetime | None = None) -> list[SessionRecord]:
    """``count`` sessions of the built-in routines, spread over the days before ``end``.

    About three a day, newest last, mostly completed, some ended early, a few with notes, so the
    history view has real day groups, totals and filters to work through.
    """
    rng = random.Random(seed)
    routines = builtin_routines().routines
    end = end or datetime(2026, 11, 20, 21, 0, tzinfo=UTC)
    moment = end - timedelta(hours=8 * count)
    out: list[SessionRecord] = []
    for n in range(count):
        moment += timedelta(hours=8, minutes=rng.randint(-180, 180))
        routine = rng.choice(routines)
        status: SessionStatus = rng.choices(("completed", "ended_early", "interrupted"), (85, 12, 3))[0]
        stages: list[StageRecord] = []
        total = 0
        stop_at = len(routine.stages) if status == "completed" else rng.randrange(len(routine.stages))
        for i, stage in enumerate(routine.stages):
            planned = stage.seconds
            if i < stop_at:
                actual = planned if planned is not None else rng.randint(20, 90) * 60
                st: StageOutcome = "done"
            elif i == stop_at:
                actual = rng.randint(0, planned or 600)
                st = "stopped"
            else:
                actual, st = 0, "not_reached"
            total += actual
            stages.append(StageRecord(i, stage.title, stage.side, planned, actual, st))
        started = moment.replace(microsecond=0)
        out.append(SessionRecord(
            id=f"bench-{seed}-{n:06d}", routine_id=routine.id, routine_title=routine.title,
            kind=routine.kind, started_at=started, ended_at=started + timedelta(seconds=total),
            local_date=started.astimezone().date(), planned_seconds=routine.total_seconds,
            actual_seconds=total, status=status, stages=stages,
            baby_ids=[rng.choice(baby_ids)] if baby_ids else [],
            baby_response=rng.choice((None, "calm", "fell_asleep", "fussy")),
            mood_before=rng.choice((None, 2, 3)), mood_after=rng.choice((None, 3, 4)),
            notes="Settled quickly after the second stage." if rng.random() < 0.1 else "",
        ))
    return out


def insert_sessions(store: Store, records: Sequence[SessionRecord]) -> None:
    """Write many sessions in one transaction (set-up only; one save is measured on its own)."""
    with store.batch():
        for record in records:
            store.sessions.save(record)


def make_data_dir(data_dir: Path, sessions: int, *, seed: int = 9) -> Store:
    """A data folder with two babies and ``sessions`` stored sessions; returns the open store."""
    data_dir.mkdir(parents=True, exist_ok=True)
    store = open_store(paths.database_path(data_dir))
    made = date(2027, 1, 1)
    babies = [add_baby(store, "Ada", date(2026, 3, 1), today=made).id,
              add_baby(store, "Sam", date(2026, 6, 1), today=made).id]
    insert_sessions(store, fake_sessions(sessions, seed=seed, baby_ids=babies))
    return store
