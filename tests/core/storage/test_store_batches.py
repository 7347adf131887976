"""Listing many sessions reads their stages and babies in batches; every record stays whole."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from tests.helpers.history_factory import session
from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.session.record import StageRecord
from touchtimer.core.storage import sessions as store_module
from touchtimer.core.storage.store import SessionFilter, open_store


def test_list_sessions_across_several_batches(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.sqlite3")
    baby = add_baby(store, "Ada", date(2026, 1, 2), today=date(2027, 1, 1))
    count = store_module._BATCH * 2 + 7
    start = datetime(2026, 3, 1, tzinfo=UTC)
    for n in range(count):
        record = session(f"s{n:05d}", start + timedelta(hours=n), babies=[baby.id] if n % 3 == 0 else [])
        record.stages = [StageRecord(i, f"Stage {n}.{i}", None, 60, 60, "done") for i in range(n % 4)]
        store.sessions.save(record)
    listed = store.sessions.list()
    assert len(listed) == count
    for record in listed:
        assert record == store.sessions.get(record.id)
    n = store_module._BATCH + 3
    one = next(r for r in listed if r.id == f"s{n:05d}")
    assert [s.title for s in one.stages] == [f"Stage {n}.{i}" for i in range(n % 4)]
    assert store.sessions.list(SessionFilter(baby_id=baby.id), limit=5)[0].baby_ids == [baby.id]
