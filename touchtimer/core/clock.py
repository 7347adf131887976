"""Clocks and scheduling as ports, so tests and benchmarks can drive time by hand.

``Clock.monotonic()`` is the only source of durations; ``Clock.wall()`` only labels when a session
happened. ``Scheduler`` is what the UI implements with a single-shot ``QTimer``; tests use
:class:`FakeScheduler`, which fires callbacks when a :class:`FakeClock` is advanced.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def wall(self) -> datetime: ...


class SystemClock:
    """The real clocks: ``time.monotonic`` and the UTC wall clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FakeClock:
    """A clock that moves only when told to. ``wall`` follows ``monotonic`` from a fixed start."""

    now: float = 1000.0
    wall_start: datetime = field(default_factory=lambda: datetime(2026, 1, 5, 20, 0, tzinfo=UTC))
    _origin: float = field(init=False)

    def __post_init__(self) -> None:
        self._origin = self.now

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> datetime:
        return self.wall_start + timedelta(seconds=self.now - self._origin)

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock never goes backwards")
        self.now += seconds


class Scheduler(Protocol):
    """Calls ``callback`` once, ``delay`` seconds from now; a new ``schedule`` replaces the old."""

    def schedule(self, delay: float, callback: Callable[[], None]) -> None: ...

    def cancel(self) -> None: ...


class FakeScheduler:
    """A scheduler for tests, driven by a :class:`FakeClock` through :meth:`advance`."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.due: float | None = None
        self.callback: Callable[[], None] | None = None
        self.scheduled = 0

    def schedule(self, delay: float, callback: Callable[[], None]) -> None:
        self.due = self.clock.now + max(0.0, delay)
        self.callback = callback
        self.scheduled += 1

    def cancel(self) -> None:
        self.due = None
        self.callback = None

    def advance(self, seconds: float) -> None:
        """Move the clock on, firing the scheduled callback each time its moment comes."""
        target = self.clock.now + seconds
        while self.due is not None and self.due <= target:
            self.clock.now = max(self.clock.now, self.due)
            callback, self.due, self.callback = self.callback, None, None
            assert callback is not None
            callback()
        self.clock.now = target
