"""How a number of seconds becomes whole units: one set of rules for every view of a duration.

The window, the tray, the history, the reports, the command line and the routine guide all show
times; they used to round each in their own way (570 s was "9 min 30 s" on the summary but "10 min"
in the history; the tray showed 0:13 while the window showed 0:12). The rules live here, free of Qt
and of wording; each view only puts the parts into its own (translated) words.

* A running clock counts **elapsed** time down to the whole second (:func:`elapsed_whole`, floor:
  "0:12" until 13 s have passed) and **remaining** time up to it (:func:`remaining_whole`, ceiling:
  the last second shows "0:01", never "0:00" while time is left).
* A **length** in words (a session's time, a total, a stage's length, a prompt's moment) follows
  :func:`length_parts`: seconds below a minute, minutes and seconds below ten minutes, whole minutes
  (half a minute rounds up) from ten minutes on, with hours above an hour.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import NamedTuple

#: Below this many seconds a length keeps its seconds ("9 min 30 s"); from it on, whole minutes.
SECONDS_SHOWN_BELOW = 600

#: Float noise allowance: 12.000000001 s left is still "0:12", not "0:13".
_EPSILON = 1e-6


class Parts(NamedTuple):
    """A duration split into whole hours, minutes (0-59) and seconds (0-59)."""

    hours: int
    minutes: int
    seconds: int

    @property
    def total_seconds(self) -> int:
        return self.hours * 3600 + self.minutes * 60 + self.seconds


def split(seconds: int) -> Parts:
    """Whole seconds into hours, minutes and seconds; a negative number counts as zero."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return Parts(hours, minutes, secs)


def elapsed_whole(seconds: float) -> int:
    """Elapsed time as a clock counting up shows it: the whole seconds that have fully passed."""
    return max(0, math.floor(seconds + _EPSILON))


def remaining_whole(seconds: float) -> int:
    """Time left as a clock counting down shows it: rounded up, so "0:00" means none is left."""
    return max(0, math.ceil(seconds - _EPSILON))


def clock_face(seconds: int) -> str:
    """Whole seconds as a timer face: "4:05" below an hour, "1:02:09" from an hour on."""
    parts = split(seconds)
    if parts.hours:
        return f"{parts.hours}:{parts.minutes:02d}:{parts.seconds:02d}"
    return f"{parts.minutes}:{parts.seconds:02d}"


def length_parts(seconds: float) -> Parts:
    """A length to put in words, by the one rule: exact seconds below ten minutes, whole minutes
    (rounded half up) from ten minutes on; below ten minutes, to the nearest whole second."""
    seconds = max(0.0, seconds)
    whole = math.floor(seconds + 0.5)
    if whole < SECONDS_SHOWN_BELOW:
        return split(whole)
    return split(math.floor(seconds / 60 + 0.5) * 60)  # from the seconds given: no double rounding


def length_words(seconds: float, translate: Callable[[str], str] = lambda text: text) -> str:
    """The plain English form of :func:`length_parts` for the command line and generated documents
    (the window uses its translated twin, ``touchtimer.ui.widgets.texts.minutes_text``):
    "45 s", "9 min 30 s", "12 min", "1 h", "1 h 5 min". The command line passes ``translate``, which
    gives the same ``{0} min``-style texts (the window's "Texts" context) in its language."""
    parts = length_parts(seconds)
    if parts.hours:
        if parts.minutes:
            return translate("{0} h {1} min").format(parts.hours, parts.minutes)
        return translate("{0} h").format(parts.hours)
    if not parts.minutes:
        return translate("{0} s").format(parts.seconds)
    if parts.seconds:
        return translate("{0} min {1} s").format(parts.minutes, parts.seconds)
    return translate("{0} min").format(parts.minutes)
