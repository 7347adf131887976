"""The main window: pages in a stack, one action registry, and the session controller.

It takes every dependency in its constructor (store, routines, settings, clock, a scheduler factory),
so tests pass a fake clock and a :class:`~touchtimer.core.clock.FakeScheduler`.

Hooks for other components, added by the app wiring in a few lines:

* :meth:`MainWindow.add_page` puts a widget (the history view, say) in the stack with a Go menu entry;
* :meth:`MainWindow.add_dialog` adds a Go menu entry that opens a dialog made on demand (babies);
* :meth:`MainWindow.add_app_dialog` adds a Session menu entry that stays available during a session
  (settings);
* :meth:`MainWindow.apply_settings` shows new settings (theme, text size, motion, "wait for me");
* ``window.controller`` (a :class:`SessionController`) carries the session events for cues, the tray
  and crash checkpoints.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu, QStackedWidget, QWidget

from touchtimer.core.clock import Clock, Scheduler
from touchtimer.core.settings import Settings
from touchtimer.ui.actions import Actions
from touchtimer.ui.routines.home_page import HomePage
from touchtimer.ui.session.controller import SessionController
from touchtimer.ui.widgets import theme as themes

if TYPE_CHECKING:
    # Only Home is needed for the first frame. The store, the routine reader, the engine, the other
    # pages and the dialogs are imported when first used, after the first paint: importing them
    # before it made start-up slower than its budget (docs/performance.md).
    from touchtimer.core.babies.ages import Baby
    from touchtimer.core.routines.files import LoadResult
    from touchtimer.core.routines.model import Routine
    from touchtimer.core.session.engine import SessionEngine
    from touchtimer.core.session.record import SessionRecord
    from touchtimer.core.storage.changes import ChangeFeed, Changes
    from touchtimer.core.storage.store import Store
    from touchtimer.ui.session.presession_page import PreSessionPage
    from touchtimer.ui.session.running_page import RunningPage
    from touchtimer.ui.session.summary_page import SummaryPage
    from touchtimer.ui.widgets.confirm_box import ConfirmBox

SchedulerFactory = Callable[[QObject], Scheduler]
SettingsSaver = Callable[[Settings], None]

SESSION_ACTIONS = ("session.pause", "session.next", "session.back", "session.extend", "session.end",
                   "session.emergency")


class MainWindow(QMainWindow):
    #: A session was saved to the store (the argument is the saved :class:`SessionRecord`).
    session_saved = Signal(object)
    #: A session was discarded (the argument is its id): its checkpoints must go from the store too.
    session_discarded = Signal(str)
    #: Saving the finished session failed (arguments: the record, the error); it stays on the summary.
    save_failed = Signal(object, object)

    def __init__(self, store: Store | None, routines: LoadResult | None, settings: Settings, clock: Clock,
                 scheduler_factory: SchedulerFactory, *, save_settings: SettingsSaver | None = None,
                 routines_dir: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("touchtimer")
        self.setMinimumSize(820, 560)
        self.store = store
        self._store_feed: ChangeFeed | None = None       # the store's change feed that Home follows
        self._routines = routines
        self.settings = settings
        self.clock = clock
        self._save_settings = save_settings
        #: The parent's own routines folder (where the editor saves); known once the data is loaded.
        self.routines_dir = routines_dir
        self.controller = SessionController(clock, scheduler_factory(self), self)
        self.confirmation: ConfirmBox | None = None
        self.dialog: QDialog | None = None
        self._record: SessionRecord | None = None
        self._mood_before: int | None = None
        self._baby_ids: list[str] = []
        self._routine: Routine | None = None
        self.theme = themes.resolve(settings.theme)
        self._theme_pending = False

        self.registry = Actions(self)
        self._make_actions()

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.pages: dict[str, QWidget] = {}
        self.home = HomePage()
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

    # -- made when first needed --------------------------------------------------------------------
    # Only Home is built before the first paint. The other pages are imported and built on first use;
    # the app asks for them right after the first frame (:meth:`make_pages`), so a session never waits.

    @property
    def routines(self) -> LoadResult:
        if self._routines is None:
            from touchtimer.core.routines.files import LoadResult

            self._routines = LoadResult()
        return self._routines

    @routines.setter
    def routines(self, routines: LoadResult) -> None:
        self._routines = routines

    def _add_page(self, name: str, page: QWidget) -> None:
        self.pages[name] = page
        self.stack.addWidget(page)

    @property
    def presession(self) -> PreSessionPage:
        if self._presession is None:
            from touchtimer.ui.session.presession_page import PreSessionPage

            page = PreSessionPage()
            page.back_requested.connect(lambda: self.show_page("home"))
            page.start_requested.connect(self.start_session)
            self._presession = page
            self._add_page("presession", page)
        return self._presession

    @property
    def running(self) -> RunningPage:
        if self._running is None:
            from touchtimer.ui.session.running_page import RunningPage

            page = RunningPage(self.registry)
            page.ring.set_theme(self.theme, self.settings.text_scale)
            self._running = page
            self._add_page("running", page)
        return self._running

    @property
    def summary(self) -> SummaryPage:
        if self._summary is None:
            from touchtimer.ui.session.summary_page import SummaryPage

            page = SummaryPage()
            page.save_requested.connect(self.save_session)
            page.discard_requested.connect(self.ask_discard)
            page.checkin_requested.connect(self.open_checkin)
            self._summary = page
            self._add_page("summary", page)
        return self._summary

    def make_pages(self) -> None:
        """Build every page now (called once the first frame is on screen)."""
        for name in ("presession", "running", "summary"):
            getattr(self, name)

    # -- actions and menus ------------------------------------------------------------------------

    def _make_actions(self) -> None:
        a, c = self.registry, self.controller
        a.add("session.pause", self.tr("&Pause"), self.tr("Pause or resume the session"), c.toggle_pause,
              ["Space"])
        a.add("session.next", self.tr("&Next"), self.tr("Go on to the next stage"), c.next, ["Right", "N"])
        a.add("session.back", self.tr("&Back"), self.tr("Go back to the start of this or the last stage"),
              c.back, ["Left"])
        a.add("session.extend", self.tr("+1 &min"), self.tr("Add a minute to this stage"), c.extend,
              [QKeySequence(Qt.Key.Key_Plus), QKeySequence(Qt.Key.Key_Equal)])
        a.add("session.end", self.tr("&End…"), self.tr("End the session early (asks first)"), self.ask_end,
              ["Esc"])
        a.add("session.emergency", self.tr("&Help: baby unwell?"),
              self.tr("What to do if your baby needs help now"),
              self.open_emergency, ["H"])
        a.add("view.fullscreen", self.tr("&Full screen"), self.tr("Fill the screen, or leave full screen"),
              self.toggle_full_screen, ["F11"])
        a.add("view.help", self.tr("&Keyboard shortcuts"), self.tr("List every keyboard shortcut"),
              self.open_shortcuts, ["F1"])
        a.add("view.zoom_in", self.tr("&Larger text"), self.tr("Make all text larger"),
              lambda: self.set_text_scale(self.settings.text_scale + themes.SCALE_STEP),
              ["Ctrl++", "Ctrl+="])
        a.add("view.zoom_out", self.tr("&Smaller text"), self.tr("Make all text smaller"),
              lambda: self.set_text_scale(self.settings.text_scale - themes.SCALE_STEP), ["Ctrl+-"])
        a.add("view.zoom_reset", self.tr("&Normal text size"), self.tr("Set text to its normal size"),
              lambda: self.set_text_scale(1.0), ["Ctrl+0"])
        group = QActionGroup(self)
        for choice, text, tip in (
            (themes.SYSTEM, self.tr("Follow the &system"), self.tr("Light or night, as the system is set")),
            (themes.LIGHT, self.tr("&Light"), self.tr("The light theme, for daytime")),
            (themes.NIGHT, self.tr("&Night (dim)"), self.tr("A dim, warm theme for a dark room")),
        ):
            action = a.add(f"view.theme_{choice}", text, tip, self._theme_setter(choice), checkable=True)
            group.addAction(action)
        a[f"view.theme_{self.settings.theme}"].setChecked(True)
        a.add("view.reduce_motion", self.tr("&Reduce motion"), self.tr("Keep everything still"),
              lambda: self._set_reduce_motion(a["view.reduce_motion"].isChecked()), checkable=True)
        a["view.reduce_motion"].setChecked(self.settings.reduce_motion)
        a.add("go.home", self.tr("&Home"), self.tr("Choose a routine"), lambda: self.show_page("home"),
              ["Alt+Home"])
        a.add("go.edit_routine", self.tr("&Make my own version…"),
              self.tr("Copy the chosen routine into the routine editor and change what you like"),
              self._edit_chosen_routine)
        a.add("go.import_routine", self.tr("&Import a routine file…"),
              self.tr("Add a routine file (from a partner, say) to your routines"),
              self._import_chosen_file)
        a.add("app.quit", self.tr("&Quit"), self.tr("Close touchtimer"), self._quit, ["Ctrl+Q"])

    def _theme_setter(self, choice: str) -> Callable[[], None]:
        return lambda: self.set_theme_choice(choice)

    def _quit(self) -> None:
        self.close()

    def _make_menus(self) -> None:
        bar = self.menuBar()
        a = self.registry
        self.session_menu = session = bar.addMenu(self.tr("&Session"))
        for name in ("session.pause", "session.next", "session.back", "session.extend", "session.end"):
            session.addAction(a[name])
        session.addSeparator()
        session.addAction(a["session.emergency"])
        session.addSeparator()
        self._app_separator = session.addSeparator()   # entries from add_app_dialog go above this
        session.addAction(a["app.quit"])
        view = bar.addMenu(self.tr("&View"))
        theme_menu = QMenu(self.tr("&Theme"), view)
        for choice in (themes.SYSTEM, themes.LIGHT, themes.NIGHT):
            theme_menu.addAction(a[f"view.theme_{choice}"])
        view.addMenu(theme_menu)
        for name in ("view.zoom_in", "view.zoom_out", "view.zoom_reset", "view.reduce_motion",
                     "view.fullscreen"):
            view.addAction(a[name])
        self.go_menu = bar.addMenu(self.tr("&Go"))
        self.go_menu.addAction(a["go.home"])
        routines = self.go_menu.addMenu(self.tr("&Routines"))
        routines.addAction(a["go.edit_routine"])
        routines.addAction(a["go.import_routine"])
        self.go_menu.addSeparator()
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a["view.help"])
        help_menu.addAction(a["session.emergency"])

    # -- hooks for other views -----------------------------------------------------------------------

    def add_page(self, name: str, widget: QWidget, title: str, tip: str = "",
                 shortcut: str | None = None) -> Any:
        """Add ``widget`` as a page with a Go menu entry (``go.<name>``) that shows it."""
        self.pages[name] = widget
        self.stack.addWidget(widget)
        action = self.registry.add(f"go.{name}", title, tip or title, lambda: self.show_page(name),
                                  [shortcut] if shortcut else [])
        self.go_menu.addAction(action)
        self._sync_actions()
        return action

    def add_lazy_page(self, name: str, title: str, factory: Callable[[], QWidget], tip: str = "",
                      shortcut: str | None = None) -> Any:
        """Like :meth:`add_page`, but the widget is made by ``factory()`` the first time it is shown,
        so a page nobody opens costs nothing at start-up."""

        def show() -> None:
            if name not in self.pages:
                widget = factory()
                self.pages[name] = widget
                self.stack.addWidget(widget)
            self.show_page(name)

        action = self.registry.add(f"go.{name}", title, tip or title, show, [shortcut] if shortcut else [])
        self.go_menu.addAction(action)
        self._sync_actions()
        return action

    def add_dialog(self, name: str, title: str, factory: Callable[[QWidget], QDialog], tip: str = "") -> Any:
        """Add a Go menu entry (``go.<name>``) that opens the dialog ``factory(window)`` makes."""

        action = self.registry.add(f"go.{name}", title, tip or title, lambda: self.open_dialog(factory(self)))
        self.go_menu.addAction(action)
        self._sync_actions()
        return action

    def add_app_dialog(self, name: str, title: str, factory: Callable[[QWidget], QDialog], tip: str = "",
                       shortcut: str | None = None) -> Any:
        """Add a Session menu entry (``app.<name>``) opening ``factory(window)``, also during a session."""
        action = self.registry.add(f"app.{name}", title, tip or title,
                                   lambda: self.open_dialog(factory(self)), [shortcut] if shortcut else [])
        self.session_menu.insertAction(self._app_separator, action)
        return action

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
        if self._store_feed is not store.changes:
            from touchtimer.ui.widgets.changes import follow_changes

            self._store_feed = store.changes
            follow_changes(self, store.changes, self._on_store_changes)
        if routines_dir is not None:
            self.routines_dir = routines_dir
        self.refresh_home()
        self.statusBar().clearMessage()
        if routines.errors:
            count = len(routines.errors)
            self.home.show_message(self.tr("{0} routine file(s) could not be read and were left out. "
                                           "Run “touchtimer check FILE” to see why.").format(count))

    def show_notice(self, text: str) -> None:
        """A plain message on Home's banner, after any that is there already."""
        current = self.home.banner.text() if self.home.banner.isVisibleTo(self.home) else ""
        self.home.show_message("\n\n".join(t for t in (current, text) if t))

    def reload_routines(self, select_id: str | None = None) -> None:
        """Read the routines again (after the editor saved or imported one) and choose ``select_id``."""
        if self.store is None:
            return
        from touchtimer.core.routines.files import load_all

        self.set_data(self.store, load_all(self.routines_dir))
        if select_id is not None:
            self.home.select_routine(select_id)

    def babies(self) -> list[Baby]:
        return self.store.babies.list() if self.store is not None else []

    def _on_store_changes(self, changes: Changes) -> None:
        """Home lists the babies: read them again when they (or the whole store) changed."""
        if changes.babies or changes.store_replaced:
            self.refresh_home()

    def refresh_home(self) -> None:
        self.home.set_data(self.routines.routines, self.babies(), self.clock.wall().astimezone().date())

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

    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return next(name for name, page in self.pages.items() if page is widget)

    def show_page(self, name: str) -> None:
        if self.controller.engine is not None and name not in ("running", "summary"):
            return  # a session is on: it keeps the screen until it is saved or discarded
        self.stack.setCurrentWidget(self.pages[name] if name in self.pages else getattr(self, name))
        if name == "home":
            self.setWindowTitle("touchtimer")
            self.home.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self._sync_actions()

    def show_presession(self, routine: Routine) -> None:
        self._routine = routine
        self.presession.show_routine(routine, wait_default=self.settings.wait_between_stages)
        self.setWindowTitle(self.tr("{0} — touchtimer").format(routine.title))
        self.show_page("presession")
        self.presession.focus_first()

    def start_session(self) -> None:
        routine = self.presession.routine
        if routine is None or not self.presession.acknowledged:
            return
        self._routine = routine
        self._mood_before = self.presession.mood
        self._baby_ids = [baby.id for baby in self.home.selected_babies()]
        self.running.show_routine(routine)
        self.stack.setCurrentWidget(self.running)
        self.controller.begin(routine, wait_between_stages=self.presession.wait_between_stages)
        self.running.buttons["session.pause"].setFocus(Qt.FocusReason.OtherFocusReason)
        self._sync_actions()

    def continue_session(self, routine: Routine, engine: SessionEngine, *, mood_before: int | None,
                         baby_ids: list[str]) -> None:
        """Show a session restored after a crash (``SessionEngine.restore``): paused, same id."""
        self._routine = routine
        self._mood_before = mood_before
        self._baby_ids = list(baby_ids)
        self.running.show_routine(routine)
        self.stack.setCurrentWidget(self.running)
        self.controller.adopt(engine)
        self.running.buttons["session.pause"].setFocus(Qt.FocusReason.OtherFocusReason)
        self._sync_actions()

    def _on_changed(self) -> None:
        """The controller's refresh: the time always; the actions only when the session moved on
        (a command or an engine event), not every second."""
        from touchtimer.core.session.engine import State

        snap = self.controller.snapshot()
        if snap is not None and snap.state is not State.FINISHED:
            self.running.show_snapshot(snap)
        if self.controller.revision != self._synced_revision:
            self._sync_actions()

    def _on_finished(self, record: SessionRecord) -> None:
        self._record = record
        if self.confirmation is not None:
            self.confirmation.reject()
        self.summary.show_record(record)
        self.stack.setCurrentWidget(self.summary)
        self.summary.focus_first()
        self._sync_actions()

    def _sync_actions(self) -> None:
        self._synced_revision = self.controller.revision
        self.sync_count += 1
        engine = self.controller.engine
        current = self.stack.currentWidget()
        paused = waiting = live = False
        if engine is not None:  # the engine module is loaded by then (no import before the first paint)
            from touchtimer.core.session.engine import State

            state = engine.state
            paused, waiting = state is State.PAUSED, state is State.WAITING
            live = (self._running is not None and current is self._running
                    and state in (State.RUNNING, State.PAUSED, State.WAITING))
        a = self.registry
        a["session.pause"].setEnabled(live and not waiting)
        a["session.pause"].setText(self.tr("&Resume") if paused else self.tr("&Pause"))
        a.set_enabled(("session.next", "session.back", "session.end"), live)
        a["session.next"].setText(self.tr("Start &next") if waiting else self.tr("&Next"))
        a["session.extend"].setEnabled(live and engine is not None and engine.can_extend)
        a["session.emergency"].setEnabled(self._routine is not None and self._routine.kind == "skin_to_skin"
                                          and current is not None and current is not self.home
                                          and current in (self._presession, self._running, self._summary))
        for name in self.registry:
            if name.startswith("go."):
                a[name].setEnabled(engine is None)

    # -- commands -------------------------------------------------------------------------------------

    def _ask(self, name: str, title: str, text: str, yes: str, no: str, on_yes: Callable[[], None]) -> None:
        def answered_yes() -> None:
            self.confirmation = None
            on_yes()

        from touchtimer.ui.widgets.confirm_box import ConfirmBox

        self.confirmation = ConfirmBox(self, name, title, text, yes, no, answered_yes)
        self.confirmation.finished.connect(self._forget_confirmation)
        if self.registry["session.emergency"].isEnabled():
            self.confirmation.addAction(self.registry["session.emergency"])  # H still helps while asking
        self.confirmation.open()

    def _forget_confirmation(self) -> None:
        self.confirmation = None

    def ask_end(self) -> None:
        if not self.controller.active:
            return
        self._ask("confirmEnd", self.tr("End the session?"),
                  self.tr("End now? What you have done so far is kept, marked as ended early."),
                  self.tr("End session"), self.tr("Keep going"), self.controller.end)

    def ask_discard(self) -> None:
        self._ask("confirmDiscard", self.tr("Discard this session?"),
                  self.tr("This session will not be kept in your history."),
                  self.tr("Discard"), self.tr("Keep it"), self.discard_session)

    def save_session(self) -> bool:
        import sqlite3

        from touchtimer.core.storage.store import StoreError

        if self._record is None or self.store is None:
            return False
        record = dataclasses.replace(
            self._record, mood_before=self._mood_before, mood_after=self.summary.mood,
            baby_response=self.summary.baby_response, notes=self.summary.note, baby_ids=list(self._baby_ids))
        try:
            self.store.sessions.save(record)
        except (StoreError, sqlite3.Error, OSError) as exc:
            self.summary.facts.setText(self.tr("This session could not be saved ({0}). "
                                               "Please try Save again.").format(exc))
            self.save_failed.emit(record, exc)
            return False
        self._finish_run()
        self.statusBar().showMessage(self.tr("Session saved."), 8000)
        self.session_saved.emit(record)
        return True

    def discard_session(self) -> None:
        engine = self.controller.engine
        session_id = engine.session_id if engine is not None else ""
        self._finish_run()
        self.statusBar().showMessage(self.tr("Session discarded."), 8000)
        if session_id:
            self.session_discarded.emit(session_id)   # may replace the message if it cannot be removed

    def _finish_run(self) -> None:
        self.controller.stop()
        self._record = None
        self._routine = None
        self.refresh_home()
        self.show_page("home")
        if self._theme_pending:
            self.apply_theme()

    def open_dialog(self, dialog: QDialog) -> None:
        """Open a window-modal dialog that never blocks the session's timers; freed when closed.

        During a skin-to-skin session the emergency screen stays one key (H) away inside it too.
        """
        from touchtimer.ui.safety.emergency_dialog import EmergencyDialog

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        if not isinstance(dialog, EmergencyDialog) and self.registry["session.emergency"].isEnabled():
            dialog.addAction(self.registry["session.emergency"])
        self.dialog = dialog
        dialog.open()

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def open_emergency(self) -> None:
        from touchtimer.core.safety import emergency_for
        from touchtimer.ui.safety.emergency_dialog import EmergencyDialog

        if isinstance(self.dialog, EmergencyDialog):
            self.dialog.raise_()
            return
        neonatal = self._routine is not None and self._routine.care_team
        self.open_dialog(EmergencyDialog(self, emergency_for(neonatal_unit=neonatal)))

    def open_checkin(self) -> None:
        from touchtimer.ui.safety.checkin_dialog import CheckInDialog

        self.open_dialog(CheckInDialog(self))

    # -- the parent's own routines ----------------------------------------------------------------

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

    def open_shortcuts(self) -> None:
        from touchtimer.ui.shortcuts_dialog import ShortcutsDialog

        self.open_dialog(ShortcutsDialog(self.registry.rows(), self))

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # -- theme and text size -----------------------------------------------------------------------

    def apply_theme(self) -> None:
        self._theme_pending = False
        self.theme = themes.resolve(self.settings.theme)
        palette = themes.palette(self.theme)
        # The application's palette too: check boxes, radio buttons and dialogs build their colours
        # from it, and in the night theme they would otherwise glow white.
        QApplication.setPalette(palette)
        self.setPalette(palette)
        self.setStyleSheet(themes.stylesheet(self.theme, self.settings.text_scale))
        themes.apply_motion(self.settings.reduce_motion)
        if self._running is not None:
            self._running.ring.set_theme(self.theme, self.settings.text_scale)
            self._running.invalidate()
        self.home.set_muted_colour(self.theme.muted)

    def set_theme_choice(self, choice: str) -> None:
        if not self.registry[f"view.theme_{choice}"].isChecked() or self.settings.theme == choice:
            return
        self.settings.theme = choice
        self.apply_theme()
        self._persist()

    def _on_system_scheme(self, _scheme: Qt.ColorScheme) -> None:
        """Follow the system, but never swap every colour at once while a session is on screen."""
        if self.settings.theme != themes.SYSTEM:
            return
        if self.controller.engine is not None:
            self._theme_pending = True
        else:
            self.apply_theme()

    def set_text_scale(self, scale: float) -> None:
        scale = themes.clamp_scale(scale)
        if scale == self.settings.text_scale:
            return
        self.settings.text_scale = scale
        self.apply_theme()
        self._persist()
        self.statusBar().showMessage(self.tr("Text size {0}%").format(round(scale * 100)), 3000)

    def apply_settings(self, settings: Settings) -> None:
        """Show settings saved elsewhere (the settings dialog): theme, text size, motion, "wait for me".

        The values are copied into :attr:`settings` in place, so every holder of it (the cue player)
        sees them too. Nothing is written here: the caller has saved them already.
        """
        for f in dataclasses.fields(Settings):
            setattr(self.settings, f.name, getattr(settings, f.name))
        self.registry[f"view.theme_{self.settings.theme}"].setChecked(True)
        self.registry["view.reduce_motion"].setChecked(self.settings.reduce_motion)
        self.apply_theme()

    def _set_reduce_motion(self, on: bool) -> None:
        if self.settings.reduce_motion != on:
            self.settings.reduce_motion = on
            themes.apply_motion(on)
            self._persist()

    def _persist(self) -> None:
        if self._save_settings is not None:
            try:
                self._save_settings(self.settings)
            except OSError as exc:
                self.statusBar().showMessage(self.tr("Settings could not be saved ({0}).").format(exc), 8000)

    # -- closing ----------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc on a page away from a session (history, before starting) goes back to Home."""
        if (event.key() == Qt.Key.Key_Escape and self.current_page() not in ("home", "running", "summary")
                and self.controller.engine is None):
            self.show_page("home")
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        from touchtimer.core.session.engine import State

        engine = self.controller.engine
        if engine is not None and engine.state is State.FINISHED:
            self.save_session()  # closing at the summary keeps the session: nothing is lost
        elif engine is not None and engine.state is not State.READY:
            event.ignore()
            self._ask("confirmClose", self.tr("End the session and close?"),
                      self.tr("The session so far will be saved, marked as ended early."),
                      self.tr("End and close"), self.tr("Keep going"), self._end_and_close)
            return
        self.controller.stop()
        super().closeEvent(event)

    def _end_and_close(self) -> None:
        self.controller.end()
        self.close()
