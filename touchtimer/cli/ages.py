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

from touchtimer.cli.words import translate, words_text

if TYPE_CHECKING:
    from touchtimer.core.babies.ages import Baby, Recommendation, Span
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
        raise argparse.ArgumentTypeError(translate(
            "CLI", "{text} is not a date; expected YYYY-MM-DD, such as 2025-03-10").format(
            text=repr(text))) from None


def gestation(text: str) -> tuple[int, int]:
    """An argparse type: weeks+days of gestation at birth, such as 34+2."""
    from touchtimer.core.babies.ages import parse_gestation

    try:
        return parse_gestation(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(words_text(exc.args[0])) from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The baby options of ``touchtimer routines``."""
    parser.add_argument("--born", type=iso_date, metavar="YYYY-MM-DD",
                        help=translate("CLIHelp", "list the routines that suit a baby born on this day"))
    due = parser.add_mutually_exclusive_group()
    due.add_argument("--due", type=iso_date, metavar="YYYY-MM-DD",
                     help=translate(
                         "CLIHelp", "the baby's due date; a baby born before 37 weeks gets corrected age"))
    due.add_argument("--gestation", type=gestation, metavar="W+D",
                     help=translate(
                         "CLIHelp", "weeks+days of pregnancy at birth (such as 34+2), instead of --due"))
    parser.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD",
                        help=translate("CLIHelp", "work out the age on this day instead of today"))
    parser.add_argument("--in-neonatal-care", action="store_true",
                        help=translate("CLIHelp", "the baby is still cared for in a neonatal unit"))


def wants_baby(args: argparse.Namespace) -> bool:
    return (any(getattr(args, k, None) is not None for k in ("born", "due", "gestation", "today"))
            or bool(getattr(args, "in_neonatal_care", False)))


def _problem(message: str) -> int:
    print(f"touchtimer routines: {message}", file=sys.stderr)
    return EXIT_USAGE


def _span(span: Span) -> str:
    """"5 weeks", "1 year 2 months" in the terminal's language (the window's own words: ``AgeText``)."""
    def plural(unit: str, n: int) -> str:
        return translate("AgeText", f"%n {unit}(s)", n)

    text = plural(span.unit.removesuffix("s"), span.count)
    if span.unit != "years" or not span.extra_months:
        return text
    return translate("AgeText", "%1 %2").replace("%1", text).replace("%2", plural("month", span.extra_months))


def age_text(baby: Baby, today: date) -> str:
    """"5 weeks (3 weeks corrected)", "4 days (due in 6 weeks)", as the window says it."""
    from touchtimer.core.babies.ages import age_words

    said = age_words(baby, today)
    actual = _span(said.actual)
    if said.corrected is not None:
        return translate("AgeText", "%1 (%2 corrected)").replace("%1", actual).replace(
            "%2", _span(said.corrected))
    if said.due_in is not None:
        return translate("AgeText", "%1 (due in %2)").replace("%1", actual).replace("%2", _span(said.due_in))
    if said.due_today:
        return translate("AgeText", "%1 (due date today)").replace("%1", actual)
    return actual


def _weeks(weeks: int) -> str:
    if weeks < 9:
        return translate("Texts", "%n week(s)", weeks)
    if weeks < 104:
        return translate("Texts", "%n month(s)", max(2, round(weeks * 7 / 30.44)))
    return translate("Texts", "%n year(s)", 2)


def reason_text(rec: Recommendation) -> str:
    """Why a routine may not fit, or a caution for one that does, as the window says it."""
    if rec.code == "too_young" and rec.weeks is not None:
        return translate("Texts", "for babies from %1").replace("%1", _weeks(rec.weeks))
    if rec.code == "too_old" and rec.weeks is not None:
        return translate("Texts", "for babies up to %1").replace("%1", _weeks(rec.weeks))
    return translate("Recommendation", rec.reason) if rec.reason else ""


def _birth_line(born: date, baby: Baby) -> str:
    gest = baby.gestation()
    if gest is None or baby.due_on is None:
        return translate("CLI", "Baby born {born}.").format(born=born.isoformat())
    if baby.preterm:
        line = translate("CLI", "Baby born {born} at {weeks}+{days} weeks (due {due}), preterm.")
    elif baby.post_term:
        line = translate("CLI", "Baby born {born} at {weeks}+{days} weeks (due {due}), after the due date.")
    else:
        line = translate("CLI", "Baby born {born} at {weeks}+{days} weeks (due {due}), at term.")
    return line.format(born=born.isoformat(), weeks=gest[0], days=gest[1], due=baby.due_on.isoformat())


def routines_for_baby(args: argparse.Namespace, routines: list[Routine],
                      routine_json: Callable[[Routine], dict[str, Any]],
                      rows: Callable[[list[Routine], str], list[str]]) -> int:
    """Print the routines for the baby described by ``args``; returns the exit status. ``rows`` gives
    the listing's aligned lines for routines, each after an indent."""
    from touchtimer.core.babies.ages import Baby as BabyProfile
    from touchtimer.core.babies.ages import (
        age_on,
        describe_age,
        due_from_gestation,
        in_kangaroo_care_period,
        past_every_routine,
        recommend,
        span_between,
    )
    from touchtimer.core.babies.profiles import check_baby

    if args.born is None:
        return _problem(translate("CLI", "--due, --gestation and --today describe a baby; add --born "
                                         "YYYY-MM-DD"))
    born: date = args.born
    today: date = args.today or date.today()
    if born > today:
        when = (translate("CLI", "--born {born} is after --today {today}; please check the dates")
                if args.today else
                translate("CLI", "--born {born} is after today ({today}); please check the dates"))
        return _problem(when.format(born=born.isoformat(), today=today.isoformat()))
    due: date | None = args.due
    if args.gestation is not None:
        weeks, days = args.gestation
        due = due_from_gestation(born, weeks, days)
    problems = check_baby("baby", born, due, today)
    if problems:
        return _problem(" ".join(words_text(p) for p in problems))
    baby = BabyProfile("cli", "baby", born, due, in_neonatal_care=bool(args.in_neonatal_care))
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
    print(_birth_line(born, baby))
    chosen = (translate("CLI", "On {today}: {age}. Routines are chosen by corrected age: {weeks} completed "
                               "weeks.") if age.corrected else
              translate("CLI", "On {today}: {age}. Routines are chosen by age since birth: {weeks} completed "
                               "weeks."))
    print(chosen.format(today=today.isoformat(), age=age_text(baby, today), weeks=age.weeks_for_routines))
    if in_kangaroo_care_period(baby, today):
        print(translate("CLI", "This baby is in neonatal care: skin-to-skin is kangaroo care, with the care "
                               "team's agreement. Kangaroo hold comes first.") if baby.in_neonatal_care else
              translate("CLI", "This baby has not reached the due date: skin-to-skin is kangaroo care, with "
                               "the care team's agreement. Kangaroo hold comes first."))
    lines = dict(zip((id(r) for r in recs), rows([r.routine for r in recs], "  "), strict=True))
    suitable = [r for r in recs if r.suits]
    others = [r for r in recs if not r.suits]
    print()
    if suitable:
        print(translate("CLI", "Suit this baby:"))
    elif past_every_routine(age):
        print(translate("CLI", "Suit this baby: none. touchtimer's routines are written for babies up to two "
                               "years; this birth date is {span} ago.").format(
            span=_span(span_between(born, today))))
    else:
        print(translate("CLI", "Suit this baby: none of the routines yet."))
    for rec in suitable:
        print(lines[id(rec)])
        if rec.reason:
            print(f"  {'':<24} " + translate("CLI", "note: {reason}").format(reason=reason_text(rec)))
    if others:
        print()
        print(translate("CLI", "Not for now:"))
        for rec in others:
            print(lines[id(rec)])
            print(f"  {'':<24} {reason_text(rec)}")
    return EXIT_OK
