"""Routine files: every built-in one is valid, and every kind of bad file gets a clear message."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from touchtimer.core.routines import files as routine_files
from touchtimer.core.routines.files import (
    MAX_FILE_BYTES,
    RoutineError,
    RoutineFileError,
    builtin_routines,
    load_all,
    load_routine_file,
    parse_routine,
)
from touchtimer.core.routines.model import Routine

BUILTIN_DIR = Path(routine_files.__file__).resolve().parents[2] / "routines"

TOP = """\
format = 1
id = "test-routine"
title = "Test routine"
kind = "massage"
summary = "A routine for tests."
min_age_weeks = 0
max_age_weeks = 12
"""
STAGE = """
[[stages]]
title = "One"
instruction = "Do one thing."
"""


def doc(top: str = TOP, stage: str = "minutes = 2", after: str = "") -> str:
    """A routine file: the top-level keys, one stage with ``stage`` lines, then ``after``."""
    return f"{top}{STAGE}{stage}\n{after}"


def problems(text: str | bytes, file: str = "test.toml") -> list[RoutineError]:
    with pytest.raises(RoutineFileError) as info:
        parse_routine(text, file=file)
    assert str(info.value) == "\n".join(str(e) for e in info.value.errors)
    return info.value.errors


def one_problem(text: str | bytes, path: str, *words: str) -> RoutineError:
    """Exactly one error, at ``path``, whose message contains every one of ``words``."""
    errors = problems(text)
    assert [e.path for e in errors] == [path], errors
    for word in words:
        assert word in errors[0].message, errors[0]
    return errors[0]


def has_problem(text: str, path: str, *words: str) -> None:
    errors = problems(text)
    matching = [e for e in errors if e.path == path and all(w in e.message for w in words)]
    assert matching, errors


# -- what loads --------------------------------------------------------------------------------


def test_every_builtin_routine_is_valid() -> None:
    result = builtin_routines()
    assert result.errors == []
    files = sorted(BUILTIN_DIR.glob("*.toml"))
    assert len(result.routines) == len(files) >= 2
    assert len({r.id for r in result.routines}) == len(result.routines), "built-in ids are unique"
    assert {r.kind for r in result.routines} == {"skin_to_skin", "massage"}
    for path in files:
        routine = load_routine_file(path)
        assert routine.id == path.stem, "a built-in file is named after its id"
        assert routine.source == str(path)
    for routine in result.routines:
        assert routine.source == "builtin"
        assert routine.stages
        for note in routine.all_benefits:
            assert note.source and note.certainty


def test_a_minimal_routine_parses() -> None:
    routine = parse_routine(doc(), file="t.toml", source="/where/t.toml")
    assert isinstance(routine, Routine)
    assert routine.id == "test-routine" and routine.kind == "massage"
    assert routine.source == "/where/t.toml"
    assert routine.stages[0].seconds == 120 and routine.total_seconds == 120
    assert not routine.preterm and not routine.care_team
    assert parse_routine(doc(), file="t.toml").source == "t.toml"


def test_every_part_of_a_full_routine_is_read() -> None:
    text = doc(
        top=TOP.replace("max_age_weeks = 12", "max_age_weeks = 12\npreterm = true\ncare_team = true")
        + 'preparation = ["Warm room"]\nsafety = ["Face visible"]\nwhen_not_to = ["Fever"]\n'
        + '[cues]\nengaged = ["Bright eyes"]\npause = ["Looking away"]\nstop = ["Crying"]\n'
        + '[[benefits]]\ntext = "Calmer"\nsource = "A study"\ncertainty = "low"\n',
        stage='seconds = 90\nside = "left"\nspoken = "Stage one."\n'
              '[[stages.prompts]]\ntext = "Check"\nkind = "check"\nevery_seconds = 30\nspoken = "Check now"\n'
              '[[stages.prompts]]\ntext = "Half way"\nat_minutes = 0.75\n'
              '[[stages.benefits]]\ntext = "Soothing"\nsource = "Guide"\ncertainty = "guidance"\n',
        after=STAGE + "open_ended = true\ntarget_minutes = 60\n"
              "[[stages.prompts]]\ntext = \"Every quarter hour\"\nevery_minutes = 15\n",
    )
    r = parse_routine(text, file="full.toml")
    assert r.preterm and r.care_team
    assert r.preparation == ("Warm room",) and r.safety == ("Face visible",) and r.when_not_to == ("Fever",)
    assert r.cues.engaged == ("Bright eyes",) and r.cues.pause == ("Looking away",)
    assert r.cues.stop == ("Crying",)
    first, second = r.stages
    assert first.seconds == 90 and first.side == "left" and first.spoken == "Stage one."
    check, half = first.prompts
    assert check.kind == "check" and check.every_seconds == 30 and check.words == "Check now"
    assert half.kind == "prompt" and half.at_seconds == 45 and half.words == "Half way"
    assert second.open_ended and second.seconds is None and second.target_seconds == 3600
    assert second.prompts[0].every_seconds == 900
    assert r.total_seconds is None
    assert [n.certainty for n in r.all_benefits] == ["low", "guidance"]


def test_text_is_trimmed_and_a_byte_order_mark_is_fine() -> None:
    routine = parse_routine(b"\xef\xbb\xbf" + doc().replace('"Test routine"', '"  Padded  "').encode(),
                            file="bom.toml")
    assert routine.title == "Padded"


# -- missing keys, wrong types, unknown keys, bad choices ----------------------------------------


@pytest.mark.parametrize(("key", "expected"), [
    ("id", "expected text"),
    ("title", "expected text"),
    ("summary", "expected text"),
    ("kind", "expected one of: skin_to_skin, massage"),
    ("min_age_weeks", "expected a number"),
    ("max_age_weeks", "expected a number"),
])
def test_missing_top_level_keys(key: str, expected: str) -> None:
    top = "\n".join(line for line in TOP.splitlines() if not line.startswith(f"{key} ="))
    one_problem(doc(top=top + "\n"), key, "is missing", expected)


def test_missing_stage_keys_and_missing_stages() -> None:
    text = TOP + "\n[[stages]]\nminutes = 1\n"
    errors = problems(text)
    assert {(e.path, e.message) for e in errors} == {
        ("stages[0].title", "is missing; expected text"),
        ("stages[0].instruction", "is missing; expected text"),
    }
    one_problem(TOP, "stages", "is missing", "[[stages]]")
    one_problem(TOP + "stages = []\n", "stages", "is empty")


def test_every_problem_in_a_file_is_reported_at_once() -> None:
    text = doc(top=TOP.replace('kind = "massage"', 'kind = "rub"').replace("= 12", "= 200"),
               stage="minutes = 2\nsidee = \"left\"")
    assert [e.path for e in problems(text)] == ["kind", "max_age_weeks", "stages[0].sidee"]


@pytest.mark.parametrize(("line", "path", "expected"), [
    ('title = 5', "title", "expected text, got a number (5)"),
    ('title = ["a"]', "title", "expected text, got a list"),
    ('title = "   "', "title", "is empty; expected some text"),
    ('min_age_weeks = "4"', "min_age_weeks", "expected a whole number, got text ('4')"),
    ('min_age_weeks = 2.5', "min_age_weeks", "expected a whole number, got 2.5"),
    ('min_age_weeks = true', "min_age_weeks", "expected a whole number, got true/false"),
    ('preterm = "yes"', "preterm", "expected true or false, got text ('yes')"),
    ('care_team = 1', "care_team", "expected true or false, got a number (1)"),
    ('safety = "Face visible"', "safety", "expected a list of text, got text"),
    ('safety = ["ok", 3]', "safety[1]", "expected non-empty text, got a number (3)"),
    ('when_not_to = [""]', "when_not_to[0]", "expected non-empty text"),
    ('cues = "calm"', "cues", "expected a table ([cues]), got text"),
    ('benefits = "good"', "benefits", "expected a list of tables ([[benefits]]), got text"),
    ('format = true', "format", "expected 1"),
    ('format = 2', "format", "expected 1"),
    ('id = "Bad Id"', "id", "not a valid id"),
])
def test_wrong_types_at_the_top(line: str, path: str, expected: str) -> None:
    key = line.split(" =")[0]
    top = "\n".join(x for x in TOP.splitlines() if not x.startswith(f"{key} =")) + f"\n{line}\n"
    one_problem(doc(top=top), path, expected)


@pytest.mark.parametrize(("stage", "path", "expected"), [
    ('minutes = "two"', "stages[0].minutes", "expected a number, got text ('two')"),
    ('minutes = true', "stages[0].minutes", "expected a number, got true/false"),
    ('seconds = 1.5', "stages[0].seconds", "expected a whole number, got 1.5"),
    ('minutes = 2\nside = 1', "stages[0].side", "expected one of: left, right"),
    ('minutes = 2\nprompts = "x"', "stages[0].prompts", "expected a list of tables"),
    ('minutes = 2\nprompts = [1]', "stages[0].prompts[0]", "expected a table, got a number (1)"),
    ('minutes = 2\ninstruction2 = "x"', "stages[0].instruction2", "did you mean 'instruction'?"),
])
def test_wrong_types_in_a_stage(stage: str, path: str, expected: str) -> None:
    has_problem(doc(stage=stage), path, expected)


def test_unknown_keys_get_a_did_you_mean_hint_at_every_level() -> None:
    one_problem(doc(top=TOP + 'titel = "x"\n'), "titel", "unknown key; did you mean 'title'?")
    one_problem(doc(stage="minuets = 2\nminutes = 2"), "stages[0].minuets", "did you mean 'minutes'?")
    one_problem(doc(stage='minutes = 2\n[[stages.prompts]]\ntext = "x"\nevery_minute = 1\nat_seconds = 5'),
                "stages[0].prompts[0].every_minute", "did you mean 'every_minutes'?")
    one_problem(doc(top=TOP + '[[benefits]]\ntext = "x"\nsource = "y"\ncertainty = "low"\nsorce = "z"\n'),
                "benefits[0].sorce", "did you mean 'source'?")
    one_problem(doc(top=TOP + "[cues]\nengage = []\n"), "cues.engage", "did you mean 'engaged'?")
    error = one_problem(doc(top=TOP + "colour = 3\n"), "colour", "unknown key; expected one of:")
    assert "title" in error.message and "stages" in error.message


def test_bad_choices_list_the_options() -> None:
    one_problem(doc(top=TOP.replace('"massage"', '"massag"')), "kind",
                "expected one of: skin_to_skin, massage; did you mean 'massage'?")
    one_problem(doc(stage='minutes = 2\nside = "middle"'), "stages[0].side", "expected one of: left, right")
    one_problem(doc(top=TOP + '[[benefits]]\ntext = "x"\nsource = "y"\ncertainty = "medium"\n'),
                "benefits[0].certainty", "high, moderate, low, very low, guidance")
    one_problem(doc(top=TOP + '[[benefits]]\ntext = "x"\nsource = "y"\ncertainty = "very-low"\n'),
                "benefits[0].certainty", "did you mean 'very low'?")
    one_problem(doc(stage='minutes = 2\n[[stages.prompts]]\ntext = "x"\nkind = "alarm"\nat_seconds = 5'),
                "stages[0].prompts[0].kind", "expected one of: prompt, check")
    has_problem(doc(top=TOP + '[[benefits]]\ntext = "x"\n'), "benefits[0].source", "is missing")
    has_problem(doc(top=TOP + '[[benefits]]\ntext = "x"\n'), "benefits[0].certainty", "is missing")


# -- ranges and rules ------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "path"), [
    ("min_age_weeks = -1", "min_age_weeks"),
    ("max_age_weeks = 105", "max_age_weeks"),
])
def test_ages_out_of_range(line: str, path: str) -> None:
    key = line.split(" =")[0]
    top = "\n".join(x for x in TOP.splitlines() if not x.startswith(f"{key} =")) + f"\n{line}\n"
    one_problem(doc(top=top), path,
                "is out of range; expected a whole number of weeks from 0 to 2 years (104)")


def test_the_age_band_is_inclusive_and_min_may_equal_max() -> None:
    top = TOP.replace("min_age_weeks = 0", "min_age_weeks = 104").replace("max_age_weeks = 12",
                                                                          "max_age_weeks = 104")
    routine = parse_routine(doc(top=top), file="t.toml")
    assert routine.suits_age(104) and not routine.suits_age(103)


def test_min_age_above_max_age() -> None:
    top = TOP.replace("min_age_weeks = 0", "min_age_weeks = 13")
    one_problem(doc(top=top), "max_age_weeks", "12 is below min_age_weeks (13)")


@pytest.mark.parametrize(("stage", "found"), [
    ("minutes = 2\nseconds = 30", "; found minutes, seconds"),
    ("minutes = 2\nopen_ended = true", "; found minutes, open_ended"),
    ("seconds = 2\nminutes = 1\nopen_ended = true", "; found minutes, seconds, open_ended"),
    ("", ""),
    ("open_ended = false", ""),
])
def test_a_stage_needs_exactly_one_length(stage: str, found: str) -> None:
    error = one_problem(doc(stage=stage), "stages[0]", "needs exactly one of minutes, seconds or open_ended")
    assert error.message.endswith("open_ended = true" + found)


@pytest.mark.parametrize(("stage", "path", "expected"), [
    ("minutes = 0", "stages[0].minutes", "a number of minutes from 1 second (0.02) to 24 hours (1440)"),
    ("seconds = 0", "stages[0].seconds", "a whole number of seconds from 1 to 24 hours (86400)"),
    ("seconds = 86401", "stages[0].seconds", "out of range"),
    ("minutes = nan", "stages[0].minutes", "nan is out of range"),
    ("minutes = inf", "stages[0].minutes", "inf is out of range"),
    ("minutes = -inf", "stages[0].minutes", "-inf is out of range"),
    ("open_ended = true\ntarget_minutes = nan", "stages[0].target_minutes", "out of range"),
])
def test_lengths_out_of_range_and_not_a_number(stage: str, path: str, expected: str) -> None:
    has_problem(doc(stage=stage), path, expected)


@pytest.mark.parametrize(("stage", "path", "expected"), [
    ("open_ended = true\ntarget_minutes = 1441", "stages[0].target_minutes",
     "from 1 second (0.02) to 24 hours (1440)"),
    ('open_ended = true\n[[stages.prompts]]\ntext = "x"\nevery_minutes = 0',
     "stages[0].prompts[0].every_minutes", "from 1 second (0.02) to 24 hours (1440)"),
    ('open_ended = true\n[[stages.prompts]]\ntext = "x"\nat_minutes = -1',
     "stages[0].prompts[0].at_minutes", "a number of minutes from 0 to 24 hours (1440)"),
    ('open_ended = true\n[[stages.prompts]]\ntext = "x"\nat_seconds = 86401',
     "stages[0].prompts[0].at_seconds", "a whole number of seconds from 0 to 24 hours (86400)"),
])
def test_range_messages_say_odd_bounds_in_words(stage: str, path: str, expected: str) -> None:
    error = one_problem(doc(stage=stage), path, expected)
    assert "0.0166" not in error.message


@pytest.mark.parametrize(("text", "path", "expected"), [
    (TOP.replace('title = "Test routine"', 'title = "Test\\u0000 routine"'), "title",
     "contains the control character U+0000 at character 5; expected one line of plain text"),
    (TOP.replace('title = "Test routine"', 'title = "Test\\nroutine"'), "title",
     "contains a line break at character 5; expected one line of plain text"),
    (TOP.replace('summary = "A routine for tests."', 'summary = "A \\u001b[31mred\\u0007 routine"'),
     "summary",
     "contains the control character U+001B at character 3; expected plain text (line breaks and tabs"),
    (TOP + 'safety = ["Fine", "Not \\u0085 fine"]\n', "safety[1]", "the control character U+0085"),
])
def test_control_characters_in_text_are_refused(text: str, path: str, expected: str) -> None:
    one_problem(doc(top=text), path, expected)


def test_line_breaks_and_tabs_are_fine_in_longer_text() -> None:
    top = TOP.replace('summary = "A routine for tests."', 'summary = "Two lines:\\n\\tthe second."')
    assert parse_routine(doc(top=top), file="t.toml").summary == "Two lines:\n\tthe second."


def test_nan_and_inf_ages() -> None:
    top = TOP.replace("min_age_weeks = 0", "min_age_weeks = nan")
    one_problem(doc(top=top), "min_age_weeks", "expected a whole number, got nan")
    top = TOP.replace("max_age_weeks = 12", "max_age_weeks = inf")
    one_problem(doc(top=top), "max_age_weeks", "expected a whole number, got inf")


def test_a_target_needs_an_open_ended_stage() -> None:
    one_problem(doc(stage="minutes = 2\ntarget_minutes = 60"), "stages[0].target_minutes",
                "only an open-ended stage can have a target")


@pytest.mark.parametrize(("timing", "path", "expected"), [
    ("at_seconds = 120", "stages[0].prompts[0].at_seconds", "falls at 120 s, but the stage lasts only 120 s"),
    ("at_minutes = 5", "stages[0].prompts[0].at_minutes", "falls at 300 s"),
    ("every_minutes = 2", "stages[0].prompts[0].every_minutes", "falls at 120 s"),
    ("every_seconds = 500", "stages[0].prompts[0].every_seconds", "expected a time inside the stage"),
])
def test_prompts_outside_a_fixed_stage(timing: str, path: str, expected: str) -> None:
    one_problem(doc(stage=f'minutes = 2\n[[stages.prompts]]\ntext = "x"\n{timing}'), path, expected)


def test_prompts_anywhere_in_an_open_ended_stage() -> None:
    text = doc(stage='open_ended = true\n[[stages.prompts]]\ntext = "x"\nat_minutes = 600')
    assert parse_routine(text, file="t.toml").stages[0].prompts[0].at_seconds == 36000


@pytest.mark.parametrize(("timing", "expected"), [
    ("", "needs exactly one of at_seconds, at_minutes, every_seconds, every_minutes"),
    ("at_seconds = 5\nevery_minutes = 1", "; found at_seconds, every_minutes"),
])
def test_a_prompt_needs_exactly_one_timing(timing: str, expected: str) -> None:
    one_problem(doc(stage=f'minutes = 2\n[[stages.prompts]]\ntext = "x"\n{timing}'),
                "stages[0].prompts[0]", expected)


@pytest.mark.parametrize(("timing", "path"), [
    ("at_seconds = -1", "at_seconds"),
    ("every_seconds = 0", "every_seconds"),
    ("every_minutes = 0", "every_minutes"),
    ("at_seconds = 2.5", "at_seconds"),
])
def test_prompt_times_out_of_range(timing: str, path: str) -> None:
    has_problem(doc(stage=f'open_ended = true\n[[stages.prompts]]\ntext = "x"\n{timing}'),
                f"stages[0].prompts[0].{path}", "expected")


# -- files that are not routines at all ------------------------------------------------------------


@pytest.mark.parametrize(("data", "expected"), [
    (b"", "is empty; expected a TOML routine file"),
    (b"  \n\t\r\n  ", "is empty; expected a TOML routine file"),
    (bytes(range(256)) * 4, "is not a text file; expected a TOML routine file in UTF-8"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is not a text file"),
    (b"title = 'x'\x00\x00", "is not a text file"),
    (b'id = "a"\ntitle = \n', "is not valid TOML: Invalid value (at line 2, column 9)"),
    (b"[[stages]\n", "is not valid TOML"),
    (b'id = "a"\nid = "b"\n', "is not valid TOML"),
])
def test_files_that_are_not_routines(data: bytes, expected: str) -> None:
    error = one_problem(data, "", expected)
    assert str(error).startswith("test.toml: "), "the file is named first"


def test_a_file_over_the_size_limit(tmp_path: Path) -> None:
    big = b"# " + b"x" * MAX_FILE_BYTES + b"\n"
    one_problem(big, "", "is 1,048,579 bytes; a routine file must be at most 1 MiB (1,048,576 bytes)")
    path = tmp_path / "big.toml"
    path.write_bytes(big)
    assert read_error(path).message == ("is more than 1 MiB; a routine file must be "
                                        "at most 1 MiB (1,048,576 bytes)")
    # Exactly at the limit is fine as far as size goes.
    path.write_bytes(doc().encode() + b"#" * (MAX_FILE_BYTES - len(doc().encode())))
    assert load_routine_file(path).id == "test-routine"


def test_a_device_that_never_ends_is_not_read_forever() -> None:
    assert "must be at most" in read_error(Path("/dev/zero")).message
    assert read_error(Path("/dev/null")).message.startswith("is empty")


def test_a_pipe_can_be_checked(tmp_path: Path) -> None:
    read, write = os.pipe()
    os.write(write, doc().encode())
    os.close(write)
    try:
        assert load_routine_file(Path(f"/dev/fd/{read}")).id == "test-routine"
    finally:
        os.close(read)


def read_error(path: Path) -> RoutineError:
    with pytest.raises(RoutineFileError) as info:
        load_routine_file(path)
    [error] = info.value.errors
    assert error.file == str(path) and error.path == ""
    return error


def test_a_folder_and_a_missing_file(tmp_path: Path) -> None:
    assert read_error(tmp_path).message == "is a folder; expected a file"
    assert read_error(tmp_path / "nope.toml").message == "does not exist"


def test_an_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 000 does not stop root from reading, and tests may run as root, so the refusal the
    # operating system would give is simulated where the file is read.
    path = tmp_path / "locked.toml"
    path.write_text(doc())
    real_open = Path.open

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    assert read_error(path).message == "cannot be read (Permission denied)"


def test_a_file_without_read_permission(tmp_path: Path) -> None:
    path = tmp_path / "locked.toml"
    path.write_text(doc())
    path.chmod(0)
    try:
        if os.geteuid() == 0:  # root reads any file, so for root it simply loads
            assert load_routine_file(path).id == "test-routine"
        else:
            assert read_error(path).message == "cannot be read (Permission denied)"
    finally:
        path.chmod(0o600)


def test_an_error_reads_file_then_field_then_problem(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(doc(top=TOP.replace('"massage"', '"hug"')))
    with pytest.raises(RoutineFileError) as info:
        load_routine_file(path)
    assert str(info.value).startswith(f"{path}: kind: got text ('hug'); expected one of")


# -- user routines beside the built-in ones --------------------------------------------------------


def user_file(folder: Path, name: str, routine_id: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(doc(top=TOP.replace('"test-routine"', f'"{routine_id}"')))
    return path


def test_load_all_reads_user_routines_and_a_bad_file_stops_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    good = user_file(folder, "a-good.toml", "mine-one")
    (folder / "b-broken.toml").write_bytes(b"\xff\xfe garbage")
    (folder / "c-empty.toml").write_text("")
    other = user_file(folder, "d-also-good.toml", "mine-two")
    (folder / "notes.txt").write_text("not a routine, and not looked at")
    result = load_all(folder)
    builtin_ids = {r.id for r in builtin_routines().routines}
    assert {r.id for r in result.routines} == builtin_ids | {"mine-one", "mine-two"}
    assert result.by_id("mine-one") is not None and result.by_id("mine-one").source == str(good)  # type: ignore[union-attr]
    assert result.by_id("mine-two").source == str(other)  # type: ignore[union-attr]
    assert result.by_id("nothing") is None
    assert sorted(Path(e.file).name for e in result.errors) == ["b-broken.toml", "c-empty.toml"]


def test_a_user_routine_cannot_take_a_builtin_id(tmp_path: Path) -> None:
    taken = builtin_routines().routines[0]
    path = user_file(tmp_path, "copy.toml", taken.id)
    result = load_all(tmp_path)
    assert [r.source for r in result.routines if r.id == taken.id] == ["builtin"]
    [error] = result.errors
    assert (error.file, error.path) == (str(path), "id")
    assert error.message == f"'{taken.id}' is already used by a built-in routine; expected an id of its own"


def test_two_user_files_with_one_id(tmp_path: Path) -> None:
    first = user_file(tmp_path, "first.toml", "twin")
    second = user_file(tmp_path, "second.toml", "twin")
    result = load_all(tmp_path)
    assert [r.source for r in result.routines if r.id == "twin"] == [str(first)]
    [error] = result.errors
    assert error.file == str(second) and str(first) in error.message


def test_no_user_folder_means_the_builtin_routines(tmp_path: Path) -> None:
    builtin = [r.id for r in builtin_routines().routines]
    assert [r.id for r in load_all(None).routines] == builtin
    assert [r.id for r in load_all(tmp_path / "missing").routines] == builtin
    assert load_all(tmp_path / "missing").errors == []


def test_an_unreadable_user_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    real_iterdir = Path.iterdir

    def iterdir(self: Path):  # type: ignore[no-untyped-def]
        if self == folder:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    result = load_all(folder)
    assert result.routines, "the built-in routines still load"
    [error] = result.errors
    assert error.file == str(folder) and error.message == "cannot be read (Permission denied)"
