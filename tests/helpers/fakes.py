"""Fakes for the desktop: a tray icon and the D-Bus screensaver port."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from touchtimer.ui.platform.screen_awake import InhibitError


class FakeTray(QObject):
    activated = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.tooltip = ""
        self.menu: Any = None
        self.visible = False
        self.messages: list[tuple[str, str]] = []

    def setContextMenu(self, menu: Any) -> None:
        self.menu = menu

    def setToolTip(self, text: str) -> None:
        self.tooltip = text

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False

    def showMessage(self, title: str, message: str, *_: object) -> None:
        self.messages.append((title, message))


class FakeScreenSaver:
    """The D-Bus ScreenSaver port, in memory."""

    def __init__(self, fail: str = "") -> None:
        self.fail = fail
        self.next_cookie = 100
        self.held: dict[int, tuple[str, str]] = {}
        self.calls: list[str] = []

    def inhibit(self, app_name: str, reason: str) -> int:
        self.calls.append("Inhibit")
        if self.fail:
            raise InhibitError(self.fail)
        self.next_cookie += 1
        self.held[self.next_cookie] = (app_name, reason)
        return self.next_cookie

    def uninhibit(self, cookie: int) -> None:
        self.calls.append("UnInhibit")
        del self.held[cookie]
