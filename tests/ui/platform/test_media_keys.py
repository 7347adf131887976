"""Media keys and headphone buttons, for real: touchtimer's MPRIS2 player on a private session bus.

Each test starts its own ``dbus-daemon``, points ``DBUS_SESSION_BUS_ADDRESS`` at it, runs a session
in the window on a fake clock, and calls the player from outside with ``dbus-send`` as a desktop's
media keys would (``gdbus``, a GLib client, checks the exact D-Bus types). The bus is stopped at the
end of each test, failed or not.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtDBus import QDBusConnection

from tests.helpers.dbus_bus import private_session_bus, run_dbus_send
from tests.helpers.system_tools import need
from tests.helpers.window import Env, choose_on_home
from touchtimer.core.session.engine import State
from touchtimer.ui.platform.media_keys import MediaKeys
from touchtimer.ui.window.desktop import attach_media_keys

NAME = "org.mpris.MediaPlayer2.touchtimer"
PATH = "/org/mpris/MediaPlayer2"
PLAYER = "org.mpris.MediaPlayer2.Player"


@pytest.fixture
def bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with private_session_bus(tmp_path / "runtime") as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address


class Desktop:
    """The desktop side: dbus-send calls answered by the window while its event loop runs."""

    def __init__(self, qtbot: QtBot, address: str) -> None:
        self.qtbot, self.address = qtbot, address

    def send(self, *args: str, dest: str = NAME) -> subprocess.CompletedProcess[str]:
        process = subprocess.Popen(["dbus-send", f"--bus={self.address}", "--print-reply", f"--dest={dest}",
                                    PATH, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            self.qtbot.waitUntil(lambda: process.poll() is not None, timeout=20_000)
        finally:
            if process.poll() is None:
                process.kill()
            out, err = process.communicate(timeout=10)
        return subprocess.CompletedProcess(process.args, process.returncode, out, err)

    def call(self, method: str) -> None:
        done = self.send(f"{PLAYER}.{method}" if "." not in method else method)
        assert done.returncode == 0, done.stderr

    def get(self, name: str, interface: str = PLAYER) -> str:
        done = self.send("org.freedesktop.DBus.Properties.Get", f"string:{interface}", f"string:{name}")
        assert done.returncode == 0, done.stderr
        return done.stdout

    def gdbus(self, *args: str) -> str:
        """A GLib client's view (it prints each value with its exact type when not the default)."""
        need("gdbus")
        process = subprocess.Popen(["gdbus", "call", "--address", self.address, "--dest", NAME,
                                    "--object-path", PATH, *args], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        self.qtbot.waitUntil(lambda: process.poll() is not None, timeout=20_000)
        out, err = process.communicate(timeout=10)
        assert process.returncode == 0, err
        return out

    def owner(self, name: str = NAME) -> bool:
        done = run_dbus_send(self.address, ["--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                                            "org.freedesktop.DBus.NameHasOwner", f"string:{name}"])
        assert done.returncode == 0, done.stderr
        return "boolean true" in done.stdout


def _start(env: Env, routine: str = "test-massage") -> None:
    choose_on_home(env, routine)
    env.window.presession.start_button.click()


def _published(qtbot: QtBot, keys: MediaKeys) -> None:
    qtbot.waitUntil(lambda: keys.player is not None, timeout=10_000)   # just after the start


def _state(env: Env) -> tuple[State, int]:
    engine = env.window.controller.engine
    assert engine is not None
    return engine.state, engine.index


def test_media_buttons_run_the_session_and_the_desktop_sees_it(make_env: Callable[..., Env], qtbot: QtBot,
                                                                bus: str) -> None:
    env = make_env()
    keys = attach_media_keys(env.window)               # the app's own wiring: DBUS_SESSION_BUS_ADDRESS
    desktop = Desktop(qtbot, bus)
    need("dbus-monitor")
    monitor = subprocess.Popen(["dbus-monitor", "--address", bus,
                                "type='signal',interface='org.freedesktop.DBus.Properties'"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert not desktop.owner()                      # no session, no player
        _start(env)
        _published(qtbot, keys)
        assert desktop.owner()
        assert 'string "Playing"' in desktop.get("PlaybackStatus")
        metadata = desktop.get("Metadata")
        for part in ('string "xesam:album"', 'string "Test massage"', 'string "xesam:title"',
                     'string "Legs — 1 min left"', 'string "mpris:length"', "int64 60000000",
                     'object path "/io/github/touchtimer/TouchTimer/stage/1"'):
            assert part in metadata, metadata
        env.advance(20)
        assert "int64 20000000" in desktop.get("Position")
        for name in ("CanGoNext", "CanGoPrevious", "CanPlay", "CanPause", "CanControl"):
            assert "boolean true" in desktop.get(name)
        assert "boolean false" in desktop.get("CanSeek")

        desktop.call("PlayPause")                       # the headset's one button
        assert _state(env) == (State.PAUSED, 0)
        assert 'string "Paused"' in desktop.get("PlaybackStatus")
        env.advance(30)                                 # paused: time stands still
        assert "int64 20000000" in desktop.get("Position")
        desktop.call("PlayPause")
        assert _state(env) == (State.RUNNING, 0)
        desktop.call("Next")
        assert _state(env) == (State.RUNNING, 1)
        metadata = desktop.get("Metadata")
        assert 'string "Arms — 2 min left"' in metadata and "int64 90000000" in metadata
        assert 'object path "/io/github/touchtimer/TouchTimer/stage/2"' in metadata
        desktop.call("Previous")
        assert _state(env) == (State.RUNNING, 0)
        desktop.call("Pause")
        desktop.call("Pause")                           # Pause only pauses
        assert _state(env) == (State.PAUSED, 0)
        desktop.call("Play")
        desktop.call("Play")                            # Play only resumes
        assert _state(env) == (State.RUNNING, 0)
        desktop.call("Stop")                            # never ends a session from a headset
        assert _state(env) == (State.PAUSED, 0)

        env.window.showMinimized()
        desktop.call("org.mpris.MediaPlayer2.Raise")
        assert not env.window.isMinimized()
        assert "boolean true" in desktop.get("CanRaise", "org.mpris.MediaPlayer2")
        assert 'string "touchtimer"' in desktop.get("Identity", "org.mpris.MediaPlayer2")
        assert 'string "io.github.touchtimer.TouchTimer"' in desktop.get("DesktopEntry",
                                                                        "org.mpris.MediaPlayer2")

        env.window.controller.runner.end()              # the session ends: the player goes
        assert not desktop.owner() and keys.player is None
        env.window.discard_session()
    finally:
        monitor.terminate()
        signals, _ = monitor.communicate(timeout=10)
    # The desktop was told of each change once, as it happened: the pauses and resumes, and each new
    # stage as one new track (never a half-changed one); not the passing seconds.
    assert signals.count("member=PropertiesChanged") == 7, signals
    statuses = re.findall(r'string "PlaybackStatus"\s+variant\s+string "(\w+)"', signals)
    assert statuses == ["Paused", "Playing", "Paused", "Playing", "Paused"], signals
    tracks = re.findall(r'object path "/io/github/touchtimer/TouchTimer/stage/(\d+)"', signals)
    assert tracks == ["2", "3"] and 'string "Arms — 2 min left"' in signals, signals


def test_waiting_for_you_shows_as_paused_and_play_starts_the_next_stage(make_env: Callable[..., Env],
                                                                        qtbot: QtBot, bus: str) -> None:
    from touchtimer.core.settings import Settings

    env = make_env(Settings(theme="light", wait_between_stages=True))
    keys = attach_media_keys(env.window)
    desktop = Desktop(qtbot, bus)
    _start(env)
    _published(qtbot, keys)
    env.advance(60)
    assert _state(env) == (State.WAITING, 0)
    assert 'string "Paused"' in desktop.get("PlaybackStatus")
    assert 'string "Ready for “Arms”"' in desktop.get("Metadata")
    desktop.call("PlayPause")                           # the one button goes on, as Next does then
    assert _state(env) == (State.RUNNING, 1)
    env.window.controller.runner.end()
    env.window.discard_session()
    assert not desktop.owner()


def test_exact_types_for_glib_clients(make_env: Callable[..., Env], qtbot: QtBot, bus: str) -> None:
    env = make_env()
    keys = attach_media_keys(env.window)
    desktop = Desktop(qtbot, bus)
    _start(env, "test-skin")
    _published(qtbot, keys)
    env.advance(30)
    player = desktop.gdbus("--method", "org.freedesktop.DBus.Properties.GetAll", PLAYER)
    assert "'mpris:length': <int64 60000000>" in player
    assert "'mpris:trackid': <objectpath '/io/github/touchtimer/TouchTimer/stage/1'>" in player
    assert "'xesam:artist': <['touchtimer']>" in player and "'PlaybackStatus': <'Playing'>" in player
    assert "(<int64 30000000>,)" in desktop.gdbus("--method", "org.freedesktop.DBus.Properties.Get",
                                                    PLAYER, "Position")
    root = desktop.gdbus("--method", "org.freedesktop.DBus.Properties.GetAll", "org.mpris.MediaPlayer2")
    assert "'SupportedUriSchemes': <@as []>" in root and "'CanQuit': <false>" in root
    desktop.call("Next")                                # an open-ended stage: no length
    player = desktop.gdbus("--method", "org.freedesktop.DBus.Properties.GetAll", PLAYER)
    assert "mpris:length" not in player and "'xesam:title': <'Rest together'>" in player
    introspection = desktop.gdbus("--method", "org.freedesktop.DBus.Introspectable.Introspect")
    assert '<property name="Position" type="x" access="read"/>' in introspection
    env.window.controller.runner.end()
    env.window.discard_session()


def test_a_second_touchtimer_takes_a_name_of_its_own(make_env: Callable[..., Env], qtbot: QtBot,
                                                     bus: str) -> None:
    other = QDBusConnection.connectToBus(bus, "test-other-touchtimer")
    try:
        assert other.registerService(NAME)
        env = make_env()
        keys = attach_media_keys(env.window)
        _start(env)
        _published(qtbot, keys)
        assert keys.player is not None and keys.player.name.startswith(f"{NAME}.instance")
        assert Desktop(qtbot, bus).owner(keys.player.name)
        env.window.controller.runner.end()
        env.window.discard_session()
    finally:
        QDBusConnection.disconnectFromBus("test-other-touchtimer")


def test_without_a_session_bus_the_session_runs_and_one_line_says_why(
        make_env: Callable[..., Env], qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus-here'}")
    env = make_env()
    keys = attach_media_keys(env.window)
    for session in (1, 2):                              # two sessions, one line
        _start(env)
        qtbot.waitUntil(lambda n=session: keys.attempts == n, timeout=10_000)
        env.advance(5)                                  # the refresh goes on: no new attempt
        assert keys.problem and keys.player is None and _state(env)[0] is State.RUNNING
        assert keys.attempts == session
        env.window.controller.runner.end()
        env.window.discard_session()
    lines = [line for line in capsys.readouterr().err.splitlines() if "media keys" in line]
    assert len(lines) == 1 and lines[0].startswith("touchtimer: media keys and headphone buttons are off")


def test_no_bus_at_all_is_quiet_for_the_whole_app(make_app: Callable[..., Any], qtbot: QtBot) -> None:
    app = make_app()                                    # wired as the app is, with no D-Bus
    keys = app.wiring.actions["media_keys"]
    _start(app.env)
    qtbot.waitUntil(lambda: bool(keys.problem), timeout=10_000)
    assert keys.player is None and app.window.statusBar().currentMessage() == ""
    app.window.controller.runner.end()
    app.window.discard_session()
