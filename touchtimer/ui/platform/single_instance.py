"""One touchtimer per data folder: a second start hands over to the running one and quits.

The running app holds a ``QLockFile`` in the data folder (so two different ``--data-dir`` folders
are independent) and listens on a ``QLocalServer`` (a Unix-domain socket or a Windows named pipe:
a local channel between two programs of the same user, never a network connection). A second
start cannot take the lock, connects, sends one line of JSON (``{"start": "<routine id>"}``) and
exits; the first raises its window and goes to that routine.

After a crash, Qt sees the lock file's process is gone and lets the next start take it; the socket
file the dead process left behind is removed before listening again.

A data folder that cannot hold the lock (read-only, or a full disk) never stops the app: the lock is
also taken in the user's runtime folder (``$XDG_RUNTIME_DIR``, else the temporary folder), named for
the data folder, and touchtimer runs on whichever it could take. Only a lock held by another running
touchtimer means "hand over". Lock files are private (0600) whatever the umask.

The lock is taken before the window is shown; QtNetwork (for the local server) is loaded only after
the first paint (:meth:`SingleInstance.listen`), so start-up never pays for it. A later start that
comes in between retries for a moment.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLockFile, QObject, QThread, QTimer, Signal

from touchtimer.core.paths import ensure_private_dir

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "touchtimer.lock"
MAX_MESSAGE = 4096


def server_name(data_dir: Path) -> str:
    """The local server's name for ``data_dir``: per user and per folder, short enough for a socket."""
    try:
        folder = str(data_dir.resolve())
    except OSError:
        folder = str(data_dir.absolute())
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:24]
    return f"touchtimer-{digest}"


class SingleInstance(QObject):
    """Call :meth:`claim` first; if it is ``False``, :meth:`hand_over` and quit."""

    #: A later start asked to be shown; the argument is the routine id of ``--start`` or "".
    activated = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.name = server_name(data_dir)
        self._lock: QLockFile | None = None
        self._locks: list[QLockFile] = []
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}
        self._sockets: list[QLocalSocket] = []    # keeps Python's wrappers until Qt is done
        self._pending: list[str] = []

    # -- the first instance -------------------------------------------------------------------

    def lock_files(self) -> list[Path]:
        """Where the locks are: in the data folder, and in the runtime folder, named for it."""
        runtime = os.environ.get("XDG_RUNTIME_DIR")
        if not runtime:
            import tempfile  # only here: it costs start-up about 3 ms to import

            runtime = tempfile.gettempdir()
        return [self.data_dir / LOCK_NAME, Path(runtime) / f"{self.name}.lock"]

    def claim(self, *, listen: bool = True) -> bool:
        """Become the one instance for this folder; ``False`` if another one is running.

        With ``listen=False`` only the lock is taken; call :meth:`listen` later (after the first
        paint) so that later starts can hand over.
        """
        with contextlib.suppress(OSError):    # a folder that can't be made: the runtime lock holds
            ensure_private_dir(self.data_dir)
        held: list[QLockFile] = []
        for path in self.lock_files():
            lock = QLockFile(str(path))
            lock.setStaleLockTime(0)            # stale only when its process is gone, never by age
            if lock.tryLock(0):
                with contextlib.suppress(OSError):
                    os.chmod(path, 0o600)        # QLockFile follows the umask (0666 under umask 000)
                held.append(lock)
            elif lock.error() == QLockFile.LockError.LockFailedError:
                for other in held:               # another touchtimer runs for this folder
                    other.unlock()
                return False
            # else: this place cannot hold a lock (read-only, full); the other one does
        self._locks = held
        self._lock = held[0] if held else None
        if listen:
            self.listen()
        return True

    def listen(self) -> bool:
        """Listen for later starts; ``False`` if that is not possible (they then cannot hand over)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return True
        QLocalServer.removeServer(self.name)    # a socket left by a crashed instance
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # still the only instance (we hold the lock); later starts just cannot hand over
            server.deleteLater()
            return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.setParent(self)               # owned by Qt; deleted only by deleteLater
            self._sockets.append(socket)
            self._buffers[socket] = b""
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(self._on_disconnected)
            if socket.bytesAvailable():
                self._read(socket)

    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _on_disconnected(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._done(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            self._buffers.pop(socket, None)
            socket.abort()
            return
        if b"\n" not in data:
            self._buffers[socket] = data
            return
        self._buffers.pop(socket, None)
        line = data.split(b"\n", 1)[0]
        start = ""
        try:
            message = json.loads(line.decode("utf-8"))
            if isinstance(message, dict) and isinstance(message.get("start"), str):
                start = message["start"][:200]
        except (UnicodeDecodeError, json.JSONDecodeError):
            pass                                 # still a request to be shown
        socket.write(QByteArray(b"ok\n"))
        socket.flush()
        self._announce(start)

    def _done(self, socket: QLocalSocket) -> None:
        unread = self._buffers.pop(socket, None) is not None
        if socket in self._sockets:
            self._sockets.remove(socket)
            socket.deleteLater()
        if unread:
            self._announce("")

    def _announce(self, start: str) -> None:
        # Emitted from the event loop, not from inside the socket's own signal: whatever the
        # receiver does (a modal dialog, a nested loop) then cannot pull the socket out from under it.
        self._pending.append(start)
        QTimer.singleShot(0, self._emit_pending)

    def _emit_pending(self) -> None:
        while self._pending:
            self.activated.emit(self._pending.pop(0))

    def release(self) -> None:
        """Stop listening and give up the lock (at quit)."""
        for socket in self._sockets:
            socket.blockSignals(True)
            socket.abort()
            socket.deleteLater()
        self._sockets.clear()
        self._buffers.clear()
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        for lock in self._locks:
            lock.unlock()
        self._locks = []
        self._lock = None

    # -- a later instance ---------------------------------------------------------------------

    def hand_over(self, start_routine: str | None, *, timeout_ms: int = 3000, attempts: int = 8,
                  confirm: bool = True, retry_ms: int = 250) -> bool:
        """Ask the running instance to show itself (and open ``start_routine``). Blocking, bounded.

        With ``confirm`` it waits for the running instance's answer (another process); without,
        it returns once the request is written (both ends in one thread, as in tests).
        """
        from PySide6.QtNetwork import QLocalSocket

        payload = (json.dumps({"start": start_routine or ""}) + "\n").encode("utf-8")
        for attempt in range(attempts):
            if attempt:
                QThread.msleep(retry_ms)   # the running one may not be listening yet (first paint)
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(timeout_ms):
                socket.write(QByteArray(payload))
                sent = socket.waitForBytesWritten(timeout_ms)
                answered = sent and (not confirm or socket.waitForReadyRead(timeout_ms))
                socket.disconnectFromServer()
                if answered:
                    return True
            else:
                socket.abort()
        return False


def raise_window(window: object) -> None:
    """Bring ``window`` (a QWidget) to the front, un-minimised."""
    from PySide6.QtWidgets import QWidget

    if isinstance(window, QWidget):
        window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()
