"""The translation files: complete where they say they are, faithful to every placeholder, built and
up to date.

``COMPLETE_CONTEXTS`` names the parts of the window that are fully translated today. Set it to ``None``
when every part is: the same checks then hold for every string.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.helpers import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "scripts"))
import update_translations as script

#: The contexts translated in full into every shipped language (the emergency screen, the check-in,
#: Home, the session pages, the PDF summary and the CSV headings, with the words they share).
#: ``None``: every context (set it so once every string is translated).
COMPLETE_CONTEXTS: frozenset[str] | None = frozenset({
    "Safety", "CheckInDialog", "TextDialog", "HomePage", "PreSessionPage", "RunningPage", "SummaryPage",
    "CuePlayer", "Mood", "Texts", "Recommendation", "AgeText", "Summary", "History", "CSV",
    "Storage", "Import", "Words",
})
#: Plural forms each language has (Qt's numerus forms).
PLURAL_FORMS = {"es": 2, "de": 2}
PLACEHOLDER = re.compile(r"%\d+|%n|\{[^{}]*\}")
MNEMONIC = re.compile(r"&(?=[^&\s])")


def messages(code: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(script.ts_file(code)).getroot()
    return [(context.findtext("name") or "", message) for context in root.iter("context")
            for message in context.iter("message")]


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def complete(context: str) -> bool:
    return COMPLETE_CONTEXTS is None or context in COMPLETE_CONTEXTS


@pytest.mark.parametrize("code", script.LANGUAGES)
def test_the_contexts_declared_complete_are_translated_in_full(code: str) -> None:
    found = {context for context, _ in messages(code)}
    assert COMPLETE_CONTEXTS is None or found >= COMPLETE_CONTEXTS, "a complete context that does not exist"
    undone = [f"{context}: {message.findtext('source')!r}" for context, message in messages(code)
              if complete(context) and (message.find("translation").get("type") is not None  # type: ignore[union-attr]
                                        or not all(f.strip() for f in forms(message)))]
    assert undone == [], f"unfinished, obsolete or empty in {code}"


@pytest.mark.parametrize("code", script.LANGUAGES)
def test_every_translation_keeps_the_placeholders_and_plural_forms(code: str) -> None:
    wrong = []
    for context, message in messages(code):
        source = message.findtext("source") or ""
        want = sorted(PLACEHOLDER.findall(source))
        done = [f for f in forms(message) if f]
        if message.get("numerus") == "yes" and done and len(done) != PLURAL_FORMS[code]:
            wrong.append(f"{context}: {source!r}: {len(done)} plural forms")
        for text in done:
            got = sorted(PLACEHOLDER.findall(text))
            # A plural form may leave out %n ("one week" for 1), never add or lose another placeholder.
            if got != want and sorted(p for p in want if p != "%n") != sorted(p for p in got if p != "%n"):
                wrong.append(f"{context}: {source!r} -> {text!r}")
            if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(text)):
                wrong.append(f"{context}: {source!r} -> {text!r}: keyboard shortcut (&) lost or added")
    assert wrong == []


def test_the_translation_sources_list_every_text_of_the_code_and_no_other(tmp_path: Path) -> None:
    """lupdate, run now, changes nothing: no new text is missing and no removed one lingers."""
    for code in script.LANGUAGES:
        shutil.copy(script.ts_file(code), tmp_path / script.ts_file(code).name)
    subprocess.run([script.tool("pyside6-lupdate"), "-silent", "-locations", "relative", "-no-obsolete",
                    *script.source_files(), "-ts", *(str(tmp_path / script.ts_file(c).name)
                                                     for c in script.LANGUAGES)],
                   cwd=REPO_ROOT, check=True)
    for code in script.LANGUAGES:
        fresh = [(c, m.findtext("source")) for c, m in messages(code)]
        root = ET.parse(tmp_path / script.ts_file(code).name).getroot()
        now = [(c.findtext("name"), m.findtext("source"))
               for c in root.iter("context") for m in c.iter("message")]
        assert sorted(now) == sorted(fresh), "run: python scripts/update_translations.py"


def test_the_built_translations_are_up_to_date(tmp_path: Path) -> None:
    built = script.lrelease(tmp_path)
    for path in built:
        shipped = script.BUILT / path.name
        assert shipped.is_file(), f"{shipped} is missing: run python scripts/update_translations.py --release"
        assert shipped.read_bytes() == path.read_bytes(), \
            f"{shipped} is older than its .ts file: run python scripts/update_translations.py --release"


def test_the_wheel_ships_the_built_translations() -> None:
    text = (REPO_ROOT / "pyproject.toml").read_text("utf-8")
    assert '"translations/*.qm"' in text
    from touchtimer.resources import translation_file

    for code in script.LANGUAGES:
        assert translation_file(code) is not None
    assert translation_file("en") is None and translation_file("xx") is None
