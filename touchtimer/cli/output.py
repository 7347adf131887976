"""Standard output that fails in words: a closed output, a full disk or an input/output error while a
sub-command prints is reported as what happened (``could not write the export: the disk is full``),
with a non-zero exit status, never as an internal error.

:func:`guarded_stdout` puts a thin wrapper in place of ``sys.stdout`` while a sub-command runs; the
commands keep printing as they do. A write or flush that fails raises :class:`OutputError`, which
``touchtimer.cli.commands.main`` turns into one plain line on stderr. A closed pipe (``| head``) is
left as the ``BrokenPipeError`` it is: the reader has all it wanted.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from touchtimer.cli.words import translate, words_text
from touchtimer.core.i18n import QT_TRANSLATE_NOOP

#: What each sub-command writes to standard output, for the message.
WHAT = {
    "export": QT_TRANSLATE_NOOP("CLI", "the export"),
    "history": QT_TRANSLATE_NOOP("CLI", "the history"),
    "routines": QT_TRANSLATE_NOOP("CLI", "the list of routines"),
    "check": QT_TRANSLATE_NOOP("CLI", "the check results"),
    "import": QT_TRANSLATE_NOOP("CLI", "the import summary"),
    "install-desktop": QT_TRANSLATE_NOOP("CLI", "the list of installed files"),
}

_REASONS = {
    errno.EBADF: QT_TRANSLATE_NOOP("CLI", "the output is closed"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("CLI", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("CLI", "the disk quota is used up"),
    errno.EIO: QT_TRANSLATE_NOOP("CLI", "the device reported an input/output error"),
    errno.EROFS: QT_TRANSLATE_NOOP("CLI", "the output is on a read-only file system"),
    errno.EFBIG: QT_TRANSLATE_NOOP("CLI", "the output file is too large"),
}


class OutputError(Exception):
    """Standard output could not be written."""

    def __init__(self, cause: OSError | None) -> None:
        self.cause = cause
        super().__init__(reason(cause))


def reason(exc: OSError | None) -> str:
    """Why standard output could not be written, in words."""
    if exc is None:
        return _REASONS[errno.EBADF]
    words = _REASONS.get(exc.errno or 0)
    detail = exc.strerror or str(exc)
    return f"{words_text(words)} ({detail})" if words else detail


def message(command: str | None, exc: OutputError) -> str:
    what = WHAT.get(command or "") or QT_TRANSLATE_NOOP("CLI", "the output")
    return "touchtimer: " + translate("CLI", "could not write {what}: {why}").format(what=words_text(what),
                                                                                   why=exc)


class _Guarded:
    """``sys.stdout`` for a sub-command: writes and flushes that fail raise :class:`OutputError`.

    ``stream`` is ``None`` when the process started with its standard output closed."""

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        if self._stream is None:
            raise OutputError(None)
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(exc) from exc

    def flush(self) -> None:
        if self._stream is None:
            return
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(exc) from exc

    def __getattr__(self, name: str) -> Any:
        if self._stream is None:
            raise AttributeError(name)
        return getattr(self._stream, name)


def silence(stream: TextIO | None) -> None:
    """Point a failed standard output at ``/dev/null``, so the interpreter's last flush of what is
    still buffered cannot fail again (and print its own error) at exit."""
    if stream is None:
        return
    with contextlib.suppress(OSError, ValueError, AttributeError):
        fd = stream.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, fd)
        os.close(null)


@contextlib.contextmanager
def guarded_stdout() -> Iterator[None]:
    """Run a sub-command with a guarded ``sys.stdout``; everything it printed is flushed before the
    block ends, so a full disk is found here and not at exit."""
    real = sys.stdout
    sys.stdout = _Guarded(real)
    try:
        yield
        sys.stdout.flush()
    except (OutputError, BrokenPipeError):
        silence(real)
        raise
    finally:
        sys.stdout = real
