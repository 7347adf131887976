"""Safety-screen content: the emergency screen, the non-scoring check-in, and the generated docs."""

from __future__ import annotations

import dataclasses
import itertools
import re
from datetime import date
from pathlib import Path

import pytest

from scripts.make_routines_doc import DOC_PATH, render
from touchtimer.core import safety
from touchtimer.core.babies.ages import Baby, due_from_gestation
from touchtimer.core.routines.files import builtin_routines
from touchtimer.core.safety import (
    ANSWERS,
    BREATHING_LIMITS,
    EMERGENCY,
    GUIDANCE_TEXT,
    Answer,
    CheckInAnswers,
    Guidance,
    breathing_limits,
    emergency_for,
    guidance_for,
    needs_follow_up,
)

TODAY = date(2026, 6, 15)


def _all_safety_text() -> str:
    parts: list[str] = []
    for name in dir(safety):
        value = getattr(safety, name)
        if isinstance(value, str) and not name.startswith("_"):
            parts.append(value)
    e = EMERGENCY
    parts += [e.title, e.call_now, *e.call_signs, *e.while_calling, e.position_title, *e.position_signs,
              e.position_action, safety.NEONATAL_FIRST_STEP, e.count_breaths, e.breathing_source,
              *(band.line for band in e.breathing)]
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
                           *EMERGENCY.position_signs, EMERGENCY.position_action, EMERGENCY.count_breaths,
                           *(band.line for band in EMERGENCY.breathing))).lower()
    for hedge in ("does not go away", "not sure", "if it persists", "wait and see"):
        assert hedge not in every_text
    # the call signs are never also offered as position problems
    position = " ".join(EMERGENCY.position_signs).lower()
    for sign in ("blue", "pale", "floppy", "breathing"):
        assert sign not in position
    assert "firm, flat surface" in " ".join(EMERGENCY.while_calling)


def test_breathing_too_fast_or_slow_is_a_call_sign_and_never_a_position_problem() -> None:
    """The breathing limits belong to the call-now route only: one route for each sign."""
    rate_signs = [sign for sign in EMERGENCY.call_signs if "too fast or too slow" in sign]
    assert len(rate_signs) == 1 and "age" in rate_signs[0]
    assert not any("fast" in s or "slow" in s for s in EMERGENCY.position_signs)
    assert "fast" not in EMERGENCY.position_action and "slow" not in EMERGENCY.position_action
    count = EMERGENCY.count_breaths.lower()
    assert "full minute" in count and "tummy" in count
    assert "WHO" in EMERGENCY.breathing_source


def test_breathing_limits_cover_every_age_once_youngest_first() -> None:
    for months in range(0, 12 * 6):
        assert sum(band.contains(months) for band in BREATHING_LIMITS) == 1, months
    starts = [band.from_months for band in BREATHING_LIMITS]
    assert starts == sorted(starts) and starts[0] == 0
    for earlier, later in itertools.pairwise(BREATHING_LIMITS):
        assert earlier.until_months == later.from_months
        assert earlier.fast_from > later.fast_from      # older babies breathe more slowly
    for band in BREATHING_LIMITS:
        assert str(band.fast_from) in band.line
        if band.slow_below is not None:
            assert str(band.slow_below) in band.line


def _born(months_ago: int, *, gestation: tuple[int, int] | None = None) -> Baby:
    year, month = divmod(TODAY.year * 12 + TODAY.month - 1 - months_ago, 12)
    born = date(year, month + 1, TODAY.day)
    due = due_from_gestation(born, *gestation) if gestation else None
    return Baby(f"b{months_ago}", "Baby", born, due)


@pytest.mark.parametrize(("months", "fast", "slow"), [
    (0, 60, 30), (1, 60, 30), (2, 50, None), (11, 50, None), (12, 40, None), (23, 40, None), (40, 40, None),
])
def test_breathing_limits_by_age_since_birth(months: int, fast: int, slow: int | None) -> None:
    band = breathing_limits(_born(months), TODAY)
    assert (band.fast_from, band.slow_below) == (fast, slow)
    assert band.too_fast(fast) and not band.too_fast(fast - 1)
    if slow is None:
        assert not band.too_slow(5)
    else:
        assert band.too_slow(slow - 1) and not band.too_slow(slow)


def test_breathing_limits_use_the_age_since_birth_even_for_a_baby_born_early() -> None:
    # WHO IMCI counts age from birth: three months old, born at 28 weeks, is in the 2-12 month band.
    early = _born(3, gestation=(28, 0))
    assert breathing_limits(early, TODAY).fast_from == 50


def test_the_emergency_screen_shows_the_limits_for_the_babies_chosen() -> None:
    assert emergency_for(neonatal_unit=False).breathing == BREATHING_LIMITS        # no baby: every band
    assert emergency_for(neonatal_unit=False, babies=[_born(5)]).breathing == BREATHING_LIMITS  # no day
    one = emergency_for(neonatal_unit=False, babies=[_born(5)], today=TODAY)
    assert [b.fast_from for b in one.breathing] == [50]
    twins = emergency_for(neonatal_unit=True, babies=[_born(1), _born(1)], today=TODAY)
    assert [b.fast_from for b in twins.breathing] == [60] and twins.first_step
    two = emergency_for(neonatal_unit=False, babies=[_born(14), _born(1)], today=TODAY)
    assert [b.fast_from for b in two.breathing] == [60, 40]                        # youngest first
    assert one.call_signs == EMERGENCY.call_signs and one.call_now == EMERGENCY.call_now


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


def test_local_examples_name_the_us_crisis_line_beside_the_maternal_hotline() -> None:
    us = dict(safety.LOCAL_EXAMPLES)["US"]
    assert "988" in us and "Suicide & Crisis Lifeline" in us
    assert "1-833-852-6262" in us and "not a crisis line" in us


def test_not_a_treatment_is_one_sentence_the_app_can_reuse() -> None:
    assert safety.NOT_A_TREATMENT.startswith("touchtimer is not a treatment")
    assert "midwife, health visitor or doctor" in safety.NOT_A_TREATMENT
    assert "not reviewed" in safety.UNREVIEWED_NOTE


def test_the_end_of_a_session_praises_stopping_early_and_after_skin_to_skin_names_the_cot() -> None:
    assert safety.ending_lines("massage", completed=True) == ()
    assert safety.ending_lines("massage", completed=False) == (safety.ENDED_EARLY_PRAISE,)
    assert safety.ending_lines("skin_to_skin", completed=True) == (safety.SLEEPY_AT_THE_END,)
    assert safety.ending_lines("skin_to_skin", completed=False) == (safety.ENDED_EARLY_PRAISE,
                                                                    safety.SLEEPY_AT_THE_END)
    assert safety.ENDED_EARLY_PRAISE.startswith("Good call") and "sleepy" in safety.ENDED_EARLY_PRAISE
    sleepy = safety.SLEEPY_AT_THE_END.lower()
    assert "sleepy" in sleepy and "on their back" in sleepy and "cot" in sleepy


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


def test_the_emergency_number_is_the_parents_own_or_examples_from_the_brief() -> None:
    assert safety.number_line("") == ("Your local emergency number, for example UK 999, US 911. "
                                      "You can save yours in Settings.")
    assert safety.number_line(" 999 ") == "Your emergency number: 999"
    assert emergency_for(neonatal_unit=False, number=" 911").number_line() == "Your emergency number: 911"
    assert emergency_for(neonatal_unit=False).number_line() == safety.number_line("")
    assert dict(safety.EMERGENCY_NUMBER_EXAMPLES) == {"UK": "999", "US": "911"}
    for place, digits in safety.EMERGENCY_NUMBER_EXAMPLES:   # the same numbers the check-in names
        assert any(p == place and text.startswith(digits) for p, text in safety.LOCAL_EXAMPLES)


@pytest.mark.parametrize(("number", "problem"), [
    ("", ""), ("999", ""), ("+44 20 7946 0000", ""), ("1-800", ""),
    ("call 999", "should have only digits, spaces, + or -"),
    ("---", "should have at least one digit"),
    ("9" * 21, "should be at most 20 characters long"),
])
def test_an_emergency_number_is_digits_spaces_plus_or_minus(number: str, problem: str) -> None:
    assert safety.number_problem(number) == problem


def test_a_settings_file_with_a_bad_emergency_number_keeps_the_examples() -> None:
    from touchtimer.core.settings import from_mapping

    assert from_mapping({"emergency_number": " 999 "}).settings.emergency_number == "999"
    bad = from_mapping({"emergency_number": "ring 999"})
    assert bad.settings.emergency_number == ""
    assert bad.problems == ["'emergency_number' should have only digits, spaces, + or -, not 'ring 999'; "
                            "using the default"]
    assert from_mapping({"emergency_number": 999}).problems == [
        "'emergency_number' should be text, not 999; using the default"]


@pytest.mark.parametrize(("moods", "offered"), [
    ((None, None), False), ((3, None), False), ((None, 5), False), ((2, None), True), ((None, 1), True),
    ((4, 2), True), ((1, 5), True),
])
def test_a_mood_of_one_or_two_offers_the_check_in(moods: tuple[int | None, int | None],
                                                  offered: bool) -> None:
    assert safety.offers_check_in(*moods) is offered
