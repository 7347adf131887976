"""Every button on every page and dialog shows its whole label, in both themes, at 100 % and 150 % text.

The theme's ``QPushButton { min-width }`` becomes each button's minimum width, which lets a crowded
layout squeeze a button below the width its label needs ("Add stag", "Skip this qu"). This walks a
parent's way through the app on a 1280x800 window and looks at every visible button.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from tests.helpers.fakes import FakeScreenSaver, FakeTray
from tests.helpers.window import Env
from touchtimer.app import wire_window
from touchtimer.core import paths
from touchtimer.core.routines.files import builtin_routines
from touchtimer.core.settings import Settings, SettingsLoad
from touchtimer.ui.platform.chimes import Chimes
from touchtimer.ui.platform.voice import Voice


def settle() -> None:
    for _ in range(3):  # the layouts settle over a few passes of the event loop
        QApplication.processEvents()


def cut_buttons(widget: QWidget) -> list[tuple[str, int, int]]:
    settle()
    buttons = [b for b in widget.findChildren(QPushButton) if b.isVisible()]
    assert buttons, widget
    return [(b.text(), b.width(), b.sizeHint().width()) for b in buttons if b.width() < b.sizeHint().width()]


@pytest.mark.parametrize("theme", ["light", "night"])
@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_no_button_label_is_cut_anywhere(make_env: Callable[..., Env], tmp_path: Path, theme: str,
                                         scale: float) -> None:
    env = make_env(Settings(theme=theme, text_scale=scale), routines=builtin_routines())
    w = env.window
    wire_window(w, SettingsLoad(env.settings), tmp_path / "config", voice=Voice("mock"),
                chimes=Chimes(has_output=lambda: True), screen_port=FakeScreenSaver(), tray=FakeTray())
    w.routines_dir = paths.routines_dir(tmp_path / "data")
    w.routines_dir.mkdir(parents=True, exist_ok=True)
    found: dict[str, list[tuple[str, int, int]]] = {}

    def look(name: str, widget: QWidget | None) -> None:
        assert widget is not None, name
        found[name] = cut_buttons(widget)

    def look_at_dialog(name: str) -> None:
        look(name, w.dialog)
        assert w.dialog is not None
        w.dialog.reject()
        settle()

    w.home.select_routine("close-time")
    look("home", w)
    w.registry.trigger("go.history")
    look("history", w)
    w.show_page("home")
    w.registry.trigger("app.settings")
    look_at_dialog("settings")
    w.registry.trigger("go.babies")
    look_at_dialog("babies")
    w.edit_routine()
    look_at_dialog("routine editor")
    w.open_routine("close-time")
    look("pre-session", w)
    w.presession.start_button.click()
    env.advance(600)
    look("running", w)
    w.registry.trigger("session.emergency")
    look_at_dialog("emergency")
    env.advance(40 * 60)
    w.controller.runner.next()
    env.advance(60)
    look("summary", w)
    w.open_checkin()
    look_at_dialog("check-in")
    w.discard_session()
    assert {name: cut for name, cut in found.items() if cut} == {}
    assert len(found) == 10
