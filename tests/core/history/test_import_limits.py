"""Everything saved can be exported and imported back, and nothing imported breaks touchtimer later:
one set of limits (core/limits.py) for the window's saves, ``check``, export and import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.reliability_helpers import THREE_STAGES
from touchtimer.core.history.export_csv import export_csv
from touchtimer.core.history.export_format import export_json
from touchtimer.core.history.import_check import ImportProblems, parse_export
from touchtimer.core.history.import_merge import import_export
from touchtimer.core.limits import FIRST_MOMENT, LAST_MOMENT, MAX_SECONDS, NOTE_CHARS, TITLE_CHARS
from touchtimer.core.routines.files import RoutineFileError, parse_routine
from touchtimer.core.session.record import SessionRecord, StageRecord
from touchtimer.core.session.safe_save import save_session_safely
from touchtimer.core.storage.sessions import RecordRefused
from touchtimer.core.storage.store import open_store

# Text a person can type: anything but a lone surrogate (which no UTF-8 file can hold).
typed = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
moments = st.datetimes(min_value=FIRST_MOMENT.replace(tzinfo=None),
                       max_value=LAST_MOMENT.replace(tzinfo=None),
                       timezones=st.just(UTC)).map(lambda d: d.replace(microsecond=0))


@st.composite
def records(draw: Any) -> SessionRecord:
    start = draw(moments)
    seconds = draw(st.integers(0, MAX_SECONDS))
    end = min(start + timedelta(seconds=seconds), LAST_MOMENT)
    stages = [StageRecord(i, draw(typed) + "x" * draw(st.sampled_from([0, TITLE_CHARS - 41])), None,
                          draw(st.none() | st.integers(0, MAX_SECONDS)), draw(st.integers(0, MAX_SECONDS)),
                          draw(st.sampled_from(["done", "skipped", "stopped", "not_reached"])))
              for i in range(draw(st.integers(0, 4)))]
    note = draw(typed) + "n" * draw(st.sampled_from([0, 1000, NOTE_CHARS - 40]))
    return SessionRecord(
        id=draw(st.uuids()).hex, routine_id="r", routine_title=draw(typed), kind="massage",
        started_at=start, ended_at=end, local_date=start.date(), planned_seconds=None,
        actual_seconds=seconds, status="completed", stages=stages, notes=note,
        mood_before=draw(st.none() | st.integers(1, 5)))


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(records(), min_size=1, max_size=3, unique_by=lambda r: r.id))
def test_whatever_can_be_saved_exports_and_imports_back_exactly(saved: list[SessionRecord]) -> None:
    with open_store(None) as store, open_store(None) as other:
        for record in saved:
            assert save_session_safely(store, record).saved
        text = export_json(store)
        import_export(other, parse_export(text.encode("utf-8")))
        assert export_json(other) == text
        export_csv(other, UTC)                      # and the CSV, in any time zone
        export_csv(other, timezone_far_west())


def timezone_far_west() -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo("Pacific/Pago_Pago")


def one_session(**changes: Any) -> bytes:
    session = {"id": "s-1", "routine_id": "r", "routine_title": "R", "kind": "massage",
               "started_at": "2026-01-10T09:00:00+00:00", "ended_at": "2026-01-10T09:10:00+00:00",
               "local_date": "2026-01-10", "planned_seconds": 600, "actual_seconds": 600,
               "status": "completed", "stages": [], "notes": ""}
    session.update(changes)
    return json.dumps({"format": "touchtimer-export", "format_version": 1, "babies": [],
                       "sessions": [session]}, ensure_ascii=True).encode()


@pytest.mark.parametrize(("changes", "said"), [
    ({"notes": "n" * (NOTE_CHARS + 50)},
     "session 1: the note is too long (20,050 characters; at most 20,000)"),
    ({"routine_title": "t" * (TITLE_CHARS + 1)}, "session 1: the routine's title is too long (501"),
    ({"started_at": "0001-01-01T00:00:00+00:00"},
     "session 1: the start is too early (0001-01-01T00:00:00+00:00"),
    ({"started_at": "0001-01-01T00:00:00+05:00"}, "session 1: the start is too early"),
    ({"ended_at": "9999-12-31T23:59:59-05:00"}, "session 1: the end is too late (9999-12-31T23:59:59-05:00"),
    ({"local_date": "9999-12-31"}, "session 1: the day is too late (9999-12-31"),
    ({"actual_seconds": 2**63}, "session 1: the time spent must be a whole number of seconds from 0 to"),
    ({"planned_seconds": 2**64 + 1}, "session 1: the planned time must be a whole number of seconds"),
    ({"notes": "a\ud800b"},
     "session 1: the note is not text that can be saved (a lone surrogate, U+D800"),
    ({"stages": [{"position": 2**63, "title": "S", "actual_seconds": 1, "status": "done"}]},
     "session 1, stage 1: its place must be a whole number from 0 to 100,000"),
])
def test_extreme_values_are_refused_with_a_message_that_names_them(changes: dict[str, Any],
                                                                    said: str) -> None:
    with pytest.raises(ImportProblems) as caught:
        parse_export(one_session(**changes))
    problems = caught.value.problems
    assert len(problems) == 1 and problems[0].startswith(said), problems


def test_a_note_past_the_limit_is_never_saved_so_no_export_is_refused() -> None:
    record = SessionRecord(
        id="s-long", routine_id="r", routine_title="R", kind="massage",
        started_at=datetime(2026, 1, 10, 9, tzinfo=UTC),
        ended_at=datetime(2026, 1, 10, 9, 10, tzinfo=UTC),
        local_date=date(2026, 1, 10), planned_seconds=600, actual_seconds=600, status="completed",
        notes="n" * (NOTE_CHARS + 50))
    with open_store(None) as store:
        result = save_session_safely(store, record)        # said, and the session kept to try again
        assert not result.saved and "the note is too long (20,050 characters" in result.detail
        with pytest.raises(RecordRefused):
            store.sessions.set_notes("s-long", "n" * (NOTE_CHARS + 1))
        assert save_session_safely(store, record.__class__(**{**record.__dict__,
                                                               "notes": "n" * NOTE_CHARS})).saved
        import_export(open_store(None), parse_export(export_json(store).encode()))


def test_check_refuses_a_title_a_session_could_not_keep() -> None:
    long_title = THREE_STAGES.replace('title = "Three stages"', f'title = "{"T" * (TITLE_CHARS + 1)}"', 1)
    assert long_title != THREE_STAGES
    with pytest.raises(RoutineFileError) as caught:
        parse_routine(long_title, file="long.toml")
    assert [str(e) for e in caught.value.errors] == [
        "long.toml: title: is 501 characters long; a title can be at most 500 characters"]
    fits = THREE_STAGES.replace('title = "Three stages"', f'title = "{"T" * TITLE_CHARS}"', 1)
    assert parse_routine(fits, file="fits.toml").title == "T" * TITLE_CHARS


def test_the_first_and_last_moments_kept_show_in_history_in_every_time_zone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    doc = tmp_path / "edges.json"
    sessions = [json.loads(one_session(id=f"s-{n}", started_at=start, ended_at=start,
                                       local_date=day))["sessions"][0]
                for n, (start, day) in enumerate([("1900-01-02T00:00:00+00:00", "1900-01-02"),
                                                  ("2999-12-30T23:59:59+00:00", "2999-12-30")])]
    doc.write_text(json.dumps({"format_version": 1, "babies": [], "sessions": sessions}), encoding="utf-8")
    run = [sys.executable, "-m", "touchtimer", "--data-dir", str(data)]
    assert subprocess.run([*run, "import", str(doc)], capture_output=True, check=False).returncode == 0
    for zone in ("America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"):
        env = dict(os.environ, TZ=zone)
        for args in (["history"], ["export", "--format", "csv"], ["history", "--json"]):
            done = subprocess.run([*run, *args], capture_output=True, text=True, env=env, timeout=60,
                                  check=False)
            assert done.returncode == 0 and "Traceback" not in done.stderr, (zone, args, done.stderr)
