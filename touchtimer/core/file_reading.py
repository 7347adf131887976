"""Reading a file touchtimer did not write itself, so that no file can block or exhaust it.

Every file touchtimer reads (routine files, the settings file, an export to import, the discard
list) comes through :func:`read_small_file`. It opens without waiting (``O_NONBLOCK``: opening a
FIFO never hangs, a device never blocks), checks on the open file that it is a regular file (not a
FIFO, a device such as ``/dev/zero``, a socket or a folder, whatever link led there), checks its
size, and reads at most one byte past the limit, so a file that grows while it is read can't fill
the memory either. Every refusal is a :class:`FileRefused` with a plain reason.

Deep nesting (``[[[[...]]]]`` in TOML or JSON) is the parsers' business: :data:`PARSE_ERRORS` is what
they raise for it, for callers to catch as an ordinary "this file has a problem".
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words

#: What a parser raises for a document nested too deeply to read (Python's json and tomllib
#: recurse; past the interpreter's limit they raise RecursionError, not their own error).
PARSE_ERRORS = (RecursionError, MemoryError)


class FileRefused(OSError):
    """The file was not read: ``reason`` says why, in words (it is not a regular file, too large)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(reason)
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return QT_TRANSLATE_NOOP("Files", "it is a folder, not an ordinary file")
    if stat.S_ISFIFO(mode):
        return QT_TRANSLATE_NOOP("Files", "it is a pipe (FIFO), not an ordinary file")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return QT_TRANSLATE_NOOP("Files", "it is a device, not an ordinary file")
    if stat.S_ISSOCK(mode):
        return QT_TRANSLATE_NOOP("Files", "it is a socket, not an ordinary file")
    return QT_TRANSLATE_NOOP("Files", "it is not a regular file, not an ordinary file")


def _size(limit: int) -> str:
    if limit >= 1024 * 1024 and limit % (1024 * 1024) == 0:
        return f"{limit // (1024 * 1024)} MiB"
    if limit >= 1024 and limit % 1024 == 0:
        return f"{limit // 1024} KiB"
    return f"{limit:,} bytes"


def read_small_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Raises :class:`FileRefused` (an ``OSError``) for anything that is not a regular file or is
    larger than ``limit``, and the usual ``OSError`` (``FileNotFoundError``, ``PermissionError``...)
    when it cannot be opened.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise FileRefused(path, QT_TRANSLATE_NOOP("Files", "it is a folder, not a file")) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(path, _kind(info.st_mode))
        if info.st_size > limit:
            raise FileRefused(path, words(QT_TRANSLATE_NOOP(
                "Files", "it is too large ({size} bytes; at most {limit})"), size=f"{info.st_size:,}",
                limit=_size(limit)))
        chunks: list[bytes] = []
        got = 0
        while got <= limit:
            chunk = os.read(fd, min(1024 * 1024, limit + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
    finally:
        os.close(fd)
    if got > limit:
        raise FileRefused(path, words(QT_TRANSLATE_NOOP("Files", "it is too large (more than {limit})"),
                                      limit=_size(limit)))
    return b"".join(chunks)
