"""Who held the baby: totals per caregiver for a period, and daily totals split by caregiver.

A session names the caregivers who held or massaged (one or more, or none recorded). Each named
caregiver is counted the session's whole time, so when two held twins together both get it, and the
caregivers' times can add up to more than the day's total. Sessions with nobody recorded are counted
under :data:`NOT_RECORDED`. Kangaroo-care units report the mother's time apart from everyone else's
(:func:`mother_and_others`). Like ``days``, skin-to-skin time is split at local midnight; massage is
counted in sessions begun.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta, tzinfo

from touchtimer.core.babies.ages import Baby
from touchtimer.core.history.days import day_start, local_day, split_by_day
from touchtimer.core.session.record import Caregiver
from touchtimer.core.storage.rows import SessionSpan
from touchtimer.core.storage.store import SessionFilter, Store

#: The key of sessions with no caregiver recorded.
NOT_RECORDED = ""


@dataclass
class CaregiverTotal:
    """One caregiver's time in a period (``caregiver_id`` :data:`NOT_RECORDED`: nobody was recorded)."""

    caregiver_id: str
    name: str
    mother: bool = False
    skin_seconds: float = 0.0
    massage_sessions: int = 0
    sessions: int = 0


@dataclass
class DaySplit:
    """One local day's skin-to-skin seconds by caregiver id (:data:`NOT_RECORDED` for nobody named)."""

    day: date
    skin_by_caregiver: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class MotherAndOthers:
    """Skin-to-skin seconds in a period: with the mother, with anyone else, and with nobody recorded.
    A session the mother and another person shared counts in both."""

    mother_seconds: float
    others_seconds: float
    not_recorded_seconds: float


def _spans(store: Store, first: date, last: date, tz: tzinfo | None,
           flt: SessionFilter | None) -> list[SessionSpan]:
    ranged = replace(flt or SessionFilter(), date_from=None, date_to=None, active_from=day_start(first, tz),
                     active_until=day_start(last + timedelta(days=1), tz))
    return store.sessions.spans(ranged)


def caregiver_totals(store: Store, first: date, last: date, tz: tzinfo | None = None,
                     flt: SessionFilter | None = None) -> list[CaregiverTotal]:
    """Time per caregiver from ``first`` to ``last`` (inclusive local days): the mother first, then by
    name, nobody recorded last; only caregivers with some time or sessions."""
    people = {c.id: c for c in store.caregivers.list()}
    totals: dict[str, CaregiverTotal] = {}

    def total(carer_id: str) -> CaregiverTotal:
        if carer_id not in totals:
            carer = people.get(carer_id)
            totals[carer_id] = CaregiverTotal(carer_id, carer.name if carer else "",
                                              bool(carer and carer.mother))
        return totals[carer_id]

    for span in _spans(store, first, last, tz, flt):
        who = [c for c in span.caregiver_ids if c in people] or [NOT_RECORDED]
        began = first <= local_day(span.started_at, tz) <= last
        seconds = 0.0
        if span.kind == "skin_to_skin":
            seconds = sum(s for d, s in split_by_day(span.started_at, span.ended_at, span.actual_seconds, tz)
                          if first <= d <= last)
        for carer_id in who:
            t = total(carer_id)
            t.skin_seconds += seconds
            if began:
                t.sessions += 1
                t.massage_sessions += span.kind == "massage"
    return sorted(totals.values(), key=lambda t: (t.caregiver_id == NOT_RECORDED, not t.mother,
                                                  t.name.casefold(), t.caregiver_id))


def daily_totals_by_caregiver(store: Store, first: date, last: date, tz: tzinfo | None = None,
                              flt: SessionFilter | None = None) -> list[DaySplit]:
    """Every day from ``first`` to ``last``, oldest first, with skin-to-skin seconds by caregiver."""
    if last < first:
        return []
    people = {c.id for c in store.caregivers.list()}
    days = {first + timedelta(days=i): DaySplit(first + timedelta(days=i))
            for i in range((last - first).days + 1)}
    for span in _spans(store, first, last, tz, flt):
        if span.kind != "skin_to_skin":
            continue
        who = [c for c in span.caregiver_ids if c in people] or [NOT_RECORDED]
        for day, seconds in split_by_day(span.started_at, span.ended_at, span.actual_seconds, tz):
            if day in days:
                for carer_id in who:
                    split = days[day].skin_by_caregiver
                    split[carer_id] = split.get(carer_id, 0.0) + seconds
    return [days[d] for d in sorted(days)]


def mother_and_others(store: Store, first: date, last: date, tz: tzinfo | None = None,
                      flt: SessionFilter | None = None) -> MotherAndOthers:
    """The mother's skin-to-skin time and everyone else's, as kangaroo-care units report them."""
    mothers = {c.id for c in store.caregivers.list() if c.mother}
    others = {c.id for c in store.caregivers.list() if not c.mother}
    mother = other = unknown = 0.0
    for span in _spans(store, first, last, tz, flt):
        if span.kind != "skin_to_skin":
            continue
        seconds = sum(s for d, s in split_by_day(span.started_at, span.ended_at, span.actual_seconds, tz)
                      if first <= d <= last)
        held = set(span.caregiver_ids)
        if held & mothers:
            mother += seconds
        if held & others:
            other += seconds
        if not held & (mothers | others):
            unknown += seconds
    return MotherAndOthers(mother, other, unknown)


def daily_target_minutes(babies: Sequence[Baby], baby_id: str | None, general: int) -> int:
    """The daily target to show: the chosen baby's own, else the general one (settings)."""
    for baby in babies:
        if baby.id == baby_id and baby.daily_target_minutes is not None:
            return baby.daily_target_minutes
    return general


def caregiver_names(caregivers: Sequence[Caregiver], ids: Sequence[str]) -> str:
    """``"Mum, Dad"`` for these ids, in the list's order (unknown ids left out)."""
    wanted = set(ids)
    return ", ".join(c.name for c in caregivers if c.id in wanted)
