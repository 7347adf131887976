"""The "delete all my data" dialog asks plainly, offers an export, and deletes nothing itself."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from touchtimer.core import paths
from touchtimer.core.clock import SystemClock
from touchtimer.core.startup import open_data
from touchtimer.core.storage.backups import daily_backup
from touchtimer.ui.settings.delete_data_dialog import DeleteDataDialog


def make_data(data_dir: Path) -> None:
    opened = open_data(data_dir, now=SystemClock().wall)
    daily_backup(opened.store, date(2026, 1, 5))
    opened.store.close()
    routines = paths.routines_dir(data_dir)
    routines.mkdir()
    (routines / "mine.toml").write_text("format = 1\n")


def test_delete_stays_disabled_until_the_person_says_they_understand(qtbot: QtBot, data_dir: Path) -> None:
    make_data(data_dir)
    dialog = DeleteDataDialog(data_dir)
    qtbot.addWidget(dialog)
    assert not dialog.delete_button.isEnabled() and dialog.cancel_button.isDefault()
    assert "Files to be removed: 2," in dialog.summary.text()
    dialog.understood.setChecked(True)
    assert dialog.delete_button.isEnabled()
    dialog.routines_box.setChecked(True)
    assert dialog.include_routines and "Files to be removed: 3," in dialog.summary.text()
    with qtbot.waitSignal(dialog.export_requested, timeout=1000):
        dialog.export_button.click()
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.delete_button.click()
    assert paths.database_path(data_dir).exists()          # the dialog itself deletes nothing


def test_the_dialog_renders(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    make_data(data_dir)
    dialog = DeleteDataDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.adjustSize()
    shot = tmp_path / "delete-all-my-data.png"
    assert dialog.grab().save(str(shot))
    assert shot.stat().st_size > 1000
