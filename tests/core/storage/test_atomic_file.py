"""One atomic, private file writer serves every whole-file write: exports, saved sessions, settings."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

import touchtimer
from touchtimer.core.settings import Settings, load_settings, save_settings
from touchtimer.core.storage import atomic_file, discards

PACKAGE = Path(touchtimer.__file__).parent
#: user_routines writes a routine file that must not replace an existing one (os.link), so it keeps
#: its own temporary file; install-desktop writes public files (desktop entry, icons: 0644, not
#: personal records); every other whole-file write goes through atomic_file.
OWN_TEMPORARIES = {"core/storage/atomic_file.py", "core/routines/user_files.py", "cli/desktop_install.py"}


def test_the_writer_lives_in_one_place() -> None:
    writers = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                     if "mkstemp(" in p.read_text("utf-8"))
    assert set(writers) == OWN_TEMPORARIES
    assert discards.write_file_atomically is atomic_file.write_file_atomically


def test_a_whole_private_file_or_the_old_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "export.json"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o644)
    atomic_file.write_file_atomically(path, "new\r\nlines\n")
    assert path.read_bytes() == b"new\r\nlines\n" and stat.S_IMODE(path.stat().st_mode) == 0o600

    def no_room(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_room)
    with pytest.raises(OSError):
        atomic_file.write_file_atomically(path, "never written")
    assert path.read_bytes() == b"new\r\nlines\n"
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]     # no temporary left behind


def test_settings_are_written_through_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    written: list[Path] = []
    real = atomic_file.write_file_atomically

    def spy(path: Path, text: str) -> Path:
        written.append(path)
        return real(path, text)

    monkeypatch.setattr("touchtimer.core.settings.write_file_atomically", spy)
    path = save_settings(tmp_path, Settings(daily_target_minutes=75))
    assert written == [path] and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_settings(tmp_path).settings.daily_target_minutes == 75
    assert path.read_text("utf-8").endswith("}\n")
