"""Ages and corrected ages around the edges, and the routines they recommend."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from touchtimer.core.babies.ages import (
    Baby,
    Span,
    add_months,
    age_on,
    correction_ends_on,
    describe_age,
    describe_span,
    describe_weeks,
    due_from_gestation,
    months_between,
    parse_gestation,
    recommend,
    recommend_for_babies,
    span_between,
)
from touchtimer.core.routines.files import builtin_routines
from touchtimer.core.routines.model import Routine, Stage

BORN = date(2025, 3, 10)


def born_at(weeks: int, days: int = 0, born: date = BORN) -> Baby:
    return Baby("b", "Ada", born, due_from_gestation(born, weeks, days))


def routine(rid: str, low: int, high: int, *, kind: str = "massage", preterm: bool = False,
            care_team: bool = False) -> Routine:
    return Routine(id=rid, title=rid.title(), kind=kind, min_age_weeks=low,  # type: ignore[arg-type]
                   max_age_weeks=high, summary="s", stages=(Stage("One", "Do it.", 60),),
                   preterm=preterm, care_team=care_team)


# -- gestation and the preterm line ---------------------------------------------------------------

def test_born_at_36_plus_6_is_preterm_and_37_plus_0_is_not() -> None:
    early = born_at(36, 6)
    term = born_at(37, 0)
    assert early.due_on == BORN + timedelta(days=22)
    assert term.due_on == BORN + timedelta(days=21)
    assert early.gestation() == (36, 6)
    assert term.gestation() == (37, 0)
    assert early.preterm
    assert not term.preterm


def test_corrected_age_is_used_only_for_the_preterm_baby() -> None:
    today = BORN + timedelta(days=70)  # 10 weeks after birth
    early, term = born_at(36, 6), born_at(37, 0)
    assert age_on(early, today).corrected_days == 70 - 22
    assert age_on(early, today).weeks_for_routines == 6
    assert age_on(term, today).corrected_days is None
    assert age_on(term, today).weeks_for_routines == 10


def test_no_due_date_means_no_correction() -> None:
    baby = Baby("b", "Ada", BORN)
    assert baby.gestation() is None
    assert not baby.preterm
    assert age_on(baby, BORN + timedelta(days=20)) == age_on(baby, BORN + timedelta(days=20))
    assert age_on(baby, BORN + timedelta(days=20)).corrected_days is None


def test_due_date_before_birth_is_a_post_term_baby_never_corrected() -> None:
    baby = Baby("b", "Ada", BORN, BORN - timedelta(days=9))  # born at 41+2
    assert baby.gestation() == (41, 2)
    assert baby.post_term
    assert not baby.preterm
    age = age_on(baby, BORN + timedelta(days=30))
    assert age.corrected_days is None
    assert age.weeks_for_routines == 4


def test_due_date_after_birth_but_at_term_is_not_preterm() -> None:
    baby = Baby("b", "Ada", BORN, BORN + timedelta(days=10))  # born at 38+4
    assert baby.gestation() == (38, 4)
    assert not baby.preterm
    assert not baby.post_term


def test_before_the_due_date_corrected_age_is_negative_and_routines_use_zero() -> None:
    baby = born_at(30, 0)  # due 10 weeks after birth
    age = age_on(baby, BORN + timedelta(days=14))
    assert age.corrected_days == -56
    assert age.before_due_date
    assert age.weeks_for_routines == 0


def test_a_day_before_birth_counts_as_day_zero() -> None:
    age = age_on(Baby("b", "Ada", BORN), BORN - timedelta(days=3))
    assert age.days == 0
    assert age.months == 0


@pytest.mark.parametrize(("weeks", "days"), [(19, 6), (45, 0), (30, 7), (30, -1)])
def test_gestation_out_of_range_is_refused(weeks: int, days: int) -> None:
    with pytest.raises(ValueError, match=r"gestation|days part"):
        due_from_gestation(BORN, weeks, days)


@pytest.mark.parametrize(("text", "expected"), [("34+2", (34, 2)), ("34", (34, 0)), (" 40 + 0 ", (40, 0))])
def test_parse_gestation(text: str, expected: tuple[int, int]) -> None:
    assert parse_gestation(text) == expected


@pytest.mark.parametrize("text", ["34+7", "abc", "19+6", "45", "34+2+1", ""])
def test_parse_gestation_refuses_bad_text(text: str) -> None:
    with pytest.raises(ValueError, match=r"gestation|days part"):
        parse_gestation(text)


# -- the two-year cut-off ---------------------------------------------------------------------------

def test_correction_stops_at_two_years_corrected_age() -> None:
    baby = born_at(28, 0)  # due 12 weeks after birth
    assert baby.due_on is not None
    end = correction_ends_on(baby.due_on)
    assert end == date(baby.due_on.year + 2, baby.due_on.month, baby.due_on.day)
    day_before = age_on(baby, end - timedelta(days=1))
    on_the_day = age_on(baby, end)
    assert day_before.corrected
    assert day_before.corrected_months == 23
    assert day_before.weeks_for_routines == (end - timedelta(days=1) - baby.due_on).days // 7
    assert not on_the_day.corrected
    assert on_the_day.corrected_days is None
    assert on_the_day.weeks_for_routines == (end - BORN).days // 7
    assert describe_age(baby, end - timedelta(days=1)).endswith("(23 months corrected)")
    assert describe_age(baby, end) == "2 years 2 months"


def test_cut_off_for_a_due_date_on_a_leap_day() -> None:
    due = date(2024, 2, 29)
    baby = Baby("b", "Ada", due - timedelta(days=70), due)  # born at 30+0
    assert baby.preterm
    assert correction_ends_on(due) == date(2026, 2, 28)
    assert age_on(baby, date(2026, 2, 27)).corrected
    assert not age_on(baby, date(2026, 2, 28)).corrected


# -- calendar months: month ends and leap days ---------------------------------------------------

@pytest.mark.parametrize(("start", "end", "months"), [
    (date(2025, 1, 31), date(2025, 2, 27), 0),
    (date(2025, 1, 31), date(2025, 2, 28), 1),   # last day of a shorter month completes it
    (date(2025, 1, 31), date(2025, 3, 30), 1),
    (date(2025, 1, 31), date(2025, 3, 31), 2),
    (date(2025, 3, 31), date(2025, 4, 30), 1),
    (date(2024, 2, 29), date(2024, 3, 28), 0),
    (date(2024, 2, 29), date(2024, 3, 29), 1),
    (date(2024, 2, 29), date(2025, 2, 28), 12),  # a leap-day baby turns one on 28 February
    (date(2024, 2, 29), date(2028, 2, 28), 47),  # ... but in a leap year, on the 29th
    (date(2024, 2, 29), date(2028, 2, 29), 48),
    (date(2025, 5, 10), date(2025, 5, 1), 0),
])
def test_months_between(start: date, end: date, months: int) -> None:
    assert months_between(start, end) == months


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2025, 1, 31), 1, date(2025, 2, 28)),
    (date(2024, 1, 31), 1, date(2024, 2, 29)),
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
    (date(2024, 2, 29), 48, date(2028, 2, 29)),
    (date(2025, 11, 30), 3, date(2026, 2, 28)),
])
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected
    assert months_between(start, expected) == months


def test_leap_day_baby_ages() -> None:
    baby = Baby("b", "Leap", date(2024, 2, 29))
    assert describe_age(baby, date(2024, 2, 29)) == "0 days"
    assert describe_age(baby, date(2024, 3, 1)) == "1 day"
    assert describe_age(baby, date(2024, 4, 4)) == "5 weeks"
    assert describe_age(baby, date(2025, 2, 28)) == "12 months"
    assert describe_age(baby, date(2026, 2, 28)) == "2 years"
    assert describe_age(baby, date(2026, 3, 29)) == "2 years 1 month"


# -- friendly age text ---------------------------------------------------------------------------

def test_friendly_age_with_corrected_age() -> None:
    baby = born_at(36, 0)  # due 28 days after birth
    assert describe_age(baby, BORN + timedelta(days=35)) == "5 weeks (7 days corrected)"
    assert describe_age(baby, BORN + timedelta(days=56)) == "8 weeks (4 weeks corrected)"
    baby = Baby("b", "Ada", BORN, BORN + timedelta(days=14))  # 38+0: term, no correction
    assert describe_age(baby, BORN + timedelta(days=35)) == "5 weeks"
    baby = born_at(30, 0)  # due 70 days after birth
    assert describe_age(baby, BORN + timedelta(days=200)) == "6 months (4 months corrected)"


def test_friendly_age_before_and_on_the_due_date() -> None:
    baby = born_at(31, 0)  # due 63 days after birth
    assert describe_age(baby, BORN + timedelta(days=4)) == "4 days (due in 8 weeks)"
    assert describe_age(baby, BORN + timedelta(days=56)) == "8 weeks (due in 7 days)"
    assert describe_age(baby, BORN + timedelta(days=63)) == "2 months (due date today)"


@pytest.mark.parametrize(("days", "text"), [
    (0, "0 days"), (1, "1 day"), (13, "13 days"), (14, "2 weeks"), (62, "8 weeks"), (63, "2 months"),
])
def test_span_words(days: int, text: str) -> None:
    assert describe_span(span_between(BORN, BORN + timedelta(days=days))) == text


def test_span_in_years() -> None:
    assert span_between(date(2023, 1, 15), date(2026, 3, 20)) == Span("years", 3, 2)
    assert describe_span(Span("years", 1, 1)) == "1 year 1 month"


@pytest.mark.parametrize(("weeks", "text"), [(1, "1 week"), (4, "4 weeks"), (12, "3 months"),
                                             (26, "6 months"), (104, "2 years")])
def test_describe_weeks(weeks: int, text: str) -> None:
    assert describe_weeks(weeks) == text


# -- recommendations ------------------------------------------------------------------------------

ROUTINES = [
    routine("older", 13, 26),
    routine("newborn", 0, 4),
    routine("kangaroo", 0, 12, kind="skin_to_skin", preterm=True, care_team=True),
    routine("cuddle", 0, 12, kind="skin_to_skin"),
]


def by_id(recs: list) -> dict:  # type: ignore[type-arg]
    return {r.routine.id: r for r in recs}


def test_recommend_term_baby_suitable_first_with_reasons() -> None:
    baby = Baby("b", "Ada", BORN)
    recs = recommend(ROUTINES, baby, BORN + timedelta(days=14))
    assert [r.routine.id for r in recs] == ["newborn", "cuddle", "older", "kangaroo"]
    found = by_id(recs)
    assert found["newborn"].suits and found["newborn"].reason == ""
    assert not found["older"].suits
    assert found["older"].reason == "for babies from 3 months"
    assert (found["older"].code, found["older"].weeks) == ("too_young", 13)
    assert not found["kangaroo"].suits
    assert found["kangaroo"].reason == "for babies born early (preterm)"


def test_recommend_uses_corrected_age_for_the_36_plus_6_baby_but_not_37_plus_0() -> None:
    today = BORN + timedelta(days=35)  # 5 weeks after birth
    early = by_id(recommend(ROUTINES, born_at(36, 6), today))  # corrected: 13 days -> 1 week
    term = by_id(recommend(ROUTINES, born_at(37, 0), today))   # 5 weeks
    assert early["newborn"].suits
    assert not term["newborn"].suits
    assert term["newborn"].reason == "for babies up to 4 weeks"
    assert early["kangaroo"].suits
    assert early["kangaroo"].reason == "needs your care team's agreement"
    assert not term["kangaroo"].suits


def test_recommend_preterm_massage_before_due_date_asks_for_care_team() -> None:
    baby = born_at(32, 0)
    recs = by_id(recommend(ROUTINES, baby, BORN + timedelta(days=7)))
    assert recs["newborn"].suits
    assert recs["newborn"].code == "preterm_care_team"
    assert "care team" in recs["newborn"].reason
    assert recs["cuddle"].suits and recs["cuddle"].code == "neonatal_care_team"
    after_due = by_id(recommend(ROUTINES, baby, BORN + timedelta(days=8 * 7 + 1)))
    assert after_due["newborn"].suits and after_due["newborn"].reason == ""
    assert after_due["cuddle"].suits and after_due["cuddle"].reason == ""


PARTNER = Routine(id="partner", title="Partner", kind="skin_to_skin", min_age_weeks=0, max_age_weeks=12,
                  summary="s", stages=(Stage("One", "Do it.", 60),), partners=True)


@pytest.mark.parametrize("days_old", [0, 14, 55])
def test_before_the_due_date_kangaroo_care_comes_first_and_partners_are_sent_to_it(days_old: int) -> None:
    baby = born_at(30, 0)                          # due 70 days after birth
    recs = recommend([*ROUTINES, PARTNER], baby, BORN + timedelta(days=days_old))
    assert recs[0].routine.id == "kangaroo" and recs[0].suits
    found = by_id(recs)
    assert found["cuddle"].suits and "care team" in found["cuddle"].reason
    assert not found["partner"].suits and found["partner"].code == "neonatal_partner"
    assert "Kangaroo hold" in found["partner"].reason
    for rec in recs:
        if rec.suits:
            assert "care team" in rec.reason, rec.routine.id


def test_a_baby_in_neonatal_care_is_routed_like_one_before_the_due_date() -> None:
    baby = Baby("b", "Ada", BORN, BORN + timedelta(days=7), in_neonatal_care=True)   # born at 39 weeks
    recs = recommend([*ROUTINES, PARTNER], baby, BORN + timedelta(days=3))
    found = by_id(recs)
    assert recs[0].routine.id == "kangaroo" and found["kangaroo"].suits
    assert found["cuddle"].code == "neonatal_care_team"
    assert not found["partner"].suits
    home = Baby("b", "Ada", BORN, BORN + timedelta(days=7))
    assert not by_id(recommend([*ROUTINES, PARTNER], home, BORN + timedelta(days=3)))["kangaroo"].suits


def test_twins_before_the_due_date_keep_kangaroo_care_first() -> None:
    twins = [born_at(30, 0), Baby("c", "Bea", BORN, BORN + timedelta(days=70))]
    recs = recommend_for_babies([*ROUTINES, PARTNER], twins, BORN + timedelta(days=14))
    assert recs[0].routine.id == "kangaroo"
    assert not by_id(recs)["partner"].suits


def test_recommend_post_term_baby_uses_age_since_birth() -> None:
    baby = Baby("b", "Ada", BORN, BORN - timedelta(days=10))
    recs = by_id(recommend(ROUTINES, baby, BORN + timedelta(days=5 * 7)))
    assert not recs["newborn"].suits
    assert not recs["kangaroo"].suits


def test_recommend_around_the_two_year_cut_off() -> None:
    toddler = routine("toddler", 52, 104)
    baby = born_at(26, 0)  # due 14 weeks after birth
    assert baby.due_on is not None
    end = correction_ends_on(baby.due_on)
    before = by_id(recommend([toddler], baby, end - timedelta(days=1)))
    after = by_id(recommend([toddler], baby, end))
    assert before["toddler"].suits           # corrected age: under two years
    assert not after["toddler"].suits        # age since birth: over two years
    assert after["toddler"].reason == "for babies up to 2 years"


def test_recommend_leap_day_baby() -> None:
    baby = Baby("b", "Leap", date(2024, 2, 29))
    recs = by_id(recommend(ROUTINES, baby, date(2024, 3, 28)))  # 28 days: 4 weeks
    assert recs["newborn"].suits
    recs = by_id(recommend(ROUTINES, baby, date(2024, 4, 4)))   # 35 days: 5 weeks
    assert not recs["newborn"].suits


def test_recommend_without_a_baby_keeps_everything_with_cautions() -> None:
    recs = recommend(ROUTINES, None, BORN)
    assert all(r.suits for r in recs)
    assert [r.routine.id for r in recs] == [r.id for r in ROUTINES]
    assert by_id(recs)["kangaroo"].reason == "needs your care team's agreement"


def test_recommend_builtins_for_a_newborn() -> None:
    builtins = builtin_routines().routines
    recs = recommend(builtins, Baby("b", "Ada", BORN), BORN + timedelta(days=3))
    assert len(recs) == len(builtins)
    suitable = [r for r in recs if r.suits]
    assert suitable and all(r.routine.suits_age(0) for r in suitable)
    seen_unsuitable = False
    for r in recs:  # suitable first
        seen_unsuitable = seen_unsuitable or not r.suits
        assert not (seen_unsuitable and r.suits)


def test_recommendation_reasons_are_stable_for_a_changed_routine() -> None:
    older = replace(ROUTINES[1], min_age_weeks=9, max_age_weeks=20)
    rec = recommend([older], Baby("b", "Ada", BORN), BORN)[0]
    assert rec.reason == "for babies from 2 months"
