"""Screen-reader announcements: one sentence for each stage change, pause, resume, wait and safety check,
sent as Qt accessibility announcement events on the window; the state badge's name follows the state.

(The same events reaching a real AT-SPI bus are tested in test_announcements_on_atspi.py.)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

from tests.helpers.window import choose_on_home, end_and_discard, press, start_skin
from touchtimer.core.settings import Settings
from touchtimer.ui.session.announcer import SessionAnnouncer, announcement_supported
from touchtimer.ui.window.desktop import attach_announcements

POLITE = QAccessible.AnnouncementPoliteness.Polite
ASSERTIVE = QAccessible.AnnouncementPoliteness.Assertive


def _listen(env: Any) -> tuple[SessionAnnouncer, list[QAccessibleAnnouncementEvent]]:
    sent: list[QAccessibleAnnouncementEvent] = []
    announcer = SessionAnnouncer(env.window, send=sent.append)
    announcer.attach(env.window.controller.runner)
    return announcer, sent


def _start_massage(env: Any) -> None:
    choose_on_home(env, "test-massage")
    env.window.presession.start_button.click()
    assert env.window.current_page() == "running"


def _said(sent: list[QAccessibleAnnouncementEvent]) -> list[str]:
    return [event.message() for event in sent]


def test_this_qt_has_announcement_events() -> None:
    assert announcement_supported()        # PySide6 >= 6.8, as pyproject requires


def test_each_stage_change_pause_and_resume_is_announced(env: Any) -> None:
    announcer, sent = _listen(env)
    _start_massage(env)
    press(Qt.Key.Key_Space)                        # pause
    press(Qt.Key.Key_Space)                        # resume
    press(Qt.Key.Key_Right)                        # next stage
    env.advance(90)                                # "Arms" runs its time: the last stage starts
    assert _said(sent) == ["Stage 1 of 3: Legs, left side, 1 min.", "Paused.", "Running again.",
                           "Stage 2 of 3: Arms, 1 min 30 s.", "Stage 3 of 3: Resting hands, 30 s."]
    for event in sent:
        assert event.type() is QAccessible.Event.Announcement
        assert event.object() is env.window                  # the window is always on screen
        assert event.politeness() is POLITE
    env.advance(30)
    assert _said(sent)[-1] == "The session is over."
    assert [text for text, _ in announcer.said] == _said(sent)
    env.window.discard_session()


def test_waiting_for_the_parent_is_announced(make_env: Any) -> None:
    env = make_env(Settings(theme="light", wait_between_stages=True))
    _announcer, sent = _listen(env)
    _start_massage(env)
    env.advance(60)
    assert _said(sent)[-1] == "“Legs” is done. Press Next when you are ready for “Arms”."
    press(Qt.Key.Key_Right)
    assert _said(sent)[-1] == "Stage 2 of 3: Arms, 1 min 30 s."
    end_and_discard(env)


def test_safety_checks_are_announced_at_once(env: Any) -> None:
    _announcer, sent = _listen(env)
    start_skin(env)
    press(Qt.Key.Key_Right)                        # on to the open-ended stage with its checks
    env.advance(60)                                # a minute after baby is placed: the checklist
    checks = [event.message() for event in sent if event.politeness() is ASSERTIVE]
    assert len(checks) == 1 and checks[0].startswith("Time to check baby's position")
    env.window.controller.runner.confirm_checks()
    assert _said(sent)[-1] == "Position checked. Thank you."
    env.advance(9 * 60)                            # ten minutes after placing: the position check
    checks = [event.message() for event in sent if event.politeness() is ASSERTIVE]
    assert checks[1:] == ["Check: face visible, breathing easy."]
    assert _said(sent)[:2] == ["Stage 1 of 2: Settle in, 1 min.", "Stage 2 of 2: Rest together, open-ended."]
    end_and_discard(env)


def test_the_state_badge_is_named_for_the_state(env: Any) -> None:
    _start_massage(env)
    badge = env.window.running.state_label
    assert badge.accessibleName() == "Session state: Running"
    press(Qt.Key.Key_Space)
    assert badge.accessibleName() == "Session state: Paused"
    press(Qt.Key.Key_Space)
    assert badge.accessibleName() == "Session state: Running"
    end_and_discard(env)


def test_without_announcement_events_a_live_label_is_named_instead(env: Any) -> None:
    announcer = SessionAnnouncer(env.window, send=lambda event: (_ for _ in ()).throw(AssertionError(event)),
                                 use_events=False)
    announcer.attach(env.window.controller.runner)
    _start_massage(env)
    live = announcer.live
    assert live is not None and live.isVisible() and live.parent() is env.window
    assert live.accessibleName() == "Stage 1 of 3: Legs, left side, 1 min."
    press(Qt.Key.Key_Space)
    assert live.accessibleName() == "Paused."
    end_and_discard(env)


def test_the_app_wires_the_announcer(make_app: Any) -> None:
    app = make_app()
    announcer = app.wiring.actions["announcements"]
    assert isinstance(announcer, SessionAnnouncer)
    assert announcer.runner is app.window.controller.runner
    _start_massage(app.env)
    assert announcer.said[0] == ("Stage 1 of 3: Legs, left side, 1 min.", False)
    end_and_discard(app.env)


def test_attach_announcements_sends_through_qt(env: Any) -> None:
    announcer = attach_announcements(env.window)
    assert announcer.use_events
    _start_massage(env)                            # QAccessible.updateAccessibility takes the real event
    assert announcer.said == [("Stage 1 of 3: Legs, left side, 1 min.", False)]
    end_and_discard(env)
