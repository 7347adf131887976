"""Checking the fields of a parsed TOML table: text, numbers, choices, lists and tables, each problem
named by its file and field path with what was expected (and a "did you mean" for an unknown key).

:class:`FieldChecker` knows nothing about routines; :class:`~touchtimer.core.routines.checker.RoutineChecker`
builds on it.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words
from touchtimer.core.limits import TITLE_CHARS


@dataclass(frozen=True)
class RoutineError:
    """One problem in one routine file. ``message`` is :class:`~touchtimer.core.i18n.Words` (English as
    its value): a message that starts with "is " says something of the field ("is empty; ..."), so a
    place to show it may put the field's name before it; any other follows the name after a colon."""

    file: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.path}" if self.path else self.file
        return f"{where}: {self.message}"


def type_name(value: object) -> str:
    """What a TOML value is, in words ("a number (3)", "text ('abc')")."""
    if isinstance(value, bool):
        return QT_TRANSLATE_NOOP("RoutineFile", "true/false")
    if isinstance(value, int | float):
        return words(QT_TRANSLATE_NOOP("RoutineFile", "a number ({value})"), value=repr(value))
    if isinstance(value, str):
        return words(QT_TRANSLATE_NOOP("RoutineFile", "text ({value})"), value=repr(value[:40]))
    if isinstance(value, list):
        return QT_TRANSLATE_NOOP("RoutineFile", "a list")
    if isinstance(value, dict):
        return QT_TRANSLATE_NOOP("RoutineFile", "a table")
    return type(value).__name__


#: "expected a whole number of seconds from ... to ...", by (whole number, unit).
_WANTED = {
    (True, "seconds"): QT_TRANSLATE_NOOP("RoutineFile", "a whole number of seconds"),
    (False, "seconds"): QT_TRANSLATE_NOOP("RoutineFile", "a number of seconds"),
    (True, "minutes"): QT_TRANSLATE_NOOP("RoutineFile", "a whole number of minutes"),
    (False, "minutes"): QT_TRANSLATE_NOOP("RoutineFile", "a number of minutes"),
    (True, "weeks"): QT_TRANSLATE_NOOP("RoutineFile", "a whole number of weeks"),
    (False, "weeks"): QT_TRANSLATE_NOOP("RoutineFile", "a number of weeks"),
}


#: Text keys that must stay on one line (an id, a title, a source); other text may hold line breaks and tabs.
ONE_LINE_KEYS = frozenset({"id", "title", "source"})

Unit = Literal["seconds", "minutes", "weeks"]

#: Every character Unicode calls a control (category Cc: C0, DEL and C1), line breaks and tabs too.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _control_character(text: str, *, one_line: bool) -> str:
    """A message for the first control character in ``text`` (NUL, bell, escape...), or ``""``.

    Line breaks and tabs are fine in longer text; a one-line field refuses them too.
    """
    if not _CONTROLS.search(text):          # nearly all text: no need to look at each character
        return ""
    allowed = "" if one_line else "\n\t"
    for i, char in enumerate(text):
        if unicodedata.category(char) == "Cc" and char not in allowed:
            name = {"\n": QT_TRANSLATE_NOOP("RoutineFile", "a line break"),
                    "\t": QT_TRANSLATE_NOOP("RoutineFile", "a tab")}.get(char) or words(
                QT_TRANSLATE_NOOP("RoutineFile", "the control character {code}"), code=f"U+{ord(char):04X}")
            if one_line:
                return words(QT_TRANSLATE_NOOP(
                    "RoutineFile", "contains {name} at character {position}; expected one line of plain "
                    "text"),
                    name=name, position=i + 1)
            return words(QT_TRANSLATE_NOOP(
                "RoutineFile", "contains {name} at character {position}; expected plain text "
                "(line breaks and tabs are fine)"), name=name, position=i + 1)
    return ""


def _bound(value: float, unit: Unit) -> str:
    """A range end as a person reads it: "1 second (0.02)", "24 hours (1440)", "2 years (104)", "0"."""
    figure = f"{value:g}" if value == int(value) else f"{value:.2f}"
    seconds = value * 60 if unit == "minutes" else value if unit == "seconds" else None
    if unit == "minutes" and 0 < value < 1:
        return words(QT_TRANSLATE_NOOP("RoutineFile", "%n second(s) ({figure})", None, 0),
                     round(value * 60), figure=figure)
    if seconds is not None and seconds >= 3600 and seconds % 3600 == 0:
        return words(QT_TRANSLATE_NOOP("RoutineFile", "%n hour(s) ({figure})", None, 0),
                     int(seconds // 3600), figure=figure)
    if unit == "weeks" and value >= 52 and value % 52 == 0:
        return words(QT_TRANSLATE_NOOP("RoutineFile", "%n year(s) ({figure})", None, 0),
                     int(value // 52), figure=figure)
    return figure


class FieldChecker:
    """Walks one parsed TOML document, collecting errors as it builds the routine."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.errors: list[RoutineError] = []

    def error(self, path: str, message: str) -> None:
        self.errors.append(RoutineError(self.file, path, message))

    def unknown_keys(self, table: dict[str, Any], allowed: Iterable[str], path: str) -> None:
        allowed = list(allowed)
        for key in table:
            if key in allowed:
                continue
            where = f"{path}.{key}" if path else key
            hint = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            if hint:
                self.error(where, words(QT_TRANSLATE_NOOP(
                    "RoutineFile", "unknown key; did you mean '{key}'?"), key=hint[0]))
            else:
                self.error(where, words(QT_TRANSLATE_NOOP(
                    "RoutineFile", "unknown key; expected one of: {keys}"), keys=", ".join(allowed)))

    def text(self, table: dict[str, Any], key: str, path: str, *, required: bool = True) -> str | None:
        where = f"{path}.{key}" if path else key
        if key not in table:
            if required:
                self.error(where, QT_TRANSLATE_NOOP("RoutineFile", "is missing; expected text"))
            return None
        value = table[key]
        if not isinstance(value, str):
            self.error(where, words(QT_TRANSLATE_NOOP("RoutineFile", "expected text, got {got}"),
                                    got=type_name(value)))
            return None
        if not value.strip():
            self.error(where, QT_TRANSLATE_NOOP("RoutineFile", "is empty; expected some text"))
            return None
        if problem := _control_character(value, one_line=key in ONE_LINE_KEYS):
            self.error(where, problem)
            return None
        if key == "title" and len(value.strip()) > TITLE_CHARS:
            # A session keeps its routine's and stages' titles; one set of limits for all that is kept.
            self.error(where, words(QT_TRANSLATE_NOOP(
                "RoutineFile", "is {length} characters long; a title can be at most {limit} characters"),
                length=f"{len(value.strip()):,}", limit=TITLE_CHARS))
            return None
        return value.strip()

    def boolean(self, table: dict[str, Any], key: str, path: str) -> bool:
        where = f"{path}.{key}" if path else key
        value = table.get(key, False)
        if not isinstance(value, bool):
            self.error(where, words(QT_TRANSLATE_NOOP("RoutineFile", "expected true or false, got {got}"),
                                    got=type_name(value)))
            return False
        return value

    def number(
        self, table: dict[str, Any], key: str, path: str, *, minimum: float, maximum: float,
        unit: Unit, integer: bool = False, required: bool = False,
    ) -> float | None:
        where = f"{path}.{key}" if path else key
        if key not in table:
            if required:
                self.error(where, QT_TRANSLATE_NOOP("RoutineFile", "is missing; expected a number"))
            return None
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            wanted = QT_TRANSLATE_NOOP("RoutineFile", "expected a whole number, got {got}") if integer \
                else QT_TRANSLATE_NOOP("RoutineFile", "expected a number, got {got}")
            self.error(where, words(wanted, got=type_name(value)))
            return None
        if integer and not isinstance(value, int):
            self.error(where, words(QT_TRANSLATE_NOOP("RoutineFile", "expected a whole number, got {got}"),
                                    got=repr(value)))
            return None
        if value != value or not minimum <= value <= maximum:  # NaN fails the first test
            self.error(where, words(QT_TRANSLATE_NOOP(
                "RoutineFile", "{value} is out of range; expected {wanted} from {low} to {high}"),
                value=repr(value), wanted=_WANTED[integer, unit], low=_bound(minimum, unit),
                high=_bound(maximum, unit)))
            return None
        return float(value)

    def choice(self, table: dict[str, Any], key: str, path: str, options: tuple[str, ...],
               *, required: bool) -> str | None:
        where = f"{path}.{key}" if path else key
        if key not in table:
            if required:
                self.error(where, words(QT_TRANSLATE_NOOP(
                    "RoutineFile", "is missing; expected one of: {options}"), options=", ".join(options)))
            return None
        value = table[key]
        if not isinstance(value, str) or value not in options:
            close = difflib.get_close_matches(value, options, n=1, cutoff=0.6) \
                if isinstance(value, str) else []
            if close:
                self.error(where, words(QT_TRANSLATE_NOOP(
                    "RoutineFile", "got {got}; expected one of: {options}; did you mean '{hint}'?"),
                    got=type_name(value), options=", ".join(options), hint=close[0]))
            else:
                self.error(where, words(QT_TRANSLATE_NOOP(
                    "RoutineFile", "got {got}; expected one of: {options}"), got=type_name(value),
                    options=", ".join(options)))
            return None
        return value

    def text_list(self, table: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
        where = f"{path}.{key}" if path else key
        value = table.get(key, [])
        if not isinstance(value, list):
            self.error(where, words(QT_TRANSLATE_NOOP("RoutineFile", "expected a list of text, got {got}"),
                                    got=type_name(value)))
            return ()
        out: list[str] = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.error(f"{where}[{i}]", words(QT_TRANSLATE_NOOP(
                    "RoutineFile", "expected non-empty text, got {got}"), got=type_name(item)))
            elif problem := _control_character(item, one_line=False):
                self.error(f"{where}[{i}]", problem)
            else:
                out.append(item.strip())
        return tuple(out)

    def tables(self, table: dict[str, Any], key: str, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
        where = f"{path}.{key}" if path else key
        value = table.get(key, [])
        if not isinstance(value, list):
            self.error(where, words(QT_TRANSLATE_NOOP(
                "RoutineFile", "expected a list of tables ([[{where}]]), got {got}"), where=where,
                got=type_name(value)))
            return
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                self.error(f"{where}[{i}]", words(QT_TRANSLATE_NOOP(
                    "RoutineFile", "expected a table, got {got}"), got=type_name(item)))
                continue
            yield f"{where}[{i}]", item

    # -- the parts of a routine ------------------------------------------------------------

