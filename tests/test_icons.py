"""The PNG icons are scripts/make_icons.py's rendering of the SVG: every size there, square, with an
alpha channel, and the pixels the script draws today (within a small tolerance for Qt's anti-aliasing
between versions)."""

from __future__ import annotations

import struct

import pytest

from PySide6.QtGui import QImage

from scripts.make_icons import render
from touchtimer.resources import ICON_FILE, ICON_SIZES, asset_path, icon_paths

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
RGBA = 6   # PNG colour type: truecolour with alpha
TOLERANCE = 6   # out of 255, per channel


def _header(data: bytes) -> tuple[int, int, int, int]:
    """Width, height, bit depth and colour type from a PNG's IHDR chunk."""
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, depth, colour


def test_every_size_is_there_with_an_alpha_channel() -> None:
    paths = icon_paths()
    assert sorted(paths) == sorted(ICON_SIZES) == [16, 24, 32, 48, 64, 128, 256, 512]
    for size, path in paths.items():
        assert _header(path.read_bytes()) == (size, size, 8, RGBA), path.name


@pytest.mark.parametrize("size", ICON_SIZES)
def test_the_png_is_the_scripts_rendering_of_the_svg(qapp: object, size: int) -> None:
    committed = QImage(str(icon_paths()[size])).convertToFormat(QImage.Format.Format_ARGB32)
    fresh = render(asset_path(ICON_FILE), size).convertToFormat(QImage.Format.Format_ARGB32)
    assert (committed.width(), committed.height()) == (fresh.width(), fresh.height()) == (size, size)
    assert committed.pixelColor(0, 0).alpha() == 0, "the corner should be transparent"
    assert committed.pixelColor(size // 2, size // 2).alpha() == 255
    worst = 0
    for y in range(size):
        for x in range(size):
            a, b = committed.pixel(x, y), fresh.pixel(x, y)
            worst = max(worst, *(abs(((a >> s) & 0xFF) - ((b >> s) & 0xFF)) for s in (0, 8, 16, 24)))
    assert worst <= TOLERANCE, f"{size}x{size}.png is out of date; run python scripts/make_icons.py"
