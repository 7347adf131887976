"""The TOML writer: every routine the parser can produce comes back unchanged."""

from __future__ import annotations

import tomllib
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from touchtimer.core.routines.files import RoutineFileError, builtin_routines, parse_routine
from touchtimer.core.routines.model import (
    CERTAINTIES,
    KINDS,
    MAX_AGE_WEEKS,
    SIDES,
    BenefitNote,
    Cues,
    Prompt,
    Routine,
    Stage,
)
from touchtimer.core.routines.writer import toml_string, write_routine


def round_trip(routine: Routine) -> Routine:
    return parse_routine(write_routine(routine).encode("utf-8"), file="t.toml", source=routine.source)


def test_every_builtin_routine_round_trips() -> None:
    builtins = builtin_routines()
    assert builtins.errors == []
    assert builtins.routines
    for routine in builtins.routines:
        assert round_trip(routine) == routine


@pytest.mark.parametrize("text", [
    'say "hello"', "back\\slash", "two\nlines", "tab\there", "cr\rlf", "bell\x07", "nul\x00byte",
    "del\x7f", "crème brûlée 👶 赤ちゃん", "'single' quotes", '"""', "\\u0041", "#not a comment",
])
def test_strings_survive_toml(text: str) -> None:
    assert tomllib.loads(f"x = {toml_string(text)}")["x"] == text


def test_lone_surrogate_is_refused_plainly() -> None:
    with pytest.raises(ValueError, match="surrogate"):
        toml_string("a\ud800b")


def test_invalid_values_are_written_so_the_checker_can_report_them() -> None:
    routine = builtin_routines().routines[0]
    bad = replace(routine, title="", min_age_weeks=10, max_age_weeks=2)
    with pytest.raises(RoutineFileError) as caught:
        parse_routine(write_routine(bad), file="t.toml")
    paths = {e.path for e in caught.value.errors}
    assert {"title", "max_age_weeks"} <= paths


def test_open_ended_target_and_odd_seconds() -> None:
    stage = Stage("Hold", "Rest.", None, 90, prompts=(Prompt("Check", every_seconds=61, kind="check"),))
    fixed = Stage("Stroke", "Gently.", 75, side="left", prompts=(Prompt("Half", at_seconds=0),))
    routine = Routine("t", "T", "massage", 0, 4, "S", (stage, fixed))
    text = write_routine(routine)
    assert "target_minutes = 1.5" in text
    assert "seconds = 75" in text
    assert round_trip(routine) == routine


# -- generated routines ------------------------------------------------------------------------

# no lone surrogates (no file can hold one) and no control characters (a routine file refuses them)
_chars = st.characters(exclude_categories=("Cs", "Cc"))
text = st.text(_chars, min_size=1, max_size=30).filter(lambda s: s == s.strip() and bool(s))
texts = st.lists(text, max_size=3).map(tuple)
notes = st.lists(st.builds(BenefitNote, text, text, st.sampled_from(CERTAINTIES)), max_size=2).map(tuple)
spoken = st.none() | text


@st.composite
def stages(draw: st.DrawFn) -> Stage:
    open_ended = draw(st.booleans())
    seconds = None if open_ended else draw(st.integers(1, 24 * 3600))
    target = draw(st.none() | st.integers(1, 24 * 3600)) if open_ended else None
    limit = seconds if seconds is not None else 24 * 3600
    prompts: list[Prompt] = []
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(("prompt", "check")))
        if draw(st.booleans()):
            at = draw(st.integers(0, limit - 1)) if seconds is not None else draw(st.integers(0, limit))
            prompts.append(Prompt(draw(text), at_seconds=at, kind=kind, spoken=draw(spoken)))
        else:
            every = draw(st.integers(1, limit - 1 if seconds is not None and limit > 1 else limit))
            if seconds is not None and every >= seconds:
                continue
            prompts.append(Prompt(draw(text), every_seconds=every, kind=kind, spoken=draw(spoken)))
    return Stage(draw(text), draw(text), seconds, target, draw(st.none() | st.sampled_from(SIDES)),
                 tuple(prompts), draw(notes), draw(spoken))


def with_safeguards(routine: Routine) -> Routine:
    """A skin-to-skin routine given what the checker requires of one: a checklist, and a position
    check at the start of every fixed stage and every 15 minutes in every stage that lasts longer."""
    if routine.kind != "skin_to_skin":
        return routine
    stages = []
    for stage in routine.stages:
        checks = [Prompt("Check.", at_seconds=0, kind="check")] if stage.seconds is not None else []
        if stage.seconds is None or stage.seconds > 900:
            checks.append(Prompt("Check.", every_seconds=900, kind="check"))
        stages.append(replace(stage, prompts=(*stage.prompts, *checks)))
    return replace(routine, stages=tuple(stages), safety=routine.safety or ("Face visible.",))


@st.composite
def routines(draw: st.DrawFn) -> Routine:
    low = draw(st.integers(0, MAX_AGE_WEEKS))
    high = draw(st.integers(low, MAX_AGE_WEEKS))
    rid = draw(st.from_regex(r"[a-z0-9][a-z0-9-]{0,63}", fullmatch=True))
    return with_safeguards(Routine(
        id=rid, title=draw(text), kind=draw(st.sampled_from(KINDS)), min_age_weeks=low,
        max_age_weeks=high, summary=draw(text), stages=tuple(draw(st.lists(stages(), min_size=1,
                                                                            max_size=4))),
        preparation=draw(texts), safety=draw(texts), when_not_to=draw(texts), benefits=draw(notes),
        cues=Cues(draw(texts), draw(texts), draw(texts)), preterm=draw(st.booleans()),
        care_team=draw(st.booleans()), source="t.toml",
    ))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(routines())
def test_generated_routines_round_trip(routine: Routine) -> None:
    assert round_trip(routine) == routine
