"""A baby just added is the one chosen on Home, and whoever was chosen is chosen again at the next start."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tests.helpers.whole_app import App
from tests.helpers.window import Env, choose_baby
from touchtimer.core.babies.ages import Baby
from touchtimer.core.settings import Settings
from touchtimer.ui.babies.dialog import BabiesDialog

CREATED = "2025-12-01T09:00:00+00:00"


def test_a_new_baby_is_chosen_on_home(make_app: Callable[..., App]) -> None:
    app = make_app()
    w = app.window
    w.registry.trigger("go.babies")
    dialog = w.dialog
    assert isinstance(dialog, BabiesDialog)
    dialog.name_edit.setText("Robin")
    dialog.born_edit.setDate(date(2025, 12, 1))
    baby = dialog.save()
    assert baby is not None
    assert [b.id for b in w.home.selected_babies()] == [baby.id]
    assert app.env.saved_settings[-1].last_babies == [baby.id]


def test_the_babies_chosen_last_time_are_chosen_at_the_next_start(make_env: Callable[..., Env]) -> None:
    first = make_env(Settings(theme="light"))
    for baby in (Baby("mia", "Mia", date(2025, 11, 1)), Baby("sam", "Sam", date(2025, 11, 1))):
        first.store.babies.save(baby, created_at=CREATED)
    first.window.refresh_home()
    choose_baby(first.window.home, "sam", also="mia")
    remembered = first.saved_settings[-1].last_babies
    assert remembered == ["sam", "mia"]

    later = make_env(Settings(theme="light", last_babies=remembered))
    for baby in first.store.babies.list():
        later.store.babies.save(baby, created_at=CREATED)
    later.window.set_data(later.store, later.window.routines)     # the data arrives after the first paint
    assert [b.id for b in later.window.home.selected_babies()] == ["sam", "mia"]


def test_a_remembered_baby_who_was_removed_is_passed_over(make_env: Callable[..., Env]) -> None:
    env = make_env(Settings(theme="light", last_babies=["gone"]))
    env.store.babies.save(Baby("mia", "Mia", date(2025, 11, 1)), created_at=CREATED)
    env.window.set_data(env.store, env.window.routines)
    assert env.window.home.selected_babies() == []
