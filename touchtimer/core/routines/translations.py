"""A routine's text in other languages: the ``[translations.<language>]`` tables of a routine file.

Each table maps a text of the routine, exactly as the file writes it in its own language, to that
text in the other language (docs/routine-format.md, "Translations")::

    [translations.de]
    "Kangaroo hold" = "Känguru-Haltung"

Keyed by the text itself, a translation needs no knowledge of the file's shape; a text said in two
places is translated once; and when the original text changes, its old translation no longer matches
and is reported, not shown silently out of date.

What is checked, for every language of every file:

- the language is a code of two or three lower-case letters (``es``, ``de``), not the file's own;
- every key is a text of this routine (otherwise: an error, with the nearest text as a hint);
- every value is text, not empty, one line where the original must be (a title), a title no longer
  than any title may be;
- the value keeps the original's placeholders (``{title}``, ``%1``) and its numbers, digit for digit:
  a translation of safety or evidence text may not change a time, an age, a count or a year.

A translation may be incomplete while it is being written: the file still loads, ``touchtimer check``
lists what is missing, and the routine is shown in its own language until every text has a translation
(never half in one language and half in another).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, Words, words
from touchtimer.core.limits import TITLE_CHARS
from touchtimer.core.routines.model import BenefitNote, Routine, Translation

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\d+|n)")
_NUMBER = re.compile(r"\d+")
#: Names of the languages touchtimer knows, for messages; other codes are shown as they are.
LANGUAGE_NAMES: dict[str, Words] = {
    "en": QT_TRANSLATE_NOOP("RoutineFile", "English"), "es": QT_TRANSLATE_NOOP("RoutineFile", "Spanish"),
    "de": QT_TRANSLATE_NOOP("RoutineFile", "German"), "fr": QT_TRANSLATE_NOOP("RoutineFile", "French"),
    "it": QT_TRANSLATE_NOOP("RoutineFile", "Italian"), "pt": QT_TRANSLATE_NOOP("RoutineFile", "Portuguese"),
    "nl": QT_TRANSLATE_NOOP("RoutineFile", "Dutch"), "pl": QT_TRANSLATE_NOOP("RoutineFile", "Polish"),
    "tr": QT_TRANSLATE_NOOP("RoutineFile", "Turkish"), "ar": QT_TRANSLATE_NOOP("RoutineFile", "Arabic"),
}


def language_name(code: str) -> str:
    """The language's name (:class:`~touchtimer.core.i18n.Words`, English as its value), or the code."""
    return LANGUAGE_NAMES.get(code, code)


def _notes(notes: tuple[BenefitNote, ...], where: str) -> Iterator[tuple[str, str]]:
    for i, note in enumerate(notes):
        yield f"{where}benefits[{i}].text", note.text


def translatable_texts(routine: Routine) -> list[tuple[str, str]]:
    """Every text of ``routine`` a parent reads or hears, as (field path, text), in the file's order.

    Not translated: ids, kinds, numbers, and benefit notes' sources and certainty (a source is named
    as published; the certainty is shown through the window's own translated words).
    """
    out: list[tuple[str, str]] = [("title", routine.title), ("summary", routine.summary)]
    for key in ("preparation", "safety", "when_not_to"):
        out += [(f"{key}[{i}]", text) for i, text in enumerate(getattr(routine, key))]
    for key in ("engaged", "pause", "stop"):
        out += [(f"cues.{key}[{i}]", text) for i, text in enumerate(getattr(routine.cues, key))]
    out += _notes(routine.benefits, "")
    for s, stage in enumerate(routine.stages):
        where = f"stages[{s}]."
        out += [(where + "title", stage.title), (where + "instruction", stage.instruction)]
        if stage.spoken:
            out.append((where + "spoken", stage.spoken))
        for p, prompt in enumerate(stage.prompts):
            out.append((f"{where}prompts[{p}].text", prompt.text))
            if prompt.spoken:
                out.append((f"{where}prompts[{p}].spoken", prompt.spoken))
        out += _notes(stage.benefits, where)
    return out


def _unique(routine: Routine) -> dict[str, str]:
    """Each distinct text of the routine, with the path of its first appearance."""
    texts: dict[str, str] = {}
    for path, text in translatable_texts(routine):
        texts.setdefault(text, path)
    return texts


def _short(text: str) -> str:
    return text if len(text) <= 50 else text[:47] + "..."


#: Control characters (C0 and DEL); the second also lets line breaks and tabs through. Searched first,
#: so that text without any (nearly all) is not walked a character at a time at every start.
_CONTROL_ONE_LINE = re.compile(r"[\x00-\x1f\x7f]")
_CONTROL_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _control_character(text: str, one_line: bool) -> str:
    if not (_CONTROL_ONE_LINE if one_line else _CONTROL_TEXT).search(text):
        return ""
    for ch in text:
        if ch in "\n\t" and not one_line:
            continue
        if ord(ch) < 0x20 or ord(ch) == 0x7F:
            what = QT_TRANSLATE_NOOP("RoutineFile", "a line break") if ch == "\n" else words(
                QT_TRANSLATE_NOOP("RoutineFile", "a control character ({code})"), code=f"U+{ord(ch):04X}")
            if one_line:
                return words(QT_TRANSLATE_NOOP("RoutineFile", "holds {what}; expected one line of text"),
                             what=what)
            return words(QT_TRANSLATE_NOOP("RoutineFile", "holds {what}; expected plain text"), what=what)
    return ""


def _value_problem(original: str, path: str, value: Any) -> str:
    if not isinstance(value, str):
        return words(QT_TRANSLATE_NOOP("RoutineFile", "expected text, got {got}"), got=type(value).__name__)
    value = value.strip()
    if not value:
        return QT_TRANSLATE_NOOP("RoutineFile", "is empty; expected the translated text")
    one_line = path.endswith("title")
    if problem := _control_character(value, one_line):
        return problem
    if one_line and len(value) > TITLE_CHARS:
        return words(QT_TRANSLATE_NOOP(
            "RoutineFile", "is {length} characters long; a title can be at most {limit} characters"),
            length=f"{len(value):,}", limit=TITLE_CHARS)
    if sorted(_PLACEHOLDER.findall(value)) != sorted(_PLACEHOLDER.findall(original)):
        want = ", ".join(sorted(_PLACEHOLDER.findall(original))) or QT_TRANSLATE_NOOP("RoutineFile", "none")
        return words(QT_TRANSLATE_NOOP(
            "RoutineFile", "has placeholders that differ from the original; expected the same ones ({want})"),
            want=want)
    if sorted(_NUMBER.findall(value)) != sorted(_NUMBER.findall(original)):
        want = ", ".join(_NUMBER.findall(original)) or QT_TRANSLATE_NOOP("RoutineFile", "none")
        return words(QT_TRANSLATE_NOOP(
            "RoutineFile", "has numbers that differ from the original; expected the same numbers ({want})"),
            want=want)
    return ""


def check_translations(raw: Any, routine: Routine) -> tuple[tuple[Translation, ...], list[tuple[str, str]]]:
    """The translations of a file's ``translations`` table, and its problems as (field path, message)."""
    problems: list[tuple[str, str]] = []
    if not isinstance(raw, dict):
        return (), [("translations", QT_TRANSLATE_NOOP(
            "RoutineFile", "expected tables such as [translations.de], one for each language"))]
    texts = _unique(routine)
    found: list[Translation] = []
    for code, table in raw.items():
        where = f"translations.{code}"
        if not LANGUAGE_CODE.match(code):
            problems.append((where, words(QT_TRANSLATE_NOOP(
                "RoutineFile", "'{code}' is not a language code; expected two or three lower-case letters, "
                "such as 'es' or 'de'"), code=code)))
            continue
        if code == routine.language:
            problems.append((where, words(QT_TRANSLATE_NOOP(
                "RoutineFile", "this routine is written in {language} already; expected a translation into "
                "another language"), language=language_name(code))))
            continue
        if not isinstance(table, dict):
            problems.append((where, words(QT_TRANSLATE_NOOP(
                "RoutineFile", 'expected a table ([{where}]) of "original text" = "translation"'),
                where=where)))
            continue
        pairs: dict[str, str] = {}
        for key, value in table.items():
            original = key.strip()
            here = f'{where}."{_short(original)}"'
            if original not in texts:
                hint = difflib.get_close_matches(original, list(texts), n=1, cutoff=0.6)
                problems.append((here, words(QT_TRANSLATE_NOOP(
                    "RoutineFile", 'is not a text of this routine; did you mean "{text}" ({path})?'),
                    text=_short(hint[0]), path=texts[hint[0]]) if hint else QT_TRANSLATE_NOOP(
                    "RoutineFile", "is not a text of this routine; expected a text exactly as the routine "
                    "writes it (it may have changed)")))
                continue
            if problem := _value_problem(original, texts[original], value):
                problems.append((here, problem))
                continue
            pairs[original] = value.strip()
        ordered = tuple((text, pairs[text]) for text in texts if text in pairs)
        found.append(Translation(code, ordered, tuple(text for text in texts if text not in pairs)))
    return tuple(found), problems


def find(routine: Routine, language: str) -> Translation | None:
    """The routine's complete translation into ``language`` (``de`` also serves ``de-AT``), if any."""
    code = language.replace("_", "-").split("-")[0].lower()
    return next((t for t in routine.translations if t.language == code and t.complete), None)


def localize(routine: Routine, language: str) -> Routine:
    """``routine`` as shown in ``language``: its own text when it is written in it or has no complete
    translation into it; otherwise every text translated, with ``original`` set to the routine."""
    translation = find(routine, language)
    if translation is None or translation.language == routine.language:
        return routine
    words = dict(translation.texts)

    def t(text: str) -> str:
        return words.get(text, text)

    def notes(items: tuple[BenefitNote, ...]) -> tuple[BenefitNote, ...]:
        return tuple(replace(note, text=t(note.text)) for note in items)

    stages = tuple(replace(
        stage, title=t(stage.title), instruction=t(stage.instruction),
        spoken=t(stage.spoken) if stage.spoken else stage.spoken,
        prompts=tuple(replace(p, text=t(p.text), spoken=t(p.spoken) if p.spoken else p.spoken)
                      for p in stage.prompts),
        benefits=notes(stage.benefits)) for stage in routine.stages)
    cues = replace(routine.cues, engaged=tuple(map(t, routine.cues.engaged)),
                   pause=tuple(map(t, routine.cues.pause)), stop=tuple(map(t, routine.cues.stop)))
    return replace(
        routine, title=t(routine.title), summary=t(routine.summary), stages=stages,
        preparation=tuple(map(t, routine.preparation)), safety=tuple(map(t, routine.safety)),
        when_not_to=tuple(map(t, routine.when_not_to)), benefits=notes(routine.benefits), cues=cues,
        language=translation.language, translations=(), original=routine)


def carried_over(translations: tuple[Translation, ...], routine: Routine) -> tuple[Translation, ...]:
    """``translations`` fitted to an edited ``routine``: the translation of a text that is no longer in
    it is dropped (it translated words that changed), the rest is kept, and what is now missing is
    listed; a language left with nothing is dropped."""
    texts = _unique(routine)
    out: list[Translation] = []
    for translation in translations:
        words = dict(translation.texts)
        kept = tuple((text, words[text]) for text in texts if text in words)
        if kept:
            out.append(Translation(translation.language, kept,
                                   tuple(text for text in texts if text not in words)))
    return tuple(out)
