"""Every view reads again from the store's one change object: no refresh is wired by hand.

The window is wired as ``app.run`` wires it; a change made in one place (an import in History, a baby
added in the babies dialog, the daily aim saved in the settings) shows everywhere else at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from tests.helpers.fakes import FakeScreenSaver, FakeTray
from tests.helpers.history_factory import session
from tests.helpers.window import Env
from touchtimer.app import Wiring, wire_window
from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.history.export_format import export_json
from touchtimer.core.settings import SettingsLoad, load_settings
from touchtimer.core.storage.changes import Changes
from touchtimer.core.storage.store import open_store
from touchtimer.ui.babies.dialog import BabiesDialog
from touchtimer.ui.history.view import HistoryView
from touchtimer.ui.main_window import MainWindow
from touchtimer.ui.platform.chimes import Chimes
from touchtimer.ui.platform.voice import Voice
from touchtimer.ui.settings.dialog import SettingsDialog


@dataclass
class Wired:
    env: Env
    wiring: Wiring
    config_dir: Path

    @property
    def window(self) -> MainWindow:
        return self.env.window

    def history(self) -> HistoryView:
        self.window.registry.trigger("go.history")
        view = self.window.pages["history"]
        assert isinstance(view, HistoryView) and self.window.current_page() == "history"
        return view


@pytest.fixture
def wired(make_env: Callable[..., Env], tmp_path: Path) -> Iterator[Wired]:
    env = make_env()
    config_dir = tmp_path / "config"
    wiring = wire_window(env.window, SettingsLoad(env.settings), config_dir, voice=Voice("mock"),
                         chimes=Chimes(has_output=lambda: True), screen_port=FakeScreenSaver(),
                         tray=FakeTray())
    yield Wired(env, wiring, config_dir)
    wiring.shutdown()


def home_babies(window: MainWindow) -> list[str]:
    box = window.home.baby_box
    return [box.itemText(i) for i in range(box.count())]


def export_with_a_new_baby(path: Path) -> Path:
    """An export from another laptop: a baby this one has never seen, and her session."""
    other = open_store(None)
    noor = add_baby(other, "Noor", date(2026, 2, 20), today=date(2026, 3, 10))
    other.sessions.save(session("from-the-other-laptop", datetime(2026, 3, 9, 20, 0, tzinfo=UTC),
                                babies=[noor.id]))
    path.write_text(export_json(other), encoding="utf-8")
    other.close()
    return path


def test_a_baby_imported_through_history_is_listed_on_home_at_once(wired: Wired, tmp_path: Path) -> None:
    window = wired.window
    assert home_babies(window) == ["No one chosen"]
    view = wired.history()
    assert view.import_from(export_with_a_new_baby(tmp_path / "other-laptop.json"))
    assert view.model.total_sessions == 1 and "Noor" in view.model.baby_names.values()
    window.show_page("home")
    assert home_babies(window) == ["No one chosen", "Noor"]          # no restart needed


def test_a_baby_added_in_the_babies_dialog_reaches_the_history_filter(wired: Wired) -> None:
    window = wired.window
    view = wired.history()
    window.show_page("home")
    window.home.babies_button.click()
    dialog = window.dialog
    assert isinstance(dialog, BabiesDialog)
    dialog.name_edit.setText("Robin")
    dialog.save_button.click()
    names = [view.filters.baby_box.itemText(i) for i in range(view.filters.baby_box.count())]
    assert "Robin" in names and "Robin" in home_babies(window)
    dialog.reject()


def test_the_daily_aim_saved_in_the_settings_reaches_the_history_at_once(wired: Wired) -> None:
    window = wired.window
    view = wired.history()
    assert view.totals.target_box.value() == 60
    window.registry.trigger("app.settings")
    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.daily_target.setValue(95)
    dialog.save()
    assert view.totals.target_box.value() == 95
    assert load_settings(wired.config_dir).settings.daily_target_minutes == 95


def test_the_daily_aim_changed_in_the_history_is_saved_and_said_once(wired: Wired) -> None:
    view = wired.history()
    store = wired.env.store
    heard: list[Changes] = []
    store.changes.subscribe(heard.append)
    view.totals.target_box.setValue(120)
    assert heard == [Changes(settings=True)] and heard[0].store is store
    assert wired.window.settings.daily_target_minutes == 120
    assert load_settings(wired.config_dir).settings.daily_target_minutes == 120


def test_a_closed_dialog_is_no_longer_told(wired: Wired) -> None:
    window, store = wired.window, wired.env.store
    window.home.babies_button.click()
    dialog = window.dialog
    assert isinstance(dialog, BabiesDialog)
    dialog.reject()                                  # deleted on close
    QApplication.sendPostedEvents(None, 0)           # the deferred delete
    assert not isValid(dialog)
    add_baby(store, "Ada", date(2026, 3, 1), today=date(2026, 3, 10))     # a dead dialog would raise
    assert "Ada" in home_babies(window)
