"""Age, corrected age, and which routines suit which baby.

A baby born before 37 weeks of gestation is preterm; until two years corrected age, clinicians use
the corrected age (time since the due date) and so does touchtimer. After that, or for a baby born
at term, the age since birth is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from touchtimer.core.routines import MAX_AGE_WEEKS, Routine

FULL_TERM_DAYS = 280          # 40 weeks
PRETERM_BEFORE_DAYS = 37 * 7  # born before 37+0 weeks
CORRECTION_UNTIL_WEEKS = MAX_AGE_WEEKS


@dataclass(frozen=True)
class Baby:
    id: str
    name: str
    born_on: date
    due_on: date | None = None

    def gestation_days(self) -> int | None:
        """Days of gestation at birth, when the due date is known."""
        if self.due_on is None:
            return None
        return FULL_TERM_DAYS - (self.due_on - self.born_on).days

    @property
    def preterm(self) -> bool:
        days = self.gestation_days()
        return days is not None and days < PRETERM_BEFORE_DAYS


def due_from_gestation(born_on: date, weeks: int, days: int = 0) -> date:
    """The due date of a baby born at ``weeks``+``days`` weeks of gestation."""
    if not 20 <= weeks <= 44 or not 0 <= days <= 6:
        raise ValueError("gestation should be 20 to 44 weeks and 0 to 6 days")
    return born_on + timedelta(days=FULL_TERM_DAYS - (weeks * 7 + days))


@dataclass(frozen=True)
class Age:
    """A baby's age on one day. ``corrected_days`` is set only for a preterm baby."""

    days: int
    corrected_days: int | None

    @property
    def weeks(self) -> int:
        return self.days // 7

    @property
    def corrected_weeks(self) -> int | None:
        return None if self.corrected_days is None else self.corrected_days // 7

    @property
    def weeks_for_routines(self) -> int:
        """Completed weeks used to pick routines: corrected until two years corrected age."""
        if self.corrected_days is not None and self.corrected_days // 7 < CORRECTION_UNTIL_WEEKS:
            return max(0, self.corrected_days // 7)
        return self.days // 7


def age_on(baby: Baby, today: date) -> Age:
    """The baby's age on ``today`` (never negative)."""
    days = max(0, (today - baby.born_on).days)
    corrected = None
    if baby.preterm and baby.due_on is not None:
        corrected = (today - baby.due_on).days
    return Age(days, corrected)


def describe_weeks(weeks: int) -> str:
    """A short, friendly age: "3 weeks", "4 months", "1 year"."""
    if weeks < 9:
        return "1 week" if weeks == 1 else f"{weeks} weeks"
    if weeks < MAX_AGE_WEEKS:
        months = max(2, round(weeks * 7 / 30.44))
        return f"{months} months"
    return "2 years"


@dataclass(frozen=True)
class Recommendation:
    routine: Routine
    suits: bool
    reason: str  # why it may not fit, or a caution; empty when nothing to say


def recommend(routines: list[Routine], baby: Baby | None, today: date) -> list[Recommendation]:
    """Routines that suit the baby first, the rest after, each with a short plain reason."""
    out: list[Recommendation] = []
    for routine in routines:
        caution = "needs your care team's agreement" if routine.care_team else ""
        if baby is None:
            out.append(Recommendation(routine, True, caution))
            continue
        weeks = age_on(baby, today).weeks_for_routines
        if routine.preterm and not baby.preterm:
            out.append(Recommendation(routine, False, "for babies born early (preterm)"))
        elif weeks < routine.min_age_weeks:
            out.append(Recommendation(routine, False,
                                      f"for babies from {describe_weeks(routine.min_age_weeks)}"))
        elif weeks > routine.max_age_weeks:
            out.append(Recommendation(routine, False,
                                      f"for babies up to {describe_weeks(routine.max_age_weeks)}"))
        else:
            out.append(Recommendation(routine, True, caution))
    return [r for r in out if r.suits] + [r for r in out if not r.suits]
