"""The routine editor, driven like a person would: copies, live checks, save, import and export."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from touchtimer.cli import main
from touchtimer.core import paths
from touchtimer.core.routines.files import builtin_routines, load_all, load_routine_file, parse_routine
from touchtimer.core.routines.model import Routine, Stage
from touchtimer.ui.routines.editor import RoutineEditor


@pytest.fixture
def routines_dir(data_dir: Path) -> Path:
    return paths.routines_dir(data_dir)


def builtin(rid: str = "gentle-hello") -> Routine:
    found = builtin_routines().by_id(rid)
    assert found is not None
    return found


def taken() -> list[str]:
    return [r.id for r in builtin_routines().routines]


def with_tummy() -> Routine:
    """A built-in massage with a tummy stage, as a parent might want to leave out."""
    r = builtin()
    tummy = Stage("Tummy", "Slow clockwise circles around the navel.", 90)
    return replace(r, stages=(*r.stages[:3], tummy, *r.stages[3:]))


def editor(qtbot: QtBot, routine: Routine, folder: Path, ids: list[str] | None = None) -> RoutineEditor:
    widget = RoutineEditor(routine, folder, taken() if ids is None else ids)
    qtbot.addWidget(widget)
    return widget


def retype(qtbot: QtBot, edit: object, text: str) -> None:
    edit.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClick(edit, Qt.Key.Key_Delete)  # type: ignore[arg-type]
    if text:
        qtbot.keyClicks(edit, text)  # type: ignore[arg-type]


def test_builtin_starts_as_a_copy_with_its_own_id(qtbot: QtBot, routines_dir: Path) -> None:
    ed = editor(qtbot, builtin(), routines_dir)
    assert ed.title_edit.text() == "Gentle hello (my version)"
    assert ed.draft.id == "gentle-hello-my-version"         # from the title: nothing to type
    assert ed.file_label.text() == "Will be saved in your routines folder as gentle-hello-my-version.toml"
    assert "Built-in routines stay as they are" in ed.banner.text()
    assert ed.copy_button.isHidden()                         # it is a copy already
    assert ed.save_button.isEnabled()
    ed2 = editor(qtbot, builtin(), routines_dir, [*taken(), "gentle-hello-my-version"])
    assert ed2.draft.id == "gentle-hello-my-version-2"
    retype(qtbot, ed2.title_edit, "Close time")              # a title another routine's file has
    assert ed2.draft.id == "close-time-2" and ed2.save_button.isEnabled()


def test_duplicate_remove_tummy_change_title_and_band_then_save(qtbot: QtBot, routines_dir: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    ed = editor(qtbot, with_tummy(), routines_dir)
    assert ed.stage_titles()[3] == "Tummy"
    ed.stage_list.setCurrentRow(3)
    qtbot.mouseClick(ed.remove_stage_button, Qt.MouseButton.LeftButton)
    assert "Tummy" not in ed.stage_titles()
    retype(qtbot, ed.title_edit, "Legs and arms, no tummy")
    ed.min_spin.setValue(2)
    ed.max_spin.setValue(10)
    assert ed.save_button.isEnabled()
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)

    path = routines_dir / "legs-and-arms-no-tummy.toml"
    assert ed.saved_path == path
    assert ed.result() == QDialog.DialogCode.Accepted
    assert main(["check", str(path)]) == 0
    assert "ok (legs-and-arms-no-tummy, 5 stages)" in capsys.readouterr().out
    result = load_all(routines_dir)
    assert result.errors == []
    loaded = result.by_id("legs-and-arms-no-tummy")
    assert loaded is not None
    assert loaded.source == str(path)
    assert loaded.title == "Legs and arms, no tummy"
    assert (loaded.min_age_weeks, loaded.max_age_weeks) == (2, 10)
    assert [s.title for s in loaded.stages] == [s.title for s in builtin().stages]
    assert loaded.stages == builtin().stages
    assert result.by_id("gentle-hello") == builtin()  # the built-in is untouched


def test_live_checks_show_a_message_and_turn_save_off(qtbot: QtBot, routines_dir: Path) -> None:
    ed = editor(qtbot, builtin(), routines_dir)
    retype(qtbot, ed.title_edit, "")
    assert not ed.save_button.isEnabled()
    assert not ed.export_button.isEnabled()
    assert not ed.errors["title"].isHidden()
    assert ed.errors["title"].text() == "Title is empty; expected some text"
    assert "One thing to change before saving:" in ed.summary_label.text()
    qtbot.keyClicks(ed.title_edit, "Mine")
    assert ed.errors["title"].isHidden()
    assert ed.save_button.isEnabled()

    ed.min_spin.setValue(10)
    ed.max_spin.setValue(4)
    assert not ed.save_button.isEnabled()
    assert "below the youngest age (10)" in ed.errors["age"].text()
    ed.max_spin.setValue(12)
    assert ed.save_button.isEnabled()
    assert ed.errors["age"].isHidden()
    retype(qtbot, ed.title_edit, "My gentle hello!")
    assert ed.save() == routines_dir / "my-gentle-hello.toml"


def test_stage_and_prompt_problems_show_beside_the_stage(qtbot: QtBot, routines_dir: Path) -> None:
    ed = editor(qtbot, builtin(), routines_dir)
    ed.stage_list.setCurrentRow(1)  # Left leg and foot, 90 s, a prompt at 30 s
    se = ed.stage_editor
    se.prompt_list.setCurrentRow(0)
    se.prompt_time.minutes.setValue(2)  # 150 s: after the stage ends
    assert not ed.save_button.isEnabled()
    assert "Stage 2 “Left leg and foot”, prompt 1, time: falls at 150 s" in se.problems_label.text()
    assert se.prompt_list.item(0).text().endswith("(needs a change)")
    assert ed.stage_list.item(1).text().endswith("(needs a change)")
    se.prompt_time.minutes.setValue(0)
    assert ed.save_button.isEnabled()
    assert se.problems_label.isHidden()

    retype(qtbot, se.title_edit, "")
    assert "Stage 2, title is empty" in se.problems_label.text()
    retype(qtbot, se.title_edit, "Left leg")
    se.length.minutes.setValue(0)
    se.length.seconds.setValue(0)
    assert "Stage 2 “Left leg”, length: 0 is out of range" in se.problems_label.text()
    assert not ed.save_button.isEnabled()


def test_every_kind_of_stage_edit_survives_saving(qtbot: QtBot, routines_dir: Path) -> None:
    ed = editor(qtbot, builtin(), routines_dir)
    se = ed.stage_editor
    # add a stage after the first, make it open-ended with a target, left side, two prompts
    ed.stage_list.setCurrentRow(0)
    qtbot.mouseClick(ed.add_stage_button, Qt.MouseButton.LeftButton)
    assert ed.stage_list.currentRow() == 1
    retype(qtbot, se.title_edit, "Hold")
    se.instruction_edit.setPlainText("Hold baby close.")
    se.open_radio.setChecked(True)
    se.target_spin.setValue(20)
    se.side_combo.setCurrentIndex(se.side_combo.findData("left"))
    qtbot.mouseClick(se.add_prompt_button, Qt.MouseButton.LeftButton)
    retype(qtbot, se.prompt_text, "Check: face visible")
    se.prompt_timing.setCurrentIndex(se.prompt_timing.findData("every"))
    se.prompt_time.minutes.setValue(5)
    se.prompt_time.seconds.setValue(0)
    se.prompt_check.setChecked(True)
    qtbot.mouseClick(se.add_prompt_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(se.add_prompt_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(se.remove_prompt_button, Qt.MouseButton.LeftButton)
    assert se.prompt_list.count() == 2
    # move it to the end, and the last stage up one place
    qtbot.mouseClick(ed.down_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ed.down_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ed.down_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ed.down_button, Qt.MouseButton.LeftButton)
    assert ed.stage_list.currentRow() == 5
    assert not ed.down_button.isEnabled()
    qtbot.mouseClick(ed.up_button, Qt.MouseButton.LeftButton)
    ed.summary_edit.setPlainText("Mine, with a hold.")
    ed.safety_edit.setPlainText("Light touch.\n\n  Face visible.  ")
    ed.kind_combo.setCurrentIndex(ed.kind_combo.findData("skin_to_skin"))
    path = ed.save()
    assert path is not None

    loaded = load_routine_file(path)
    assert [s.title for s in loaded.stages] == ["Ask first", "Left leg and foot", "Right leg and foot",
                                                 "Arms and hands", "Hold", "Resting hands"]
    hold = loaded.stages[4]
    assert hold.open_ended and hold.target_seconds == 20 * 60 and hold.side == "left"
    assert [(p.text, p.every_seconds, p.at_seconds, p.kind) for p in hold.prompts] == [
        ("Check: face visible", 300, None, "check"), ("Slow breaths, soft hands.", None, 30, "prompt")]
    assert loaded.summary == "Mine, with a hold."
    assert loaded.safety == ("Light touch.", "Face visible.")
    assert loaded.kind == "skin_to_skin"


def test_own_routine_is_edited_in_place_and_copy_keeps_it(qtbot: QtBot, routines_dir: Path) -> None:
    first = editor(qtbot, builtin(), routines_dir)
    path = first.save()
    assert path is not None
    own = load_routine_file(path)
    ed = editor(qtbot, own, routines_dir, [*taken(), own.id])
    assert ed.file_label.text() == "Saved in your routines folder as gentle-hello-my-version.toml"
    assert not ed.copy_button.isHidden()                     # a copy of your own routine, if you like
    assert "Your routine, saved in" in ed.banner.text()
    assert ed.save_button.isEnabled()  # its own id is not a clash
    retype(qtbot, ed.title_edit, "Renamed")
    assert ed.draft.id == own.id                             # a saved routine keeps its file name
    assert ed.save() == path  # its own file is replaced without asking
    assert load_routine_file(path).title == "Renamed"

    again = editor(qtbot, load_routine_file(path), routines_dir, [*taken(), own.id])
    qtbot.mouseClick(again.copy_button, Qt.MouseButton.LeftButton)
    assert again.title_edit.text() == "Renamed (copy)"
    assert again.draft.id == "renamed-copy" and again.copy_button.isHidden()
    copy_path = again.save()
    assert copy_path == routines_dir / "renamed-copy.toml"
    assert load_routine_file(path).title == "Renamed"
    assert {r.id for r in load_all(routines_dir).routines} >= {"gentle-hello-my-version", "renamed-copy"}


def test_never_replaces_another_file_without_asking(qtbot: QtBot, routines_dir: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    ed = editor(qtbot, builtin(), routines_dir)
    retype(qtbot, ed.title_edit, "My hello")
    routines_dir.mkdir(parents=True)              # a file of that name appears after the name was chosen
    other = routines_dir / "my-hello.toml"
    other.write_text("not a routine, but somebody's file\n", encoding="utf-8")
    asked: list[Path] = []
    monkeypatch.setattr(ed, "_confirm_replace", lambda p: asked.append(p) or False)
    assert ed.save() is None
    assert asked == [other]
    assert other.read_text(encoding="utf-8") == "not a routine, but somebody's file\n"
    assert "Not saved" in ed.status_label.text()
    monkeypatch.setattr(ed, "_confirm_replace", lambda p: True)
    assert ed.save() == other
    assert load_routine_file(other).id == "my-hello"


def test_export_then_import_on_another_computer(qtbot: QtBot, routines_dir: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    ed = editor(qtbot, with_tummy(), routines_dir)
    retype(qtbot, ed.title_edit, "Our evening massage")
    shared = tmp_path / "shared" / "evening.toml"
    assert ed.export_to(shared)
    assert "Exported to" in ed.status_label.text()
    exported = parse_routine(shared.read_bytes(), file=str(shared))
    assert exported.title == "Our evening massage"
    assert not routines_dir.exists()  # exporting does not save

    # the partner's computer: a fresh folder, and an id that is already taken there
    partner_dir = tmp_path / "partner" / "routines"
    other = editor(qtbot, builtin(), partner_dir, [*taken(), "our-evening-massage"])
    offered: list[tuple[str, str]] = []

    def ask(taken_id: str, suggestion: str) -> str:
        offered.append((taken_id, suggestion))
        return suggestion

    monkeypatch.setattr(other, "_ask_new_id", ask)
    saved: list[str] = []
    other.routineSaved.connect(saved.append)
    path = other.import_from(shared)
    assert exported.id == "our-evening-massage"              # the file name followed the title
    assert offered == [("our-evening-massage", "our-evening-massage-2")]
    assert path == partner_dir / "our-evening-massage-2.toml"
    assert saved == [str(path)]
    assert main(["check", str(path)]) == 0
    imported = load_routine_file(path)
    assert imported.title == "Our evening massage"
    assert imported.stages == exported.stages
    assert other.draft.id == "our-evening-massage-2"          # now editing the imported file
    assert other.file_label.text().startswith("Saved in your routines folder")

    # without a clash, the file is copied byte for byte
    third = editor(qtbot, builtin(), tmp_path / "third", taken())
    copied = third.import_from(shared)
    assert copied is not None and copied.read_bytes() == shared.read_bytes()


def test_import_refuses_a_bad_file_in_plain_words(qtbot: QtBot, routines_dir: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\ntitle = "X"\nkind = "massag"\n', encoding="utf-8")
    ed = editor(qtbot, builtin(), routines_dir)
    shown: list[list[str]] = []
    monkeypatch.setattr(ed, "_show_problems", lambda title, lines: shown.append(lines))
    assert ed.import_from(bad) is None
    assert any("did you mean 'massage'" in line for line in shown[0])
    assert "Not imported" in ed.status_label.text()
    assert not routines_dir.exists()
    monkeypatch.setattr(ed, "_ask_new_id", lambda taken_id, suggestion: None)
    good = tmp_path / "good.toml"
    assert ed.export_to(good)
    routines_dir.mkdir(parents=True)
    (routines_dir / "gentle-hello-my-version.toml").write_bytes(good.read_bytes())
    assert ed.import_from(good) is None  # the clash was offered a new name and declined
    assert ed.status_label.text() == "Not imported."


def test_every_control_has_an_accessible_name(qtbot: QtBot, routines_dir: Path) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    ed = editor(qtbot, builtin(), routines_dir)
    controls = [w for kind in (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit)
                for w in ed.findChildren(kind)]
    controls = [w for w in controls if not isinstance(w.parent(), (QAbstractSpinBox, QComboBox))]
    assert len(controls) > 25
    unnamed = [w for w in controls if not w.accessibleName()]
    assert unnamed == []
