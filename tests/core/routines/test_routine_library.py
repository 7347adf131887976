"""The built-in routine library: valid files, full age coverage, and honest, safe content."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from touchtimer.core.routines.files import builtin_routines, parse_routine
from touchtimer.core.routines.model import CERTAINTIES, KINDS, MAX_AGE_WEEKS, Routine, Stage
from touchtimer.core.safety import EMERGENCY

#: Healthy babies older than this (weeks) get no benefit claims: the trials stop at six months.
BENEFIT_AGE_LIMIT_WEEKS = 26

IAIM_SECTIONS = ("legs and feet", "tummy", "chest", "arms and hands", "face", "back")
#: IAIM stroke names from the content brief (not "Resting hands", which begins every section).
IAIM_STROKES = ("Indian Milking", "Hug and Glide", "Thumb Over Thumb", "Toe Roll", "Thumb press",
                "Ankle circles", "Swedish Milking", "Rolling", "Water Wheel", "Sun Moon", "I Love You",
                "Open Book", "Butterfly", "Pit stop", "Wrist circles", "Back and Forth", "Swooping",
                "Back circles", "Combing")
SECTION_WORDS = {
    "legs and feet": ("leg", "foot", "feet"),
    "tummy": ("tummy", "stomach"),
    "chest": ("chest",),
    "arms and hands": ("arm", "hand"),
    "face": ("face",),
    "back": ("back",),
}

#: Wording the content brief rules out in benefit notes (patterns, case-insensitive).
BANNED_IN_NOTES = (
    r"self[- ]?esteem",
    r"self[- ]?worth",
    r"recover",
    r"\bcures?\b|\bcured\b",
    r"\bheals?\b|\bhealing\b",
    r"\btreat",
    r"therap",
    r"\bproven\b|\bproves?\b",
    r"guarantee",
    r"\bwill (help|make|improve|reduce|calm)",
    r"love hormone",
    r"\bboosts?\b",
    r"\bbrain\b",
)
#: Notes about depression are allowed only for mothers of preterm babies doing kangaroo care, or when
#: they plainly say that the effect was not shown.
LIMITING_PHRASES = ("in both groups", "does not show", "did not change", "no effect")


def _all() -> list[Routine]:
    result = builtin_routines()
    assert result.errors == []
    return result.routines


ROUTINES = _all()
BY_ID = {r.id: r for r in ROUTINES}


def _all_text(routine: Routine) -> str:
    parts = [routine.title, routine.summary, *routine.preparation, *routine.safety, *routine.when_not_to,
             *routine.cues.engaged, *routine.cues.pause, *routine.cues.stop]
    for stage in routine.stages:
        parts += [stage.title, stage.instruction, stage.spoken or ""]
        parts += [t for p in stage.prompts for t in (p.text, p.spoken or "")]
    parts += [t for n in routine.all_benefits for t in (n.text, n.source)]
    return "\n".join(parts)


def _section(title: str) -> str | None:
    head = title.split(":")[0].lower()
    found = [s for s, words in SECTION_WORDS.items() if any(w in head for w in words)]
    return found[0] if len(found) == 1 else None


def test_every_builtin_file_validates_on_its_own() -> None:
    folder = resources.files("touchtimer") / "routines"
    files = [e for e in folder.iterdir() if e.name.endswith(".toml")]
    assert len(files) >= 10
    for entry in files:
        routine = parse_routine(entry.read_bytes(), file=entry.name)
        assert entry.name == f"{routine.id}.toml"
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", routine.id)


def test_at_least_ten_routines_with_unique_ids() -> None:
    assert len(ROUTINES) >= 10
    assert len(BY_ID) == len(ROUTINES)


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_covers_every_week_from_birth_to_two_years(kind: str) -> None:
    routines = [r for r in ROUTINES if r.kind == kind]
    gaps = [w for w in range(MAX_AGE_WEEKS + 1) if not any(r.suits_age(w) for r in routines)]
    assert gaps == []


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_covers_every_week_for_term_babies_too(kind: str) -> None:
    routines = [r for r in ROUTINES if r.kind == kind and not r.preterm]
    gaps = [w for w in range(MAX_AGE_WEEKS + 1) if not any(r.suits_age(w) for r in routines)]
    assert gaps == []


def test_expected_catalogue_is_present() -> None:
    expected = {
        "kangaroo-hold", "close-time", "partner-skin-to-skin", "calming-hold", "close-cuddle",
        "still-touch", "gentle-hello", "legs-and-tummy", "full-routine", "wiggle-massage", "rhyme-rub",
        "bedtime-wind-down",
    }
    assert expected <= set(BY_ID)


def test_preterm_routines_need_the_care_team_and_start_with_it() -> None:
    for routine_id in ("kangaroo-hold", "still-touch"):
        routine = BY_ID[routine_id]
        assert routine.preterm and routine.care_team
        first = routine.stages[0]
        assert "nurse" in (first.title + first.instruction).lower()
        advice = (*routine.preparation, *routine.safety)
        assert any("monitor" in s.lower() and "timer" in s.lower() for s in advice)


def test_kangaroo_hold_is_open_ended_with_an_hour_target() -> None:
    routine = BY_ID["kangaroo-hold"]
    assert routine.kind == "skin_to_skin"
    assert any(s.open_ended and s.target_seconds == 3600 for s in routine.stages)
    assert BY_ID["close-time"].stages[1].target_seconds == 3600


def test_still_touch_is_resting_hands_without_stroking() -> None:
    routine = BY_ID["still-touch"]
    text = " ".join(s.instruction.lower() for s in routine.stages)
    assert "head" in text and "feet" in text and "no stroking" in text


def test_every_benefit_note_has_a_source_with_a_year_and_a_valid_certainty() -> None:
    notes = [n for r in ROUTINES for n in r.all_benefits]
    assert notes
    for note in notes:
        assert note.source.strip()
        # a dated source, or for guidance from a website, its address
        web_guidance = note.certainty == "guidance" and re.search(r"\b[a-z]+(\.[a-z]+)+\b", note.source)
        assert re.search(r"\b(19|20)\d\d\b", note.source) or web_guidance, note.source
        assert note.certainty in CERTAINTIES


def test_full_routine_follows_the_iaim_order() -> None:
    sections = [_section(s.title) for s in BY_ID["full-routine"].stages]
    ordered = [s for i, s in enumerate(sections) if s and (i == 0 or sections[i - 1] != s)]
    assert tuple(ordered) == IAIM_SECTIONS


def test_section_order_check_rejects_a_swapped_order() -> None:
    titles = ["Legs and feet: left", "Chest", "Tummy", "Arms and hands", "Face", "Back"]
    sections = [_section(t) for t in titles]
    assert tuple(sections) != IAIM_SECTIONS


def test_full_routine_has_left_and_right_stages_for_legs_and_arms() -> None:
    stages = BY_ID["full-routine"].stages
    for section in ("legs and feet", "arms and hands"):
        sides = {s.side for s in stages if _section(s.title) == section}
        assert sides == {"left", "right"}, section


SKIN_TO_SKIN = [r for r in ROUTINES if r.kind == "skin_to_skin"]
#: For newborns at home: the early weeks, not the neonatal unit's routine or the toddlers' cuddle.
NEWBORN_HOME = [r for r in SKIN_TO_SKIN if r.min_age_weeks == 0 and not r.care_team]
#: How advice begins; a safe-position check is a statement the parent can confirm, never one of these.
ADVICE_OPENERS = ("if ", "never ", "do not ", "don't ", "monitors", "crying", "ask ", "call ", "put ",
                  "find ", "take ", "have ", "always ", "sit ")


@pytest.mark.parametrize("routine", SKIN_TO_SKIN, ids=lambda r: r.id)
def test_skin_to_skin_routines_check_position_and_move_a_sleepy_parents_baby(routine: Routine) -> None:
    safety = " ".join(routine.safety).lower()
    assert "face" in safety and "nose and mouth" in safety
    before = " ".join(routine.preparation).lower()
    assert "sleepy" in before and "cot" in before and "awake" in before
    assert "sofa" in before or "nurse" in before
    open_stages = [s for s in routine.stages if s.open_ended]
    for stage in open_stages:
        checks = [p for p in stage.prompts if p.kind == "check" and p.every_seconds == 15 * 60]
        assert checks, f"{routine.id}: {stage.title} has no 15-minute check"
        assert all("sleepy" in p.words.lower() for p in checks)
    if not open_stages:
        assert any(p.kind == "check" and p.every_seconds for s in routine.stages for p in s.prompts)


@pytest.mark.parametrize("routine", SKIN_TO_SKIN, ids=lambda r: r.id)
def test_the_safe_position_checklist_holds_only_checks_and_advice_goes_before_you_begin(
        routine: Routine) -> None:
    for item in routine.safety:
        assert not item.lower().startswith(ADVICE_OPENERS), f"{routine.id}: advice among the checks: {item}"
    assert not any("shake" in item.lower() for item in routine.safety)
    # the colour check names the lips and tongue, which works for every skin tone
    assert any("lips and tongue" in item.lower() for item in routine.safety), routine.id


def test_advice_check_catches_advice() -> None:
    for item in ("Never shake a baby.", "If you feel sleepy, put baby in the cot.",
                 "Monitors, alarms and the care team's advice always come before this timer."):
        assert item.lower().startswith(ADVICE_OPENERS)


@pytest.mark.parametrize("routine", NEWBORN_HOME, ids=lambda r: r.id)
def test_newborn_skin_to_skin_covers_warmth_an_awake_adult_and_feeding(routine: Routine) -> None:
    before = " ".join(routine.preparation).lower()
    assert "overheating" in before and "extra layers" in before and "cap" in before
    assert "lullaby trust" in before
    assert "first hours and days after birth" in before and "awake" in before and "bapm" in before
    if routine.partners:
        assert "breast" not in before
    else:
        assert "feeds at the breast" in before and "first breastfeed" in before
        assert "italian journal of pediatrics, 2019" in before


def test_kangaroo_hold_mentions_the_cap_and_feeding_at_the_breast() -> None:
    before = " ".join(BY_ID["kangaroo-hold"].preparation).lower()
    assert "cap" in before and "feeds at the breast" in before


@pytest.mark.parametrize("routine", [r for r in ROUTINES if not r.preterm], ids=lambda r: r.id)
def test_notes_from_trials_at_birth_say_so_in_routines_for_later(routine: Routine) -> None:
    for note in routine.all_benefits:
        if note.source.startswith(("Moore et al.", "Kuo et al.")):
            assert "after birth" in note.text or "at birth" in note.text, note.text


def test_still_touch_cites_its_guidance() -> None:
    notes = BY_ID["still-touch"].all_benefits
    assert [n.certainty for n in notes] == ["guidance"]
    assert "raisingchildren.net.au" in notes[0].source and "stroking" in notes[0].text


def _strokes(text: str) -> set[str]:
    return {name for name in IAIM_STROKES if name.lower() in text.lower()}


def _words(stage: Stage) -> str:
    return " ".join((stage.instruction, *(p.text for p in stage.prompts)))


@pytest.mark.parametrize("section", ["legs and feet", "arms and hands"])
def test_full_routine_gives_both_sides_the_same_strokes(section: str) -> None:
    left, right = (s for s in BY_ID["full-routine"].stages if _section(s.title) == section)
    assert (left.side, right.side) == ("left", "right")
    assert left.seconds == right.seconds
    assert [(p.text, p.at_seconds, p.every_seconds) for p in left.prompts] == \
        [(p.text, p.at_seconds, p.every_seconds) for p in right.prompts]
    assert _strokes(_words(left)) == _strokes(_words(right))
    if section == "legs and feet":
        assert {"Indian Milking", "Swedish Milking", "Thumb Over Thumb"} <= _strokes(_words(right))


def test_every_full_routine_section_begins_with_resting_hands() -> None:
    sections = [s for s in BY_ID["full-routine"].stages if _section(s.title)]
    assert {_section(s.title) for s in sections} == set(IAIM_SECTIONS)
    for stage in sections:
        text = stage.instruction.lower()
        assert "resting hands" in text, stage.title
        named = [text.find(n.lower()) for n in IAIM_STROKES if n.lower() in text]
        assert not named or text.index("resting hands") < min(named), stage.title


def test_rhyme_rub_speaks_of_your_child_not_baby() -> None:
    routine = BY_ID["rhyme-rub"]
    assert not re.search(r"\bbab(y|ies|y's)\b", _all_text(routine), re.IGNORECASE)
    assert "your child" in _all_text(routine).lower()


@pytest.mark.parametrize("routine", ROUTINES, ids=lambda r: r.id)
def test_nothing_encourages_a_drowsy_parent_to_keep_holding(routine: Routine) -> None:
    text = _all_text(routine).lower()
    phrases = ("stay awake", "keep holding", "try to stay", "don't put baby down", "do not put baby down")
    for phrase in phrases:
        for match in re.finditer(re.escape(phrase), text):
            before = text[max(0, match.start() - 20):match.start()]
            assert "not" in before, f"{routine.id}: '{phrase}'"


@pytest.mark.parametrize("routine", [r for r in ROUTINES if r.kind == "massage"], ids=lambda r: r.id)
def test_massage_routines_carry_preparation_when_not_to_and_cues(routine: Routine) -> None:
    assert routine.preparation
    assert routine.when_not_to
    assert routine.cues.engaged and routine.cues.pause and routine.cues.stop
    when_not = " ".join(routine.when_not_to).lower()
    if routine.preterm:
        assert "care team" in when_not
        return
    assert "genitals" in when_not
    for words in (("unwell", "fever"), ("vaccination",), ("rash", "broken skin", "injury", "operation"),
                  ("navel",), ("preterm",)):
        assert all(w in when_not for w in words), words
    prep = " ".join(routine.preparation).lower()
    assert "warm" in prep and "feed" in prep
    if routine.min_age_weeks < 5:
        assert "no oil" in prep
    else:
        assert "unscented plant oil" in prep and "no nut oils" in prep and "wrist" in prep
    safety = " ".join(routine.safety).lower()
    assert "pause with resting hands" in safety and "stop and comfort" in safety


@pytest.mark.parametrize("routine", [r for r in ROUTINES if r.kind == "massage" and not r.preterm],
                         ids=lambda r: r.id)
def test_massage_routines_ask_permission_first(routine: Routine) -> None:
    first = routine.stages[0]
    assert "ask" in first.title.lower()


@pytest.mark.parametrize("routine", ROUTINES, ids=lambda r: r.id)
def test_benefit_notes_use_no_wording_the_brief_rules_out(routine: Routine) -> None:
    for note in routine.all_benefits:
        text = note.text.lower()
        for pattern in BANNED_IN_NOTES:
            assert not re.search(pattern, text), f"{routine.id}: {pattern!r} in {note.text!r}"
        if "depress" in text:
            preterm_kmc = routine.preterm and routine.kind == "skin_to_skin"
            assert preterm_kmc or any(p in text for p in LIMITING_PHRASES), note.text


def test_banned_wording_check_catches_overclaims() -> None:
    samples = ("Skin-to-skin builds self-esteem.", "Massage is a proven treatment.",
               "Supports mental-health recovery.", "This will help your baby sleep.")
    for sample in samples:
        assert any(re.search(p, sample.lower()) for p in BANNED_IN_NOTES), sample


@pytest.mark.parametrize("routine", ROUTINES, ids=lambda r: r.id)
def test_no_benefit_claims_for_babies_over_six_months(routine: Routine) -> None:
    if routine.max_age_weeks > BENEFIT_AGE_LIMIT_WEEKS:
        assert routine.all_benefits == ()
        assert "no research claims" in routine.summary.lower()


@pytest.mark.parametrize("routine", ROUTINES, ids=lambda r: r.id)
def test_no_routine_mentions_the_epds_or_calls_itself_a_treatment(routine: Routine) -> None:
    text = _all_text(routine)
    assert "epds" not in text.lower()
    assert "edinburgh" not in text.lower()
    for match in re.finditer(r"treatment|therapy|\bcure", text, re.IGNORECASE):
        assert "not a" in text[max(0, match.start() - 8):match.start()].lower(), text[match.start() - 40:]


def test_bedtime_wind_down_is_massage_and_ends_in_the_cot() -> None:
    routine = BY_ID["bedtime-wind-down"]
    assert routine.kind == "massage"
    assert "massage" in routine.summary.lower() and "cuddle" in routine.summary.lower()
    last = routine.stages[-1]
    assert "cot" in last.instruction.lower() and "back" in last.instruction.lower()
    assert any("sleepy" in s.lower() for s in routine.safety)


def test_emergency_screen_is_named_in_every_skin_to_skin_routine_checklist() -> None:
    # The checklist names the signs the emergency screen acts on: colour and breathing.
    assert "blue" in EMERGENCY.call_now
    for routine in (r for r in ROUTINES if r.kind == "skin_to_skin"):
        safety = " ".join(routine.safety).lower()
        assert "breathing" in safety and "colour" in safety


@pytest.mark.parametrize("routine", SKIN_TO_SKIN, ids=lambda r: r.id)
def test_every_skin_to_skin_routine_names_the_stage_where_baby_is_placed(routine: Routine) -> None:
    """The position checklist comes a minute after that stage starts: never while the parent is still
    breathing first or agreeing with the nurse, before baby is on the chest."""
    placing = [s for s in routine.stages if s.placing]
    assert len(placing) == 1
    before = routine.stages[:routine.placing_index]
    assert all(p.kind != "check" for s in before for p in s.prompts)
    words = f"{placing[0].title} {placing[0].instruction}".lower()
    assert "chest" in words
