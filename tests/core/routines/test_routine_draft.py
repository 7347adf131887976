"""The editable draft of a routine: faithful to the routine, checked by the real checker."""

from __future__ import annotations

import pytest

from touchtimer.core.routines.draft import PromptDraft, RoutineDraft, StageDraft, Where, where
from touchtimer.core.routines.files import builtin_routines


def test_every_builtin_survives_a_draft_unchanged() -> None:
    for routine in builtin_routines().routines:
        draft = RoutineDraft.of(routine)
        assert draft.build() == routine
        assert draft.problems() == []


def test_problems_come_from_the_checker_with_their_paths() -> None:
    draft = RoutineDraft.of(builtin_routines().routines[0])
    draft.title = "  "
    draft.stages.append(StageDraft("", "Do.", seconds=20, prompts=[PromptDraft("Hi", "at", 25)]))
    paths = {p.path for p in draft.problems()}
    n = len(draft.stages) - 1
    assert paths == {"title", f"stages[{n}].title", f"stages[{n}].prompts[0].at_seconds"}
    draft.stages.pop()
    draft.stages[0].open_ended = True
    draft.stages[0].target_seconds = 0
    draft.title = "Fine"
    assert draft.problems() == []
    assert draft.build().stages[0].target_seconds is None


def test_move_stage_stays_in_bounds() -> None:
    draft = RoutineDraft.of(builtin_routines().routines[0])
    titles = [s.title for s in draft.stages]
    assert draft.move_stage(0, -1) == 0
    assert draft.move_stage(0, 1) == 1
    assert [s.title for s in draft.stages][:2] == [titles[1], titles[0]]
    assert draft.move_stage(len(titles) - 1, 1) == len(titles) - 1


@pytest.mark.parametrize(("path", "expected"), [
    ("title", Where("title")),
    ("stages", Where("stages")),
    ("stages[2]", Where("", 2)),
    ("stages[2].seconds", Where("seconds", 2)),
    ("stages[1].prompts[3].at_seconds", Where("at_seconds", 1, 3)),
    ("cues.engaged[0]", Where("cues")),
])
def test_where(path: str, expected: Where) -> None:
    assert where(path) == expected
