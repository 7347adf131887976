"""The table's rows: each measurement turned into a line with its budget (see :mod:`benchmarks.run`)."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks import budgets
from benchmarks.drift import run_drift

if TYPE_CHECKING:
    from benchmarks.run import Settings

MIB = 1024


@dataclass
class Row:
    """One line of the table."""

    key: str
    label: str
    bare: str
    app: str
    budget: str
    ok: bool | None          # None: shown for information, no budget
    value: float | None = None
    limit: float | None = None
    unit: str = ""
    details: dict[str, Any] = field(default_factory=dict)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def startup_rows(tag: str, where: str, runs: dict[str, list[dict[str, Any]]]) -> list[Row]:
    bare_t = median([r["startup_s"] for r in runs["bare"]])
    app_t = median([r["startup_s"] for r in runs["app"]])
    bare_m = median([r["rss_settled_kib"] for r in runs["bare"]]) / MIB
    app_m = median([r["rss_settled_kib"] for r in runs["app"]]) / MIB
    bare_cpu = median([r["cpu_at_paint_s"] for r in runs["bare"]])
    app_cpu = median([r["cpu_at_paint_s"] for r in runs["app"]])
    limit_t = budgets.STARTUP_FACTOR * bare_t
    limit_m = bare_m + budgets.MEMORY_EXTRA_MIB
    n = len(runs["app"])
    heavy = sorted({m for r in runs["app"] for m in r["heavy_at_paint"]}
                   | {m for r in runs["app"] for m in r["heavy_settled"]
                      if m not in budgets.ALLOWED_AFTER_PAINT})
    before = sorted({p for r in runs["app"] for p in r["opened_before_paint"]})
    bad_before = [p for p in before if not budgets.allowed_before_paint(p)]
    return [
        Row(f"startup.{tag}", f"Start-up to first paint, {where} (median of {n}; CPU)",
            f"{bare_t:.3f} s ({bare_cpu:.3f} s)", f"{app_t:.3f} s ({app_cpu:.3f} s)",
            f"≤ {budgets.STARTUP_FACTOR:g} × bare = {limit_t:.3f} s", app_t <= limit_t, app_t, limit_t, "s",
            {"bare_s": [r["startup_s"] for r in runs["bare"]], "app_s": [r["startup_s"] for r in runs["app"]],
             "ratio": app_t / bare_t, "bare_cpu_s": [r["cpu_at_paint_s"] for r in runs["bare"]],
             "app_cpu_s": [r["cpu_at_paint_s"] for r in runs["app"]], "cpu_ratio": app_cpu / bare_cpu}),
        Row(f"memory.{tag}", f"Resident memory after start-up, {where} (median)", f"{bare_m:.1f} MiB",
            f"{app_m:.1f} MiB", f"≤ bare + {budgets.MEMORY_EXTRA_MIB} MiB = {limit_m:.1f} MiB",
            app_m <= limit_m, app_m, limit_m, "MiB",
            {"bare_rss_kib": [r["rss_settled_kib"] for r in runs["bare"]],
             "app_rss_kib": [r["rss_settled_kib"] for r in runs["app"]],
             "app_rss_at_paint_kib": [r["rss_paint_kib"] for r in runs["app"]],
             "app_peak_rss_kib": [r["peak_rss_kib"] for r in runs["app"]],
             "extra_mib": app_m - bare_m}),
        Row(f"lazy_imports.{tag}", f"Heavy Qt modules loaded by start-up, {where}", "",
            ", ".join(heavy) or "none", "none (QtNetwork after the first paint)", not heavy,
            float(len(heavy)), 0.0, "modules",
            {"modules": heavy}),
        Row(f"before_paint.{tag}", f"File or database work before the first paint, {where}", "",
            ", ".join(sorted({Path(p).name for p in before})) or "none", "settings file only",
            not bad_before, float(len(bad_before)), 0.0,
            "items", {"opened": before, "not_allowed": bad_before}),
    ]


def session_rows(quiet_app: dict[str, Any], quiet_bare: dict[str, Any], timing: dict[str, Any],
                 expected_changes: int, stage_seconds: Sequence[int]) -> list[Row]:
    secs = quiet_app["wall_s"]
    cpu = quiet_app["cpu_percent"]
    # Counted over whole periods of the app's once-a-second refresh (tick to tick): one wake-up per
    # period is the refresh itself; any other wake-up of the GUI thread makes it more than one. The bare
    # window, measured beside it for as long, wakes too now and then (about once a minute: the
    # platform's own events, with no timer of ours); those wake-ups are not the app's, so the budget
    # allows as many as the bare window had.
    periods = quiet_app["refresh_periods"]
    wakes = quiet_app["wakeups_main"]
    bare_wakes = quiet_bare.get("wakeups_main", 0)
    wake = wakes / periods if periods else math.inf
    wake_ok = periods > 0 and wakes - bare_wakes <= budgets.WAKEUPS_PER_S * periods
    lateness = [(c["handled"] - c["at"]) * 1000 for c in timing["changes"]]
    worst = max(lateness) if lateness else math.inf
    early = [x for x in lateness if x < 0]
    timing_ok = len(lateness) == expected_changes and worst <= budgets.STAGE_LATENESS_MS and not early
    stages = f"{len(stage_seconds)} × {stage_seconds[0]} s" if len(set(stage_seconds)) == 1 else "stages"
    return [
        Row("quiet.cpu", f"CPU while a session runs quietly ({secs:.0f} s)",
            f"{quiet_bare['cpu_percent']:.3f} %", f"{cpu:.3f} %",
            f"< {budgets.QUIET_CPU_PERCENT} % of one core",
            cpu < budgets.QUIET_CPU_PERCENT, cpu, budgets.QUIET_CPU_PERCENT, "%",
            {"app": quiet_app, "bare": quiet_bare}),
        Row("quiet.wakeups", "Wake-ups of the GUI thread per second in that session",
            f"{quiet_bare['wakeups_main_per_s']:.2f}",
            f"{wake:.2f} ({wakes} in {periods} s; QTimer events {quiet_app['timer_events_per_s']:.2f})",
            f"≤ {budgets.WAKEUPS_PER_S:g} per s (+ the bare window's {bare_wakes})", wake_ok, wake,
            budgets.WAKEUPS_PER_S + bare_wakes / periods if periods else budgets.WAKEUPS_PER_S,
            "per s",
            {"wakeups": wakes, "refresh_periods": periods,
             "voice_settled_after_s": quiet_app.get("voice_settled_after_s"),
             "voice_at_start": quiet_app.get("voice_at_start"),
             "qtimer_events_by_name": quiet_app["timer_events_by_object"],
             "qtimer_events_per_s": quiet_app["timer_events_per_s"],
             "qtimers_watched": quiet_app["qtimers_watched"],
             "all_threads_wakeups_per_s": quiet_app["wakeups_all_threads_per_s"],
             "bare_qtimer_events_per_s": quiet_bare["timer_events_per_s"]}),
        Row("timing.real", f"Stage changes on the real event loop ({stages}): latest",
            "", f"{worst:.1f} ms ({len(lateness)}/{expected_changes})",
            f"≤ {budgets.STAGE_LATENESS_MS:g} ms each", timing_ok, worst, budgets.STAGE_LATENESS_MS, "ms",
            {"lateness_ms": lateness, "median_ms": median(lateness) if lateness else None,
             "finished": timing["finished"]}),
    ]

def stall_row(stall: dict[str, Any], settings: Settings) -> Row:
    longest = stall["longest_stall_ms"]
    given_up = bool(stall["voice_problem"])       # the fault really happened, and was handled
    return Row("stall.speech", f"GUI thread's longest stall in a session, speech never answers "
                               f"({stall['wall_s']:.0f} s)", "",
               f"{longest:.1f} ms (Start: {stall['start_click_ms']:.0f} ms)"
               + ("" if given_up else " (voice never given up on)"),
               f"≤ {budgets.STALL_MS:g} ms", longest <= budgets.STALL_MS and given_up, longest,
               budgets.STALL_MS, "ms",
               {"worst": stall["worst"], "ticks": stall["ticks"], "start_click_ms": stall["start_click_ms"],
                "speech_limit_s": settings.stall_speech_limit, "voice_problem": stall["voice_problem"],
                "cue_status": stall["cue_status"]})


def sharing_rows(s: dict[str, Any]) -> list[Row]:
    n = s["sessions"]
    merge, quiet, save = s["merge_s"], s["nochange_median_ms"], s["save_median_ms"]
    return [
        Row("sharing.merge", f"Sharing: merge {n:,} sessions from the other laptop into {n:,} (one exchange)",
            "", f"{merge:.2f} s (first share {s['share_first_s']:.2f} s)", f"≤ {budgets.SHARE_MERGE_S:g} s",
            merge <= budgets.SHARE_MERGE_S, merge, budgets.SHARE_MERGE_S, "s",
            {"share_first_s": s["share_first_s"], "files_read": s["merge_files_read"],
             "changes": s["merge_changes"], "folder_files": s["folder_files"],
             "folder_bytes": s["folder_bytes"]}),
        Row("sharing.nochange", "Sharing: an exchange with nothing new (median)", "", f"{quiet:.2f} ms",
            f"≤ {budgets.SHARE_NOCHANGE_MS:g} ms", quiet <= budgets.SHARE_NOCHANGE_MS, quiet,
            budgets.SHARE_NOCHANGE_MS, "ms", {"nochange_ms": s["nochange_ms"]}),
        Row("sharing.save", f"Sharing on: save one session into {2 * n:,} (median)", "", f"{save:.2f} ms",
            f"≤ {budgets.SAVE_MS:g} ms", save <= budgets.SAVE_MS, save, budgets.SAVE_MS, "ms",
            {"save_ms": s["save_ms"]}),
    ]


def stall_disk_row(stall: dict[str, Any], settings: Settings) -> Row:
    longest = stall["longest_stall_ms"]
    # The fault really happened (commits were slowed) and the session still came through, saved.
    happened = stall["commits_delayed"] > 0 and stall["saved"]
    save = stall.get("save_to_home_ms")
    return Row("stall.disk", f"GUI thread's longest stall in a session and its save, every write "
                             f"{settings.slow_write_s:g} s ({stall['wall_s']:.0f} s)", "",
               f"{longest:.1f} ms (Start: {stall['start_click_ms']:.0f} ms)"
               + ("" if happened else " (no slow write, or not saved)"),
               f"≤ {budgets.STALL_MS:g} ms", longest <= budgets.STALL_MS and happened, longest,
               budgets.STALL_MS, "ms",
               {"worst": stall["worst"], "ticks": stall["ticks"], "start_click_ms": stall["start_click_ms"],
                "slow_write_s": settings.slow_write_s, "commits_delayed": stall["commits_delayed"],
                "saved": stall["saved"], "save_to_home_ms": save})


def left_row(left: list[str]) -> Row:
    return Row("processes.left", "Processes the suite started, still running at its end", "",
               str(len(left)), "0", not left, float(len(left)), 0.0, "processes", {"commands": left})


def drift_row(hours: float) -> Row:
    d = run_drift(hours)
    drift = max(d["max_drift_s"], d["end_drift_s"])
    ok = drift == 0 and d["recorded_seconds"] == d["planned_seconds"]
    return Row("timing.fake", f"{hours:g} h on a fake clock with random stalls: drift", "",
               f"{drift:g} s over {d['boundaries_checked']} boundaries", "0 s", ok, drift, 0.0, "s", d)


def history_rows(h: dict[str, Any]) -> list[Row]:
    n = h["sessions"]
    open_ms = h["open_first_s"] * 1000
    export_s = h["export_median_s"]
    save_ms = h["save_median_ms"]
    saves = sorted(h["save_ms"])
    p95 = saves[min(len(saves) - 1, math.ceil(0.95 * len(saves)) - 1)]
    return [
        Row("history.open", f"History view opens with {n:,} sessions (first open)", "",
            f"{open_ms:.0f} ms", f"≤ {budgets.HISTORY_OPEN_MS:g} ms", open_ms <= budgets.HISTORY_OPEN_MS,
            open_ms, budgets.HISTORY_OPEN_MS, "ms",
            {"open_ms": [x * 1000 for x in h["open_s"]], "rows_in_first_page": h["rows_in_first_page"],
             "heavy_after_open": h["heavy_after_open"]}),
        Row("history.export", f"Export all {n:,} sessions to JSON (median)", "", f"{export_s:.2f} s",
            f"≤ {budgets.EXPORT_S:g} s", export_s <= budgets.EXPORT_S, export_s, budgets.EXPORT_S, "s",
            {"export_s": h["export_s"], "bytes": h["export_bytes"]}),
        Row("history.save", f"Save one session into {n:,} (median of {len(saves)}; 95th pct)", "",
            f"{save_ms:.2f} ms ({p95:.1f} ms)", f"≤ {budgets.SAVE_MS:g} ms", save_ms <= budgets.SAVE_MS,
            save_ms, budgets.SAVE_MS, "ms", {"save_ms": h["save_ms"], "p95_ms": p95}),
    ]


# -- the machine and the table -------------------------------------------------------------------------

def table(rows: Sequence[Row]) -> str:
    head = ("Measure", "Bare window", "touchtimer", "Budget", "Result")
    body = [(r.label, r.bare or "—", r.app, r.budget,
             "info" if r.ok is None else ("ok" if r.ok else "OVER BUDGET")) for r in rows]
    widths = [max(len(x[i]) for x in (head, *body)) for i in range(len(head))]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    return "\n".join([line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, body)])


# -- the run ---------------------------------------------------------------------------------------------

