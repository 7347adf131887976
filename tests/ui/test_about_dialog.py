"""Help ▸ About touchtimer: the facts of core/about.py in large type, by keyboard, closed with Esc."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLabel

from tests.helpers import REPO_ROOT
from tests.helpers.window import press, start_skin
from touchtimer import __version__
from touchtimer.core import about as about_module
from touchtimer.core.about import about
from touchtimer.core.safety import NOT_A_TREATMENT
from touchtimer.ui.about_dialog import AboutDialog


def _open(env: Any) -> AboutDialog:
    env.window.registry.trigger("help.about")
    dialog = env.window.dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    return dialog


def test_the_help_menu_ends_with_about(env: Any) -> None:
    menus = {action.text().replace("&", ""): action.menu() for action in env.window.menuBar().actions()}
    entries = [a.text().replace("&", "") for a in menus["Help"].actions() if not a.isSeparator()]
    assert entries[-1] == "About touchtimer"
    assert entries[0] == "Keyboard shortcuts"          # the entries before it keep their order


def test_about_says_what_touchtimer_is_and_is_not(env: Any, data_dir: Path) -> None:
    dialog = _open(env)
    text = dialog.text()
    facts = about(data_dir)
    for line in (f"touchtimer {__version__}", "touchtimer is not a medical device.", NOT_A_TREATMENT,
                 "GPL-3.0-or-later", "GNU General Public License, version 3", facts.copyright,
                 facts.translations, "docs/routines.md",
                 f"Data folder: {data_dir}", f"Database: {data_dir / 'touchtimer.sqlite3'}",
                 f"Settings folder: {facts.config_dir}", facts.project_url, facts.bug_url,
                 "opens no network connection"):
        assert line in text, line
    # the safety statement comes before the licence and the credits
    assert text.index(NOT_A_TREATMENT) < text.index("GPL-3.0-or-later") < text.index("docs/routines.md")


def test_about_names_the_folder_in_use(qtbot: QtBot, tmp_path: Path) -> None:
    chosen = tmp_path / "elsewhere"                                          # --data-dir
    dialog = AboutDialog(about(chosen))
    qtbot.addWidget(dialog)
    assert f"Database: {chosen / 'touchtimer.sqlite3'}" in dialog.text()
    assert not chosen.exists()


def test_about_is_large_and_closes_with_esc(env: Any) -> None:
    dialog = _open(env)
    assert dialog.close_button.hasFocus() or dialog.close_button.isDefault()
    body = dialog.translations
    assert QFontInfo(body.font()).pixelSize() >= 20     # the dialogs' body size: read at arm's length
    assert QFontInfo(dialog.heading.font()).pixelSize() >= 28
    press(Qt.Key.Key_Escape, dialog)
    assert not dialog.isVisible() and env.window.dialog is None


def test_about_works_by_keyboard_links_included(qtbot: QtBot, data_dir: Path) -> None:
    opened: list[QUrl] = []
    dialog = AboutDialog(about(data_dir), open_url=opened.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    QApplication.processEvents()
    reached: list[str] = []
    for _ in range(12):                         # Tab goes through the links and the buttons
        focused = QApplication.focusWidget()
        if focused is not None:
            reached.append(focused.objectName() or focused.accessibleName())
        dialog.focusNextChild()
    assert "licenceButton" in reached and "closeButton" in reached
    dialog.project.linkActivated.emit(dialog.facts.project_url)     # Enter on a focused link sends this
    assert opened == [QUrl(dialog.facts.project_url)]
    assert dialog.project.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard


def test_the_licence_can_be_read_in_full(qtbot: QtBot, data_dir: Path) -> None:
    dialog = AboutDialog(about(data_dir), open_url=lambda url: pytest.fail(f"opened {url.toString()}"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.licence_button.click()
    shown = dialog.licence_dialog
    assert shown is not None and shown.isVisible()
    body = shown.findChild(QLabel, "licenceText")
    copying = (REPO_ROOT / "COPYING").read_text("utf-8")
    assert body is not None and body.text() == copying
    press(Qt.Key.Key_Escape, shown)
    assert dialog.licence_dialog is None and dialog.isVisible()     # Esc closes the licence, not About


def test_without_the_licence_file_its_address_opens(qtbot: QtBot, data_dir: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("touchtimer.ui.about_dialog.licence_text", lambda: None)
    opened: list[QUrl] = []
    dialog = AboutDialog(about(data_dir), open_url=opened.append)
    qtbot.addWidget(dialog)
    dialog.licence_button.click()
    assert opened == [QUrl(about_module.LICENCE_URL)] and dialog.licence_dialog is None


def test_about_opens_during_a_session_without_stopping_it(env: Any) -> None:
    start_skin(env)
    dialog = _open(env)
    env.advance(30)
    engine = env.window.controller.engine
    assert engine is not None and engine.snapshot(env.clock.monotonic()).stage_elapsed == pytest.approx(30)
    dialog.reject()
    env.window.controller.runner.end()
    env.window.discard_session()


def test_about_names_the_folder_of_the_store_in_use(env: Any, tmp_path: Path) -> None:
    from touchtimer.core.storage.store import open_store

    chosen = tmp_path / "elsewhere"                                          # touchtimer --data-dir
    chosen.mkdir()
    store = open_store(chosen / "touchtimer.sqlite3")
    try:
        env.window.set_data(store, env.window.routines)
        text = _open(env).text()
        assert f"Data folder: {chosen}" in text and f"Database: {chosen / 'touchtimer.sqlite3'}" in text
        env.window.dialog.reject()
    finally:
        store.close()
