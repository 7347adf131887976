"""Drives a session engine the way the window does, with a fake clock and a fake single-shot timer."""

from __future__ import annotations

from collections.abc import Callable

from touchtimer.core.clock import FakeClock, FakeScheduler
from touchtimer.core.routines.files import builtin_routines
from touchtimer.core.routines.model import Routine
from touchtimer.core.session.engine import SessionEngine
from touchtimer.core.session.events import Event


def builtin(routine_id: str) -> Routine:
    routine = builtin_routines().by_id(routine_id)
    assert routine is not None
    return routine


class Driver:
    """One single-shot timer for the engine's next due moment, as the UI schedules it."""

    def __init__(self, routine: Routine, *, wait: bool = False) -> None:
        self.clock = FakeClock()
        self.origin = self.clock.now
        self.scheduler = FakeScheduler(self.clock)
        self.engine = SessionEngine(routine, wait_between_stages=wait)

    @property
    def elapsed(self) -> float:
        return self.clock.now - self.origin

    def tick(self) -> None:
        """What the single-shot timer does when it fires (late or on time)."""
        self.engine.update(self.clock.now)
        self.reschedule()

    def reschedule(self) -> None:
        due = self.engine.next_due()
        if due is None:
            self.scheduler.cancel()
        else:
            self.scheduler.schedule(due - self.clock.now, self.tick)

    def start(self) -> None:
        self.engine.start(self.clock.now, self.clock.wall())
        self.reschedule()

    def advance(self, seconds: float) -> None:
        self.scheduler.advance(seconds)

    def stall(self, seconds: float) -> None:
        """The machine sleeps: time passes with no timer firing, then the late timer fires."""
        self.clock.advance(seconds)
        self.tick()

    def command(self, name: str) -> None:
        method: Callable[[float], list[Event]] = getattr(self.engine, name)
        method(self.clock.now)
        self.reschedule()
