"""The parent's own routines from the window: open the routine editor, import a routine file, and
show the result on Home once it is saved. Never during a session."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from touchtimer.core.routines.model import Routine
    from touchtimer.ui.window.shape import WindowShape as _Window
else:
    _Window = object


class RoutineEditing(_Window):
    """Mixin of :class:`~touchtimer.ui.main_window.MainWindow`: the routine editor's entry points."""

    def edit_routine(self, routine: Routine | None = None) -> QDialog | None:
        """Open the routine editor on ``routine`` (the one chosen on Home by default)."""
        from touchtimer.ui.routines.editor import RoutineEditor

        routine = routine or self.home.selected_routine()
        if routine is None or self.routines_dir is None or self.controller.engine is not None:
            return None
        editor = RoutineEditor(routine, self.routines_dir, [r.id for r in self.routines.routines], self)
        editor.routineSaved.connect(self._routine_file_saved)
        self.open_dialog(editor)
        return editor

    def import_routine_file(self, path: Path | None = None) -> QDialog | None:
        """Check a routine file and add it to the parent's routines, then show it in the editor."""
        from PySide6.QtWidgets import QFileDialog

        from touchtimer.ui.routines.editor import RoutineEditor

        if self.routines_dir is None or self.controller.engine is not None or not self.routines.routines:
            return None
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a routine file"), str(Path.home()),
                                                  self.tr("Routine files (*.toml)"))
            if not name:
                return None
            path = Path(name)
        base = self.home.selected_routine() or self.routines.routines[0]
        editor = RoutineEditor(base, self.routines_dir, [r.id for r in self.routines.routines], self)
        editor.routineSaved.connect(self._routine_file_saved)
        if editor.import_from(path) is None:
            self.statusBar().showMessage(editor.status_label.text(), 8000)
            editor.deleteLater()
            return None
        self.open_dialog(editor)
        return editor

    def _edit_chosen_routine(self) -> None:
        self.edit_routine()

    def _import_chosen_file(self) -> None:
        self.import_routine_file()

    def _routine_file_saved(self, path: str) -> None:
        routine_id = Path(path).stem
        self.reload_routines(select_id=routine_id)
        self.statusBar().showMessage(self.tr("Your routine is ready on Home."), 8000)

    def reload_routines(self, select_id: str | None = None) -> None:
        """Read the routines again (after the editor saved or imported one) and choose ``select_id``."""
        if self.store is None:
            return
        from touchtimer.core.routines.files import load_all
        from touchtimer.ui.translation import language

        self.set_data(self.store, load_all(self.routines_dir, language=language()))
        if select_id is not None:
            self.home.select_routine(select_id)
