"""History in the core: local days, midnight splits (DST too), filters and gentle totals."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.helpers.history_factory import session
from touchtimer.core.babies.ages import Baby
from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.history.days import (
    KANGAROO_NOTE_WEEKS_AFTER_DUE,
    PRETERM_GUIDANCE,
    daily_totals,
    day_start,
    group_by_day,
    kangaroo_note_applies,
    make_filter,
    period_summary,
    preterm_guidance,
    split_by_day,
)
from touchtimer.core.storage.store import Store, open_store

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def store() -> Store:
    return open_store(None)


def local(y: int, mo: int, d: int, h: int, mi: int = 0, tz: ZoneInfo = LONDON) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=tz).astimezone(UTC)


def test_a_session_within_one_day_stays_on_that_day() -> None:
    start = local(2026, 1, 10, 9)
    assert split_by_day(start, start + timedelta(minutes=40), 2400, LONDON) == [(date(2026, 1, 10), 2400.0)]


def test_a_session_across_midnight_counts_minutes_on_each_day() -> None:
    start = local(2026, 1, 10, 23, 30)
    pieces = split_by_day(start, start + timedelta(hours=1), 3600, LONDON)
    assert pieces == [(date(2026, 1, 10), 1800.0), (date(2026, 1, 11), 1800.0)]


def test_midnight_is_local_not_utc() -> None:
    # 23:30 to 00:30 in New York is 04:30 to 05:30 UTC: one UTC day, two local days.
    start = local(2026, 1, 10, 23, 30, NEW_YORK)
    assert [d for d, _ in split_by_day(start, start + timedelta(hours=1), 3600, NEW_YORK)] == \
        [date(2026, 1, 10), date(2026, 1, 11)]
    assert [d for d, _ in split_by_day(start, start + timedelta(hours=1), 3600, UTC)] == [date(2026, 1, 11)]


def test_a_session_spanning_two_midnights_touches_three_days() -> None:
    start = local(2026, 1, 10, 22)
    end = start + timedelta(hours=28)           # to 02:00 two days later
    pieces = dict(split_by_day(start, end, 28 * 3600, LONDON))
    assert pieces == {date(2026, 1, 10): 7200.0, date(2026, 1, 11): 86400.0, date(2026, 1, 12): 7200.0}


def test_pauses_are_shared_in_proportion() -> None:
    start = local(2026, 1, 10, 23)
    # two wall-clock hours, but only one hour of actual time (a long pause)
    pieces = dict(split_by_day(start, start + timedelta(hours=2), 3600, LONDON))
    assert pieces == {date(2026, 1, 10): 1800.0, date(2026, 1, 11): 1800.0}


def test_dst_spring_forward_day_is_23_hours() -> None:
    # Europe/London moves to BST at 01:00 UTC on 29 March 2026.
    spring = day_start(date(2026, 3, 30), LONDON) - day_start(date(2026, 3, 29), LONDON)
    assert spring == timedelta(hours=23)
    start = local(2026, 3, 28, 23, 30)              # 23:30 GMT
    end = datetime(2026, 3, 29, 3, 0, tzinfo=LONDON)  # 03:00 BST = 02:00 UTC
    pieces = dict(split_by_day(start, end, int((end - start).total_seconds()), LONDON))
    assert pieces == {date(2026, 3, 28): 1800.0, date(2026, 3, 29): 7200.0}


def test_dst_autumn_day_is_25_hours_and_a_whole_day_session_counts_it_all() -> None:
    first, nxt = day_start(date(2026, 10, 25), LONDON), day_start(date(2026, 10, 26), LONDON)
    assert nxt - first == timedelta(hours=25)
    pieces = split_by_day(first, nxt, 25 * 3600, LONDON)
    assert pieces == [(date(2026, 10, 25), 90000.0)]


def test_no_zone_means_the_computers_own_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        start = local(2026, 3, 7, 23, 30, NEW_YORK)      # the night before New York's DST change
        end = datetime(2026, 3, 8, 4, 0, tzinfo=NEW_YORK)
        seconds = int((end - start).total_seconds())
        assert split_by_day(start, end, seconds) == split_by_day(start, end, seconds, NEW_YORK)
        assert split_by_day(start, end, seconds) == [(date(2026, 3, 7), 1800.0), (date(2026, 3, 8), 10800.0)]
    finally:
        monkeypatch.undo()
        time.tzset()


def test_zero_length_session_sits_on_its_start_day() -> None:
    start = local(2026, 1, 10, 12)
    assert split_by_day(start, start, 0, LONDON) == [(date(2026, 1, 10), 0.0)]


def test_group_by_day_newest_first_with_tail_minutes(store: Store) -> None:
    late = session("late", local(2026, 1, 10, 23, 30), 60)
    morning = session("morning", local(2026, 1, 11, 9), 20)
    earlier = session("earlier", local(2026, 1, 10, 8), 15, kind="massage", routine="gentle-hello")
    days = group_by_day([earlier, late, morning], LONDON)
    assert [d.day for d in days] == [date(2026, 1, 11), date(2026, 1, 10)]
    assert [s.id for s in days[0].sessions] == ["morning"]
    assert [s.id for s in days[1].sessions] == ["late", "earlier"]
    assert days[0].total is not None and round(days[0].total.skin_seconds / 60) == 50   # 30 of late + 20
    assert days[1].total is not None and round(days[1].total.skin_seconds / 60) == 30
    assert days[1].total.massage_sessions == 1


def test_a_day_reached_only_by_a_tail_still_shows_its_minutes() -> None:
    days = group_by_day([session("late", local(2026, 1, 10, 23), 120)], LONDON)
    minutes = [(d.day, round(d.total.skin_seconds / 60) if d.total else None, len(d.sessions)) for d in days]
    assert minutes == [(date(2026, 1, 11), 60, 0), (date(2026, 1, 10), 60, 1)]


def test_filters_by_baby_kind_routine(store: Store) -> None:
    ada = add_baby(store, "Ada", date(2026, 1, 1), today=date(2027, 1, 1))
    ben = add_baby(store, "Ben", date(2026, 1, 1), today=date(2027, 1, 1))
    store.sessions.save(session("a", local(2026, 1, 10, 9), babies=[ada.id]))
    store.sessions.save(session("b", local(2026, 1, 10, 10), babies=[ben.id], kind="massage",
                                routine="gentle-hello"))
    store.sessions.save(session("c", local(2026, 1, 10, 11), babies=[ada.id, ben.id]))

    def ids(**kw: object) -> list[str]:
        return sorted(r.id for r in store.sessions.list(make_filter(tz=LONDON, **kw)))  # type: ignore[arg-type]

    assert ids(baby_id=ada.id) == ["a", "c"]
    assert ids(baby_id=ben.id) == ["b", "c"]
    assert ids(kind="massage") == ["b"]
    assert ids(routine_id="close-time") == ["a", "c"]
    assert ids(baby_id=ben.id, kind="skin_to_skin") == ["c"]
    assert store.sessions.count(make_filter(kind="massage", tz=LONDON)) == 1


def test_date_range_catches_a_session_that_began_the_night_before(store: Store) -> None:
    store.sessions.save(session("night", local(2026, 1, 9, 23), 120))        # runs to 01:00 on the 10th
    store.sessions.save(session("day", local(2026, 1, 10, 12), 30))
    store.sessions.save(session("before", local(2026, 1, 9, 12), 30))
    store.sessions.save(session("after", local(2026, 1, 11, 0, 0), 30))      # exactly at the end
    flt = make_filter(date_from=date(2026, 1, 10), date_to=date(2026, 1, 10), tz=LONDON)
    assert [r.id for r in store.sessions.list(flt)] == ["day", "night"]
    only_start = make_filter(date_from=date(2026, 1, 11), tz=LONDON)
    assert [r.id for r in store.sessions.list(only_start)] == ["after"]


def test_daily_totals_split_at_midnight_and_count_massage(store: Store) -> None:
    store.sessions.save(session("night", local(2026, 1, 9, 23), 120))
    store.sessions.save(session("m1", local(2026, 1, 10, 10), 10, kind="massage"))
    store.sessions.save(session("m2", local(2026, 1, 10, 18), 10, kind="massage"))
    totals = daily_totals(store, date(2026, 1, 8), date(2026, 1, 10), LONDON)
    assert [(t.day, round(t.skin_seconds / 60), t.massage_sessions) for t in totals] == [
        (date(2026, 1, 8), 0, 0), (date(2026, 1, 9), 60, 0), (date(2026, 1, 10), 60, 2)]


def test_period_summary_for_7_and_30_days(store: Store) -> None:
    today = date(2026, 2, 1)
    for i in range(30):
        day = today - timedelta(days=i)
        store.sessions.save(session(f"s{i}", local(day.year, day.month, day.day, 20), 45))
        if i % 3 == 0:
            store.sessions.save(session(f"m{i}", local(day.year, day.month, day.day, 10), 15, kind="massage"))
    week = period_summary(store, today, 7, 60, LONDON)
    month = period_summary(store, today, 30, 60, LONDON)
    assert len(week.days) == 7 and week.days[-1].day == today and week.days[0].day == date(2026, 1, 26)
    assert week.total_skin_minutes == 7 * 45 and week.average_skin_minutes == 45
    assert week.massage_sessions == 3 and week.massage_per_week == 3.0        # days 0, 3, 6
    assert month.massage_sessions == 10 and month.massage_per_week == round(10 * 7 / 30, 1)
    assert week.target_minutes == 60
    with pytest.raises(ValueError):
        period_summary(store, today, 0)


def test_summary_filters_by_baby(store: Store) -> None:
    ada = add_baby(store, "Ada", date(2026, 1, 1), today=date(2027, 1, 1))
    store.sessions.save(session("a", local(2026, 2, 1, 9), 30, babies=[ada.id]))
    store.sessions.save(session("b", local(2026, 2, 1, 10), 20))
    only_ada = period_summary(store, date(2026, 2, 1), 7, tz=LONDON, flt=make_filter(baby_id=ada.id))
    assert only_ada.total_skin_minutes == 30


def test_the_who_note_is_only_for_the_kangaroo_care_period() -> None:
    term = Baby("t", "Term", date(2026, 1, 1), date(2026, 1, 3))
    early = Baby("p", "Early", date(2026, 1, 1), date(2026, 2, 26))           # about 32 weeks
    assert "8 to 24 hours a day" in PRETERM_GUIDANCE and "WHO" in PRETERM_GUIDANCE
    assert preterm_guidance([], date(2026, 1, 10)) is None
    assert preterm_guidance([term], date(2026, 1, 10)) is None
    # born early: from birth, through the due date, until four weeks after it
    for day in (date(2026, 1, 1), date(2026, 2, 25), date(2026, 2, 26), date(2026, 3, 25)):
        assert preterm_guidance([term, early], day) == PRETERM_GUIDANCE, day
    assert KANGAROO_NOTE_WEEKS_AFTER_DUE == 4
    last = date(2026, 2, 26) + timedelta(weeks=4)
    assert kangaroo_note_applies(early, last - timedelta(days=1))
    assert not kangaroo_note_applies(early, last)
    # a baby born early is not shown it up to two years corrected, as it once was
    assert preterm_guidance([early], date(2026, 9, 1)) is None
    assert preterm_guidance([early], date(2027, 12, 1)) is None


def test_the_who_note_applies_while_a_baby_is_in_neonatal_care() -> None:
    in_unit = Baby("n", "In the unit", date(2026, 1, 1), date(2026, 1, 10), in_neonatal_care=True)
    assert not in_unit.preterm
    assert preterm_guidance([in_unit], date(2026, 6, 1)) == PRETERM_GUIDANCE
    home = Baby("n", "Home", date(2026, 1, 1), date(2026, 1, 10))
    assert preterm_guidance([home], date(2026, 1, 5)) is None


def test_a_very_long_session_is_still_found_by_a_later_range(store: Store) -> None:
    store.sessions.save(session("marathon", local(2026, 1, 1, 8), 3 * 24 * 60))    # three whole days
    store.sessions.save(session("short", local(2025, 12, 31, 8), 30))
    flt = make_filter(date_from=date(2026, 1, 3), date_to=date(2026, 1, 3), tz=LONDON)
    assert [r.id for r in store.sessions.list(flt)] == ["marathon"]
    assert store.sessions.longest_span_days() == 3.0
    totals = daily_totals(store, date(2026, 1, 3), date(2026, 1, 4), LONDON)
    assert [round(t.skin_seconds / 60) for t in totals] == [24 * 60, 8 * 60]


def test_history_indexes_migrate_an_existing_database(tmp_path: Path) -> None:
    from touchtimer.core.storage.store import migrations

    path = tmp_path / "old.sqlite3"
    con = sqlite3.connect(path)
    con.executescript(migrations()[0].sql + "\nPRAGMA user_version = 1;")
    con.close()
    with open_store(path) as upgraded:
        rows = upgraded.connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        names = {r[0] for r in rows}
        assert {"sessions_by_start_id", "sessions_by_span"} <= names
        assert "sessions_by_start" not in names
        plan = " ".join(str(tuple(r)) for r in upgraded.connection.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM sessions ORDER BY started_at DESC, id LIMIT 100"))
        assert "sessions_by_start_id" in plan and "TEMP B-TREE" not in plan
    assert list((tmp_path / "backups").iterdir())


def test_list_rows_pages_newest_first_with_babies_and_note_flags(store: Store) -> None:
    ada = add_baby(store, "Ada", date(2026, 1, 1), today=date(2027, 1, 1))
    ben = add_baby(store, "Ben", date(2026, 1, 1), today=date(2027, 1, 1))
    for i in range(5):
        store.sessions.save(session(f"s{i}", local(2026, 1, 10 + i, 9),
                                    babies=[ben.id, ada.id] if i == 4 else [], notes="hi" if i == 3 else ""))
    first = store.sessions.rows(limit=2)
    second = store.sessions.rows(limit=2, offset=2)
    assert [r.id for r in first + second] == ["s4", "s3", "s2", "s1"]
    assert first[0].baby_ids == tuple(sorted([ada.id, ben.id])) and second[0].baby_ids == ()
    assert [r.has_note for r in first] == [False, True]
    assert store.sessions.routines() == [("close-time", "Close Time")]
