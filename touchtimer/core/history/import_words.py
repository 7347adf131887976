"""An import problem in words a parent can act on, from the checker's technical line.

The checker (``import_check``) reports each problem with its path in the file, counted from 0:
``sessions[3].stages[1].actual_seconds: expected a whole number ≥ 0, got "x"``. That path is exact
and stays available (``ImportProblems.technical``, for the command line and for anyone fixing the
file by hand); the person reads :func:`in_words`:
``session 4, stage 2: the time spent must be a whole number of seconds, 0 or more (the file has "x")``.
"""

from __future__ import annotations

import re

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words

_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")
_PATH = re.compile(r"^[a-z_]+(?:\[\d+\])?(?:\.[a-z_]+(?:\[\d+\])?)*$")

#: Lists in the file, and what one item of each is called.
_ITEMS = {"sessions": "session", "stages": "stage", "babies": "baby", "baby_ids": "its baby",
          "caregivers": "caregiver", "caregiver_ids": "its caregiver", "baby_responses": "its response"}

#: Each field, as a person calls it.
FIELDS = {
    "id": "the id", "name": "the name", "born_on": "the date of birth", "due_on": "the due date",
    "created_at": "the date the profile was added", "routine_id": "the routine's id",
    "routine_title": "the routine's title", "kind": "the kind of session", "started_at": "the start",
    "ended_at": "the end", "local_date": "the day", "planned_seconds": "the planned time",
    "actual_seconds": "the time spent", "status": "how it ended", "baby_ids": "the babies",
    "baby_response": "how the baby responded", "mood_before": "the mood before",
    "mood_after": "the mood after", "notes": "the note", "stages": "the stages", "position": "its place",
    "title": "the title", "side": "the side", "format": "the format", "format_version": "the format version",
    "babies": "the babies", "sessions": "the sessions", "exported_at": "the export time",
    "caregivers": "the caregivers", "caregiver_ids": "who held or massaged baby",
    "mother": "whether she is the mother", "fed_at_breast": "whether baby fed at the breast",
    "interruptions": "how many times the hold was interrupted",
    "baby_responses": "each baby's response", "in_neonatal_care": "whether baby is in neonatal care",
    "daily_target_minutes": "the baby's daily target",
}


#: The lists and fields whose names are translated (the rest of a detail is the checker's English).
_MARKED_ITEMS = {
    "sessions": QT_TRANSLATE_NOOP("Import", "session {number}"),
    "stages": QT_TRANSLATE_NOOP("Import", "stage {number}"),
    "babies": QT_TRANSLATE_NOOP("Import", "baby {number}"),
    "caregivers": QT_TRANSLATE_NOOP("Import", "caregiver {number}"),
}
_MARKED_FIELDS = {
    "id": QT_TRANSLATE_NOOP("Import", "the id"),
    "name": QT_TRANSLATE_NOOP("Import", "the name"),
    "born_on": QT_TRANSLATE_NOOP("Import", "the date of birth"),
    "routine_id": QT_TRANSLATE_NOOP("Import", "the routine's id"),
    "routine_title": QT_TRANSLATE_NOOP("Import", "the routine's title"),
    "started_at": QT_TRANSLATE_NOOP("Import", "the start"),
    "ended_at": QT_TRANSLATE_NOOP("Import", "the end"),
    "actual_seconds": QT_TRANSLATE_NOOP("Import", "the time spent"),
    "status": QT_TRANSLATE_NOOP("Import", "how it ended"),
    "stages": QT_TRANSLATE_NOOP("Import", "the stages"),
    "babies": QT_TRANSLATE_NOOP("Import", "the babies"),
    "sessions": QT_TRANSLATE_NOOP("Import", "the sessions"),
    "format_version": QT_TRANSLATE_NOOP("Import", "the format version"),
}


def place_and_field(path: str) -> tuple[str, str]:
    """("session 4, stage 2", "the time spent") for ``sessions[3].stages[1].actual_seconds``."""
    places: list[str] = []
    field = ""
    for step in path.split("."):
        match = _STEP.fullmatch(step)
        if match is None:
            return path, ""
        name, index = match.group(1), match.group(2)
        if index is not None:
            item = _MARKED_ITEMS.get(name)
            places.append(words(item, number=int(index) + 1) if item is not None
                          else f"{_ITEMS.get(name, name)} {int(index) + 1}")
            field = ""
        else:
            field = FIELDS.get(name, f'"{name}"')
    place: str = places[0] if places else QT_TRANSLATE_NOOP("Import", "the file")
    for more in places[1:]:
        place = words(QT_TRANSLATE_NOOP("Import", "{place}, {more}"), place=place, more=more)
    return place, field


def _expectation(field: str, expected: str) -> str:
    if expected.startswith("a whole number") and field in ("the time spent", "the planned time"):
        expected = expected.replace("a whole number", "a whole number of seconds", 1)
    return expected.replace("≥ 0", "0 or more").replace("≥ 1", "1 or more")


def in_words(problem: str) -> str:
    """``problem`` (``path: detail``, as the checker writes it) in plain words, 1-based."""
    path, sep, detail = problem.partition(": ")
    if not sep or not _PATH.match(path):
        return problem
    place, field = place_and_field(path)
    missing = re.fullmatch(r'the field "([a-z_]+)" is missing', detail)
    if missing:
        name = missing.group(1)
        what: str = _MARKED_FIELDS[name] if name in _MARKED_FIELDS else FIELDS.get(name, name)
        return words(QT_TRANSLATE_NOOP("Import", "{place}: {field} is missing"), place=place, field=what)
    expected = re.fullmatch(r"expected (.*), got (.*)", detail, re.DOTALL)
    subject = field or "this"
    if expected:
        return (f"{place}: {subject} must be {_expectation(field, expected.group(1))} "
                f"(the file has {expected.group(2)})")
    if detail.startswith(("too long", "too large", "too early", "too late", "not a", "not text")):
        return f"{place}: {subject} is {detail}"
    return f"{place}, {subject}: {detail}" if field else f"{place}: {detail}"
