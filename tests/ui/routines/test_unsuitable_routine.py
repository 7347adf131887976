"""An unsuitable routine never stays highlighted when a baby is chosen; opened anyway (``--start``, or
from the "may not fit" part), its page says why and offers the ones that suit, without stopping a
parent who knows better."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from tests.helpers.window import choose_baby, choose_on_home
from touchtimer.core.babies.ages import Baby


def older_baby(env: Any) -> None:
    """Jo is 20 weeks old on the test clock's day: past the skin-to-skin test routine's 12 weeks."""
    env.store.babies.save(Baby("jo", "Jo", date(2025, 8, 18)), created_at="2026-01-01T00:00:00+00:00")
    env.window.refresh_home()


def test_choosing_a_baby_moves_the_highlight_to_a_routine_that_suits(make_env: Callable[..., Any]) -> None:
    env = make_env()
    home = env.window.home
    older_baby(env)
    assert home.select_routine("test-skin")
    choose_baby(home, "jo")
    assert home.selected_routine() is not None and home.selected_routine().id == "test-massage"
    # The parent may still choose it from the "may not fit" part: that choice is theirs and it stays.
    assert home.select_routine("test-skin")
    choose_baby(home, None)
    assert home.selected_routine().id == "test-skin"         # with nobody chosen, every routine suits


def test_an_unsuitable_routine_opened_anyway_says_why_and_offers_the_suitable_ones(
        make_env: Callable[..., Any]) -> None:
    env = make_env()
    w = env.window
    older_baby(env)
    choose_baby(w.home, "jo")
    assert w.open_routine("test-skin")                      # as --start does
    pre = w.presession
    assert pre.fit.isVisibleTo(w)
    text = pre.fit_text.text()
    assert "may not suit Jo now: for babies up to 3 months" in text and "care team" in text
    assert "Ready when you are" not in pre.status.text()
    assert [b.text() for b in pre.instead_buttons] == ["Test massage"]
    assert pre.start_button.isEnabled()                     # never blocked
    pre.instead_buttons[0].click()
    assert w.current_page() == "presession" and pre.routine.id == "test-massage"
    assert not pre.fit.isVisibleTo(w) and pre.status.text() == "Ready when you are."

    w.show_page("home")
    assert w.home.select_routine("test-skin")
    choose_on_home(env, "test-skin")                        # chosen from the list: the same note
    assert pre.fit.isVisibleTo(w)
    pre.start_button.click()
    assert w.current_page() == "running"
    w.controller.runner.end()
    w.discard_session()
