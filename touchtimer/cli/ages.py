"""``touchtimer routines --born DATE [--due DATE | --gestation W+D] [--today DATE] [--json]``.

Lists the routines that suit a baby of that age, using the corrected age while it applies, so the
recommendation logic can be checked from the command line. Bad dates give a plain message and exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from touchtimer.core.routines.model import Routine

# The age logic is imported when a baby is described: the parser is built on every start,
# including the window's, which needs none of it (docs/performance.md).

EXIT_OK = 0
EXIT_USAGE = 2


def iso_date(text: str) -> date:
    """An argparse type: a YYYY-MM-DD date, or a plain message."""
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; expected YYYY-MM-DD, such as 2025-03-10") from None


def gestation(text: str) -> tuple[int, int]:
    """An argparse type: weeks+days of gestation at birth, such as 34+2."""
    from touchtimer.core.babies.ages import parse_gestation

    try:
        return parse_gestation(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The baby options of ``touchtimer routines``."""
    parser.add_argument("--born", type=iso_date, metavar="YYYY-MM-DD",
                        help="list the routines that suit a baby born on this day")
    due = parser.add_mutually_exclusive_group()
    due.add_argument("--due", type=iso_date, metavar="YYYY-MM-DD",
                     help="the baby's due date; a baby born before 37 weeks gets corrected age")
    due.add_argument("--gestation", type=gestation, metavar="W+D",
                     help="weeks+days of pregnancy at birth (such as 34+2), instead of --due")
    parser.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD",
                        help="work out the age on this day instead of today")
    parser.add_argument("--in-neonatal-care", action="store_true",
                        help="the baby is still cared for in a neonatal unit")


def wants_baby(args: argparse.Namespace) -> bool:
    return (any(getattr(args, k, None) is not None for k in ("born", "due", "gestation", "today"))
            or bool(getattr(args, "in_neonatal_care", False)))


def _problem(message: str) -> int:
    print(f"touchtimer routines: {message}", file=sys.stderr)
    return EXIT_USAGE


def _row(routine: Routine, length: str) -> str:
    kind = "skin-to-skin" if routine.kind == "skin_to_skin" else "massage"
    band = f"{routine.min_age_weeks}-{routine.max_age_weeks}"
    return f"  {routine.id:<24} {kind:<13} {band:>7} weeks  {length:<14} {routine.title}"


def routines_for_baby(args: argparse.Namespace, routines: list[Routine],
                      routine_json: Callable[[Routine], dict[str, Any]],
                      format_length: Callable[[Routine], str]) -> int:
    """Print the routines for the baby described by ``args``; returns the exit status."""
    from touchtimer.core.babies.ages import (
        Baby,
        age_on,
        describe_age,
        describe_span,
        due_from_gestation,
        in_kangaroo_care_period,
        past_every_routine,
        recommend,
        span_between,
    )
    from touchtimer.core.babies.profiles import check_baby

    if args.born is None:
        return _problem("--due, --gestation and --today describe a baby; add --born YYYY-MM-DD")
    born: date = args.born
    today: date = args.today or date.today()
    if born > today:
        when = f"--today {today.isoformat()}" if args.today else f"today ({today.isoformat()})"
        return _problem(f"--born {born.isoformat()} is after {when}; please check the dates")
    due: date | None = args.due
    if args.gestation is not None:
        weeks, days = args.gestation
        due = due_from_gestation(born, weeks, days)
    problems = check_baby("baby", born, due, today)
    if problems:
        return _problem(" ".join(problems))
    baby = Baby("cli", "baby", born, due, in_neonatal_care=bool(args.in_neonatal_care))
    age = age_on(baby, today)
    recs = recommend(routines, baby, today)
    gest = baby.gestation()
    if args.json:
        print(json.dumps({
            "baby": {
                "born_on": born.isoformat(),
                "due_on": due.isoformat() if due else None,
                "gestation": f"{gest[0]}+{gest[1]}" if gest else None,
                "preterm": baby.preterm,
                "post_term": baby.post_term,
                "in_neonatal_care": baby.in_neonatal_care,
                "kangaroo_care_period": in_kangaroo_care_period(baby, today),
            },
            "today": today.isoformat(),
            "age": {
                "text": describe_age(baby, today),
                "days": age.days,
                "weeks": age.weeks,
                "months": age.months,
                "corrected": age.corrected,
                "corrected_days": age.corrected_days,
                "corrected_weeks": age.corrected_weeks,
                "corrected_months": age.corrected_months,
                "weeks_used": age.weeks_for_routines,
            },
            "routines": [{**routine_json(r.routine), "suits": r.suits, "reason": r.reason,
                          "reason_code": r.code} for r in recs],
        }, indent=2, ensure_ascii=False))
        return EXIT_OK
    line = f"Baby born {born.isoformat()}"
    if gest is not None and due is not None:
        line += f" at {gest[0]}+{gest[1]} weeks (due {due.isoformat()})"
        line += ", preterm" if baby.preterm else (", after the due date" if baby.post_term else ", at term")
    print(line + ".")
    used = "corrected age" if age.corrected else "age since birth"
    print(f"On {today.isoformat()}: {describe_age(baby, today)}. Routines are chosen by {used}: "
          f"{age.weeks_for_routines} completed weeks.")
    if in_kangaroo_care_period(baby, today):
        where = "is in neonatal care" if baby.in_neonatal_care else "has not reached the due date"
        print(f"This baby {where}: skin-to-skin is kangaroo care, with the care team's agreement. "
              "Kangaroo hold comes first.")
    suitable = [r for r in recs if r.suits]
    others = [r for r in recs if not r.suits]
    print()
    if suitable:
        print("Suit this baby:")
    elif past_every_routine(age):
        print("Suit this baby: none. touchtimer's routines are written for babies up to two years; "
              f"this birth date is {describe_span(span_between(born, today))} ago.")
    else:
        print("Suit this baby: none of the routines yet.")
    for rec in suitable:
        print(_row(rec.routine, format_length(rec.routine)))
        if rec.reason:
            print(f"  {'':<24} note: {rec.reason}")
    if others:
        print()
        print("Not for now:")
        for rec in others:
            print(_row(rec.routine, format_length(rec.routine)))
            print(f"  {'':<24} {rec.reason}")
    return EXIT_OK
