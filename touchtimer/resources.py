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
#: The PNG sizes rendered from the SVG by ``scripts/make_icons.py`` (``touchtimer/assets/icons``).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def asset_path(name: str) -> Path:
    """A file from the package's desktop assets (``touchtimer/assets/desktop``)."""
    return Path(str(resources.files("touchtimer") / "assets" / "desktop" / name))


def sounds_dir() -> Path:
    """The folder of the project's own chime WAV files."""
    return Path(str(resources.files("touchtimer") / "assets" / "sounds"))


def icon_file_name(size: int) -> str:
    """The name of the PNG of one size inside ``touchtimer/assets/icons``."""
    return f"{size}x{size}.png"


def icon_paths() -> dict[int, Path]:
    """The window and menu icon as PNGs, by size in pixels (square), smallest first."""
    folder = Path(str(resources.files("touchtimer") / "assets" / "icons"))
    return {size: folder / icon_file_name(size) for size in ICON_SIZES}


def scalable_icon_path() -> Path:
    """The icon's SVG source, for desktops that draw it at any size."""
    return asset_path(ICON_FILE)


def translations_dir() -> Path:
    """The folder of the compiled translations (``touchtimer_<lang>.qm``), built from ``translations/``."""
    return Path(str(resources.files("touchtimer") / "translations"))


def translation_file(language: str) -> Path | None:
    """The compiled translation of the program's words into ``language``; ``None`` when there is none
    (English, the language they are written in, has none)."""
    path = translations_dir() / f"touchtimer_{language}.qm"
    return path if path.is_file() else None
