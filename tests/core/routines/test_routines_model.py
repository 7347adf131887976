"""The routine model's small helpers: prompt offsets, spoken words, totals, benefits, age bands."""

from __future__ import annotations

from dataclasses import replace

from touchtimer.core.routines.model import BenefitNote, Prompt, Routine, Stage


def test_a_repeating_prompt_falls_at_every_multiple_but_not_at_zero() -> None:
    every = Prompt(text="Check", every_seconds=15)
    assert every.offsets(60) == [15, 30, 45], "strictly before the end"
    assert every.offsets(61) == [15, 30, 45, 60]
    assert every.first_offset_at_or_after(0) == 15
    assert every.first_offset_at_or_after(15) == 15
    assert every.first_offset_at_or_after(15.5) == 30
    assert every.first_offset_at_or_after(3600) == 3600


def test_a_one_off_prompt() -> None:
    once = Prompt(text="Hello", at_seconds=0)
    assert once.offsets(10) == [0] and once.offsets(0) == []
    assert once.first_offset_at_or_after(0) == 0 and once.first_offset_at_or_after(0.5) is None


def test_spoken_words_fall_back_to_the_text() -> None:
    assert Prompt(text="Look", at_seconds=1).words == "Look"
    assert Prompt(text="Look", at_seconds=1, spoken="Have a look").words == "Have a look"
    assert Stage(title="Feet", instruction="Rub them.", seconds=5).words == "Feet. Rub them."
    spoken = Stage(title="Feet", instruction="Rub them.", seconds=5, spoken="Now the feet")
    assert spoken.words == "Now the feet"


def test_totals_benefits_and_age_band() -> None:
    shared = BenefitNote("Calmer", "A study", "low")
    own = BenefitNote("Warm", "Guide", "guidance")
    fixed = Routine(id="r", title="R", kind="massage", min_age_weeks=5, max_age_weeks=12, summary="s",
                    stages=(Stage("a", "i", seconds=30, benefits=(shared, own)), Stage("b", "i", seconds=45)),
                    benefits=(shared,))
    assert fixed.total_seconds == 75 and not fixed.open_ended
    assert fixed.all_benefits == (shared, own), "routine notes first, no repeats"
    assert [fixed.suits_age(w) for w in (4, 5, 12, 13)] == [False, True, True, False]
    open_ended = Routine(id="o", title="O", kind="skin_to_skin", min_age_weeks=0, max_age_weeks=4,
                         summary="s", stages=(Stage("a", "i", seconds=30), Stage("b", "i")))
    assert open_ended.open_ended and open_ended.total_seconds is None


def test_only_built_in_routines_count_as_reviewed() -> None:
    base = Routine(id="r", title="R", kind="massage", min_age_weeks=0, max_age_weeks=4, summary="s",
                   stages=(Stage("a", "i", seconds=30),))
    assert base.reviewed                                   # the default source is "builtin"
    assert not replace(base, source="/home/me/routines/r.toml").reviewed
    assert not replace(base, source="").reviewed           # a copy being edited
