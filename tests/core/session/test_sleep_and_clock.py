"""Sleep is reported, never silently added or dropped; a wall-clock jump changes nothing."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers.reliability_helpers import checkpointed_session, refresh_for, three_stages
from touchtimer.core.clock import FakeClock
from touchtimer.core.session.engine import SessionEngine, State
from touchtimer.core.session.events import StageStarted
from touchtimer.core.session.sleep import SleepDetector, boottime_source
from touchtimer.core.storage.store import open_store


class Clocks:
    """A monotonic clock that stops while "asleep" and a boot-time clock that does not."""

    def __init__(self) -> None:
        self.mono = 100.0
        self.boot = 500.0

    def awake(self, seconds: float) -> None:
        self.mono += seconds
        self.boot += seconds

    def asleep(self, seconds: float) -> None:
        self.boot += seconds


def test_a_sleep_is_measured_once_and_small_jitter_is_not_a_sleep() -> None:
    c = Clocks()
    detector = SleepDetector(lambda: c.mono, lambda: c.boot)
    c.awake(1)
    c.boot += 0.2                      # scheduling noise
    assert detector.check() is None
    c.awake(0.5)
    c.asleep(47 * 60)
    c.awake(0.5)
    gap = detector.check()
    assert gap is not None and gap.seconds == pytest.approx(47 * 60) and gap.minutes == 47
    c.awake(1)
    assert detector.check() is None    # reported once


def test_without_a_boot_time_clock_nothing_is_guessed() -> None:
    detector = SleepDetector(lambda: 1.0, None)
    assert not detector.available and detector.check() is None


def test_the_system_detector_reads_real_clocks() -> None:
    detector = SleepDetector.system()
    assert detector.available == (boottime_source() is not None)
    assert detector.check() is None    # no sleep between two lines of a test


def test_sleep_time_counts_only_when_the_person_says_so() -> None:
    clock = FakeClock()
    engine = SessionEngine(three_stages())
    engine.start(clock.now, clock.wall())
    clock.advance(30)
    engine.update(clock.now)
    # the machine sleeps for 50 s: the monotonic clock does not move; on waking...
    left_out = SessionEngine(three_stages())
    left_out.start(1000.0, clock.wall_start)
    left_out.update(clock.now)
    left_out.note_uncounted_gap(50)
    assert left_out.total_elapsed(clock.now) == pytest.approx(30)       # nothing silently added
    assert left_out.record(clock.now).ended_at - left_out.record(clock.now).started_at == \
        timedelta(seconds=80)                                            # the wall span stays true

    seen = engine.add_elapsed(clock.now, 50)  # "yes, it counts": stage one (60 s) ended during the sleep
    assert engine.total_elapsed(clock.now) == pytest.approx(80)
    assert engine.index == 1 and engine.snapshot(clock.now).stage_elapsed == pytest.approx(20)
    starts = [e for e in seen if isinstance(e, StageStarted)]
    assert [s.at for s in starts] == [clock.now - 20]                  # at the moment it was due


def test_a_paused_session_gains_nothing_from_a_sleep() -> None:
    clock = FakeClock()
    engine = SessionEngine(three_stages())
    engine.start(clock.now, clock.wall())
    clock.advance(10)
    engine.pause(clock.now)
    engine.add_elapsed(clock.now, 300)
    assert engine.state is State.PAUSED and engine.total_elapsed(clock.now) == pytest.approx(10)
    with pytest.raises(ValueError):
        engine.add_elapsed(clock.now, -1)


class JumpingClock(FakeClock):
    """A FakeClock whose wall clock can be set like a person (or DST) sets the system time."""

    jump = timedelta(0)

    def wall(self) -> datetime:
        return super().wall() + self.jump


def test_a_wall_clock_jump_changes_nothing(tmp_path: Path) -> None:
    results: list[tuple[int, list[int], timedelta]] = []
    for jump in (timedelta(0), timedelta(hours=-1), timedelta(hours=3), timedelta(days=-400)):
        clock = JumpingClock()
        detector = SleepDetector(clock.monotonic, clock.monotonic)   # boot time follows monotonic
        with open_store(tmp_path / f"jump{len(results)}.sqlite3") as store:
            runner, checkpointer = checkpointed_session(store, clock)
            engine = checkpointer.engine
            for second in range(200):
                if second == 70:
                    clock.jump = jump                            # the system time changes mid-session
                refresh_for(runner, checkpointer, clock, 1)
                assert detector.check() is None
            runner.end()
            record = engine.record()
            store.sessions.save(record)
            saved = store.sessions.get(engine.session_id)
            assert saved is not None
            results.append((saved.actual_seconds, [s.actual_seconds for s in saved.stages],
                            saved.ended_at - saved.started_at))
    assert results[0] == (200, [60, 60, 80], timedelta(seconds=200))
    assert all(r == results[0] for r in results)
