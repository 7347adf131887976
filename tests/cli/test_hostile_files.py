"""Hostile files never block start-up: every file touchtimer reads is checked to be an ordinary file
of a sensible size before it is read, and nesting too deep is an ordinary problem naming the file.

Each case runs as a real ``touchtimer`` process with a time limit, so a hang fails the test instead
of stopping the run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from touchtimer.core.file_reading import FileRefused, read_small_file
from touchtimer.core.routines.files import load_all
from touchtimer.core.settings import load_settings
from touchtimer.core.storage.discards import DISCARDS_FILENAME, remembered_discards

NESTED_TOML = ("x = " + "[" * 500 + "]" * 500 + "\n").encode()       # about 1 KB
NESTED_JSON = ("[" * 100_000 + "]" * 100_000).encode()


def hostile(folder: Path, name: str, kind: str) -> Path:
    """``folder/name`` made as a hostile ``kind`` of file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "zero":
        path.symlink_to("/dev/zero")
    elif kind == "folder":
        path.mkdir()
    elif kind == "huge":
        with path.open("wb") as handle:
            handle.truncate(200 * 1024 * 1024)                     # sparse: 200 MB, costs nothing
    elif kind == "nested-toml":
        path.write_bytes(NESTED_TOML)
    elif kind == "nested-json":
        path.write_bytes(NESTED_JSON)
    return path


def touchtimer(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "touchtimer", *args], capture_output=True, text=True,
                          timeout=60, env={**os.environ, **(env or {})}, check=False)


KINDS = ["fifo", "zero", "folder", "huge", "nested-toml"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_hostile_routine_file_is_skipped_with_its_name(tmp_path: Path, kind: str) -> None:
    data = tmp_path / "data"
    bad = hostile(data / "routines", "bad.toml", kind)
    done = touchtimer("--data-dir", str(data), "routines")
    assert done.returncode == 0 and "close-time" in done.stdout, done.stderr
    assert f"skipped a routine file: {bad}:" in done.stderr and "Traceback" not in done.stderr
    result = load_all(data / "routines")
    assert [e.file for e in result.errors] == [str(bad)] and result.routines


@pytest.mark.parametrize("kind", [*KINDS[:4], "nested-json"])
def test_a_hostile_settings_file_gives_the_defaults_and_a_reason(tmp_path: Path, kind: str) -> None:
    bad = hostile(tmp_path, "settings.json", kind)
    loaded = load_settings(tmp_path)
    assert loaded.settings.theme == "system" and len(loaded.problems) == 1
    assert str(bad) in loaded.problems[0] and "using the defaults" in loaded.problems[0]


@pytest.mark.parametrize("kind", [*KINDS[:4], "nested-json"])
def test_importing_a_hostile_file_is_refused_at_once_and_creates_nothing(tmp_path: Path, kind: str) -> None:
    bad = hostile(tmp_path, "export.json", kind)
    done = touchtimer("--data-dir", str(tmp_path / "data"), "import", str(bad))
    assert done.returncode == 1 and "was not imported; nothing was changed" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "data").exists()


def test_check_names_a_deeply_nested_file(tmp_path: Path) -> None:
    bad = hostile(tmp_path, "nested.toml", "nested-toml")
    done = touchtimer("check", str(bad))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"{bad}: is nested too deeply"), done.stderr
    assert "RecursionError" not in done.stderr


@pytest.mark.parametrize("kind", KINDS[:4])
def test_a_hostile_discard_list_is_an_empty_one(tmp_path: Path, kind: str) -> None:
    hostile(tmp_path, DISCARDS_FILENAME, kind)
    assert remembered_discards(tmp_path) == set()


def test_the_window_starts_past_a_hostile_settings_file(tmp_path: Path) -> None:
    """A FIFO where the settings file should be once hung the app before its window."""
    config = tmp_path / "config"
    hostile(config, "settings.json", "fifo")
    code = ("from touchtimer.core.settings import load_settings\n"
            "from pathlib import Path\n"
            f"print(load_settings(Path({str(config)!r})).problems)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30,
                          check=False)
    assert done.returncode == 0 and "a pipe (FIFO), not an ordinary file" in done.stdout


def test_reading_stops_one_byte_past_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 101)
    assert read_small_file(path, 101) == b"x" * 101
    with pytest.raises(FileRefused, match="too large"):
        read_small_file(path, 100)
    with pytest.raises(FileRefused, match="a device"):
        read_small_file(Path("/dev/zero"), 100)


@pytest.mark.parametrize("kind", ["fifo", "zero", "folder"])
def test_a_store_that_is_not_a_file_is_said_and_never_read(tmp_path: Path, kind: str) -> None:
    data = tmp_path / "data"
    hostile(data, "touchtimer.sqlite3", kind)
    done = touchtimer("--data-dir", str(data), "history")
    assert "not an ordinary file" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert sorted(p.name for p in data.iterdir()) == ["touchtimer.sqlite3"]
