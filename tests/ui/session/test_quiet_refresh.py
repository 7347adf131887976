"""The once-a-second refresh only moves the time: the words, the actions and the due timer stay put
until the session moves on (a command or an engine event)."""

from __future__ import annotations

from typing import Any

from tests.helpers.window import Env, end_and_discard, start_open_ended_stage
from touchtimer.core.session.engine import State


def spy(obj: Any, name: str) -> list[tuple[Any, ...]]:
    calls: list[tuple[Any, ...]] = []
    real = getattr(obj, name)

    def wrapper(*args: Any) -> Any:
        calls.append(args)
        return real(*args)

    setattr(obj, name, wrapper)
    return calls


def test_thirty_quiet_seconds_redo_only_the_time(env: Env) -> None:
    start_open_ended_stage(env)
    w = env.window
    page = w.running
    title_sets = spy(page.stage_title, "setText")
    state_sets = spy(page.state_label, "setText")
    described = spy(page.ring, "setAccessibleDescription")
    words_before, syncs_before = page.content_updates, w.sync_count
    armed_before = env.scheduler.scheduled
    due_before = env.scheduler.due
    shown = [page.ring.time_text]

    for _ in range(30):
        env.advance(1)
        shown.append(page.ring.time_text)

    assert title_sets == [] and state_sets == [], "the stage's words were set again on a quiet second"
    assert page.content_updates == words_before
    assert w.sync_count == syncs_before, "the actions were reset on a quiet second"
    assert env.scheduler.scheduled == armed_before and env.scheduler.due == due_before, \
        "the due timer was restarted though nothing fell due"
    # The time still moves every second, and the screen reader's description only by the minute.
    assert shown == [f"0:{s:02d}" for s in range(0, 31)]
    assert described == []
    assert page.stage_title.text() == "Rest together"

    env.advance(30)  # a whole minute in this stage: the spoken time moves on, once
    assert page.ring.time_text == "1:00"
    assert described == [("about 1 min, of 30 min target",)]
    end_and_discard(env)


def test_a_command_or_an_event_still_redoes_the_words_and_actions(env: Env) -> None:
    start_open_ended_stage(env)
    w = env.window
    page = w.running
    words, syncs, armed = page.content_updates, w.sync_count, env.scheduler.scheduled
    w.controller.runner.toggle_pause()
    assert page.state_label.text() == "Paused" and page.ring.caption == "paused"
    assert w.registry["session.pause"].text() == "&Resume"
    assert page.content_updates == words + 1 and w.sync_count > syncs
    w.controller.runner.toggle_pause()
    assert page.state_label.text() == "Running"
    assert w.registry["session.pause"].text() == "&Pause"

    # The 10-minute check falls due through the due timer: the prompt shows, the timer is armed again.
    armed = env.scheduler.scheduled
    env.advance(600)
    assert page.prompt.text() == "Check: face visible, breathing easy."
    assert env.scheduler.scheduled > armed
    assert page.ring.time_text == "10:00"
    end_and_discard(env)


def test_window_and_tray_share_one_snapshot_per_moment(env: Env) -> None:
    start_open_ended_stage(env)
    controller = env.window.controller
    first = controller.snapshot()
    assert controller.snapshot() is first
    env.clock.now += 1
    later = controller.snapshot()
    assert later is not first and later is not None and first is not None
    assert later.stage_elapsed == first.stage_elapsed + 1
    controller.runner.toggle_pause()
    paused = controller.snapshot()
    assert paused is not later and paused is not None and paused.state is State.PAUSED
    controller.runner.toggle_pause()
    end_and_discard(env)
