"""The core's sentences reach the window in its language: a storage notice on Home, an import problem
in the import result, the length in the resume question, all in German under German."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.helpers.window import Env
from touchtimer.core.history.import_check import ImportProblems, read_export_file
from touchtimer.core.i18n import Length
from touchtimer.core.storage.repair import open_store_safely
from touchtimer.ui import translation
from touchtimer.ui.history.import_result import ImportResult
from touchtimer.ui.translation import words_text

NOW = datetime(2026, 3, 1, 21, 0, tzinfo=UTC)


@pytest.fixture
def german() -> Iterator[None]:
    assert translation.install("system", ["de-DE"]) == "de"
    try:
        yield
    finally:
        translation.install("en")


def damaged_store_notice(tmp_path: Path) -> str:
    path = tmp_path / "touchtimer.db"
    path.write_bytes(b"this is not a database at all" * 10)
    store, report = open_store_safely(path, now=NOW)
    store.close()
    assert report.outcome == "recovered"
    return report.message


@pytest.mark.usefixtures("german")
def test_a_damaged_store_notice_on_home_is_german(env: Env, tmp_path: Path) -> None:
    notice = damaged_store_notice(tmp_path)
    assert notice.startswith("touchtimer's file of saved sessions could not be used")   # the English value
    env.window.show_notice(notice)
    shown = env.window.home.banner.text()
    assert shown.startswith("Die Datei der gespeicherten Einheiten von touchtimer konnte nicht verwendet "
                            "werden: sie ist keine Datenbank von touchtimer"), shown
    assert "0 Einheiten und 0 Babyprofile" in shown
    assert "touchtimer.db.damaged-" in shown                  # the fields are kept as they are


def test_the_same_notice_stays_english_in_english(env: Env, tmp_path: Path) -> None:
    notice = damaged_store_notice(tmp_path)
    env.window.show_notice(notice)
    assert env.window.home.banner.text() == notice


@pytest.mark.usefixtures("german")
def test_an_import_problem_is_german(qtbot: object, tmp_path: Path) -> None:
    bad = tmp_path / "export.json"
    bad.write_text('{"format": "touchtimer-export", "format_version": 2, "babies": [], '
                   '"sessions": [{"routine_id": "r"}]}')
    with pytest.raises(ImportProblems) as caught:
        read_export_file(bad)
    assert "session 1: the id is missing" in caught.value.problems          # English value
    result = ImportResult()
    qtbot.addWidget(result)  # type: ignore[attr-defined]
    result.show_problems("x", caught.value.problems)
    assert "• Einheit 1: es fehlt die ID" in result.details.toPlainText()


@pytest.mark.usefixtures("german")
def test_a_length_uses_the_windows_duration_words() -> None:
    from touchtimer.ui.widgets.texts import minutes_text

    assert words_text(Length(570)) == minutes_text(570)
    assert words_text("plain") == "plain"
