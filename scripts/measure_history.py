"""Measure the history view with many sessions: open time, page fetches and scrolling.

Usage: QT_QPA_PLATFORM=offscreen python scripts/measure_history.py [--sessions 10000]
Prints plain numbers; nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import history_samples as samples

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from touchtimer.core.clock import FakeClock
from touchtimer.core.history.days import make_filter
from touchtimer.core.settings import Settings
from touchtimer.core.storage.store import open_store


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=10_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    font = QFont("DejaVu Sans")
    font.setPixelSize(18)
    app.setFont(font)  # type: ignore[attr-defined]
    tz = ZoneInfo("Europe/London")
    today = date(2026, 3, 20)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "touchtimer.sqlite3"
        store = open_store(path)
        babies = samples.make_babies(store, today)
        days = max(1, args.sessions // 8)
        made = 0
        seed = 1
        while made < args.sessions:
            made += samples.fill(store, today, days, tz, seed=seed, per_day=(7, 9),
                                 babies=[babies[0].id])
            seed += 1
        store.close()
        print(f"sessions stored: {made} over {days} days (file {path.stat().st_size / 1e6:.1f} MB)")

        t0 = time.perf_counter()
        from touchtimer.ui.history.view import HistoryView  # timed: the first open pays for it

        imported = time.perf_counter() - t0
        t1 = time.perf_counter()
        store = open_store(path)
        view = HistoryView(store, Settings(), tz=tz,
                           clock=FakeClock(wall_start=datetime(2026, 3, 20, 21, 0, tzinfo=UTC)))
        built = time.perf_counter() - t1
        t2 = time.perf_counter()
        view.resize(1280, 900)
        view.show()
        app.processEvents()
        view.list.viewport().grab()
        shown = time.perf_counter() - t2
        print(f"open: {ms(imported + built + shown)} in all = import of the view modules {ms(imported)}"
              f" + store and view {ms(built)} + show and first paint {ms(shown)};"
              f" rows loaded {view.model.loaded_sessions} of {view.model.total_sessions}")

        fetches: list[float] = []
        paints: list[float] = []
        bar = view.list.verticalScrollBar()
        while view.model.canFetchMore() and len(fetches) < 100:
            t = time.perf_counter()
            bar.setValue(bar.maximum())          # the list asks for the next page itself
            app.processEvents()
            fetches.append(time.perf_counter() - t)
            t = time.perf_counter()
            view.list.viewport().grab()
            paints.append(time.perf_counter() - t)
        print(f"scroll to the end of the loaded rows ({len(fetches)} page fetches, "
              f"{view.model.loaded_sessions} sessions loaded): median {ms(statistics.median(fetches))}, "
              f"worst {ms(max(fetches))}")
        print(f"repaint of the list after each step: median {ms(statistics.median(paints))}, "
              f"worst {ms(max(paints))}")
        steps = []
        for value in range(0, bar.maximum(), max(1, bar.maximum() // 200)):
            t = time.perf_counter()
            bar.setValue(value)
            view.list.viewport().grab()
            steps.append(time.perf_counter() - t)
        print(f"scrolling through loaded rows ({len(steps)} steps): median {ms(statistics.median(steps))}, "
              f"worst {ms(max(steps))}")
        for name, flt in (("kind=massage", make_filter(kind="massage", tz=tz)),
                          ("baby", make_filter(baby_id=babies[0].id, tz=tz)),
                          ("one month", make_filter(date_from=date(2025, 6, 1), date_to=date(2025, 6, 30),
                                                    tz=tz))):
            t = time.perf_counter()
            view.model.set_filter(flt)
            app.processEvents()
            view.list.viewport().grab()
            print(f"filter {name}: {ms(time.perf_counter() - t)} ({view.model.total_sessions} match)")
        t = time.perf_counter()
        view.totals.set_days(30)
        print(f"30-day totals and chart: {ms(time.perf_counter() - t)}")
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
