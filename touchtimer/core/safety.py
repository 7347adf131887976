"""Words for the two safety screens (the emergency screen and the optional parent check-in), and the
few safety sentences shown elsewhere: "not a treatment" and the words at the end of a session.

Pure data and small pure functions; never import Qt here. The UI shows these strings through
``QCoreApplication.translate("Safety", text)`` so that they can be translated.

The check-in is built on the two Whooley questions recommended by NICE. It never scores, labels or
diagnoses: every "yes" leads to a midwife, health visitor or doctor, and a parent who feels unsafe is
sent to emergency help first. It deliberately does not use the EPDS, which is copyrighted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Literal

from touchtimer.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:   # the session's cue words use this module, and start-up does not need the ages
    from touchtimer.core.babies.ages import Baby

Answer = Literal["yes", "no", "skip"]
ANSWERS: tuple[Answer, ...] = ("yes", "no", "skip")


# --------------------------------------------------------------------------- emergency screen

@dataclass(frozen=True)
class BreathingLimits:
    """Breathing rates that are too fast (or too slow) for one age band, in breaths a minute.

    The band runs from ``from_months`` (completed calendar months since birth) up to, not including,
    ``until_months`` (``None``: no upper end). ``line`` is the whole sentence shown on the emergency
    screen. The fast limits are WHO's IMCI thresholds for fast breathing, which use the age since
    birth; the slow limit is given only for the youngest band, where the source has one.
    """

    from_months: int
    until_months: int | None
    fast_from: int
    slow_below: int | None
    line: str

    def contains(self, months: int) -> bool:
        return self.from_months <= months and (self.until_months is None or months < self.until_months)

    def too_fast(self, breaths_a_minute: int) -> bool:
        return breaths_a_minute >= self.fast_from

    def too_slow(self, breaths_a_minute: int) -> bool:
        return self.slow_below is not None and breaths_a_minute < self.slow_below


#: Youngest first; together they cover every age without a gap.
BREATHING_LIMITS: tuple[BreathingLimits, ...] = (
    BreathingLimits(0, 2, 60, 30, QT_TRANSLATE_NOOP(
        "Safety", "Under 2 months: 60 or more breaths a minute, or fewer than 30.")),
    BreathingLimits(2, 12, 50, None, QT_TRANSLATE_NOOP(
        "Safety", "2 to 12 months: 50 or more breaths a minute.")),
    BreathingLimits(12, None, 40, None, QT_TRANSLATE_NOOP(
        "Safety", "1 year and older: 40 or more breaths a minute.")),
)
#: How to count, shown with the limits.
COUNT_BREATHS = QT_TRANSLATE_NOOP(
    "Safety",
    "To count: while baby is calm, watch the tummy rise and fall and count the breaths for a full "
    "minute. Babies breathe unevenly, so a shorter count can mislead."
)
BREATHING_SOURCE = QT_TRANSLATE_NOOP(
    "Safety",
    "Limits: WHO Integrated Management of Childhood Illness (fast breathing); "
    "Italian Journal of Pediatrics, 2017 (newborns)."
)


def breathing_limits(baby: Baby, today: date) -> BreathingLimits:
    """The limits for this baby's age since birth on ``today`` (as WHO IMCI counts age)."""
    from touchtimer.core.babies.ages import age_on

    months = age_on(baby, today).months
    return next(band for band in BREATHING_LIMITS if band.contains(months))


def breathing_limits_for(babies: Sequence[Baby], today: date | None) -> tuple[BreathingLimits, ...]:
    """The bands to show: one per band the babies are in, youngest first; every band when no baby
    (or no day) is known."""
    if not babies or today is None:
        return BREATHING_LIMITS
    wanted = {breathing_limits(baby, today) for baby in babies}
    return tuple(band for band in BREATHING_LIMITS if band in wanted)


@dataclass(frozen=True)
class EmergencyScreen:
    """The one screen a parent can reach at any moment.

    It gives exactly two routes, never two for the same sign: the signs in ``call_signs`` mean
    "call the emergency number now"; a position problem (``position_signs``) means "move baby at
    once, then call if anything seems wrong". Breathing too fast or too slow is one of the call signs;
    ``breathing`` holds the limits that sign refers to (for the baby's age, or every band), with
    ``count_breaths`` saying how to count. ``first_step`` is set for routines in a neonatal unit,
    where the alarm and the nurse come before any phone. ``number`` is the parent's own emergency
    number from the settings ("" when not set: :func:`number_line` then gives examples).
    """

    def number_line(self) -> str:
        """The line under "call now": the parent's number, or examples of local numbers."""
        return number_line(self.number)

    title: str
    call_now: str
    call_signs: tuple[str, ...]
    while_calling: tuple[str, ...]
    position_title: str
    position_signs: tuple[str, ...]
    position_action: str
    first_step: str = ""
    number: str = ""
    breathing: tuple[BreathingLimits, ...] = BREATHING_LIMITS
    count_breaths: str = COUNT_BREATHS
    breathing_source: str = BREATHING_SOURCE


EMERGENCY = EmergencyScreen(
    title=QT_TRANSLATE_NOOP("Safety", "Emergency"),
    call_now=QT_TRANSLATE_NOOP("Safety", "If your baby is blue, pale, floppy or not breathing, or has a "
                                         "pause in breathing, call your local emergency number now."),
    call_signs=(
        QT_TRANSLATE_NOOP("Safety", "Lips or tongue blue, grey or pale (look inside the mouth: this works "
                                    "for every skin colour)."),
        QT_TRANSLATE_NOOP("Safety", "A floppy body, or baby does not respond to you."),
        QT_TRANSLATE_NOOP("Safety", "Not breathing, or a pause in breathing."),
        QT_TRANSLATE_NOOP("Safety", "Struggling to breathe: grunting, flaring nostrils, or the chest or "
                                    "tummy sucking in with each breath."),
        QT_TRANSLATE_NOOP("Safety", "Breathing too fast or too slow for baby's age (the limits are below)."),
    ),
    while_calling=(
        QT_TRANSLATE_NOOP("Safety", "Lay baby on their back on a firm, flat surface, and uncover their face, "
                                    "nose and mouth."),
        QT_TRANSLATE_NOOP("Safety", "Put the phone on speaker. The person who answers will tell you what "
                                    "to do."),
    ),
    position_title=QT_TRANSLATE_NOOP("Safety", "If baby's position is wrong"),
    position_signs=(
        QT_TRANSLATE_NOOP("Safety", "Nose or mouth covered, or face pressed into skin, breast or clothing."),
        QT_TRANSLATE_NOOP("Safety", "Chin down on the chest."),
        QT_TRANSLATE_NOOP("Safety", "You cannot see baby's face."),
    ),
    position_action=QT_TRANSLATE_NOOP(
        "Safety",
        "Move baby at once: face in view, head turned to one side, nose and mouth clear, chin off "
        "the chest. Then, if anything seems wrong, call your local emergency number."
    ),
)

#: The neonatal unit's routines put the alarm and the nurse first (:func:`emergency_for`).
NEONATAL_FIRST_STEP = QT_TRANSLATE_NOOP("Safety",
                                        "In the neonatal unit: press the alarm or call the nurse first.")

#: Emergency numbers shown as examples when the parent has not set theirs (check before each release).
EMERGENCY_NUMBER_EXAMPLES: tuple[tuple[str, str], ...] = (("UK", "999"), ("US", "911"))
#: The line under "call now" with the parent's own number (``{number}``), from the settings.
YOUR_NUMBER = QT_TRANSLATE_NOOP("Safety", "Your emergency number: {number}")
#: The line under "call now" when no number is set; ``{examples}`` is "UK 999, US 911".
NUMBER_EXAMPLES = QT_TRANSLATE_NOOP("Safety", "Your local emergency number, for example {examples}. "
                                               "You can save yours in Settings.")
#: The longest emergency number the settings accept, and the characters it may have.
NUMBER_MAX_LENGTH = 20
NUMBER_CHARACTERS = frozenset("0123456789 +-")


def number_problem(number: str) -> str:
    """Why ``number`` cannot be the emergency number ("" when it can, or when it is empty)."""
    if len(number) > NUMBER_MAX_LENGTH:
        return f"should be at most {NUMBER_MAX_LENGTH} characters long"
    if not set(number) <= NUMBER_CHARACTERS:
        return "should have only digits, spaces, + or -"
    if number.strip() and not any(c.isdigit() for c in number):
        return "should have at least one digit"
    return ""


def number_line(number: str) -> str:
    """The parent's emergency number, or examples when none is set (in English; the UI translates the
    templates :data:`YOUR_NUMBER` and :data:`NUMBER_EXAMPLES` itself)."""
    number = number.strip()
    if number:
        return YOUR_NUMBER.format(number=number)
    return NUMBER_EXAMPLES.format(examples=example_numbers())


def example_numbers() -> str:
    return ", ".join(f"{place} {digits}" for place, digits in EMERGENCY_NUMBER_EXAMPLES)


def emergency_for(*, neonatal_unit: bool, babies: Sequence[Baby] = (),
                  today: date | None = None, number: str = "") -> EmergencyScreen:
    """The emergency screen for a routine and the babies it is for.

    A routine done in a neonatal unit gets the alarm first. With babies (and ``today``) known, the
    breathing limits are those for their ages; otherwise every age band is shown. ``number`` is the
    parent's own emergency number (the setting), if they saved one.
    """
    return replace(EMERGENCY, first_step=NEONATAL_FIRST_STEP if neonatal_unit else "",
                   number=number.strip(), breathing=breathing_limits_for(babies, today))


# --------------------------------------------------------------------------- elsewhere in the app

#: Said wherever benefit notes are shown (the evidence panel) and in About.
NOT_A_TREATMENT = QT_TRANSLATE_NOOP(
    "Safety",
    "touchtimer is not a treatment, and it does not replace care from your midwife, health visitor "
    "or doctor. The notes say what studies found, nothing more."
)
#: Put with every benefit note that comes from a parent's own routine file (not a built-in routine).
UNREVIEWED_NOTE = QT_TRANSLATE_NOOP("Safety", "From your own routine file, not reviewed.")

#: Said and shown at the end of every skin-to-skin session, however it ends.
SLEEPY_AT_THE_END = QT_TRANSLATE_NOOP("Safety", "Feeling sleepy? Lay baby on their back in their cot.")
#: Shown when a session is ended before the routine's end: stopping is a good call, never a failure.
ENDED_EARLY_PRAISE = QT_TRANSLATE_NOOP(
    "Safety",
    "Good call. Stopping when baby has had enough, or when you feel sleepy, is always the right thing "
    "to do."
)


def ending_lines(kind: str, *, completed: bool) -> tuple[str, ...]:
    """What the end of a session says beside "well done" or "session ended", in order: praise for
    ending early, then, after skin-to-skin, where baby goes if the parent is sleepy."""
    lines = [] if completed else [ENDED_EARLY_PRAISE]
    if kind == "skin_to_skin":
        lines.append(SLEEPY_AT_THE_END)
    return tuple(lines)


# --------------------------------------------------------------------------- parent check-in

CHECK_IN_TITLE = QT_TRANSLATE_NOOP("Safety", "How are you?")
CHECK_IN_INTRO = QT_TRANSLATE_NOOP(
    "Safety",
    "A moment for you. This check-in is optional: answer, skip a question, or close it at any time. "
    "There is no score and it is not a test. "
    "Mothers, fathers and partners can all feel low after a baby arrives."
)

#: The two Whooley questions (NICE), word for word.
WHOOLEY_DOWN = QT_TRANSLATE_NOOP(
    "Safety", "During the past month, have you often been bothered by feeling down, depressed or hopeless?")
WHOOLEY_INTEREST = QT_TRANSLATE_NOOP(
    "Safety",
    "During the past month, have you often been bothered by having little interest or pleasure "
    "in doing things?"
)
#: Asked only after a "yes" to either question above.
FOLLOW_UP = QT_TRANSLATE_NOOP("Safety", "Is this something you feel you need or want help with?")
#: A choice the parent can make at any point, not a screening question.
UNSAFE_CHOICE = QT_TRANSLATE_NOOP("Safety", "I feel unsafe, or I might harm myself or my baby")

CRISIS_LINE = QT_TRANSLATE_NOOP(
    "Safety", "If you feel unsafe or might harm yourself or your baby, call your local emergency number now.")


class Guidance(Enum):
    """A piece of guidance the check-in can show; see :data:`GUIDANCE_TEXT`."""

    CRISIS = "crisis"
    WANTS_HELP = "wants_help"
    SIGNPOST = "signpost"
    THANKS = "thanks"
    SKIPPED = "skipped"


GUIDANCE_TEXT: dict[Guidance, str] = {
    # CRISIS_LINE and one more sentence, written out whole so that it is translated as one text.
    Guidance.CRISIS: QT_TRANSLATE_NOOP(
        "Safety",
        "If you feel unsafe or might harm yourself or your baby, call your local emergency number now."
        " If baby is in your arms, lay them on their back in their cot while you call."
    ),
    Guidance.WANTS_HELP: QT_TRANSLATE_NOOP(
        "Safety",
        "Thank you for saying so. Please talk to your midwife, health visitor or doctor soon. "
        "Many mothers, fathers and partners feel like this, and support is there for you."
    ),
    Guidance.SIGNPOST: QT_TRANSLATE_NOOP(
        "Safety",
        "Thank you. It is worth talking to your midwife, health visitor or doctor about how you have "
        "been feeling, even if it does not feel urgent. That is part of their job, for fathers and "
        "partners too."
    ),
    Guidance.THANKS: QT_TRANSLATE_NOOP(
        "Safety",
        "Thank you. If things change, your midwife, health visitor or doctor is there for you too."
    ),
    Guidance.SKIPPED: QT_TRANSLATE_NOOP("Safety",
                                        "That is fine. This check-in is here whenever you want it."),
}

#: A mood of this or lower (1 "very low", 2 "low"), chosen before or after a session, offers the check-in.
LOW_MOOD = 2
#: The one calm line that offers the check-in then (never a window that opens by itself).
CHECK_IN_OFFER = QT_TRANSLATE_NOOP(
    "Safety", "Thank you for saying. A short check-in is here for you, if you would like it.")


def offers_check_in(*moods: int | None) -> bool:
    """Whether any of the parent's mood ratings is low enough to offer the check-in."""
    return any(mood is not None and mood <= LOW_MOOD for mood in moods)


#: Examples of local numbers, to be checked before each release; the generic crisis line comes first.
LOCAL_EXAMPLES: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("Safety", "UK"),
     QT_TRANSLATE_NOOP("Safety", "999 in an emergency; NHS 111 for urgent advice; Samaritans 116 123, "
                                 "day or night.")),
    (QT_TRANSLATE_NOOP("Safety", "US"),
     QT_TRANSLATE_NOOP("Safety", "911 in an emergency; 988 Suicide & Crisis Lifeline, call or text 988, "
                                 "day or night; National Maternal Mental Health Hotline 1-833-852-6262, "
                                 "day or night (support, not a crisis line).")),
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
