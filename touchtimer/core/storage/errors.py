"""What kind of storage problem an exception is, decided from its error code.

:func:`classify_storage_error` is the one place touchtimer decides whether a failed write was a full
disk, a folder it may not write, a busy file, a file it cannot open, an I/O error or a damaged one.
Only ``damaged`` (SQLite's CORRUPT or NOTADB) ever lets touchtimer keep a file aside; every other kind
is the machine's state, which passes, and nothing is moved or replaced for it. It reads
``errno`` for ``OSError`` and ``sqlite_errorcode`` for ``sqlite3.Error``, never the message of an
error that carries a code: ``str(OSError)`` includes the file's path, and a folder called "full" is
not a full disk. Only an error without any code (one raised by hand, or a wrapper whose cause was
dropped) falls back to its words, and then never to a file name.
"""

from __future__ import annotations

import errno
import sqlite3
from typing import Literal

StorageProblem = Literal["full", "read_only", "busy", "cannot_open", "io_error", "damaged", "other"]

_ERRNO: dict[int, StorageProblem] = {
    errno.ENOSPC: "full",
    errno.EDQUOT: "full",
    errno.EROFS: "read_only",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
    errno.EBUSY: "busy",
    errno.EIO: "io_error",
    errno.ENOMEM: "io_error",
}

_SQLITE: dict[int, StorageProblem] = {
    sqlite3.SQLITE_FULL: "full",
    sqlite3.SQLITE_READONLY: "read_only",
    sqlite3.SQLITE_PERM: "read_only",
    sqlite3.SQLITE_BUSY: "busy",
    sqlite3.SQLITE_LOCKED: "busy",
    sqlite3.SQLITE_CANTOPEN: "cannot_open",
    sqlite3.SQLITE_IOERR: "io_error",
    sqlite3.SQLITE_NOMEM: "io_error",
    sqlite3.SQLITE_CORRUPT: "damaged",
    sqlite3.SQLITE_NOTADB: "damaged",
}

# Only for errors that carry no code; checked in this order.
_WORDS: tuple[tuple[tuple[str, ...], StorageProblem], ...] = (
    (("disk is full", "database or disk is full", "no space left", "quota exceeded"), "full"),
    (("readonly", "read-only", "permission denied", "not permitted"), "read_only"),
    (("database is locked", "database table is locked", "busy"), "busy"),
    (("unable to open",), "cannot_open"),
    (("disk i/o error", "input/output error"), "io_error"),
    (("malformed", "not a database"), "damaged"),
)


def _coded(exc: BaseException) -> StorageProblem | None:
    """The kind from ``exc``'s own code (``"other"`` for a code of no special kind); None: no code."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int):
            return _SQLITE.get(code & 0xFF, "other")     # the primary code of an extended one
    elif isinstance(exc, OSError):
        if exc.errno is not None:
            return _ERRNO.get(exc.errno, "other")
        if isinstance(exc, PermissionError):
            return "read_only"
    return None


def _words(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        # An OSError's args never hold its file name (that is in .filename); str() would add it.
        return " ".join(str(a) for a in exc.args if not isinstance(a, int)).lower()
    return str(exc).lower()


def classify_storage_error(exc: BaseException) -> StorageProblem:
    """The kind of storage problem ``exc`` (or the error it was raised from) is."""
    chain: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and seen not in chain and len(chain) < 8:
        chain.append(seen)
        seen = seen.__cause__ or (None if seen.__suppress_context__ else seen.__context__)
    for item in chain:
        kind = _coded(item)
        if kind is not None:
            return kind
    text = _words(exc)
    for words, kind in _WORDS:
        if any(w in text for w in words):
            return kind
    return "other"


#: The machine's state, which passes: never a reason to keep a file aside.
ENVIRONMENT: frozenset[StorageProblem] = frozenset({"full", "read_only", "busy", "cannot_open", "io_error"})


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc``, raised while SQLite read the file, says the file itself is at fault.

    SQLite's CORRUPT or NOTADB, any other error of the file's content ("unsupported file format"
    from a damaged header is a plain SQLITE_ERROR), or text that cannot be decoded; never a full
    disk, a read-only folder or file, a lock, a permission or an I/O error, nor an ``OSError``.
    """
    if isinstance(exc, UnicodeDecodeError):
        return True
    if not isinstance(exc, sqlite3.Error):
        return False
    return classify_storage_error(exc) not in ENVIRONMENT
