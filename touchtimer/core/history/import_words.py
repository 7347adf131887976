"""An import problem in words a parent can act on, in the parent's language.

The checker (``import_check``) reports each problem as a :class:`Problem`: its value is the technical
line, with the path in the file counted from 0
(``sessions[3].stages[1].actual_seconds: expected a whole number ≥ 0, got "x"``), which stays available
(``ImportProblems.technical``, for the command line and for anyone fixing the file by hand); it also
keeps the detail as marked words. The person reads :func:`in_words`
(``session 4, stage 2: the time spent must be a whole number of seconds, 0 or more (the file has "x")``),
a :class:`~touchtimer.core.i18n.Words` whose every part is translated: the place, the field, what it must
be and why the value cannot be kept. Only the file's own values and key names stay as the file has them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, Words, words

_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")
_PATH = re.compile(r"^[a-z_]+(?:\[\d+\])?(?:\.[a-z_]+(?:\[\d+\])?)*$")


class Problem(str):
    """One problem the checker found. Its value is the technical line ``path: detail`` (English); the
    parts are kept: ``detail`` (marked words), and for a value of the wrong kind ``expected`` (what it
    must be, in words a person reads) and ``value`` (what the file has, as JSON)."""

    path: str
    detail: str
    expected: str | None
    value: str

    def __new__(cls, path: str, detail: str, expected: str | None = None, value: str = "") -> Problem:
        made = super().__new__(cls, f"{path}: {detail}")
        made.path, made.detail, made.expected, made.value = path, detail, expected, value
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (Problem, (self.path, self.detail, self.expected, self.value))


#: Lists in the file, and what one item of each is called.
_ITEMS = {
    "sessions": QT_TRANSLATE_NOOP("Import", "session {number}"),
    "stages": QT_TRANSLATE_NOOP("Import", "stage {number}"),
    "babies": QT_TRANSLATE_NOOP("Import", "baby {number}"),
    "caregivers": QT_TRANSLATE_NOOP("Import", "caregiver {number}"),
    "baby_ids": QT_TRANSLATE_NOOP("Import", "its baby {number}"),
    "caregiver_ids": QT_TRANSLATE_NOOP("Import", "its caregiver {number}"),
    "baby_responses": QT_TRANSLATE_NOOP("Import", "its response {number}"),
}

#: Each field, as a person calls it.
FIELDS: dict[str, Words] = {
    "id": QT_TRANSLATE_NOOP("Import", "the id"),
    "name": QT_TRANSLATE_NOOP("Import", "the name"),
    "born_on": QT_TRANSLATE_NOOP("Import", "the date of birth"),
    "due_on": QT_TRANSLATE_NOOP("Import", "the due date"),
    "created_at": QT_TRANSLATE_NOOP("Import", "the date the profile was added"),
    "routine_id": QT_TRANSLATE_NOOP("Import", "the routine's id"),
    "routine_title": QT_TRANSLATE_NOOP("Import", "the routine's title"),
    "kind": QT_TRANSLATE_NOOP("Import", "the kind of session"),
    "started_at": QT_TRANSLATE_NOOP("Import", "the start"),
    "ended_at": QT_TRANSLATE_NOOP("Import", "the end"),
    "local_date": QT_TRANSLATE_NOOP("Import", "the day"),
    "planned_seconds": QT_TRANSLATE_NOOP("Import", "the planned time"),
    "actual_seconds": QT_TRANSLATE_NOOP("Import", "the time spent"),
    "status": QT_TRANSLATE_NOOP("Import", "how it ended"),
    "baby_ids": QT_TRANSLATE_NOOP("Import", "the babies"),
    "baby_response": QT_TRANSLATE_NOOP("Import", "how the baby responded"),
    "mood_before": QT_TRANSLATE_NOOP("Import", "the mood before"),
    "mood_after": QT_TRANSLATE_NOOP("Import", "the mood after"),
    "notes": QT_TRANSLATE_NOOP("Import", "the note"),
    "stages": QT_TRANSLATE_NOOP("Import", "the stages"),
    "position": QT_TRANSLATE_NOOP("Import", "its place"),
    "title": QT_TRANSLATE_NOOP("Import", "the title"),
    "side": QT_TRANSLATE_NOOP("Import", "the side"),
    "format": QT_TRANSLATE_NOOP("Import", "the format"),
    "format_version": QT_TRANSLATE_NOOP("Import", "the format version"),
    "babies": QT_TRANSLATE_NOOP("Import", "the babies"),
    "sessions": QT_TRANSLATE_NOOP("Import", "the sessions"),
    "exported_at": QT_TRANSLATE_NOOP("Import", "the export time"),
    "caregivers": QT_TRANSLATE_NOOP("Import", "the caregivers"),
    "caregiver_ids": QT_TRANSLATE_NOOP("Import", "who held or massaged baby"),
    "mother": QT_TRANSLATE_NOOP("Import", "whether she is the mother"),
    "fed_at_breast": QT_TRANSLATE_NOOP("Import", "whether baby fed at the breast"),
    "interruptions": QT_TRANSLATE_NOOP("Import", "how many times the hold was interrupted"),
    "baby_responses": QT_TRANSLATE_NOOP("Import", "each baby's response"),
    "in_neonatal_care": QT_TRANSLATE_NOOP("Import", "whether baby is in neonatal care"),
    "daily_target_minutes": QT_TRANSLATE_NOOP("Import", "the baby's daily target"),
}

#: The fields whose whole numbers are seconds ("a whole number of seconds from 0 to ...").
SECONDS_FIELDS = ("actual_seconds", "planned_seconds")
_THE_FILE = QT_TRANSLATE_NOOP("Import", "the file")
#: Details said as "{field} is {detail}" (too long, too early, not text that can be saved...).
_IS_DETAILS = ("too long", "too large", "too early", "too late", "not a", "not text")


def show(value: Any) -> str:
    """A file's value as the problem quotes it: JSON, at most 60 characters."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def either(first: str, *more: str) -> str:
    """"1 or 2", "text or null" in marked words."""
    said = first
    for other in more:
        said = words(QT_TRANSLATE_NOOP("Import", "{either} or {other}"), either=said, other=other)
    return said


def or_null(expected: str, nullable: bool) -> str:
    return either(expected, "null") if nullable else expected


def one_of(choices: Sequence[str], nullable: bool) -> str:
    listed = ", ".join(f'"{c}"' for c in choices)
    return or_null(words(QT_TRANSLATE_NOOP("Import", "one of {choices}"), choices=listed), nullable)


def whole_words(low: int, high: int | None, seconds: bool, nullable: bool) -> tuple[str, str]:
    """What a whole-number field must be: (the technical line's words, a person's words)."""
    technical = f"a whole number from {low} to {high:,}" if high is not None else f"a whole number ≥ {low}"
    if high is None:
        said = words(QT_TRANSLATE_NOOP("Import", "a whole number of seconds, {low} or more"), low=low) \
            if seconds else words(QT_TRANSLATE_NOOP("Import", "a whole number, {low} or more"), low=low)
    elif seconds:
        said = words(QT_TRANSLATE_NOOP("Import", "a whole number of seconds from {low} to {high}"), low=low,
                     high=f"{high:,}")
    else:
        said = words(QT_TRANSLATE_NOOP("Import", "a whole number from {low} to {high}"), low=low,
                     high=f"{high:,}")
    return technical + (" or null" if nullable else ""), or_null(said, nullable)


def missing_field(key: str) -> str:
    return words(QT_TRANSLATE_NOOP("Import", 'the field "{key}" is missing'), key=key)


def listed_twice(value: str) -> str:
    return words(QT_TRANSLATE_NOOP("Import", '"{value}" is listed twice'), value=value)


def same_id(value: str, other: str) -> str:
    return words(QT_TRANSLATE_NOOP("Import", '"{value}" is the same id as {other}'), value=value, other=other)


def place_and_field(path: str) -> tuple[str, str]:
    """("session 4, stage 2", "the time spent") for ``sessions[3].stages[1].actual_seconds``."""
    places: list[str] = []
    field: str = ""
    for step in path.split("."):
        match = _STEP.fullmatch(step)
        if match is None:
            return path, ""
        name, index = match.group(1), match.group(2)
        if index is not None:
            item = _ITEMS.get(name)
            places.append(words(item, number=int(index) + 1) if item is not None
                          else f"{name} {int(index) + 1}")
            field = ""
        else:
            field = FIELDS.get(name, f'"{name}"')
    place: str = places[0] if places else _THE_FILE
    for more in places[1:]:
        place = words(QT_TRANSLATE_NOOP("Import", "{place}, {more}"), place=place, more=more)
    return place, field


def _expectation(field: str, expected: str) -> str:
    """A plain line's expectation in a person's words (only for a problem that is not a
    :class:`Problem`: the checker's own give theirs)."""
    if expected.startswith("a whole number") and field in [FIELDS[name] for name in SECONDS_FIELDS]:
        expected = expected.replace("a whole number", "a whole number of seconds", 1)
    return expected.replace("≥ 0", "0 or more").replace("≥ 1", "1 or more")


def in_words(problem: str) -> str:
    """``problem`` (a :class:`Problem`, or a line ``path: detail`` as the checker writes it) in plain
    words, counted from 1."""
    if isinstance(problem, Problem):
        path, detail, expected, value = problem.path, problem.detail, problem.expected, problem.value
    else:
        path, sep, detail = problem.partition(": ")
        if not sep:
            return problem
        found = re.fullmatch(r"expected (.*), got (.*)", detail, re.DOTALL)
        expected, value = (found.group(1), found.group(2)) if found else (None, "")
    if path == "the file":
        return words(QT_TRANSLATE_NOOP("Import", "{place}: {detail}"), place=_THE_FILE, detail=detail)
    if not _PATH.match(path):
        return problem
    place, field = place_and_field(path)
    missing = re.fullmatch(r'the field "([a-z_]+)" is missing', str(detail))
    if missing:
        name = missing.group(1)
        return words(QT_TRANSLATE_NOOP("Import", "{place}: {field} is missing"), place=place,
                     field=FIELDS.get(name, name))
    if expected is not None:
        if not isinstance(problem, Problem):
            expected = _expectation(field, expected)
        if field:
            return words(QT_TRANSLATE_NOOP("Import", "{place}: {field} must be {expected} (the file has "
                                           "{value})"), place=place, field=field, expected=expected,
                         value=value)
        return words(QT_TRANSLATE_NOOP("Import", "{place}: this must be {expected} (the file has {value})"),
                     place=place, expected=expected, value=value)
    if str(detail).startswith(_IS_DETAILS):
        if field:
            return words(QT_TRANSLATE_NOOP("Import", "{place}: {field} is {detail}"), place=place,
                         field=field, detail=detail)
        return words(QT_TRANSLATE_NOOP("Import", "{place}: this is {detail}"), place=place, detail=detail)
    if field:
        return words(QT_TRANSLATE_NOOP("Import", "{place}, {field}: {detail}"), place=place, field=field,
                     detail=detail)
    return words(QT_TRANSLATE_NOOP("Import", "{place}: {detail}"), place=place, detail=detail)


class ImportProblems(Exception):
    """The file cannot be imported; ``problems`` lists every reason in words, in file order, and
    ``technical`` the same with each one's exact path in the file (counted from 0)."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.technical = list(problems)
        self.problems = [in_words(p) for p in problems]
        super().__init__("\n".join(self.problems))
