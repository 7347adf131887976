"""The one way a session is run: the engine, a clock, one timer for the next due moment, one event stream.

The app (through the Qt controller), the tests, the headless helper and the benchmarks all drive
sessions with a :class:`SessionRunner`. It reads ``now`` from its :class:`~touchtimer.core.clock.Clock`
for every command, keeps one single-shot callback armed for the engine's next due moment through the
:class:`~touchtimer.core.clock.Scheduler` port (a ``QTimer`` in the app, a
:class:`~touchtimer.core.clock.FakeScheduler` in tests), and hands every event the engine returns to
its listeners, in order, exactly once.

Listening (the one subscription point)::

    subscription = runner.subscribe(listener)   # listener(event) for every event of every session
    subscription.close()

A component that follows every session (the cue player, screen-awake, the tray, the checkpointer)
uses :class:`SessionListener`: ``attach(runner)``, ``detach()``, and its ``on_event``.

Driving::

    runner = SessionRunner(clock, scheduler, on_step=redraw)
    engine = runner.load(routine)     # a new engine, not started: attach per-session listeners now
    runner.start()                    # or runner.begin(routine), which is load() then start()
    runner.pause(); runner.next(); runner.end() ...   # each returns the events it caused
    runner.update()                   # a display refresh: catch up with the clock
    runner.confirm_checks()           # skin-to-skin: the parent confirmed the position checklist

``on_step`` is called once after every command and every due moment, when the session has caught up
and the timer is armed again: the Qt controller restarts its display refresh and tells its views.
No engine module is imported until the first session (start-up does not need them).

In a skin-to-skin session the runner also keeps the position checks
(:class:`~touchtimer.core.session.position_checks.PositionChecks`, ``runner.checks``): their events
come in the same stream, in order, and the timer is armed for them too, so they keep their times
while the session is paused or waiting for the parent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from touchtimer.core.clock import Clock, Scheduler

if TYPE_CHECKING:
    from touchtimer.core.routines.model import Routine
    from touchtimer.core.session.engine import SessionEngine
    from touchtimer.core.session.events import Event
    from touchtimer.core.session.position_checks import CheckStatus, PositionChecks
    from touchtimer.core.session.record import SessionRecord
    from touchtimer.core.session.snapshot import Snapshot

Listener = Callable[["Event"], None]


class Subscription:
    """One listener joined to a runner's events until :meth:`close` (closing twice is harmless)."""

    def __init__(self, runner: SessionRunner, listener: Listener, joined: list[Subscription]) -> None:
        self.runner = runner
        self.listener = listener
        self._joined = joined       # the runner's list of subscriptions, this one in it

    @property
    def active(self) -> bool:
        return self in self._joined

    def close(self) -> None:
        if self.active:
            self._joined.remove(self)


class SessionListener:
    """Mixin for a component that hears a runner's events in :meth:`on_event`.

    ``attach(runner)`` starts listening (moving from any runner it heard before); ``detach()`` stops.
    """

    _subscription: Subscription | None = None

    @property
    def runner(self) -> SessionRunner | None:
        """The runner this listens to, or ``None`` when detached."""
        return self._subscription.runner if self._subscription is not None else None

    def attach(self, runner: SessionRunner) -> None:
        self._close_subscription()
        self._subscription = runner.subscribe(self.on_event)

    def detach(self) -> None:
        """Stop listening. Subclasses that do more on detaching call this too."""
        self._close_subscription()

    def _close_subscription(self) -> None:
        if self._subscription is not None:
            self._subscription.close()
            self._subscription = None

    def on_event(self, event: Event) -> None:
        raise NotImplementedError


class SessionRunner:
    """Runs one session at a time on ``clock``, with ``scheduler`` armed for its next due moment."""

    def __init__(self, clock: Clock, scheduler: Scheduler, *,
                 on_step: Callable[[], None] | None = None) -> None:
        self.clock = clock
        self.scheduler = scheduler
        self.on_step = on_step
        self._subscriptions: list[Subscription] = []
        self._engine: SessionEngine | None = None
        self._checks: PositionChecks | None = None
        self._revision = 0
        self._armed_due: float | None = None
        self._snap_key: tuple[object, ...] | None = None
        self._snap: Snapshot | None = None

    # -- listening -----------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Subscription:
        """Hear every event of every session from now on, until the subscription is closed."""
        subscription = Subscription(self, listener, self._subscriptions)
        self._subscriptions.append(subscription)
        return subscription

    def _emit(self, events: list[Event]) -> list[Event]:
        for event in events:
            self._revision += 1
            for subscription in list(self._subscriptions):
                if subscription.active:
                    subscription.listener(event)
        return events

    # -- the session -----------------------------------------------------------------------------

    @property
    def engine(self) -> SessionEngine | None:
        return self._engine

    @property
    def checks(self) -> PositionChecks | None:
        """The position checks of a skin-to-skin session (``None`` for massage, or no session)."""
        return self._checks

    def check_status(self) -> CheckStatus | None:
        """What a view shows of the position checks now."""
        return None if self._checks is None else self._checks.status()

    def _keep_checks(self, engine: SessionEngine, restored_at: int | None = None) -> None:
        from touchtimer.core.session.position_checks import PositionChecks

        self._checks = PositionChecks.for_routine(engine.routine, restored_at=restored_at)
        engine.times_checks = self._checks is None

    @property
    def active(self) -> bool:
        """A session has started and not finished."""
        if self._engine is None:
            return False
        from touchtimer.core.session.engine_state import State

        return self._engine.state not in (State.READY, State.FINISHED)

    @property
    def revision(self) -> int:
        """Grows with every command, due moment and event (not with the passing seconds): a view that
        only needs redoing when the session moved on compares it with the last one it saw."""
        return self._revision

    def load(self, routine: Routine, *, wait_between_stages: bool = False) -> SessionEngine:
        """Forget any session and make a new engine for ``routine``, not started: listeners that belong
        to this one session (a checkpointer) attach now, before :meth:`start`."""
        from touchtimer.core.session.engine import SessionEngine

        self.stop()
        self._engine = SessionEngine(routine, wait_between_stages=wait_between_stages)
        self._keep_checks(self._engine)
        self._revision += 1
        return self._engine

    def start(self) -> list[Event]:
        """Start the loaded session now."""
        engine = self._need_engine()
        return self._step(engine, engine.start(self.clock.monotonic(), self.clock.wall()))

    def begin(self, routine: Routine, *, wait_between_stages: bool = False) -> SessionEngine:
        """:meth:`load` and :meth:`start` in one."""
        engine = self.load(routine, wait_between_stages=wait_between_stages)
        self.start()
        return engine

    def adopt(self, engine: SessionEngine) -> SessionEngine:
        """Take over an engine that is already started (a session restored after a crash, paused)."""
        self.stop()
        self._engine = engine
        self._keep_checks(engine, restored_at=engine.index)
        self._revision += 1
        self._arm()
        return engine

    def stop(self) -> None:
        """Forget the current session (after saving or discarding it) and disarm the timer."""
        self.scheduler.cancel()
        self._armed_due = None
        self._revision += 1
        self._snap_key = self._snap = None
        self._engine = None
        self._checks = None

    def _need_engine(self) -> SessionEngine:
        if self._engine is None:
            raise RuntimeError("no session")
        return self._engine

    # -- commands: each at the clock's ``now``, each returning the events it caused ------------------

    def _command(self, name: str, *args: float) -> list[Event]:
        engine = self._engine
        if engine is None:
            return []
        return self._step(engine, getattr(engine, name)(self.clock.monotonic(), *args))

    def pause(self) -> list[Event]:
        return self._command("pause")

    def resume(self) -> list[Event]:
        return self._command("resume")

    def toggle_pause(self) -> list[Event]:
        return self._command("toggle_pause")

    def next(self) -> list[Event]:
        return self._command("next")

    def back(self) -> list[Event]:
        return self._command("back")

    def extend(self, seconds: int | None = None) -> list[Event]:
        return self._command("extend") if seconds is None else self._command("extend", seconds)

    def end(self) -> list[Event]:
        return self._command("end")

    def confirm_checks(self) -> list[Event]:
        """The parent confirmed the position checklist (skin-to-skin); nothing if it is not waiting."""
        engine, checks = self._engine, self._checks
        if engine is None or checks is None:
            return []
        now = self.clock.monotonic()
        events = self._merge(engine.update(now), now)
        return self._finish_step(engine, events + checks.confirm(now))

    def add_elapsed(self, seconds: float) -> list[Event]:
        """Count time the computer slept as session time (see ``SessionEngine.add_elapsed``)."""
        return self._command("add_elapsed", seconds)

    def note_uncounted_gap(self, seconds: float) -> list[Event]:
        """Time that passed but does not count (see ``SessionEngine.note_uncounted_gap``)."""
        engine = self._engine
        if engine is None:
            return []
        engine.note_uncounted_gap(seconds)
        return self._step(engine, [])

    def update(self) -> list[Event]:
        """Catch up with the clock (the display refresh). The timer is armed again only if the session
        moved on or its next due moment changed: re-arming every second would restart it for nothing."""
        engine = self._engine
        if engine is None:
            return []
        now = self.clock.monotonic()
        events = self._merge(engine.update(now), now)
        if events or self._next_due(engine) != self._armed_due:
            self._arm()
        return self._emit(events)

    # -- the due timer ---------------------------------------------------------------------------------

    def _on_due(self) -> None:
        engine = self._engine
        if engine is not None:
            self._step(engine, engine.update(self.clock.monotonic()))

    def _merge(self, events: list[Event], now: float) -> list[Event]:
        """The engine's events with the position checks due by ``now`` among them."""
        return events if self._checks is None else self._checks.merge(events, now)

    def _next_due(self, engine: SessionEngine) -> float | None:
        dues = [engine.next_due(), None if self._checks is None else self._checks.next_due()]
        return min((due for due in dues if due is not None), default=None)

    def _step(self, engine: SessionEngine, events: list[Event]) -> list[Event]:
        return self._finish_step(engine, self._merge(events, self.clock.monotonic()))

    def _finish_step(self, engine: SessionEngine, events: list[Event]) -> list[Event]:
        self._revision += 1
        self._arm()
        self._emit(events)
        if self.on_step is not None and self._engine is engine:
            self.on_step()
        return events

    def _arm(self) -> None:
        engine = self._engine
        if engine is None:
            return
        due = self._armed_due = self._next_due(engine)
        if due is None:
            self.scheduler.cancel()
        else:
            self.scheduler.schedule(max(0.0, due - self.clock.monotonic()), self._on_due)

    # -- reading -------------------------------------------------------------------------------------

    def snapshot(self) -> Snapshot | None:
        """The session now; read twice at the same moment (the window, then the tray), computed once."""
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
        """The session as it stands now (finished, or up to now)."""
        return self._need_engine().record(self.clock.monotonic())
