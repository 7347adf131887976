"""The history: past sessions by day, filters, one session in full, gentle totals, export, import
and a printable summary. Built on the store; nothing here computes session time.

Laid out for a laptop screen: the sessions and the daily totals are two tabs, so the list gets the
room and the chart never runs into the words under it; the session's Save note and Delete session and
the page's Export, Import and Print stay in sight (they move down a line rather than being cut when
the window is narrow). The files half is :class:`~touchtimer.ui.history.files.HistoryFiles`.

``HistoryView(store, settings, clock=clock)`` is a plain widget; the window adds it as a page. It
reads again from the store's change feed (:meth:`HistoryView._on_changes`), after its own changes
and everyone else's. A changed daily target updates ``settings``, is written when
``settings_folder`` is given, and is announced as ``Changes(settings=True)``.
"""

from __future__ import annotations

import contextlib
import dataclasses
from datetime import date, tzinfo
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from touchtimer.core.clock import Clock
from touchtimer.core.history.caregivers import daily_target_minutes
from touchtimer.core.history.days import (
    local_day,
    make_filter,
    to_local,
)
from touchtimer.core.session.record import SessionRecord
from touchtimer.core.settings import Settings, save_settings
from touchtimer.core.storage.changes import Changes
from touchtimer.core.storage.store import SessionFilter, Store
from touchtimer.ui.history import labels as L
from touchtimer.ui.history.delegate import HistoryDelegate
from touchtimer.ui.history.detail import SessionDetail
from touchtimer.ui.history.files import HistoryFiles
from touchtimer.ui.history.filters import HistoryFilterBar
from touchtimer.ui.history.import_result import ImportResult
from touchtimer.ui.history.model import SESSION_ID_ROLE, HistoryModel, SessionEntry
from touchtimer.ui.history.totals import TotalsPanel
from touchtimer.ui.widgets.changes import follow_changes
from touchtimer.ui.widgets.flow_layout import FlowLayout
from touchtimer.ui.widgets.page_stack import PageScroll
from touchtimer.ui.widgets.undo_bar import UndoBar


class HistoryView(HistoryFiles, QWidget):
    def __init__(self, store: Store, settings: Settings, parent: QWidget | None = None, *,
                 clock: Clock, tz: tzinfo | None = None,
                 settings_folder: Path | None = None, page_size: int = 100) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings
        self._tz = tz
        self._clock = clock
        self._settings_folder = settings_folder
        self._deleted: SessionRecord | None = None
        self._sized = False
        self.setObjectName("HistoryView")

        self.filters = HistoryFilterBar(self.today())
        self.model = HistoryModel(store, tz, page_size=page_size, parent=self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(HistoryDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(True)     # the delegate gives every row one height
        self.list.setAccessibleName(self.tr("Past sessions, newest first"))
        self.list.setProperty("elides", True)    # a row's words end in "…" in a narrow list; its session
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)   # shows in full
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.detail = SessionDetail(store, tz)
        self.totals = TotalsPanel(settings.daily_target_minutes)
        self.undo_bar = UndoBar()
        self.import_result = ImportResult()

        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save every session as JSON (for a backup) or CSV (for a "
                                              "spreadsheet)"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Add sessions from a touchtimer JSON export"))
        self.print_button = QPushButton(self.tr("Print summary…"))
        self.print_button.setToolTip(self.tr("Print a one- or two-page summary of the chosen dates for your "
                                             "health visitor or doctor"))
        self.pdf_button = QPushButton(self.tr("Save summary as PDF…"))
        self.pdf_button.setToolTip(self.tr("The same summary as a PDF file, to send or print later"))
        self.export_button.clicked.connect(self.choose_export)
        self.import_button.clicked.connect(self.choose_import)
        self.print_button.clicked.connect(self.choose_print)
        self.pdf_button.clicked.connect(self.choose_summary)

        sessions = QWidget()
        sessions_layout = QVBoxLayout(sessions)
        sessions_layout.setContentsMargins(0, 0, 0, 0)
        sessions_layout.addWidget(self.list, 1)
        sessions_layout.addWidget(self.empty_label, 1)
        self.detail_area = PageScroll(self.detail)     # its wrapping words get the lines they need
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.detail_area, 1)
        details_layout.addWidget(self.detail.action_row)    # in sight below the part that scrolls
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(sessions)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        totals_area = PageScroll(self.totals)    # the totals' wrapping words get the lines they need
        self.tabs = QTabWidget()
        self.tabs.setObjectName("historyTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(splitter, self.tr("&Sessions"))
        self.tabs.addTab(totals_area, self.tr("&Daily totals"))

        buttons = FlowLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.add_right(self.print_button)
        buttons.add_right(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.import_result)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.undo_bar)
        layout.addLayout(buttons)

        self.list.installEventFilter(self)
        self.filters.changed.connect(self.apply_filters)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail.note_saved.connect(self._note_saved)
        self.detail.delete_requested.connect(self.delete_session)
        self.undo_bar.undo_requested.connect(self.undo_delete)
        self.totals.period_changed.connect(lambda _days: self._update_totals())
        self.totals.target_changed.connect(self._set_target)
        follow_changes(self, store.changes, self._on_changes)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._shape_for_width()
        if not self._sized:
            self._sized = True
            width = max(self.splitter.width(), 600)
            self.splitter.setSizes([width * 55 // 100, width * 45 // 100])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._shape_for_width()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._shape_for_width()

    def _shape_for_width(self) -> None:
        """The list beside the session where both have room (about 70 characters), else above it."""
        side_by_side = self.width() >= 70 * self.fontMetrics().averageCharWidth()
        wanted = Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            self.splitter.setSizes([55, 45])

    # -- reading ----------------------------------------------------------------------------

    def today(self) -> date:
        return local_day(self._clock.wall(), self._tz)

    def session_filter(self) -> SessionFilter:
        q = self.filters.query()
        return make_filter(baby_id=q.baby_id, kind=q.kind, routine_id=q.routine_id, date_from=q.date_from,
                           date_to=q.date_to, tz=self._tz, caregiver_id=q.caregiver_id)

    def refresh(self) -> None:
        """Read everything again (after a session was saved, an import, a delete)."""
        babies = self._store.babies.list()
        self.model.baby_names = {b.id: b.name for b in babies}
        self.model.today = self.today()
        self.filters.set_today(self.today())
        self.filters.set_babies(babies)
        self.filters.set_people(self._store.caregivers.list())
        self.filters.set_routines(self._store.sessions.routines())
        self._reload(keep=None)

    def set_store(self, store: Store) -> None:
        """Show ``store`` from now on (after "delete all my data" the old one is closed and gone).

        The undo of a deleted session is dropped too: it must never put old data into the new store.
        """
        self._store = store
        self._deleted = None
        self.undo_bar.hide()
        self.import_result.hide()
        self.detail.set_store(store)
        self.model.set_store(store)
        self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        """Read again whatever changed, here or anywhere (a note saved here shows already)."""
        if changes.store_replaced and changes.store is not None:
            self.set_store(changes.store)
        elif (changes.sessions or changes.babies) and changes.initiator not in (self.detail,
                                                                                self.detail.extras):
            self.refresh()
        if changes.settings:
            self._update_totals()

    def apply_filters(self) -> None:
        self._reload(keep=0)

    def _reload(self, keep: int | None) -> None:
        selected = self.selected_session_id()
        flt = self.session_filter()
        if flt != self.model.session_filter:
            self.model.set_filter(flt)
        else:
            self.model.reload(keep=keep)
        self._show_empty()
        self._update_totals()
        row = self.model.row_of(selected) if selected else -1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        else:
            self.list.clearSelection()
            self.detail.show_session(None)

    def _show_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.list.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if empty:
            any_stored = self._store.sessions.count() > 0
            self.empty_label.setText(self.tr("No sessions match these choices.") if any_stored else
                                     self.tr("Sessions you finish will appear here."))

    def target_minutes(self) -> int:
        """The daily target for the chart: the chosen baby's own, else the general one."""
        return daily_target_minutes(self._store.babies.list(), self.filters.query().baby_id,
                                    self._settings.daily_target_minutes)

    def _update_totals(self) -> None:
        q = self.filters.query()
        self.totals.show_period(self._store, self.today(), q.baby_id, make_filter(
            baby_id=q.baby_id, routine_id=q.routine_id, tz=self._tz, caregiver_id=q.caregiver_id),
            self.target_minutes(), self._tz)

    def selected_session_id(self) -> str | None:
        index = self.list.currentIndex()
        value = index.data(SESSION_ID_ROLE) if index.isValid() else None
        return value if isinstance(value, str) else None

    def select_session(self, session_id: str) -> bool:
        """Select a session, fetching further pages if needed; False when it does not match."""
        row = self.model.row_of(session_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(session_id)
        if row < 0:
            return False
        self.list.setCurrentIndex(self.model.index(row))
        self.list.scrollTo(self.model.index(row))
        return True

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        session_id = self.selected_session_id()
        record = self._store.sessions.get(session_id) if session_id else None
        self.detail.show_session(record, self.model.baby_names)

    def _note_saved(self, session_id: str) -> None:
        self._update_totals()                  # who held baby may have changed: the split follows
        row = self.model.row_of(session_id)
        record = self.detail.record
        entry = self.model.entry(row) if row >= 0 else None
        if isinstance(entry, SessionEntry) and record is not None:
            self.model.replace_row(dataclasses.replace(entry.row, has_note=bool(record.notes)))

    # -- changing -----------------------------------------------------------------------------

    def delete_session(self, session_id: str) -> None:
        record = self._store.sessions.delete(session_id)      # the history reads again (_on_changes)
        if record is None:
            return
        self._deleted = record
        start = to_local(record.started_at, self._tz)
        self.undo_bar.offer(self.tr("Deleted the session from %1 at %2.").replace(
            "%1", L.day_label(start.date(), self.today())).replace("%2", L.time_label(start)))
        self.detail.show_session(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete on the list removes the chosen session (undo stays offered)."""
        if (watched is self.list and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Delete)):
            session_id = self.selected_session_id()
            if session_id is not None:
                self.delete_session(session_id)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Z brings back the last deleted session (the note editor keeps its own Ctrl+Z)."""
        if event.matches(QKeySequence.StandardKey.Undo) and self._deleted is not None:
            self.undo_delete()
            event.accept()
            return
        super().keyPressEvent(event)

    def undo_delete(self) -> None:
        if self._deleted is None:
            return
        record, self._deleted = self._deleted, None
        self._store.sessions.save(record)
        self.undo_bar.hide()
        self.select_session(record.id)

    def _set_target(self, minutes: int) -> None:
        self._settings.daily_target_minutes = minutes
        if self._settings_folder is not None:
            with contextlib.suppress(OSError):   # the target still applies; the settings page reports disks
                save_settings(self._settings_folder, self._settings)
        self._store.announce(Changes(settings=True))
