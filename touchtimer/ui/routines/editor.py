"""The routine editor: make your own version of a routine, check it as you type, save, import, export.

Built-in routines are read-only: editing one starts from a copy titled "… (my version)", whose id (and
file name) comes from its title, free of every other routine's; a routine of your own keeps its id, and
*Make a copy* starts a new one from it. Every change runs the real routine checker on the
would-be file; its messages are shown next to the fields (worded by
:mod:`~touchtimer.ui.routines.editor_wording`), and Save and Export stay off until there is nothing
left to fix. Files are saved as ``<id>.toml`` in the user routines folder and never replace another
routine's file without asking. The controls and their layout are in
:mod:`~touchtimer.ui.routines.editor_layout`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from touchtimer.core.routines.draft import RoutineDraft, StageDraft, where
from touchtimer.core.routines.files import ID_PATTERN, RoutineError, RoutineFileError, load_routine_file
from touchtimer.core.routines.model import Routine
from touchtimer.core.routines.user_files import (
    RoutineIdTaken,
    copy_of,
    export_routine,
    import_routine,
    is_builtin,
    routine_path,
    save_routine,
    unique_id,
)
from touchtimer.ui.routines.editor_layout import FIELDS, RoutineEditorLayout
from touchtimer.ui.routines.editor_wording import problem_wording
from touchtimer.ui.routines.stage_editor import show_lines


class RoutineEditor(RoutineEditorLayout):
    """Edit a copy of ``routine`` (or the parent's own routine file) and save it in ``routines_dir``.

    ``taken_ids`` are the ids of every routine already loaded; a new id must not be one of them.
    """

    routineSaved = Signal(str)  # the path of a file written into the routines folder

    def __init__(self, routine: Routine, routines_dir: Path, taken_ids: Iterable[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.routines_dir = routines_dir
        self.taken: set[str] = set(taken_ids)
        self.saved_path: Path | None = None
        self._loading = False
        self._problems: list[RoutineError] = []
        self.own_id: str | None = None
        self.setWindowTitle(self.tr("Edit routine"))
        self._connect()
        self.load(routine)

    def _connect(self) -> None:
        self.title_edit.textChanged.connect(self._edited)
        for box in (self.summary_edit, self.preparation_edit, self.safety_edit, self.when_not_edit):
            box.textChanged.connect(self._edited)
        self.kind_combo.currentIndexChanged.connect(self._edited)
        self.min_spin.valueChanged.connect(self._edited)
        self.max_spin.valueChanged.connect(self._edited)
        self.stage_list.currentRowChanged.connect(self._stage_chosen)
        self.stage_editor.changed.connect(self._stage_edited)
        self.add_stage_button.clicked.connect(self.add_stage)
        self.remove_stage_button.clicked.connect(self.remove_stage)
        self.up_button.clicked.connect(lambda: self.move_stage(-1))
        self.down_button.clicked.connect(lambda: self.move_stage(1))
        self.import_button.clicked.connect(self._choose_import)
        self.export_button.clicked.connect(self._choose_export)
        self.copy_button.clicked.connect(self.make_copy)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

    # -- loading -----------------------------------------------------------------------------

    def load(self, routine: Routine) -> None:
        """Start editing ``routine``: a copy if it is built in, else the routine's own file."""
        if is_builtin(routine):
            title = self.tr("%1 (my version)").replace("%1", routine.title)
            copy = copy_of(routine, self.taken, title, self.routines_dir)
            self.draft = RoutineDraft.of(replace(copy, id=unique_id(title, self.taken, self.routines_dir)))
            self.own_id = None
            banner = self.tr("Built-in routines stay as they are. This is your own copy of "
                             "“%1”; change what you like and save it.")
            self.banner.setText(banner.replace("%1", routine.title))
        else:
            self.draft = RoutineDraft.of(routine)
            self.own_id = routine.id
            self.banner.setText(self.tr("Your routine, saved in %1.").replace("%1", routine.source))
        self.copy_button.setVisible(self.own_id is not None)   # a built-in is already being copied
        self._fill()

    def _fill(self) -> None:
        d = self.draft
        self._loading = True
        try:
            self.title_edit.setText(d.title)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(d.kind)))
            self.min_spin.setValue(d.min_age_weeks)
            self.max_spin.setValue(d.max_age_weeks)
            self.summary_edit.setPlainText(d.summary)
            self.preparation_edit.setPlainText(d.preparation)
            self.safety_edit.setPlainText(d.safety)
            self.when_not_edit.setPlainText(d.when_not_to)
            notes = len(d.benefits) + sum(len(s.benefits) for s in d.stages)
            self.evidence_label.setText(
                self.tr("Evidence notes (%1) stay as in the original, with their sources.")
                .replace("%1", str(notes)) if notes else "")
        finally:
            self._loading = False
        self._show_file_name()
        self._fill_stages(0)

    def _fill_stages(self, select: int) -> None:
        self.stage_list.blockSignals(True)
        self.stage_list.clear()
        for i, stage in enumerate(self.draft.stages):
            self.stage_list.addItem(self._stage_label(i, stage))
        self.stage_list.blockSignals(False)
        select = min(select, len(self.draft.stages) - 1)
        self.stage_list.setCurrentRow(select)
        self._stage_chosen(select)

    def _stage_label(self, index: int, stage: StageDraft) -> str:
        if stage.open_ended:
            length = self.tr("open-ended")
        else:
            minutes, seconds = divmod(stage.seconds, 60)
            length = f"{minutes}:{seconds:02d}"
        title = stage.title.strip() or self.tr("(no title yet)")
        return f"{index + 1}. {title} — {length}"

    # -- editing -----------------------------------------------------------------------------

    def _edited(self, *_: object) -> None:
        if self._loading:
            return
        d = self.draft
        d.title = self.title_edit.text()
        if self.own_id is None:       # a new routine's file name follows its title
            d.id = unique_id(d.title, self.taken, self.routines_dir)
        self._show_file_name()
        d.kind = "massage" if self.kind_combo.currentData() == "massage" else "skin_to_skin"
        d.min_age_weeks = self.min_spin.value()
        d.max_age_weeks = self.max_spin.value()
        d.summary = self.summary_edit.toPlainText()
        d.preparation = self.preparation_edit.toPlainText()
        d.safety = self.safety_edit.toPlainText()
        d.when_not_to = self.when_not_edit.toPlainText()
        self.validate()

    def _show_file_name(self) -> None:
        name = f"{self.draft.id}.toml"
        text = (self.tr("Saved in your routines folder as %1") if self.own_id is not None
                else self.tr("Will be saved in your routines folder as %1"))
        self.file_label.setText(text.replace("%1", name))

    def _stage_chosen(self, row: int) -> None:
        stage = self.draft.stages[row] if 0 <= row < len(self.draft.stages) else None
        self.stage_editor.set_stage(stage, row + 1)
        count = len(self.draft.stages)
        self.remove_stage_button.setEnabled(stage is not None)
        self.up_button.setEnabled(stage is not None and row > 0)
        self.down_button.setEnabled(stage is not None and row < count - 1)
        self.validate()

    def _stage_edited(self) -> None:
        row = self.stage_list.currentRow()
        if 0 <= row < len(self.draft.stages):
            self.stage_list.item(row).setText(self._stage_label(row, self.draft.stages[row]))
        self.validate()

    def add_stage(self) -> None:
        row = self.stage_list.currentRow()
        at = row + 1 if row >= 0 else len(self.draft.stages)
        self.draft.stages.insert(at, StageDraft(self.tr("New stage"), self.tr("What to do, in a sentence."),
                                                seconds=60))
        self._fill_stages(at)
        self.stage_editor.title_edit.setFocus()
        self.stage_editor.title_edit.selectAll()

    def remove_stage(self) -> None:
        row = self.stage_list.currentRow()
        if 0 <= row < len(self.draft.stages):
            del self.draft.stages[row]
            self._fill_stages(max(0, row - 1) if row >= len(self.draft.stages) else row)

    def move_stage(self, step: int) -> None:
        row = self.stage_list.currentRow()
        self._fill_stages(self.draft.move_stage(row, step))

    def stage_titles(self) -> list[str]:
        return [s.title for s in self.draft.stages]

    # -- checking ------------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """Every problem with the routine as it stands, in plain words."""
        return [problem_wording(e, self.stage_titles())[1] for e in self._problems]

    def validate(self) -> bool:
        """Run the checker on the would-be file; show what needs a change; turn Save on or off."""
        problems = list(self.draft.problems())
        wanted = self.draft.id.strip()
        if wanted and wanted != self.own_id and ID_PATTERN.match(wanted) and wanted in self.taken:
            taken = self.tr("another routine already uses “%1”; choose another file name")
            problems.append(RoutineError("", "id", taken.replace("%1", wanted)))
        self._problems = problems
        by_field: dict[str, list[str]] = {key: [] for key in FIELDS}
        stage_lines: dict[int, list[str]] = {}
        prompt_rows: dict[int, set[int]] = {}
        for error in problems:
            key, text = problem_wording(error, self.stage_titles())
            spot = where(error.path)
            if spot.stage is not None:
                stage_lines.setdefault(spot.stage, []).append(text)
                if spot.prompt is not None:
                    prompt_rows.setdefault(spot.stage, set()).add(spot.prompt)
            else:
                by_field[key].append(text)
        for key, label in self.errors.items():
            show_lines(label, by_field[key])
        current = self.stage_list.currentRow()
        self.stage_editor.show_problems(stage_lines.get(current, []), prompt_rows.get(current, set()))
        marker = self.tr("  (needs a change)")
        for row in range(self.stage_list.count()):
            item = self.stage_list.item(row)
            text = item.text().removesuffix(marker)
            item.setText(text + (marker if row in stage_lines else ""))
            item.setToolTip("\n".join(stage_lines.get(row, [])))
        ok = not problems
        if ok:
            self.summary_label.setVisible(False)
        else:
            heading = (self.tr("One thing to change before saving:") if len(problems) == 1
                       else self.tr("%1 things to change before saving:").replace("%1", str(len(problems))))
            show_lines(self.summary_label, [heading, *(f"• {line}" for line in self.problems())])
        self.save_button.setEnabled(ok)
        self.export_button.setEnabled(ok)
        return ok

    # -- saving, copying, import and export ----------------------------------------------------

    def routine(self) -> Routine:
        return self.draft.build()

    def _confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Replace the file?"),
            self.tr("A routine file named %1 is already in your routines folder. Replace it with this "
                    "routine?").replace("%1", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _show_problems(self, title: str, lines: list[str]) -> None:
        QMessageBox.information(self, title, "\n".join(lines))

    def save(self) -> Path | None:
        """Save into the routines folder; returns the path (None when not saved)."""
        if not self.validate():
            return None
        routine = self.routine()
        path = routine_path(self.routines_dir, routine.id)
        own = self.draft.source and Path(self.draft.source) == path
        replace_existing = False
        if path.exists() and not own:
            if not self._confirm_replace(path):
                self.status_label.setText(self.tr("Not saved: choose another file name."))
                return None
            replace_existing = True
        try:
            saved = save_routine(replace(routine, source=self.draft.source), self.routines_dir,
                                 replace_existing=replace_existing)
        except FileExistsError:
            self.status_label.setText(self.tr("Not saved: %1 already exists.").replace("%1", path.name))
            return None
        except (RoutineFileError, ValueError, OSError) as exc:
            self.status_label.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            return None
        self.saved_path = saved
        self.draft.source = str(saved)
        self.own_id = routine.id
        self.taken.add(routine.id)
        self.status_label.setText(self.tr("Saved as %1.").replace("%1", str(saved)))
        self.routineSaved.emit(str(saved))
        self.accept()
        return saved

    def make_copy(self) -> None:
        """Leave the original as it is and go on editing a new copy of what is shown."""
        current = self.routine()
        title = self.tr("%1 (copy)").replace("%1", current.title) if self.own_id else current.title
        taken = self.taken | ({self.own_id} if self.own_id else set())
        copy = replace(copy_of(current, taken, title, self.routines_dir),
                       id=unique_id(title, taken, self.routines_dir))
        self.draft = RoutineDraft.of(copy)
        self.own_id = None
        self.copy_button.hide()             # this is the copy now
        self.banner.setText(self.tr("A new copy: the original stays as it was."))
        self._fill()

    def export_to(self, path: Path) -> bool:
        if not self.validate():
            return False
        try:
            export_routine(self.routine(), path)
        except (RoutineFileError, ValueError, OSError) as exc:
            self.status_label.setText(self.tr("Not exported: %1").replace("%1", str(exc)))
            return False
        self.status_label.setText(self.tr("Exported to %1. Import it in touchtimer on another computer "
                                          "to use the same routine.").replace("%1", str(path)))
        return True

    def _choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export routine"),
                                              str(Path.home() / f"{self.draft.id.strip()}.toml"),
                                              self.tr("Routine files (*.toml)"))
        if name:
            self.export_to(Path(name))

    def _ask_new_id(self, taken_id: str, suggestion: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Choose a file name"),
            self.tr("You already have a routine called “%1”. Import this one under another name:")
            .replace("%1", taken_id), QLineEdit.EchoMode.Normal, suggestion)
        return text.strip() if ok and text.strip() else None

    def import_from(self, source: Path) -> Path | None:
        """Check ``source`` and copy it into the routines folder, then edit it; None if not imported."""
        new_id: str | None = None
        while True:
            try:
                path = import_routine(source, self.routines_dir, self.taken, new_id)
                break
            except RoutineFileError as exc:
                lines = [str(e) for e in exc.errors]
                self._show_problems(self.tr("This routine file cannot be used"), lines)
                self.status_label.setText(self.tr("Not imported: the file needs a change (%1).")
                                          .replace("%1", lines[0] if lines else ""))
                return None
            except RoutineIdTaken as exc:
                new_id = self._ask_new_id(new_id or exc.routine.id, exc.suggestion)
                if new_id is None:
                    self.status_label.setText(self.tr("Not imported."))
                    return None
            except OSError as exc:
                self.status_label.setText(self.tr("Not imported: %1").replace("%1", str(exc)))
                return None
        imported = load_routine_file(path)
        self.taken.add(imported.id)
        self.load(imported)
        self.status_label.setText(self.tr("Imported as %1.").replace("%1", str(path)))
        self.routineSaved.emit(str(path))
        return path

    def _choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import routine"), str(Path.home()),
                                              self.tr("Routine files (*.toml)"))
        if name:
            self.import_from(Path(name))
