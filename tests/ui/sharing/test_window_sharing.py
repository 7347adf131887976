"""The window shares its history through a folder: at start, after each saved session, and when the
folder changes (the watcher's handler driven by hand, and once by a real QFileSystemWatcher); never
while a session is on screen; a missing folder is told once, calmly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication

from tests.helpers.window import Env, choose_on_home
from touchtimer.core.settings import Settings
from touchtimer.core.sharing.layout import root
from touchtimer.ui.sharing.service import SharingService
from touchtimer.ui.sharing.wiring import attach_sharing, sharing_dialog


def finish(service: SharingService) -> None:
    """Let the exchange under way end and its answer reach the window, as the event loop would."""
    for _ in range(10):
        assert service.wait(30)
        QCoreApplication.sendPostedEvents()
        if not service.running:
            return
    raise AssertionError("the exchange did not end")


def laptop(make_env: Callable[..., Env], folder: Path) -> Env:
    env = make_env(Settings(theme="light", share_folder=str(folder)))
    attach_sharing(env.window)
    return env


def save_a_session(env: Env) -> str:
    w = env.window
    choose_on_home(env, "test-skin")
    w.presession.start_button.click()
    w.controller.runner.end()
    assert w.session is not None
    session_id = w.session.session_id
    w.summary.save_button.click()
    env.settle()
    return session_id


def test_a_session_saved_on_one_laptop_reaches_the_other_when_its_folder_changes(
        make_env: Callable[..., Env], tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    a, b = laptop(make_env, folder), laptop(make_env, folder)
    sa, sb = a.window.sharing, b.window.sharing
    assert sa is not None and sb is not None
    finish(sa)
    finish(sb)
    assert sa.exchanges == 1 and sb.exchanges == 1            # both exchanged at start
    session_id = save_a_session(a)
    assert sa.running or sa.exchanges == 2                      # the save asked for an exchange
    finish(sa)
    assert sa.exchanges == 2 and sa.status.last is not None and sa.status.last.ok
    assert b.store.sessions.get(session_id) is None
    # B watches A's folder now (it exists since A's first exchange); the change is gathered, then read.
    assert str(root(folder) / a.store.local.device_id) in sb.watcher.directories()   # type: ignore[operator]
    assert str(root(folder) / b.store.local.device_id) not in sb.watcher.directories()  # type: ignore[operator]
    sb.folder_changed(str(root(folder)))
    assert sb.settle.isActive() and not sb.running
    sb.settle.stop()
    sb.settle.timeout.emit()
    finish(sb)
    assert b.store.sessions.get(session_id) is not None
    assert "changes from the other laptop applied" in sb.status.last.describe()  # type: ignore[union-attr]


def test_a_real_folder_watcher_hears_the_other_laptop(make_env: Callable[..., Env], tmp_path: Path,
                                                      qtbot: QtBot) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    a, b = laptop(make_env, folder), laptop(make_env, folder)
    sa, sb = a.window.sharing, b.window.sharing
    assert sa is not None and sb is not None
    finish(sa)
    finish(sb)
    with qtbot.waitSignal(sb.watcher.directoryChanged, timeout=5000):
        save_a_session(a)
        finish(sa)
    assert sb.settle.isActive()          # the exchange follows once the burst of changes settles
    sb.settle.stop()


def test_nothing_is_shared_while_a_session_is_on_screen(make_env: Callable[..., Env], tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    env = laptop(make_env, folder)
    service = env.window.sharing
    assert service is not None
    finish(service)
    w = env.window
    choose_on_home(env, "test-skin")
    w.presession.start_button.click()
    service.request()
    service.folder_changed()
    service.settle.stop()
    assert not service.sync_now() and not service.running and service.exchanges == 1
    w.controller.runner.end()                     # on its summary: still held back
    assert not service.sync_now()
    w.summary.save_button.click()
    env.settle()
    finish(service)
    assert service.exchanges == 2 and service.status.last is not None
    assert service.status.last.entities_sent >= 1


def test_a_missing_folder_is_told_once_and_calmly(make_env: Callable[..., Env], tmp_path: Path) -> None:
    env = make_env(Settings(theme="light", share_folder=str(tmp_path / "usb-stick")))
    told: list[str] = []
    service = attach_sharing(env.window)
    service.told.connect(told.append)
    finish(service)
    service.sync_now()
    finish(service)
    assert len(told) == 1 and told[0].startswith("The shared folder ") and "is not there" in told[0]
    assert "is not there" in env.window.statusBar().currentMessage()
    (tmp_path / "usb-stick").mkdir()                # plugged in: the next exchange works
    service.sync_now()
    finish(service)
    assert service.status.last is not None and service.status.last.ok and len(told) == 1


def test_the_sharing_dialog_chooses_names_and_stops(make_env: Callable[..., Env], tmp_path: Path) -> None:
    env = make_env(Settings(theme="light"))
    service = attach_sharing(env.window)
    assert service.folder is None and not service.running
    dialog: Any = sharing_dialog(env.window, env.window)
    assert not dialog.share_button.isEnabled()
    assert dialog.result_label.text() == "Sharing is off. This laptop's history stays on this laptop."
    folder = tmp_path / "shared"
    folder.mkdir()
    dialog.use_folder(folder)
    assert env.settings.share_folder == str(folder) and env.saved_settings[-1].share_folder == str(folder)
    finish(service)
    assert dialog.result_label.text().startswith("Last shared at ")
    dialog.name_edit.setText("Dad's laptop")
    dialog.name_edit.editingFinished.emit()
    env.settle()
    dialog.share_now()
    finish(service)
    device_file = root(folder) / str(env.store.local.device_id) / "device.json"
    assert '"name": "Dad\'s laptop"' in device_file.read_text()
    dialog.stop_sharing()
    assert env.settings.share_folder == "" and service.watcher.directories() == []
    assert not dialog.share_button.isEnabled()
    dialog.close()
