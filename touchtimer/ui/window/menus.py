"""The window's named actions and its menus, kept in line with the session and the page shown, and the
hooks other views use to add entries to them.

* :meth:`WindowMenus.add_page` puts a widget (the history view, say) in the stack with a Go menu entry;
* :meth:`WindowMenus.add_lazy_page` does the same for a page made when first shown;
* :meth:`WindowMenus.add_dialog` adds a Go menu entry that opens a dialog made on demand (babies);
* :meth:`WindowMenus.add_app_dialog` adds a Session menu entry that stays available during a session
  (settings).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QWidget

from touchtimer.ui.widgets import theme as themes

if TYPE_CHECKING:
    from touchtimer.ui.window.shape import WindowShape as _Window
else:
    _Window = object


class WindowMenus(_Window):
    """Mixin of :class:`~touchtimer.ui.main_window.MainWindow`: its actions, menus and menu hooks."""

    def _make_actions(self) -> None:
        a, r = self.registry, self.controller.runner
        a.add("session.pause", self.tr("&Pause"), self.tr("Pause or resume the session"), r.toggle_pause,
              ["Space"])
        a.add("session.next", self.tr("&Next"), self.tr("Go on to the next stage"), r.next, ["Right", "N"])
        a.add("session.back", self.tr("&Back"), self.tr("Go back to the start of this or the last stage"),
              r.back, ["Left"])
        a.add("session.extend", self.tr("+1 &min"), self.tr("Add a minute to this stage"), r.extend,
              [QKeySequence(Qt.Key.Key_Plus), QKeySequence(Qt.Key.Key_Equal)])
        a.add("session.end", self.tr("&End…"), self.tr("End the session early (asks first)"), self.ask_end,
              ["Esc"])
        a.add("session.emergency", self.tr("&Help: baby unwell?"),
              self.tr("What to do if your baby needs help now"),
              self.open_emergency, ["H"])
        a.add("session.confirm_checks", self.tr("All &checked"),
              self.tr("Baby's position is right: every line on the screen is true"), r.confirm_checks,
              ["Return", "Enter", "C"])
        a.add("session.quiet", self.tr("&Quiet mode"),
              self.tr("For a sleeping baby: no voice, very soft chimes (position checks still chime)"),
              lambda: self._set_quiet(a["session.quiet"].isChecked()), ["Q"], checkable=True)
        a["session.quiet"].setChecked(self.settings.quiet_mode)
        a.add("session.who", self.tr("&Who is holding baby"),
              self.tr("Before the start: each person, everyone together, or nobody recorded"),
              lambda: self.presession.caregivers.cycle(), ["W"])
        a.add("summary.fed", self.tr("Fed at the &breast"),
              self.tr("After skin-to-skin: baby fed at the breast during the hold: yes, no, not said"),
              lambda: self.summary.details.cycle_fed(), ["B"])
        a.add("summary.more_interruptions", self.tr("One more &interruption"),
              self.tr("After skin-to-skin: the hold was interrupted one more time"),
              lambda: self.summary.details.step(1), [QKeySequence(Qt.Key.Key_Plus)])
        a.add("summary.fewer_interruptions", self.tr("One &fewer interruption"),
              self.tr("After skin-to-skin: one interruption fewer (below none: not said)"),
              lambda: self.summary.details.step(-1), [QKeySequence(Qt.Key.Key_Minus)])
        a.add("app.checkin", self.tr("A moment for &you…"),
              self.tr("An optional check-in for you, the parent: two questions, no score, nothing kept"),
              self.open_checkin)
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
        a.add("help.about", self.tr("&About touchtimer"),
              self.tr("Version, licence, credits, where your data lives"), self.open_about)

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
        session.addAction(a["session.quiet"])
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
        help_menu.addAction(a["app.checkin"])
        # The emergency screen is one visible button away on every page: here, at the top right of the
        # window, and in the running page's own header (which shows instead while a session runs).
        from touchtimer.ui.actions import bind_button

        self.emergency_button = QPushButton()
        self.emergency_button.setObjectName("emergencyCorner")
        self.emergency_button.setAutoDefault(False)
        self.emergency_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        bind_button(self.emergency_button, a["session.emergency"], mnemonic=False)   # Alt+H: the Help menu
        bar.setCornerWidget(self.emergency_button, Qt.Corner.TopRightCorner)
        help_menu.addSeparator()
        help_menu.addAction(a["help.about"])

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
        checks = self.controller.runner.checks
        a["session.confirm_checks"].setEnabled(live and checks is not None and checks.checklist_waiting)
        presession, summary = self._presession, self._summary
        a["session.who"].setEnabled(presession is not None and current is presession
                                    and bool(presession.caregivers.people))
        a.set_enabled(("summary.fed", "summary.more_interruptions", "summary.fewer_interruptions"),
                      summary is not None and current is summary and summary.details.isVisibleTo(summary))
        # Help is there on every page, for every kind of session, and with none (it never greys out).
        a["session.emergency"].setEnabled(True)
        self.emergency_button.setVisible(current is None or current is not self._running)
        for name in self.registry:
            if name.startswith("go."):
                a[name].setEnabled(engine is None and self.session is None)

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

    def open_about(self) -> None:
        """Help ▸ About touchtimer, with the folders of the data in use (``--data-dir`` included)."""
        from touchtimer.core.about import about
        from touchtimer.core.paths import DB_FILENAME
        from touchtimer.ui.about_dialog import AboutDialog

        path = self.store.path if self.store is not None else None
        folder = path.parent if path is not None and path.name == DB_FILENAME else None
        self.open_dialog(AboutDialog(about(folder), self))

    def open_shortcuts(self) -> None:
        from touchtimer.ui.shortcuts_dialog import ShortcutsDialog

        self.open_dialog(ShortcutsDialog(self.registry.rows(), self))

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
