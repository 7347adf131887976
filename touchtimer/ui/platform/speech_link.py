"""How the app's :class:`~touchtimer.ui.platform.voice.Voice` reaches its speech engine.

:class:`ProcessLink` runs the engine in the speech helper process (:mod:`speech_worker`): requests
go out as JSON lines on the helper's stdin, answers come back on its stdout through ``QProcess``'s
signals, so the GUI thread only ever writes to a pipe and reads what has arrived. :meth:`kill` ends
the helper's whole process group at once (the helper, its speech-dispatcher and the daemon's
modules) without waiting; the private folder it used is removed.

:class:`InlineLink` runs the engine in this process, for Qt's "mock" engine only (the test suite's
voice): it cannot block, and answers come back at once.

Both emit :attr:`received` for every answer and :attr:`ended` (with a reason) if the engine side is
gone when it should not be.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QProcess, Signal

import touchtimer
from touchtimer.ui.platform.speech_engine import SpeechEngine
from touchtimer.ui.platform.speechd_service import FOLDER_PREFIX

#: The longest XDG_RUNTIME_DIR still leaving room for the helper's socket name in a Unix socket path.
_MAX_FOLDER = 70


def helper_command() -> list[str]:
    """The program and arguments that start the speech helper (before its folder and our pid)."""
    return [sys.executable, "-m", "touchtimer.ui.platform.speech_worker"]


def _private_folder() -> Path:
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    base = runtime if runtime and len(runtime) < _MAX_FOLDER and os.path.isdir(runtime) else None
    if base is None and len(tempfile.gettempdir()) >= _MAX_FOLDER:
        base = "/tmp" if os.path.isdir("/tmp") else None
    return Path(tempfile.mkdtemp(prefix=f"{FOLDER_PREFIX}{os.getpid()}-", dir=base))


def _remove(folder: Path) -> None:
    """Remove the helper's folder. Its processes were just sent SIGKILL and may not have gone yet:
    a file they make meanwhile leaves the folder behind, so try again a few times."""
    for _ in range(20):
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            return
        time.sleep(0.05)


class InlineLink(QObject):
    """The engine in this process (the mock engine)."""

    received = Signal(object)
    ended = Signal(str)

    def __init__(self, system_locale: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        locale = QLocale(system_locale) if system_locale is not None else None
        self.engine = SpeechEngine(watch_stalls=False, system_locale=locale, parent=self)
        self.engine.answered.connect(self.received)

    @property
    def pid(self) -> int | None:
        return None

    def send(self, request: dict[str, Any]) -> None:
        self.engine.handle(request)

    def kill(self) -> None:
        if self.engine.tts is not None:
            self.engine.tts.stop()
        self.deleteLater()


class ProcessLink(QObject):
    """The engine in the speech helper process."""

    received = Signal(object)
    ended = Signal(str)

    def __init__(self, command: list[str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = _private_folder()
        self._killed = False
        self._removed = False
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        env = process.processEnvironment()
        if env.isEmpty():
            from PySide6.QtCore import QProcessEnvironment

            env = QProcessEnvironment.systemEnvironment()
        # The helper imports this very copy of touchtimer, wherever it was loaded from.
        here = str(Path(touchtimer.__file__).resolve().parent.parent)
        paths = [here, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
        env.insert("PYTHONPATH", os.pathsep.join(dict.fromkeys(paths)))
        process.setProcessEnvironment(env)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self.process = process
        program, *args = command or helper_command()
        process.start(program, [*args, str(self.folder), str(os.getpid())])

    @property
    def pid(self) -> int | None:
        pid = int(self.process.processId())
        return pid or None

    def send(self, request: dict[str, Any]) -> None:
        if self._killed or self.process.state() == QProcess.ProcessState.NotRunning:
            return
        self.process.write(json.dumps(request).encode("utf-8") + b"\n")

    def _read(self) -> None:
        while self.process.canReadLine():
            raw = bytes(self.process.readLine().data())
            try:
                answer = json.loads(raw)
            except ValueError:
                continue
            if isinstance(answer, dict):
                self.received.emit(answer)

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._remove_folder()
        if not self._killed:
            crashed = status == QProcess.ExitStatus.CrashExit
            self.ended.emit(f"signal {code}" if crashed else f"exit code {code}")

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self._killed:
            self._remove_folder()
            self.ended.emit(self.process.errorString())

    def kill(self) -> None:
        """End the helper and everything it started, now, without waiting for anything."""
        if self._killed:
            return
        self._killed = True
        pid = self.pid
        if pid is not None:
            if hasattr(os, "killpg"):
                # The helper leads its own process group (it calls setsid first thing), so this
                # ends its speech-dispatcher and the daemon's modules too. Before that call the
                # group does not exist yet, and only the helper itself is there to kill.
                with contextlib.suppress(OSError):
                    os.killpg(pid, signal.SIGKILL)
            self.process.kill()
            # Gone once Qt has reaped it; deleting the QProcess sooner would make Qt wait for that.
            self.process.finished.connect(self.deleteLater)
        else:
            self.deleteLater()
        self._remove_folder()

    def _remove_folder(self) -> None:
        if self._removed:
            return
        self._removed = True
        # Off the GUI thread (the disk can be slow); not a daemon thread, so a removal started just
        # before quitting still finishes.
        threading.Thread(target=_remove, args=(self.folder,), name="speech-folder").start()
