"""The one place that builds the core objects and the Qt adapters and wires them together."""

from __future__ import annotations

import sys
from pathlib import Path


def run(data_dir: Path, start_routine: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from touchtimer.core import paths
    from touchtimer.core.routine_files import load_all

    app = QApplication.instance() or QApplication(sys.argv[:1])
    routines = load_all(paths.routines_dir(data_dir)).routines
    window = QMainWindow()
    window.setWindowTitle("touchtimer")
    window.setCentralWidget(QLabel("\n".join(r.title for r in routines)))
    window.show()
    return app.exec()
