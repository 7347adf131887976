"""The core's sentences reach the window in its language: a storage notice on Home, an import problem
in the import result (every part of it: the place, the field, what it must be, why a value cannot be
kept), the length in the resume question, all in German under German."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.window import Env
from touchtimer.core.clock import FakeClock
from touchtimer.core.history.import_check import ImportProblems, read_export_file
from touchtimer.core.i18n import Length
from touchtimer.core.settings import Settings
from touchtimer.core.storage.repair import open_store_safely
from touchtimer.core.storage.store import open_store
from touchtimer.ui import translation
from touchtimer.ui.history.import_result import ImportResult
from touchtimer.ui.history.view import HistoryView
from touchtimer.ui.translation import words_text

NOW = datetime(2026, 3, 1, 21, 0, tzinfo=UTC)


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


def bad_field_export(tmp_path: Path) -> Path:
    """An export whose first session has a wrong kind, a time that is not a number and a note too long,
    and whose baby has a due date before anything touchtimer keeps."""
    source = Path(__file__).resolve().parents[1] / "core" / "history" / "data" / "export-v1-example.json"
    doc = json.loads(source.read_text("utf-8"))
    doc["sessions"][0].update(kind="hug", actual_seconds="x", notes="y" * 20_001)
    doc["babies"][0]["due_on"] = "0001-01-01"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), "utf-8")
    return bad


BAD_FIELDS_ENGLISH = [
    "• baby 1: the due date is too early (0001-01-01; the earliest day touchtimer keeps is 1900-01-01)",
    '• session 1: the kind of session must be one of "skin_to_skin", "massage" (the file has "hug")',
    "• session 1: the time spent must be a whole number of seconds from 0 to 31,622,400 (the file has \"x\")",
    "• session 1: the note is too long (20,001 characters; at most 20,000)",
]


def test_the_history_import_panel_says_a_bad_fields_detail_in_german(qtbot: QtBot, tmp_path: Path) -> None:
    bad = bad_field_export(tmp_path)
    with open_store(None) as store:
        view = HistoryView(store, Settings(), tz=UTC, clock=FakeClock(wall_start=NOW))
        qtbot.addWidget(view)
        assert not view.import_from(bad)
        assert view.import_result.details.toPlainText().splitlines() == BAD_FIELDS_ENGLISH
        assert translation.install("system", ["de-DE"]) == "de"
        try:
            assert not view.import_from(bad)
            german = view.import_result.details.toPlainText().splitlines()
        finally:
            translation.install("en")
    assert german == [
        "• Baby 1: der errechnete Termin ist zu früh (0001-01-01; der früheste Tag, den touchtimer "
        "speichert, ist der 1900-01-01)",
        '• Einheit 1: die Art der Einheit muss eines von "skin_to_skin", "massage" sein (in der Datei steht '
        '"hug")',
        "• Einheit 1: die verbrachte Zeit muss eine ganze Zahl von Sekunden von 0 bis 31,622,400 sein (in "
        "der Datei steht \"x\")",
        "• Einheit 1: die Notiz ist zu lang (20,001 Zeichen; höchstens 20,000)",
    ]
