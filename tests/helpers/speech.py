"""Voices for tests: Qt's mock engine in this process, and a speech service that never answers."""

from __future__ import annotations

import socket
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from touchtimer.ui.platform.voice import SpeechLimits, Voice

#: Short limits for tests that wait for a voice to be given up on (seconds of real time).
QUICK_LIMITS = SpeechLimits(start=2.0, call=1.0)


def mock_voice(**kwargs: Any) -> Voice:
    """Qt's mock engine, in this process, on a machine whose locale is en_GB (voices Bob and Anne)."""
    return Voice("mock", system_locale="en_GB", **kwargs)


def helper_failing_import(module: str, message: str | None = None) -> list[str]:
    """The speech helper's command, run so that importing ``module`` fails in it with ``message`` (as
    it does when a library the module needs is missing from the machine)."""
    text = message or f"No module named {module!r}"
    code = ("import sys\n"
            "class Refuse:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            f"        if name == {module!r}:\n"
            f"            raise ImportError({text!r})\n"
            "sys.meta_path.insert(0, Refuse())\n"
            "from touchtimer.ui.platform.speech_worker import main\n"
            "sys.exit(main())\n")
    return [sys.executable, "-c", code]


@contextmanager
def silent_socket() -> Iterator[Path]:
    """A Unix socket that accepts connections and never answers (a stuck speech-dispatcher)."""
    with tempfile.TemporaryDirectory(prefix="tt-stuck-") as folder:
        path = Path(folder) / "s.sock"
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            server.bind(str(path))
            server.listen(16)
            yield path
        finally:
            server.close()
