"""The command line speaks the terminal's language: history, import problems and storage notices in
German under ``LANG=de_DE.UTF-8``, English under ``LANG=C``; ``--version`` never loads Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(lang: str, *args: str, config: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env["LANG"] = lang
    if config is not None:
        env["TOUCHTIMER_CONFIG_DIR"] = str(config)
    return subprocess.run([sys.executable, "-m", "touchtimer", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=False, env=env)


def test_history_and_its_problems_in_german_and_english(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert run("de_DE.UTF-8", "history", *data).stdout.strip() == "Noch keine Einheiten."
    assert run("C", "history", *data).stdout.strip() == "No sessions yet."
    wrong = ["history", "--from", "2026-02-02", "--to", "2026-01-01", *data]
    german = run("de_DE.UTF-8", *wrong).stderr
    assert "liegt nach --to 2026-01-01; erwartet wird zuerst der erste Tag" in german
    assert "is after --to 2026-01-01; expected the first day first" in run("C", *wrong).stderr


def test_an_import_problem_in_german(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{bad")
    german = run("de_DE.UTF-8", "import", str(bad), "--data-dir", str(tmp_path / "data")).stderr
    assert "wurde nicht importiert; nichts wurde geändert. 1 Problem:" in german
    assert "das ist kein gültiges JSON (Zeile 1, Spalte 2:" in german
    english = run("C", "import", str(bad), "--data-dir", str(tmp_path / "data")).stderr
    assert "was not imported; nothing was changed. 1 problem:" in english
    assert "this is not valid JSON (line 1, column 2:" in english


def test_a_storage_notice_in_german(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "touchtimer.sqlite3").write_bytes(b"not a database, only words" * 10)
    german = run("de_DE.UTF-8", "history", "--data-dir", str(data))
    assert ("touchtimer: Die Datei der gespeicherten Einheiten von touchtimer konnte nicht verwendet "
            "werden: sie ist keine Datenbank von touchtimer") in german.stderr, german.stderr
    assert "0 Einheiten und 0 Babyprofile" in german.stderr


def test_version_loads_no_qt_in_any_language() -> None:
    code = ("import sys\nfrom touchtimer.cli import main\ntry:\n    main(['--version'])\n"
            "except SystemExit:\n    pass\nprint('QT', any(m.startswith('PySide6') for m in sys.modules))\n")
    for lang in ("C", "de_DE.UTF-8"):
        env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
        env["LANG"] = lang
        done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                              timeout=60, check=False, env=env)
        assert "QT False" in done.stdout, done.stdout + done.stderr
        assert "touchtimer" in done.stdout


BAD_ROUTINE = ('format = 1\nid = "mine"\ntitle = ""\nkind = "massage"\nsummary = "s"\nmin_age_weeks = 10\n'
               'max_age_weeks = 5\n[[stages]]\ntitle = "a"\ninstruction = "b"\nminutes = 2\n')


def test_check_says_a_routine_files_problems_in_german(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD_ROUTINE, "utf-8")
    german = run("de_DE.UTF-8", "check", str(bad))
    assert german.returncode == 1
    assert f"{bad}: title: ist leer; erwartet wird etwas Text" in german.stderr, german.stderr
    assert (f"{bad}: max_age_weeks: 5 liegt unter min_age_weeks (10); erwartet wird, dass max_age_weeks "
            "mindestens min_age_weeks ist") in german.stderr
    english = run("C", "check", str(bad)).stderr
    assert f"{bad}: title: is empty; expected some text" in english
    assert (f"{bad}: max_age_weeks: 5 is below min_age_weeks (10); expected max_age_weeks to be at least "
            "min_age_weeks") in english


def test_sync_says_a_missing_shared_folder_in_german(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    gone = tmp_path / "stick"
    (config / "settings.json").write_text(json.dumps({"share_folder": str(gone)}), "utf-8")
    args = ("sync", "--data-dir", str(tmp_path / "data"))
    german = run("de_DE.UTF-8", *args, config=config)
    assert german.returncode == 1
    assert (f"touchtimer: der geteilte Ordner {gone} ist nicht da (ein USB-Stick nicht eingesteckt oder "
            "ein Sync-Ordner noch nicht eingerichtet); es wurde nichts ausgetauscht.") in german.stderr
    english = run("C", *args, config=config)
    assert (f"touchtimer: the shared folder {gone} is not there (a USB stick not plugged in, or a sync "
            "folder not set up yet); nothing was exchanged.") in english.stderr
    gone.mkdir()
    assert run("de_DE.UTF-8", *args, config=config).stdout.strip() == f"Geteilt über {gone}: nichts Neues."
    assert run("C", *args, config=config).stdout.strip() == f"Shared through {gone}: nothing new."


def test_an_import_problems_detail_in_german_and_english(tmp_path: Path) -> None:
    source = ROOT / "tests" / "core" / "history" / "data" / "export-v1-example.json"
    doc = json.loads(source.read_text("utf-8"))
    doc["sessions"][0]["actual_seconds"] = "x"
    doc["sessions"][0]["stages"][1]["position"] = 0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), "utf-8")
    data = ["--data-dir", str(tmp_path / "data")]
    german = run("de_DE.UTF-8", "import", str(bad), *data).stderr
    assert ("  Einheit 1: die verbrachte Zeit muss eine ganze Zahl von Sekunden von 0 bis 31,622,400 sein "
            "(in der Datei steht \"x\")\n    (in der Datei: sessions[0].actual_seconds)") in german, german
    assert "  Einheit 1, Schritt 2, seine Stelle: 0 wird schon verwendet von stages[0]" in german
    english = run("C", "import", str(bad), *data).stderr
    assert ("  session 1: the time spent must be a whole number of seconds from 0 to 31,622,400 "
            "(the file has \"x\")\n    (in the file: sessions[0].actual_seconds)") in english
    assert "  session 1, stage 2, its place: 0 is already used by stages[0]" in english


def test_help_in_german_and_in_english_without_qt() -> None:
    german = run("de_DE.UTF-8", "--help").stdout
    assert german.startswith("Aufruf: touchtimer"), german
    assert "eingebaute und eigene Abläufe auflisten" in german
    assert "diese Hilfe zeigen und beenden" in german
    code = ("import sys\nfrom touchtimer.cli import main\ntry:\n    main(['--help'])\n"
            "except SystemExit:\n    pass\nprint('QT', any(m.startswith('PySide6') for m in sys.modules))\n")
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = "C"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, check=False, env=env)
    assert done.stdout.startswith("usage: touchtimer"), done.stdout
    assert "  routines          list built-in and your own routines" in done.stdout
    assert "QT False" in done.stdout, done.stdout + done.stderr


def test_routines_for_a_baby_in_german_with_aligned_columns() -> None:
    german = run("de_DE.UTF-8", "routines", "--born", "2025-01-10", "--due", "2025-02-01",
                 "--today", "2025-02-21").stdout
    assert "Baby geboren am 2025-01-10 mit 36+6 Wochen (errechneter Termin 2025-02-01), zu früh." in german
    assert "Am 2025-02-21: 6 Wochen (korrigiert 2 Wochen). Abläufe werden nach dem korrigierten" in german
    assert "Passt zu diesem Baby:" in german and "Gerade nicht:" in german
    assert "für Babys, die mindestens 5 Wochen alt sind" in german
    rows = [line for line in german.splitlines() if " Wochen  " in line and line.startswith("  ")]
    assert len(rows) > 5 and any("ohne feste Dauer" in row for row in rows)
    longest = next(row for row in rows if "ohne feste Dauer" in row)
    title = longest.index("ohne feste Dauer") + len("ohne feste Dauer ")   # the widest length, then the title
    for row in rows:                                       # every title starts in that column
        assert row[title - 1] == " " and row[title] != " ", german
    english = run("C", "routines", "--born", "2025-01-10", "--today", "2025-02-21").stdout
    assert "On 2025-02-21: 6 weeks. Routines are chosen by age since birth: 6 completed weeks." in english
