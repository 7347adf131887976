"""The fast JSON export gives exactly the bytes of the general path, whatever the data."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers.history_factory import session
from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.history.export_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    dumps,
    export_document,
    export_json,
)
from touchtimer.core.history.export_text import export_text
from touchtimer.core.session.record import StageRecord
from touchtimer.core.storage.store import Store, open_store

T0 = datetime(2026, 3, 10, 21, 30, tzinfo=UTC)


def general(store: Store | None) -> str:
    return dumps(export_document(store))


def varied_store(path: Path) -> Store:
    store = open_store(path)
    ada = add_baby(store, "Ada \"Bean\" Ø", date(2026, 1, 2), date(2026, 2, 1), today=date(2027, 1, 1))
    sam = add_baby(store, "Sam", date(2025, 12, 1), today=date(2027, 1, 1))
    store.sessions.save(session("b-same-time", T0, 45, babies=[sam.id, ada.id],
                                notes="Line one\nline \\two\t✓ 🌙"))
    store.sessions.save(session("a-same-time", T0, 10, kind="massage", routine="gentle-hello"))
    odd = session("odd", T0 - timedelta(days=400), seconds=0)
    odd.stages = [StageRecord(0, "Left side « »", "left", None, 0, "not_reached"),
                  StageRecord(1, "Right \u0001 side", "right", 30, 12, "stopped")]
    odd.baby_response = None
    odd.mood_before = odd.mood_after = None
    odd.planned_seconds = None
    odd.status = "ended_early"
    store.sessions.save(odd)
    bare = session("no-stages", T0 + timedelta(hours=30), 5)
    bare.stages = []
    store.sessions.save(bare)
    return store


def test_same_bytes_as_the_general_path(tmp_path: Path) -> None:
    store = varied_store(tmp_path / "t.sqlite3")
    text = export_json(store)
    assert text == general(store)
    doc = json.loads(text)
    assert [s["id"] for s in doc["sessions"]] == ["odd", "a-same-time", "b-same-time", "no-stages"]


def test_moments_stored_in_another_form_are_written_as_utc(tmp_path: Path) -> None:
    store = varied_store(tmp_path / "t.sqlite3")
    store.connection.execute("UPDATE sessions SET started_at = '2026-03-10T22:30:00+01:00' WHERE id = 'odd'")
    assert export_json(store) == general(store)
    assert '"started_at": "2026-03-10T21:30:00+00:00"' in export_json(store)


@pytest.mark.parametrize("filled", [False, True])
def test_empty_and_missing_stores(tmp_path: Path, filled: bool) -> None:
    store = open_store(tmp_path / "t.sqlite3")
    if filled:
        add_baby(store, "Ada", date(2026, 1, 2), today=date(2027, 1, 1))
    assert export_json(store) == general(store)
    assert export_json(None) == general(None)
    head = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "babies": [], "caregivers": []}
    assert export_text(None, head) == general(None)
