"""The safety screens in the whole app, through the real window and its wiring with a fake clock: the
emergency text at any moment of a skin-to-skin session, the check-in and its follow-up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.helpers.whole_app import App
from tests.helpers.window import Env, answer, choose_on_home, settle, start_skin
from touchtimer.core import safety
from touchtimer.core.safety import EMERGENCY, GUIDANCE_TEXT, Guidance
from touchtimer.core.session.engine import State
from touchtimer.ui.safety.checkin_dialog import CheckInDialog
from touchtimer.ui.safety.emergency_dialog import EmergencyDialog
from touchtimer.ui.settings.dialog import SettingsDialog

# -- safety screens ------------------------------------------------------------------------------------

def test_emergency_screen_shows_the_safety_text_at_any_moment_of_a_skin_to_skin_session(
        make_app: Callable[..., App]) -> None:
    app = make_app()
    w, env = app.window, app.env
    start_skin(env)
    env.advance(30)
    QTest.keyClick(w, Qt.Key.Key_H)
    dialog = w.dialog
    assert isinstance(dialog, EmergencyDialog) and dialog.isVisible()
    text = dialog.text()
    assert dialog.windowTitle() == EMERGENCY.title
    assert dialog.call_now.text() == EMERGENCY.call_now
    assert text.index(EMERGENCY.call_now) < text.index(EMERGENCY.while_calling[0])  # call now comes first
    for part in (*EMERGENCY.call_signs, *EMERGENCY.while_calling, EMERGENCY.position_title,
                 *EMERGENCY.position_signs, EMERGENCY.position_action):
        assert part in text
    assert w.controller.engine.state is State.RUNNING     # the session goes on behind it
    dialog.accept()

    # Even with the settings open mid-session, H still brings the emergency screen.
    w.registry.trigger("app.settings")
    settings = w.dialog
    assert isinstance(settings, SettingsDialog)
    settings.activateWindow()
    QApplication.processEvents()
    assert QApplication.activeWindow() is settings
    QTest.keyClick(settings, Qt.Key.Key_H)
    assert isinstance(w.dialog, EmergencyDialog) and w.dialog.isVisible()
    w.dialog.accept()
    assert settings.isVisible()
    settings.reject()
    # ...and while "End the session?" is being asked.
    w.registry.trigger("session.end")
    box = w.confirmation
    box.activateWindow()
    QApplication.processEvents()
    QTest.keyClick(box, Qt.Key.Key_H)
    assert isinstance(w.dialog, EmergencyDialog) and w.dialog.isVisible()
    w.dialog.accept()
    answer(box, yes=False)
    assert w.controller.engine.state is State.RUNNING
    # ...and while the session is paused.
    w.registry.trigger("session.pause")
    w.registry.trigger("session.emergency")
    assert isinstance(w.dialog, EmergencyDialog)
    w.dialog.accept()
    # ...and on the summary, with baby most likely still on the parent's chest; typing a note stays typing.
    w.controller.runner.end()
    assert w.current_page() == "summary" and w.registry["session.emergency"].isEnabled()
    w.activateWindow()
    QApplication.processEvents()
    w.summary.notes.setFocus()
    QTest.keyClick(w.summary.notes, Qt.Key.Key_H)
    assert w.summary.notes.toPlainText() == "h" and w.dialog is None
    w.summary.save_button.setFocus()
    QTest.keyClick(w.summary.save_button, Qt.Key.Key_H)
    assert isinstance(w.dialog, EmergencyDialog)
    w.dialog.accept()
    w.discard_session()
    assert w.registry["session.emergency"].isEnabled()           # back on Home, help is still one key away


def store_dump(env: Env) -> list[str]:
    return list(env.store.connection.iterdump())


def test_check_in_yes_asks_the_follow_up_then_signposts_and_stores_nothing(
        make_app: Callable[..., App], tmp_path: Path) -> None:
    app = make_app()
    w, env = app.window, app.env
    choose_on_home(env, "test-massage")
    w.presession.start_button.click()
    w.controller.runner.end()
    settle(w)                        # the event loop's turn: start-up's backup, the summary's checkpoint
    before = (store_dump(env), sorted(p.name for p in tmp_path.rglob("*")), list(env.saved_settings))
    w.summary.checkin_button.click()
    dialog = w.dialog
    assert isinstance(dialog, CheckInDialog) and dialog.isVisible()
    assert dialog.question.text() == safety.WHOOLEY_DOWN
    assert dialog.unsafe_button.isVisible()               # always there
    dialog.answer_buttons["yes"].click()
    assert dialog.question.text() == safety.WHOOLEY_INTEREST
    dialog.answer_buttons["no"].click()
    assert dialog.question.text() == safety.FOLLOW_UP     # asked only because of the "yes"
    dialog.answer_buttons["no"].click()
    assert dialog.step == "guidance" and not dialog.question.isVisible()
    assert dialog.shown == (Guidance.SIGNPOST, Guidance.CRISIS)
    text = dialog.text()
    assert GUIDANCE_TEXT[Guidance.SIGNPOST] in text and GUIDANCE_TEXT[Guidance.CRISIS] in text
    assert text.index(GUIDANCE_TEXT[Guidance.SIGNPOST]) < text.index(GUIDANCE_TEXT[Guidance.CRISIS])
    for place, numbers in safety.LOCAL_EXAMPLES:
        assert f"{place}: {numbers}" in text
    for word in ("score", "depress", "result"):
        assert word not in text.lower().replace(safety.WHOOLEY_DOWN.lower(), "")
    dialog.accept()
    w.summary.save_button.click()
    settle(w)                        # the writer saves it, on its own thread
    after = (store_dump(env), sorted(p.name for p in tmp_path.rglob("*")), list(env.saved_settings))
    # The only change is the saved session itself: no answer was written anywhere.
    assert after[1:] == before[1:]
    new_rows = set(after[0]) - set(before[0])
    assert all("sessions" in row or "session_stages" in row for row in new_rows)
    assert not any(word in " ".join(new_rows).lower() for word in ("whooley", "unsafe", "feeling"))


def test_check_in_no_and_no_skips_the_follow_up(make_app: Callable[..., App]) -> None:
    w = make_app().window
    w.open_checkin()
    dialog = w.dialog
    dialog.answer_buttons["no"].click()
    dialog.answer_buttons["skip"].click()
    assert dialog.step == "guidance" and dialog.shown == (Guidance.THANKS, Guidance.CRISIS)
    dialog.accept()


def test_feeling_unsafe_shows_the_crisis_line_first(make_app: Callable[..., App]) -> None:
    w = make_app().window
    w.open_checkin()
    dialog = w.dialog
    dialog.answer_buttons["yes"].click()
    dialog.unsafe_button.click()                            # possible at any question
    assert dialog.step == "guidance" and dialog.shown[0] is Guidance.CRISIS
    first = dialog.guidance_labels[0]
    assert first.objectName() == "crisisLine" and first.text() == GUIDANCE_TEXT[Guidance.CRISIS]
    assert dialog.text().index(safety.CRISIS_LINE) < dialog.text().index(safety.LOCAL_EXAMPLES[0][1])
    assert not dialog.unsafe_button.isVisible()
    dialog.accept()
