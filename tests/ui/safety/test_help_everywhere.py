"""Emergency help on every page: one visible button and one key (H), whole and readable, on Home, before
starting, while either kind of session runs, on the summary, in the history and inside dialogs; with
the parent's own emergency number, or examples of local ones."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from tests.helpers.whole_app import App
from tests.helpers.window import choose_on_home
from touchtimer.core.routines.files import LoadResult, builtin_routines
from touchtimer.core.safety import EMERGENCY, NEONATAL_FIRST_STEP
from touchtimer.core.settings import Settings
from touchtimer.ui.history.summary_options import SummaryOptionsDialog
from touchtimer.ui.safety.emergency_dialog import EmergencyDialog
from touchtimer.ui.settings.dialog import SettingsDialog


def visible_help(w: Any) -> QPushButton:
    """The help button a parent sees on the page shown now: whole, enabled, with its full words."""
    page = w.stack.currentWidget()
    shown = [b for b in (w.emergency_button, w.running.help_button) if b.isVisibleTo(w) and
             (b is w.emergency_button or page is w.running)]
    assert len(shown) == 1, f"one help button on {w.current_page()}, not {len(shown)}"
    button = shown[0]
    assert button.isEnabled() and button.text().replace("&", "") == "Help: baby unwell?"
    assert button.width() >= button.sizeHint().width(), "the button's words are cut"
    return button


def press_h(w: Any) -> EmergencyDialog:
    """H, as the parent presses it on the page shown now; returns the emergency screen it opened."""
    w.activateWindow()
    QApplication.processEvents()
    target = QApplication.focusWidget() or w
    QTest.keyClick(target, Qt.Key.Key_H)
    dialog = w.dialog
    assert isinstance(dialog, EmergencyDialog) and dialog.isVisible(), f"H on {w.current_page()}"
    return dialog


def test_help_is_one_button_and_one_key_on_every_page(make_app: Callable[..., App]) -> None:
    app = make_app()
    w, env = app.window, app.env
    w.resize(1366, 768)
    QApplication.processEvents()

    def check_page(name: str) -> None:
        assert w.current_page() == name
        visible_help(w).click()
        assert isinstance(w.dialog, EmergencyDialog)
        assert EMERGENCY.call_now in w.dialog.text()
        w.dialog.accept()
        press_h(w).accept()

    check_page("home")                                  # no routine, no session: help is still there
    w.home.list.setFocus()                              # the routine list's type-to-find does not take H
    press_h(w).accept()
    choose_on_home(env, "test-massage")
    check_page("presession")
    w.presession.start_button.click()
    check_page("running")                               # massage: choking is a stop cue
    w.controller.runner.end()
    check_page("summary")
    w.discard_session()
    choose_on_home(env, "test-skin")
    w.presession.start_button.click()
    check_page("running")
    w.controller.runner.end()
    w.discard_session()
    w.registry.trigger("go.history")
    check_page("history")
    history = w.pages["history"]
    history.print_button.click()                        # the summary's options: H there too
    options = history.findChild(SummaryOptionsDialog)
    options.activateWindow()
    QApplication.processEvents()
    QTest.keyClick(options.mood, Qt.Key.Key_H)
    assert isinstance(w.dialog, EmergencyDialog) and not options.mood.isChecked()
    w.dialog.accept()
    options.reject()
    w.registry.trigger("go.home")

    # ...and inside any dialog, without typing an h into a text field.
    w.registry.trigger("app.settings")
    settings = w.dialog
    assert isinstance(settings, SettingsDialog)
    settings.activateWindow()
    QApplication.processEvents()
    QTest.keyClick(settings.cue_mode, Qt.Key.Key_H)
    assert isinstance(w.dialog, EmergencyDialog)
    w.dialog.accept()
    settings.emergency_number.setFocus()
    QTest.keyClicks(settings.emergency_number, "h999")
    assert settings.emergency_number.text() == "999", "letters are not a number"
    assert w.dialog is None, "an h typed in a text field is typing, not a call for help"
    settings.reject()


def test_the_screen_gives_examples_until_the_parent_saves_their_number(make_app: Callable[..., App]) -> None:
    w = make_app().window
    w.registry.trigger("session.emergency")
    text = w.dialog.text()
    assert "Your local emergency number, for example UK 999, US 911." in text
    assert text.index(EMERGENCY.call_now) < text.index("UK 999") < text.index(EMERGENCY.call_signs[0])
    w.dialog.accept()

    w.registry.trigger("app.settings")
    settings = w.dialog
    assert "Emergency number" in _form_labels(settings)
    assert settings.emergency_number.accessibleName() == "Your country's emergency number"
    settings.emergency_number.setText(" 999 ")
    settings.save()
    assert w.settings.emergency_number == "999"
    w.registry.trigger("session.emergency")
    assert "Your emergency number: 999" in w.dialog.text() and "US 911" not in w.dialog.text()
    w.dialog.accept()


def _form_labels(dialog: SettingsDialog) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text().replace("&", "") for label in dialog.findChildren(QLabel)]


def test_the_neonatal_unit_routine_puts_the_alarm_first(make_env: Callable[..., Any]) -> None:
    env = make_env(routines=LoadResult([builtin_routines().by_id("kangaroo-hold"),
                                        builtin_routines().by_id("close-time")]))
    w = env.window
    w.open_routine("kangaroo-hold")
    w.registry.trigger("session.emergency")      # before starting, and while it runs: the alarm first
    assert w.dialog.text().index(NEONATAL_FIRST_STEP) < w.dialog.text().index(EMERGENCY.call_now)
    w.dialog.accept()
    w.presession.start_button.click()
    w.registry.trigger("session.emergency")
    assert w.dialog.text().index(NEONATAL_FIRST_STEP) < w.dialog.text().index(EMERGENCY.call_now)
    w.dialog.accept()
    w.controller.runner.end()
    w.discard_session()
    w.registry.trigger("session.emergency")      # back on Home, no routine under way: no neonatal step
    assert NEONATAL_FIRST_STEP not in w.dialog.text()
    w.dialog.accept()
    w.open_routine("close-time")
    w.registry.trigger("session.emergency")
    assert NEONATAL_FIRST_STEP not in w.dialog.text()
    w.dialog.accept()


def test_settings_say_that_position_checks_keep_chiming(make_env: Callable[..., Any], tmp_path: Any) -> None:
    dialog = SettingsDialog(Settings(quiet_mode=True, cue_mode="silent"), tmp_path, clock=make_env().clock)
    note = dialog.checks_note.text()
    assert "position checks always chime" in note and "quiet mode" in note and "silent" in note.lower()
    assert "Pausing or waiting does not delay them" in note
    dialog.reject()
