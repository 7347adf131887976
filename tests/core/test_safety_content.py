"""Safety-screen content: the emergency screen, the non-scoring check-in, and the generated docs."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from scripts.make_routines_doc import DOC_PATH, render
from touchtimer.core import safety
from touchtimer.core.routines.files import builtin_routines
from touchtimer.core.safety import (
    ANSWERS,
    EMERGENCY,
    GUIDANCE_TEXT,
    Answer,
    CheckInAnswers,
    Guidance,
    guidance_for,
    needs_follow_up,
)


def _all_safety_text() -> str:
    parts: list[str] = []
    for name in dir(safety):
        value = getattr(safety, name)
        if isinstance(value, str) and not name.startswith("_"):
            parts.append(value)
    e = EMERGENCY
    parts += [e.title, e.call_now, *e.call_signs, *e.while_calling, e.position_title, *e.position_signs,
              e.position_action, safety.NEONATAL_FIRST_STEP]
    parts += list(GUIDANCE_TEXT.values())
    parts += [t for _, t in safety.LOCAL_EXAMPLES]
    return "\n".join(parts)


def test_emergency_screen_says_call_now_for_blue_pale_floppy_or_not_breathing() -> None:
    text = EMERGENCY.call_now.lower()
    for word in ("blue", "pale", "floppy", "not breathing", "emergency number", "now"):
        assert word in text


def test_emergency_screen_lists_the_warning_signs_from_the_brief() -> None:
    signs = " ".join(EMERGENCY.call_signs).lower()
    for word in ("blue", "pale", "lips or tongue", "pause in breathing", "grunting", "flaring", "floppy"):
        assert word in signs
    position = " ".join(EMERGENCY.position_signs).lower()
    for word in ("nose or mouth", "chin"):
        assert word in position


def test_emergency_screen_gives_one_route_for_each_sign() -> None:
    """Blue, pale, floppy, not breathing or a pause: call now. Position: move baby, then call if
    anything seems wrong. No sign is told to wait and see."""
    call = EMERGENCY.call_now.lower()
    for sign in ("blue", "pale", "floppy", "not breathing", "pause in breathing"):
        assert sign in call
    assert call.rstrip(".").endswith("call your local emergency number now")
    action = EMERGENCY.position_action.lower()
    assert action.startswith("move baby at once")
    assert "if anything seems wrong, call your local emergency number" in action
    every_text = " ".join((EMERGENCY.call_now, *EMERGENCY.call_signs, *EMERGENCY.while_calling,
                           *EMERGENCY.position_signs, EMERGENCY.position_action)).lower()
    for hedge in ("does not go away", "not sure", "if it persists", "wait and see"):
        assert hedge not in every_text
    # the call signs are never also offered as position problems
    position = " ".join(EMERGENCY.position_signs).lower()
    for sign in ("blue", "pale", "floppy", "breathing"):
        assert sign not in position
    assert "firm, flat surface" in " ".join(EMERGENCY.while_calling)


def test_the_neonatal_unit_screen_puts_the_alarm_and_the_nurse_first() -> None:
    unit = safety.emergency_for(neonatal_unit=True)
    assert unit.first_step and "alarm" in unit.first_step and "nurse" in unit.first_step
    assert safety.emergency_for(neonatal_unit=False).first_step == ""
    assert unit.call_now == EMERGENCY.call_now


def test_check_in_uses_the_two_whooley_questions_word_for_word() -> None:
    assert safety.WHOOLEY_DOWN == (
        "During the past month, have you often been bothered by feeling down, depressed or hopeless?")
    assert safety.WHOOLEY_INTEREST == ("During the past month, have you often been bothered by having "
                                       "little interest or pleasure in doing things?")
    assert safety.FOLLOW_UP == "Is this something you feel you need or want help with?"


def test_check_in_includes_fathers_and_partners_and_the_crisis_line() -> None:
    assert "fathers" in safety.CHECK_IN_INTRO and "partners" in safety.CHECK_IN_INTRO
    assert safety.CRISIS_LINE == ("If you feel unsafe or might harm yourself or your baby, call your local "
                                  "emergency number now.")
    assert GUIDANCE_TEXT[Guidance.CRISIS].startswith(safety.CRISIS_LINE)


def test_every_guidance_has_text_and_every_yes_path_names_who_to_talk_to() -> None:
    assert set(GUIDANCE_TEXT) == set(Guidance)
    for guidance in (Guidance.WANTS_HELP, Guidance.SIGNPOST):
        assert "midwife, health visitor or doctor" in GUIDANCE_TEXT[guidance]


def test_safety_text_never_scores_labels_or_uses_the_epds() -> None:
    text = _all_safety_text().lower()
    for word in ("epds", "edinburgh", "score:", "your score", "you have depression", "diagnos", "at risk"):
        assert word not in text, word
    assert "no score" in safety.CHECK_IN_INTRO.lower()


@pytest.mark.parametrize("down", ANSWERS)
@pytest.mark.parametrize("interest", ANSWERS)
@pytest.mark.parametrize("wants", ANSWERS)
@pytest.mark.parametrize("unsafe", [False, True])
def test_guidance_rules_for_every_combination(down: Answer, interest: Answer, wants: Answer,
                                              unsafe: bool) -> None:
    answers = CheckInAnswers(down, interest, wants, unsafe)
    shown = guidance_for(answers)
    assert len(shown) == len(set(shown))
    assert Guidance.CRISIS in shown
    if unsafe:
        assert shown[0] is Guidance.CRISIS
    else:
        assert shown[-1] is Guidance.CRISIS
    any_yes = "yes" in (down, interest, wants)
    signposted = Guidance.SIGNPOST in shown or Guidance.WANTS_HELP in shown
    assert signposted == any_yes
    assert (Guidance.WANTS_HELP in shown) == (wants == "yes")
    assert (Guidance.THANKS in shown) == (not any_yes and "no" in (down, interest, wants))
    assert (Guidance.SKIPPED in shown) == (not unsafe and (down, interest, wants) == ("skip",) * 3)
    # Results are plain guidance, never a number.
    assert all(isinstance(g, Guidance) for g in shown)


def test_examples_of_guidance() -> None:
    assert guidance_for(CheckInAnswers()) == (Guidance.SKIPPED, Guidance.CRISIS)
    assert guidance_for(CheckInAnswers("no", "no")) == (Guidance.THANKS, Guidance.CRISIS)
    assert guidance_for(CheckInAnswers("yes", "no", "no")) == (Guidance.SIGNPOST, Guidance.CRISIS)
    assert guidance_for(CheckInAnswers("no", "yes", "yes")) == (Guidance.WANTS_HELP, Guidance.CRISIS)
    assert guidance_for(CheckInAnswers(feels_unsafe=True)) == (Guidance.CRISIS,)
    assert guidance_for(CheckInAnswers("yes", "yes", "yes", True)) == (Guidance.CRISIS, Guidance.WANTS_HELP)


def test_follow_up_is_asked_only_after_a_yes() -> None:
    assert needs_follow_up(CheckInAnswers("yes", "no"))
    assert needs_follow_up(CheckInAnswers("skip", "yes"))
    assert not needs_follow_up(CheckInAnswers("no", "skip"))
    assert not needs_follow_up(CheckInAnswers())


def test_bad_answers_get_a_clear_message() -> None:
    with pytest.raises(ValueError, match="feeling_down is 'maybe'; expected one of: yes, no, skip"):
        CheckInAnswers("maybe")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="feels_unsafe"):
        CheckInAnswers(feels_unsafe="yes")  # type: ignore[arg-type]


def test_answers_are_immutable() -> None:
    answers = CheckInAnswers("yes")
    with pytest.raises(dataclasses.FrozenInstanceError):
        answers.feeling_down = "no"  # type: ignore[misc]


def test_safety_module_does_not_import_qt() -> None:
    source = Path(safety.__file__).read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import)\s+PySide6", source, re.MULTILINE)


# --------------------------------------------------------------------------- docs/routines.md

def test_committed_routines_doc_is_up_to_date() -> None:
    assert DOC_PATH.read_text(encoding="utf-8") == render(), (
        "docs/routines.md is out of date; run python scripts/make_routines_doc.py")


def test_routines_doc_shows_every_routine_note_and_both_screens() -> None:
    text = render()
    for routine in builtin_routines().routines:
        assert f"## {routine.title}" in text
        assert f"`{routine.id}`" in text
        for stage in routine.stages:
            assert stage.title in text and stage.instruction in text
            for prompt in stage.prompts:
                assert prompt.text in text
        for note in routine.all_benefits:
            assert f"Source: {note.source}. Certainty: {note.certainty}." in text
    assert EMERGENCY.call_now in text
    assert safety.WHOOLEY_DOWN in text and safety.CRISIS_LINE in text
