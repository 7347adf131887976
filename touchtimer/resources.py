"""Files that ship inside the package, found with ``importlib.resources`` (no Qt, no generated modules).

The desktop identity lives here once: the app id names the desktop entry, the metainfo and the icon.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

APP_ID = "io.github.touchtimer.TouchTimer"
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
ICON_FILE = f"{APP_ID}.svg"


def asset_path(name: str) -> Path:
    """A file from the package's desktop assets (``touchtimer/assets/desktop``)."""
    return Path(str(resources.files("touchtimer") / "assets" / "desktop" / name))


def sounds_dir() -> Path:
    """The folder of the project's own chime WAV files."""
    return Path(str(resources.files("touchtimer") / "assets" / "sounds"))
