"""The window's pages in one stack: Home from the start, the session pages made when first needed,
and switching between them (a session keeps the screen until it is saved or discarded).

Only Home is built before the first paint. The other pages are imported and built on first use; the
app asks for them right after the first frame (:meth:`WindowPages.make_pages`), so a session never
waits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from touchtimer.core.routines.files import LoadResult
    from touchtimer.ui.session.presession_page import PreSessionPage
    from touchtimer.ui.session.running_page import RunningPage
    from touchtimer.ui.session.summary_page import SummaryPage
    from touchtimer.ui.window.shape import WindowShape as _Window
else:
    _Window = object


class WindowPages(_Window):
    """Mixin of :class:`~touchtimer.ui.main_window.MainWindow`: its pages and which one shows."""

    _routines: LoadResult | None

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
            page.routine_chosen.connect(self.show_presession)
            page.checkin_requested.connect(self.open_checkin)
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
            page.answers_changed.connect(self._answered)
            page.checkin_requested.connect(self.open_checkin)
            self._summary = page
            self._add_page("summary", page)
        return self._summary

    @property
    def session_on_screen(self) -> bool:
        """A session keeps the screen: from Start until it is saved or discarded."""
        return self.session is not None or self.controller.engine is not None

    def make_pages(self) -> None:
        """Build every page now (called once the first frame is on screen)."""
        for name in ("presession", "running", "summary"):
            getattr(self, name)

    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return next(name for name, page in self.pages.items() if page is widget)

    def show_page(self, name: str) -> None:
        if self.session_on_screen and name not in ("running", "summary"):
            return  # a session is on: it keeps the screen until it is saved or discarded
        self.stack.setCurrentWidget(self.pages[name] if name in self.pages else getattr(self, name))
        if name == "home":
            self.setWindowTitle("touchtimer")
            self.home.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self._sync_actions()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc on a page away from a session (history, before starting) goes back to Home."""
        if (event.key() == Qt.Key.Key_Escape and self.current_page() not in ("home", "running", "summary")
                and not self.session_on_screen):
            self.show_page("home")
            event.accept()
            return
        super().keyPressEvent(event)

