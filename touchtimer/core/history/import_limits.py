"""The limits an import is held to: those of ``core/limits.py``, which the window, ``check`` and
export share, so that anything touchtimer saved imports back and nothing imported breaks it later.

Kept apart from the shape checks in ``import_check`` so that each stays easy to read; each function
returns the problem's detail in the checker's own form (``"too late (...)"``), or ``None``.
"""

from __future__ import annotations

from datetime import date, datetime

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words
from touchtimer.core.limits import (
    FIRST_DAY,
    FIRST_MOMENT,
    ID_CHARS,
    LAST_DAY,
    LAST_MOMENT,
    MAX_POSITION,
    MAX_SECONDS,
    NOTE_CHARS,
    TITLE_CHARS,
)


def highest(where: str) -> int | None:
    """The largest whole number the field at ``where`` may hold (seconds, a stage's place)."""
    field = where.rsplit(".", 1)[-1]
    if field.endswith("seconds"):
        return MAX_SECONDS
    if field == "position":
        return MAX_POSITION
    return None


def text_limit(where: str) -> int:
    """How many characters the text at ``where`` may hold."""
    field = where.rsplit(".", 1)[-1].split("[", 1)[0]
    if field in ("title", "routine_title"):
        return TITLE_CHARS
    if field in ("id", "routine_id", "baby_ids"):
        return ID_CHARS
    return NOTE_CHARS


def day_problem(day: date) -> str | None:
    if day < FIRST_DAY:
        return words(QT_TRANSLATE_NOOP("Import", "too early ({day}; the earliest day touchtimer keeps is "
                                       "{first})"),
                     day=day.isoformat(), first=FIRST_DAY.isoformat())
    if day > LAST_DAY:
        return words(QT_TRANSLATE_NOOP("Import", "too late ({day}; the latest day touchtimer keeps is "
                                       "{last})"),
                     day=day.isoformat(), last=LAST_DAY.isoformat())
    return None


def moment_problem(text: str, parsed: datetime, utc: datetime | None) -> str | None:
    """``parsed`` is the moment read from ``text``, ``utc`` the same in UTC (``None`` when it
    cannot even be turned into UTC: year 1 with an offset east of UTC, year 9999 west of it)."""
    early = words(QT_TRANSLATE_NOOP("Import", "too early ({moment}; the earliest moment touchtimer keeps is "
                                    "{first})"), moment=text, first=FIRST_MOMENT.date().isoformat())
    late = words(QT_TRANSLATE_NOOP("Import", "too late ({moment}; the latest moment touchtimer keeps is "
                                   "{last})"),
                 moment=text, last=LAST_MOMENT.date().isoformat())
    if utc is None:
        return early if parsed.year < 5000 else late
    if utc < FIRST_MOMENT:
        return early
    if utc > LAST_MOMENT:
        return late
    return None
