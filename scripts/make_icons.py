"""Render touchtimer's icon as PNGs at the sizes desktops ask for, from the one SVG.

    python scripts/make_icons.py [OUTPUT_DIR]      # default: touchtimer/assets/icons

The SVG (``touchtimer/assets/desktop/io.github.touchtimer.TouchTimer.svg``) is the source; each size
is drawn by Qt's own SVG renderer (``QSvgRenderer``, part of PySide6, so nothing else is needed) onto
a transparent image and written as ``<size>x<size>.png`` with an alpha channel. ``install-desktop``
copies them into ``hicolor/<size>x<size>/apps``; the window uses them as its icon. A test renders
them again and compares the pixels with the committed files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from touchtimer.resources import ICON_FILE, ICON_SIZES, asset_path, icon_file_name  # noqa: E402

OUTPUT_DIR = ROOT / "touchtimer" / "assets" / "icons"


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn into a ``size`` × ``size`` image with a transparent background."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def write_all(output: Path) -> list[Path]:
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for size in ICON_SIZES:
        path = output / icon_file_name(size)
        if not render(asset_path(ICON_FILE), size).save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in write_all(Path(argv[0]) if argv else OUTPUT_DIR):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
