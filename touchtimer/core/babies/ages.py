"""Age, corrected age, and which routines suit which baby.

A baby born before 37+0 weeks of gestation is preterm. Until two years corrected age, clinicians use
the corrected age (time since the due date) and so does touchtimer. After that, or for a baby born
at term (including after the due date), the age since birth is used.

Months and years are calendar months: a baby born on 31 January is one month old on the last day of
February, and a baby born on 29 February is one year old on 28 February of the next year. The two-year
cut-off of correction uses the same rule.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words
from touchtimer.core.routines.model import MAX_AGE_WEEKS, Routine

FULL_TERM_DAYS = 280          # 40+0 weeks
PRETERM_BEFORE_DAYS = 37 * 7  # born before 37+0 weeks
#: Correction stops at this corrected age, in calendar months (two years).
CORRECTION_UNTIL_MONTHS = 24
#: The gestation at birth that touchtimer accepts, in days: 20+0 to 44+6 weeks.
MIN_GESTATION_DAYS = 20 * 7
MAX_GESTATION_DAYS = 44 * 7 + 6


@dataclass(frozen=True)
class Baby:
    id: str
    name: str
    born_on: date
    due_on: date | None = None
    #: Still cared for in a neonatal unit (the parent says so): skin-to-skin then follows the care team.
    in_neonatal_care: bool = False
    #: This baby's own daily skin-to-skin target in minutes (``None``: the general one in settings).
    daily_target_minutes: int | None = None

    def gestation_days(self) -> int | None:
        """Days of gestation at birth, when the due date is known."""
        if self.due_on is None:
            return None
        return FULL_TERM_DAYS - (self.due_on - self.born_on).days

    def gestation(self) -> tuple[int, int] | None:
        """Weeks and days of gestation at birth (``(35, 2)`` for 35+2), when the due date is known."""
        days = self.gestation_days()
        return None if days is None else divmod(days, 7)

    @property
    def preterm(self) -> bool:
        days = self.gestation_days()
        return days is not None and days < PRETERM_BEFORE_DAYS

    @property
    def post_term(self) -> bool:
        """Born after the due date."""
        return self.due_on is not None and self.due_on < self.born_on


def due_from_gestation(born_on: date, weeks: int, days: int = 0) -> date:
    """The due date of a baby born at ``weeks``+``days`` weeks of gestation."""
    if not 0 <= days <= 6:
        raise ValueError("the days part of the gestation should be 0 to 6")
    total = weeks * 7 + days
    if not MIN_GESTATION_DAYS <= total <= MAX_GESTATION_DAYS:
        raise ValueError("the gestation at birth should be from 20+0 to 44+6 weeks")
    return born_on + timedelta(days=FULL_TERM_DAYS - total)


def parse_gestation(text: str) -> tuple[int, int]:
    """Read "34+2" or "34" as (weeks, days); raise ValueError with a plain message."""
    match = re.fullmatch(r"(\d{1,2})(?:\+(\d{1,2}))?", text.replace(" ", ""))
    if match is None:
        raise ValueError(words(QT_TRANSLATE_NOOP("Babies", "{text} is not a gestation; expected weeks+days, "
                                                 "such as 34+2"), text=repr(text)))
    weeks, days = int(match.group(1)), int(match.group(2) or 0)
    if days > 6:
        raise ValueError(words(QT_TRANSLATE_NOOP("Babies", "{text}: the days part should be 0 to 6, such as "
                                                 "34+2"), text=repr(text)))
    if not MIN_GESTATION_DAYS <= weeks * 7 + days <= MAX_GESTATION_DAYS:
        raise ValueError(words(QT_TRANSLATE_NOOP("Babies", "{text}: the gestation at birth should be from "
                                                 "20+0 to 44+6 weeks"), text=repr(text)))
    return weeks, days


# -- calendar arithmetic ------------------------------------------------------------------------

def months_between(start: date, end: date) -> int:
    """Completed calendar months from ``start`` to ``end`` (0 when ``end`` is before ``start``).

    A month is complete on the same day of the month, or on the last day of a shorter month.
    """
    if end <= start:
        return 0
    months = (end.year - start.year) * 12 + end.month - start.month
    last_day = calendar.monthrange(end.year, end.month)[1]
    if end.day < start.day and end.day != last_day:
        months -= 1
    return max(0, months)


def add_months(start: date, months: int) -> date:
    """``start`` plus whole calendar months, kept to the last day of a shorter month."""
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    last_day = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(start.day, last_day))


def correction_ends_on(due_on: date) -> date:
    """The day a preterm baby reaches two years corrected age; from then on, age is not corrected."""
    return add_months(due_on, CORRECTION_UNTIL_MONTHS)


# -- age -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Age:
    """A baby's age on one day.

    ``corrected_days`` is set only while correction is in use: for a preterm baby, until two years
    corrected age. It is negative before the due date.
    """

    days: int
    corrected_days: int | None
    months: int = 0
    corrected_months: int | None = None

    @property
    def weeks(self) -> int:
        return self.days // 7

    @property
    def corrected(self) -> bool:
        return self.corrected_days is not None

    @property
    def corrected_weeks(self) -> int | None:
        """Completed weeks since the due date; negative (completed weeks to go) before it."""
        if self.corrected_days is None:
            return None
        weeks = abs(self.corrected_days) // 7
        return weeks if self.corrected_days >= 0 else -weeks

    @property
    def before_due_date(self) -> bool:
        return self.corrected_days is not None and self.corrected_days < 0

    @property
    def weeks_for_routines(self) -> int:
        """Completed weeks used to pick routines: corrected until two years corrected age."""
        if self.corrected_days is not None:
            return max(0, self.corrected_days // 7)
        return self.days // 7


def age_on(baby: Baby, today: date) -> Age:
    """The baby's age on ``today`` (never negative; a day before the birth counts as day 0)."""
    days = max(0, (today - baby.born_on).days)
    months = months_between(baby.born_on, today)
    if baby.preterm and baby.due_on is not None and today < correction_ends_on(baby.due_on):
        return Age(days, (today - baby.due_on).days, months, months_between(baby.due_on, today))
    return Age(days, None, months, None)


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


SpanUnit = Literal["days", "weeks", "months", "years"]


@dataclass(frozen=True)
class Span:
    """A length of time as a person would say it: ``Span("weeks", 5)``, ``Span("years", 2, 3)``.

    ``extra_months`` is used only with years ("2 years 3 months").
    """

    unit: SpanUnit
    count: int
    extra_months: int = 0


def span_between(start: date, end: date) -> Span:
    """Days under two weeks, weeks under nine weeks, then months, then years and months."""
    days = max(0, (end - start).days)
    if days < 14:
        return Span("days", days)
    if days < 63:
        return Span("weeks", days // 7)
    months = months_between(start, end)
    if months < 24:
        return Span("months", months)
    return Span("years", months // 12, months % 12)


def describe_span(span: Span) -> str:
    """English words for a span: "5 weeks", "1 year 2 months"."""
    if span.unit == "days":
        return _plural(span.count, "day", "days")
    if span.unit == "weeks":
        return _plural(span.count, "week", "weeks")
    if span.unit == "months":
        return _plural(span.count, "month", "months")
    text = _plural(span.count, "year", "years")
    return f"{text} {_plural(span.extra_months, 'month', 'months')}" if span.extra_months else text


@dataclass(frozen=True)
class AgeWords:
    """The parts of a friendly age text, for a UI to put into its own (translated) words.

    ``corrected`` is the corrected age after the due date; ``due_in`` the time left before it.
    """

    actual: Span
    corrected: Span | None = None
    due_in: Span | None = None
    due_today: bool = False


def age_words(baby: Baby, today: date) -> AgeWords:
    actual = span_between(baby.born_on, today)
    age = age_on(baby, today)
    if age.corrected_days is None or baby.due_on is None:
        return AgeWords(actual)
    if age.corrected_days < 0:
        return AgeWords(actual, due_in=span_between(today, baby.due_on))
    if age.corrected_days == 0:
        return AgeWords(actual, due_today=True)
    return AgeWords(actual, corrected=span_between(baby.due_on, today))


def describe_age(baby: Baby, today: date) -> str:
    """A friendly age: "5 weeks (3 weeks corrected)", "4 days (due in 6 weeks)", "2 years 1 month"."""
    words = age_words(baby, today)
    text = describe_span(words.actual)
    if words.corrected is not None:
        return f"{text} ({describe_span(words.corrected)} corrected)"
    if words.due_in is not None:
        return f"{text} (due in {describe_span(words.due_in)})"
    if words.due_today:
        return f"{text} (due date today)"
    return text


def describe_weeks(weeks: int) -> str:
    """A short, friendly age band limit: "3 weeks", "4 months", "2 years"."""
    if weeks < 9:
        return "1 week" if weeks == 1 else f"{weeks} weeks"
    if weeks < MAX_AGE_WEEKS:
        months = max(2, round(weeks * 7 / 30.44))
        return f"{months} months"
    return "2 years"


def past_every_routine(age: Age) -> bool:
    """Whether the baby is older than any routine is written for (two years, :data:`MAX_AGE_WEEKS`)."""
    return age.weeks_for_routines > MAX_AGE_WEEKS


# -- recommendations -------------------------------------------------------------------------------

ReasonCode = Literal["", "care_team", "preterm_care_team", "neonatal_care_team", "neonatal_partner",
                     "preterm_only", "too_young", "too_old"]

# Marked for translation: the window shows them through QCoreApplication.translate("Recommendation", ...).
CARE_TEAM_REASON = QT_TRANSLATE_NOOP("Recommendation", "needs your care team's agreement")
PRETERM_MASSAGE_REASON = QT_TRANSLATE_NOOP(
    "Recommendation", "born early: massage before the due date needs your care team's agreement")
NEONATAL_SKIN_REASON = QT_TRANSLATE_NOOP(
    "Recommendation", "before the due date or in neonatal care, skin-to-skin needs your care team's "
                      "agreement; Kangaroo hold is written for this time")
NEONATAL_PARTNER_REASON = QT_TRANSLATE_NOOP(
    "Recommendation", "before the due date or in neonatal care, fathers and partners use "
                      "Kangaroo hold, with the care team's agreement")
PRETERM_ONLY_REASON = QT_TRANSLATE_NOOP("Recommendation", "for babies born early (preterm)")


@dataclass(frozen=True)
class Recommendation:
    """Whether ``routine`` suits the baby, and a short plain ``reason``.

    ``reason`` says why it may not fit, or gives a caution for one that does; it is empty when there
    is nothing to say. ``code`` names the reason and ``weeks`` the age-band limit it mentions, so a UI
    can put it into its own translated words.
    """

    routine: Routine
    suits: bool
    reason: str
    code: ReasonCode = ""
    weeks: int | None = None


def in_kangaroo_care_period(baby: Baby, today: date) -> bool:
    """Whether skin-to-skin for this baby is kangaroo care led by the care team: the baby is still in
    neonatal care, or was born early and has not yet reached the due date."""
    return baby.in_neonatal_care or age_on(baby, today).before_due_date


def _caution(routine: Routine, baby: Baby | None, neonatal: bool) -> Recommendation:
    if routine.care_team:
        return Recommendation(routine, True, CARE_TEAM_REASON, "care_team")
    if baby is not None and neonatal and routine.kind == "skin_to_skin":
        if routine.partners:
            return Recommendation(routine, False, NEONATAL_PARTNER_REASON, "neonatal_partner")
        return Recommendation(routine, True, NEONATAL_SKIN_REASON, "neonatal_care_team")
    if baby is not None and neonatal and routine.kind == "massage":
        return Recommendation(routine, True, PRETERM_MASSAGE_REASON, "preterm_care_team")
    return Recommendation(routine, True, "")


def recommend(routines: list[Routine], baby: Baby | None, today: date) -> list[Recommendation]:
    """Routines that suit the baby first, the rest after, each with a short plain reason.

    The age used is the corrected age while it applies (:func:`age_on`). With no baby, every routine
    suits. Before the due date of a baby born early, or while a baby is in neonatal care
    (:func:`in_kangaroo_care_period`), every routine needs the care team's agreement, routines
    written for babies born early (Kangaroo hold) come first, and a routine for partners is not
    offered: partners are sent to Kangaroo hold. Otherwise each group keeps the order given.
    """
    out: list[Recommendation] = []
    age = age_on(baby, today) if baby is not None else None
    neonatal = baby is not None and in_kangaroo_care_period(baby, today)
    for routine in routines:
        if baby is None or age is None:
            out.append(_caution(routine, None, False))
            continue
        weeks = age.weeks_for_routines
        if routine.preterm and not baby.preterm and not baby.in_neonatal_care:
            out.append(Recommendation(routine, False, PRETERM_ONLY_REASON, "preterm_only"))
        elif weeks < routine.min_age_weeks:
            out.append(Recommendation(
                routine, False, f"for babies from {describe_weeks(routine.min_age_weeks)}",
                "too_young", routine.min_age_weeks))
        elif weeks > routine.max_age_weeks:
            out.append(Recommendation(
                routine, False, f"for babies up to {describe_weeks(routine.max_age_weeks)}",
                "too_old", routine.max_age_weeks))
        else:
            out.append(_caution(routine, baby, neonatal))
    suits = [r for r in out if r.suits]
    if neonatal:   # the routines written for this time first (stable: each part keeps its order)
        suits.sort(key=lambda r: not r.routine.preterm)
    return suits + [r for r in out if not r.suits]


def recommend_for_babies(routines: list[Routine], babies: list[Baby], today: date) -> list[Recommendation]:
    """Like :func:`recommend`, for a session with several babies at once (twins, say).

    A routine suits only if it suits every baby: in practice the youngest (corrected) age decides
    the lower bound and the oldest the upper one, so twins born early are judged on their corrected
    age. A routine that does not suit one of them carries that baby's reason; otherwise the first
    caution (for example "needs your care team's agreement") is kept. The order is that of the first
    baby's recommendations, so routines for babies born early stay first.
    """
    if len(babies) <= 1:
        return recommend(routines, babies[0] if babies else None, today)
    per_baby = [recommend(routines, baby, today) for baby in babies]
    by_routine = [{id(r.routine): r for r in recs} for recs in per_baby]
    out: list[Recommendation] = []
    for first in per_baby[0]:
        recs = [recs_of[id(first.routine)] for recs_of in by_routine]
        unsuited = next((r for r in recs if not r.suits), None)
        caution = next((r for r in recs if r.reason), None)
        out.append(unsuited or caution or recs[0])
    return [r for r in out if r.suits] + [r for r in out if not r.suits]


def fit_for(routine: Routine, routines: list[Routine], babies: list[Baby],
            today: date) -> tuple[Recommendation, list[Routine]]:
    """How ``routine`` fits ``babies`` on ``today`` (:func:`recommend_for_babies`) and, when it may not
    suit them, the routines that do, in the order Home offers them (none when it suits)."""
    recs = recommend_for_babies(routines, babies, today)
    fit = next((r for r in recs if r.routine.id == routine.id), None)
    if fit is None:                       # not among the loaded routines (a new file): judge it alone
        fit = recommend_for_babies([routine], babies, today)[0]
    return fit, ([] if fit.suits else [r.routine for r in recs if r.suits])
