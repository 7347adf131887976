"""The tray icon and keeping the screen awake, with a fake tray and a fake D-Bus screensaver."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QSystemTrayIcon

from tests.helpers.fakes import FakeScreenSaver, FakeTray
from tests.helpers.session_driver import Driver, builtin
from touchtimer.core.clock import FakeScheduler
from touchtimer.core.session.snapshot import Snapshot
from touchtimer.ui.platform.screen_awake import LONG_PAUSE_SECONDS, ScreenAwake
from touchtimer.ui.platform.tray import SessionTray
from touchtimer.ui.widgets.texts import clock_text, remaining_clock_text


class Window:
    hidden = False


def make_tray(driver: Driver, window: Window, calls: list[str], tray: Any) -> SessionTray:
    def snapshot() -> Snapshot | None:
        return driver.engine.snapshot(driver.clock.now) if driver.engine.state.value != "ready" else None

    def run(name: str) -> None:
        calls.append(name)
        driver.command(name)

    return SessionTray(snapshot, on_toggle_pause=lambda: run("toggle_pause"), on_next=lambda: run("next"),
                       on_show_window=lambda: calls.append("show"), window_hidden=lambda: window.hidden,
                       tray=tray)


def test_tray_tooltip_menu_actions_and_notifications(qtbot: QtBot) -> None:
    driver = Driver(builtin("gentle-hello"))
    window, calls, fake = Window(), [], FakeTray()
    tray = make_tray(driver, window, calls, fake)
    tray.attach(driver.runner)
    assert fake.visible and fake.menu is tray.menu
    assert fake.tooltip == "touchtimer — No session running"
    assert not tray.pause_action.isEnabled() and not tray.next_action.isEnabled()

    driver.start()
    driver.advance(15)
    tray.refresh()
    assert fake.tooltip == "touchtimer — Ask first, 0:15 of 1 min"      # counting up, as the window
    assert tray.status_action.text() == "Ask first, 0:15 of 1 min"
    assert fake.messages == []                          # the window is in sight: no notification

    tray.pause_action.trigger()
    assert calls == ["toggle_pause"]
    tray.refresh()
    assert tray.pause_action.text() == "Resume"
    assert fake.tooltip == "touchtimer — Paused: Ask first, 0:15 of 1 min"
    tray.pause_action.trigger()
    tray.refresh()
    assert tray.pause_action.text() == "Pause"

    window.hidden = True
    driver.advance(45)
    assert fake.messages == [("Now: Left leg and foot",
                              "Stroke gently from thigh to foot, then circle the sole with your thumb.")]
    tray.next_action.trigger()
    assert fake.messages[-1][0] == "Now: Right leg and foot"
    tray.show_action.trigger()
    fake.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert calls == ["toggle_pause", "toggle_pause", "next", "show", "show"]
    driver.advance(3600)
    assert fake.messages[-1] == ("Session finished", "Take all the time you like.")
    assert len(fake.messages) == 5      # one per stage change while hidden, and the end
    assert fake.tooltip == "touchtimer — Session finished"


def test_tray_open_ended_stage_counts_up_and_waiting_is_shown(qtbot: QtBot) -> None:
    driver = Driver(builtin("close-time"), wait=True)
    window, calls, fake = Window(), [], FakeTray()
    tray = make_tray(driver, window, calls, fake)
    tray.attach(driver.runner)
    driver.start()
    window.hidden = True
    driver.advance(120)
    assert fake.tooltip == "touchtimer — Ready for the next stage: Close time"
    assert fake.messages == [("Ready when you are", "Next: Close time")]
    assert not tray.pause_action.isEnabled() and tray.next_action.isEnabled()
    tray.next_action.trigger()
    driver.advance(3725)
    tray.refresh()
    assert fake.tooltip == "touchtimer — Close time, 1:02:05 so far"


def test_tray_without_a_system_tray_does_nothing_quietly(qtbot: QtBot) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()   # offscreen has none
    driver = Driver(builtin("gentle-hello"))
    window = Window()
    window.hidden = True
    tray = make_tray(driver, window, [], None)
    tray.attach(driver.runner)
    assert not tray.available
    driver.start()
    driver.advance(3600)
    assert tray.status_action.text() == "Session finished"
    tray.hide()


@pytest.mark.parametrize(("seconds", "left", "so_far"), [
    (0, "0:00", "0:00"), (0.2, "0:01", "0:00"), (12.3, "0:13", "0:12"), (59.5, "1:00", "0:59"),
    (61, "1:01", "1:01"), (3600, "1:00:00", "1:00:00"), (3725, "1:02:05", "1:02:05")])
def test_time_left_rounds_up_and_time_so_far_down(seconds: float, left: str, so_far: str) -> None:
    # The tray uses the window's clock faces (it used to round time so far up: 0:13 beside 0:12).
    assert remaining_clock_text(seconds) == left
    assert clock_text(seconds) == so_far


def awake_session(port: Any, *, wait: bool = False) -> tuple[Driver, ScreenAwake, FakeScheduler]:
    driver = Driver(builtin("gentle-hello"), wait=wait)
    timer = FakeScheduler(driver.clock)
    awake = ScreenAwake(port, timer, platform="linux")
    awake.attach(driver.runner)
    return driver, awake, timer


def test_screen_held_while_running_and_released_at_the_end() -> None:
    bus = FakeScreenSaver()
    driver, awake, _ = awake_session(bus)
    assert bus.calls == [] and not awake.held
    driver.start()
    assert awake.held and list(bus.held.values()) == [("touchtimer", "A touchtimer session is running")]
    driver.advance(400)
    assert bus.calls == ["Inhibit"]                 # stage changes do not ask again
    driver.advance(100)
    assert not awake.held and bus.held == {} and bus.calls == ["Inhibit", "UnInhibit"]
    assert awake.status == ""


def test_long_pause_releases_and_resume_holds_again() -> None:
    bus = FakeScreenSaver()
    driver, awake, timer = awake_session(bus)
    driver.start()
    driver.command("pause")
    timer.advance(LONG_PAUSE_SECONDS - 1)
    assert awake.held
    timer.advance(1)
    assert not awake.held and bus.held == {}
    driver.command("resume")
    assert awake.held and len(bus.held) == 1
    driver.command("pause")
    timer.advance(60)
    driver.command("resume")                        # a short pause keeps the same hold
    assert bus.calls == ["Inhibit", "UnInhibit", "Inhibit"]
    driver.command("end")
    assert bus.held == {} and timer.due is None


def test_waiting_for_the_parent_too_long_releases() -> None:
    bus = FakeScreenSaver()
    driver, awake, timer = awake_session(bus, wait=True)
    driver.start()
    driver.advance(60)                              # the first stage ends; the engine waits
    assert awake.held
    timer.advance(LONG_PAUSE_SECONDS)
    assert not awake.held
    driver.command("next")
    assert awake.held


def test_quit_releases_the_screen() -> None:
    bus = FakeScreenSaver()
    driver, awake, timer = awake_session(bus)
    driver.start()
    driver.command("pause")
    awake.shutdown()
    assert bus.held == {} and not awake.held and timer.due is None
    driver.command("resume")
    driver.advance(3600)                            # detached: no more calls
    assert bus.calls == ["Inhibit", "UnInhibit"]


def test_no_dbus_is_a_quiet_no_op_with_a_status_line() -> None:
    bus = FakeScreenSaver(fail="there is no desktop session bus")
    driver, awake, _ = awake_session(bus)
    seen: list[str] = []
    awake.status_changed.connect(seen.append)
    driver.start()
    driver.advance(3600)
    assert not awake.held
    assert awake.status == "The screen may dim during sessions: there is no desktop session bus."
    assert seen == [awake.status]
    assert bus.calls == ["Inhibit"]                 # asked once, not again at every stage


def test_nothing_is_done_off_linux() -> None:
    driver = Driver(builtin("gentle-hello"))
    awake = ScreenAwake(None, FakeScheduler(driver.clock), platform="darwin")
    awake.attach(driver.runner)
    driver.start()
    assert awake.port is None and not awake.held and awake.status == ""


def test_real_dbus_port_without_a_bus_reports_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/touchtimer-test-bus")
    driver = Driver(builtin("gentle-hello"))
    awake = ScreenAwake(None, FakeScheduler(driver.clock), platform="linux")
    awake.attach(driver.runner)
    driver.start()
    driver.advance(3600)
    assert not awake.held
    assert awake.status == "The screen may dim during sessions: there is no desktop session bus."
