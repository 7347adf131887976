"""The emergency screen shows the breathing limits for the baby the session is for, or every band."""

from __future__ import annotations

from datetime import date
from typing import Any

from pytestqt.qtbot import QtBot

from tests.helpers.window import choose_baby, choose_on_home
from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.safety import BREATHING_LIMITS, EMERGENCY, emergency_for
from touchtimer.ui.safety.emergency_dialog import EmergencyDialog

UNDER_2, TO_12, OVER_1 = (band.line for band in BREATHING_LIMITS)


def test_with_no_baby_every_band_is_shown_with_how_to_count(qtbot: QtBot) -> None:
    dialog = EmergencyDialog(None, emergency_for(neonatal_unit=False))
    qtbot.addWidget(dialog)
    text = dialog.text()
    for line in (UNDER_2, TO_12, OVER_1, EMERGENCY.count_breaths, EMERGENCY.breathing_source):
        assert line in text
    # the limits come after the call-now signs and before what to do while calling
    assert text.index(EMERGENCY.call_signs[-1]) < text.index(UNDER_2) < text.index(EMERGENCY.while_calling[0])


def test_the_window_shows_the_band_for_the_baby_chosen(env: Any) -> None:
    today = env.clock.wall().date()                                           # 5 January 2026
    # five months old
    baby = add_baby(env.store, "Robin", date(2025, 8, 1), today=date(2027, 1, 1))
    env.window.refresh_home()
    choose_baby(env.window.home, baby.id)
    choose_on_home(env, "test-skin")
    env.window.registry.trigger("session.emergency")
    dialog = env.window.dialog
    assert isinstance(dialog, EmergencyDialog) and today.month == 1
    assert TO_12 in dialog.breathing.text()
    assert UNDER_2 not in dialog.breathing.text() and OVER_1 not in dialog.breathing.text()
    dialog.accept()

    # during the session too, for the babies it was started for
    env.window.presession.start_button.click()
    choose_baby(env.window.home, None)            # what Home shows later does not change the session's baby
    env.window.registry.trigger("session.emergency")
    assert env.window.dialog.breathing.text().count("•") == 1 and TO_12 in env.window.dialog.breathing.text()
    env.window.dialog.accept()
    env.window.controller.runner.end()
    env.window.discard_session()


def test_a_baby_in_neonatal_care_puts_the_alarm_first_whatever_the_routine(env: Any) -> None:
    from dataclasses import replace

    baby = add_baby(env.store, "Robin", date(2025, 12, 20), today=date(2027, 1, 1))
    env.store.babies.save(replace(baby, in_neonatal_care=True), created_at="2026-01-01T00:00:00+00:00")
    env.window.refresh_home()
    choose_baby(env.window.home, baby.id)
    choose_on_home(env, "test-massage")                 # not a neonatal-unit routine
    env.window.registry.trigger("session.emergency")
    dialog = env.window.dialog
    assert isinstance(dialog, EmergencyDialog) and dialog.first_step is not None
    assert "alarm" in dialog.first_step.text()
    dialog.accept()
    choose_baby(env.window.home, None)
    env.window.registry.trigger("session.emergency")
    assert env.window.dialog.first_step is None
    env.window.dialog.accept()
