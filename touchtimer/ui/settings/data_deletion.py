"""Settings ▸ "Delete all my data…": offer an export first, delete, and carry on with a fresh store.

:class:`DataDeletion` joins the settings dialog's button to :class:`DeleteDataDialog` and to
``core.privacy.delete_all_data``. In order, once the person has said yes:

1. the session writer and the old store are closed (``MainWindow.finish_writes``,
   ``delete_all_data(store=...)``), so nothing writes to a file being removed;
2. every file ``core.privacy.plan_deletion`` lists is removed;
3. a fresh, empty store is opened with ``core.startup.open_data`` (as at a first start) and given to
   the window with ``MainWindow.set_data``; it takes over the old store's change feed, so every view
   that followed the old one (Home, the history page, crash safety) hears ``Changes.store_replaced``;
4. the routines are read again (the person's own may have gone too), and a calm notice says what
   happened.

It is never offered while a session is on screen. The file dialogs are injectable for tests
(``choose_export_path``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from touchtimer.core import paths
from touchtimer.core.history.export_format import export_json
from touchtimer.core.routines.files import load_all
from touchtimer.core.startup import open_data
from touchtimer.core.storage.atomic_file import write_file_atomically
from touchtimer.core.storage.privacy import DeletionReport, delete_all_data
from touchtimer.core.storage.store import StoreError
from touchtimer.ui.settings.delete_data_dialog import DeleteDataDialog
from touchtimer.ui.translation import words_text

if TYPE_CHECKING:
    from touchtimer.ui.main_window import MainWindow

ExportChooser = Callable[[QWidget, Path], Path | None]


def ask_export_path(parent: QWidget, suggested: Path) -> Path | None:
    """The ordinary save-file dialog, as the history's Export… uses."""
    from PySide6.QtWidgets import QFileDialog

    title = QCoreApplication.translate("DataDeletion", "Export my sessions")
    kinds = QCoreApplication.translate("DataDeletion", "JSON, everything (*.json)")
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), kinds)
    return Path(name) if name else None


class DataDeletion(QObject):
    """``DataDeletion(window, data_dir)``; :attr:`deleted` carries the :class:`DeletionReport`."""

    deleted = Signal(object)

    def __init__(self, window: MainWindow, data_dir: Path, *,
                 choose_export_path: ExportChooser | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.data_dir = data_dir
        self.choose_export_path = choose_export_path or ask_export_path
        self.dialog: DeleteDataDialog | None = None
        self.report: DeletionReport | None = None

    def available(self) -> tuple[bool, str]:
        """Whether deleting can be offered now, and why not when it cannot."""
        if self.window.session_on_screen:
            return False, self.tr("Available once the session on screen is saved or discarded.")
        if self.window.store is None:
            return False, self.tr("Available once your sessions have been read.")
        return True, ""

    def ask(self, parent: QWidget | None = None) -> DeleteDataDialog | None:
        """Open the confirmation (window-modal, never blocking the event loop); deletes on its yes."""
        if not self.available()[0] or self.dialog is not None:
            return None
        dialog = DeleteDataDialog(self.data_dir, parent or self.window)
        dialog.export_requested.connect(lambda: self.export_first(dialog))
        dialog.finished.connect(lambda code: self._answered(dialog, code))
        self.dialog = dialog
        dialog.open()
        return dialog

    def export_first(self, dialog: DeleteDataDialog) -> Path | None:
        """Write every session and baby, as the history's Export… does, where the person chooses."""
        store = self.window.store
        if store is None:
            return None
        today = self.window.clock.wall().astimezone().date()
        suggested = Path.home() / f"touchtimer-{today.isoformat()}.json"
        path = self.choose_export_path(dialog, suggested)
        if path is None:
            return None
        try:
            write_file_atomically(path, export_json(store))
        except OSError as exc:
            dialog.show_export_result(self.tr("The export could not be saved in {0} ({1}). Nothing has "
                                              "been deleted; you can choose another place.")
                                      .replace("{0}", str(path)).replace("{1}", exc.strerror or str(exc)))
            return None
        dialog.show_export_result(self.tr("Your sessions are exported to {0}.").replace("{0}", str(path)))
        return path

    def _answered(self, dialog: DeleteDataDialog, code: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        if code == QDialog.DialogCode.Accepted and self.available()[0]:
            self.delete(include_routines=dialog.include_routines)

    def delete(self, *, include_routines: bool) -> DeletionReport:
        """Close the store, remove everything, and give the window (and its holders) a fresh store."""
        window = self.window
        window.finish_writes()           # the session writer lets go of the file first
        report = delete_all_data(self.data_dir, confirm=True, include_routines=include_routines,
                                 store=window.store)
        routines_dir = paths.routines_dir(self.data_dir)
        try:
            opened = open_data(self.data_dir, now=window.clock.wall)
        except (StoreError, OSError) as exc:
            window.store = None          # closed: nothing may use it any more
            print(f"touchtimer: after deleting, a new store could not be opened: {exc}", file=sys.stderr)
            why = words_text(exc.message) if isinstance(exc, StoreError) else (exc.strerror or str(exc))
            window.show_notice(self.tr("Your data was deleted, but touchtimer could not start a new, "
                                       "empty record of sessions ({0}). Please close and start it again.")
                               .replace("{0}", why))
            self.report = report
            self.deleted.emit(report)
            return report
        window.set_data(opened.store, load_all(routines_dir), routines_dir=routines_dir)
        window.show_page("home")
        if report.complete:
            text = self.tr("All your data has been deleted. touchtimer carries on with an empty history.")
        else:
            text = self.tr("Most of your data has been deleted, but these files could not be removed: {0}. "
                           "You can remove them yourself.").replace(
                "{0}", "; ".join(f"{path} ({why})" for path, why in report.failed))
        window.home.show_message(text)
        window.statusBar().showMessage(text, 15000)
        self.report = report
        self.deleted.emit(report)
        return report
