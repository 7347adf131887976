"""Ages in the window's own (translatable) words.

The core works the numbers out (:func:`touchtimer.core.babies.ages.age_words`); this module only puts
them into words through Qt's translation.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from touchtimer.core.babies.ages import Baby, Span, age_words
from touchtimer.ui.widgets.texts import counted


def _t(text: str) -> str:
    return QCoreApplication.translate("AgeText", text)


class AgeText(QObject):
    """The plural forms (Qt's ``%n``; lupdate marks them only when asked for through ``tr``)."""

    def days(self, n: int) -> str:
        return counted(self.tr("%n day(s)", "", n), n)

    def weeks(self, n: int) -> str:
        return counted(self.tr("%n week(s)", "", n), n)

    def months(self, n: int) -> str:
        return counted(self.tr("%n month(s)", "", n), n)

    def years(self, n: int) -> str:
        return counted(self.tr("%n year(s)", "", n), n)


def span_text(span: Span) -> str:
    """"5 weeks", "1 year 2 months"."""
    words = AgeText()
    if span.unit == "days":
        return words.days(span.count)
    if span.unit == "weeks":
        return words.weeks(span.count)
    if span.unit == "months":
        return words.months(span.count)
    years = words.years(span.count)
    if not span.extra_months:
        return years
    months = words.months(span.extra_months)
    return QCoreApplication.translate("AgeText", "%1 %2").replace("%1", years).replace("%2", months)


def age_text(baby: Baby, today: date) -> str:
    """"5 weeks (3 weeks corrected)", "4 days (due in 6 weeks)", "2 years 1 month"."""
    words = age_words(baby, today)
    actual = span_text(words.actual)
    if words.corrected is not None:
        return QCoreApplication.translate(
            "AgeText", "%1 (%2 corrected)").replace("%1", actual).replace("%2", span_text(words.corrected))
    if words.due_in is not None:
        return QCoreApplication.translate(
            "AgeText", "%1 (due in %2)").replace("%1", actual).replace("%2", span_text(words.due_in))
    if words.due_today:
        return QCoreApplication.translate("AgeText", "%1 (due date today)").replace("%1", actual)
    return actual
