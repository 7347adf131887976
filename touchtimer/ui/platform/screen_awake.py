"""Keep the screen from blanking while a session runs.

On Linux this asks the desktop through the freedesktop ScreenSaver D-Bus interface
(``Inhibit(app_name, reason) -> cookie`` and ``UnInhibit(cookie)``) on the session bus, using QtDBus,
imported only when a session first starts. Elsewhere it does nothing. The D-Bus call sits behind a
small port (:class:`InhibitPort`) so tests use a fake bus.

Policy: hold while a session runs; release when it ends, when it has been paused (or waiting for the
parent) for longer than :data:`LONG_PAUSE_SECONDS`, and when the app quits (:meth:`ScreenAwake.shutdown`).
No D-Bus, or no screensaver service answering: a quiet no-op, and :attr:`ScreenAwake.status` says so.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from touchtimer.core.clock import Scheduler
from touchtimer.core.session.events import (
    Event,
    SessionFinished,
    SessionPaused,
    SessionResumed,
    SessionStarted,
    StageStarted,
    WaitingForParent,
)
from touchtimer.core.session.runner import SessionListener

#: A pause (or a wait for the parent) longer than this lets the screen blank again. Five minutes:
#: long enough for a feed-time fumble or a nappy, short enough not to keep a forgotten screen lit.
LONG_PAUSE_SECONDS = 5 * 60

SERVICE = "org.freedesktop.ScreenSaver"
OBJECT_PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"


class InhibitError(Exception):
    """The screensaver could not be asked; the message says why in plain words."""


class InhibitPort(Protocol):
    def inhibit(self, app_name: str, reason: str) -> int: ...

    def uninhibit(self, cookie: int) -> None: ...


class DBusScreenSaver:
    """The freedesktop ScreenSaver interface on the session bus, through QtDBus (imported lazily).

    Each inhibition is asked for over its own private connection to the session bus, and released by
    closing that connection. The spec's ``UnInhibit`` takes a ``uint32``, which PySide6 cannot send
    (Python ints always travel as ``int32``, and the call is then refused as "no such method"); the
    screensaver services drop every inhibition of a caller that leaves the bus, which is also what
    happens when the app quits (GNOME's and KDE's services both watch for it).
    """

    def __init__(self) -> None:
        self._connections: dict[int, str] = {}
        self._count = 0

    def inhibit(self, app_name: str, reason: str) -> int:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage
        except (ImportError, OSError) as exc:
            raise InhibitError(f"the D-Bus module could not be loaded ({exc})") from None
        self._count += 1
        name = f"touchtimer-screen-awake-{self._count}"
        bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
        try:
            if not bus.isConnected():
                raise InhibitError("there is no desktop session bus")
            iface = QDBusInterface(SERVICE, OBJECT_PATH, INTERFACE, bus)
            if not iface.isValid():
                raise InhibitError("the desktop offers no screensaver service to ask")
            reply = iface.call("Inhibit", app_name, reason)
            if reply.type() == QDBusMessage.MessageType.ErrorMessage:
                raise InhibitError(f"the screensaver refused ({reply.errorMessage()})")
            values = list(reply.arguments())
            if not values or not isinstance(values[0], int):
                raise InhibitError("the screensaver gave no answer")
        except InhibitError:
            QDBusConnection.disconnectFromBus(name)
            raise
        cookie = int(values[0])
        self._connections[cookie] = name
        return cookie

    def uninhibit(self, cookie: int) -> None:
        from PySide6.QtDBus import QDBusConnection

        name = self._connections.pop(cookie, None)
        if name is not None:
            QDBusConnection.disconnectFromBus(name)


class QtSingleShot:
    """The core :class:`Scheduler` port on a single-shot ``QTimer``."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        self._callback: Callable[[], None] | None = None
        self._timer.timeout.connect(self._fire)

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()

    def schedule(self, delay: float, callback: Callable[[], None]) -> None:
        self._callback = callback
        self._timer.start(max(0, round(delay * 1000)))

    def cancel(self) -> None:
        self._timer.stop()
        self._callback = None


class ScreenAwake(QObject, SessionListener):
    """Holds the screen awake while a session runs, through an :class:`InhibitPort`."""

    status_changed = Signal(str)

    def __init__(self, port: InhibitPort | None = None, scheduler: Scheduler | None = None, *,
                 platform: str = sys.platform, long_pause: float = LONG_PAUSE_SECONDS,
                 app_name: str = "touchtimer", parent: QObject | None = None) -> None:
        super().__init__(parent)
        if port is None and platform.startswith("linux"):
            port = DBusScreenSaver()
        self.port = port
        self.scheduler: Scheduler = scheduler or QtSingleShot(self)
        self.long_pause = long_pause
        self.app_name = app_name
        self.cookie: int | None = None
        self._status = ""
        self._gave_up = False           # asked and failed: not again until the next session

    @property
    def status(self) -> str:
        """Why the screen may blank during a session ("" when holding it works or is not tried)."""
        return self._status

    @property
    def held(self) -> bool:
        return self.cookie is not None

    def on_event(self, event: Event) -> None:
        if isinstance(event, SessionStarted):
            self._gave_up = False
        if isinstance(event, SessionStarted | SessionResumed | StageStarted):
            self.scheduler.cancel()
            self.hold()
        elif isinstance(event, SessionPaused | WaitingForParent):
            self.scheduler.schedule(self.long_pause, self.release)
        elif isinstance(event, SessionFinished):
            self.scheduler.cancel()
            self.release()

    def hold(self) -> None:
        if self.port is None or self.cookie is not None or self._gave_up:
            return
        try:
            self.cookie = self.port.inhibit(self.app_name, self.tr("A touchtimer session is running"))
        except InhibitError as exc:
            self._gave_up = True
            self._set_status(self.tr("The screen may dim during sessions: {0}.").replace("{0}", str(exc)))
            return
        self._set_status("")

    def release(self) -> None:
        cookie, self.cookie = self.cookie, None
        if cookie is None or self.port is None:
            return
        with contextlib.suppress(InhibitError):  # the desktop forgets the cookie when we quit anyway
            self.port.uninhibit(cookie)

    def shutdown(self) -> None:
        """On quit: release the screen and stop listening."""
        self.scheduler.cancel()
        self.release()
        self.detach()

    def _set_status(self, text: str) -> None:
        if text != self._status:
            self._status = text
            self.status_changed.emit(text)
