"""The speech helper: a small process that owns the speech engine, so the app's window never waits.

Run as ``python -m touchtimer.ui.platform.speech_worker FOLDER PARENT_PID`` by
:class:`touchtimer.ui.platform.speech_link.ProcessLink`. It reads one JSON request a line on stdin,
hands it to :class:`~touchtimer.ui.platform.speech_engine.SpeechEngine`, and writes every answer as
one JSON line on stdout. It ends when stdin closes (the app quit or gave up), and stops the private
speech-dispatcher it started (:mod:`speechd_service`) on the way out.

Why a process and not a thread: measured on this project's machine (PySide6 6.11, libspeechd 0.11),
``QTextToSpeech("speechd")`` facing a socket that accepts and never answers blocks for good inside
libspeechd (``spd_open`` waits for the reply to its first command with no time limit), and it
blocks *holding Python's GIL*: with the engine made in a ``QThread`` or a Python thread, the GUI
thread froze just the same (a 5-ms timer in the main thread never fired again, nor did a plain
``time.sleep`` loop). A blocked thread can be neither interrupted nor killed; a process can. The app
gives every request a time limit and, past it, kills this helper's whole process group (the helper
calls ``setsid`` first), which takes the speech-dispatcher and its modules with it.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from touchtimer.ui.platform.speech_engine import SpeechEngine
from touchtimer.ui.platform.speechd_service import (
    PrivateSpeechd,
    client_environment,
    die_with_parent,
    sweep_stale_folders,
    wants_private_service,
)


class _Lines(QObject):
    """Lines read from stdin by a plain thread, delivered to the main thread by a queued signal."""

    line = Signal(bytes)
    closed = Signal()

    def read_forever(self) -> None:
        for raw in sys.stdin.buffer:
            self.line.emit(raw)
        self.closed.emit()


def _write(answer: dict[str, Any]) -> None:
    try:
        sys.stdout.buffer.write(json.dumps(answer).encode("utf-8") + b"\n")
        sys.stdout.buffer.flush()
    except (BrokenPipeError, ValueError):   # the app is gone: nothing to tell, nothing to keep
        os._exit(0)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0])
    parent = int(args[1]) if len(args) > 1 else 0
    if hasattr(os, "setsid"):
        os.setsid()               # its own process group: the app can stop everything it starts
    die_with_parent()
    if parent and os.getppid() != parent:
        return 0                  # the app ended before this helper was fully up
    sweep_stale_folders(folder.parent, keep=folder)   # left by an app that was killed
    service = PrivateSpeechd(folder)

    def prepare(engine: str | None, engines: list[str]) -> tuple[str, str] | None:
        private = wants_private_service(engine, engines)
        problem = service.start() if private else None
        if problem is None:
            os.environ.update(client_environment(service if private else None, folder))
        return problem

    app = QCoreApplication(["touchtimer-speech"])
    engine = SpeechEngine(prepare=prepare)
    engine.answered.connect(_write)
    lines = _Lines()

    def received(raw: bytes) -> None:
        try:
            request = json.loads(raw)
        except ValueError:
            return
        if isinstance(request, dict):
            engine.handle(request)

    lines.line.connect(received)
    lines.closed.connect(app.quit)
    threading.Thread(target=lines.read_forever, name="stdin", daemon=True).start()
    _write({"event": "alive", "pid": os.getpid()})
    try:
        app.exec()
    finally:
        service.stop()
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)   # skip Qt's and Python's teardown: nothing is left to save
