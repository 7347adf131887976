"""Noticing that the computer slept, so the person can decide whether that time counts.

On Linux, ``CLOCK_MONOTONIC`` (what :class:`~touchtimer.core.clock.SystemClock` reads) stops
while the machine is suspended and ``CLOCK_BOOTTIME`` keeps going. Comparing how far each moved
between two refreshes gives the length of a sleep. Session durations come from the monotonic clock
only, so a sleep is *not* counted unless the person says it should be
(:meth:`SessionEngine.add_elapsed <touchtimer.core.session.engine.SessionEngine.add_elapsed>`); if they
say no, :meth:`~touchtimer.core.session.engine.SessionEngine.note_uncounted_gap` keeps the record's wall
end true. The wall clock plays no part here, so a changed system time or a daylight-saving shift
is never mistaken for a sleep.

Elsewhere (no ``CLOCK_BOOTTIME``) the detector reports nothing: it never guesses.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

#: Differences below this are scheduling noise, not sleep.
SLEEP_THRESHOLD = 5.0


def boottime_source() -> Callable[[], float] | None:
    """A clock that keeps counting while the machine sleeps, where the system has one."""
    clock_id = getattr(time, "CLOCK_BOOTTIME", None)
    if clock_id is None:
        return None
    try:
        time.clock_gettime(clock_id)
    except OSError:
        return None
    return lambda: time.clock_gettime(clock_id)


@dataclass(frozen=True)
class SleepGap:
    """The machine slept for ``seconds``; it woke before monotonic moment ``noticed_at``."""

    seconds: float
    noticed_at: float

    @property
    def minutes(self) -> int:
        return round(self.seconds / 60)


class SleepDetector:
    """Call :meth:`check` from the once-a-second refresh; it returns a gap once per sleep."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic,
                 boottime: Callable[[], float] | None = None, *,
                 threshold: float = SLEEP_THRESHOLD) -> None:
        self._monotonic = monotonic
        self._boottime = boottime
        self.threshold = threshold
        self._last: tuple[float, float] | None = None
        self.reset()

    @classmethod
    def system(cls) -> SleepDetector:
        return cls(time.monotonic, boottime_source())

    @property
    def available(self) -> bool:
        return self._boottime is not None

    def reset(self) -> None:
        """Forget the last reading (call when a session starts or resumes)."""
        if self._boottime is None:
            self._last = None
            return
        self._last = (self._monotonic(), self._boottime())

    def check(self) -> SleepGap | None:
        if self._boottime is None or self._last is None:
            return None
        mono, boot = self._monotonic(), self._boottime()
        last_mono, last_boot = self._last
        self._last = (mono, boot)
        slept = (boot - last_boot) - (mono - last_mono)
        if slept < self.threshold:
            return None
        return SleepGap(slept, mono)
