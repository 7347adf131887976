"""The check-in is "here whenever you want it": in the Help menu and on Home, and offered in one calm
line (never a window that opens by itself) when the parent's mood is 1 or 2, before or after a session."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.helpers.window import choose_on_home
from touchtimer.core.safety import CHECK_IN_OFFER
from touchtimer.ui.safety.checkin_dialog import CheckInDialog


def menu_actions(w: Any, title: str) -> list[str]:
    menu = next(a.menu() for a in w.menuBar().actions() if a.text() == title)
    return [a.objectName() for a in menu.actions() if not a.isSeparator()]


def test_the_check_in_is_in_the_help_menu_and_on_home(make_env: Callable[..., Any]) -> None:
    w = make_env().window
    assert menu_actions(w, "&Help")[-2:] == ["app.checkin", "help.about"]     # About stays last
    assert menu_actions(w, "&Help")[:2] == ["view.help", "session.emergency"]   # the others keep their place
    w.registry.trigger("app.checkin")
    assert isinstance(w.dialog, CheckInDialog) and w.dialog.isVisible()
    w.dialog.accept()
    assert w.home.checkin_button.isVisibleTo(w) and w.home.checkin_button.property("role") == "quiet"
    w.home.checkin_button.click()
    assert isinstance(w.dialog, CheckInDialog)
    w.dialog.accept()


def test_a_low_mood_before_starting_offers_it_in_one_line(make_env: Callable[..., Any]) -> None:
    env = make_env()
    w = env.window
    choose_on_home(env, "test-skin")
    pre = w.presession
    assert not pre.offer_row.isVisibleTo(w)
    for mood, offered in ((3, False), (2, True), (5, False), (1, True), (None, False)):
        pre.mood_box.setCurrentIndex(pre.mood_box.findData(mood))
        assert pre.offer_row.isVisibleTo(w) is offered, mood
        assert w.dialog is None, "never a window that opens by itself"
    pre.mood_box.setCurrentIndex(pre.mood_box.findData(2))
    assert pre.checkin_offer.text() == CHECK_IN_OFFER
    pre.checkin_button.click()
    assert isinstance(w.dialog, CheckInDialog)
    w.dialog.accept()
    assert w.current_page() == "presession"
    pre.start_button.click()
    assert w.current_page() == "running"
    w.controller.runner.end()
    # The mood before (2) still offers it on the summary, whatever the mood after.
    assert w.summary.checkin_offer.isVisibleTo(w)
    w.summary.mood_box.setCurrentIndex(w.summary.mood_box.findData(5))
    assert w.summary.checkin_offer.isVisibleTo(w)
    w.discard_session()


def test_a_low_mood_after_the_session_offers_it_on_the_summary(make_env: Callable[..., Any]) -> None:
    env = make_env()
    w = env.window
    choose_on_home(env, "test-massage")
    w.presession.start_button.click()
    w.controller.runner.end()
    summary = w.summary
    assert not summary.checkin_offer.isVisibleTo(w)
    summary.mood_box.setCurrentIndex(summary.mood_box.findData(1))
    assert summary.checkin_offer.isVisibleTo(w) and w.dialog is None
    summary.mood_box.setCurrentIndex(summary.mood_box.findData(4))
    assert not summary.checkin_offer.isVisibleTo(w)
    w.discard_session()
