"""Baby profiles in the store: checks in plain words, and twins sessions counting for each baby."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from touchtimer.core.babies.ages import Baby
from touchtimer.core.babies.profiles import (
    BabyError,
    add_baby,
    check_baby,
    update_baby,
)
from touchtimer.core.session.record import SessionRecord, StageRecord
from touchtimer.core.storage.store import SessionFilter, Store, open_store

TODAY = date(2025, 6, 1)
BORN = date(2025, 5, 1)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "t.sqlite3")
    yield s
    s.close()


def session(sid: str, babies: list[str], kind: str = "skin_to_skin", minutes: int = 30) -> SessionRecord:
    start = datetime(2025, 5, 20, 9, 0, tzinfo=UTC) + timedelta(hours=len(sid))
    return SessionRecord(
        id=sid, routine_id="close-time", routine_title="Close time", kind=kind, started_at=start,
        ended_at=start + timedelta(minutes=minutes), local_date=start.date(), planned_seconds=None,
        actual_seconds=minutes * 60, status="completed",
        stages=[StageRecord(0, "Close time", None, None, minutes * 60, "done")], baby_ids=babies,
    )


def test_add_list_update_delete(store: Store) -> None:
    ada = add_baby(store, "  Ada ", BORN, BORN + timedelta(days=30), today=TODAY)
    assert ada.name == "Ada"
    assert ada.preterm
    ben = add_baby(store, "Ben", BORN - timedelta(days=10), today=TODAY)
    assert [b.name for b in store.babies.list()] == ["Ben", "Ada"]
    assert ada in store.babies.list()
    changed = update_baby(store, Baby(ada.id, "Ada Rose", BORN, None), today=TODAY)
    assert changed in store.babies.list() and ada not in store.babies.list()
    assert not changed.preterm
    store.babies.delete(ben.id)
    assert store.babies.list() == [changed]


def test_bad_details_give_every_problem_in_plain_words(store: Store) -> None:
    with pytest.raises(BabyError) as caught:
        add_baby(store, "   ", TODAY + timedelta(days=1), today=TODAY)
    assert caught.value.problems == [
        "Please give a name (a nickname is fine).",
        "The date of birth (2025-06-02) is after today; please check it.",
    ]
    assert store.babies.list() == []
    ada = add_baby(store, "Ada", BORN, today=TODAY)
    with pytest.raises(BabyError, match="80"):
        update_baby(store, Baby(ada.id, "x" * 81, BORN), today=TODAY)
    assert store.babies.list() == [ada]


def test_due_date_after_birth_date_is_a_baby_born_early() -> None:
    assert check_baby("Ada", BORN, BORN + timedelta(days=140), TODAY) == []       # born at 20+0
    problems = check_baby("Ada", BORN, BORN + timedelta(days=141), TODAY)        # 19+6
    assert len(problems) == 1
    assert "20 weeks after the birth date" in problems[0]
    assert "before 20 weeks of pregnancy" in problems[0]


def test_due_date_before_birth_date_is_a_baby_born_after_the_due_date() -> None:
    assert check_baby("Ada", BORN, BORN - timedelta(days=14), TODAY) == []        # 42+0, post-term
    assert check_baby("Ada", BORN, BORN - timedelta(days=34), TODAY) == []        # 44+6
    problems = check_baby("Ada", BORN, BORN - timedelta(days=35), TODAY)         # 45+0
    assert len(problems) == 1
    assert "5 weeks before the birth date" in problems[0]
    assert "born after the due date is fine" in problems[0]


def test_twins_session_is_listed_and_counted_for_each_baby(store: Store) -> None:
    one = add_baby(store, "Ada", BORN, BORN + timedelta(days=40), today=TODAY)
    two = add_baby(store, "Ben", BORN, BORN + timedelta(days=40), today=TODAY)
    store.sessions.save(session("twins", [one.id, two.id]))
    store.sessions.save(session("ada-alone", [one.id], kind="massage", minutes=10))
    store.sessions.save(session("nobody", []))

    ada = store.sessions.list(SessionFilter(baby_id=one.id))
    ben = store.sessions.list(SessionFilter(baby_id=two.id))
    assert sorted(s.id for s in ada) == ["ada-alone", "twins"]
    assert [s.id for s in ben] == ["twins"]
    assert store.sessions.count(SessionFilter(baby_id=one.id)) == 2
    assert store.sessions.count(SessionFilter(baby_id=two.id)) == 1
    assert store.sessions.count() == 3  # the twins session is one session, not two
    twins = store.sessions.get("twins")
    assert twins is not None
    assert sorted(twins.baby_ids) == sorted([one.id, two.id])
    # per-baby totals built from the listing count the shared session for each baby
    assert sum(s.actual_seconds for s in ada) == 40 * 60
    assert sum(s.actual_seconds for s in ben) == 30 * 60
    skin = store.sessions.list(SessionFilter(baby_id=two.id, kind="skin_to_skin"))
    assert [s.id for s in skin] == ["twins"]


def test_removing_one_twin_keeps_the_session_for_the_other(store: Store) -> None:
    one = add_baby(store, "Ada", BORN, today=TODAY)
    two = add_baby(store, "Ben", BORN, today=TODAY)
    store.sessions.save(session("twins", [one.id, two.id]))
    store.babies.delete(one.id)
    kept = store.sessions.get("twins")
    assert kept is not None
    assert kept.baby_ids == [two.id]
    assert store.sessions.count(SessionFilter(baby_id=two.id)) == 1
    assert store.sessions.count(SessionFilter(baby_id=one.id)) == 0
