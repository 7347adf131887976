"""Headphone and media buttons: while a session runs, touchtimer is a media player on the desktop (MPRIS2).

The keyboard's media keys, the desktop's media controls and Bluetooth earbud buttons then run the
session hands-free, through the window's named actions, exactly as the keys do:

* Play/Pause pauses and resumes (Space); while touchtimer waits for you between stages it starts the
  next stage (as Next does then). Play only resumes or starts the next stage, Pause only pauses, and
  Stop pauses too: a session is never ended from a headset (ending asks on screen).
* Next and Previous move between stages (Right and Left).
* Raise shows the window; touchtimer cannot be quit from outside (``CanQuit`` is false).

What the desktop shows: the routine as the album, the stage as the title with the time left to the
minute ("Arms — 2 min left"), the stage's length and the position in it (``mpris:length`` and
``Position``, so a progress bar moves on its own while playing: ``Rate`` is 1), ``Playing`` or
``Paused`` (also while waiting for you). Changes are sent as ``PropertiesChanged`` when the state, the
stage or the minute changes, never every second.

The player (``org.mpris.MediaPlayer2.touchtimer``) appears when a session starts (or a session is
continued after a crash) and is gone when it ends. QtDBus is imported only then. Without a session
bus there is no error and no message: one line in the log, once.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from touchtimer.core.durations import elapsed_whole, remaining_whole
from touchtimer.core.session.engine_state import State
from touchtimer.core.session.events import Event, SessionFinished, StageStarted
from touchtimer.core.session.runner import SessionListener
from touchtimer.resources import APP_ID

if TYPE_CHECKING:
    from touchtimer.core.session.engine import SessionEngine
    from touchtimer.core.session.snapshot import Snapshot
    from touchtimer.ui.platform.mpris_bus import MprisPlayer

#: What each player method does, by the session's state: the name of the window action to run.
COMMAND_ACTIONS: dict[str, dict[State, str]] = {
    "PlayPause": {State.RUNNING: "session.pause", State.PAUSED: "session.pause",
                  State.WAITING: "session.next"},
    "Play": {State.PAUSED: "session.pause", State.WAITING: "session.next"},
    "Pause": {State.RUNNING: "session.pause"},
    "Stop": {State.RUNNING: "session.pause"},
    "Next": {State.RUNNING: "session.next", State.PAUSED: "session.next", State.WAITING: "session.next"},
    "Previous": {State.RUNNING: "session.back", State.PAUSED: "session.back", State.WAITING: "session.back"},
}
TRACK_PREFIX = "/io/github/touchtimer/TouchTimer/stage/"
_connections = itertools.count(1)
Connect = Callable[[str], Any]


class MediaKeys(QObject, SessionListener):
    """The MPRIS player of the session that ``engine()`` returns, while it runs."""

    def __init__(self, engine: Callable[[], SessionEngine | None], snapshot: Callable[[], Snapshot | None],
                 trigger: Callable[[str], None], show_window: Callable[[], None], *,
                 connect: Connect | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine, self._snapshot = engine, snapshot
        self._trigger, self._show_window = trigger, show_window
        self._connect = connect
        self.player: MprisPlayer | None = None
        self.connection_name = ""
        self.problem = ""
        #: How many times touchtimer tried to go on the bus (once per session at most).
        self.attempts = 0
        self._given_up: object = None          # the session whose publishing failed: not tried again
        self._visit = 0
        self._sent: dict[str, Any] = {}
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.publish)

    # -- following the session ---------------------------------------------------------------------

    def on_event(self, event: Event) -> None:
        # What changed is told once the session has caught up (refresh, on the controller's
        # ``changed``), not at each event of a step: a stage change is a finish, then a start.
        if isinstance(event, StageStarted):
            self._visit += 1                      # every visit of a stage is a new track
        elif isinstance(event, SessionFinished):
            self.withdraw()

    def _running(self) -> bool:
        engine = self._engine()
        return engine is not None and engine.state in (State.RUNNING, State.PAUSED, State.WAITING)

    def refresh(self) -> None:
        """Appear, tell the desktop what changed, or go, as the session is now (after every command
        and due moment, and at the once-a-second refresh while running)."""
        if not self._running():
            self.withdraw()
        elif self.player is None:
            if not self._later.isActive() and self._engine() is not self._given_up:
                self._later.start()               # after this turn: starting a session pays nothing
        else:
            self._send_changes()

    # -- on the bus ----------------------------------------------------------------------------------

    def publish(self) -> bool:
        """Take the bus name now (when a session runs and it is not taken yet)."""
        if self.player is not None or not self._running():
            return self.player is not None
        self.attempts += 1
        self.connection_name = f"touchtimer-mpris-{next(_connections)}"
        try:
            from touchtimer.ui.platform import mpris_bus

            connection = (self._connect or mpris_bus.session_bus)(self.connection_name)
            if connection is None:
                raise OSError("no session bus")
            player = mpris_bus.MprisPlayer(connection, root=self.root_properties,
                                           player=self.player_properties, on_command=self.command,
                                           on_raise=self._show_window)
            player.publish()
        except (ImportError, OSError) as exc:
            self._give_up(str(exc))
            return False
        self.player = player
        self._sent = dict(self.player_properties())
        return True

    def _give_up(self, why: str) -> None:
        self._given_up = self._engine()
        self._drop_connection()
        if not self.problem:                       # one line in the log, the first time only
            self.problem = why
            print(f"touchtimer: media keys and headphone buttons are off: {why}", file=sys.stderr)

    def withdraw(self) -> None:
        """Give the name back and leave the bus (no session runs)."""
        self._later.stop()
        if self.player is not None:
            self.player.withdraw()
            self.player = None
        self._drop_connection()
        self._sent = {}

    def _drop_connection(self) -> None:
        if self.connection_name:
            from PySide6.QtDBus import QDBusConnection

            QDBusConnection.disconnectFromBus(self.connection_name)
            self.connection_name = ""

    def shutdown(self) -> None:
        """On quit: leave the bus and stop listening."""
        self.withdraw()
        self.detach()

    def _send_changes(self) -> None:
        from touchtimer.ui.platform.mpris_bus import PLAYER

        values = self.player_properties()
        changed = {name: value for name, value in values.items()
                   if name != "Position" and self._sent.get(name) != value}
        self._sent = dict(values)
        if changed and self.player is not None:
            self.player.changed(PLAYER, changed)

    # -- what the player says and does ------------------------------------------------------------------

    def root_properties(self) -> dict[str, Any]:
        return {"CanQuit": False, "CanRaise": True, "HasTrackList": False, "Identity": "touchtimer",
                "DesktopEntry": APP_ID, "SupportedUriSchemes": [], "SupportedMimeTypes": []}

    def player_properties(self) -> dict[str, Any]:
        from touchtimer.ui.platform.mpris_bus import Track

        engine, snap = self._engine(), self._snapshot()
        running = snap is not None and snap.state is State.RUNNING
        status = "Playing" if running else "Paused" if self._running() else "Stopped"
        length = snap.stage_length if snap is not None else None
        position = 0.0 if snap is None else snap.stage_elapsed
        if snap is not None and snap.state is State.WAITING and length is not None:
            position = length                                 # the stage ran its time
        track = Track(f"{TRACK_PREFIX}{self._visit}", self.title(snap),
                      engine.routine.title if engine is not None else "",
                      None if length is None else length * 1_000_000)
        return {"PlaybackStatus": status, "Rate": 1.0, "Metadata": track, "Volume": 1.0,
                "Position": round(position * 1_000_000), "MinimumRate": 1.0, "MaximumRate": 1.0,
                "CanGoNext": True, "CanGoPrevious": True, "CanPlay": True, "CanPause": True,
                "CanSeek": False, "CanControl": True}

    def title(self, snap: Snapshot | None) -> str:
        """The stage and its time to the minute, as the desktop's media controls show it."""
        if snap is None:
            return ""
        if snap.state is State.WAITING:
            if snap.next_stage is None:
                return self.tr("Stage done")
            return self.tr("Ready for “{0}”").replace("{0}", snap.next_stage.title)
        title = snap.stage.title
        if snap.stage_remaining is not None:
            minutes = -(-remaining_whole(snap.stage_remaining) // 60)      # rounded up, as the ring
            if minutes:
                return self.tr("{0} — {1} min left").replace("{0}", title).replace("{1}", str(minutes))
            return title
        minutes = elapsed_whole(snap.stage_elapsed) // 60
        if minutes:
            return self.tr("{0} — {1} min so far").replace("{0}", title).replace("{1}", str(minutes))
        return title

    def command(self, name: str) -> None:
        """A player method from the desktop: the window action it stands for, as its key would run it."""
        engine = self._engine()
        if engine is None:
            return
        action = COMMAND_ACTIONS.get(name, {}).get(engine.state)
        if action is not None:
            self._trigger(action)
