"""Settings and History name the daily amount with the same words."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QFormLayout, QLabel

from touchtimer.core.clock import FakeClock
from touchtimer.core.settings import Settings
from touchtimer.core.storage.store import open_store
from touchtimer.ui.history.view import HistoryView
from touchtimer.ui.settings.dialog import SettingsDialog


def test_settings_and_history_both_say_daily_target(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(), tmp_path, clock=FakeClock())
    qtbot.addWidget(dialog)
    form_labels = [label.text().replace("&", "") for form in dialog.findChildren(QFormLayout)
                   for row in range(form.rowCount())
                   if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
                   and isinstance(label := item.widget(), QLabel)]
    assert "Daily target" in form_labels

    store = open_store(None)
    view = HistoryView(store, Settings(), clock=FakeClock())
    qtbot.addWidget(view)
    history_labels = [label.text() for label in view.totals.findChildren(QLabel)]
    assert "Daily target" in history_labels
    assert view.totals.target_box.accessibleName().startswith("Daily target")
    assert not any("aim" in text.lower() for text in history_labels)
    store.close()
