"""``--data-dir`` before or after any sub-command; an output that cannot be written (closed, full) is said
in words with a non-zero exit status, for every sub-command that prints."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO_ROOT
from tests.helpers.stores import filled
from touchtimer.cli import EXIT_OK, EXIT_PROBLEM, main
from touchtimer.cli.output import reason
from touchtimer.cli.parser import build_parser
from touchtimer.core.paths import database_path

ROUTINE_FILE = str(REPO_ROOT / "touchtimer" / "routines" / "calming-hold.toml")

#: Every sub-command, with what it needs besides --data-dir.
COMMANDS = [["routines"], ["check", ROUTINE_FILE], ["install-desktop"], ["history"], ["export"],
            ["import", "some.json"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_data_dir_is_taken_before_or_after_every_sub_command(command: list[str]) -> None:
    parser = build_parser()
    name, *rest = command
    assert parser.parse_args(["--data-dir", "/a", name, *rest]).data_dir == "/a"
    assert parser.parse_args([name, "--data-dir", "/b", *rest]).data_dir == "/b"
    assert parser.parse_args([name, *rest, "--data-dir", "/c"]).data_dir == "/c"
    assert parser.parse_args([name, *rest]).data_dir is None
    # Given twice, the later one counts, as with any repeated option.
    assert parser.parse_args(["--data-dir", "/a", name, "--data-dir", "/b", *rest]).data_dir == "/b"


def test_export_reads_the_data_dir_given_after_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    filled(database_path(folder), count=3)
    assert main(["export", "--data-dir", str(folder)]) == EXIT_OK
    exported = json.loads(capsys.readouterr().out)
    assert len(exported["sessions"]) == 3


def test_routines_reads_the_data_dir_given_after_it(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "d" / "routines").mkdir(parents=True)
    text = Path(ROUTINE_FILE).read_text("utf-8").replace('id = "calming-hold"', 'id = "mine-after"')
    (tmp_path / "d" / "routines" / "mine-after.toml").write_text(text, "utf-8")
    assert main(["routines", "--json", "--data-dir", str(tmp_path / "d")]) == EXIT_OK
    assert "mine-after" in [r["id"] for r in json.loads(capsys.readouterr().out)]


# -- an output that cannot be written ------------------------------------------------------------------

PRINTING = {
    "export": ["export"],
    "export-csv": ["export", "--format", "csv"],
    "history": ["history"],
    "history-json": ["history", "--json"],
    "routines": ["routines"],
    "routines-json": ["routines", "--json"],
    "check": ["check", ROUTINE_FILE],
}
WHAT = {"export": "the export", "history": "the history", "routines": "the list of routines",
        "check": "the check results"}


@pytest.fixture
def full_data(data_dir: Path) -> Path:
    """Enough sessions that the export and the history fill the output's buffer more than once."""
    data_dir.mkdir(parents=True)
    filled(database_path(data_dir), count=200)
    return data_dir


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO_ROOT)}


def _said_plainly(result: subprocess.CompletedProcess[str], command: str, words: str) -> None:
    assert result.returncode == EXIT_PROBLEM, result.stderr
    assert f"touchtimer: could not write {WHAT[command]}: {words}" in result.stderr
    for noise in ("Traceback", "Please report", "AttributeError", "Exception ignored"):
        assert noise not in result.stderr, result.stderr


@pytest.mark.parametrize("args", PRINTING.values(), ids=PRINTING.keys())
def test_a_full_disk_is_said_in_words(full_data: Path, args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "touchtimer", *args], stdout=full,
                                stderr=subprocess.PIPE, text=True, env=_env(), timeout=60, check=False)
    _said_plainly(result, args[0], "the disk is full")


@pytest.mark.parametrize("args", PRINTING.values(), ids=PRINTING.keys())
def test_an_output_closed_while_running_is_said_in_words(full_data: Path, args: list[str]) -> None:
    code = ("import os, runpy, sys; os.close(1); sys.argv = ['touchtimer', *sys.argv[1:]]; "
            "runpy.run_module('touchtimer', run_name='__main__')")
    result = subprocess.run([sys.executable, "-c", code, *args], stderr=subprocess.PIPE, text=True,
                            env=_env(), timeout=60, check=False)
    _said_plainly(result, args[0], "the output is closed")


@pytest.mark.parametrize("args", PRINTING.values(), ids=PRINTING.keys())
def test_an_output_closed_from_the_start_is_said_in_words(full_data: Path, args: list[str]) -> None:
    # sh's ">&-" starts touchtimer with no standard output at all (Python's sys.stdout is None).
    result = subprocess.run(["sh", "-c", 'exec "$@" >&-', "sh", sys.executable, "-m", "touchtimer", *args],
                            stderr=subprocess.PIPE, text=True, env=_env(), timeout=60, check=False)
    _said_plainly(result, args[0], "the output is closed")


def test_export_to_a_file_needs_no_standard_output(full_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    result = subprocess.run(["sh", "-c", 'exec "$@" >&-', "sh", sys.executable, "-m", "touchtimer",
                             "export", "-o", str(out)],
                            stderr=subprocess.PIPE, text=True, env=_env(), timeout=60, check=False)
    assert result.returncode == EXIT_OK, result.stderr
    assert len(json.loads(out.read_text("utf-8"))["sessions"]) == 200


def test_a_reader_that_stops_early_is_no_error(full_data: Path) -> None:
    reader = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    result = subprocess.run([sys.executable, "-m", "touchtimer", "export"], stdout=reader.stdin,
                            stderr=subprocess.PIPE, text=True, env=_env(), timeout=60, check=False)
    assert reader.stdin is not None
    reader.stdin.close()
    reader.wait(timeout=10)
    assert result.returncode == EXIT_OK
    assert result.stderr == ""


def test_reasons_in_words() -> None:
    import errno

    assert reason(None) == "the output is closed"
    assert reason(OSError(errno.ENOSPC, "No space left on device")) == \
        "the disk is full (No space left on device)"
    assert reason(OSError(errno.EIO, "Input/output error")).startswith("the device reported")
    assert reason(OSError(errno.EPERM, "Operation not permitted")) == "Operation not permitted"
