"""The babies dialog keeps "still in neonatal care" (issue 14 item 1) and every detail it does not show."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pytestqt.qtbot import QtBot

from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.storage.store import open_store
from touchtimer.ui.babies.dialog import BabiesDialog


def test_the_neonatal_care_box_is_saved_and_a_babys_own_target_kept(qtbot: QtBot) -> None:
    store = open_store(None)
    baby = add_baby(store, "Ada", date(2026, 1, 5), date(2026, 3, 1), today=date(2026, 2, 1))
    store.babies.save(replace(baby, daily_target_minutes=240), created_at="2026-01-01T00:00:00+00:00")
    dialog = BabiesDialog(store, today=date(2026, 2, 1))
    qtbot.addWidget(dialog)
    dialog.edit(store.babies.list()[0])
    assert not dialog.neonatal_check.isChecked()
    dialog.neonatal_check.setChecked(True)
    dialog.save()
    (kept,) = store.babies.list()
    assert kept.in_neonatal_care and kept.daily_target_minutes == 240
    dialog.edit(kept)
    assert dialog.neonatal_check.isChecked()
    dialog.start_new()
    assert not dialog.neonatal_check.isChecked()
