"""Looking back: sessions by local day, and gentle daily totals.

Days are local days. A session that runs past local midnight counts its minutes on each day it
touched: the minutes it actually lasted (``actual_seconds``, pauses left out) are shared between
the days in proportion to the wall-clock time spent on each. The time zone is a parameter
(``tz``); ``None`` means the computer's own zone, with its daylight-saving rules.

Statistics here are deliberately gentle: totals and averages, never streaks or "missed" days.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from touchtimer.core.babies.ages import Baby, in_kangaroo_care_period
from touchtimer.core.durations import length_words
from touchtimer.core.i18n import QT_TRANSLATE_NOOP
from touchtimer.core.session.record import SessionRecord
from touchtimer.core.storage.store import SessionFilter, Store

DEFAULT_TARGET_MINUTES = 60

#: Shown next to the totals while a baby is in the kangaroo-care period (:func:`kangaroo_note_applies`;
#: WHO 2022 recommendations for care of the preterm or low-birth-weight infant; WHO kangaroo mother
#: care position paper, 2023).
PRETERM_GUIDANCE = QT_TRANSLATE_NOOP(
    "History",
    "For babies born early, WHO guidance is kangaroo care for 8 to 24 hours a day, as many hours "
    "as you and your care team can manage, in hospital and at home. Any time skin-to-skin counts."
)
PRETERM_GUIDANCE_SOURCE = (
    "WHO, Recommendations for care of the preterm or low-birth-weight infant, 2022"
)


def to_local(moment: datetime, tz: tzinfo | None = None) -> datetime:
    """``moment`` as local wall time in ``tz`` (``None``: this computer's zone)."""
    return moment.astimezone(tz) if tz is not None else moment.astimezone()


def local_day(moment: datetime, tz: tzinfo | None = None) -> date:
    return to_local(moment, tz).date()


def day_start(day: date, tz: tzinfo | None = None) -> datetime:
    """The instant (in UTC) when local ``day`` begins. DST days are 23 or 25 hours long."""
    if tz is None:
        return datetime.combine(day, time()).astimezone(UTC)   # naive = the system's zone
    return datetime.combine(day, time(), tzinfo=tz).astimezone(UTC)


def split_by_day(started_at: datetime, ended_at: datetime, actual_seconds: int,
                 tz: tzinfo | None = None) -> list[tuple[date, float]]:
    """Share ``actual_seconds`` between the local days from ``started_at`` to ``ended_at``.

    Returns ``(day, seconds)`` pairs, oldest day first; a session within one day gives one pair.
    """
    span = (ended_at - started_at).total_seconds()
    first = local_day(started_at, tz)
    if span <= 0:
        return [(first, float(actual_seconds))]
    scale = actual_seconds / span
    out: list[tuple[date, float]] = []
    day, cursor = first, started_at
    while True:
        next_start = day_start(day + timedelta(days=1), tz)
        piece_end = min(ended_at, next_start)
        seconds = max(0.0, (piece_end - cursor).total_seconds()) * scale
        if seconds > 0 or not out:
            out.append((day, seconds))
        if ended_at <= next_start:
            return out
        day, cursor = day + timedelta(days=1), next_start


def make_filter(*, baby_id: str | None = None, kind: str | None = None, routine_id: str | None = None,
                date_from: date | None = None, date_to: date | None = None,
                tz: tzinfo | None = None, caregiver_id: str | None = None) -> SessionFilter:
    """A store filter for history: the date range (inclusive local days) catches every session
    that was running on those days, including one that began the evening before. ``caregiver_id``
    keeps the sessions that caregiver held or massaged in."""
    return SessionFilter(
        baby_id=baby_id, kind=kind, routine_id=routine_id, caregiver_id=caregiver_id,
        active_from=day_start(date_from, tz) if date_from is not None else None,
        active_until=day_start(date_to + timedelta(days=1), tz) if date_to is not None else None,
    )


@dataclass
class DayTotal:
    """One local day: skin-to-skin seconds (split at midnight) and massage sessions begun."""

    day: date
    skin_seconds: float = 0.0
    massage_sessions: int = 0
    sessions_started: int = 0


def totals_from(spans: Iterable[tuple[str, datetime, datetime, int]], first: date, last: date,
                tz: tzinfo | None = None) -> list[DayTotal]:
    """Daily totals for every day from ``first`` to ``last`` (inclusive, oldest first)."""
    if last < first:
        return []
    days = {first + timedelta(days=i): DayTotal(first + timedelta(days=i))
            for i in range((last - first).days + 1)}
    for kind, started_at, ended_at, actual in spans:
        start_day = local_day(started_at, tz)
        if start_day in days:
            days[start_day].sessions_started += 1
            if kind == "massage":
                days[start_day].massage_sessions += 1
        if kind == "skin_to_skin":
            for day, seconds in split_by_day(started_at, ended_at, actual, tz):
                if day in days:
                    days[day].skin_seconds += seconds
    return [days[d] for d in sorted(days)]


def daily_totals(store: Store, first: date, last: date, tz: tzinfo | None = None,
                 flt: SessionFilter | None = None) -> list[DayTotal]:
    """Daily totals from the store for ``first``..``last``; ``flt`` narrows by baby, kind, routine
    (its date fields are replaced by the range)."""
    ranged = replace(flt or SessionFilter(), date_from=None, date_to=None, active_from=day_start(first, tz),
                     active_until=day_start(last + timedelta(days=1), tz))
    spans = [(s.kind, s.started_at, s.ended_at, s.actual_seconds) for s in store.sessions.spans(ranged)]
    return totals_from(spans, first, last, tz)


@dataclass
class PeriodSummary:
    """The last ``len(days)`` days up to and including today, oldest first."""

    days: list[DayTotal]
    target_minutes: int

    @property
    def total_skin_minutes(self) -> int:
        return round(sum(d.skin_seconds for d in self.days) / 60)

    @property
    def average_skin_minutes(self) -> int:
        return round(sum(d.skin_seconds for d in self.days) / 60 / max(1, len(self.days)))

    @property
    def massage_sessions(self) -> int:
        return sum(d.massage_sessions for d in self.days)

    @property
    def massage_per_week(self) -> float:
        return round(self.massage_sessions * 7 / max(1, len(self.days)), 1)


def period_summary(store: Store, today: date, days: int, target_minutes: int = DEFAULT_TARGET_MINUTES,
                   tz: tzinfo | None = None, flt: SessionFilter | None = None) -> PeriodSummary:
    if days < 1:
        raise ValueError("a period is at least one day")
    first = today - timedelta(days=days - 1)
    return PeriodSummary(daily_totals(store, first, today, tz, flt), target_minutes)


#: The WHO note is shown until this many weeks after the due date: the first four weeks counted from
#: the due date, a newborn's first month.
KANGAROO_NOTE_WEEKS_AFTER_DUE = 4


def kangaroo_note_applies(baby: Baby, today: date) -> bool:
    """Whether WHO's "8 to 24 hours a day" kangaroo-care guidance applies to ``baby`` on ``today``.

    It does while the baby is in neonatal care, and for a baby born early from birth until
    :data:`KANGAROO_NOTE_WEEKS_AFTER_DUE` weeks after the due date (the kangaroo-care period of
    :func:`~touchtimer.core.babies.ages.in_kangaroo_care_period`, and the first weeks after it). A baby
    born at term, or one born early who is past those weeks, does not get it.
    """
    if in_kangaroo_care_period(baby, today):
        return True
    return (baby.preterm and baby.due_on is not None
            and today < baby.due_on + timedelta(weeks=KANGAROO_NOTE_WEEKS_AFTER_DUE))


def preterm_guidance(babies: Sequence[Baby], today: date) -> str | None:
    """The WHO kangaroo-care note, when it applies to any of these babies on ``today``."""
    return PRETERM_GUIDANCE if any(kangaroo_note_applies(b, today) for b in babies) else None


@dataclass
class HistoryDay:
    """One local day of history: the sessions that began on it (newest first) and its totals."""

    day: date
    sessions: list[SessionRecord] = field(default_factory=list)
    total: DayTotal | None = None


def group_by_day(records: Sequence[SessionRecord], tz: tzinfo | None = None) -> list[HistoryDay]:
    """Group sessions by the local day they began, newest day first, newest session first.

    Each day's total also counts minutes of a session from the evening before that ran past
    midnight into it (when that session is among ``records``).
    """
    ordered = sorted(records, key=lambda r: (r.started_at, r.id), reverse=True)
    groups: dict[date, HistoryDay] = {}
    for record in ordered:
        day = local_day(record.started_at, tz)
        groups.setdefault(day, HistoryDay(day)).sessions.append(record)
    if not ordered:
        return []
    spans = [(r.kind, r.started_at, r.ended_at, r.actual_seconds) for r in ordered]
    first = min(groups)
    last = max(max(groups), max(local_day(r.ended_at, tz) for r in ordered))
    totals = {t.day: t for t in totals_from(spans, first, last, tz)}
    for day in totals:
        if day not in groups and totals[day].skin_seconds > 0:
            groups[day] = HistoryDay(day)   # a day reached only by a session's tail
    for day, group in groups.items():
        group.total = totals.get(day, DayTotal(day))
    return [groups[d] for d in sorted(groups, reverse=True)]


def format_minutes(seconds: float) -> str:
    """``"9 min 30 s"``, ``"45 min"``, ``"1 h 5 min"``: plain and short, by the one rule for lengths."""
    return length_words(seconds)


__all__ = [
    "DEFAULT_TARGET_MINUTES",
    "KANGAROO_NOTE_WEEKS_AFTER_DUE",
    "PRETERM_GUIDANCE",
    "PRETERM_GUIDANCE_SOURCE",
    "DayTotal",
    "HistoryDay",
    "PeriodSummary",
    "daily_totals",
    "day_start",
    "format_minutes",
    "group_by_day",
    "kangaroo_note_applies",
    "local_day",
    "make_filter",
    "period_summary",
    "preterm_guidance",
    "split_by_day",
    "to_local",
    "totals_from",
]
