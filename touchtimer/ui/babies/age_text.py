"""Ages in the window's own (translatable) words.

The core works the numbers out (:func:`touchtimer.core.babies.ages.age_words`); this module only puts
them into words through Qt's translation.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from touchtimer.core.babies.ages import Baby, Span, age_words


def _t(text: str) -> str:
    return QCoreApplication.translate("AgeText", text)


def _count(count: int, one: str, many: str) -> str:
    return _t(one if count == 1 else many).replace("%1", str(count))


def span_text(span: Span) -> str:
    """"5 weeks", "1 year 2 months"."""
    if span.unit == "days":
        return _count(span.count, "%1 day", "%1 days")
    if span.unit == "weeks":
        return _count(span.count, "%1 week", "%1 weeks")
    if span.unit == "months":
        return _count(span.count, "%1 month", "%1 months")
    years = _count(span.count, "%1 year", "%1 years")
    if not span.extra_months:
        return years
    months = _count(span.extra_months, "%1 month", "%1 months")
    return _t("%1 %2").replace("%1", years).replace("%2", months)


def age_text(baby: Baby, today: date) -> str:
    """"5 weeks (3 weeks corrected)", "4 days (due in 6 weeks)", "2 years 1 month"."""
    words = age_words(baby, today)
    actual = span_text(words.actual)
    if words.corrected is not None:
        return _t("%1 (%2 corrected)").replace("%1", actual).replace("%2", span_text(words.corrected))
    if words.due_in is not None:
        return _t("%1 (due in %2)").replace("%1", actual).replace("%2", span_text(words.due_in))
    if words.due_today:
        return _t("%1 (due date today)").replace("%1", actual)
    return actual
