"""Short shared wording for the window: time, age and kind labels.

The safety wording (emergency screen, check-in) lives in ``touchtimer.core.safety`` alone.

Every string goes through ``QCoreApplication.translate`` so the app can be translated later.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from touchtimer.core.routines import Certainty, Kind, Routine


def _t(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


def kind_label(kind: Kind | str) -> str:
    return _t("Skin-to-skin") if kind == "skin_to_skin" else _t("Massage")


def certainty_label(certainty: Certainty | str) -> str:
    labels = {
        "high": _t("high certainty"),
        "moderate": _t("moderate certainty"),
        "low": _t("low certainty"),
        "very low": _t("very low certainty"),
        "guidance": _t("guidance, not a trial result"),
    }
    return labels.get(certainty, certainty)


def clock_text(seconds: float) -> str:
    """A timer face: "4:05", or "1:02:09" past an hour."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def minutes_text(seconds: float) -> str:
    """A length in words: "45 s", "9 min", "1 h 5 min"."""
    whole = max(0, round(seconds))
    if whole < 60:
        return _t("{0} s").format(whole)
    minutes, secs = divmod(whole, 60)
    if secs and minutes < 10:
        return _t("{0} min {1} s").format(minutes, secs)
    minutes = round(whole / 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return _t("{0} h {1} min").format(hours, minutes) if minutes else _t("{0} h").format(hours)
    return _t("{0} min").format(minutes)


def length_text(routine: Routine) -> str:
    total = routine.total_seconds
    return _t("open-ended") if total is None else minutes_text(total)


def weeks_text(weeks: int) -> str:
    if weeks < 9:
        return _t("{0} weeks").format(weeks) if weeks != 1 else _t("1 week")
    if weeks < 104:
        return _t("{0} months").format(max(2, round(weeks * 7 / 30.44)))
    return _t("2 years")


def age_range_text(routine: Routine) -> str:
    low = _t("birth") if routine.min_age_weeks == 0 else weeks_text(routine.min_age_weeks)
    return _t("{0} to {1}").format(low, weeks_text(routine.max_age_weeks))
