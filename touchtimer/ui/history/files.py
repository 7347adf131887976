"""The history's files: export (JSON, CSV), import, and the summary for a health visitor, saved as
a PDF or printed with the system's print dialog.

A mixin of :class:`touchtimer.ui.history.view.HistoryView`; QtPrintSupport is imported only when
the parent chooses to print. Its words are in the view's own translation context ("HistoryView").
"""

from __future__ import annotations

from datetime import date, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from touchtimer.core.history.export_csv import CSV_HEADERS, export_csv
from touchtimer.core.history.export_format import export_json
from touchtimer.core.history.import_check import ImportProblems, read_export_file
from touchtimer.core.history.import_merge import import_export
from touchtimer.core.settings import Settings
from touchtimer.core.storage.atomic_file import write_file_atomically
from touchtimer.core.storage.store import Store, StoreError
from touchtimer.ui.history.filters import HistoryFilterBar
from touchtimer.ui.history.import_result import ImportResult
from touchtimer.ui.history.summary_options import SummaryOptions, ask_for_summary
from touchtimer.ui.widgets.texts import counted

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from touchtimer.ui.history.report_pdf import SummaryRequest

    _Base = QWidget
else:
    _Base = object


class ImportWords(QObject):
    """An import's counts in words, each with the plural forms of the window's language (lupdate marks
    a text as plural only when it is asked for through ``tr(text, "", n)`` on an object)."""

    def sessions(self, n: int) -> str:
        return counted(self.tr("%n session(s)", "", n), n)

    def kept_ours(self, n: int) -> str:
        return counted(self.tr("%n session(s) in the file differ from the ones here; yours were kept.",
                               "", n), n)

    def completed(self, n: int) -> str:
        return counted(self.tr("%n session(s) kept here only as interrupted were completed from the file.",
                               "", n), n)


class HistoryFiles(_Base):
    """Export, import, and the printable summary of the dates chosen in the filters."""

    _store: Store
    _settings: Settings
    _tz: tzinfo | None
    filters: HistoryFilterBar
    import_result: ImportResult

    def today(self) -> date:
        raise NotImplementedError

    def target_minutes(self) -> int:
        raise NotImplementedError

    def export_to(self, path: Path, fmt: str) -> bool:
        headers = [QCoreApplication.translate("CSV", h) for h in CSV_HEADERS]   # in the window's language
        text = export_csv(self._store, self._tz, headers) if fmt == "csv" else export_json(self._store)
        try:
            write_file_atomically(path, text)      # private (0600), never half a file
        except OSError as exc:
            headline = QCoreApplication.translate("HistoryView", "Could not save the export.")
            self.import_result.show_problems(headline, [f"{path}: {exc.strerror or exc}"])
            return False
        done = QCoreApplication.translate("HistoryView", "Saved %1.")
        self.import_result.show_done(done.replace("%1", str(path)), [])
        return True

    def import_from(self, path: Path) -> bool:
        try:
            parsed = read_export_file(path)
            summary = import_export(self._store, parsed)
        except ImportProblems as exc:
            headline = QCoreApplication.translate(
                "HistoryView", "%1 was not imported and nothing was changed. Here is what needs fixing:")
            self.import_result.show_problems(headline.replace("%1", path.name), exc.problems)
            return False
        except StoreError as exc:
            headline = QCoreApplication.translate("HistoryView", "Could not import %1.")
            self.import_result.show_problems(headline.replace("%1", path.name), [exc.message])
            return False
        words = ImportWords()
        done = QCoreApplication.translate("HistoryView", "Imported %1: added %2, %3 already here.")
        notes = [*summary.notices]
        if summary.sessions_kept_ours:
            notes.append(words.kept_ours(len(summary.sessions_kept_ours)))
        if summary.sessions_completed:
            notes.append(words.completed(len(summary.sessions_completed)))
        self.import_result.show_done(
            done.replace("%1", path.name).replace("%2", words.sessions(summary.sessions_added))
            .replace("%3", str(summary.sessions_already_there)), notes)
        return True

    def summary_range(self) -> tuple[date, date]:
        """The chosen date range, or the last 30 days when all dates are shown."""
        q = self.filters.query()
        today = self.today()
        first = q.date_from or date.fromordinal(today.toordinal() - 29)
        return first, q.date_to or today

    def summary_request(self, options: SummaryOptions | None = None) -> SummaryRequest:
        """What the summary holds: ``options``' days and parts (the chosen dates, no mood or notes when
        not given)."""
        from touchtimer.ui.history.report_pdf import SummaryRequest

        options = options or SummaryOptions(*self.summary_range())
        return SummaryRequest(options.first, options.last, self.target_minutes(),
                              self.filters.query().baby_id, self._tz, made_on=self.today(),
                              include_mood=options.include_mood, include_notes=options.include_notes)

    def print_summary_to(self, path: Path, options: SummaryOptions | None = None) -> int:
        """Write the PDF summary for ``options``; returns its page count (0 on failure)."""
        from touchtimer.ui.history.report_pdf import write_summary_pdf

        failed = QCoreApplication.translate("HistoryView", "Could not save the summary.")
        try:
            pages = write_summary_pdf(path, self._store, self.summary_request(options))
        except OSError as exc:
            self.import_result.show_problems(failed, [str(exc)])
            return 0
        if not path.is_file() or path.stat().st_size == 0:
            missing = QCoreApplication.translate("HistoryView", "%1 could not be written.")
            self.import_result.show_problems(failed, [missing.replace("%1", str(path))])
            return 0
        done = QCoreApplication.translate("HistoryView", "Saved the summary as %1.")
        self.import_result.show_done(done.replace("%1", str(path)), [])
        return pages

    def choose_export(self) -> None:
        json_filter = QCoreApplication.translate("HistoryView", "JSON, everything (*.json)")
        csv_filter = QCoreApplication.translate("HistoryView", "CSV for spreadsheets (*.csv)")
        suggested = Path.home() / f"touchtimer-{self.today().isoformat()}.json"
        name, chosen = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("HistoryView", "Export sessions"), str(suggested),
            f"{json_filter};;{csv_filter}")
        if name:
            fmt = "csv" if chosen == csv_filter or name.lower().endswith(".csv") else "json"
            self.export_to(Path(name), fmt)

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("HistoryView", "Import sessions"), str(Path.home()),
            QCoreApplication.translate("HistoryView", "touchtimer export (*.json);;All files (*)"))
        if name:
            self.import_from(Path(name))

    def choose_summary(self) -> None:
        """Ask which days and what to include (mood and notes off), then where to save the PDF."""
        ask_for_summary(self)  # type: ignore[arg-type]

    def print_summary_on(self, printer: QPrinter, options: SummaryOptions | None = None) -> int:
        """Print the summary for ``options`` on ``printer``; returns its page count."""
        from touchtimer.ui.history.report_pdf import print_summary

        pages = print_summary(printer, self._store, self.summary_request(options))
        sent = QCoreApplication.translate("HistoryView", "Sent the summary to %1.")
        where = printer.printerName() or QCoreApplication.translate("HistoryView", "the printer")
        self.import_result.show_done(sent.replace("%1", where), [])
        return pages

    def choose_print(self) -> None:
        """Ask which days and what to include, then the system's print dialog, then print."""
        ask_for_summary(self, to_printer=True)  # type: ignore[arg-type]

    def print_with_dialog(self, options: SummaryOptions) -> None:
        """The system's print dialog, then the summary on the printer chosen there."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("HistoryView", "Print the summary"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_summary_on(printer, options)
