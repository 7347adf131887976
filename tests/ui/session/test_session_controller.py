"""The Qt side of a session: the Qt scheduler (one due timer) and the controller (the core runner on it,
plus a display refresh only while running)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from PySide6.QtCore import Qt

from touchtimer.core.clock import FakeClock, FakeScheduler
from touchtimer.core.routines.files import LoadResult
from touchtimer.core.session.engine import State
from touchtimer.core.session.events import PromptDue, SessionFinished, SessionPaused, StageStarted
from touchtimer.core.session.session import Session
from touchtimer.core.storage.store import Store, open_store
from touchtimer.core.storage.writer import InlineWriter
from touchtimer.ui.platform.qt_scheduler import QtScheduler
from touchtimer.ui.session.controller import SessionController


def test_qt_scheduler_arms_one_precise_single_shot_timer(qtbot: Any) -> None:
    scheduler = QtScheduler()
    calls: list[str] = []
    scheduler.schedule(2.5, lambda: calls.append("first"))
    timer = scheduler.timer
    assert timer.isSingleShot() and timer.timerType() is Qt.TimerType.PreciseTimer
    assert timer.isActive() and timer.interval() == 2500
    scheduler.schedule(0.0004, lambda: calls.append("second"))  # replaces the first
    assert timer.interval() == 1
    timer.timeout.emit()  # as the event loop would, without waiting
    assert calls == ["second"]
    timer.stop()
    scheduler.schedule(10, lambda: calls.append("third"))
    scheduler.cancel()
    assert not timer.isActive()
    timer.timeout.emit()
    assert calls == ["second"]
    scheduler.schedule(40 * 24 * 3600, lambda: None)  # longer than QTimer can wait: capped, re-armed later
    assert timer.interval() == 2**31 - 1
    scheduler.cancel()


@pytest.fixture
def store() -> Iterator[Store]:
    with open_store(None) as memory:
        yield memory


def test_the_controller_runs_the_core_runner_and_refreshes_only_while_running(
        qtbot: Any, routines: LoadResult, store: Store) -> None:
    clock = FakeClock()
    scheduler = FakeScheduler(clock)
    controller = SessionController(clock, scheduler)
    routine = routines.by_id("test-massage")
    assert routine is not None
    heard: list[object] = []
    changes: list[None] = []
    finished: list[object] = []
    begun: list[tuple[object, State]] = []
    controller.runner.subscribe(heard.append)
    controller.changed.connect(lambda: changes.append(None))
    controller.finished.connect(finished.append)
    controller.begun.connect(lambda engine: begun.append((engine, engine.state)))
    assert controller.snapshot() is None and not controller.active

    engine = controller.begin(Session.load(controller.runner, InlineWriter(store), routine))
    assert begun == [(engine, State.READY)], "begun comes before the start, for per-session listeners"
    assert controller.active and controller.refresh_timer.isActive() and changes
    assert isinstance(heard[1], StageStarted)
    scheduler.advance(20)
    assert isinstance(heard[-1], PromptDue) and heard[-1].prompt.text == "Light as a feather."
    snap = controller.snapshot()
    assert snap is not None and snap.stage_elapsed == 20 and snap.stage_remaining == 40
    changes.clear()
    controller.runner.pause()
    assert isinstance(heard[-1], SessionPaused) and changes == [None]
    assert not controller.refresh_timer.isActive() and scheduler.due is None
    clock.advance(1000)
    assert controller.snapshot().stage_elapsed == 20  # type: ignore[union-attr]
    controller.runner.resume()
    assert controller.refresh_timer.isActive()
    scheduler.advance(3600)  # one late update catches up on every stage, each at its moment
    assert isinstance(heard[-1], SessionFinished)
    assert len(finished) == 1 and finished[0].status == "completed"  # type: ignore[attr-defined]
    assert controller.engine is not None and controller.engine.state is State.FINISHED
    assert not controller.refresh_timer.isActive() and scheduler.due is None
    controller.stop()
    assert controller.engine is None


def test_refresh_tick_lets_the_engine_catch_up_without_the_due_timer(qtbot: Any, routines: LoadResult,
                                                                     store: Store) -> None:
    clock = FakeClock()
    scheduler = FakeScheduler(clock)
    controller = SessionController(clock, scheduler)
    routine = routines.by_id("test-massage")
    assert routine is not None
    controller.begin(Session.load(controller.runner, InlineWriter(store), routine))
    clock.advance(75)  # the due timer was late (a stalled machine): the refresh still catches up
    controller.refresh_timer.timeout.emit()
    snap = controller.snapshot()
    assert snap is not None and snap.index == 1 and snap.stage_elapsed == 15
    assert scheduler.due == clock.now + 30  # re-armed for the next prompt
    controller.stop()
    assert not controller.refresh_timer.isActive()
