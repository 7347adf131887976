"""The one place that builds the core objects and the Qt adapters and wires them together.

Start-up shows the window first; the store is opened and the routines are loaded right after the
first paint (:func:`touchtimer.ui.first_paint.after_first_paint`). Heavy Qt modules (multimedia,
speech, charts, D-Bus) are never imported here.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from touchtimer.ui.main_window import MainWindow


def load_data(window: MainWindow, data_dir: Path, start_routine: str | None = None) -> bool:
    """Open the store, load the routines and honour ``--start``; ``False`` if the data can't be used.

    Problems are shown in the window and printed for anyone running from a terminal; never a traceback.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from touchtimer.core import paths
    from touchtimer.core.routine_files import load_all
    from touchtimer.core.store import StoreError, open_store

    try:
        paths.ensure_private_dir(data_dir)
        store = open_store(paths.database_path(data_dir))
    except (StoreError, OSError) as exc:
        print(f"touchtimer: {exc}", file=sys.stderr)
        QMessageBox.critical(window, QCoreApplication.translate("App", "touchtimer cannot open its data"),
                             str(exc))
        return False
    routines = load_all(paths.routines_dir(data_dir))
    for error in routines.errors:
        print(f"touchtimer: skipped a routine file: {error}", file=sys.stderr)
    window.set_data(store, routines)
    window.make_pages()
    if start_routine and not window.open_routine(start_routine):
        print(f"touchtimer: there is no routine with the id '{start_routine}'; "
              "'touchtimer routines' lists them", file=sys.stderr)
    return True


def run(data_dir: Path, start_routine: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from touchtimer.core import paths
    from touchtimer.core.clock import SystemClock
    from touchtimer.core.settings import Settings, load_settings, save_settings
    from touchtimer.ui.first_paint import after_first_paint
    from touchtimer.ui.main_window import MainWindow
    from touchtimer.ui.qt_scheduler import QtScheduler

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("touchtimer")
    app.setDesktopFileName("touchtimer")

    loaded = load_settings(paths.config_dir())
    for problem in loaded.problems:
        print(f"touchtimer: settings: {problem}", file=sys.stderr)

    def persist(settings: Settings) -> None:
        save_settings(paths.config_dir(), settings)

    window = MainWindow(None, None, loaded.settings, SystemClock(), QtScheduler, save_settings=persist)
    window.resize(1280, 800)
    window.show()
    status = {"code": 0}

    def load() -> None:
        if not load_data(window, data_dir, start_routine):
            status["code"] = 1
            app.quit()

    after_first_paint(window, load)
    code = app.exec()
    if window.store is not None:
        window.store.close()
    return status["code"] or code
