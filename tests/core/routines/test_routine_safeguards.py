"""Skin-to-skin safeguards: the safe-position checklist and position checks at most 15 minutes apart.

A file without them is refused, and the message says exactly what is missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from touchtimer.core.routines.files import RoutineFileError, builtin_routines, load_all, parse_routine
from touchtimer.core.routines.safeguards import MAX_CHECK_GAP_SECONDS, safeguard_problems

HEAD = """\
id = "mine"
title = "Mine"
kind = "{kind}"
summary = "A file a parent wrote."
min_age_weeks = 0
max_age_weeks = 12
"""
CHECKLIST = 'safety = ["You can see baby\'s face.", "Nose and mouth uncovered."]\n'
CHECK = '\n[[stages.prompts]]\ntext = "Check: face visible."\nkind = "check"\n{when}\n'


def stage(length: str, *checks: str) -> str:
    return (f'\n[[stages]]\ntitle = "Hold"\ninstruction = "Hold baby."\n{length}\n'
            + "".join(CHECK.format(when=w) for w in checks))


def routine_file(*stages: str, kind: str = "skin_to_skin", checklist: str = CHECKLIST) -> str:
    return HEAD.format(kind=kind) + checklist + "".join(stages)


def errors(text: str) -> list[tuple[str, str]]:
    with pytest.raises(RoutineFileError) as info:
        parse_routine(text, file="mine.toml")
    return [(e.path, e.message) for e in info.value.errors]


def test_the_file_from_the_review_is_refused_naming_everything_missing() -> None:
    """No checklist, no checks, and a claim of a cure at high certainty: it used to load and run."""
    text = HEAD.format(kind="skin_to_skin") + (
        '\n[[benefits]]\ntext = "Cures postnatal depression."\nsource = "Me, 2024"\ncertainty = "high"\n'
    ) + stage('minutes = 5') + stage("open_ended = true")
    found = errors(text)
    assert [path for path, _ in found] == ["safety", "stages[1].prompts"]
    safety, open_stage = (message for _, message in found)
    assert "needs the safe-position checklist" in safety
    for item in ("face can be seen", "nose and mouth uncovered", "chin off the chest",
                 "lips and tongue pink"):
        assert item in safety
    assert "no repeating position check" in open_stage and 'kind = "check"' in open_stage
    assert "every_minutes = 15 or less" in open_stage


def test_an_open_ended_stage_needs_a_check_that_repeats_within_15_minutes() -> None:
    only_once = errors(routine_file(stage("open_ended = true", "at_minutes = 1")))
    assert only_once == [("stages[0].prompts", only_once[0][1])] and "no repeating" in only_once[0][1]
    too_rare = errors(routine_file(stage("open_ended = true", "every_minutes = 20")))
    assert too_rare == [("stages[0].prompts",
                         "the position check repeats only every 20 min; expected at most every 15 min")]
    assert parse_routine(routine_file(stage("open_ended = true", "every_minutes = 15")), file="m.toml")
    assert parse_routine(routine_file(stage("open_ended = true", "every_seconds = 600")), file="m.toml")


def test_fixed_stages_count_together_so_short_stages_cannot_add_up_to_a_long_gap() -> None:
    # 6 + 6 + 6 minutes with no check: the third stage takes it past 15 minutes
    found = errors(routine_file(stage("minutes = 6"), stage("minutes = 6"), stage("minutes = 6")))
    assert found == [("stages[2]", "goes more than 15 min without a position check (counting from the "
                                   'start of the routine); expected a prompt with kind = "check" at least '
                                   "every 15 min")]
    # a check in the middle stage splits it into two stretches of 9 minutes
    assert parse_routine(routine_file(stage("minutes = 6"), stage("minutes = 6", "at_minutes = 3"),
                                      stage("minutes = 6")), file="m.toml")
    # exactly 15 minutes is allowed; a second more is not
    assert parse_routine(routine_file(stage("minutes = 15")), file="m.toml")
    too_long = errors(routine_file(stage(f"seconds = {MAX_CHECK_GAP_SECONDS + 1}")))
    assert [path for path, _ in too_long] == ["stages[0]"]


def test_a_long_fixed_stage_needs_checks_through_to_its_end() -> None:
    # a check at 10 of 30 minutes leaves 20 minutes to the end
    found = errors(routine_file(stage("minutes = 30", "at_minutes = 10")))
    assert found[0][0] == "stages[0]" and "counting from the check in stages[0] at 10 min" in found[0][1]
    assert parse_routine(routine_file(stage("minutes = 30", "every_minutes = 10")), file="m.toml")
    # an open-ended stage ends a stretch; the fixed stages after it start a new one
    assert parse_routine(routine_file(stage("minutes = 10"), stage("open_ended = true", "every_minutes = 15"),
                                      stage("minutes = 10")), file="m.toml")
    after = errors(routine_file(stage("open_ended = true", "every_minutes = 15"), stage("minutes = 20")))
    assert after[0][0] == "stages[1]" and "counting from the end of stages[0]" in after[0][1]


def test_an_empty_checklist_is_refused_even_with_checks() -> None:
    found = errors(routine_file(stage("open_ended = true", "every_minutes = 15"), checklist="safety = []\n"))
    assert [p for p, _ in found] == ["safety"]


def test_a_prompt_that_is_not_a_check_does_not_count() -> None:
    text = routine_file(stage("open_ended = true", "every_minutes = 5").replace('kind = "check"\n', ""))
    assert [p for p, _ in errors(text)] == ["stages[0].prompts"]


def test_massage_routines_have_no_such_rule() -> None:
    assert parse_routine(routine_file(stage("minutes = 30"), kind="massage", checklist=""), file="m.toml")


def test_every_builtin_routine_passes() -> None:
    result = builtin_routines()
    assert result.errors == []
    assert any(r.kind == "skin_to_skin" for r in result.routines)
    for routine in result.routines:
        assert safeguard_problems(routine) == [], routine.id


def test_a_user_file_without_safeguards_does_not_load_and_the_rest_do(tmp_path: Path) -> None:
    (tmp_path / "unsafe.toml").write_text(routine_file(stage("open_ended = true"), checklist=""))
    (tmp_path / "safe.toml").write_text(routine_file(stage("open_ended = true", "every_minutes = 15"))
                                        .replace('"mine"', '"safe"'))
    result = load_all(tmp_path)
    assert result.by_id("safe") is not None and result.by_id("mine") is None
    assert [(e.path, Path(e.file).name) for e in result.errors] == [
        ("safety", "unsafe.toml"), ("stages[0].prompts", "unsafe.toml")]


def test_one_stage_at_most_is_where_baby_is_placed_and_only_in_skin_to_skin() -> None:
    placed = stage("minutes = 5\nplacing = true", "at_minutes = 1")
    routine = parse_routine(routine_file(stage("seconds = 30"), placed), file="mine.toml")
    assert routine.placing_index == 1 and routine.stages[1].placing
    unmarked = parse_routine(routine_file(stage("minutes = 5", "at_minutes = 1")), file="m.toml")
    assert unmarked.placing_index == 0
    twice = errors(routine_file(placed, placed))
    assert twice == [("stages[1].placing", "baby is placed on the chest in one stage only, and stages[0] "
                                           "says so already; remove placing here")]
    massage = errors(routine_file(placed, kind="massage"))
    assert massage == [("stages[0].placing", "only a skin-to-skin routine has a stage where baby is placed "
                                             "on the chest; remove placing")]
    assert errors(routine_file(stage("minutes = 5\nplacing = 1"))) \
        == [("stages[0].placing", "expected true or false, got a number (1)")]
