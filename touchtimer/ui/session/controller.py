"""The Qt side of a running session: the core runner on a ``QTimer``, plus the display refresh.

One controller lives as long as the window. Everything about the session itself is the core's
:class:`~touchtimer.core.session.runner.SessionRunner` (``controller.runner``): the engine, the
commands, the timer for the next due moment, and the one stream of events
(``controller.runner.subscribe(listener)``, or a :class:`~touchtimer.core.session.runner.SessionListener`
attached to it). The controller adds only what Qt views need:

* a once-a-second refresh ``QTimer`` that runs only while the session is running (not when paused,
  waiting for the parent, finished or idle): nothing ticks when nothing moves;
* ``changed`` (``Signal()``): the state or the shown time may differ; read :meth:`snapshot`.
  Emitted after each command, each due moment and each once-a-second refresh. A view that only needs
  redoing when the session moved on (not when a second passed) compares :attr:`revision`;
* ``begun`` (``Signal(object)``): a new engine was loaded (before it starts) or adopted;
* ``finished`` (``Signal(object)``): the run ended; the argument is ``engine.record()``.

The session itself (its babies, checkpoints, summary, save and discard) is the core's
:class:`~touchtimer.core.session.session.Session`, made on ``controller.runner`` and handed to
:meth:`SessionController.begin` (or :meth:`~SessionController.adopt`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from touchtimer.core.session.runner import SessionRunner

if TYPE_CHECKING:
    # The engine and its events are imported by the first session, not when the window is built:
    # start-up does not need them (docs/performance.md).
    from touchtimer.core.clock import Clock, Scheduler
    from touchtimer.core.session.engine import SessionEngine
    from touchtimer.core.session.events import Event
    from touchtimer.core.session.record import SessionRecord
    from touchtimer.core.session.session import Session
    from touchtimer.core.session.snapshot import Snapshot

REFRESH_MS = 1000


class SessionController(QObject):
    changed = Signal()
    begun = Signal(object)
    finished = Signal(object)

    def __init__(self, clock: Clock, scheduler: Scheduler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = SessionRunner(clock, scheduler, on_step=self._after_step)
        self.runner.subscribe(self._on_event)
        self._refresh = QTimer(self)
        self._refresh.setObjectName("touchtimer-refresh-timer")
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.setTimerType(Qt.TimerType.CoarseTimer)
        self._refresh.timeout.connect(self.refresh)

    @property
    def refresh_timer(self) -> QTimer:
        return self._refresh

    # -- what views read ------------------------------------------------------------------------

    @property
    def engine(self) -> SessionEngine | None:
        return self.runner.engine

    @property
    def active(self) -> bool:
        """A session has started and not finished."""
        return self.runner.active

    @property
    def revision(self) -> int:
        """Grows with every command and every engine event (not with the passing seconds)."""
        return self.runner.revision

    def snapshot(self) -> Snapshot | None:
        return self.runner.snapshot()

    def record(self) -> SessionRecord:
        return self.runner.record()

    # -- a run ----------------------------------------------------------------------------------

    def begin(self, session: Session) -> SessionEngine:
        """Start ``session`` (made by ``Session.load`` on :attr:`runner`, not started): tell ``begun``
        first (per-session listeners attach then), then start it now."""
        engine = self._engine_of(session)
        self._refresh.stop()
        self.begun.emit(engine)
        session.start()
        return engine

    def adopt(self, session: Session) -> SessionEngine:
        """Show a session restored after a crash (``Session.adopt`` gave it to :attr:`runner`, paused)."""
        engine = self._engine_of(session)
        self._refresh.stop()
        self.begun.emit(engine)
        self._after_step()
        return engine

    def _engine_of(self, session: Session) -> SessionEngine:
        if session.engine is None or session.engine is not self.runner.engine:
            raise RuntimeError("the session was not made on this controller's runner")
        return session.engine

    def stop(self) -> None:
        """Forget the current engine (after saving or discarding) and stop every timer."""
        self.runner.stop()
        self._refresh.stop()

    def refresh(self) -> None:
        """The once-a-second tick: let the session catch up, then tell the views."""
        if self.runner.engine is None:
            return
        self.runner.update()
        self._keep_refreshing(restart=False)
        self.changed.emit()

    # -- following the runner -----------------------------------------------------------------------

    def _after_step(self) -> None:
        # Restarting the refresh here keeps its ticks in step with the latest stage change.
        self._keep_refreshing(restart=True)
        self.changed.emit()

    def _keep_refreshing(self, *, restart: bool) -> None:
        from touchtimer.core.session.engine_state import State

        engine = self.runner.engine
        if engine is None:
            return
        if engine.state is State.RUNNING:
            if restart or not self._refresh.isActive():
                self._refresh.start()
        else:
            self._refresh.stop()

    def _on_event(self, event: Event) -> None:
        from touchtimer.core.session.events import SessionFinished

        if isinstance(event, SessionFinished):
            self._refresh.stop()
            self.finished.emit(self.runner.record())
