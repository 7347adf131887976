"""The one place that builds the core objects and the Qt adapters and wires them together.

Start-up shows the window first; the store is opened, the routines are loaded and the rest is wired
right after the first paint (:func:`touchtimer.ui.first_paint.after_first_paint`). Heavy Qt modules
(multimedia, speech, charts, D-Bus) are never imported here: the cue player, the screen-awake helper
and the tray load them on first use.

Each piece of wiring is one small function taking the window (``attach_cues``, ``attach_tray``,
``add_settings_entry``, ...); :func:`wire_window` calls them all. Tests call the same functions with
fakes (a mock voice, a fake D-Bus screensaver, a fake tray).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from touchtimer.core.settings import SettingsLoad
    from touchtimer.ui.main_window import MainWindow
    from touchtimer.ui.platform.chimes import Chimes
    from touchtimer.ui.platform.cue_player import CuePlayer
    from touchtimer.ui.platform.screen_awake import InhibitPort, ScreenAwake
    from touchtimer.ui.platform.tray import SessionTray
    from touchtimer.ui.platform.voice import Voice
    from touchtimer.ui.settings.data_deletion import DataDeletion

from touchtimer.ui.window.desktop import (
    attach_announcements,
    attach_media_keys,
    attach_screen_awake,
    attach_tray,
)


def load_data(window: MainWindow, data_dir: Path, start_routine: str | None = None) -> bool:
    """Open the store, load the routines and honour ``--start``. The window always opens: a problem
    with the data is said in the window (and printed for anyone running from a terminal), the
    history is shown read-only when it can't be written, and the file is tried again every
    ``ui/data_retry.RETRY_MS`` until it can. Never a traceback.
    """
    from touchtimer.core import paths
    from touchtimer.core.routines.files import load_all
    from touchtimer.core.startup import open_data
    from touchtimer.ui import translation
    from touchtimer.ui.data_retry import keep_trying, stand_in

    try:
        # A damaged file is kept aside and what can be read is recovered; a file that can't be
        # written just now is opened read-only; sessions whose process died are recorded as
        # interrupted (core/startup.py).
        opened = open_data(data_dir, now=window.clock.wall)
    except Exception as exc:  # the last safety net: said in words, and the window still opens
        opened = stand_in(exc)
    store = opened.store
    routines = load_all(paths.routines_dir(data_dir), language=translation.language())
    for error in routines.errors:
        print(f"touchtimer: skipped a routine file: {error}", file=sys.stderr)
    window.set_data(store, routines, routines_dir=paths.routines_dir(data_dir))
    for notice in opened.notices:
        print(f"touchtimer: {notice}", file=sys.stderr)
        window.show_notice(notice)
    if opened.waiting:
        keep_trying(window, opened)
    if start_routine and not window.open_routine(start_routine):
        print(f"touchtimer: there is no routine with the id '{start_routine}'; "
              "'touchtimer routines' lists them", file=sys.stderr)
    return True


# -- the pieces of wiring ------------------------------------------------------------------------------

def silent_cues_line(player: CuePlayer) -> str:
    """One short line for the status bar saying which cues are silent; the settings dialog says why."""
    from PySide6.QtCore import QCoreApplication

    voice = player.planner.voice_on and bool(player.voice.problem)
    chimes = player.planner.chimes_on and bool(player.chimes.problem)
    if voice and chimes:
        return QCoreApplication.translate(
            "App", "Spoken cues and chimes are silent on this computer. Session ▸ Settings… says why.")
    if voice:
        return QCoreApplication.translate(
            "App", "Spoken cues are silent on this computer; chimes still play. "
                   "Session ▸ Settings… says why.")
    if chimes:
        return QCoreApplication.translate("App", "Chimes are silent on this computer. "
                                                 "Session ▸ Settings… says why.")
    return ""


def attach_cues(window: MainWindow, *, voice: Voice | None = None, chimes: Chimes | None = None) -> CuePlayer:
    """Voice and chimes for every session, made ready when a routine's checklist is shown; that cues
    are silent is said once for each reason, in the status bar (short enough to fit), and why in the
    settings dialog."""
    from touchtimer.ui.platform.cue_player import CuePlayer

    player = CuePlayer(window.settings, window.clock, voice=voice, chimes=chimes, parent=window)
    player.attach(window.controller.runner)
    told: set[str] = set()

    def tell(status: str) -> None:
        # Each new reason once (the voice may be lost in the middle of a session, after the start).
        if status and status not in told:
            told.add(status)
            print(f"touchtimer: {status}", file=sys.stderr)
            window.statusBar().showMessage(silent_cues_line(player) or status)

    player.status_changed.connect(tell)

    def get_ready(_index: int) -> None:
        # Sound and speech get ready while the parent reads the checklist, so starting the session
        # pays for neither (about 20 ms of chime set-up and the speech helper's launch, measured), and
        # the first words are not held up by the helper's start-up (1.5 s).
        if window.current_page() == "presession" and not window.controller.active:
            player.probe()

    # Quiet mode (Q) reaches the cues at once: the player reads the window's own settings.
    window.registry["session.quiet"].toggled.connect(lambda _on: player.set_settings(window.settings))
    window.stack.currentChanged.connect(get_ready)
    get_ready(-1)            # ``touchtimer --start ROUTINE`` shows the checklist before this wiring
    return player


def add_data_deletion(window: MainWindow, data_dir: Path | None = None) -> DataDeletion | None:
    """"Delete all my data" for the settings dialog; ``None`` when the data folder is not known (the
    store is not ``DATA_DIR/touchtimer.sqlite3``, e.g. an unusable folder's stand-in store)."""
    from touchtimer.core.paths import DB_FILENAME
    from touchtimer.ui.settings.data_deletion import DataDeletion

    if data_dir is None:
        path = window.store.path if window.store is not None else None
        if path is None or path.name != DB_FILENAME:
            return None
        data_dir = path.parent
    return DataDeletion(window, data_dir)


def add_settings_entry(window: MainWindow, loaded: SettingsLoad, config_dir: Path, player: CuePlayer,
                       deletion: DataDeletion | None = None) -> Any:
    """Session ▸ Settings… (Ctrl+,): saved settings are shown at once and reach the cue player.

    With ``deletion``, the dialog also offers "Delete all my data…" (never while a session is on)."""
    from PySide6.QtCore import QCoreApplication

    from touchtimer.core.settings import SettingsLoad
    from touchtimer.ui.settings.dialog import SettingsDialog

    problems = list(loaded.problems)   # the file's problems, until the settings are saved once

    def make(parent: Any) -> SettingsDialog:
        dialog = SettingsDialog(SettingsLoad(window.settings, problems), config_dir, player, parent,
                                clock=window.clock)
        dialog.saved.connect(applied)
        if window.sharing is not None:
            from touchtimer.ui.sharing.wiring import sharing_row

            dialog.add_section(sharing_row(window, dialog))
        if deletion is not None:
            dialog.offer_data_deletion(*deletion.available())
            dialog.delete_data_requested.connect(lambda: deletion.ask(dialog))
            deletion.deleted.connect(dialog.reject)      # done: back to the window and its notice
        return dialog

    def applied(settings: Any) -> None:
        from touchtimer.core.storage.changes import Changes

        problems.clear()
        window.apply_settings(settings)
        player.set_settings(window.settings)
        if window.store is not None:
            window.store.announce(Changes(settings=True))      # the history's daily aim, say

    def t(text: str) -> str:
        return QCoreApplication.translate("App", text)

    return window.add_app_dialog("settings", QCoreApplication.translate("App", "S&ettings…"),
                                 make, QCoreApplication.translate(
                                     "App", "Cues, voice, volumes, theme, daily target and more"), "Ctrl+,")


def show_settings_problems(window: MainWindow, loaded: SettingsLoad) -> None:
    """Say once, on Home, that some saved settings could not be used (the dialog lists them too)."""
    from PySide6.QtCore import QCoreApplication

    for problem in loaded.problems:
        print(f"touchtimer: settings: {problem}", file=sys.stderr)
    if loaded.problems:
        text = QCoreApplication.translate(
            "App", "Some saved settings could not be used: {0}. "
                   "Session ▸ Settings… lists them; saving there puts the settings file right.")
        window.show_notice(text.replace("{0}", "; ".join(loaded.problems)))


def add_babies_entry(window: MainWindow) -> Any:
    """Go ▸ Babies… (also Home's Babies… button); Home follows its changes through the store's feed."""
    from PySide6.QtCore import QCoreApplication

    from touchtimer.ui.babies.dialog import BabiesDialog

    def make(parent: Any) -> BabiesDialog:
        assert window.store is not None
        dialog = BabiesDialog(window.store, parent, today=window.clock.wall().astimezone().date())
        dialog.baby_added.connect(lambda baby_id: window.home.choose_babies([baby_id]))   # Home follows
        return dialog

    return window.add_dialog("babies", QCoreApplication.translate("App", "&Babies…"), make,
                             QCoreApplication.translate("App", "Add a baby, or change a baby's details"))


def add_history_entry(window: MainWindow, config_dir: Path) -> Any:
    """Go ▸ History (Ctrl+H): past sessions, daily totals, export, import and the PDF summary.

    The view is built the first time it is opened, so start-up never pays for it; it follows the
    store's change feed (saved sessions, babies, settings, a replaced store), and a changed daily
    target is kept in the window's settings.
    """
    from PySide6.QtCore import QCoreApplication

    def make() -> Any:
        from touchtimer.ui.history.view import HistoryView

        assert window.store is not None
        return HistoryView(window.store, window.settings, clock=window.clock, settings_folder=config_dir)

    return window.add_lazy_page("history", QCoreApplication.translate("App", "&History"), make,
                                QCoreApplication.translate("App", "Past sessions, daily totals, export "
                                                                  "and a printable summary"), "Ctrl+H")


@dataclass
class Wiring:
    """What :func:`wire_window` made, so :func:`run` can shut it down and tests can reach it."""

    cues: CuePlayer
    awake: ScreenAwake
    tray: SessionTray
    actions: dict[str, Any] = field(default_factory=dict)

    def shutdown(self) -> None:
        """On quit: release the screen, hide the tray icon, stop speaking and end the speech helper."""
        self.awake.shutdown()
        if self.actions.get("media_keys") is not None:
            self.actions["media_keys"].shutdown()
        self.tray.hide()
        self.cues.detach()
        self.cues.shutdown()


def attach_crash_safety(window: MainWindow) -> Any:
    """What a person is told or asked about crash safety (the session checkpoints itself): the sleep
    question, the offer to continue or save a session after a crash, save problems and today's backup."""
    from touchtimer.ui.session.crash_safety import attach_crash_safety as attach

    return attach(window)


def wire_window(window: MainWindow, loaded: SettingsLoad, config_dir: Path, *, voice: Voice | None = None,
                chimes: Chimes | None = None, screen_port: InhibitPort | None = None,
                tray: Any = None, data_dir: Path | None = None, media_bus: Any = None) -> Wiring:
    """Everything the window is joined to once its data is there. ``loaded.settings`` is the
    window's own settings object, so the cue player and the window always agree."""
    from touchtimer.ui.widgets.wheel_guard import install

    install()    # after the first paint: a Python filter of every event costs start-up, and no wheel
    #              turns before the window is there
    cues = attach_cues(window, voice=voice, chimes=chimes)
    wiring = Wiring(cues, attach_screen_awake(window, screen_port), attach_tray(window, tray))
    deletion = add_data_deletion(window, data_dir)
    wiring.actions["data_deletion"] = deletion
    wiring.actions["settings"] = add_settings_entry(window, loaded, config_dir, cues, deletion)
    wiring.actions["babies"] = add_babies_entry(window)
    from touchtimer.ui.sharing.wiring import add_people_entry, attach_sharing
    wiring.actions.update(people=add_people_entry(window), sharing=attach_sharing(window))
    wiring.actions["history"] = add_history_entry(window, config_dir)
    wiring.actions["crash_safety"] = attach_crash_safety(window)
    wiring.actions["announcements"] = attach_announcements(window)
    wiring.actions["media_keys"] = attach_media_keys(window, media_bus)
    show_settings_problems(window, loaded)
    return wiring


# -- running ------------------------------------------------------------------------------------------

def app_icon() -> Any:
    """The window's icon (``QIcon``) from the packaged PNGs; each size is read when it is first used."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from touchtimer.resources import icon_paths

    icon = QIcon()
    for size, path in icon_paths().items():
        icon.addFile(str(path), QSize(size, size))
    return icon


def run(data_dir: Path, start_routine: str | None = None) -> int:
    import gc

    # No cyclic garbage collection until the first frame is on screen: start-up makes many objects
    # and frees few, and the collector's passes over them cost about 5 ms (docs/performance.md).
    gc.disable()
    from PySide6.QtWidgets import QApplication

    from touchtimer.core import paths
    from touchtimer.core.clock import SystemClock
    from touchtimer.core.settings import Settings, load_settings, save_settings
    from touchtimer.resources import APP_ID
    from touchtimer.ui.first_paint import after_first_paint
    from touchtimer.ui.main_window import MainWindow
    from touchtimer.ui.platform.qt_scheduler import QtScheduler
    from touchtimer.ui.platform.qt_start import application
    from touchtimer.ui.platform.single_instance import SingleInstance, raise_window
    from touchtimer.ui.window.geometry import place

    existing = QApplication.instance()
    # A missing system library or display is said in words, not as Qt's abort (ui/platform/qt_start.py).
    app = existing if isinstance(existing, QApplication) else application(sys.argv[:1])
    app.setApplicationName("touchtimer")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())   # every window's icon; X11 gets it as _NET_WM_ICON

    instance = SingleInstance(data_dir)
    if not instance.claim(listen=False):   # touchtimer already runs for this folder: hand over, quit
        if instance.hand_over(start_routine):
            return 0
        print("touchtimer: it is already running for this data folder but did not answer; "
              "please close it and start again", file=sys.stderr)
        return 1
    app.aboutToQuit.connect(instance.release)

    config_dir = paths.config_dir()
    loaded = load_settings(config_dir)
    # The language, before any widget exists: every page is built in it (ui/translation.py).
    from touchtimer.ui.translation import install as install_language

    install_language(loaded.settings.language)

    def persist(settings: Settings) -> None:
        from touchtimer.core.storage.changes import Changes

        save_settings(config_dir, settings)
        if window.store is not None:
            window.store.announce(Changes(settings=True))

    window = MainWindow(None, None, loaded.settings, SystemClock(), QtScheduler, save_settings=persist)
    screen = app.primaryScreen()
    if screen is not None:
        place(window, screen.availableGeometry(), loaded.settings)   # within the screen, its size there
    else:
        window.show()

    def activated(routine_id: str) -> None:
        raise_window(window)
        if routine_id and window.store is not None and not window.controller.active:
            window.open_routine(routine_id)

    instance.activated.connect(activated)
    status: dict[str, Any] = {"code": 0, "wiring": None}

    def load() -> None:
        gc.enable()
        if not load_data(window, data_dir, start_routine):
            status["code"] = 1
            app.quit()
            return
        instance.listen()   # after the first paint: QtNetwork is not needed to show the window
        status["wiring"] = wire_window(window, loaded, config_dir, data_dir=data_dir)
        window.make_pages()  # now, so choosing a routine never waits for its page

    after_first_paint(window, load)
    code = app.exec()
    gc.enable()
    if status["wiring"] is not None:
        status["wiring"].shutdown()
    window.finish_writes()          # what the session writer still has reaches the disk first
    if window.store is not None:
        window.store.close()
    return int(status["code"] or code)
