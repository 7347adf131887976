"""Run one session with the real clock and the real Checkpointer, without a window.

Used only by tests (and benchmarks): ``python tests/headless_session.py DATA_DIR ROUTINE_ID``.
It opens the data as touchtimer does at start, prints one JSON line (the session id and the
monotonic moment it started), then refreshes once a second, as the window does, until killed or
until ``--seconds`` have passed (then it ends the session and saves it).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from tests.helpers import REPO_ROOT

ROOT = REPO_ROOT
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from touchtimer.core import paths  # noqa: E402
from touchtimer.core.clock import SystemClock  # noqa: E402
from touchtimer.core.routines.files import load_all  # noqa: E402
from touchtimer.core.session.engine import SessionEngine  # noqa: E402
from touchtimer.core.session.journal import Checkpointer  # noqa: E402
from touchtimer.core.session.safe_save import save_session_safely  # noqa: E402
from touchtimer.core.startup import open_data  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("routine_id")
    parser.add_argument("--seconds", type=float, default=None)
    args = parser.parse_args()
    opened = open_data(args.data_dir)
    routine = load_all(paths.routines_dir(args.data_dir)).by_id(args.routine_id)
    if routine is None:
        print(f"no routine {args.routine_id!r}", file=sys.stderr)
        return 1
    clock = SystemClock()
    engine = SessionEngine(routine)
    checkpointer = Checkpointer(opened.store, engine, clock)
    start = clock.monotonic()
    engine.start(start, clock.wall())
    print(json.dumps({"session_id": engine.session_id, "start_mono": start}), flush=True)
    tick = start
    while args.seconds is None or clock.monotonic() - start < args.seconds:
        tick += 1.0                         # the once-a-second refresh, without drift
        time.sleep(max(0.0, tick - clock.monotonic()))
        now = clock.monotonic()
        engine.update(now)
        checkpointer.tick(now)
    engine.end(clock.monotonic())
    result = save_session_safely(opened.store, engine.record())
    opened.store.close()
    return 0 if result.saved else 1


if __name__ == "__main__":
    sys.exit(main())
