"""A routine's text in other languages: the format, what is checked, and what is shown."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from touchtimer.core.routines.draft import RoutineDraft
from touchtimer.core.routines.files import RoutineFileError, builtin_routines, load_all, parse_routine
from touchtimer.core.routines.translations import find, localize, translatable_texts
from touchtimer.core.routines.user_files import copy_of
from touchtimer.core.routines.writer import write_routine

BASE = """
id = "little"
title = "Little one"
kind = "massage"
summary = "A short massage of {n} things."
min_age_weeks = 0
max_age_weeks = 10
preparation = ["Warm your hands.", "Wait 30 to 45 minutes after a feed."]

[[stages]]
title = "Hands"
instruction = "Rest your hands still."
minutes = 2

[[stages.prompts]]
text = "Breathe slowly."
at_seconds = 30
"""
GERMAN = """
[translations.de]
"Little one" = "Kleines"
"A short massage of {n} things." = "Eine kurze Massage mit {n} Dingen."
"Warm your hands." = "Wärm deine Hände."
"Wait 30 to 45 minutes after a feed." = "Warte 30 bis 45 Minuten nach einer Mahlzeit."
"Hands" = "Hände"
"Rest your hands still." = "Lass deine Hände ruhig liegen."
"Breathe slowly." = "Atme langsam."
"""


def problems(text: str) -> list[str]:
    with pytest.raises(RoutineFileError) as caught:
        parse_routine(text, file="x.toml")
    return [f"{e.path}: {e.message}" for e in caught.value.errors]


def test_every_builtin_routine_is_complete_in_spanish_and_german() -> None:
    loaded = builtin_routines()
    assert loaded.errors == [] and len(loaded.routines) == 12
    for routine in loaded.routines:
        for code in ("es", "de"):
            translation = find(routine, code)
            assert translation is not None, f"{routine.id} has no complete {code} translation"
            texts = {text for _path, text in translatable_texts(routine)}
            assert {text for text, _ in translation.texts} == texts


def test_a_routine_is_shown_and_spoken_in_the_chosen_language() -> None:
    german = load_all(None, language="de").by_id("kangaroo-hold")
    spanish = load_all(None, language="es").by_id("kangaroo-hold")
    english = load_all(None).by_id("kangaroo-hold")
    assert german is not None and spanish is not None and english is not None
    titles = (german.title, spanish.title, english.title)
    assert titles == ("Känguru-Methode", "Método canguro", "Kangaroo hold")
    assert german.language == "de" and german.original == english and german.translations == ()
    assert german.stages[1].prompts[1].words.startswith("Ein kurzer Check.")
    assert "45 Grad" in german.safety[-1]
    # the same routine apart from its words: ids, times, kinds and sources stay
    assert [s.seconds for s in german.stages] == [s.seconds for s in english.stages]
    assert [n.source for n in german.all_benefits] == [n.source for n in english.all_benefits]
    assert load_all(None, language="fr").by_id("kangaroo-hold") == english       # no French: English
    assert load_all(None, language="de-AT").by_id("kangaroo-hold") == german


def test_a_complete_translation_round_trips_through_the_writer() -> None:
    routine = parse_routine(BASE + GERMAN, file="x.toml")
    assert find(routine, "de") is not None
    assert parse_routine(write_routine(routine), file="y.toml") == replace(routine, source="y.toml")
    shown = localize(routine, "de")
    assert shown.title == "Kleines" and shown.stages[0].prompts[0].text == "Atme langsam."


def test_an_incomplete_translation_loads_but_is_not_shown() -> None:
    text = BASE + GERMAN.replace('"Breathe slowly." = "Atme langsam."\n', "")
    routine = parse_routine(text, file="x.toml")
    (translation,) = routine.translations
    assert translation.missing == ("Breathe slowly.",)
    assert localize(routine, "de") == routine            # never half in one language, half in another


DE = 'translations.de."'


@pytest.mark.parametrize(("change", "expected"), [
    (("Warte 30 bis 45", "Warte 30 bis 40"), DE + 'Wait 30 to 45 minutes after a feed.": has numbers'),
    (("{n} Dingen", "{m} Dingen"), DE + 'A short massage of {n} things.": has placeholders'),
    (('"Hands" =', '"Handz" ='), DE + 'Handz": is not a text of this routine; did you mean "Hands"'),
    (('"Hände"', '""'), DE + 'Hands": is empty'),
    (('"Hände"', '"Hän\\nde"'), DE + 'Hands": holds a line break'),
    (('"Hände"', "3"), DE + 'Hands": expected text'),
    (("[translations.de]", "[translations.Deutsch]"), "translations.Deutsch: 'Deutsch' is not a language"),
    (("[translations.de]", "[translations.en]"), "translations.en: this routine is written in English"),
])
def test_what_a_translation_may_not_do(change: tuple[str, str], expected: str) -> None:
    found = problems(BASE + GERMAN.replace(*change))
    assert any(p.startswith(expected) for p in found), found


def test_a_file_in_another_language_says_so() -> None:
    routine = parse_routine(BASE.replace('id = "little"', 'id = "little"\nlanguage = "es"'), file="x.toml")
    assert routine.language == "es"
    assert "language = \"es\"" in write_routine(routine)
    assert problems(BASE.replace('id = "little"', 'id = "little"\nlanguage = "Spanish"'))[0].startswith(
        "language: 'Spanish' is not a language code")


def test_editing_keeps_the_translation_of_every_unchanged_text(tmp_path: Path) -> None:
    path = str(tmp_path / "little.toml")
    routine = parse_routine(BASE + GERMAN, file=path, source=path)
    shown = localize(routine, "de")
    draft = RoutineDraft.of(shown)                       # a parent's own file is edited in its own language
    assert draft.title == "Little one" and draft.translations == routine.translations
    draft.stages[0].title = "Still hands"
    built = draft.build()
    (translation,) = built.translations
    assert "Hands" not in dict(translation.texts) and translation.missing == ("Still hands",)
    assert dict(translation.texts)["Breathe slowly."] == "Atme langsam."
    assert draft.problems() == []


def test_a_builtin_routine_is_copied_as_it_is_shown() -> None:
    german = load_all(None, language="de").by_id("gentle-hello")
    assert german is not None
    copy = copy_of(german, [], "Mein sanftes Hallo")
    assert copy.language == "de" and copy.original is None and copy.translations == ()
    assert copy.stages[0].title == german.stages[0].title
    assert "language = \"de\"" in write_routine(copy)
    draft = RoutineDraft.of(german)                      # the editor's copy of a built-in: as shown
    assert draft.language == "de" and draft.stages[0].title == german.stages[0].title
