"""Export and import: stable JSON, CSV shape, merging by id, and every kind of bad file."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.helpers import REPO_ROOT
from tests.helpers.history_factory import session
from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.history.export_csv import CSV_HEADERS, export_csv
from touchtimer.core.history.export_format import export_document, export_json
from touchtimer.core.history.import_check import (
    MAX_IMPORT_BYTES,
    ImportProblems,
    parse_export,
    read_export_file,
)
from touchtimer.core.history.import_merge import import_export
from touchtimer.core.storage.store import Store, StoreError, open_store

T = datetime(2026, 1, 10, 21, 30, tzinfo=UTC)


def filled(path: Path | None = None) -> Store:
    store = open_store(path)
    ada = add_baby(store, "Ada", date(2025, 12, 1), date(2026, 1, 20), today=date(2027, 1, 1))
    ben = add_baby(store, "Bén", date(2025, 12, 1), today=date(2027, 1, 1))
    store.sessions.save(session("s-1", T, 45, babies=[ada.id], notes='slept, "deeply"\nthen fed'))
    store.sessions.save(session("s-2", T + timedelta(hours=20), 12, kind="massage", routine="gentle-hello",
                                babies=[ada.id, ben.id]))
    store.sessions.save(session("s-0", T - timedelta(days=3), 90))
    return store


def sessions_of(store: Store) -> int:
    return store.sessions.count()


def test_export_is_stable_and_ordered() -> None:
    store = filled()
    text = export_json(store)
    assert text == export_json(store)
    doc = json.loads(text)
    assert doc["format"] == "touchtimer-export" and doc["format_version"] == 2
    assert "exported_at" not in doc
    assert [s["id"] for s in doc["sessions"]] == ["s-0", "s-1", "s-2"]          # oldest first
    assert [b["id"] for b in doc["babies"]] == sorted(b["id"] for b in doc["babies"])
    assert doc["sessions"][1]["stages"][2] == {"position": 2, "title": "Return",
                                               "side": None, "planned_seconds": 60, "actual_seconds": 0,
                                               "status": "skipped"}
    assert text.endswith("}\n") and '"Bén"' in text


def test_round_trip_into_an_empty_data_folder_is_byte_identical(tmp_path: Path) -> None:
    source = filled(tmp_path / "a" / "db.sqlite3")
    first = export_json(source)
    target = open_store(tmp_path / "b" / "db.sqlite3")
    summary = import_export(target, parse_export(first.encode()))
    assert (summary.sessions_added, summary.babies_added) == (3, 2)
    assert export_json(target) == first
    assert target.sessions.get("s-1") == source.sessions.get("s-1")
    assert target.babies.list() == source.babies.list()


def test_importing_the_same_file_twice_adds_nothing() -> None:
    text = export_json(filled()).encode()
    target = open_store(None)
    import_export(target, parse_export(text))
    before = export_json(target)
    again = import_export(target, parse_export(text))
    assert (again.sessions_added, again.babies_added) == (0, 0)
    assert (again.sessions_already_there, again.babies_already_there) == (3, 2)
    assert again.describe() == "added 0 sessions and 0 babies, already there 5"
    assert export_json(target) == before


def test_a_differing_session_with_the_same_id_keeps_the_local_copy() -> None:
    store = filled()
    doc = export_document(store)
    doc["sessions"][0]["notes"] = "changed elsewhere"
    store.sessions.set_notes("s-0", "my own note")
    summary = import_export(store, parse_export(json.dumps(doc).encode()))
    assert summary.sessions_kept_ours == ["s-0"] and summary.sessions_added == 0
    assert "differ" in summary.describe()
    record = store.sessions.get("s-0")
    assert record is not None and record.notes == "my own note"


def test_merging_adds_only_the_new_sessions() -> None:
    store = filled()
    doc = export_document(store)
    extra = json.loads(export_json(store))["sessions"][0]
    extra["id"] = "s-new"
    doc["sessions"].append(extra)
    summary = import_export(store, parse_export(json.dumps(doc).encode()))
    assert summary.sessions_added == 1 and summary.sessions_already_there == 3
    assert sessions_of(store) == 4


def test_empty_store_exports_a_valid_empty_export() -> None:
    for store in (None, open_store(None)):
        doc = json.loads(export_json(store))
        assert doc == {"format": "touchtimer-export", "format_version": 2, "babies": [], "caregivers": [],
                       "sessions": []}
        assert parse_export(export_json(store).encode()).sessions == []
        assert export_csv(store).splitlines() == [",".join(CSV_HEADERS)]


def test_csv_has_one_row_per_session_with_local_times_and_names() -> None:
    store = filled()
    rows = list(csv.DictReader(io.StringIO(export_csv(store, ZoneInfo("Europe/Berlin")))))
    assert len(rows) == 3
    assert list(rows[0]) == list(CSV_HEADERS)
    row = rows[1]
    assert row["Session id"] == "s-1"
    assert (row["Date"], row["Start time"], row["End time"]) == ("2026-01-10", "22:30", "23:15")
    assert row["Minutes"] == "45.0" and row["Kind"] == "skin-to-skin" and row["Status"] == "completed"
    assert row["Babies"] == "Ada" and row["Baby response"] == "calm"
    assert (row["Mood before (1-5)"], row["Mood after (1-5)"]) == ("2", "4")
    assert row["Notes"] == 'slept, "deeply"\nthen fed'
    assert rows[2]["Babies"] == "Ada; Bén" and rows[2]["Kind"] == "massage"


def test_csv_marks_an_end_on_the_next_day() -> None:
    store = open_store(None)
    store.sessions.save(session("n", datetime(2026, 1, 10, 23, 30, tzinfo=UTC), 60))
    row = next(csv.DictReader(io.StringIO(export_csv(store, UTC))))
    assert row["End time"] == "2026-01-11 00:30"


# -- bad files: each is refused whole, with a clear message, and the store does not change ---------

def problems_for(data: bytes) -> list[str]:
    store = filled()
    before = export_json(store)
    with pytest.raises(ImportProblems) as caught:
        import_export(store, parse_export(data))
    assert export_json(store) == before
    return caught.value.technical


def good_doc() -> dict[str, object]:
    return export_document(filled())


@pytest.mark.parametrize(("data", "expected"), [
    (b"", "the file is empty"),
    (b"  \n", "the file is empty"),
    (bytes(range(256)) * 4, "not a text file"),
    (b"\xff\xfe\xfa garbage", "not a UTF-8 text file"),
    (b"{\"babies\": [", "not valid JSON (line 1, column 13"),
    (b"[1, 2]", "expected a JSON object"),
    (b"null", "expected a JSON object"),
    (b"[" * 100_000, "nested too deeply"),
])
def test_files_that_are_not_exports(data: bytes, expected: str) -> None:
    problems = problems_for(data)
    assert len(problems) == 1 and expected in problems[0]


def test_wrong_format_version() -> None:
    doc = good_doc()
    doc["format_version"] = 3
    assert problems_for(json.dumps(doc).encode()) == [
        "format_version: this file is format 3, written by a newer touchtimer; this version reads "
        "format 2 and earlier. Please update touchtimer."]
    doc["format_version"] = "1"
    assert problems_for(json.dumps(doc).encode()) == ['format_version: expected 1 or 2, got "1"']
    del doc["format_version"]
    assert "format_version: missing" in problems_for(json.dumps(doc).encode())[0]


def test_every_wrong_type_is_reported_with_its_path() -> None:
    doc = json.loads(export_json(filled()))
    doc["sessions"][0]["stages"][1]["actual_seconds"] = "x"
    doc["sessions"][0]["mood_before"] = 9
    doc["sessions"][1]["kind"] = "cuddle"
    doc["sessions"][1]["started_at"] = "yesterday"
    doc["sessions"][2]["stages"] = {}
    doc["sessions"][2]["actual_seconds"] = -5
    doc["babies"][0]["born_on"] = "2026-13-01"
    del doc["babies"][1]["name"]
    problems = problems_for(json.dumps(doc).encode())
    assert problems == [
        'babies[0].born_on: expected a date like "2026-01-31", got "2026-13-01"',
        'babies[1]: the field "name" is missing',
        'sessions[0].mood_before: expected a whole number from 1 to 5 or null, got 9',
        'sessions[0].stages[1].actual_seconds: expected a whole number from 0 to 31,622,400, got "x"',
        'sessions[1].kind: expected one of "skin_to_skin", "massage", got "cuddle"',
        'sessions[1].started_at: expected a date and time with its UTC offset, like '
        '"2026-01-31T21:05:00+00:00", got "yesterday"',
        'sessions[2].actual_seconds: expected a whole number from 0 to 31,622,400, got -5',
        'sessions[2].stages: expected a list of stages, got {}',
    ]
    with pytest.raises(ImportProblems) as caught:
        parse_export(json.dumps(doc).encode())
    assert caught.value.problems == [                      # the same, in words, counted from 1
        'baby 1: the date of birth must be a date like "2026-01-31" (the file has "2026-13-01")',
        'baby 2: the name is missing',
        'session 1: the mood before must be a whole number from 1 to 5 or null (the file has 9)',
        'session 1, stage 2: the time spent must be a whole number of seconds from 0 to 31,622,400 '
        '(the file has "x")',
        'session 2: the kind of session must be one of "skin_to_skin", "massage" (the file has "cuddle")',
        'session 2: the start must be a date and time with its UTC offset, like '
        '"2026-01-31T21:05:00+00:00" (the file has "yesterday")',
        'session 3: the time spent must be a whole number of seconds from 0 to 31,622,400 (the file has -5)',
        'session 3: the stages must be a list of stages (the file has {})',
    ]


def test_more_shapes_that_are_refused() -> None:
    doc = json.loads(export_json(filled()))
    doc["sessions"][0]["ended_at"] = "2026-01-01T00:00:00+00:00"
    doc["sessions"][0]["stages"][1]["position"] = 0
    doc["sessions"][1]["baby_ids"] = [doc["babies"][0]["id"], doc["babies"][0]["id"]]
    doc["sessions"][2]["started_at"] = "2026-01-10T09:00:00"           # no offset
    doc["sessions"].append("not a session")
    doc["babies"] = doc["babies"][:1]
    problems = problems_for(json.dumps(doc).encode())
    assert any(p.startswith("sessions[0].ended_at: the session ends") for p in problems)
    assert "sessions[0].stages[1].position: 0 is already used by stages[0]" in problems
    assert any(p.startswith("sessions[1].baby_ids[1]:") and "listed twice" in p for p in problems)
    assert any(p.startswith("sessions[2].started_at:") for p in problems)
    assert 'sessions[3]: expected an object, got "not a session"' in problems


def test_duplicate_ids_inside_the_file() -> None:
    doc = json.loads(export_json(filled()))
    doc["sessions"].append(dict(doc["sessions"][0]))
    doc["babies"].append(dict(doc["babies"][0]))
    problems = problems_for(json.dumps(doc).encode())
    assert problems == [f'babies[2].id: "{doc["babies"][0]["id"]}" is the same id as babies[0]',
                        'sessions[3].id: "s-0" is the same id as sessions[0]']


def test_a_session_for_an_unknown_baby_is_refused_before_any_change() -> None:
    doc = json.loads(export_json(filled()))
    doc["babies"] = []
    doc["sessions"][0]["baby_ids"] = ["nobody"]
    target = open_store(None)
    with pytest.raises(ImportProblems) as caught:
        import_export(target, parse_export(json.dumps(doc).encode()))
    assert caught.value.technical[0] == 'sessions[0].baby_ids[0]: no baby with id "nobody" in this file ' \
                                        "or in touchtimer"
    assert caught.value.problems[0] == ('session 1, its baby 1: no baby with id "nobody" in this file '
                                        "or in touchtimer")
    assert any(p.startswith("sessions[1].baby_ids[0]") for p in caught.value.technical)
    assert target.sessions.count() == 0 and target.babies.list() == []


def test_a_session_may_name_a_baby_that_is_already_stored() -> None:
    source = filled()
    doc = json.loads(export_json(source))
    baby_id = next(s["baby_ids"] for s in doc["sessions"] if s["id"] == "s-1")[0]
    target = open_store(None)
    import_export(target, parse_export(json.dumps({**doc, "sessions": []}).encode()))   # babies first
    summary = import_export(target, parse_export(json.dumps({**doc, "babies": []}).encode()))
    assert summary.sessions_added == 3 and summary.babies_added == 0
    record = target.sessions.get("s-1")
    assert record is not None and record.baby_ids == [baby_id]


def test_unknown_keys_are_named_but_do_not_block() -> None:
    doc = json.loads(export_json(filled()))
    doc["colour"] = "blue"
    doc["exported_at"] = "2026-01-01T00:00:00+00:00"
    doc["sessions"][1]["stages"][0]["tempo"] = 3
    parsed = parse_export(json.dumps(doc).encode())
    assert parsed.notices == ["colour: not a field touchtimer knows; it was ignored",
                              "sessions[1].stages[0].tempo: not a field touchtimer knows; it was ignored"]
    summary = import_export(open_store(None), parsed)
    assert summary.sessions_added == 3 and summary.notices == parsed.notices


def test_a_failure_half_way_rolls_everything_back() -> None:
    target = open_store(None)
    parsed = parse_export(export_json(filled()).encode())
    # The babies and the first session (s-0, no babies: its old row removed, its row, its stages) go
    # in; the second session's first write meets a disk error.
    assert parsed.sessions[0].id == "s-0" and not parsed.sessions[0].baby_ids
    target.faults.fail(sqlite3.SQLITE_IOERR, after=len(parsed.babies) + 3)
    with pytest.raises(StoreError, match=r"disk I/O error\. Nothing was changed"):
        import_export(target, parsed)
    assert target.faults.raised == 1
    target.faults.clear()
    assert target.sessions.count() == 0 and target.babies.list() == []


def test_huge_and_missing_files(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)
    with pytest.raises(ImportProblems, match="too large"):
        read_export_file(huge)
    with pytest.raises(ImportProblems, match="too large"):
        parse_export(b" " * (MAX_IMPORT_BYTES + 1))
    with pytest.raises(ImportProblems, match="there is no file"):
        read_export_file(tmp_path / "nope.json")
    with pytest.raises(ImportProblems, match="is a folder"):
        read_export_file(tmp_path)


def test_the_documented_example_imports_and_exports_byte_identically() -> None:
    doc = (REPO_ROOT / "docs" / "export-format.md").read_text("utf-8")
    example = doc.split("```json\n", 1)[1].split("```", 1)[0]
    store = open_store(None)
    summary = import_export(store, parse_export(example.encode()))
    assert (summary.sessions_added, summary.babies_added) == (1, 1)
    assert export_json(store) == example


def test_a_full_disk_during_import_is_a_plain_store_error_and_changes_nothing(tmp_path: Path) -> None:
    """SQLite's own "database or disk is full" (here from a page limit) must not escape as a raw
    sqlite3 error: the command line would show "Please report it" and the window an unhandled error."""
    parsed = parse_export(export_json(filled()).encode())
    big = [replace(r, id=f"{r.id}-{n}", notes="x" * 4000) for n in range(40) for r in parsed.sessions]
    parsed = replace(parsed, sessions=big)
    target = open_store(tmp_path / "full" / "db.sqlite3")
    pages = target.connection.execute("PRAGMA page_count").fetchone()[0]
    target.connection.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(StoreError, match=r"the disk is full\. Nothing was changed"):
        import_export(target, parsed)
    assert target.sessions.count() == 0 and target.babies.list() == []


def test_csv_keeps_typed_text_that_looks_like_a_formula_as_text() -> None:
    """A note or name from an imported file must not become a live spreadsheet formula."""
    store = open_store(None)
    baby = add_baby(store, "=HYPERLINK(\"http://example.invalid\")", date(2025, 12, 1),
                    today=date(2027, 1, 1))
    store.sessions.save(session("f-1", T, 20, babies=[baby.id], notes="=1+1"))
    store.sessions.save(session("f-2", T + timedelta(hours=2), 20, notes="@SUM(A1)"))
    store.sessions.save(session("f-3", T + timedelta(hours=4), 20, notes="fed at 2, slept well"))
    rows = list(csv.DictReader(io.StringIO(export_csv(store, UTC))))
    assert [r["Notes"] for r in rows] == ["'=1+1", "'@SUM(A1)", "fed at 2, slept well"]
    assert rows[0]["Babies"] == "'=HYPERLINK(\"http://example.invalid\")"
    assert rows[0]["Routine"] == "Close Time"
