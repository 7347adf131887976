"""Settings ▸ "Delete all my data…", end to end in the wired window: export first, delete, and the app
carries on with a fresh, empty store that every part of the window uses (fake clock, offscreen)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers.fakes import FakeScreenSaver, FakeTray
from tests.helpers.window import MASSAGE, Env, answer, choose_baby, choose_on_home
from touchtimer.app import Wiring, wire_window
from touchtimer.core import paths
from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.clock import FakeClock, FakeScheduler, SystemClock
from touchtimer.core.history.import_check import parse_export
from touchtimer.core.routines.files import load_all
from touchtimer.core.session.record import SessionRecord, StageRecord
from touchtimer.core.settings import SETTINGS_FILENAME, Settings, SettingsLoad, save_settings
from touchtimer.core.startup import open_data
from touchtimer.core.storage.backups import daily_backup
from touchtimer.core.storage.privacy import plan_deletion
from touchtimer.core.storage.store import Store
from touchtimer.ui.history.view import HistoryView
from touchtimer.ui.main_window import MainWindow
from touchtimer.ui.platform.chimes import Chimes
from touchtimer.ui.platform.voice import Voice
from touchtimer.ui.settings.data_deletion import DataDeletion
from touchtimer.ui.settings.delete_data_dialog import DeleteDataDialog
from touchtimer.ui.settings.dialog import SettingsDialog

MY_ROUTINE = MASSAGE.replace('id = "test-massage"', 'id = "my-massage"').replace(
    'title = "Test massage"', 'title = "My massage"')


def record(i: int, baby_ids: list[str]) -> SessionRecord:
    start = datetime(2026, 2, 1, 21, 0, tzinfo=UTC) + timedelta(days=i)
    return SessionRecord(
        id=f"old-{i}", routine_id="close-time", routine_title="Close time", kind="skin_to_skin",
        started_at=start, ended_at=start + timedelta(minutes=40), local_date=start.date(),
        planned_seconds=None, actual_seconds=2400, status="completed",
        stages=[StageRecord(0, "Settle in", None, 120, 120, "done"),
                StageRecord(1, "Hold", None, None, 2280, "done")],
        baby_ids=baby_ids, notes=f"night {i}")


@dataclass
class App:
    env: Env
    wiring: Wiring
    data_dir: Path
    config_dir: Path
    exported: list[Path]

    @property
    def window(self) -> MainWindow:
        return self.env.window

    @property
    def deletion(self) -> DataDeletion:
        deletion = self.wiring.actions["data_deletion"]
        assert isinstance(deletion, DataDeletion)
        return deletion


@pytest.fixture
def app(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> Iterator[App]:
    """A data folder as a parent's would be after some weeks: sessions, a baby, a backup, a routine of
    their own, settings; and the window wired as ``app.run`` wires it."""
    opened = open_data(data_dir, now=SystemClock().wall)
    baby = add_baby(opened.store, "Mia", date(2026, 1, 16), today=date(2026, 2, 1))
    for i in range(3):
        opened.store.sessions.save(record(i, [baby.id]))
    assert daily_backup(opened.store, date(2026, 2, 3)).path is not None
    routines_dir = paths.routines_dir(data_dir)
    routines_dir.mkdir()
    (routines_dir / "my-massage.toml").write_text(MY_ROUTINE, encoding="utf-8")
    config_dir = paths.config_dir()
    save_settings(config_dir, Settings(theme="light", daily_target_minutes=90))

    clock = FakeClock()
    scheduler = FakeScheduler(clock)
    settings = Settings(theme="light")
    window = MainWindow(opened.store, load_all(routines_dir), settings, clock, lambda _parent: scheduler,
                        routines_dir=routines_dir)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    wiring = wire_window(window, SettingsLoad(settings), config_dir, voice=Voice("mock"),
                         chimes=Chimes(has_output=lambda: True), screen_port=FakeScreenSaver(),
                         tray=FakeTray(), data_dir=data_dir)
    QApplication.processEvents()          # the resume offer and today's backup (singleShot 0)
    exported: list[Path] = []

    def choose(_parent: QWidget, suggested: Path) -> Path:
        assert suggested.name.startswith("touchtimer-") and suggested.suffix == ".json"
        path = tmp_path / f"export-{len(exported)}.json"
        exported.append(path)
        return path

    made = App(Env(window, clock, scheduler, opened.store, settings), wiring, data_dir, config_dir, exported)
    made.deletion.choose_export_path = choose
    yield made
    wiring.shutdown()
    window.controller.stop()
    window.close()
    if window.store is not None:
        window.store.close()


def open_settings(app: App) -> SettingsDialog:
    app.window.registry.trigger("app.settings")
    dialog = app.window.dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    return dialog


def history(app: App) -> HistoryView:
    app.window.registry.trigger("go.history")
    view = app.window.pages["history"]
    assert isinstance(view, HistoryView)
    return view


def start_and_save_a_session(app: App) -> str:
    env, window = app.env, app.window
    choose_on_home(env, "close-time")
    window.presession.start_button.click()
    assert window.current_page() == "running"
    engine = window.controller.engine
    assert engine is not None
    session_id = engine.session_id
    env.advance(30)
    assert window.store is not None
    journal = window.store.checkpoints.unrecovered()
    assert [c.session_id for c in journal] == [session_id]   # checkpointed into the new store
    window.registry.trigger("session.end")
    answer(window.confirmation, yes=True)
    assert window.save_session()
    env.settle()
    return session_id


@pytest.mark.parametrize("routines_too", [False, True], ids=["keep-my-routines", "routines-too"])
def test_delete_all_my_data_from_settings_then_carry_on_with_a_fresh_store(app: App,
                                                                          routines_too: bool) -> None:
    window, old_store = app.window, app.window.store
    assert isinstance(old_store, Store)
    view = history(app)                                     # built before: it holds the old store
    assert view.model.total_sessions == 3
    window.show_page("home")
    assert window.home.baby_box.findText("Mia") > 0
    planned = plan_deletion(app.data_dir, include_routines=routines_too).files
    assert len([p for p in planned if "backups" in p.parts]) == 2      # ours and today's from the window
    my_routine = paths.routines_dir(app.data_dir) / "my-massage.toml"
    assert (my_routine in planned) is routines_too

    settings = open_settings(app)
    button = settings.delete_data_button
    assert button.isVisibleTo(settings) and button.isEnabled()
    assert not button.isDefault() and not button.autoDefault()
    button.click()
    ask = app.deletion.dialog
    assert isinstance(ask, DeleteDataDialog) and ask.isVisible()
    assert ask.cancel_button.isDefault() and not ask.delete_button.isEnabled()

    ask.export_button.click()                                # export first, to a file "chosen"
    export = parse_export(app.exported[0].read_bytes())
    assert sorted(s.id for s in export.sessions) == ["old-0", "old-1", "old-2"]
    assert [b.name for b, _ in export.babies] == ["Mia"]
    assert str(app.exported[0]) in ask.export_result.text()

    ask.routines_box.setChecked(routines_too)
    ask.understood.setChecked(True)
    ask.delete_button.click()
    QApplication.processEvents()

    # The files on disk are as core.privacy says: every planned file gone, a fresh empty database,
    # routines only when asked, settings and the export kept.
    report = app.deletion.report
    db = paths.database_path(app.data_dir)
    assert report is not None and report.complete and set(report.removed) <= set(planned)
    assert db in report.removed and all(p in report.removed for p in planned if "backups" in p.parts)
    # (closing the store folds its -wal into the file and removes -wal/-shm before the removal)
    fresh = {db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")}
    assert [p for p in planned if p.exists() and p not in fresh] == []
    assert not paths.backups_dir(app.data_dir).exists()
    assert my_routine.exists() is not routines_too
    assert json.loads((app.config_dir / SETTINGS_FILENAME).read_text())["daily_target_minutes"] == 90
    assert app.exported[0].is_file()
    assert db.is_file() and (db.stat().st_mode & 0o777) == 0o600

    # Nothing uses the old store any more; everything holds the new one.
    with pytest.raises(sqlite3.ProgrammingError):
        old_store.connection.execute("SELECT 1")
    new_store = window.store
    assert isinstance(new_store, Store) and new_store is not old_store and new_store.path == db
    assert new_store.sessions.count() == 0 and window.babies() == []
    assert window.home.baby_box.findText("Mia") < 0          # Home read the new, empty store too
    assert window.current_page() == "home" and "All your data has been deleted" in window.home.banner.text()
    assert window.dialog is None                             # the settings dialog closed itself
    assert (window.routines.by_id("my-massage") is None) is routines_too
    assert view._store is new_store and view.model._store is new_store and view.detail._store is new_store
    assert view.model.total_sessions == 0
    assert view.empty_label.text() == "Sessions you finish will appear here."

    # A new session is checkpointed into and saved to the fresh store, and shows in the history.
    session_id = start_and_save_a_session(app)
    saved = new_store.sessions.get(session_id)
    assert saved is not None and saved.status == "ended_early"
    assert new_store.sessions.count() == 1
    assert history(app).model.total_sessions == 1
    assert not paths.backups_dir(app.data_dir).exists() or not any(
        "old" in p.name for p in paths.backups_dir(app.data_dir).iterdir())


def test_cancel_deletes_nothing_and_a_failed_export_says_so(app: App, tmp_path: Path) -> None:
    before = plan_deletion(app.data_dir, include_routines=True).files
    settings = open_settings(app)
    settings.delete_data_button.click()
    ask = app.deletion.dialog
    assert isinstance(ask, DeleteDataDialog)
    app.deletion.choose_export_path = lambda _parent, _suggested: tmp_path / "no-such-folder" / "x.json"
    ask.export_button.click()
    assert "could not be saved" in ask.export_result.text() and "Nothing has been deleted" in \
        ask.export_result.text()
    ask.understood.setChecked(True)
    ask.cancel_button.click()
    QApplication.processEvents()
    assert app.deletion.dialog is None and app.deletion.report is None
    assert all(p.exists() for p in before)
    assert app.window.store is app.env.store and app.env.store.sessions.count() == 3


def test_not_offered_while_a_session_is_on_screen(app: App) -> None:
    choose_on_home(app.env, "close-time")
    app.window.presession.start_button.click()
    settings = open_settings(app)
    assert settings.delete_data_button.isVisibleTo(settings)
    assert not settings.delete_data_button.isEnabled()
    assert "session on screen" in settings.data_reason.text() and settings.data_reason.isVisibleTo(settings)
    assert app.deletion.ask(settings) is None                # nor by any other way in
    settings.reject()
    app.window.controller.stop()


def test_without_a_known_data_folder_the_button_is_not_shown(qtbot: QtBot, tmp_path: Path) -> None:
    from touchtimer.app import add_data_deletion

    clock = FakeClock()
    scheduler = FakeScheduler(clock)
    store = open_data(tmp_path / "d", now=SystemClock().wall).store
    window = MainWindow(store, load_all(None), Settings(), clock, lambda _parent: scheduler)
    qtbot.addWidget(window)
    assert isinstance(add_data_deletion(window), DataDeletion)      # DATA_DIR/touchtimer.sqlite3
    store.close()
    window.store = None
    assert add_data_deletion(window) is None
    settings = SettingsDialog(Settings(), tmp_path / "config", clock=FakeClock())
    qtbot.addWidget(settings)
    assert not settings.delete_data_button.isVisibleTo(settings)


def test_a_session_that_could_not_be_saved_is_saved_as_a_file_that_touchtimer_import_brings_back(
        app: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The window at a full disk: Save as file, then `touchtimer import FILE` into the same store once
    it can be written adds exactly that session, with its stages and baby; a second import adds nothing."""
    from touchtimer.cli import commands as cli
    from touchtimer.ui.session.crash_safety import CrashSafety
    from touchtimer.ui.session.reliability_prompts import SaveProblemDialog

    window, store = app.window, app.env.store
    safety = app.wiring.actions["crash_safety"]
    assert isinstance(safety, CrashSafety)
    target = tmp_path / "kept-session.json"
    safety.choose_path = lambda _record: target
    mia = window.babies()[0]
    choose_baby(window.home, mia.id)
    choose_on_home(app.env, "close-time")
    window.presession.start_button.click()
    app.env.advance(150)
    window.registry.trigger("session.end")
    answer(window.confirmation, yes=True)
    store.faults.fail(sqlite3.SQLITE_FULL)
    assert window.save_session()
    app.env.settle()                                      # the writer says: the disk is full
    dialog = safety.save_problem
    assert isinstance(dialog, SaveProblemDialog)
    dialog.file_button.click()
    QApplication.processEvents()
    app.env.settle()
    store.faults.clear()                                  # there is room again
    doc = json.loads(target.read_text("utf-8"))
    assert doc["format"] == "touchtimer-export" and doc["format_version"] == 2
    assert [b["name"] for b in doc["babies"]] == ["Mia"] and len(doc["sessions"]) == 1
    wanted = doc["sessions"][0]
    # Only its last crash-safety checkpoint is stored (its summary, written before the disk filled).
    checkpoint = store.sessions.get(wanted["id"])
    assert checkpoint is not None and checkpoint.status == "interrupted" and store.sessions.count() == 4

    assert cli.main(["--data-dir", str(app.data_dir), "import", str(target)]) == 0
    assert "completed 1 session kept here only as interrupted" in capsys.readouterr().out
    got = store.sessions.get(wanted["id"])
    assert got is not None and store.sessions.count() == 4     # that one session, no second copy
    assert store.checkpoints.unrecovered() == store.checkpoints.recovered() == []
    assert got.status == "ended_early" and got.actual_seconds == 150 and got.baby_ids == [mia.id]
    assert [(s.title, s.actual_seconds, s.status) for s in got.stages] == [
        (s["title"], s["actual_seconds"], s["status"]) for s in wanted["stages"]]
    assert len(got.stages) >= 2 and got.stages[0].actual_seconds == 120

    assert cli.main(["--data-dir", str(app.data_dir), "import", str(target)]) == 0
    assert "added 0 sessions and 0 babies, already there 2" in capsys.readouterr().out
    assert store.sessions.count() == 4 and store.sessions.get(wanted["id"]) == got
    window.discard_session()
