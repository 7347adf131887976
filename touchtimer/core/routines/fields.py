"""Checking the fields of a parsed TOML table: text, numbers, choices, lists and tables, each problem
named by its file and field path with what was expected (and a "did you mean" for an unknown key).

:class:`FieldChecker` knows nothing about routines; :class:`~touchtimer.core.routines.checker.RoutineChecker`
builds on it.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from touchtimer.core.limits import TITLE_CHARS


@dataclass(frozen=True)
class RoutineError:
    """One problem in one routine file."""

    file: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.path}" if self.path else self.file
        return f"{where}: {self.message}"


def type_name(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"a number ({value!r})"
    if isinstance(value, str):
        return f"text ({value[:40]!r})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


#: Text keys that must stay on one line (an id, a title, a source); other text may hold line breaks and tabs.
ONE_LINE_KEYS = frozenset({"id", "title", "source"})

Unit = Literal["seconds", "minutes", "weeks"]


def _control_character(text: str, *, one_line: bool) -> str:
    """A message for the first control character in ``text`` (NUL, bell, escape...), or ``""``.

    Line breaks and tabs are fine in longer text; a one-line field refuses them too.
    """
    allowed = "" if one_line else "\n\t"
    for i, char in enumerate(text):
        if unicodedata.category(char) == "Cc" and char not in allowed:
            name = {"\n": "a line break", "\t": "a tab"}.get(char, f"the control character U+{ord(char):04X}")
            if one_line:
                return f"contains {name} at character {i + 1}; expected one line of plain text"
            return (f"contains {name} at character {i + 1}; expected plain text "
                    "(line breaks and tabs are fine)")
    return ""


def _bound(value: float, unit: Unit) -> str:
    """A range end as a person reads it: "1 second (0.02)", "24 hours (1440)", "2 years (104)", "0"."""
    figure = f"{value:g}" if value == int(value) else f"{value:.2f}"
    seconds = value * 60 if unit == "minutes" else value if unit == "seconds" else None
    words = ""
    if unit == "minutes" and 0 < value < 1:
        words = f"{round(value * 60)} second" + ("" if round(value * 60) == 1 else "s")
    elif seconds is not None and seconds >= 3600 and seconds % 3600 == 0:
        hours = int(seconds // 3600)
        words = f"{hours} hour" + ("" if hours == 1 else "s")
    elif unit == "weeks" and value >= 52 and value % 52 == 0:
        years = int(value // 52)
        words = f"{years} year" + ("" if years == 1 else "s")
    return f"{words} ({figure})" if words else figure


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
                self.error(where, f"unknown key; did you mean '{hint[0]}'?")
            else:
                self.error(where, f"unknown key; expected one of: {', '.join(allowed)}")

    def text(self, table: dict[str, Any], key: str, path: str, *, required: bool = True) -> str | None:
        where = f"{path}.{key}" if path else key
        if key not in table:
            if required:
                self.error(where, "is missing; expected text")
            return None
        value = table[key]
        if not isinstance(value, str):
            self.error(where, f"expected text, got {type_name(value)}")
            return None
        if not value.strip():
            self.error(where, "is empty; expected some text")
            return None
        if problem := _control_character(value, one_line=key in ONE_LINE_KEYS):
            self.error(where, problem)
            return None
        if key == "title" and len(value.strip()) > TITLE_CHARS:
            # A session keeps its routine's and stages' titles; one set of limits for all that is kept.
            self.error(where, f"is {len(value.strip()):,} characters long; a title can be at most "
                       f"{TITLE_CHARS} characters")
            return None
        return value.strip()

    def boolean(self, table: dict[str, Any], key: str, path: str) -> bool:
        where = f"{path}.{key}" if path else key
        value = table.get(key, False)
        if not isinstance(value, bool):
            self.error(where, f"expected true or false, got {type_name(value)}")
            return False
        return value

    def number(
        self, table: dict[str, Any], key: str, path: str, *, minimum: float, maximum: float,
        unit: Unit, integer: bool = False, required: bool = False,
    ) -> float | None:
        where = f"{path}.{key}" if path else key
        if key not in table:
            if required:
                self.error(where, "is missing; expected a number")
            return None
        value = table[key]
        wanted = "a whole number" if integer else "a number"
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.error(where, f"expected {wanted}, got {type_name(value)}")
            return None
        if integer and not isinstance(value, int):
            self.error(where, f"expected a whole number, got {value!r}")
            return None
        if value != value or not minimum <= value <= maximum:  # NaN fails the first test
            self.error(where, f"{value!r} is out of range; expected {wanted} of {unit} "
                       f"from {_bound(minimum, unit)} to {_bound(maximum, unit)}")
            return None
        return float(value)

    def choice(self, table: dict[str, Any], key: str, path: str, options: tuple[str, ...],
               *, required: bool) -> str | None:
        where = f"{path}.{key}" if path else key
        if key not in table:
            if required:
                self.error(where, f"is missing; expected one of: {', '.join(options)}")
            return None
        value = table[key]
        if not isinstance(value, str) or value not in options:
            hint = ""
            if isinstance(value, str):
                close = difflib.get_close_matches(value, options, n=1, cutoff=0.6)
                hint = f"; did you mean '{close[0]}'?" if close else ""
            self.error(where, f"got {type_name(value)}; expected one of: {', '.join(options)}{hint}")
            return None
        return value

    def text_list(self, table: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
        where = f"{path}.{key}" if path else key
        value = table.get(key, [])
        if not isinstance(value, list):
            self.error(where, f"expected a list of text, got {type_name(value)}")
            return ()
        out: list[str] = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.error(f"{where}[{i}]", f"expected non-empty text, got {type_name(item)}")
            elif problem := _control_character(item, one_line=False):
                self.error(f"{where}[{i}]", problem)
            else:
                out.append(item.strip())
        return tuple(out)

    def tables(self, table: dict[str, Any], key: str, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
        where = f"{path}.{key}" if path else key
        value = table.get(key, [])
        if not isinstance(value, list):
            self.error(where, f"expected a list of tables ([[{where}]]), got {type_name(value)}")
            return
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                self.error(f"{where}[{i}]", f"expected a table, got {type_name(item)}")
                continue
            yield f"{where}[{i}]", item

    # -- the parts of a routine ------------------------------------------------------------

