"""A parent's way through every page and dialog of the app, for the layout check and screenshots.

:func:`build` makes the window as the app does (wired with a mock voice, a fake tray and D-Bus), with
sample babies and six weeks of history, sized for a screen's available area. :func:`views` then walks
it: each step shows one page or dialog and yields ``(name, widget)`` while it is on screen; the
caller checks it (:func:`tests.helpers.layout_check.check`) and grabs it. Sessions run on a fake clock.

Dialogs reached from the Go and Session menus that this walk does not name (ones added later) are
opened too, so a new dialog is checked without changing this file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QEvent, QRect, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.helpers.fakes import FakeScreenSaver, FakeTray
from touchtimer.app import Wiring, wire_window
from touchtimer.core import paths
from touchtimer.core.babies.ages import Baby, due_from_gestation
from touchtimer.core.clock import FakeClock, FakeScheduler
from touchtimer.core.routines.files import builtin_routines
from touchtimer.core.session.record import SessionRecord, StageRecord
from touchtimer.core.settings import Settings, SettingsLoad
from touchtimer.core.startup import recovered_notice
from touchtimer.core.storage.store import Store, open_store
from touchtimer.ui.main_window import MainWindow
from touchtimer.ui.platform.chimes import Chimes
from touchtimer.ui.platform.voice import Voice

#: The fake clock's day (FakeClock's wall start); the babies' ages are counted from it.
NOW = datetime(2026, 1, 5, 20, 0, tzinfo=UTC)
#: When the sample profiles were made (the store keeps it for a new profile).
CREATED = "2025-12-01T09:00:00+00:00"
#: Actions that open a file chooser or quit: never opened by the walk.
NOT_OPENED = {"app.quit", "go.import_routine", "go.edit_routine", "go.home"}
#: The session pages: the emergency button must be whole and visible on each of them.
SESSION_VIEWS = ("presession-skin", "running-checklist", "running-skin", "running-paused", "summary")


@dataclass
class Scene:
    window: MainWindow
    clock: FakeClock
    scheduler: FakeScheduler
    store: Store
    wiring: Wiring
    voice: Voice

    def advance(self, seconds: float) -> None:
        self.scheduler.advance(seconds)
        self.window.controller.refresh()

    def close(self) -> None:
        self.window.controller.stop()
        self.window.close()
        self.wiring.shutdown()
        self.store.close()


def settle() -> None:
    """Let layouts settle (a few passes of the event loop) and widgets deleted "later" go."""
    for _ in range(4):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def sample_babies(store: Store, today: date) -> None:
    born = today - timedelta(weeks=9)
    store.babies.save(Baby("baby-mia", "Mia", born, due_from_gestation(born, 33, 2)), created_at=CREATED)
    store.babies.save(Baby("baby-sam", "Sam", today - timedelta(days=75), None), created_at=CREATED)


def sample_history(store: Store, today: date) -> None:
    """Two sessions a day for six weeks, with notes and long stage names."""
    with store.batch():
        for back in range(42):
            day = today - timedelta(days=back)
            for n, (hour, kind) in enumerate(((9, "skin_to_skin"), (19, "massage"))):
                start = datetime(day.year, day.month, day.day, hour, 10, tzinfo=UTC)
                if kind == "skin_to_skin":
                    stages = [StageRecord(0, "Breathe first, then settle in", None, 120, 125, "done"),
                              StageRecord(1, "Close time", None, None, (30 + back % 4 * 15) * 60, "done"),
                              StageRecord(2, "Ending", None, 60, 0, "not_reached")]
                else:
                    stages = [StageRecord(0, "Ask first", None, 30, 30, "done"),
                              StageRecord(1, "Legs and feet: left", "left", 120, 8, "skipped"),
                              StageRecord(2, "Back", None, 120, 65, "stopped")]
                seconds = sum(s.actual_seconds for s in stages)
                store.sessions.save(SessionRecord(
                    id=f"sample-{back}-{n}", routine_id="close-time" if n == 0 else "full-routine",
                    routine_title="Close time" if n == 0 else "Full routine", kind=kind, started_at=start,
                    ended_at=start + timedelta(seconds=seconds), local_date=day, planned_seconds=None,
                    actual_seconds=seconds, status="completed" if n == 0 else "ended_early", stages=stages,
                    baby_ids=["baby-mia"], baby_response="calm", mood_before=3, mood_after=4,
                    notes="Fell asleep on my chest after the first feed." if back % 3 == 0 else ""))


def build(folder: Path, available: QRect, settings: Settings, language: str = "en") -> Scene:
    """The app's window on a screen whose available area is ``available``, with sample data and the
    built-in routines in ``language`` (as the app loads them in that language)."""
    from touchtimer.core.routines.translations import localize
    from touchtimer.ui.window.geometry import place

    clock = FakeClock(wall_start=NOW)
    scheduler = FakeScheduler(clock)
    store = open_store(folder / "touchtimer.sqlite3")
    today = NOW.date()
    sample_babies(store, today)
    sample_history(store, today)
    routines = builtin_routines()
    routines.routines = [localize(routine, language) for routine in routines.routines]
    window = MainWindow(store, routines, settings, clock, lambda _parent: scheduler,
                        routines_dir=paths.routines_dir(folder))
    window.routines_dir.mkdir(parents=True, exist_ok=True)   # type: ignore[union-attr]
    voice = Voice("mock")
    wiring = wire_window(window, SettingsLoad(settings), folder / "config", voice=voice,
                         chimes=Chimes(has_output=lambda: True), screen_port=FakeScreenSaver(),
                         tray=FakeTray())
    place(window, available, settings)
    window.make_pages()
    settle()
    return Scene(window, clock, scheduler, store, wiring, voice)


def emergency_problems(window: MainWindow) -> list[str]:
    """On a session page the emergency button is whole and can be seen (not scrolled or cut away)."""
    from PySide6.QtWidgets import QPushButton

    from tests.helpers.layout_check import whole_and_visible

    text = window.registry["session.emergency"].text().replace("&", "")
    buttons = [b for b in window.findChildren(QPushButton)
               if b.text().replace("&", "") == text and b.isVisible()]
    if not buttons:
        return ["hidden: no emergency button can be seen"]
    return [f"hidden: the emergency button: {why}" for b in buttons if (why := whole_and_visible(b))]


def _open_dialogs() -> list[QDialog]:
    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QDialog) and widget.isVisible()]


def _closer(window: MainWindow) -> Callable[[], None]:
    """Closes a file chooser or message box an action opened with its own event loop (it would wait for
    a person); a dialog the window opened (``window.dialog``) stays, to be checked."""

    def close() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QDialog) and widget not in (window.dialog, window.confirmation):
            widget.reject()

    return close


def views(scene: Scene) -> Iterator[tuple[str, QWidget]]:
    """Show every page and dialog in turn; yield ``(name, widget)`` while each is on screen."""
    w = scene.window
    seen: set[str] = set()

    def dialog(name: str, open_it: Callable[[], object]) -> Iterator[tuple[str, QWidget]]:
        before = set(_open_dialogs())
        open_it()
        settle()
        shown = w.dialog or w.confirmation or next((d for d in _open_dialogs() if d not in before), None)
        if shown is None:
            return
        seen.add(name)
        yield name, shown
        shown.reject()
        settle()

    w.show_page("home")
    w.statusBar().clearMessage()          # "Session discarded." from the last walk is not part of Home
    w.home.baby_box.setCurrentIndex(max(0, w.home.baby_box.findData("baby-mia")))
    w.home.select_routine("close-time")
    settle()
    yield "home", w
    # The app's own notice for a session that stopped unexpectedly, in the window's language.
    chosen = w.home.selected_routine()
    record = SimpleNamespace(routine_title=chosen.title if chosen else "", started_at=NOW - timedelta(days=1))
    w.show_notice(recovered_notice(SimpleNamespace(  # type: ignore[arg-type]
        record=record, checkpoint=SimpleNamespace(finished=False, total_elapsed=754.0))))
    settle()
    yield "home-notice", w
    w.home.show_message("")

    for name, action in (("settings", "app.settings"), ("babies", "go.babies"), ("shortcuts", "view.help")):
        yield from dialog(name, lambda action=action: w.registry.trigger(action))
    yield from dialog("routine-editor", w.edit_routine)
    for action in list(w.registry):
        if action.split(".")[0] in ("go", "app", "help") and action not in NOT_OPENED and action not in (
                "app.settings", "go.babies", "go.history", "app.checkin"):
            QTimer.singleShot(0, _closer(w))
            yield from dialog(action, lambda action=action: w.registry.trigger(action))
            w.show_page("home")

    w.registry.trigger("go.history")
    history = w.pages["history"]
    settle()
    history.select_session("sample-0-1")      # type: ignore[attr-defined]
    settle()
    yield "history", w
    history.import_result.show_problems(      # type: ignore[attr-defined]
        "sessions.json was not imported and nothing was changed. Here is what needs fixing:",
        ["session 4, stage 2: the time spent must be a whole number of seconds",
         "session 7: the day it ended is before the day it started"])
    settle()
    yield "history-notice", w
    history.import_result.hide()              # type: ignore[attr-defined]
    yield from dialog("summary-options", history.pdf_button.click)     # type: ignore[attr-defined]
    w.show_page("home")

    w.open_routine("full-routine")
    settle()
    yield "presession-massage", w
    w.open_routine("close-time")
    settle()
    yield "presession-skin", w
    w.presession.start_button.click()
    scene.advance(70)                          # baby is placed: the safe-position checklist asks
    settle()
    yield "running-checklist", w
    w.registry.trigger("session.confirm_checks")
    scene.advance(60 + 15 * 60 + 12)           # settle in, then a quarter of an hour of close time
    w.running.benefit_toggle.setChecked(True)
    settle()
    yield "running-skin", w
    yield from dialog("emergency", lambda: w.registry.trigger("session.emergency"))
    w.registry.trigger("session.pause")
    settle()
    yield "running-paused", w
    yield from dialog("confirm-end", w.ask_end)
    w.registry.trigger("session.pause")
    w.controller.runner.end()
    settle()
    yield "summary", w
    yield from dialog("checkin", w.open_checkin)
    w.discard_session()

    w.home.select_routine("full-routine")
    w.open_routine("full-routine")
    w.presession.wait_box.setChecked(True)
    w.presession.start_button.click()
    scene.advance(40)                          # "Ask first" is done; waiting for the parent
    settle()
    yield "running-waiting", w
    w.controller.runner.end()
    w.discard_session()
    settle()
