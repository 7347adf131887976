"""Recommendations for a session with two babies: a routine suits only if it suits each of them."""

from __future__ import annotations

from datetime import date

from touchtimer.core.babies.ages import Baby, Recommendation, recommend, recommend_for_babies
from touchtimer.core.routines.model import Routine, Stage


def routine(rid: str, low: int, high: int, kind: str = "skin_to_skin", care_team: bool = False) -> Routine:
    return Routine(id=rid, title=rid, kind=kind, min_age_weeks=low, max_age_weeks=high,  # type: ignore[arg-type]
                   summary="s", stages=(Stage("One", "Do it.", 60),), care_team=care_team)


ROUTINES = [routine("newborn", 0, 4), routine("from-six", 6, 52), routine("care", 0, 104, care_team=True)]
TODAY = date(2026, 3, 2)


def ids(recs: list[Recommendation]) -> list[tuple[str, bool]]:
    return [(r.routine.id, r.suits) for r in recs]


def test_one_baby_or_none_is_the_same_as_recommend() -> None:
    robin = Baby("r", "Robin", date(2026, 1, 19))
    assert recommend_for_babies(ROUTINES, [robin], TODAY) == recommend(ROUTINES, robin, TODAY)
    assert recommend_for_babies(ROUTINES, [], TODAY) == recommend(ROUTINES, None, TODAY)


def test_twins_born_early_are_judged_on_their_corrected_age() -> None:
    # Born 6 weeks early: 6 weeks old, 0 weeks corrected, so the newborn routine suits both.
    due = date(2026, 3, 2)
    twins = [Baby("a", "Ada", date(2026, 1, 19), due), Baby("b", "Bo", date(2026, 1, 19), due)]
    recs = recommend_for_babies(ROUTINES, twins, TODAY)
    assert ids(recs) == [("newborn", True), ("care", True), ("from-six", False)]
    assert recs[-1].reason == "for babies from 6 weeks"
    assert recs[1].reason == "needs your care team's agreement"


def test_a_routine_must_suit_each_baby() -> None:
    young = Baby("y", "Young", date(2026, 2, 16))    # 2 weeks: newborn suits, from-six does not
    older = Baby("o", "Older", date(2025, 12, 29))   # 9 weeks: from-six suits, newborn does not
    recs = recommend_for_babies(ROUTINES, [young, older], TODAY)
    assert ids(recs) == [("care", True), ("newborn", False), ("from-six", False)]
    assert recs[1].reason == "for babies up to 4 weeks"      # the older baby's reason
    assert recs[2].reason == "for babies from 6 weeks"       # the younger baby's reason


def test_fit_for_says_why_a_routine_may_not_suit_and_which_do() -> None:
    from touchtimer.core.babies.ages import fit_for

    older = Baby("o", "Olly", date(2025, 10, 1))                 # 22 weeks on TODAY
    fit, instead = fit_for(ROUTINES[0], ROUTINES, [older], TODAY)
    assert not fit.suits and fit.reason == "for babies up to 4 weeks"
    assert [r.id for r in instead] == ["from-six", "care"]
    fit, instead = fit_for(ROUTINES[1], ROUTINES, [older], TODAY)
    assert fit.suits and instead == []
    fit, instead = fit_for(ROUTINES[0], ROUTINES, [], TODAY)     # nobody chosen: everything suits
    assert fit.suits and instead == []
    unknown = routine("not-loaded", 0, 2)                        # a routine not among those loaded
    fit, instead = fit_for(unknown, ROUTINES, [older], TODAY)
    assert fit.routine is unknown and not fit.suits and [r.id for r in instead] == ["from-six", "care"]
