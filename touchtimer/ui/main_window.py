"""The main window: pages in a stack, one action registry, and the session controller.

It takes every dependency in its constructor (store, routines, settings, clock, a scheduler factory),
so tests pass a fake clock and a :class:`~touchtimer.core.clock.FakeScheduler`.

This module holds the window's data, its dialogs and closing; the other parts are mixins in
:mod:`touchtimer.ui.window`: the session's way through the pages (:mod:`~touchtimer.ui.window.session_flow`:
Start, the summary, Save, Discard), the pages themselves (:mod:`~touchtimer.ui.window.pages`), the
actions, menus and the hooks other views use to add entries (:mod:`~touchtimer.ui.window.menus`:
``add_page``, ``add_lazy_page``, ``add_dialog``, ``add_app_dialog``), theme and text size
(:mod:`~touchtimer.ui.window.theme`: ``apply_settings``), and the routine editor's entry points
(:mod:`~touchtimer.ui.window.routine_editing`).

``window.controller`` (a :class:`SessionController`) runs the engine; cues and the tray listen to
``window.controller.runner``. The session itself is ``window.session``, a core
:class:`~touchtimer.core.session.session.Session` (routine, babies, mood, checkpoints, the summary's
answers, save and discard); the window makes it when Start is pressed, shows it, and passes on what
the parent does. Its writes go to ``window.writer``, a thread of its own (a slow disk never holds up
the window), whose answers come back through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractEventDispatcher, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from touchtimer.core.clock import Clock, Scheduler
from touchtimer.core.settings import Settings
from touchtimer.ui.actions import Actions
from touchtimer.ui.routines.home_page import HomePage
from touchtimer.ui.session.controller import SessionController
from touchtimer.ui.translation import words_text
from touchtimer.ui.widgets import theme as themes
from touchtimer.ui.widgets.page_stack import PageStack
from touchtimer.ui.widgets.texts import counted
from touchtimer.ui.window.menus import WindowMenus
from touchtimer.ui.window.pages import WindowPages
from touchtimer.ui.window.routine_editing import RoutineEditing
from touchtimer.ui.window.session_flow import WindowSession
from touchtimer.ui.window.theme import WindowTheme

if TYPE_CHECKING:
    # Only Home is needed for the first frame. The store, the routine reader, the engine, the other
    # pages and the dialogs are imported when first used, after the first paint: importing them
    # before it made start-up slower than its budget (docs/performance.md).
    from touchtimer.core.babies.ages import Baby
    from touchtimer.core.routines.files import LoadResult
    from touchtimer.core.routines.model import Routine
    from touchtimer.core.session.session import Session
    from touchtimer.core.storage.changes import ChangeFeed, Changes
    from touchtimer.core.storage.store import Store
    from touchtimer.core.storage.writer import ThreadWriter
    from touchtimer.ui.session.presession_page import PreSessionPage
    from touchtimer.ui.session.running_page import RunningPage
    from touchtimer.ui.session.summary_page import SummaryPage
    from touchtimer.ui.sharing.service import SharingService
    from touchtimer.ui.widgets.confirm_box import ConfirmBox

SchedulerFactory = Callable[[QObject], Scheduler]
SettingsSaver = Callable[[Settings], None]


class MainWindow(WindowSession, WindowMenus, WindowPages, WindowTheme, RoutineEditing, QMainWindow):
    #: A session was saved to the store (the argument is the saved :class:`SessionRecord`).
    session_saved = Signal(object)
    #: A discard was written, or refused by the data file (the argument is its ``DiscardResult``).
    session_discarded = Signal(object)
    #: Saving the finished session failed (the argument is its ``SaveResult``); it stays on the summary.
    save_failed = Signal(object)
    #: The session could not be checkpointed (the argument says why); it goes on regardless.
    session_problem = Signal(str)

    def __init__(self, store: Store | None, routines: LoadResult | None, settings: Settings, clock: Clock,
                 scheduler_factory: SchedulerFactory, *, save_settings: SettingsSaver | None = None,
                 routines_dir: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("touchtimer")
        # Small: each page scrolls as a whole when the window is smaller than it needs (PageStack).
        self.setMinimumSize(480, 320)
        self.store = store
        self._store_feed: ChangeFeed | None = None       # the store's change feed that Home follows
        self._routines = routines
        self.settings = settings
        self.clock = clock
        self._save_settings = save_settings
        #: The parent's own routines folder (where the editor saves); known once the data is loaded.
        self.routines_dir = routines_dir
        self.controller = SessionController(clock, scheduler_factory(self), self)
        self._summary_timer = scheduler_factory(self)     # a typed note is written within a second
        self.confirmation: ConfirmBox | None = None
        self.dialog: QDialog | None = None
        #: The session on screen, from Start until it is saved or discarded.
        self.session: Session | None = None
        #: Where the session's writes go (made with the store): a thread of its own.
        self.writer: ThreadWriter | None = None
        #: Sharing the history through a folder (``ui/sharing/wiring.attach_sharing``), once wired.
        self.sharing: SharingService | None = None
        self._released_by: QAbstractEventDispatcher | None = None
        self._close_when_saved = False
        self.theme = themes.resolve(settings.theme)
        self._theme_pending = False

        themes.unkerned_choice_labels()     # before any widget: setting it later refits them all
        self.registry = Actions(self)
        self._make_actions()

        self.stack = PageStack()
        self.setCentralWidget(self.stack)
        self.pages: dict[str, QWidget] = {}
        self.home = HomePage(clock)
        self._add_page("home", self.home)
        self._presession: PreSessionPage | None = None
        self._running: RunningPage | None = None
        self._summary: SummaryPage | None = None
        self._synced_revision = -1
        #: How many times the actions were brought in line with the session (a test reads it).
        self.sync_count = 0

        self._make_menus()
        self.home.routine_chosen.connect(self.show_presession)
        self.home.edit_requested.connect(self.edit_routine)
        self.home.babies_requested.connect(self._open_babies)
        self.home.checkin_requested.connect(self.open_checkin)
        self.home.babies_changed.connect(self._remember_babies)
        self._babies_restored = False
        self.controller.changed.connect(self._on_changed)
        self.controller.finished.connect(self._on_finished)
        self.stack.currentChanged.connect(lambda _i: self._sync_actions())

        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_system_scheme)
        self.apply_theme()
        self.statusBar().showMessage(self.tr("Loading…") if store is None else "")
        if store is not None:
            self.set_data(store, self.routines)
        self.show_page("home")

    def _remember_babies(self, ids: list[str]) -> None:
        if ids != self.settings.last_babies:
            self.settings.last_babies = list(ids)
            self._persist()

    def _open_babies(self) -> None:
        if "go.babies" in self.registry:
            self.registry.trigger("go.babies")

    # -- data -------------------------------------------------------------------------------------------

    def set_data(self, store: Store, routines: LoadResult, routines_dir: Path | None = None) -> None:
        """The store and routines once loaded; ``routines_dir`` is where the parent's own routines live."""
        previous, self.store = self.store, store
        self.routines = routines
        if previous is not None and previous is not store:   # "delete all my data": every view follows
            store.take_over_from(previous)                    # the new store (Changes.store_replaced)
        if self.writer is None or self.writer.store is not store:
            from touchtimer.core.storage.writer import ThreadWriter
            from touchtimer.ui.platform.qt_delivery import QtDelivery

            self.finish_writes()
            self.writer = ThreadWriter(store, QtDelivery(self))
            self._release_writes_when_idle(self.writer)
        if self._store_feed is not store.changes:
            from touchtimer.ui.widgets.changes import follow_changes

            self._store_feed = store.changes
            follow_changes(self, store.changes, self._on_store_changes)
        if routines_dir is not None:
            self.routines_dir = routines_dir
        self.refresh_home()
        if not self._babies_restored and self.home.baby_box.count() > 1:
            self._babies_restored = True     # who the session was for last time, chosen again
            self.home.choose_babies(self.settings.last_babies)
        self.statusBar().clearMessage()
        if routines.errors:
            count = len(routines.errors)
            words = self.tr("%n routine file(s) could not be read and were left out. "
                            "Run “touchtimer check FILE” to see why.", "", count)
            self.home.show_message(counted(words, count))

    def show_notice(self, text: str) -> None:
        """A plain message on Home's banner, after any that is there already (a core sentence in the
        window's language)."""
        current = self.home.banner.text() if self.home.banner.isVisibleTo(self.home) else ""
        self.home.show_message("\n\n".join(t for t in (current, words_text(text)) if t))

    def babies(self) -> list[Baby]:
        return self.store.babies.list() if self.store is not None else []

    def finish_writes(self, timeout: float = 10.0) -> None:
        """Let the session's writes reach the disk and stop the writer (before the store closes)."""
        if self.writer is not None:
            writer, self.writer = self.writer, None
            dispatcher, self._released_by = self._released_by, None
            if dispatcher is not None:
                dispatcher.aboutToBlock.disconnect(writer.release_quiet)
            writer.close(timeout)

    def _release_writes_when_idle(self, writer: ThreadWriter) -> None:
        """A checkpoint wakes the writer's thread only as this thread goes to sleep, so the two never
        run Python at once (which would wake this thread a second time: docs/performance.md)."""
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is not None:
            writer.hold_quiet_wakeups()
            dispatcher.aboutToBlock.connect(writer.release_quiet)
            self._released_by = dispatcher

    def _on_store_changes(self, changes: Changes) -> None:
        """Home lists the babies: read them again when they (or the whole store) changed. The
        pre-session page lists the people (changed in the People dialog, or by the other laptop)."""
        if changes.babies or changes.store_replaced:
            self.refresh_home()
        page = self._presession
        if (changes.sessions and page is not None and page.routine is not None and self.store is not None
                and self.stack.currentWidget() is page and not self.session_on_screen):
            chosen = page.caregiver_ids or self.store.caregivers.default_ids()
            page.show_caregivers(self.store.caregivers.list(), chosen, page.routine.kind)
            self._sync_actions()

    def refresh_home(self) -> None:
        self.home.set_data(self.routines.routines, self.babies())

    def open_routine(self, routine_id: str) -> bool:
        """Open a routine's pre-session screen (``--start``); an unknown id gives a message on Home."""
        routine = self.routines.by_id(routine_id)
        if routine is None:
            known = ", ".join(r.id for r in self.routines.routines) or self.tr("none")
            self.home.show_message(self.tr("There is no routine called “{0}”. Choose one below "
                                           "(known routines: {1}).").format(routine_id, known))
            self.show_page("home")
            return False
        self.home.select_routine(routine_id)
        self.show_presession(routine)
        return True

    # -- pages ---------------------------------------------------------------------------------------------

    def show_presession(self, routine: Routine) -> None:
        from touchtimer.core.babies.ages import fit_for
        from touchtimer.ui.widgets.texts import names_text, reason_text

        babies = self.home.selected_babies()
        if self.store is not None:
            carers = self.store.caregivers
            self.presession.show_caregivers(carers.list(), carers.default_ids(), routine.kind)
        fit, instead = fit_for(routine, self.routines.routines, babies, self.clock.wall().astimezone().date())
        why = "" if fit.suits else reason_text(fit)
        self.presession.show_routine(routine, wait_default=self.settings.wait_between_stages, not_for_now=why,
                                     names=names_text([b.name for b in babies]), instead=instead)
        self.setWindowTitle(self.tr("{0} — touchtimer").format(routine.title))
        self.show_page("presession")
        self.presession.focus_first()

    # -- commands -------------------------------------------------------------------------------------

    def _ask(self, name: str, title: str, text: str, yes: str, no: str,
             on_yes: Callable[[], object]) -> None:
        def answered_yes() -> None:
            self.confirmation = None
            on_yes()

        from touchtimer.ui.widgets.confirm_box import ConfirmBox

        self.confirmation = ConfirmBox(self, name, title, text, yes, no, answered_yes)
        self.confirmation.finished.connect(self._forget_confirmation)
        self.confirmation.addAction(self.registry["session.emergency"])  # H still helps while asking
        self.confirmation.open()

    def _forget_confirmation(self) -> None:
        self.confirmation = None

    def open_dialog(self, dialog: QDialog) -> None:
        """Open a window-modal dialog that never blocks the session's timers; freed when closed.

        The emergency screen stays one key (H) away inside it too. A dialog taller or wider than the
        screen scrolls, its buttons in sight (:func:`~touchtimer.ui.widgets.dialog_fit.fit_to_screen`).
        """
        from touchtimer.ui.safety.emergency_dialog import EmergencyDialog
        from touchtimer.ui.widgets.dialog_fit import fit_to_screen, place_inside

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        if not isinstance(dialog, EmergencyDialog):
            dialog.addAction(self.registry["session.emergency"])
        self.dialog = dialog
        screen = self.screen()
        if screen is not None:
            fit_to_screen(dialog, screen.availableGeometry())
        dialog.open()
        if screen is not None:
            place_inside(dialog, screen.availableGeometry())

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _session_babies(self) -> list[str]:
        """The names of the babies the session on screen is for, as chosen when it started."""
        ids = self.session.baby_ids if self.session is not None else []
        return [b.name for i in ids for b in self.babies() if b.id == i]

    def _names(self) -> str:
        from touchtimer.ui.widgets.texts import names_text

        return names_text(self._session_babies())

    def open_emergency(self) -> None:
        """The emergency screen, from any page: for the routine and babies of the session (or, away
        from one, those chosen on Home), with the parent's own emergency number when they saved one."""
        from touchtimer.core.safety import emergency_for
        from touchtimer.ui.safety.emergency_dialog import EmergencyDialog

        if isinstance(self.dialog, EmergencyDialog):
            self.dialog.raise_()
            return
        on_session = self.session is not None
        babies = ([b for b in self.babies() if b.id in self.session.baby_ids] if self.session is not None
                  else self.home.selected_babies())
        routine = (self.routine_on_screen if on_session or self.stack.currentWidget() is self._presession
                   else None)
        # In the neonatal unit the alarm and the nurse come first: for its routines, and for a baby the
        # parent marked as still in neonatal care, whatever the routine.
        neonatal = (routine is not None and routine.care_team) or any(b.in_neonatal_care for b in babies)
        today = self.clock.wall().astimezone().date()
        self.open_dialog(EmergencyDialog(self, emergency_for(
            neonatal_unit=neonatal, babies=babies, today=today, number=self.settings.emergency_number)))

    def open_checkin(self) -> None:
        from touchtimer.ui.safety.checkin_dialog import CheckInDialog

        self.open_dialog(CheckInDialog(self))

    # -- closing ----------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        session = self.session
        if session is not None and session.finished:
            # Closing at the summary keeps the session: it is saved, and the window closes once the
            # disk has it; if it cannot be saved, the window stays, saying why.
            event.ignore()
            self._close_when_saved = True
            self.save_session()
            return
        if session is not None and self.controller.active:
            event.ignore()
            self._ask("confirmClose", self.tr("End the session and close?"),
                      self.tr("The session so far will be saved, marked as ended early."),
                      self.tr("End and close"), self.tr("Keep going"), self._end_and_close)
            return
        if session is not None:
            session.close()
            self.session = None
        self.controller.stop()
        from touchtimer.ui.window.geometry import remember

        remember(self, self.settings)   # this screen's size, for the next start
        self._persist()
        if self.sharing is not None:
            self.sharing.stop()
            self.sharing.wait()          # an exchange under way finishes with its own connection
        self.finish_writes()
        super().closeEvent(event)
