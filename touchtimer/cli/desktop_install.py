"""Install the desktop entry, metainfo and icon for the current user (``touchtimer install-desktop``).

The files ship inside the package (``touchtimer/assets/desktop``), so this works from an installed
wheel; the repository's top-level ``assets/`` folder links to the same files. They are copied under
``$XDG_DATA_HOME`` (``~/.local/share`` when unset), where desktops look for per-user applications:

- ``applications/io.github.touchtimer.TouchTimer.desktop``
- ``metainfo/io.github.touchtimer.TouchTimer.metainfo.xml``
- ``icons/hicolor/scalable/apps/io.github.touchtimer.TouchTimer.svg``

No Qt here: it runs from the command line without opening a window.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from touchtimer.resources import APP_ID, DESKTOP_FILE, ICON_FILE, METAINFO_FILE, asset_path

__all__ = ["APP_ID", "DESKTOP_FILE", "ICON_FILE", "METAINFO_FILE", "asset_path"]


def xdg_data_home() -> Path:
    env = os.environ.get("XDG_DATA_HOME")
    if env and Path(env).is_absolute():
        return Path(env)
    return Path.home() / ".local" / "share"


@dataclass(frozen=True)
class Target:
    source: str
    relative: Path


TARGETS = (
    Target(DESKTOP_FILE, Path("applications") / DESKTOP_FILE),
    Target(METAINFO_FILE, Path("metainfo") / METAINFO_FILE),
    Target(ICON_FILE, Path("icons/hicolor/scalable/apps") / ICON_FILE),
)


def _quote_exec_arg(arg: str) -> str:
    """Quote one argument for a desktop entry's ``Exec`` key, as the specification asks."""
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


def exec_line() -> str:
    """``touchtimer`` when it is on PATH, else this Python running the package."""
    if shutil.which("touchtimer"):
        return "touchtimer"
    return f"{_quote_exec_arg(sys.executable)} -m touchtimer"


def desktop_text(command: str) -> str:
    lines = asset_path(DESKTOP_FILE).read_text("utf-8").splitlines()
    return "\n".join(f"Exec={command}" if line.startswith("Exec=") else line for line in lines) + "\n"


def install(data_home: Path | None = None, command: str | None = None) -> list[Path]:
    """Copy the three files; return where they went."""
    base = data_home or xdg_data_home()
    written: list[Path] = []
    for target in TARGETS:
        dest = base / target.relative
        dest.parent.mkdir(parents=True, exist_ok=True)
        if target.source == DESKTOP_FILE:
            dest.write_text(desktop_text(command or exec_line()), "utf-8")
        else:
            shutil.copyfile(asset_path(target.source), dest)
        written.append(dest)
    return written


def uninstall(data_home: Path | None = None) -> list[Path]:
    """Remove the files ``install`` wrote; return those that were there."""
    base = data_home or xdg_data_home()
    removed: list[Path] = []
    for target in TARGETS:
        dest = base / target.relative
        if dest.exists():
            dest.unlink()
            removed.append(dest)
    return removed
