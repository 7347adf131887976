"""The one place that builds the core objects and the Qt adapters and wires them together."""

from __future__ import annotations

import sys
from pathlib import Path


def run(data_dir: Path, start_routine: str | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from touchtimer.core import paths
    from touchtimer.core.routine_files import load_all
    from touchtimer.ui.single_instance import SingleInstance, raise_window
    from touchtimer.ui.startup_tasks import open_data_for_window, run_after_first_paint

    app = QApplication.instance() or QApplication(sys.argv[:1])
    instance = SingleInstance(data_dir)
    if not instance.claim():                  # another touchtimer uses this folder: hand over
        if instance.hand_over(start_routine):
            return 0
        print("touchtimer: it is already running for this folder but did not answer; "
              "please close it and start again", file=sys.stderr)
        return 1
    app.aboutToQuit.connect(instance.release)
    opened = open_data_for_window(data_dir)  # damaged file, interrupted sessions: see its notices
    routines = load_all(paths.routines_dir(data_dir)).routines
    window = QMainWindow()
    window.setWindowTitle("touchtimer")
    window.setCentralWidget(QLabel("\n".join([*opened.notices, *(r.title for r in routines)])))
    instance.activated.connect(lambda _routine: raise_window(window))
    window.show()
    QTimer.singleShot(0, lambda: run_after_first_paint(opened))
    app.aboutToQuit.connect(opened.store.close)
    return app.exec()
