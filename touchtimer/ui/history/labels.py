"""Translated words for what the history shows: kinds, statuses, responses, minutes, days."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from touchtimer.ui.widgets.texts import minutes_text


def kind_label(kind: str) -> str:
    return {
        "skin_to_skin": QCoreApplication.translate("History", "Skin-to-skin"),
        "massage": QCoreApplication.translate("History", "Massage"),
    }.get(kind, kind)


def status_label(status: str) -> str:
    return {
        "completed": QCoreApplication.translate("History", "completed"),
        "ended_early": QCoreApplication.translate("History", "ended early"),
        "interrupted": QCoreApplication.translate("History", "interrupted"),
    }.get(status, status)


def stage_status_label(status: str) -> str:
    return {
        "done": QCoreApplication.translate("History", "done"),
        "skipped": QCoreApplication.translate("History", "skipped"),
        "stopped": QCoreApplication.translate("History", "stopped early"),
        "not_reached": QCoreApplication.translate("History", "not reached"),
    }.get(status, status)


def stage_outcome_label(status: str, actual_seconds: int) -> str:
    """How a stage went, kindly: "done", "moved on after 11 s", "stopped early", "not reached".

    A stage moved on from early is stored as ``skipped``; this only changes how it is said. Its time is
    a length in words, like every other length outside the running clock (:func:`minutes_label`).
    """
    if status == "skipped":
        if actual_seconds <= 0:
            return QCoreApplication.translate("History", "moved on straight away")
        return QCoreApplication.translate("History", "moved on after %1").replace(
            "%1", minutes_text(actual_seconds))
    return stage_status_label(status)


def response_label(response: str | None) -> str:
    if response is None:
        return QCoreApplication.translate("History", "not noted")
    return {
        "calm": QCoreApplication.translate("History", "calm"),
        "fussy": QCoreApplication.translate("History", "fussy"),
        "fell_asleep": QCoreApplication.translate("History", "fell asleep"),
        "cried": QCoreApplication.translate("History", "cried"),
    }.get(response, response)


def mood_label(mood: int | None) -> str:
    if mood is None:
        return QCoreApplication.translate("History", "not noted")
    return QCoreApplication.translate("History", "%1 of 5").replace("%1", str(mood))


def minutes_label(seconds: float) -> str:
    """A session's time or a total: the window's one wording for lengths ("9 min 30 s", "1 h 5 min")."""
    return minutes_text(seconds)


def seconds_label(seconds: int | None) -> str:
    """A stage length: "2 min 30 s", "45 s"; ``None`` is open-ended."""
    if seconds is None:
        return QCoreApplication.translate("History", "open-ended")
    return minutes_text(seconds)


def day_label(day: date, today: date | None = None) -> str:
    """ "Today", "Yesterday", or the weekday and date in the reader's language."""
    if today is not None:
        if day == today:
            return QCoreApplication.translate("History", "Today")
        if (today - day).days == 1:
            return QCoreApplication.translate("History", "Yesterday")
    qdate = QDate(day.year, day.month, day.day)
    fmt = "dddd d MMMM" if today is None or day.year == today.year else "dddd d MMMM yyyy"
    return QLocale().toString(qdate, fmt)


def short_day_label(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def time_label(moment: datetime) -> str:
    """A local wall time ("21:05" or "9:05 PM", as the reader's language writes it)."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
