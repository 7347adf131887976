"""Eight hours on a fake clock with random stalls: every stage change lands exactly on its due time.

The loop drives the app's own session runner the way the window does (its single-shot timer for the
next due moment, plus a once-a-second refresh), but every wake-up arrives late by a random stall:
mostly a few milliseconds, sometimes seconds, now and then minutes (a suspended laptop, a busy
machine). The engine must still report each stage boundary at exactly the sum of the stage lengths
before it, and finish exactly at the planned total. No Qt here.
"""

from __future__ import annotations

import random
import time
from typing import Any

from touchtimer.core.clock import FakeClock, FakeScheduler
from touchtimer.core.routines.model import Routine, Stage
from touchtimer.core.session.events import Event, SessionFinished, StageStarted
from touchtimer.core.session.runner import SessionRunner

REFRESH = 1.0


def stage_lengths(total_seconds: int, rng: random.Random) -> list[int]:
    """Whole-second stage lengths between 30 s and 20 min that add up to ``total_seconds``."""
    lengths: list[int] = []
    left = total_seconds
    while left > 1200:
        length = rng.randint(30, 1200)
        lengths.append(length)
        left -= length
    lengths.append(left)
    return lengths


def stall(rng: random.Random) -> float:
    roll = rng.random()
    if roll < 0.90:
        return rng.uniform(0.0, 0.02)
    if roll < 0.99:
        return rng.uniform(0.1, 5.0)
    return rng.uniform(10.0, 600.0)


def run_drift(hours: float = 8.0, seed: int = 8) -> dict[str, Any]:
    rng = random.Random(seed)
    total = round(hours * 3600)
    lengths = stage_lengths(total, rng)
    routine = Routine(
        id="drift", title="Drift", kind="skin_to_skin", min_age_weeks=0, max_age_weeks=104,
        summary="A long routine for the drift check.",
        stages=tuple(Stage(f"Stage {i}", "Hold.", seconds=s) for i, s in enumerate(lengths)),
    )
    clock = FakeClock(now=1000.0)
    scheduler = FakeScheduler(clock)
    runner = SessionRunner(clock, scheduler)
    events: list[Event] = []
    runner.subscribe(events.append)
    began = time.perf_counter()
    start = clock.now
    engine = runner.begin(routine)
    wakeups = stalls = 0
    worst_stall = 0.0
    while not isinstance(events[-1], SessionFinished):
        due = scheduler.due
        planned = clock.now + REFRESH if due is None else min(due, clock.now + REFRESH)
        late = stall(rng)
        worst_stall = max(worst_stall, late)
        stalls += late > 0.1
        clock.now = max(clock.now, planned + late)
        if scheduler.due is not None and scheduler.due <= clock.now:
            scheduler.advance(0)            # the due timer fires, late
        else:
            runner.update()                 # the once-a-second refresh
        wakeups += 1
    spent = time.perf_counter() - began

    expected = [start]
    for length in lengths:
        expected.append(expected[-1] + length)
    started = [e.at for e in events if isinstance(e, StageStarted)]
    finished = next(e for e in events if isinstance(e, SessionFinished))
    errors = [abs(a - b) for a, b in zip(started, expected[:-1], strict=True)]
    errors.append(abs(finished.at - expected[-1]))
    record = engine.record()
    return {
        "hours": hours,
        "stages": len(lengths),
        "boundaries_checked": len(errors),
        "wakeups": wakeups,
        "stalls_over_100ms": stalls,
        "worst_stall_s": round(worst_stall, 3),
        "max_drift_s": max(errors),
        "end_drift_s": abs(finished.at - (start + total)),
        "recorded_seconds": record.actual_seconds,
        "planned_seconds": total,
        "loop_s": round(spent, 3),
    }
