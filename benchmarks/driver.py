"""One measured process: ``python -m benchmarks.driver MODE ...`` prints one ``BENCH-RESULT {json}`` line.

Modes:

``startup``  start the bare window or touchtimer (through its launcher, ``touchtimer.cli.main``), note
             the first paint of the main window, wait ``--settle`` seconds, read memory, exit.
``session``  start the window, begin a session of ``--routine`` through the real pre-session screen,
             then measure CPU time, timer events and stage changes for ``--seconds`` (or until the
             session finishes), with the real event loop. With ``--heartbeat-ms N`` it also measures
             the GUI thread's longest stall (:class:`benchmarks.probe.Heartbeat`) while the session
             runs, from the moment Start has been handled and the probes are set (how long Start
             took is noted apart);
             ``--speech-limit S`` shortens the voice's time limits (the stall measurement runs
             against a speech service that never answers); ``--slow-writes S`` makes every commit
             of the store take S seconds longer (the store's fault seam: a slow or sleeping disk),
             and ``--end-after S`` ends the session S seconds in, types a note on the summary and
             saves it, so the final save is measured too. With ``--whole-refreshes`` (the quiet
             session) the measurement waits (up to ``--voice-wait`` seconds) until the voice is ready
             or given up, then counts over ``--seconds`` whole periods of the app's once-a-second
             refresh, from one of its ticks to another, so the suite's own timers never wake the
             thread inside the window. (In :mod:`benchmarks.session_driver`.)
``history``  fill a store with ``--sessions`` sessions, then time opening the history view, exporting
             everything to JSON and saving one more session.

The parent (:mod:`benchmarks.run`) notes ``time.monotonic()`` just before it starts this process, so
"start-up" counts from the process's birth, interpreter start included.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

MAIN_STARTED = time.monotonic()
MARKER = "BENCH-RESULT "
#: Qt modules the app must not load at start-up (they are imported when first needed).
HEAVY_QT = ("QtMultimedia", "QtTextToSpeech", "QtCharts", "QtDBus", "QtPrintSupport", "QtPdf", "QtNetwork",
            "QtQml", "QtQuick", "QtSvg", "QtWebEngineCore", "QtOpenGL")


def emit(result: dict[str, Any]) -> None:
    """Print the result and leave at once: nothing after the measurement should cost anything."""
    sys.stdout.write(MARKER + json.dumps(result) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def fail(message: str) -> None:
    emit({"error": message})


def heavy_modules() -> list[str]:
    return sorted(name.split(".", 1)[1] for name in sys.modules
                  if name.startswith("PySide6.") and name.split(".", 1)[1] in HEAVY_QT)


class FileWatch:
    """Python-level file opens and database connections in the data and config folders, with times.

    An audit hook (``sys.addaudithook``) sees ``open`` and ``sqlite3.connect`` from Python code;
    module imports and Qt's own reads (fonts, plugins) are not counted.
    """

    def __init__(self, roots: list[Path]) -> None:
        self.roots = [str(root) for root in roots]
        self.seen: list[tuple[float, str, str]] = []
        sys.addaudithook(self._hook)

    def _hook(self, event: str, args: tuple[Any, ...]) -> None:
        if event == "open" and args and isinstance(args[0], str | bytes | os.PathLike):
            path = os.fsdecode(args[0])
            if path.startswith(tuple(self.roots)):
                self.seen.append((time.monotonic(), "open", path))
        elif event == "sqlite3.connect":
            self.seen.append((time.monotonic(), "sqlite3.connect", str(args[0]) if args else ""))

    def before(self, moment: float) -> list[str]:
        return [f"{kind} {path}" for at, kind, path in self.seen if at < moment]


def make_app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication(sys.argv[:1])


def bare_window() -> Any:
    """The floor: a ``QMainWindow`` with a ``QLabel``, the size touchtimer opens at."""
    from PySide6.QtWidgets import QLabel, QMainWindow

    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("A bare PySide6 window"))
    window.resize(1280, 800)
    return window


def launch(args: argparse.Namespace, extra: list[str]) -> int:
    """Start the chosen target's event loop (blocks until the driver exits the process)."""
    if args.target == "bare":
        from PySide6.QtWidgets import QApplication

        window = bare_window()
        window.show()
        code = QApplication.exec()
        del window
        return code
    from touchtimer.cli import main  # exactly what the ``touchtimer`` launcher calls

    return main(["--data-dir", str(args.data_dir), *extra])


def is_main_window(widget: Any) -> bool:
    from PySide6.QtWidgets import QMainWindow

    return isinstance(widget, QMainWindow)


# -- start-up ------------------------------------------------------------------------------------

def run_startup(args: argparse.Namespace) -> None:
    from benchmarks.proc import cpu_seconds, peak_rss_kib, rss_kib, thread_count

    watch = FileWatch([args.data_dir, Path(os.environ.get("HOME", args.data_dir))])
    if args.target == "app":
        # As the ``touchtimer`` launcher does: its module (and what it imports) loads before PySide6.
        # Imported after PySide6, every module pays PySide6's import hook (it reads each new module's
        # source), a cost the real launch never has. The time still counts: the clock started at birth.
        import touchtimer.cli  # noqa: F401
    app = make_app()
    from PySide6.QtCore import QTimer

    from benchmarks.probe import on_first_paint

    result: dict[str, Any] = {"main_started": MAIN_STARTED}

    def settled() -> None:
        result.update(rss_settled_kib=rss_kib(), peak_rss_kib=peak_rss_kib(),
                      heavy_settled=heavy_modules(), threads=thread_count())
        emit(result)

    def painted(widget: Any, at: float) -> None:
        result.update(painted_at=at, cpu_at_paint_s=cpu_seconds(), rss_paint_kib=rss_kib(),
                      heavy_at_paint=heavy_modules(), window_class=type(widget).__name__,
                      opened_before_paint=watch.before(at))
        timer = QTimer(app)
        timer.setObjectName("bench-settle")
        timer.setSingleShot(True)
        timer.timeout.connect(settled)
        timer.start(round(args.settle * 1000))

    on_first_paint(is_main_window, painted)
    launch(args, [])
    fail("the event loop ended before the window was painted")


# -- history at scale -------------------------------------------------------------------------------

def run_history(args: argparse.Namespace) -> None:
    import statistics

    from benchmarks.fixtures import fake_sessions, make_data_dir

    began = time.perf_counter()
    store = make_data_dir(args.data_dir, args.sessions)
    result: dict[str, Any] = {"sessions": store.sessions.count(), "fill_s": time.perf_counter() - began}

    # Opening the history view. The platform is warmed with a bare window first, and the main
    # window's modules are loaded, as they are in the running app; the first open then pays for
    # importing the history modules, building the view, reading the first page and painting.
    app = make_app()
    from PySide6.QtCore import QEvent, QEventLoop, QTimer

    import touchtimer.ui.main_window  # noqa: F401  (loaded in the app before history is opened)
    from benchmarks.probe import watch
    from touchtimer.core.clock import SystemClock
    from touchtimer.core.settings import Settings

    loop = QEventLoop()
    painted: dict[str, float] = {}

    def on_paint(widget: Any, at: float) -> None:
        painted["at"] = at
        loop.quit()

    def wait_for_paint(widget: Any) -> float:
        painted.clear()
        guard = QTimer()
        guard.setObjectName("bench-guard")
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)
        guard.start(10_000)
        widget.show()
        probe = watch(widget, on_paint)
        loop.exec()
        guard.stop()
        probe.detach()
        if "at" not in painted:
            fail("a window was never painted")
        return painted["at"]

    floor = bare_window()
    wait_for_paint(floor)
    opens = []
    for n in range(args.opens):
        t0 = time.monotonic()
        from touchtimer.ui.history.view import HistoryView

        view = HistoryView(store, Settings(), clock=SystemClock())
        view.resize(1280, 800)
        opens.append(wait_for_paint(view) - t0)
        if n == 0:
            result["rows_in_first_page"] = view.model.rowCount()
        view.close()
        view.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)   # gone now: no view reads after a save
    result["open_s"] = opens
    result["open_first_s"] = opens[0]
    result["heavy_after_open"] = heavy_modules()

    # Export everything to a JSON file, as the Export button does.
    from touchtimer.core.history.export_format import export_json

    exports = []
    out = args.data_dir / "export.json"
    for _ in range(args.exports):
        t = time.perf_counter()
        out.write_text(export_json(store), "utf-8")
        exports.append(time.perf_counter() - t)
    result["export_s"] = exports
    result["export_median_s"] = statistics.median(exports)
    result["export_bytes"] = out.stat().st_size

    # Saving one session: a new one each time, into the full store, as the summary page does.
    saves = []
    for record in fake_sessions(args.saves, seed=77):
        t = time.perf_counter()
        store.sessions.save(record)
        saves.append(time.perf_counter() - t)
    result["save_ms"] = [s * 1000 for s in saves]
    result["save_median_ms"] = statistics.median(saves) * 1000
    result["sessions_after"] = store.sessions.count()
    emit(result)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.driver")
    parser.add_argument("mode", choices=("startup", "session", "history"))
    parser.add_argument("--target", choices=("bare", "app"), default="app")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--settle", type=float, default=1.0)
    parser.add_argument("--routine", default="")
    parser.add_argument("--warmup", type=float, default=2.0)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--until-finished", action="store_true")
    parser.add_argument("--heartbeat-ms", type=int, default=0)
    parser.add_argument("--speech-limit", type=float, default=0.0)
    parser.add_argument("--slow-writes", type=float, default=0.0)
    parser.add_argument("--end-after", type=float, default=0.0)
    parser.add_argument("--whole-refreshes", action="store_true")
    parser.add_argument("--voice-wait", type=float, default=0.0)
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--saves", type=int, default=50)
    parser.add_argument("--exports", type=int, default=3)
    parser.add_argument("--opens", type=int, default=3)
    args = parser.parse_args()
    try:
        if args.mode == "session":
            from benchmarks.session_driver import run_session

            run_session(args)
        else:
            {"startup": run_startup, "history": run_history}[args.mode](args)
    except Exception as exc:  # report, never hang the suite
        import traceback

        traceback.print_exc()
        fail(f"{type(exc).__name__}: {exc}")


if __name__ == "__main__":
    main()
