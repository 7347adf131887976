"""``python -m benchmarks.driver session ...``: a running session, measured in its own process.

Start the window, begin a session of ``--routine`` through the real pre-session screen, then measure
CPU time, timer events and stage changes for ``--seconds`` (or until the session finishes), with the
real event loop; see :mod:`benchmarks.driver` for the options. Kept apart from the other modes only
for its size.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from benchmarks.driver import emit, fail, is_main_window, launch, make_app


def run_session(args: argparse.Namespace) -> None:
    from benchmarks.proc import context_switches, cpu_seconds, thread_count

    app = make_app()
    from PySide6.QtCore import Qt, QTimer

    from benchmarks.probe import Heartbeat, TimerEvents, on_first_paint

    if args.speech_limit:
        import touchtimer.ui.platform.voice as voice

        voice.DEFAULT_LIMITS = voice.SpeechLimits(start=args.speech_limit, call=args.speech_limit)
    heartbeat = Heartbeat(args.heartbeat_ms) if args.heartbeat_ms else None
    timers = TimerEvents()
    state: dict[str, Any] = {"window": None, "changes": [], "finished": False}
    result: dict[str, Any] = {"target": args.target}

    def bench_timer(name: str, ms: int, slot: Any, single: bool = True) -> Any:
        timer = QTimer(app)
        timer.setObjectName(f"bench-{name}")
        timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may end a span 5 % early
        timer.setSingleShot(single)
        timer.timeout.connect(slot)
        timer.start(ms)
        return timer

    def on_event(event: Any) -> None:
        from touchtimer.core.session.events import SessionFinished, StageStarted

        now = time.monotonic()
        if isinstance(event, StageStarted) and event.index > 0:
            state["changes"].append({"kind": "stage", "index": event.index, "at": event.at, "handled": now})
        elif isinstance(event, SessionFinished):
            state["changes"].append({"kind": "finish", "at": event.at, "handled": now})
            state["finished"] = True
            if args.until_finished:
                bench_timer("after-finish", 300, stop)

    def start_session() -> None:
        window = state["window"]
        page = window.presession
        if page.routine is None or page.routine.id != args.routine:
            return  # the data is still loading
        state["poll"].stop()
        if args.slow_writes:
            window.store.faults.slow(args.slow_writes)
        window.controller.runner.subscribe(on_event)
        clicked = time.monotonic()
        page.start_button.click()
        if window.controller.engine is None:
            fail("the session did not start")
        result["session_started"] = time.monotonic()
        result["start_click_ms"] = (result["session_started"] - clicked) * 1000
        if args.whole_refreshes:
            state["voice_poll"] = bench_timer("voice-poll", 100, voice_settled, single=False)
        else:
            bench_timer("warmup", round(args.warmup * 1000), begin)

    def voice_settled() -> None:
        """The quiet session is measured once the speech helper is ready, or given up on (in the
        suite's private home there is no speech service, and giving up takes a while)."""
        from PySide6.QtCore import QTimer

        from touchtimer.ui.platform.cue_player import CuePlayer

        player = state["window"].findChild(CuePlayer)
        waited = time.monotonic() - result["session_started"]
        voice = player.voice if player is not None else None
        if voice is not None and player.planner.voice_on and waited < args.voice_wait:
            # Settled: given up on, or ready with nothing being said or waited for (the first words,
            # at Start, are checked against a time limit: on a machine with no sound output they
            # are "taken but never said", and the voice is given up on only then).
            limit = voice.findChild(QTimer, "touchtimer-speech-time-limit")
            busy = voice.speaking or (limit is not None and limit.isActive())
            if not voice.problem and (not voice.ready or busy):
                return
        state["voice_poll"].stop()
        result["voice_settled_after_s"] = waited
        result["voice_at_start"] = ("ready" if voice is not None and voice.ready
                                    else (voice.problem if voice is not None else "no voice"))
        bench_timer("warmup", round(args.warmup * 1000), align_to_refresh)

    def align_to_refresh() -> None:
        result["qtimers_watched"] = timers.attach()
        state["edges"] = -1
        state["window"].controller.refresh_timer.timeout.connect(refresh_edge)
        bench_timer("limit", round((args.seconds + 30) * 1000), stop)   # only if the refresh stopped

    def refresh_edge() -> None:
        """Runs right after the app's own refresh, in the same wake-up of the thread."""
        state["edges"] += 1
        if state["edges"] == 0:
            state["cpu0"] = cpu_seconds()
            state["wall0"] = time.monotonic()
            state["ctx0"] = context_switches()
            timers.start()
        elif state["edges"] >= args.seconds:
            state["window"].controller.refresh_timer.timeout.disconnect(refresh_edge)
            stop()

    def begin() -> None:
        state["cpu0"] = cpu_seconds()
        state["wall0"] = time.monotonic()
        state["ctx0"] = context_switches()
        result["qtimers_watched"] = timers.attach()
        timers.start()
        if heartbeat is not None:    # after the probes' own set-up (about 20 ms of it), not before
            heartbeat.start()
        if not args.until_finished:
            bench_timer("end", round(args.seconds * 1000), stop)
        else:
            bench_timer("limit", round(args.seconds * 1000), stop)
        if args.end_after:
            bench_timer("end-session", round(args.end_after * 1000), end_and_save)

    def end_and_save() -> None:
        """As a parent would: End (and yes), a short note on the summary, Save; then wait for Home."""
        window = state["window"]
        state["session_id"] = window.controller.engine.session_id
        if window.controller.active:          # (a short smoke run may have finished by itself)
            window.registry.trigger("session.end")
            window.confirmation.yes_button.click()
        window.summary.notes.setFocus()
        for word in ("Calm ", "and ", "warm."):
            window.summary.notes.insertPlainText(word)
        state["save_clicked"] = time.monotonic()
        window.summary.save_button.click()
        state["home_poll"] = bench_timer("home-poll", 10, saved_yet, single=False)

    def saved_yet() -> None:
        window = state["window"]
        if window.current_page() == "home":
            state["home_poll"].stop()
            result["save_to_home_ms"] = (time.monotonic() - state["save_clicked"]) * 1000

    def stop() -> None:
        wall = time.monotonic() - state["wall0"]
        cpu = cpu_seconds() - state["cpu0"]
        counts = timers.stop()
        ctx = context_switches()
        if args.whole_refreshes:
            result["refresh_periods"] = max(0, state.get("edges", 0))
        result.update(
            wakeups_main=ctx["main"] - state["ctx0"]["main"],
            wall_s=wall, cpu_s=cpu, cpu_percent=100 * cpu / wall,
            timer_events=sum(counts.values()), timer_events_per_s=sum(counts.values()) / wall,
            timer_events_by_object=dict(counts.most_common()),
            wakeups_main_per_s=(ctx["main"] - state["ctx0"]["main"]) / wall,
            wakeups_all_threads_per_s=(ctx["all"] - state["ctx0"]["all"]) / wall,
            threads=thread_count(), changes=state["changes"], finished=state["finished"],
        )
        if heartbeat is not None:
            from touchtimer.ui.platform.cue_player import CuePlayer

            result.update(heartbeat.stop())
            player = state["window"].findChild(CuePlayer) if state["window"] is not None else None
            result["cue_status"] = player.status if player is not None else "no cue player"
            result["voice_problem"] = player.voice.problem if player is not None else ""
        if args.slow_writes or args.end_after:
            window = state["window"]
            faults = window.store.faults
            result["commits_delayed"] = faults.delayed
            faults.clear()
            saved = window.store.sessions.get(state["session_id"]) if "session_id" in state else None
            result["saved"] = saved is not None and saved.notes == "Calm and warm."
        emit(result)

    def painted(widget: Any, at: float) -> None:
        result["painted_at"] = at
        if args.target == "bare":
            bench_timer("warmup", round(args.warmup * 1000), begin)
            return
        state["window"] = widget
        state["poll"] = bench_timer("poll", 20, start_session, single=False)

    on_first_paint(is_main_window, painted)
    launch(args, ["--start", args.routine] if args.target == "app" else [])
    fail("the event loop ended before the measurement did")
