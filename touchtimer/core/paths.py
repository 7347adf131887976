"""Where touchtimer keeps its files. Every platformdirs call lives here.

The data folder can be overridden with ``--data-dir DIR`` (passed in as ``override``) or the
``TOUCHTIMER_DATA_DIR`` environment variable; the config folder with ``TOUCHTIMER_CONFIG_DIR``.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "touchtimer"
DB_FILENAME = "touchtimer.sqlite3"
DATA_ENV = "TOUCHTIMER_DATA_DIR"
CONFIG_ENV = "TOUCHTIMER_CONFIG_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: ``override``, else ``$TOUCHTIMER_DATA_DIR``, else the platform's own."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def database_path(folder: Path) -> Path:
    return folder / DB_FILENAME


def routines_dir(folder: Path) -> Path:
    """Where the parent's own routine files live."""
    return folder / "routines"


def backups_dir(folder: Path) -> Path:
    return folder / "backups"


def ensure_private_dir(folder: Path) -> Path:
    """Create ``folder`` (and any missing parents) readable by this user only, whatever the umask
    (``mkdir``'s mode is only for the last folder, and the umask is taken from it)."""
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):     # made meanwhile by another process
            path.mkdir(mode=0o700)
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.chmod(path, 0o700)
    if not folder.is_dir():
        folder.mkdir()                                 # raises the reason (a file is in the way)
    if os.name == "posix":
        with contextlib.suppress(OSError):  # a folder we do not own; using it is still fine
            os.chmod(folder, 0o700)
    return folder
