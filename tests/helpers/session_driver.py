"""A session runner on a fake clock, driven the way the window drives it: the app's own
:class:`~touchtimer.core.session.runner.SessionRunner` with a :class:`FakeScheduler` for its timer."""

from __future__ import annotations

from touchtimer.core.clock import FakeClock, FakeScheduler
from touchtimer.core.routines.files import builtin_routines
from touchtimer.core.routines.model import Routine
from touchtimer.core.session.events import Event
from touchtimer.core.session.runner import SessionRunner


def builtin(routine_id: str) -> Routine:
    routine = builtin_routines().by_id(routine_id)
    assert routine is not None
    return routine


def fake_runner(clock: FakeClock | None = None) -> SessionRunner:
    """A runner on ``clock`` (a new :class:`FakeClock` by default) with a :class:`FakeScheduler`."""
    clock = clock or FakeClock()
    return SessionRunner(clock, FakeScheduler(clock))


class Driver:
    """A runner with ``routine`` loaded (not started); ``advance`` moves time as the window's timer would."""

    def __init__(self, routine: Routine, *, wait: bool = False) -> None:
        self.clock = FakeClock()
        self.origin = self.clock.now
        self.scheduler = FakeScheduler(self.clock)
        self.runner = SessionRunner(self.clock, self.scheduler)
        self.engine = self.runner.load(routine, wait_between_stages=wait)

    @property
    def elapsed(self) -> float:
        return self.clock.now - self.origin

    def start(self) -> None:
        self.runner.start()

    def advance(self, seconds: float) -> None:
        """Time passes; the due timer fires at each of its moments."""
        self.scheduler.advance(seconds)

    def stall(self, seconds: float) -> None:
        """The machine sleeps: time passes with no timer firing, then the late timer fires."""
        self.clock.advance(seconds)
        self.scheduler.advance(0)

    def command(self, name: str) -> list[Event]:
        events: list[Event] = getattr(self.runner, name)()
        return events
