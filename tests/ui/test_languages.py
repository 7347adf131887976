"""touchtimer speaks the parent's language: started with LANG=es_ES.UTF-8 or de_DE.UTF-8 the window, the
routines, the spoken prompts and the PDF summary are in that language; LANG=C and a language touchtimer
does not have give English. The language setting wins over the system.

Starting the app is done in a fresh interpreter (the system locale is read when Qt starts); the spoken
prompt and the PDF are checked in this process with the language installed as start-up installs it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import REPO_ROOT
from tests.helpers.session_driver import Driver
from tests.helpers.speech import mock_voice
from touchtimer.core.routines.files import load_all
from touchtimer.core.settings import Settings
from touchtimer.ui import translation
from touchtimer.ui.platform.chimes import Chimes
from touchtimer.ui.platform.cue_player import CuePlayer

SCRIPT = """
import json, sys
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

app = QApplication(sys.argv[:1])
import touchtimer.ui.first_paint as first_paint
from touchtimer.ui import translation

real = first_paint.after_first_paint
seen = {}


def watched(window, callback, fallback_ms=first_paint.FALLBACK_MS):
    def after():
        callback()
        from PySide6.QtCore import QLocale

        seen["language"] = translation.language()
        seen["home"] = [label.text() for label in window.home.findChildren(QLabel)]
        seen["titles"] = sorted(r.title for r in window.routines.routines)
        window.open_routine("kangaroo-hold")
        seen["presession"] = [label.text() for label in window.presession.findChildren(QLabel)]
        window.open_emergency()
        from touchtimer.ui.safety.emergency_dialog import EmergencyDialog
        emergency = window.findChildren(EmergencyDialog)[-1]
        seen["emergency"] = [label.text() for label in emergency.findChildren(QLabel)]
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        seen["qt_cancel"] = box.button(QDialogButtonBox.StandardButton.Cancel).text()
        seen["number"] = QLocale().toString(1234.5, "f", 1)
        app.quit()

    real(window, after, fallback_ms)


first_paint.after_first_paint = watched
from touchtimer.cli import main

seen["code"] = main(["--data-dir", sys.argv[1]])
print("RESULT " + json.dumps(seen))
"""


def start(tmp_path: Path, lang: str, setting: str | None = None) -> dict[str, object]:
    config = tmp_path / "config"
    config.mkdir()
    if setting is not None:
        (config / "settings.json").write_text(json.dumps({"language": setting}))
    env = {key: value for key, value in os.environ.items()
           if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    path = os.pathsep.join(p for p in (str(REPO_ROOT), os.environ.get("PYTHONPATH")) if p)
    env.update({"LANG": lang, "QT_QPA_PLATFORM": "offscreen", "TOUCHTIMER_CONFIG_DIR": str(config),
                "PYTHONPATH": path})
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "data")], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, done.stdout + done.stderr
    result: dict[str, object] = json.loads(line.removeprefix("RESULT "))
    assert result["code"] == 0
    return result


#: What each language shows: Home's question, a routine, the safety heading before a session (its one
#: name, texts.term), the emergency screen's title, Qt's own Cancel button, and a number.
EXPECTED = {
    "es_ES.UTF-8": ("es", "¿Para quién es este rato?", "Método canguro", "Para que sea seguro", "Emergencia",
                    "Cancelar", "1234,5"),
    "de_DE.UTF-8": ("de", "Für wen ist diese Zeit?", "Känguru-Methode", "So bleibt es sicher", "Notfall",
                    "Abbrechen", "1.234,5"),
    "C": ("en", "Who is this time for?", "Kangaroo hold", "Keep it safe", "Emergency", "Cancel", "1234.5"),
    "xx_XX.UTF-8": ("en", "Who is this time for?", "Kangaroo hold", "Keep it safe", "Emergency", "Cancel",
                    None),
}


@pytest.mark.parametrize("lang", list(EXPECTED))
def test_the_window_starts_in_the_systems_language(tmp_path: Path, lang: str) -> None:
    code, question, routine, checklist, emergency, cancel, number = EXPECTED[lang]
    seen = start(tmp_path, lang)
    assert seen["language"] == code
    assert question in seen["home"]                                   # type: ignore[operator]
    assert routine in seen["titles"]                                  # type: ignore[operator]
    assert checklist in seen["presession"]                            # type: ignore[operator]
    assert emergency in seen["emergency"]                             # type: ignore[operator]
    assert seen["qt_cancel"] == cancel
    if number is not None:
        assert seen["number"] == number


def test_the_language_setting_wins_over_the_system(tmp_path: Path) -> None:
    seen = start(tmp_path, "es_ES.UTF-8", setting="de")
    assert seen["language"] == "de" and "Känguru-Methode" in seen["titles"]  # type: ignore[operator]


def spoken_in(language: str) -> tuple[list[str], Any, list[str]]:
    """What the cue player hands Qt's mock engine in the first minute of Gentle hello in ``language``,
    the voice, and the chimes rung."""
    routine = load_all(None, language=language).by_id("gentle-hello")
    assert routine is not None
    driver = Driver(routine)
    voice = mock_voice()
    handed: list[str] = []
    speak = voice.speak

    def watched(text: str, interrupt: bool = False) -> bool:
        handed.append(text)
        return speak(text, interrupt)

    voice.speak = watched  # type: ignore[method-assign]
    rung: list[str] = []
    chimes = Chimes(has_output=lambda: True)
    chimes.played.connect(lambda kind, _volume: rung.append(kind))
    player = CuePlayer(Settings(), driver.clock, voice=voice, chimes=chimes)
    player.attach(driver.runner)
    driver.start()
    driver.advance(60)
    player.shutdown()
    return handed, voice, rung


@pytest.mark.usefixtures("german")
def test_a_spoken_prompt_is_in_german() -> None:
    """What the cue player hands Qt's mock engine is German, and the engine is asked for a German voice;
    the mock engine has none (only English, Norwegian and Finnish), so it says so and chimes carry on."""
    handed, voice, rung = spoken_in(translation.language())
    assert handed[0] == ("Erst fragen. Zeig deinem Baby deine offenen Hände und frag leise: Darf ich dich "
                         "massieren? Warte auf seine Antwort.")
    assert "Als Nächstes: Linkes Bein und linker Fuß." in handed      # the player's own words, translated
    assert voice.language == "de" and voice.problem == "es ist keine Stimme für Deutsch installiert"
    assert rung == ["stage", "stage"]


@pytest.mark.usefixtures("german")
def test_the_pdf_summary_headings_are_in_german() -> None:
    from touchtimer.core.history.days import PeriodSummary
    from touchtimer.ui.history import report_pdf
    from touchtimer.ui.history.report_pdf import SummaryRequest

    req = SummaryRequest(date(2026, 3, 14), date(2026, 3, 20), 60, made_on=date(2026, 3, 20))
    text = report_pdf._html(req, PeriodSummary([], 60), [], 5, [], {})
    assert "Haut-zu-Haut-Kontakt und Babymassage: Zusammenfassung" in text
    assert "14. März 2026 bis 20. März 2026" in text                   # QLocale's German dates
    assert "Keine medizinische Dokumentation." in text
    assert "summary" not in text.lower().replace("touchtimer-zusammenfassung", "")


@pytest.mark.usefixtures("spanish")
def test_a_spoken_prompt_is_in_spanish() -> None:
    """The same in Spanish: the routine's own words and the player's, and a Spanish voice asked for."""
    handed, voice, rung = spoken_in(translation.language())
    assert handed[0] == ("Primero, pregunta. Muestra al bebé tus manos abiertas y pregúntale en voz baja: "
                         "¿te puedo dar un masaje? Espera su respuesta.")
    assert "A continuación: Pierna y pie izquierdos." in handed
    assert voice.language == "es" and voice.problem == "no hay instalada ninguna voz en español"
    assert rung == ["stage", "stage"]


@pytest.mark.usefixtures("spanish")
def test_the_pdf_summary_headings_are_in_spanish() -> None:
    from touchtimer.core.history.days import PeriodSummary
    from touchtimer.ui.history import report_pdf
    from touchtimer.ui.history.report_pdf import SummaryRequest

    req = SummaryRequest(date(2026, 3, 14), date(2026, 3, 20), 60, made_on=date(2026, 3, 20))
    text = report_pdf._html(req, PeriodSummary([], 60), [], 5, [], {})
    assert "Piel con piel y masaje infantil: resumen" in text
    assert "marzo de 2026" in text                                     # QLocale's Spanish dates
    assert "No es un registro médico." in text
