"""The benchmark suite still works: one tiny run of every measurement gives well-formed results.

This checks the suite, not the budgets (``python -m benchmarks`` does that, on a quiet machine).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from benchmarks import budgets
from benchmarks.rows import table
from benchmarks.run import Settings, run_suite

EXPECTED = {
    "startup.offscreen", "memory.offscreen", "lazy_imports.offscreen", "before_paint.offscreen",
    "timing.fake", "quiet.cpu", "quiet.wakeups", "timing.real", "history.open", "history.export",
    "history.save", "stall.speech", "stall.disk", "processes.left", "sharing.merge", "sharing.nochange",
    "sharing.save",
}


def test_a_smoke_run_measures_everything(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    settings = Settings.smoke()
    report = run_suite(settings, out, xcb=False, echo=False)

    saved = json.loads(out.read_text("utf-8"))
    assert saved["results"] == json.loads(json.dumps(report["results"]))
    rows = {r["key"]: r for r in saved["results"]}
    assert set(rows) == EXPECTED
    for row in rows.values():
        assert isinstance(row["ok"], bool), row
        value = row["value"]
        assert isinstance(value, float | int) and math.isfinite(value) and value >= 0, row
        assert row["limit"] is not None and row["label"] and row["app"], row

    startup = rows["startup.offscreen"]["details"]
    assert len(startup["bare_s"]) == len(startup["app_s"]) == settings.repeat
    assert all(0 < s < 60 for s in startup["bare_s"] + startup["app_s"])
    assert rows["memory.offscreen"]["value"] > 10  # MiB: a Qt process is never smaller
    quiet = rows["quiet.cpu"]["details"]["app"]
    assert quiet["wall_s"] >= 0.9 * settings.quiet_seconds and quiet["cpu_s"] >= 0
    wakeups = rows["quiet.wakeups"]["details"]
    assert wakeups["qtimers_watched"] >= 1 and wakeups["refresh_periods"] == round(settings.quiet_seconds)
    timing = rows["timing.real"]["details"]
    assert timing["finished"] and len(timing["lateness_ms"]) == len(settings.timing_stages)
    assert rows["timing.fake"]["details"]["boundaries_checked"] >= 2
    assert rows["history.save"]["details"]["save_ms"] and rows["history.export"]["details"]["bytes"] > 0
    stall = rows["stall.speech"]["details"]                 # the stuck speech service was given up on
    assert stall["voice_problem"] == "the speech service did not start within 1 seconds", stall
    assert len(stall["worst"]) == 5 and stall["ticks"] > 100
    disk = rows["stall.disk"]["details"]                     # commits were slowed, and the session saved
    assert disk["commits_delayed"] >= 1 and disk["saved"] and disk["save_to_home_ms"] is not None, disk
    assert rows["processes.left"]["value"] == 0, rows["processes.left"]["details"]
    assert saved["machine"]["nproc"] >= 1 and saved["machine"]["pyside6"]
    assert saved["table"].splitlines()[0].startswith("| Measure")


def test_only_the_settings_file_may_be_read_before_the_first_paint() -> None:
    assert budgets.allowed_before_paint("open /home/x/config/settings.json")
    assert not budgets.allowed_before_paint("open /data/routines/mine.toml")
    assert not budgets.allowed_before_paint("sqlite3.connect /data/touchtimer.sqlite3")


def test_the_table_marks_rows_over_budget() -> None:
    from benchmarks.rows import Row

    text = table([Row("a", "Thing", "1", "2", "≤ 1", False), Row("b", "Other", "", "3", "info", None)])
    assert "OVER BUDGET" in text and "| Other" in text and "info" in text
