"""The window in a process of its own, on a real display, running a session on a fake clock, for tests
that listen to it from outside (the AT-SPI bus).

    python -m tests.helpers.announcing_app DATA_DIR

It waits until Qt's accessibility bridge is on (``QAccessible.isActive()``), prints ``ACTIVE``, runs the
test massage routine (pause, resume, next, then the rest by the clock), prints ``SAID <sentence>`` for
each announcement it made and ``DONE``, and quits. Driven by the window's named actions, as keys are.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from tests.helpers.window import make_routines
from touchtimer.core.clock import FakeClock, FakeScheduler
from touchtimer.core.settings import Settings
from touchtimer.core.storage.store import open_store
from touchtimer.ui.main_window import MainWindow
from touchtimer.ui.window.desktop import attach_announcements


def _turn(app: QApplication, seconds: float) -> None:
    """Let the event loop run for ``seconds`` (D-Bus traffic goes out from Qt's own thread)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main(data_dir: Path) -> int:
    app = QApplication(sys.argv[:1])
    deadline = time.monotonic() + 30
    while not QAccessible.isActive() and time.monotonic() < deadline:
        _turn(app, 0.05)
    print("ACTIVE" if QAccessible.isActive() else "NOT ACTIVE", flush=True)
    data_dir.mkdir(parents=True, exist_ok=True)
    store = open_store(data_dir / "touchtimer.sqlite3")
    clock = FakeClock()
    scheduler = FakeScheduler(clock)
    window = MainWindow(store, make_routines(), Settings(theme="light"), clock, lambda _parent: scheduler)
    window.resize(1000, 700)
    window.show()
    announcer = attach_announcements(window)
    _turn(app, 0.5)                                   # the window is on the bus before the session starts
    window.open_routine("test-massage")
    window.presession.start_button.click()
    for name in ("session.pause", "session.pause", "session.next"):
        window.registry.trigger(name)
        _turn(app, 0.1)
    for seconds in (90, 30):                          # "Arms" runs its time, then "Resting hands"
        scheduler.advance(seconds)
        window.controller.refresh()
        _turn(app, 0.1)
    _turn(app, 1.0)
    for text, assertive in announcer.said:
        print(f"SAID {'!' if assertive else ' '}{text}", flush=True)
    window.discard_session()
    window.close()
    store.close()
    print("DONE", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
