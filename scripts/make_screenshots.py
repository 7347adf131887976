"""Make the README screenshots: home, pre-session, running (day and night, with the position checklist),
summary, the emergency screen and the parent check-in.

Runs offscreen with a fake clock and a temporary data folder, at a common laptop size (1366x768):

    python scripts/make_screenshots.py [--out docs/screenshots] [--all]

``--all`` also writes every page in both themes (``<page>-light.png``, ``<page>-night.png``), to look
at, not to commit.
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

SIZE = (1366, 768)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--all", action="store_true", help="every page in both themes too")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QWidget

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
        made = date(2027, 1, 1)                                  # any day after the births
        robin = add_baby(store, "Robin", date(2025, 11, 20), today=made)  # six weeks old that day
        sam = add_baby(store, "Sam", date(2025, 11, 20), today=made)      # Robin's twin: counts for both
        older = add_baby(store, "Alex", date(2025, 6, 2), today=made)     # seven months: no Calming hold
        window = MainWindow(store, builtin_routines(), Settings(theme="light"), clock,
                            lambda _parent: scheduler)
        window.resize(*SIZE)
        window.show()

        def save(widget: QWidget, name: str) -> None:
            app.processEvents()
            path = args.out / name
            widget.grab().save(str(path))
            print(path)

        def both(name: str, widget: QWidget | None = None) -> None:
            """``name``.png in the theme shown now; with --all, ``name``-light/-night.png as well."""
            save(widget or window, f"{name}.png")
            if args.all:
                shown = window.settings.theme
                for theme in ("light", "night"):
                    window.registry[f"view.theme_{theme}"].trigger()
                    save(widget or window, f"{name}-{theme}.png")
                window.registry[f"view.theme_{shown}"].trigger()

        def dialog_shot(name: str) -> None:
            dialog = window.dialog
            assert dialog is not None
            both(name, dialog)
            dialog.accept()

        home = window.home
        home.baby_box.setCurrentIndex(home.baby_box.findData(robin.id))
        home.second_box.setCurrentIndex(home.second_box.findData(sam.id))
        home.select_routine("close-time")
        both("home")

        window.open_routine("close-time")
        window.presession.mood_box.setCurrentIndex(window.presession.mood_box.findData(2))
        both("pre-session")
        window.show_page("home")

        home.baby_box.setCurrentIndex(home.baby_box.findData(older.id))
        home.second_box.setCurrentIndex(0)
        window.open_routine("calming-hold")          # as with --start: it may not suit Alex now
        both("pre-session-not-for-now")
        window.show_page("home")
        home.baby_box.setCurrentIndex(home.baby_box.findData(robin.id))
        home.second_box.setCurrentIndex(home.second_box.findData(sam.id))

        window.open_routine("calming-hold")
        window.presession.start_button.click()
        scheduler.advance(30 + 75)                     # baby placed at 30 s; the checklist 60 s later
        window.controller.refresh()
        both("running-day")                            # the checklist, waiting for one key
        window.registry["session.confirm_checks"].trigger()
        scheduler.advance(5 * 60)                      # a position check, five minutes after placing
        window.controller.refresh()
        window.running.benefit_toggle.setChecked(True)
        window.registry["view.theme_night"].trigger()
        both("running-night")
        window.registry["session.emergency"].trigger()
        dialog_shot("emergency")                       # as a parent would see it at night
        window.registry["view.theme_light"].trigger()

        window.controller.runner.end()
        window.summary.response_buttons["fell_asleep"].setChecked(True)
        window.summary.mood_box.setCurrentIndex(window.summary.mood_box.findData(2))
        window.summary.notes.setPlainText("Both settled after the feed.")
        both("summary")

        window.summary.checkin_button.click()
        dialog_shot("checkin")                         # the first question, as a parent first sees it
        window.discard_session()

        window.open_routine("gentle-hello")
        window.presession.start_button.click()
        scheduler.advance(75)
        window.controller.refresh()
        both("running-massage")
        window.controller.runner.end()
        window.discard_session()
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
