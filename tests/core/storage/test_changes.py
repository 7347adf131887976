"""After every committed write the store says once what changed; a failed write says nothing."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

import pytest

from tests.helpers.history_factory import session
from touchtimer.core.babies.ages import Baby
from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.history.export_format import export_json
from touchtimer.core.history.import_check import parse_export
from touchtimer.core.history.import_merge import import_export
from touchtimer.core.storage.changes import ChangeFeed, Changes
from touchtimer.core.storage.rows import Checkpoint
from touchtimer.core.storage.store import Store, StoreError, open_store

T = datetime(2026, 3, 1, 21, 0, tzinfo=UTC)


def heard(store: Store) -> list[Changes]:
    said: list[Changes] = []
    store.changes.subscribe(said.append)
    return said


def test_each_write_says_once_what_it_changed() -> None:
    store = open_store(None)
    said = heard(store)
    store.sessions.save(session("s", T))
    store.sessions.set_notes("s", "slept")
    store.babies.save(Baby("b", "Bo", date(2026, 2, 1)), created_at="2026-01-01T00:00:00+00:00")
    store.babies.delete("b")
    store.sessions.delete("s")
    assert said == [Changes(sessions=True, checkpoints=True), Changes(sessions=True), Changes(babies=True),
                    Changes(babies=True, sessions=True), Changes(sessions=True, checkpoints=True)]
    assert all(c.store is store and c.initiator is None for c in said)


def test_reading_says_nothing_and_a_failed_write_says_nothing() -> None:
    store = open_store(None)
    said = heard(store)
    store.sessions.list()
    store.babies.list()
    store.faults.fail(sqlite3.SQLITE_FULL)
    with pytest.raises(sqlite3.OperationalError):
        store.sessions.save(session("s", T))
    assert said == []


def test_a_checkpoint_is_not_news_for_the_history() -> None:
    store = open_store(None)
    said = heard(store)
    record = session("running", T)
    record.status = "interrupted"
    store.checkpoints.write(record, Checkpoint("running", "close-time", 0, 5.0, 5.0, False, T, "{}", None))
    assert said == [Changes(checkpoints=True)] and not said[0].sessions
    store.checkpoints.dismiss("running")
    assert said[-1] == Changes(checkpoints=True) and store.checkpoints.unrecovered() == []


def test_an_import_is_one_change_however_many_rows_it_writes() -> None:
    source = open_store(None)
    baby = add_baby(source, "Noor", date(2026, 2, 1), today=date(2026, 3, 1))
    for i in range(5):
        source.sessions.save(session(f"s{i}", T.replace(day=i + 1), babies=[baby.id]))
    target = open_store(None)
    said = heard(target)
    with target.changes.initiated_by("the history page"):
        import_export(target, parse_export(export_json(source).encode()))
    assert said == [Changes(sessions=True, babies=True, checkpoints=True)]
    assert said[0].initiator == "the history page"


def test_an_import_the_disk_refuses_says_nothing() -> None:
    source = open_store(None)
    source.sessions.save(session("s", T))
    target = open_store(None)
    said = heard(target)
    target.faults.fail(sqlite3.SQLITE_FULL)
    with pytest.raises(StoreError):
        import_export(target, parse_export(export_json(source).encode()))
    assert said == []


def test_a_replacing_store_takes_over_the_followers() -> None:
    old, new = open_store(None), open_store(None)
    said = heard(old)
    new.take_over_from(old)
    assert said == [Changes.replaced_by(new)] and said[0].store is new and said[0].store_replaced
    new.sessions.save(session("s", T))
    assert len(said) == 2 and said[1].store is new


def test_followers_can_stop_and_initiators_nest() -> None:
    feed = ChangeFeed()
    said: list[Changes] = []
    stop = feed.subscribe(said.append)
    with feed.initiated_by("outer"):
        with feed.initiated_by("inner"):
            feed.emit(Changes(settings=True))
        feed.emit(Changes(settings=True))
    feed.emit(Changes(settings=True, initiator="named"))
    assert [c.initiator for c in said] == ["inner", "outer", "named"]
    stop()
    feed.emit(Changes(babies=True))
    assert len(said) == 3


def test_changes_add_up() -> None:
    both = Changes(sessions=True) | Changes(babies=True)
    assert both == Changes(sessions=True, babies=True) and both.anything and not Changes().anything
