"""The window as the app builds it, wired by ``app.wire_window`` with a mock voice, fake D-Bus (no media
keys: no session bus) and a fake tray, for tests of the whole product (the ``make_app`` fixture in
``tests/ui/conftest.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.helpers.fakes import FakeScreenSaver, FakeTray
from tests.helpers.window import Env
from touchtimer.app import Wiring, wire_window
from touchtimer.core.settings import SettingsLoad
from touchtimer.ui.platform.chimes import Chimes
from touchtimer.ui.platform.voice import Voice


@dataclass
class App:
    """A window as the app builds it, wired with a mock voice, fake D-Bus and a fake tray."""

    env: Env
    wiring: Wiring
    voice: Voice
    chimes: Chimes
    screensaver: FakeScreenSaver
    tray: FakeTray
    config_dir: Path
    spoken: list[tuple[float, str]]
    rung: list[tuple[float, str]]

    @property
    def window(self) -> Any:
        return self.env.window


def wire_app(env: Env, config_dir: Path, *, problems: list[str] | None = None,
             voice: Voice | None = None) -> App:
    """Wire ``env``'s window as the app does, recording what is said and rung (at the fake clock's time)."""
    voice = voice or Voice("mock")
    chimes = Chimes(has_output=lambda: True)
    screensaver, tray = FakeScreenSaver(), FakeTray()
    wiring = wire_window(env.window, SettingsLoad(env.settings, problems or []), config_dir,
                         voice=voice, chimes=chimes, screen_port=screensaver, tray=tray,
                         media_bus=lambda _name: None)
    spoken: list[tuple[float, str]] = []
    rung: list[tuple[float, str]] = []
    voice.said.connect(lambda text: spoken.append((env.clock.now, text)))
    chimes.played.connect(lambda kind, _volume: rung.append((env.clock.now, kind)))
    return App(env, wiring, voice, chimes, screensaver, tray, config_dir, spoken, rung)
