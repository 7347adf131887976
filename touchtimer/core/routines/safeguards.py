"""The safeguards every skin-to-skin routine carries, built-in or the parent's own.

A skin-to-skin routine is refused (by ``touchtimer check``, when the routines are loaded, and in the
routine editor) unless it has:

1. **a safe-position checklist**: a non-empty ``safety`` list, confirmed before the session;
2. **position checks at most 15 minutes apart** (prompts with ``kind = "check"``):

   - every open-ended stage has a check that repeats at most every 15 minutes, so that no length of
     stay escapes it;
   - along the fixed stages, counted together from the start of the routine (or the end of an
     open-ended stage) to the end of the routine (or the start of the next open-ended stage), no
     more than 15 minutes pass without a check. Many short stages cannot add up to a long stretch
     without one.

Times are the stages' planned times; the rule does not look at what the checks say, only that they
are there. Massage routines have no such rule.

In a session the checks keep their own clock from the moment baby is placed on the chest (the stage
marked ``placing = true``, at most one; see :mod:`touchtimer.core.session.position_checks`).
"""

from __future__ import annotations

from dataclasses import dataclass

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, Length, words
from touchtimer.core.routines.model import Routine, Stage

#: The longest time a skin-to-skin routine may go without a position check.
MAX_CHECK_GAP_SECONDS = 15 * 60

CHECKLIST_EXAMPLE = QT_TRANSLATE_NOOP(
    "RoutineFile", "baby's face can be seen; nose and mouth uncovered; head to one side, chin off the chest; "
    "breathing seen and heard, lips and tongue pink")


@dataclass(frozen=True)
class Problem:
    """One missing safeguard: the field path it is about and what is missing."""

    path: str
    message: str


def _check_offsets(stage: Stage, until: int) -> list[int]:
    return sorted({o for p in stage.prompts if p.kind == "check" for o in p.offsets(until)})


def _open_stage_problem(index: int, stage: Stage) -> Problem | None:
    repeating = [p.every_seconds for p in stage.prompts if p.kind == "check" and p.every_seconds]
    limit = Length(MAX_CHECK_GAP_SECONDS)
    if not repeating:
        return Problem(f"stages[{index}].prompts", words(QT_TRANSLATE_NOOP(
            "RoutineFile", 'this open-ended skin-to-skin stage has no repeating position check; expected a '
            'prompt with kind = "check" that repeats at most every {limit} (every_minutes = 15 or less)'),
            limit=limit))
    every = min(repeating)
    if every > MAX_CHECK_GAP_SECONDS:
        return Problem(f"stages[{index}].prompts", words(QT_TRANSLATE_NOOP(
            "RoutineFile", "the position check repeats only every {every}; expected at most every {limit}"),
            every=Length(every), limit=limit))
    return None


def _fixed_stretch_problems(routine: Routine) -> list[Problem]:
    """Walk the fixed stages in order, reporting the first stage of each stretch that goes too long."""
    problems: list[Problem] = []
    since = 0           # seconds since the last check, or since the stretch began
    start: str = QT_TRANSLATE_NOOP("RoutineFile", "the start of the routine")
    reported = False
    for index, stage in enumerate(routine.stages):
        if stage.seconds is None:     # an open-ended stage has its own rule, and ends the stretch
            since, reported = 0, False
            start = words(QT_TRANSLATE_NOOP("RoutineFile", "the end of stages[{index}]"), index=index)
            continue
        elapsed = 0
        for offset in [*_check_offsets(stage, stage.seconds), stage.seconds]:
            since += offset - elapsed
            elapsed = offset
            if since > MAX_CHECK_GAP_SECONDS and not reported:
                reported = True
                problems.append(Problem(f"stages[{index}]", words(QT_TRANSLATE_NOOP(
                    "RoutineFile", 'goes more than {limit} without a position check (counting from {start}); '
                    'expected a prompt with kind = "check" at least every {limit}'),
                    limit=Length(MAX_CHECK_GAP_SECONDS), start=start)))
            if offset < stage.seconds:     # a check falls here
                since, reported = 0, False
                start = words(QT_TRANSLATE_NOOP("RoutineFile", "the check in stages[{index}] at {time}"),
                              index=index, time=Length(offset) if offset else QT_TRANSLATE_NOOP(
                                  "RoutineFile", "its start"))
    return problems


def _placing_problems(routine: Routine) -> list[Problem]:
    marked = [i for i, stage in enumerate(routine.stages) if stage.placing]
    if marked and routine.kind != "skin_to_skin":
        return [Problem(f"stages[{marked[0]}].placing", QT_TRANSLATE_NOOP(
            "RoutineFile", "only a skin-to-skin routine has a stage where baby is placed on the chest; "
            "remove placing"))]
    return [Problem(f"stages[{i}].placing", words(QT_TRANSLATE_NOOP(
        "RoutineFile", "baby is placed on the chest in one stage only, and stages[{index}] says so already; "
        "remove placing here"), index=marked[0])) for i in marked[1:]]


def safeguard_problems(routine: Routine) -> list[Problem]:
    """What a routine is missing of the safeguards above (nothing for a massage routine)."""
    problems = _placing_problems(routine)
    if routine.kind != "skin_to_skin":
        return problems
    if not routine.safety:
        problems.append(Problem("safety", words(QT_TRANSLATE_NOOP(
            "RoutineFile", "a skin-to-skin routine needs the safe-position checklist, and this one has none; "
            "expected a list of what the parent confirms, such as: {example}"), example=CHECKLIST_EXAMPLE)))
    for index, stage in enumerate(routine.stages):
        if stage.open_ended and (problem := _open_stage_problem(index, stage)) is not None:
            problems.append(problem)
    problems += _fixed_stretch_problems(routine)
    return problems
