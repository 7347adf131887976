"""The parent's own routine files: copies, saving without overwriting, import and export."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from touchtimer.core.routines.files import RoutineFileError, builtin_routines, load_all
from touchtimer.core.routines.model import Routine
from touchtimer.core.routines.user_files import (
    RoutineIdTaken,
    check_routine,
    copy_of,
    export_routine,
    import_routine,
    routine_path,
    save_routine,
    slug,
    unique_id,
)


def builtin(rid: str = "gentle-hello") -> Routine:
    found = builtin_routines().by_id(rid)
    assert found is not None
    return found


def test_slug_and_unique_id(tmp_path: Path) -> None:
    assert slug("  My Routine: Evening!! ") == "my-routine-evening"
    assert slug("***") == ""
    assert unique_id("***", []) == "my-routine"
    assert unique_id("a", ["a", "a-2"]) == "a-3"
    (tmp_path / "b.toml").write_text("x", encoding="utf-8")
    assert unique_id("b", [], tmp_path) == "b-2"
    long = unique_id("x" * 70, ["x" * 64])
    assert len(long) <= 64 and long.endswith("-2")


def test_copy_of_a_builtin_gets_its_own_id() -> None:
    original = builtin()
    copy = copy_of(original, ["gentle-hello", "gentle-hello-mine"], "Gentle hello (my version)")
    assert copy.id == "gentle-hello-mine-2"
    assert copy.title == "Gentle hello (my version)"
    assert copy.source == ""
    assert copy.stages == original.stages


def test_save_checks_and_never_overwrites_another_file(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    copy = copy_of(builtin(), [], "Mine")
    path = save_routine(copy, folder)
    assert path == routine_path(folder, "gentle-hello-mine")
    loaded = load_all(folder).by_id("gentle-hello-mine")
    assert loaded == replace(copy, source=str(path))
    with pytest.raises(FileExistsError):
        save_routine(replace(copy, title="Other"), folder)
    assert load_all(folder).by_id("gentle-hello-mine") == loaded
    # the routine's own file (named by its source) is replaced, and so is any with replace_existing
    assert save_routine(replace(loaded, title="Mine, again"), folder) == path
    assert save_routine(replace(copy, title="Third"), folder, replace_existing=True) == path
    assert load_all(folder).by_id("gentle-hello-mine").title == "Third"  # type: ignore[union-attr]
    assert [p.name for p in folder.iterdir()] == ["gentle-hello-mine.toml"]  # no temporary files left


def test_save_refuses_builtins_and_invalid_routines(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="read-only"):
        save_routine(builtin(), tmp_path)
    bad = replace(copy_of(builtin(), [], ""), max_age_weeks=200)
    problems = check_routine(bad)
    assert {p.path for p in problems} == {"title", "max_age_weeks"}
    with pytest.raises(RoutineFileError):
        save_routine(bad, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_import_copies_the_file_and_offers_a_new_id_on_a_clash(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    elsewhere = export_routine(copy_of(builtin(), [], "From a partner"), tmp_path / "shared.toml")
    original_bytes = elsewhere.read_bytes()
    path = import_routine(elsewhere, folder, ["gentle-hello"])
    assert path.read_bytes() == original_bytes
    with pytest.raises(RoutineIdTaken) as caught:
        import_routine(elsewhere, folder, ["gentle-hello"])  # the file is now there
    assert caught.value.suggestion == "gentle-hello-mine-2"
    again = import_routine(elsewhere, folder, ["gentle-hello", "gentle-hello-mine"],
                           new_id=caught.value.suggestion)
    result = load_all(folder)
    assert result.errors == []
    assert {r.id for r in result.routines} >= {"gentle-hello-mine", "gentle-hello-mine-2"}
    assert again.name == "gentle-hello-mine-2.toml"


def test_import_refuses_a_bad_file_with_its_problems(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\ntitle = ""\n', encoding="utf-8")
    with pytest.raises(RoutineFileError) as caught:
        import_routine(bad, tmp_path / "routines", [])
    assert any(e.path == "title" for e in caught.value.errors)
    assert not (tmp_path / "routines").exists() or not any((tmp_path / "routines").iterdir())
    with pytest.raises(RoutineFileError, match="not a valid id"):
        import_routine(export_routine(copy_of(builtin(), [], "T"), tmp_path / "ok.toml"),
                       tmp_path / "routines", [], new_id="Bad Id")
