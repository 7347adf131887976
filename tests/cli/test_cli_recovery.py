"""Any command that reads history records a crashed session as interrupted, and says so on stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.reliability_helpers import checkpointed_session, refresh_for
from touchtimer.cli import commands as cli
from touchtimer.core import paths
from touchtimer.core.clock import FakeClock
from touchtimer.core.storage.store import open_store


def crashed_session(data_dir: Path) -> str:
    clock = FakeClock()
    with open_store(paths.database_path(data_dir)) as store:
        runner, checkpointer = checkpointed_session(store, clock)
        refresh_for(runner, checkpointer, clock, 90)
        store.connection.execute("UPDATE running_sessions SET owner_pid = NULL")   # its process died
    return checkpointer.engine.session_id


def test_history_records_a_crashed_session_as_interrupted(data_dir: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    session_id = crashed_session(data_dir)
    assert cli.main(["history", "--json"]) == cli.EXIT_OK
    out, err = capsys.readouterr()
    (row,) = json.loads(out)
    assert row["id"] == session_id and row["status"] == "interrupted"
    assert "stopped unexpectedly" in err
    assert cli.main(["history"]) == cli.EXIT_OK
    out, err = capsys.readouterr()
    assert "[interrupted]" in out and err == ""            # said once, at the start that found it


def test_history_of_a_damaged_file_says_what_happened(data_dir: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    data_dir.mkdir(parents=True)
    paths.database_path(data_dir).write_bytes(b"this is not a database" * 40)
    assert cli.main(["history"]) == cli.EXIT_OK
    out, err = capsys.readouterr()
    assert "No sessions yet." in out and "damaged-" in err and "Traceback" not in err
    assert any(p.name.startswith("touchtimer.sqlite3.damaged-") for p in data_dir.iterdir())
