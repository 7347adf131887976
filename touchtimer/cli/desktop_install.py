"""Install the desktop entry, metainfo and icons for the current user (``touchtimer install-desktop``).

The files ship inside the package (``touchtimer/assets/desktop`` and ``touchtimer/assets/icons``), so
this works from an installed wheel; the repository's top-level ``assets/`` folder links to the same
files. They are copied under ``$XDG_DATA_HOME`` (``~/.local/share`` when unset), where desktops look
for per-user applications:

- ``applications/io.github.touchtimer.TouchTimer.desktop``
- ``metainfo/io.github.touchtimer.TouchTimer.metainfo.xml``
- ``icons/hicolor/scalable/apps/io.github.touchtimer.TouchTimer.svg``
- ``icons/hicolor/<N>x<N>/apps/io.github.touchtimer.TouchTimer.png`` for every packaged size

The entry's ``Exec`` is an absolute path (the ``touchtimer`` launcher installed beside this Python,
else this Python with ``-m touchtimer``), so the menu starts the same touchtimer whether or not its
folder is on the desktop session's PATH. Files are written 0644 and the folders made for them 0755,
whatever the umask; ``uninstall`` removes every file ``install`` writes (the folders stay: they are
the desktop's own).

No Qt here: it runs from the command line without opening a window.
"""

from __future__ import annotations

import os
import sys
import sysconfig
import tempfile
from dataclasses import dataclass
from pathlib import Path

from touchtimer.cli.words import translate
from touchtimer.resources import APP_ID, DESKTOP_FILE, ICON_FILE, METAINFO_FILE, asset_path, icon_paths

__all__ = ["APP_ID", "DESKTOP_FILE", "ICON_FILE", "METAINFO_FILE", "asset_path"]

FILE_MODE = 0o644
DIR_MODE = 0o755
LAUNCHER = "touchtimer"


def xdg_data_home() -> Path:
    env = os.environ.get("XDG_DATA_HOME")
    if env and Path(env).is_absolute():
        return Path(env)
    return Path.home() / ".local" / "share"


@dataclass(frozen=True)
class Target:
    source: Path
    relative: Path


def targets() -> tuple[Target, ...]:
    """Every file ``install`` writes: where it comes from in the package, where it goes."""
    icons = Path("icons") / "hicolor"
    return (
        Target(asset_path(DESKTOP_FILE), Path("applications") / DESKTOP_FILE),
        Target(asset_path(METAINFO_FILE), Path("metainfo") / METAINFO_FILE),
        Target(asset_path(ICON_FILE), icons / "scalable" / "apps" / ICON_FILE),
        *(Target(path, icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
          for size, path in icon_paths().items()),
    )


_RESERVED = frozenset(' \t\n"\'\\><~|&;$*?#()`')


def _quote_exec_arg(arg: str) -> str:
    """One argument for a desktop entry's ``Exec`` key, quoted as the specification asks: an argument
    with a reserved character goes in double quotes, with ``"`` `` ` `` ``$`` and ``\\`` escaped."""
    if arg and not any(c in _RESERVED for c in arg):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


def _exec_value(args: list[str]) -> str:
    """The ``Exec`` value for ``args``: quoted arguments, then the string-level escapes a desktop
    entry applies first when it is read (``\\`` written ``\\\\``) and ``%`` written ``%%`` so it is
    not taken for a field code."""
    if any(c in arg for arg in args for c in "\n\r"):
        raise ValueError(translate("CLI", "the launcher's path has a line break in it, which a desktop entry "
                                   "cannot hold"))
    line = " ".join(_quote_exec_arg(a) for a in args)
    return line.replace("\\", "\\\\").replace("%", "%%")


def launcher_command() -> list[str]:
    """The command the menu runs, with absolute paths only: the ``touchtimer`` launcher installed for
    this Python if there is one, else this Python running the package."""
    scripts = sysconfig.get_path("scripts")
    if scripts:
        launcher = Path(os.path.abspath(scripts)) / LAUNCHER
        if launcher.is_file() and os.access(launcher, os.X_OK):
            return [str(launcher)]
    return [os.path.abspath(sys.executable), "-m", "touchtimer"]


def exec_line() -> str:
    return _exec_value(launcher_command())


def desktop_text(command: str) -> str:
    lines = asset_path(DESKTOP_FILE).read_text("utf-8").splitlines()
    return "\n".join(f"Exec={command}" if line.startswith("Exec=") else line for line in lines) + "\n"


def _make_dirs(folder: Path) -> None:
    """Create ``folder`` and any missing parents with mode 0755 (the umask aside); folders that
    already exist keep their mode."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir()
        os.chmod(path, DIR_MODE)


def _write(dest: Path, data: bytes) -> None:
    """Write ``dest`` whole (a temporary file renamed over it), mode 0644 whatever the umask."""
    _make_dirs(dest.parent)
    fd, temp = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            os.fchmod(out.fileno(), FILE_MODE)
        os.replace(temp, dest)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def install(data_home: Path | None = None, command: str | None = None) -> list[Path]:
    """Copy the desktop entry, metainfo and icons; return where they went."""
    base = data_home or xdg_data_home()
    written: list[Path] = []
    for target in targets():
        dest = base / target.relative
        if target.relative.name == DESKTOP_FILE:
            data = desktop_text(command or exec_line()).encode("utf-8")
        else:
            data = target.source.read_bytes()
        _write(dest, data)
        written.append(dest)
    hicolor = base / "icons" / "hicolor"
    os.utime(hicolor)   # a newer theme folder tells icon caches to look again
    return written


def uninstall(data_home: Path | None = None) -> list[Path]:
    """Remove the files ``install`` wrote; return those that were there."""
    base = data_home or xdg_data_home()
    removed: list[Path] = []
    for target in targets():
        dest = base / target.relative
        if dest.is_file() or dest.is_symlink():
            dest.unlink()
            removed.append(dest)
    return removed
