"""The window opens inside the screen's available area, at the size it had on that screen last time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QRect, QSize

from tests.helpers.window import Env
from touchtimer.core.settings import Settings, load_settings, save_settings
from touchtimer.ui.window.geometry import FRAME, PREFERRED, initial_geometry, remember, screen_key


def test_a_large_screen_gets_the_preferred_size_centred() -> None:
    rect, maximised = initial_geometry(QRect(0, 0, 1920, 1040))
    assert (rect.size(), maximised) == (PREFERRED, False)
    assert rect.center() == QRect(0, 0, 1920, 1040).center()


def test_a_laptop_screen_opens_maximised_within_its_panels() -> None:
    for available in (QRect(0, 27, 1366, 741), QRect(0, 0, 1024, 600), QRect(0, 0, 910, 512)):
        rect, maximised = initial_geometry(available)
        assert maximised
        assert available.contains(rect)
        assert rect.width() <= available.width() - FRAME.width()
        assert rect.height() <= available.height() - FRAME.height()


def test_a_remembered_size_is_used_but_never_larger_than_the_screen() -> None:
    rect, maximised = initial_geometry(QRect(0, 0, 1920, 1040), QSize(1000, 700))
    assert (rect.size(), maximised) == (QSize(1000, 700), False)
    rect, maximised = initial_geometry(QRect(0, 0, 1024, 600), QSize(1800, 1000))
    assert maximised and QRect(0, 0, 1024, 600).contains(rect)


def test_the_size_is_kept_per_screen_and_survives_a_restart(make_env: Callable[..., Env],
                                                           tmp_path: Path) -> None:
    env = make_env(Settings(theme="light"))
    window = env.window
    window.resize(1100, 700)
    key = screen_key(window.screen())
    remember(window, env.settings)
    assert env.settings.window_sizes[key] == [1100, 700, 0]
    env.settings.window_sizes["other 2560x1440"] = [1600, 1000, 1]
    save_settings(tmp_path, env.settings)
    assert load_settings(tmp_path).settings.window_sizes == {key: [1100, 700, 0],
                                                             "other 2560x1440": [1600, 1000, 1]}


def test_closing_the_window_remembers_its_size(make_env: Callable[..., Env]) -> None:
    env = make_env(Settings(theme="light"))
    env.window.resize(1000, 650)
    env.window.close()
    assert env.saved_settings[-1].window_sizes[screen_key(env.window.screen())] == [1000, 650, 0]


def test_place_shows_the_window_maximised_on_a_small_screen_and_normal_on_a_large_one(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMainWindow

    from touchtimer.ui.window.geometry import place

    small, large = QMainWindow(), QMainWindow()
    for window in (small, large):
        qtbot.addWidget(window)
    place(small, QRect(0, 0, 1024, 600), Settings())
    place(large, QRect(0, 0, 2560, 1400), Settings())
    assert small.isVisible() and small.isMaximized()
    assert large.isVisible() and not large.isMaximized() and large.size() == PREFERRED
