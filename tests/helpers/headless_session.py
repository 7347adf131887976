"""Run one session with the real clock and the app's session object, without a window.

Used only by tests: ``python tests/helpers/headless_session.py DATA_DIR ROUTINE_ID``.
It opens the data as touchtimer does at start, runs a :class:`~touchtimer.core.session.session.Session`
with the app's own :class:`~touchtimer.core.session.runner.SessionRunner` on a plain sleeping loop
instead of Qt's event loop, prints one JSON line (the session id and the monotonic moment it started),
then refreshes once a second, as the window does, until killed or until ``--seconds`` have passed;
then it ends the session and saves it. With ``--summary NOTE`` it ends there instead, answers the
summary ("calm", mood 4, then NOTE typed a word at a time), prints a second JSON line and waits to be
killed on its summary, unsaved.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.helpers import REPO_ROOT

ROOT = REPO_ROOT
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from touchtimer.core import paths  # noqa: E402
from touchtimer.core.clock import SystemClock  # noqa: E402
from touchtimer.core.routines.files import load_all  # noqa: E402
from touchtimer.core.session.runner import SessionRunner  # noqa: E402
from touchtimer.core.session.session import Session, SummaryAnswers  # noqa: E402
from touchtimer.core.startup import open_data  # noqa: E402
from touchtimer.core.storage.writer import InlineWriter  # noqa: E402


class LoopScheduler:
    """The :class:`~touchtimer.core.clock.Scheduler` port for a loop that sleeps between moments."""

    def __init__(self, clock: SystemClock) -> None:
        self.clock = clock
        self.due: float | None = None
        self.callback: Callable[[], None] | None = None

    def schedule(self, delay: float, callback: Callable[[], None]) -> None:
        self.due, self.callback = self.clock.monotonic() + max(0.0, delay), callback

    def cancel(self) -> None:
        self.due = self.callback = None

    def sleep_until(self, moment: float) -> None:
        """Sleep until ``moment``, firing the scheduled callback if its moment comes first."""
        while self.due is not None and self.due <= moment:
            time.sleep(max(0.0, self.due - self.clock.monotonic()))
            callback, self.due, self.callback = self.callback, None, None
            assert callback is not None
            callback()
        time.sleep(max(0.0, moment - self.clock.monotonic()))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("routine_id")
    parser.add_argument("--seconds", type=float, default=None)
    parser.add_argument("--summary", default=None)
    args = parser.parse_args()
    opened = open_data(args.data_dir, now=SystemClock().wall)
    routine = load_all(paths.routines_dir(args.data_dir)).by_id(args.routine_id)
    if routine is None:
        print(f"no routine {args.routine_id!r}", file=sys.stderr)
        return 1
    clock = SystemClock()
    scheduler = LoopScheduler(clock)
    runner = SessionRunner(clock, scheduler)
    session = Session.load(runner, InlineWriter(opened.store), routine)
    start = clock.monotonic()
    session.start()
    print(json.dumps({"session_id": session.session_id, "start_mono": start}), flush=True)
    tick = start
    while args.seconds is None or clock.monotonic() - start < args.seconds:
        tick += 1.0                         # the once-a-second refresh, without drift
        scheduler.sleep_until(tick)
        runner.update()
        session.tick(clock.monotonic())
    runner.end()
    if args.summary is not None:
        typed = ""
        session.answer(SummaryAnswers("calm", 4, typed))
        for word in args.summary.split(" "):
            typed = f"{typed} {word}".strip()
            session.answer(SummaryAnswers("calm", 4, typed))   # no timer here: each change is written
        print(json.dumps({"summary": typed}), flush=True)
        while True:                          # on the summary, unsaved, until killed
            signal.pause()
    saved: list[bool] = []
    session.save(lambda result: saved.append(result.saved))
    opened.store.close()
    return 0 if saved == [True] else 1


if __name__ == "__main__":
    sys.exit(main())
