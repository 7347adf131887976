"""Words for the two safety screens: the emergency screen and the optional parent check-in.

Pure data and one pure function; never import Qt here. The UI shows these strings through
``QCoreApplication.translate("Safety", text)`` so that they can be translated.

The check-in is built on the two Whooley questions recommended by NICE. It never scores, labels or
diagnoses: every "yes" leads to a midwife, health visitor or doctor, and a parent who feels unsafe is
sent to emergency help first. It deliberately does not use the EPDS, which is copyrighted.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from typing import Literal

Answer = Literal["yes", "no", "skip"]
ANSWERS: tuple[Answer, ...] = ("yes", "no", "skip")


# --------------------------------------------------------------------------- emergency screen

@dataclass(frozen=True)
class EmergencyScreen:
    """The one screen a parent can reach at any moment.

    It gives exactly two routes, never two for the same sign: the signs in ``call_signs`` mean
    "call the emergency number now"; a position problem (``position_signs``) means "move baby at
    once, then call if anything seems wrong". ``first_step`` is set for routines in a neonatal unit,
    where the alarm and the nurse come before any phone.
    """

    title: str
    call_now: str
    call_signs: tuple[str, ...]
    while_calling: tuple[str, ...]
    position_title: str
    position_signs: tuple[str, ...]
    position_action: str
    first_step: str = ""


EMERGENCY = EmergencyScreen(
    title="Emergency",
    call_now=("If your baby is blue, pale, floppy or not breathing, or has a pause in breathing, "
              "call your local emergency number now."),
    call_signs=(
        "Lips or tongue blue, grey or pale (look inside the mouth: this works for every skin colour).",
        "A floppy body, or baby does not respond to you.",
        "Not breathing, or a pause in breathing.",
        "Struggling to breathe: grunting, flaring nostrils, or the chest or tummy sucking in with each "
        "breath.",
    ),
    while_calling=(
        "Lay baby on their back on a firm, flat surface, and uncover their face, nose and mouth.",
        "Put the phone on speaker. The person who answers will tell you what to do.",
    ),
    position_title="If baby's position is wrong",
    position_signs=(
        "Nose or mouth covered, or face pressed into skin, breast or clothing.",
        "Chin down on the chest.",
        "You cannot see baby's face.",
    ),
    position_action=(
        "Move baby at once: face in view, head turned to one side, nose and mouth clear, chin off "
        "the chest. Then, if anything seems wrong, call your local emergency number."
    ),
)

#: The neonatal unit's routines put the alarm and the nurse first (:func:`emergency_for`).
NEONATAL_FIRST_STEP = "In the neonatal unit: press the alarm or call the nurse first."


def emergency_for(*, neonatal_unit: bool) -> EmergencyScreen:
    """The emergency screen for a routine; a routine done in a neonatal unit gets the alarm first."""
    if not neonatal_unit:
        return EMERGENCY
    return replace(EMERGENCY, first_step=NEONATAL_FIRST_STEP)


# --------------------------------------------------------------------------- parent check-in

CHECK_IN_TITLE = "How are you?"
CHECK_IN_INTRO = (
    "A moment for you. This check-in is optional: answer, skip a question, or close it at any time. "
    "There is no score and it is not a test. "
    "Mothers, fathers and partners can all feel low after a baby arrives."
)

#: The two Whooley questions (NICE), word for word.
WHOOLEY_DOWN = "During the past month, have you often been bothered by feeling down, depressed or hopeless?"
WHOOLEY_INTEREST = (
    "During the past month, have you often been bothered by having little interest or pleasure "
    "in doing things?"
)
#: Asked only after a "yes" to either question above.
FOLLOW_UP = "Is this something you feel you need or want help with?"
#: A choice the parent can make at any point, not a screening question.
UNSAFE_CHOICE = "I feel unsafe, or I might harm myself or my baby"

CRISIS_LINE = "If you feel unsafe or might harm yourself or your baby, call your local emergency number now."


class Guidance(Enum):
    """A piece of guidance the check-in can show; see :data:`GUIDANCE_TEXT`."""

    CRISIS = "crisis"
    WANTS_HELP = "wants_help"
    SIGNPOST = "signpost"
    THANKS = "thanks"
    SKIPPED = "skipped"


GUIDANCE_TEXT: dict[Guidance, str] = {
    Guidance.CRISIS: (
        CRISIS_LINE + " If baby is in your arms, lay them on their back in their cot while you call."
    ),
    Guidance.WANTS_HELP: (
        "Thank you for saying so. Please talk to your midwife, health visitor or doctor soon. "
        "Many mothers, fathers and partners feel like this, and support is there for you."
    ),
    Guidance.SIGNPOST: (
        "Thank you. It is worth talking to your midwife, health visitor or doctor about how you have "
        "been feeling, even if it does not feel urgent. That is part of their job, for fathers and "
        "partners too."
    ),
    Guidance.THANKS: (
        "Thank you. If things change, your midwife, health visitor or doctor is there for you too."
    ),
    Guidance.SKIPPED: "That is fine. This check-in is here whenever you want it.",
}

#: Examples of local numbers, to be checked before each release; the generic crisis line comes first.
LOCAL_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("UK", "999 in an emergency; NHS 111 for urgent advice; Samaritans 116 123, day or night."),
    ("US", "911 in an emergency; National Maternal Mental Health Hotline 1-833-852-6262, "
           "day or night (support, not a crisis line)."),
)


@dataclass(frozen=True)
class CheckInAnswers:
    """What the parent chose. Every question may be skipped; ``feels_unsafe`` is an explicit choice."""

    feeling_down: Answer = "skip"
    little_interest: Answer = "skip"
    wants_help: Answer = "skip"
    feels_unsafe: bool = False

    def __post_init__(self) -> None:
        for name in ("feeling_down", "little_interest", "wants_help"):
            value = getattr(self, name)
            if value not in ANSWERS:
                raise ValueError(f"{name} is {value!r}; expected one of: {', '.join(ANSWERS)}")
        if not isinstance(self.feels_unsafe, bool):
            raise ValueError(f"feels_unsafe is {self.feels_unsafe!r}; expected true or false")


def needs_follow_up(answers: CheckInAnswers) -> bool:
    """Whether to ask :data:`FOLLOW_UP`: only after a "yes" to either Whooley question."""
    return "yes" in (answers.feeling_down, answers.little_interest)


def guidance_for(answers: CheckInAnswers) -> tuple[Guidance, ...]:
    """Which guidance to show, in order. No scores and no labels.

    Feeling unsafe puts the crisis line first. Any "yes" leads to a midwife, health visitor or
    doctor. The crisis line is always shown, last when nothing points to it.
    """
    out: list[Guidance] = []
    if answers.feels_unsafe:
        out.append(Guidance.CRISIS)
    given = (answers.feeling_down, answers.little_interest, answers.wants_help)
    if answers.wants_help == "yes":
        out.append(Guidance.WANTS_HELP)
    elif "yes" in given:
        out.append(Guidance.SIGNPOST)
    elif "no" in given:
        out.append(Guidance.THANKS)
    elif not answers.feels_unsafe:
        out.append(Guidance.SKIPPED)
    if Guidance.CRISIS not in out:
        out.append(Guidance.CRISIS)
    return tuple(out)
