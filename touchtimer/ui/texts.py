"""Short shared wording for the window: time and kind labels, and the fallback safety texts.

Every string goes through ``QCoreApplication.translate`` so the app can be translated later.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from touchtimer.core.routines import Certainty, Kind, Routine


def _t(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


def emergency_title() -> str:
    """Fallback title of the emergency screen, used until richer safety texts are wired in."""
    return _t("If your baby needs help")


def emergency_body() -> str:
    """Fallback body of the emergency screen: one clear instruction first, then what to do."""
    return _t(
        "If your baby is blue or very pale, floppy, or not breathing: "
        "call your local emergency number now.\n\n"
        "Lay your baby on their back on a firm, flat surface and follow the call handler.\n\n"
        "If you feel sleepy, lay your baby on their back in their cot, "
        "or hand them to an adult who is awake."
    )


def checkin_title() -> str:
    return _t("A moment for you")


def checkin_body() -> str:
    """Fallback parent check-in: gentle, never scored, never forced."""
    return _t(
        "How have you been lately? Looking after a baby is hard work, and low days are common.\n\n"
        "If you have felt down or hopeless, or have lost interest in things for a couple of weeks, "
        "please talk to your doctor, midwife or health visitor. You deserve support too."
    )


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
