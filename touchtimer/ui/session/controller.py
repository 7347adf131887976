"""The UI-side owner of a running session: the engine, the due-moment timer and the display refresh.

One controller lives as long as the window; each run gets a fresh :class:`SessionEngine` through
:meth:`SessionController.begin`. The controller never computes time itself: every command passes
``clock.monotonic()`` to the engine, and views read :meth:`snapshot`.

Hooks for other components (cue player, tray, crash checkpoint):

* ``events`` (``Signal(object)``): every engine event (see
  ``touchtimer.core.session.events``), in order, as the engine emits it. Connect a slot taking one
  event; use ``isinstance`` to pick the ones you need.
* ``changed`` (``Signal()``): the state or the shown time may differ; read :meth:`snapshot`.
  Emitted after each command, each due moment and each once-a-second refresh.
* :attr:`revision`: a number that grows with every command and every engine event. A view that
  only needs redoing when the session moved on (not when a second passed) compares it with the last
  one it saw.
* ``begun`` (``Signal(object)``): a new engine was created and started (the engine is the argument).
* ``finished`` (``Signal(object)``): the run ended; the argument is ``engine.record()``.
* :meth:`subscribe` / :meth:`unsubscribe`: the same stream as ``events`` for plain Python callables.

Timers: one single-shot timer through the ``Scheduler`` port for ``engine.next_due()``, and a
once-a-second refresh ``QTimer`` that runs only while the session is running (not when paused,
waiting for the parent, finished or idle). Nothing ticks when nothing moves. The due timer is armed
again only when a command or an engine event may have moved the due moment, not on every refresh.

:meth:`snapshot` is computed once per moment and shared: the window and the tray both read it on
each refresh, and the second read returns the same object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

if TYPE_CHECKING:
    # The engine and its events are imported by the first session (:meth:`SessionController.begin`),
    # not when the window is built: start-up does not need them (docs/performance.md).
    from touchtimer.core.clock import Clock, Scheduler
    from touchtimer.core.routines.model import Routine
    from touchtimer.core.session.engine import SessionEngine, Snapshot
    from touchtimer.core.session.events import Event
    from touchtimer.core.session.record import SessionRecord

REFRESH_MS = 1000

EventListener = Callable[["Event"], None]


class SessionController(QObject):
    events = Signal(object)
    changed = Signal()
    begun = Signal(object)
    finished = Signal(object)

    def __init__(self, clock: Clock, scheduler: Scheduler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.scheduler = scheduler
        self._engine: SessionEngine | None = None
        self._listeners: list[EventListener] = []
        self._revision = 0
        self._armed_due: float | None = None
        self._snap_key: tuple[object, ...] | None = None
        self._snap: Snapshot | None = None
        self._refresh = QTimer(self)
        self._refresh.setObjectName("touchtimer-refresh-timer")
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.setTimerType(Qt.TimerType.CoarseTimer)
        self._refresh.timeout.connect(self.refresh)

    # -- hooks -----------------------------------------------------------------------------

    def subscribe(self, listener: EventListener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: EventListener) -> None:
        self._listeners.remove(listener)

    @property
    def refresh_timer(self) -> QTimer:
        return self._refresh

    @property
    def revision(self) -> int:
        """Grows with every command and every engine event (not with the passing seconds)."""
        return self._revision

    # -- the run -----------------------------------------------------------------------------

    @property
    def engine(self) -> SessionEngine | None:
        return self._engine

    @property
    def active(self) -> bool:
        """A session has started and not finished."""
        if self._engine is None:
            return False
        from touchtimer.core.session.engine import State

        return self._engine.state not in (State.READY, State.FINISHED)

    def begin(self, routine: Routine, *, wait_between_stages: bool) -> SessionEngine:
        """Create the engine for ``routine`` and start it now."""
        self.stop()
        from touchtimer.core.session.engine import SessionEngine

        engine = SessionEngine(routine, wait_between_stages=wait_between_stages)
        engine.subscribe(self._on_event)
        self._engine = engine
        self.begun.emit(engine)
        engine.start(self.clock.monotonic(), self.clock.wall())
        self._revision += 1
        self._after_command()
        return engine

    def adopt(self, engine: SessionEngine) -> SessionEngine:
        """Take over an engine that is already started (a session restored after a crash)."""
        self.stop()
        engine.subscribe(self._on_event)
        self._engine = engine
        self.begun.emit(engine)
        self._revision += 1
        self._after_command()
        return engine

    def stop(self) -> None:
        """Forget the current engine (after saving or discarding) and stop every timer."""
        self.scheduler.cancel()
        self._armed_due = None
        self._refresh.stop()
        self._revision += 1
        self._snap_key = self._snap = None
        if self._engine is not None:
            self._engine.unsubscribe(self._on_event)
            self._engine = None

    def snapshot(self) -> Snapshot | None:
        """The engine's snapshot now; read twice at the same moment, it is computed once."""
        engine = self._engine
        if engine is None:
            return None
        now = self.clock.monotonic()
        key = (id(engine), now, self._revision, engine.state, engine.index)
        if key != self._snap_key or self._snap is None:
            self._snap = engine.snapshot(now)
            self._snap_key = key
        return self._snap

    def record(self) -> SessionRecord:
        if self._engine is None:
            raise RuntimeError("no session")
        return self._engine.record(self.clock.monotonic())

    # -- commands ------------------------------------------------------------------------------

    def _command(self, name: str) -> None:
        if self._engine is None:
            return
        getattr(self._engine, name)(self.clock.monotonic())
        self._revision += 1
        self._after_command()

    def toggle_pause(self) -> None:
        self._command("toggle_pause")

    def pause(self) -> None:
        self._command("pause")

    def resume(self) -> None:
        self._command("resume")

    def next(self) -> None:
        self._command("next")

    def back(self) -> None:
        self._command("back")

    def extend(self) -> None:
        self._command("extend")

    def end(self) -> None:
        self._command("end")

    def refresh(self) -> None:
        """The once-a-second tick: let the engine catch up, then tell the views.

        The due timer is left alone unless the engine reported something (or its due moment moved):
        re-arming it every second would restart a precise timer for nothing."""
        engine = self._engine
        if engine is None:
            return
        before = self._revision
        engine.update(self.clock.monotonic())
        if self._revision != before or engine.next_due() != self._armed_due:
            self._arm()
        self.changed.emit()

    # -- timers ----------------------------------------------------------------------------------

    def _on_due(self) -> None:
        if self._engine is None:
            return
        self._engine.update(self.clock.monotonic())
        self._revision += 1
        self._after_command()

    def _after_command(self) -> None:
        # Restarting the refresh here keeps its ticks in step with the latest stage change.
        self._arm(restart_refresh=True)
        self.changed.emit()

    def _arm(self, *, restart_refresh: bool = False) -> None:
        from touchtimer.core.session.engine import State

        engine = self._engine
        if engine is None:
            return
        due = self._armed_due = engine.next_due()
        if due is None:
            self.scheduler.cancel()
        else:
            self.scheduler.schedule(max(0.0, due - self.clock.monotonic()), self._on_due)
        if engine.state is State.RUNNING:
            if restart_refresh or not self._refresh.isActive():
                self._refresh.start()
        else:
            self._refresh.stop()

    def _on_event(self, event: Event) -> None:
        from touchtimer.core.session.events import SessionFinished

        self._revision += 1
        self.events.emit(event)
        for listener in list(self._listeners):
            listener(event)
        if isinstance(event, SessionFinished):
            self.scheduler.cancel()
            self._refresh.stop()
            assert self._engine is not None
            self.finished.emit(self._engine.record())
