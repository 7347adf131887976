"""Make the README screenshots: home, pre-session, running (day and night), summary, the emergency
screen and the parent check-in.

Runs offscreen with a fake clock and a temporary data folder, at a laptop size (1280x800):

    python scripts/make_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1280, 800)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from touchtimer.core.babies.profiles import add_baby
    from touchtimer.core.clock import FakeClock, FakeScheduler
    from touchtimer.core.routines.files import builtin_routines
    from touchtimer.core.settings import Settings
    from touchtimer.core.storage.store import open_store
    from touchtimer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "touchtimer.sqlite3")
        clock = FakeClock()
        scheduler = FakeScheduler(clock)
        # six weeks old on the fake clock's day
        baby = add_baby(store, "Robin", date(2025, 11, 20), today=date(2027, 1, 1))
        # Robin's twin: one session counts for both
        twin = add_baby(store, "Sam", date(2025, 11, 20), today=date(2027, 1, 1))
        window = MainWindow(store, builtin_routines(), Settings(theme="light"), clock,
                            lambda _parent: scheduler)
        window.resize(*SIZE)
        window.show()

        def shot(name: str) -> None:
            app.processEvents()
            path = args.out / name
            window.grab().save(str(path))
            print(path)

        window.home.select_baby(baby.id, also=twin.id)
        window.home.select_routine("close-time")
        shot("home.png")

        def dialog_shot(name: str) -> None:
            dialog = window.dialog
            assert dialog is not None
            app.processEvents()
            path = args.out / name
            dialog.grab().save(str(path))
            print(path)
            dialog.accept()

        window.open_routine("close-time")
        for box in window.presession.checks[:3]:
            box.setChecked(True)
        window.presession.mood_box.setCurrentIndex(3)
        shot("pre-session.png")

        for box in window.presession.checks:
            box.setChecked(True)
        window.presession.start_button.click()
        scheduler.advance(2 * 60 + 15 * 60 + 12)   # settle in, then 15 min 12 s of close time
        window.controller.refresh()
        window.running.benefit_toggle.setChecked(True)
        shot("running-day.png")

        window.registry["view.theme_night"].trigger()
        shot("running-night.png")
        window.registry["session.emergency"].trigger()
        dialog_shot("emergency.png")               # as a parent would see it at night

        window.registry["view.theme_light"].trigger()
        scheduler.advance(27 * 60)
        window.controller.next()
        scheduler.advance(60)
        window.controller.refresh()
        window.summary.response_buttons["fell_asleep"].setChecked(True)
        window.summary.mood_box.setCurrentIndex(4)
        window.summary.notes.setPlainText("Fell asleep on my chest after the first feed.")
        shot("summary.png")

        window.summary.checkin_button.click()
        dialog_shot("checkin.png")                 # the first question, as a parent first sees it
        window.discard_session()
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
