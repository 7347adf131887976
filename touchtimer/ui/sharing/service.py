"""The window's side of sharing a history through a folder: when to exchange, off the GUI thread.

:class:`SharingService` runs :func:`touchtimer.core.sharing.exchange.exchange` on a worker thread of
its own, with its own connection to the data file (``open_store`` on the window's store's path), and
hands the :class:`~touchtimer.core.sharing.exchange.SyncResult` back on the GUI thread, where the
window's store announces what changed so every view reads again.

It exchanges at start (:meth:`start`), after each saved session, and when the shared folder changes:
a :class:`QFileSystemWatcher` watches the folder, its ``touchtimer`` folder and the other laptops'
folders (never this laptop's own), and a single-shot timer gathers a burst of changes into one
exchange. Nothing polls: while nothing changes it costs nothing. While a session is on screen
(running, or on its summary) nothing is exchanged; the request waits until it is saved or discarded.

Each problem (a folder missing, read-only, damaged files) is told once, calmly, through
:attr:`SharingService.told` (the window shows it in the status bar); :attr:`status` keeps the last
result for the sharing dialog. Never a dialog that blocks, never a traceback.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words
from touchtimer.core.sharing.exchange import SharingStatus, SyncResult, exchange
from touchtimer.core.sharing.layout import DEVICE_ID, root
from touchtimer.core.storage.store import Store
from touchtimer.ui.platform.qt_delivery import QtDelivery

#: A burst of folder changes (a sync tool writing several files) becomes one exchange this long after
#: the last of them.
SETTLE_MS = 1500


class SharingService(QObject):
    """``SharingService(store_of, folder_of, routines_dir, busy=...)``.

    ``store_of()`` is the window's store now (``None`` while there is none); ``folder_of()`` the shared
    folder chosen in the settings (``None``: sharing is off); ``busy()`` is true while a session is on
    screen. :meth:`request` asks for an exchange (soon, or once the session is saved).
    """

    #: A result arrived (on the GUI thread): the argument is the :class:`SyncResult`.
    finished = Signal(object)
    #: Something to tell the person once (a problem, a skipped file).
    told = Signal(str)

    def __init__(self, store_of: Callable[[], Store | None], folder_of: Callable[[], Path | None],
                 routines_dir: Callable[[], Path | None], *, busy: Callable[[], bool] = lambda: False,
                 now: Callable[[], datetime] = datetime.now, settle_ms: int = SETTLE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store_of = store_of
        self._folder_of = folder_of
        self._routines_dir = routines_dir
        self._busy = busy
        self._now = now
        self.status = SharingStatus()
        #: When the last exchange ended (the clock's wall time), for "last shared at".
        self.last_at: datetime | None = None
        self.exchanges = 0
        self._thread: threading.Thread | None = None
        self._again = False                 # a request came while one was running
        self._waiting = False               # a request came while a session was on screen
        self._deliver = QtDelivery(self)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(settle_ms)
        self.settle.timeout.connect(self.sync_now)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self.folder_changed)

    # -- when -------------------------------------------------------------------------------------

    @property
    def folder(self) -> Path | None:
        return self._folder_of()

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        """Sharing was turned on, the folder changed, or the window started: watch it and exchange."""
        self.watch()
        self.request()

    def request(self) -> None:
        """Exchange now, or as soon as the session on screen is saved or discarded."""
        if self.folder is None:
            return
        if self._busy():
            self._waiting = True
            return
        self.sync_now()

    def session_over(self) -> None:
        """The session on screen was saved or discarded: do the exchange it held back (a save always
        asks for one: the new session goes to the other laptop)."""
        self._waiting = False
        self.request()

    def resume_held(self) -> None:
        """The session on screen was discarded: do an exchange it held back, if any."""
        if self._waiting:
            self.session_over()

    def folder_changed(self, _path: str = "") -> None:
        """The watcher saw a change: watch any new laptop's folder, and exchange once it settles."""
        self.watch()
        if self.folder is not None:
            self.settle.start()

    def watch(self) -> None:
        """Watch the shared folder, its ``touchtimer`` folder and every other laptop's folder."""
        wanted: set[str] = set()
        folder = self.folder
        store = self._store_of()
        own = store.local.device_id if store is not None else None
        if folder is not None:
            top = root(folder)
            wanted = {str(p) for p in (folder, top) if p.is_dir()}
            with contextlib.suppress(OSError):
                for entry in os.scandir(top):
                    if entry.name != own and DEVICE_ID.match(entry.name) and entry.is_dir():
                        wanted.add(entry.path)
        watched = set(self.watcher.directories())
        if watched - wanted:
            self.watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self.watcher.addPaths(sorted(wanted - watched))

    def stop(self) -> None:
        """Sharing was turned off: stop watching (an exchange under way finishes on its own)."""
        self.settle.stop()
        self._waiting = self._again = False
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())

    # -- doing ------------------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start an exchange on the worker thread; ``False`` when there is nothing to do it with.
        One already under way is followed by another when it ends."""
        self.settle.stop()
        store, folder = self._store_of(), self.folder
        if store is None or folder is None or store.path is None:
            return False
        if self._busy():
            self._waiting = True
            return False
        if self._thread is not None:
            self._again = True
            return True
        path, routines = store.path, self._routines_dir()
        thread = threading.Thread(target=self._work, args=(path, folder, routines),
                                  name="touchtimer-sharing", daemon=True)
        self._thread = thread
        thread.start()
        return True

    def _work(self, path: Path, folder: Path, routines: Path | None) -> None:
        from touchtimer.core.storage.store import open_store

        try:
            own = open_store(path)
            try:
                result = exchange(own, folder, routines_dir=routines)
            finally:
                own.close()
        except Exception as exc:  # the data file could not be opened here: said in words
            result = SyncResult(folder, problem=words(QT_TRANSLATE_NOOP(
                "Sharing", "touchtimer's data could not be opened to share it ({reason})"), reason=str(exc)))
        self._deliver(lambda: self._done(result))

    def _done(self, result: SyncResult) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
        self.exchanges += 1
        self.last_at = self._now()
        store = self._store_of()
        if store is not None and result.changes.anything:
            store.announce(result.changes)
        for sentence in self.status.record(result):
            self.told.emit(sentence)
        self.watch()                      # a first exchange may have made the folders to watch
        self.finished.emit(result)
        if self._again:
            self._again = False
            self.request()

    def wait(self, timeout: float = 30.0) -> bool:
        """Wait for an exchange under way (tests, and closing the window); ``True`` when none is."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True
