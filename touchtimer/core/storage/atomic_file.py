"""Writing files that hold personal records: readable by this user only.

Every file touchtimer writes for the person (exports, a session saved as a file, the summary PDF,
settings) goes through here, so none is ever left world-readable.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from pathlib import Path

PRIVATE_FILE_MODE = 0o600


def write_file_atomically(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8, newlines as given) to ``path`` whole, readable by this user only.

    It goes to a private temporary file in the same folder (``mkstemp`` makes it 0600), is flushed
    to the disk, then renamed over ``path``: a crash leaves the old file or the new one, never half
    of one, and no temporary is left behind. Raises ``OSError``.
    """
    fd, tmp = tempfile.mkstemp(prefix=".touchtimer-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def create_private_file(path: Path) -> Path:
    """Create ``path`` empty (or empty it) with mode 0600, for a writer that cannot be given a mode.

    A writer that opens the file afterwards (Qt's PDF writer) truncates it and keeps that mode.
    Raises ``OSError``.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    try:
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE_MODE)     # an existing file keeps its old mode otherwise
    finally:
        os.close(fd)
    return path


def ensure_private_file(path: Path) -> Path:
    """Create ``path`` empty, readable by this user only; an existing file is left as it is.

    The database is made this way before SQLite opens it (its -wal and -shm files take its
    permissions), and so are the backups' partial copies. Raises ``OSError``.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return path
    os.close(fd)
    if os.name == "posix":
        with suppress(OSError):
            os.chmod(path, PRIVATE_FILE_MODE)  # in case the umask took bits away that 0o600 needs
    return path
