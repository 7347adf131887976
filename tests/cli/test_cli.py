"""The command line: --version, routines [--json], check FILE..., and usage errors without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO_ROOT
from touchtimer import __version__
from touchtimer.cli import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, main
from touchtimer.core.routines.files import builtin_routines

ROOT = REPO_ROOT
BUILTIN_FILES = sorted((ROOT / "touchtimer" / "routines").glob("*.toml"))

GOOD = """\
id = "{id}"
title = "My own"
kind = "massage"
summary = "Mine."
min_age_weeks = 4
max_age_weeks = 30

[[benefits]]
text = "Nice."
source = "Me"
certainty = "guidance"

[[stages]]
title = "Feet"
instruction = "Rub the feet."
side = "right"
seconds = 45
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def usage_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as info:
        main(list(args))
    out, err = capsys.readouterr()
    assert info.value.code == EXIT_USAGE
    assert out == ""
    assert err.startswith("usage: touchtimer")
    assert "Traceback" not in err
    return err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"touchtimer {__version__}\n"


def test_routines_lists_the_builtin_ones_as_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "routines")
    assert code == EXIT_OK and err == ""
    lines = out.splitlines()
    builtin = builtin_routines().routines
    assert len(lines) == len(builtin)
    for line, routine in zip(lines, builtin, strict=True):
        assert line.startswith(routine.id) and line.endswith(routine.title)
        assert "open-ended" in line if routine.open_ended else " min" in line
        assert f"{routine.min_age_weeks}-{routine.max_age_weeks}" in line


def test_routines_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "routines", "--json")
    assert code == EXIT_OK and err == ""
    data = json.loads(out)
    builtin = {r.id: r for r in builtin_routines().routines}
    assert [item["id"] for item in data] == list(builtin)
    for item in data:
        routine = builtin[item["id"]]
        assert isinstance(item["title"], str) and item["title"] == routine.title
        assert item["kind"] in ("skin_to_skin", "massage")
        assert isinstance(item["min_age_weeks"], int) and isinstance(item["max_age_weeks"], int)
        assert item["min_age_weeks"] <= item["max_age_weeks"]
        assert item["source"] == "builtin"
        assert item["stages"], "every routine has stages"
        for stage, model in zip(item["stages"], routine.stages, strict=True):
            assert {"title", "seconds", "side"} <= stage.keys()
            assert stage["title"] == model.title
            assert stage["seconds"] == model.seconds
            assert stage["side"] in (None, "left", "right")
        for note in item["benefits"]:
            assert {"text", "source", "certainty"} <= note.keys()
            assert note["certainty"] in ("high", "moderate", "low", "very low", "guidance")
        if any(s["seconds"] is None for s in item["stages"]):
            assert item["total_seconds"] is None
        else:
            assert item["total_seconds"] == sum(s["seconds"] for s in item["stages"])
    kinds = {item["kind"] for item in data}
    assert kinds == {"skin_to_skin", "massage"}
    assert any(item["total_seconds"] is None for item in data), "an open-ended routine is listed"
    assert any(item["benefits"] for item in data)


def test_user_routines_are_listed_with_their_path(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    folder = data_dir / "routines"
    folder.mkdir(parents=True)
    mine = folder / "mine.toml"
    mine.write_text(GOOD.format(id="my-own"))
    broken = folder / "broken.toml"
    broken.write_text(GOOD.format(id="broken").replace("seconds = 45", 'seconds = "soon"'))
    code, out, err = run(capsys, "routines", "--json")
    assert code == EXIT_OK
    data = {item["id"]: item for item in json.loads(out)}
    assert set(data) == {r.id for r in builtin_routines().routines} | {"my-own"}
    item = data["my-own"]
    assert item["source"] == str(mine)
    assert item["total_seconds"] == 45
    assert item["stages"] == [{"title": "Feet", "seconds": 45, "target_seconds": None, "side": "right"}]
    assert item["benefits"] == [{"text": "Nice.", "source": "Me", "certainty": "guidance"}]
    assert err == (f"touchtimer: skipped a routine file: {broken}: stages[0].seconds: "
                   "expected a whole number, got text ('soon')\n")
    # The table shows the same, with the same message.
    code, out, err = run(capsys, "routines")
    assert code == EXIT_OK and "my-own" in out and str(broken) in err


def test_data_dir_option_picks_the_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "routines").mkdir()
    (tmp_path / "routines" / "x.toml").write_text(GOOD.format(id="from-option"))
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "routines", "--json")
    assert code == EXIT_OK
    assert "from-option" in {item["id"] for item in json.loads(out)}
    code, out, _ = run(capsys, "routines", "--json")
    assert "from-option" not in {item["id"] for item in json.loads(out)}


def test_check_valid_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text(GOOD.format(id="mine"))
    code, out, err = run(capsys, "check", *map(str, BUILTIN_FILES), str(mine))
    assert code == EXIT_OK and err == ""
    assert out.splitlines()[-1] == f"{mine}: ok (mine, 1 stage)"
    assert len(out.splitlines()) == len(BUILTIN_FILES) + 1


@pytest.mark.parametrize(("content", "expected"), [
    (None, "does not exist"),
    (b"", "is empty; expected a TOML routine file"),
    (b"\x00\xff\xfe\x01garbage\x9c", "is not a text file"),
    (b"title = = 3", "is not valid TOML"),
    (GOOD.format(id="x").replace("min_age_weeks = 4", 'min_age_weeks = "four"').encode(),
     "min_age_weeks: expected a whole number, got text ('four')"),
    (GOOD.format(id="x").replace('title = "My own"', "title = 7").encode(),
     "title: expected text, got a number (7)"),
    (GOOD.format(id="x").replace("seconds = 45", "seconds = [45]").encode(),
     "stages[0].seconds: expected a whole number, got a list"),
])
def test_check_bad_files(capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes | None,
                         expected: str) -> None:
    path = tmp_path / "bad.toml"
    if content is not None:
        path.write_bytes(content)
    good = BUILTIN_FILES[0]
    code, out, err = run(capsys, "check", str(path), str(good))
    assert code == EXIT_PROBLEM
    assert f"{path}: " in err and expected in err
    assert "Traceback" not in err
    stages = len(builtin_routines().by_id(good.stem).stages)  # type: ignore[union-attr]
    assert out == f"{good}: ok ({good.stem}, {stages} stages; also in German, Spanish)\n"


def test_check_reports_every_problem_in_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "many.toml"
    path.write_text(GOOD.format(id="x").replace('"massage"', '"masage"').replace("= 30", "= 300"))
    code, _, err = run(capsys, "check", str(path))
    assert code == EXIT_PROBLEM
    assert err.splitlines() == [
        f"{path}: kind: got text ('masage'); expected one of: skin_to_skin, massage; did you mean 'massage'?",
        f"{path}: max_age_weeks: 300 is out of range; "
        "expected a whole number of weeks from 0 to 2 years (104)",
    ]


@pytest.mark.parametrize("args", [
    ["frobnicate"],
    ["check"],
    ["routines", "--yaml"],
    ["--no-such-option"],
    ["--start", "close-time", "routines"],
    ["--data-dir"],
])
def test_bad_arguments_get_usage_and_exit_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    err = usage_error(capsys, *args)
    assert "error:" in err


# -- as a real program ----------------------------------------------------------------------------


def touchtimer(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "touchtimer", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=False, env=env)


def test_real_program_version_and_json() -> None:
    done = touchtimer("--version")
    assert (done.returncode, done.stdout, done.stderr) == (0, f"touchtimer {__version__}\n", "")
    done = touchtimer("routines", "--json")
    assert done.returncode == 0 and done.stderr == ""
    assert {item["id"] for item in json.loads(done.stdout)} == {r.id for r in builtin_routines().routines}


def test_real_program_never_shows_a_traceback(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.toml"
    garbage.write_bytes(bytes(range(256)))
    wrong = tmp_path / "wrong.toml"
    wrong.write_text('id = 5\nstages = "none"\n')
    done = touchtimer("check", str(garbage), str(wrong), str(tmp_path / "missing.toml"), str(tmp_path),
                      "/dev/zero")
    assert done.returncode == 1 and done.stdout == ""
    assert "Traceback" not in done.stderr
    assert f"{garbage}: is not a text file" in done.stderr
    assert f"{wrong}: id: expected text, got a number (5)" in done.stderr
    assert f"{tmp_path / 'missing.toml'}: does not exist" in done.stderr
    assert f"{tmp_path}: is a folder; expected a file" in done.stderr
    assert "/dev/zero: is more than" in done.stderr
    done = touchtimer("frobnicate")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("usage: touchtimer") and "Traceback" not in done.stderr


def test_real_program_prints_titles_an_ascii_stream_cannot_show(data_dir: Path) -> None:
    (data_dir / "routines").mkdir(parents=True)
    (data_dir / "routines" / "fr.toml").write_text(
        GOOD.format(id="calin").replace('"My own"', '"Câlin — doux"'), encoding="utf-8")
    done = touchtimer("routines", env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert "calin" in done.stdout and "C?lin ? doux" in done.stdout
