"""Start-up work around the first paint: open the data before, back it up after."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from touchtimer.core.backups import BackupResult, daily_backup
from touchtimer.core.startup import OpenedData, open_data


def open_data_for_window(data_dir: Path) -> OpenedData:
    """Before the window is built: open the store whatever its state, recover crashed sessions."""
    return open_data(data_dir)


def run_after_first_paint(opened: OpenedData) -> BackupResult:
    """Once the window is on screen (``QTimer.singleShot(0, ...)`` after ``show()``): today's backup."""
    if not opened.report.writable:
        return BackupResult()
    return daily_backup(opened.store, date.today())
