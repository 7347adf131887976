"""One set of limits for everything touchtimer keeps, shared by the window, ``check``, export and
import, so that whatever can be saved can be exported and imported back (a property test holds
them to it: ``tests/core/history/test_import_limits.py``).

They are far beyond anything real (a note of 20,000 characters is ten pages) and exist so that a
file cannot carry a value that breaks the history later: a date so early or late that turning it
into local time overflows in some time zone, a number SQLite cannot store (2^63 and more), text
with a lone surrogate that no UTF-8 file or SQLite text can hold.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words

#: Characters in a session's note (the summary page and the history's note box stop here).
NOTE_CHARS = 20_000
#: Characters in a routine's or a stage's title (``check`` refuses longer; a session keeps them).
TITLE_CHARS = 500
#: Characters in an id (a session's, a baby's, a routine's as a session records it).
ID_CHARS = 200
#: Characters in a baby's name (the babies dialog and ``profiles.check_baby`` say so).
BABY_NAME_CHARS = 80
#: Seconds in a session or a stage: a year, far past any session, well inside SQLite's integers.
MAX_SECONDS = 366 * 24 * 3600
#: A stage's place in its session.
MAX_POSITION = 100_000
#: The first and last day a session, a birth or a due date may fall on: every moment between
#: them is a moment in every time zone, so no history, CSV or page ever overflows on it.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2999, 12, 31)
FIRST_MOMENT = datetime(1900, 1, 2, tzinfo=UTC)
LAST_MOMENT = datetime(2999, 12, 30, 23, 59, 59, tzinfo=UTC)


def text_problem(text: str, limit: int) -> str | None:
    """Why ``text`` cannot be kept (too long, a lone surrogate), in words; ``None`` if it can."""
    if len(text) > limit:
        return words(QT_TRANSLATE_NOOP("Import", "too long ({count} characters; at most {limit})"),
                     count=f"{len(text):,}", limit=f"{limit:,}")
    for i, char in enumerate(text):
        if 0xD800 <= ord(char) <= 0xDFFF:
            return words(QT_TRANSLATE_NOOP("Import", "not text that can be saved (a lone surrogate, {code}, "
                                           "at character {at})"), code=f"U+{ord(char):04X}", at=i + 1)
    return None
