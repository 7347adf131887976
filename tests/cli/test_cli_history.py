"""The history, export and import commands, including an empty or missing data folder."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers.history_factory import session
from touchtimer.cli import commands as cli
from touchtimer.core import paths
from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.storage.store import open_store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def fill(folder: Path) -> None:
    with open_store(paths.database_path(folder)) as store:
        ada = add_baby(store, "Ada", date(2025, 12, 1), today=date(2027, 1, 1))
        start = datetime(2026, 1, 10, 21, 0, tzinfo=UTC)
        store.sessions.save(session("s-1", start, 45, babies=[ada.id], notes="calm"))
        store.sessions.save(session("s-2", start + timedelta(days=1), 10, kind="massage",
                                    routine="gentle-hello"))


def test_history_of_a_missing_folder_is_empty_and_creates_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "EMPTY"
    assert run(capsys, "--data-dir", str(empty), "history", "--json") == (0, "[]\n", "")
    assert run(capsys, "--data-dir", str(empty), "history") == (0, "No sessions yet.\n", "")
    assert not empty.exists()
    empty.mkdir()
    assert run(capsys, "--data-dir", str(empty), "history", "--json") == (0, "[]\n", "")
    assert list(empty.iterdir()) == []


def test_export_of_an_empty_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "none"), "export")
    assert code == 0 and json.loads(out) == {"format": "touchtimer-export", "format_version": 2,
                                             "babies": [], "caregivers": [], "sessions": []}
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "none"), "export", "--format", "csv")
    assert code == 0 and out.startswith("Date,Start time,") and len(out.splitlines()) == 1
    assert not (tmp_path / "none").exists()


def test_history_lists_newest_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill(tmp_path)
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "history", "--json")
    assert code == 0 and [s["id"] for s in json.loads(out)] == ["s-2", "s-1"]
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "history")
    assert code == 0
    assert out.index("Gentle Hello") < out.index("Close Time")
    assert "Ada" in out and "Close Time" in out
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "history", "--json", "--kind", "massage")
    assert [s["id"] for s in json.loads(out)] == ["s-2"]
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "history", "--json", "--baby", "Ada")
    assert [s["id"] for s in json.loads(out)] == ["s-1"]
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "history", "--baby", "Zed")
    assert code == 1 and "no baby called 'Zed'" in err


def test_export_import_round_trip_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill(tmp_path / "a")
    out_file = tmp_path / "export.json"
    assert run(capsys, "--data-dir", str(tmp_path / "a"), "export", "-o", str(out_file))[0] == 0
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "b"), "import", str(out_file))
    assert (code, err) == (0, "")
    assert out == f"Imported {out_file}: added 2 sessions and 1 baby, already there 0.\n"
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "b"), "import", str(out_file))
    assert out.endswith("added 0 sessions and 0 babies, already there 3.\n")
    again = tmp_path / "again.json"
    run(capsys, "--data-dir", str(tmp_path / "b"), "export", "-o", str(again))
    assert again.read_bytes() == out_file.read_bytes()
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "b"), "export", "--format", "csv")
    assert code == 0 and len(out.splitlines()) == 3


def test_import_of_a_bad_file_lists_every_problem_and_changes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format_version": 1, "babies": [], "sessions": [
        {"id": "x"}, {"id": "y", "actual_seconds": "x"}]}))
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "data"), "import", str(bad))
    assert code == 1 and out == ""
    assert "nothing was changed" in err and "Traceback" not in err
    assert "  session 1: the routine's id is missing\n    (in the file: sessions[0])" in err
    assert ('  session 2: the time spent must be a whole number of seconds from 0 to 31,622,400 '
            '(the file has "x")\n    (in the file: sessions[1].actual_seconds)') in err
    assert not (tmp_path / "data").exists()
    for data in (b"", b"\x00\x01\x02", b"not json"):
        bad.write_bytes(data)
        code, _, err = run(capsys, "import", str(bad))
        assert code == 1 and "problem" in err and "Traceback" not in err
    code, _, err = run(capsys, "import", str(tmp_path / "missing.json"))
    assert code == 1 and "there is no file" in err


def test_export_to_an_unwritable_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "export", "-o", str(tmp_path / "no" / "such" / "dir" / "x.json"))
    assert code == 1 and "could not write" in err


@pytest.mark.parametrize("command", [["history"], ["history", "--json"], ["export"],
                                     ["import", "IMPORT_FILE"]])
def test_a_data_folder_that_is_a_file_is_named_plainly(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("my notes", "utf-8")
    export = tmp_path / "export.json"
    assert run(capsys, "--data-dir", str(tmp_path / "empty"), "export", "-o", str(export))[0] == 0
    argv = [str(export) if part == "IMPORT_FILE" else part for part in command]
    code, out, err = run(capsys, "--data-dir", str(not_a_folder), *argv)
    assert code == 1 and out == ""
    assert f"the data folder {not_a_folder} is a file, not a folder" in err
    assert "Errno" not in err and "Traceback" not in err
    assert not_a_folder.read_text("utf-8") == "my notes"


def test_history_refuses_a_limit_below_one_and_a_range_that_ends_before_it_starts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill(tmp_path)
    for bad in ("0", "-5", "many"):
        with pytest.raises(SystemExit) as exit_info:
            cli.main(["--data-dir", str(tmp_path), "history", "--limit", bad])
        assert exit_info.value.code == 2
        assert "expected a whole number of 1 or more" in capsys.readouterr().err
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "history", "--from", "2026-02-01",
                         "--to", "2026-01-01")
    assert code == 2 and out == ""
    assert "--from 2026-02-01 is after --to 2026-01-01" in err
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "history", "--limit", "1", "--json")
    assert code == 0 and len(json.loads(out)) == 1
