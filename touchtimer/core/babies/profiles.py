"""Baby profiles in the store, and the checks a profile must pass, in plain words.

A due date after the birth date means a baby born early (preterm when born before 37+0 weeks); a due
date before the birth date means a baby born after the due date (post-term), which is fine and never
preterm. Sessions name their babies: a session for twins names both, so it is listed
(``SessionFilter(baby_id=...)``) and counted for each. Profiles are kept by ``store.babies``
(list, get, save, delete); this module checks them before they are saved.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, time

from touchtimer.core.babies.ages import FULL_TERM_DAYS, MAX_GESTATION_DAYS, MIN_GESTATION_DAYS, Baby
from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words
from touchtimer.core.limits import BABY_NAME_CHARS
from touchtimer.core.storage.rows import iso
from touchtimer.core.storage.store import Store

MAX_NAME_LENGTH = BABY_NAME_CHARS


class BabyError(ValueError):
    """A profile that cannot be saved; ``problems`` lists every reason in plain words."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = problems


def check_baby(name: str, born_on: date, due_on: date | None, today: date) -> list[str]:
    """Every problem with these details, as plain sentences; empty when they can be saved.
    ``today`` is the caller's clock's local date."""
    problems: list[str] = []
    name = name.strip()
    if not name:
        problems.append(QT_TRANSLATE_NOOP("Babies", "Please give a name (a nickname is fine)."))
    elif len(name) > MAX_NAME_LENGTH:
        problems.append(words(QT_TRANSLATE_NOOP("Babies", "The name is {count} characters long; please keep "
                                                "it to {most}."), count=len(name), most=MAX_NAME_LENGTH))
    if born_on > today:
        problems.append(words(QT_TRANSLATE_NOOP("Babies", "The date of birth ({born}) is after today; please "
                                                "check it."), born=born_on.isoformat()))
    if due_on is not None:
        gestation = FULL_TERM_DAYS - (due_on - born_on).days
        if gestation < MIN_GESTATION_DAYS:
            weeks = (due_on - born_on).days // 7
            problems.append(words(QT_TRANSLATE_NOOP(
                "Babies", "The due date is {weeks} weeks after the birth date; that would mean born before "
                "20 weeks of pregnancy. Please check both dates."), weeks=weeks))
        elif gestation > MAX_GESTATION_DAYS:
            weeks = (born_on - due_on).days // 7
            problems.append(words(QT_TRANSLATE_NOOP(
                "Babies", "The due date is {weeks} weeks before the birth date; a baby born after the due "
                "date is fine, but touchtimer accepts up to 44+6 weeks of pregnancy. Please check both "
                "dates."), weeks=weeks))
    return problems


def add_baby(store: Store, name: str, born_on: date, due_on: date | None = None, *, today: date,
             in_neonatal_care: bool = False, daily_target_minutes: int | None = None) -> Baby:
    """Check and save a new profile; raise :class:`BabyError` listing every problem. ``today`` is
    the caller's clock's local date (a birth after it is refused; the profile is dated with it)."""
    problems = check_baby(name, born_on, due_on, today)
    if problems:
        raise BabyError(problems)
    baby = Baby(str(uuid.uuid4()), name.strip(), born_on, due_on, in_neonatal_care=in_neonatal_care,
                daily_target_minutes=daily_target_minutes)
    baby_id = store.babies.save(baby, created_at=iso(datetime.combine(today, time(), UTC)))
    return replace(baby, id=baby_id)


def update_baby(store: Store, baby: Baby, *, today: date) -> Baby:
    """Check and save changed details of an existing profile (same id; every other detail kept)."""
    problems = check_baby(baby.name, baby.born_on, baby.due_on, today)
    if problems:
        raise BabyError(problems)
    baby = replace(baby, name=baby.name.strip())
    store.babies.save(baby, created_at=iso(datetime.combine(today, time(), UTC)))   # kept if it exists
    return baby
