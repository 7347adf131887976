"""Every file written for the person (exports from the window and the CLI, the summary PDF) is
readable by this user only (0600), whether it is new or replaces an older, world-readable file."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.history_factory import session
from touchtimer.cli import commands as cli
from touchtimer.core import paths
from touchtimer.core.clock import FakeClock
from touchtimer.core.history.import_check import read_export_file
from touchtimer.core.settings import Settings
from touchtimer.core.storage.atomic_file import create_private_file
from touchtimer.core.storage.store import Store, open_store
from touchtimer.ui.history.view import HistoryView

NOW = datetime(2026, 3, 20, 21, 0, tzinfo=UTC)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def everyday_umask() -> Iterator[None]:
    """The usual desktop umask, under which a plain write makes a world-readable file."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def stale(path: Path) -> Path:
    path.write_text("an older file anyone could read\n", encoding="utf-8")
    path.chmod(0o644)
    return path


def filled() -> Store:
    store = open_store(None)
    store.sessions.save(session("s-1", datetime(2026, 3, 20, 9, 0, tzinfo=UTC), 40, notes="private"))
    return store


def test_exports_from_the_window_are_private(qtbot: QtBot, tmp_path: Path) -> None:
    view = HistoryView(filled(), Settings(), tz=ZoneInfo("Europe/London"), clock=FakeClock(wall_start=NOW))
    qtbot.addWidget(view)
    for name, fmt in (("new.json", "json"), ("new.csv", "csv")):
        assert view.export_to(tmp_path / name, fmt) and mode(tmp_path / name) == 0o600
    for name, fmt in (("old.json", "json"), ("old.csv", "csv")):
        assert view.export_to(stale(tmp_path / name), fmt) and mode(tmp_path / name) == 0o600
    assert [s.id for s in read_export_file(tmp_path / "old.json").sessions] == ["s-1"]
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]    # no temporary left


def test_the_cli_export_file_is_private(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = paths.ensure_private_dir(tmp_path / "data")
    with open_store(paths.database_path(folder)) as store:
        store.sessions.save(session("s-1", datetime(2026, 3, 20, 9, 0, tzinfo=UTC), 40))
    fresh, old = tmp_path / "fresh.json", stale(tmp_path / "old.csv")
    assert cli.main(["--data-dir", str(folder), "export", "-o", str(fresh)]) == 0
    assert cli.main(["--data-dir", str(folder), "export", "--format", "csv", "-o", str(old)]) == 0
    assert (mode(fresh), mode(old)) == (0o600, 0o600)
    assert "s-1" in old.read_text("utf-8") and capsys.readouterr().err == ""


def test_the_summary_pdf_is_private(qtbot: QtBot, tmp_path: Path) -> None:
    view = HistoryView(filled(), Settings(), tz=ZoneInfo("Europe/London"), clock=FakeClock(wall_start=NOW))
    qtbot.addWidget(view)
    fresh, old = tmp_path / "summary.pdf", stale(tmp_path / "old.pdf")
    assert view.print_summary_to(fresh) >= 1 and view.print_summary_to(old) >= 1
    assert (mode(fresh), mode(old)) == (0o600, 0o600)
    assert old.read_bytes().startswith(b"%PDF-")


def test_a_private_file_is_made_empty_and_0600(tmp_path: Path) -> None:
    path = create_private_file(stale(tmp_path / "x.pdf"))
    assert mode(path) == 0o600 and path.read_bytes() == b""
    with pytest.raises(OSError):
        create_private_file(tmp_path / "missing" / "x.pdf")
