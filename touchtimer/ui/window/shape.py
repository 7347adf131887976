"""What the parts of the main window may use of one another, for the type checker only.

Each part (:mod:`.session_flow`, :mod:`.pages`, :mod:`.menus`, :mod:`.theme`, :mod:`.routine_editing`)
is a mixin of
:class:`touchtimer.ui.main_window.MainWindow`; while type checking, they derive from
:class:`WindowShape`, which names the window's attributes and the methods one part calls on another.
Never imported at run time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QPushButton, QStackedWidget, QWidget

if TYPE_CHECKING:
    from touchtimer.core.babies.ages import Baby
    from touchtimer.core.clock import Clock, Scheduler
    from touchtimer.core.routines.files import LoadResult
    from touchtimer.core.routines.model import Routine
    from touchtimer.core.session.session import Session
    from touchtimer.core.settings import Settings
    from touchtimer.core.storage.store import Store
    from touchtimer.core.storage.writer import ThreadWriter
    from touchtimer.ui.actions import Actions
    from touchtimer.ui.routines.home_page import HomePage
    from touchtimer.ui.session.controller import SessionController
    from touchtimer.ui.session.presession_page import PreSessionPage
    from touchtimer.ui.session.running_page import RunningPage
    from touchtimer.ui.session.summary_page import SummaryPage
    from touchtimer.ui.sharing.service import SharingService
    from touchtimer.ui.widgets.confirm_box import ConfirmBox
    from touchtimer.ui.widgets.theme import Theme


class WindowShape(QMainWindow):
    session_saved: Signal
    session_discarded: Signal
    save_failed: Signal
    session_problem: Signal
    store: Store | None
    clock: Clock
    session: Session | None
    writer: ThreadWriter | None
    sharing: SharingService | None
    confirmation: ConfirmBox | None
    _summary_timer: Scheduler
    _close_when_saved: bool
    settings: Settings
    registry: Actions
    controller: SessionController
    stack: QStackedWidget
    pages: dict[str, QWidget]
    home: HomePage
    go_menu: QMenu
    session_menu: QMenu
    emergency_button: QPushButton
    theme: Theme
    routines: LoadResult
    routines_dir: Path | None
    sync_count: int
    _synced_revision: int
    _presession: PreSessionPage | None
    _running: RunningPage | None
    _summary: SummaryPage | None
    _theme_pending: bool

    def show_page(self, name: str) -> None: ...

    def current_page(self) -> str:
        raise NotImplementedError

    @property
    def routine_on_screen(self) -> Routine | None:
        raise NotImplementedError

    @property
    def summary(self) -> SummaryPage:
        raise NotImplementedError

    @property
    def running(self) -> RunningPage:
        raise NotImplementedError

    @property
    def presession(self) -> PreSessionPage:
        raise NotImplementedError

    def refresh_home(self) -> None: ...

    def apply_theme(self) -> None: ...

    def persist_settings(self) -> None: ...

    def _ask(self, name: str, title: str, text: str, yes: str, no: str,
             on_yes: Callable[[], object]) -> None: ...

    def set_data(self, store: Store, routines: LoadResult, routines_dir: Path | None = None) -> None: ...

    def open_dialog(self, dialog: QDialog) -> None: ...

    def ask_end(self) -> None: ...

    def open_emergency(self) -> None: ...

    def open_checkin(self) -> None: ...

    def _names(self) -> str:
        raise NotImplementedError

    def babies(self) -> list[Baby]:
        raise NotImplementedError

    def _session_babies(self) -> list[str]:
        raise NotImplementedError

    # the session's way through the pages
    def show_presession(self, routine: Routine) -> None: ...

    def start_session(self) -> None: ...

    def save_session(self) -> bool:
        raise NotImplementedError

    def ask_discard(self) -> None: ...

    def _answered(self) -> None: ...

    @property
    def session_on_screen(self) -> bool:
        raise NotImplementedError

    def _sync_actions(self) -> None: ...

    # theme
    def set_text_scale(self, scale: float) -> None: ...

    def set_theme_choice(self, choice: str) -> None: ...

    def _set_reduce_motion(self, on: bool) -> None: ...

    def _set_quiet(self, on: bool) -> None: ...

    # routine editing
    def _edit_chosen_routine(self) -> None: ...

    def _import_chosen_file(self) -> None: ...
