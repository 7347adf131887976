"""A system-tray icon that shows the stage and time left, with pause/resume, next and show window.

It reads the engine's snapshot through a provider (it never computes time), and shows a notification
at each stage change while the window is hidden or minimised. Where no tray exists (the offscreen
platform, some desktops) it quietly does nothing: :attr:`SessionTray.available` is ``False``.

Wiring::

    tray = SessionTray(runner.snapshot,
                       window_hidden=lambda: window.isHidden() or window.isMinimized(),
                       on_toggle_pause=..., on_next=..., on_show_window=window.showNormal)
    tray.attach(runner)      # and call tray.refresh() with the once-a-second display refresh
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from touchtimer.core.session.engine import State
from touchtimer.core.session.events import Event, SessionFinished, StageStarted, WaitingForParent
from touchtimer.core.session.runner import SessionListener
from touchtimer.core.session.snapshot import Snapshot
from touchtimer.resources import ICON_FILE, asset_path
from touchtimer.ui.widgets.texts import clock_text, minutes_text

NOTIFY_MS = 8000


def app_icon() -> QIcon:
    return QIcon(str(asset_path(ICON_FILE)))


class SessionTray(QObject, SessionListener):
    def __init__(self, snapshot: Callable[[], Snapshot | None], *,
                 on_toggle_pause: Callable[[], None], on_next: Callable[[], None],
                 on_show_window: Callable[[], None], window_hidden: Callable[[], bool],
                 tray: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._window_hidden = window_hidden
        if tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            tray = QSystemTrayIcon(app_icon(), self)
        self.tray = tray
        self.menu = QMenu()
        self.status_action = QAction(self.menu)
        self.status_action.setEnabled(False)
        self.pause_action = QAction(self.tr("Pause"), self.menu)
        self.next_action = QAction(self.tr("Next stage"), self.menu)
        self.show_action = QAction(self.tr("Show window"), self.menu)
        self.pause_action.triggered.connect(lambda: on_toggle_pause())
        self.next_action.triggered.connect(lambda: on_next())
        self.show_action.triggered.connect(lambda: on_show_window())
        for action in (self.status_action, None, self.pause_action, self.next_action, None,
                       self.show_action):
            if action is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(action)
        if self.tray is not None:
            self.tray.setContextMenu(self.menu)
            self.tray.activated.connect(self._on_activated)
            self.tray.show()
        self.refresh()

    @property
    def available(self) -> bool:
        return self.tray is not None

    def _on_activated(self, reason: Any) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_action.trigger()

    def describe(self, snap: Snapshot | None) -> str:
        """One line: the stage and its time, as shown in the tooltip and the menu."""
        if snap is None or snap.state is State.READY:
            return self.tr("No session running")
        if snap.state is State.FINISHED:
            return self.tr("Session finished")
        title = snap.stage.title
        if snap.state is State.WAITING:
            nxt = snap.next_stage.title if snap.next_stage else ""
            return self.tr("Ready for the next stage: {0}").replace("{0}", nxt)
        if snap.stage_length is not None:     # counting up, as the window does: "0:15 of 1 min"
            line = self.tr("{0}, {1} of {2}").replace("{0}", title).replace(
                "{1}", clock_text(snap.stage_elapsed)).replace("{2}", minutes_text(snap.stage_length))
        else:
            line = self.tr("{0}, {1} so far").replace("{0}", title).replace(
                "{1}", clock_text(snap.stage_elapsed))
        if snap.state is State.PAUSED:
            line = self.tr("Paused: {0}").replace("{0}", line)
        return line

    def refresh(self) -> None:
        """Show the current snapshot (call with the window's once-a-second refresh)."""
        snap = self._snapshot()
        line = self.describe(snap)
        self.status_action.setText(line)
        active = snap is not None and snap.state in (State.RUNNING, State.PAUSED, State.WAITING)
        paused = snap is not None and snap.state is State.PAUSED
        self.pause_action.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_action.setEnabled(active and snap is not None and snap.state is not State.WAITING)
        self.next_action.setEnabled(active)
        if self.tray is not None:
            self.tray.setToolTip(f"touchtimer — {line}")

    def on_event(self, event: Event) -> None:
        """A runner listener: refresh, and notify at stage changes while the window is out of sight."""
        self.refresh()
        if self.tray is None or not self._window_hidden():
            return
        if isinstance(event, StageStarted):
            self._notify(self.tr("Now: {0}").replace("{0}", event.stage.title), event.stage.instruction)
        elif isinstance(event, WaitingForParent):
            snap = self._snapshot()
            nxt = snap.next_stage.title if snap is not None and snap.next_stage else ""
            self._notify(self.tr("Ready when you are"),
                         self.tr("Next: {0}").replace("{0}", nxt))
        elif isinstance(event, SessionFinished):
            self._notify(self.tr("Session finished"), self.tr("Take all the time you like."))

    def _notify(self, title: str, message: str) -> None:
        self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, NOTIFY_MS)

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()
