"""The desktop around the window while a session runs: the screen kept awake, the tray icon, media keys
and headphone buttons (MPRIS2), and announcements to screen readers.

Each is one small function taking the window; :func:`touchtimer.app.wire_window` calls them all and
tests call them with fakes (a fake D-Bus screensaver, a fake tray, a private bus). The Qt modules they
need (D-Bus, the tray) are imported on first use, not at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from touchtimer.ui.main_window import MainWindow
    from touchtimer.ui.platform.media_keys import MediaKeys
    from touchtimer.ui.platform.screen_awake import InhibitPort, ScreenAwake
    from touchtimer.ui.platform.tray import SessionTray
    from touchtimer.ui.session.announcer import SessionAnnouncer


def show_window(window: MainWindow) -> None:
    """Bring the window back from the tray or from behind other windows."""
    window.showNormal()
    window.raise_()
    window.activateWindow()


def attach_screen_awake(window: MainWindow, port: InhibitPort | None = None) -> ScreenAwake:
    """Keep the screen on while a session runs (freedesktop ScreenSaver over D-Bus on Linux)."""
    from touchtimer.ui.platform.screen_awake import ScreenAwake

    awake = ScreenAwake(port, parent=window)
    awake.attach(window.controller.runner)
    return awake


def attach_tray(window: MainWindow, tray: Any = None) -> SessionTray:
    """A tray icon with the stage and time left; where there is no tray it quietly does nothing."""
    from touchtimer.ui.platform.tray import SessionTray

    session_tray = SessionTray(
        window.controller.snapshot,
        on_toggle_pause=lambda: window.registry.trigger("session.pause"),
        on_next=lambda: window.registry.trigger("session.next"),
        on_show_window=lambda: show_window(window),
        window_hidden=lambda: window.isHidden() or window.isMinimized(),
        tray=tray, parent=window)
    window.controller.changed.connect(session_tray.refresh)
    window.stack.currentChanged.connect(lambda _index: session_tray.refresh())  # saved or discarded
    session_tray.attach(window.controller.runner)
    return session_tray


def attach_media_keys(window: MainWindow, connect: Any = None) -> MediaKeys:
    """Media keys, the desktop's media controls and headphone buttons run the session (MPRIS2 on the
    session D-Bus, while a session runs). ``connect(name)`` gives the bus connection (tests: a private
    bus, or ``None`` for no D-Bus at all)."""
    from touchtimer.ui.platform.media_keys import MediaKeys

    keys = MediaKeys(lambda: window.controller.engine, window.controller.snapshot, window.registry.trigger,
                     lambda: show_window(window), connect=connect, parent=window)
    keys.attach(window.controller.runner)
    window.controller.changed.connect(keys.refresh)             # the minute in the title; a continued session
    window.stack.currentChanged.connect(lambda _index: keys.refresh())   # saved or discarded: gone
    return keys


def attach_announcements(window: MainWindow) -> SessionAnnouncer:
    """Stage changes, pauses, resumes, waits and safety checks, announced to screen readers."""
    from touchtimer.ui.session.announcer import SessionAnnouncer

    announcer = SessionAnnouncer(window)
    announcer.attach(window.controller.runner)
    return announcer
