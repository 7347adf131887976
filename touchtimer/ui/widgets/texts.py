"""Short shared wording for the window: its words for things, lengths of time, ages and kinds.

One function says each thing, so every page says it the same way (the glossary in docs/window.md):

* :func:`term` names things: "Daily target", and the parts of a routine, "Before you begin",
  "Keep it safe", "Not today if…";
* :func:`minutes_text` says any length in words ("45 s", "9 min 30 s", "1 h 5 min"); only a running
  clock shows "4:05" (:func:`clock_text`, :func:`remaining_clock_text`);
* a baby's age is :func:`touchtimer.ui.babies.age_text.age_text` ("2 months (6 weeks corrected)");
* a stage's name is :func:`stage_name`, in quotes, so "Back" never reads like the Back button.

The safety wording (emergency screen, check-in) lives in ``touchtimer.core.safety`` alone.

Every string goes through ``QCoreApplication.translate`` so the app can be translated later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from touchtimer.core.durations import clock_face, elapsed_whole, length_parts, remaining_whole
from touchtimer.core.routines.model import Certainty, Kind, Routine

if TYPE_CHECKING:
    from touchtimer.core.babies.ages import Recommendation


def _t(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


def term(key: str) -> str:
    """The window's one word for ``key``: "daily_target", or a part of a routine ("preparation",
    "safety", "when_not_to")."""
    terms = {
        "daily_target": QCoreApplication.translate("Texts", "Daily target"),
        "preparation": QCoreApplication.translate("Texts", "Before you begin"),
        "safety": QCoreApplication.translate("Texts", "Keep it safe"),
        "when_not_to": QCoreApplication.translate("Texts", "Not today if…"),
    }
    return terms[key]


def stage_name(title: str) -> str:
    """A stage's name as text shows it: in quotes, apart from the commands around it (“Back”)."""
    return QCoreApplication.translate("Texts", "“{0}”").format(title)
def counted(text: str, n: int) -> str:
    """A ``tr("%n week(s)", "", n)`` result: the translation's own plural form, or, for English (which
    has no translation file), "1 week" / "3 weeks" from the source's "(s)"."""
    return text.replace("(s)", "" if n == 1 else "s")


class Texts(QObject):
    """The plural forms of this module. lupdate marks a text as having plural forms only when it is
    asked for through ``tr(text, "", n)`` on an object, so they live here, in the "Texts" context."""

    def weeks(self, n: int) -> str:
        return counted(self.tr("%n week(s)", "", n), n)

    def months(self, n: int) -> str:
        return counted(self.tr("%n month(s)", "", n), n)

    def years(self, n: int) -> str:
        return counted(self.tr("%n year(s)", "", n), n)


_texts: list[Texts] = []


def plurals() -> Texts:
    if not _texts:
        _texts.append(Texts())
    return _texts[0]


def kind_label(kind: Kind | str) -> str:
    return QCoreApplication.translate(
        "Texts", "Skin-to-skin") if kind == "skin_to_skin" else QCoreApplication.translate("Texts", "Massage")


def certainty_label(certainty: Certainty | str) -> str:
    labels = {
        "high": QCoreApplication.translate("Texts", "high certainty"),
        "moderate": QCoreApplication.translate("Texts", "moderate certainty"),
        "low": QCoreApplication.translate("Texts", "low certainty"),
        "very low": QCoreApplication.translate("Texts", "very low certainty"),
        "guidance": QCoreApplication.translate("Texts", "guidance, not a trial result"),
    }
    return labels.get(certainty, certainty)


def clock_text(seconds: float) -> str:
    """A timer face counting up: "4:05", or "1:02:09" past an hour (whole seconds passed)."""
    return clock_face(elapsed_whole(seconds))


def remaining_clock_text(seconds: float) -> str:
    """A timer face counting down: rounded up, so "0:00" shows only when no time is left."""
    return clock_face(remaining_whole(seconds))


def minutes_text(seconds: float) -> str:
    """A length in words, by the one rule of ``touchtimer.core.durations.length_parts``:
    "45 s", "9 min 30 s", "12 min", "1 h", "1 h 5 min"."""
    parts = length_parts(seconds)
    if parts.hours:
        if parts.minutes:
            return QCoreApplication.translate("Texts", "{0} h {1} min").format(parts.hours, parts.minutes)
        return QCoreApplication.translate("Texts", "{0} h").format(parts.hours)
    if not parts.minutes:
        return QCoreApplication.translate("Texts", "{0} s").format(parts.seconds)
    if parts.seconds:
        return QCoreApplication.translate("Texts", "{0} min {1} s").format(parts.minutes, parts.seconds)
    return QCoreApplication.translate("Texts", "{0} min").format(parts.minutes)


def length_text(routine: Routine) -> str:
    total = routine.total_seconds
    return QCoreApplication.translate("Texts", "open-ended") if total is None else minutes_text(total)


def weeks_text(weeks: int) -> str:
    if weeks < 9:
        return plurals().weeks(weeks)
    if weeks < 104:
        return plurals().months(max(2, round(weeks * 7 / 30.44)))
    return plurals().years(2)


def reason_text(rec: Recommendation) -> str:
    """Why a routine may not fit a baby, or a caution for one that does, in the window's words
    (the core's ``reason`` is English; its ``code`` and ``weeks`` say which reason it is)."""
    if rec.code == "too_young" and rec.weeks is not None:
        return QCoreApplication.translate("Texts", "for babies from %1").replace("%1", weeks_text(rec.weeks))
    if rec.code == "too_old" and rec.weeks is not None:
        return QCoreApplication.translate("Texts", "for babies up to %1").replace("%1", weeks_text(rec.weeks))
    return QCoreApplication.translate("Recommendation", rec.reason)


def age_range_text(routine: Routine) -> str:
    low = QCoreApplication.translate(
        "Texts", "birth") if routine.min_age_weeks == 0 else weeks_text(routine.min_age_weeks)
    return QCoreApplication.translate("Texts", "{0} to {1}").format(low, weeks_text(routine.max_age_weeks))


def names_text(names: list[str]) -> str:
    """Who a session is for, in words: "Ada", "Ada and Ben" ("" when no one was chosen)."""
    if len(names) >= 2:
        return QCoreApplication.translate("Texts", "{0} and {1}").format(", ".join(names[:-1]), names[-1])
    return names[0] if names else ""
