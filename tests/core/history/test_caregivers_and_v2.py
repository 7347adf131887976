"""Who held the baby (totals, daily split, filter, this laptop's default), kangaroo-care details,
per-baby responses and targets, and export format 2 (every version 1 file still imports)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers.history_factory import session
from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.history.caregivers import (
    NOT_RECORDED,
    caregiver_totals,
    daily_target_minutes,
    daily_totals_by_caregiver,
    mother_and_others,
)
from touchtimer.core.history.days import make_filter
from touchtimer.core.history.export_csv import export_csv
from touchtimer.core.history.export_format import export_document, export_json
from touchtimer.core.history.import_check import ImportProblems, parse_export
from touchtimer.core.history.import_merge import import_export
from touchtimer.core.storage.caregivers import CaregiverError
from touchtimer.core.storage.store import Store, open_store

DATA = Path(__file__).parent / "data"
T = datetime(2026, 3, 10, 21, 0, tzinfo=UTC)


def family() -> tuple[Store, str, str]:
    store = open_store(None)
    mum = store.caregivers.add("Mum", mother=True)
    dad = store.caregivers.add("Dad")
    for i, (who, minutes) in enumerate([([mum.id], 60), ([dad.id], 30), ([mum.id, dad.id], 20), ([], 10)]):
        record = session(f"s{i}", T + timedelta(days=i % 2), minutes)
        record.caregiver_ids = who
        store.sessions.save(record)
    return store, mum.id, dad.id


def test_totals_per_caregiver_and_mother_and_others() -> None:
    store, mum, dad = family()
    first, last = date(2026, 3, 10), date(2026, 3, 11)
    totals = caregiver_totals(store, first, last, UTC)
    assert [(t.name, round(t.skin_seconds / 60), t.sessions) for t in totals] == [
        ("Mum", 80, 2), ("Dad", 50, 2), ("", 10, 1)]
    assert totals[-1].caregiver_id == NOT_RECORDED
    split = mother_and_others(store, first, last, UTC)
    assert (split.mother_seconds, split.others_seconds, split.not_recorded_seconds) == (4800, 3000, 600)
    days = daily_totals_by_caregiver(store, first, last, UTC)
    assert days[0].skin_by_caregiver == {mum: 4800.0, dad: 1200.0}
    assert days[1].skin_by_caregiver == {dad: 1800.0, NOT_RECORDED: 600.0}
    assert {r.id for r in store.sessions.list(make_filter(caregiver_id=dad))} == {"s1", "s2"}


def test_the_default_caregivers_are_those_of_this_laptops_last_session() -> None:
    store, mum, dad = family()
    assert store.caregivers.default_ids() == []            # the last session had nobody recorded
    record = session("n", T + timedelta(days=3))
    record.caregiver_ids = [dad]
    store.sessions.save(record)
    assert store.caregivers.default_ids() == [dad]
    imported = session("i", T + timedelta(days=4))
    imported.caregiver_ids = [mum]
    store.sessions.save(imported, remember_caregivers=False)   # an import is not this laptop's session
    assert store.caregivers.default_ids() == [dad]
    store.caregivers.delete(dad)
    assert store.caregivers.default_ids() == []
    with pytest.raises(CaregiverError):
        store.caregivers.add("   ")


def test_details_and_per_baby_responses_are_edited_and_read_back() -> None:
    store = open_store(None)
    ada = add_baby(store, "Ada", date(2026, 1, 1), today=date(2027, 1, 1))
    ben = add_baby(store, "Ben", date(2026, 1, 1), today=date(2027, 1, 1))
    store.sessions.save(session("t", T, babies=[ada.id, ben.id]))
    store.sessions.update("t", baby_responses={ada.id: "calm", ben.id: "cried"}, fed_at_breast="yes",
                          interruptions=2)
    record = store.sessions.get("t")
    assert record is not None and record.response_for(ben.id) == "cried" and record.interruptions == 2
    assert record.fed_at_breast == "yes"
    with pytest.raises(TypeError):
        store.sessions.update("t", kind="massage")
    store.babies.delete(ben.id)                              # a removed twin takes their answer along
    assert store.sessions.get("t").baby_responses == {ada.id: "calm"}  # type: ignore[union-attr]


def test_a_babys_own_target_and_neonatal_care_are_kept() -> None:
    store = open_store(None)
    baby = add_baby(store, "Ada", date(2026, 1, 1), today=date(2027, 1, 1))
    store.babies.save(replace(baby, in_neonatal_care=True, daily_target_minutes=480),
        created_at="2026-01-01T00:00:00+00:00")
    (kept,) = store.babies.list()
    assert kept.in_neonatal_care and kept.daily_target_minutes == 480
    assert daily_target_minutes([kept], kept.id, 60) == 480
    assert daily_target_minutes([kept], None, 60) == 60


def test_format_2_round_trips_byte_for_byte(tmp_path: Path) -> None:
    store, _, _ = family()
    baby = add_baby(store, "Ada", date(2026, 1, 1), today=date(2027, 1, 1))
    store.babies.save(replace(baby, daily_target_minutes=240, in_neonatal_care=True),
        created_at="2026-01-01T00:00:00+00:00")
    store.sessions.update("s0", fed_at_breast="no", interruptions=0)
    text = export_json(store)
    assert json.loads(text)["format_version"] == 2
    assert export_json(store) == json.dumps(export_document(store), indent=2, sort_keys=True,
                                            ensure_ascii=False) + "\n"
    target = open_store(None)
    summary = import_export(target, parse_export(text.encode()))
    assert summary.caregivers_added == 2 and export_json(target) == text
    row = next(iter(csv.DictReader(io.StringIO(export_csv(store, UTC)))))
    assert (row["Caregivers"], row["Fed at the breast"], row["Interruptions"]) == ("Mum", "no", "0")


def test_a_version_1_file_imports_as_it_always_did_and_exports_as_version_2() -> None:
    v1 = (DATA / "export-v1-example.json").read_bytes()
    parsed = parse_export(v1)
    assert parsed.version == 1 and parsed.caregivers == [] and parsed.notices == []
    store = open_store(None)
    import_export(store, parsed)
    (record,) = store.sessions.all()
    assert record.caregiver_ids == [] and record.fed_at_breast is None and record.baby_responses == {}
    doc = json.loads(export_json(store))
    assert doc["format_version"] == 2 and doc["caregivers"] == []
    old = json.loads(v1)
    assert {k: v for k, v in doc["sessions"][0].items() if k in old["sessions"][0]} == old["sessions"][0]
    again = open_store(None)
    import_export(again, parse_export(export_json(store).encode()))
    assert export_json(again) == export_json(store)


def test_a_version_1_file_with_version_2_fields_names_them_as_unknown() -> None:
    doc = json.loads((DATA / "export-v1-example.json").read_bytes())
    doc["sessions"][0]["caregiver_ids"] = ["x"]
    parsed = parse_export(json.dumps(doc).encode())
    assert parsed.sessions[0].caregiver_ids == []
    assert parsed.notices == ["sessions[0].caregiver_ids: not a field touchtimer knows; it was ignored"]


def test_version_2_problems_are_named_with_their_place() -> None:
    store, *_ = family()
    doc = export_document(store)
    doc["caregivers"][0]["mother"] = "yes"
    doc["sessions"][0]["fed_at_breast"] = "maybe"
    doc["sessions"][1]["caregiver_ids"] = ["nobody"]
    with pytest.raises(ImportProblems) as caught:
        import_export(open_store(None), parse_export(json.dumps(doc).encode()))
    assert caught.value.technical[0] == 'caregivers[0].mother: expected true or false, got "yes"'
    expected = 'sessions[0].fed_at_breast: expected one of "yes", "no" or null, got "maybe"'
    assert expected in caught.value.technical
    assert caught.value.problems[0].startswith("caregiver 1: whether she is the mother must be")
    fed = "session 1: whether baby fed at the breast must be"
    assert any(p.startswith(fed) for p in caught.value.problems)
