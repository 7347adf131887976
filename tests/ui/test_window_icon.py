"""The window has touchtimer's icon: on a real X server the window carries ``_NET_WM_ICON`` with the
packaged PNGs' pixels (read back with ``xprop``), and the application icon offers every packaged size."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtGui import QImage

from tests.helpers import REPO_ROOT
from tests.helpers.system_tools import need
from tests.helpers.x11 import stop, xvfb_display
from touchtimer.app import app_icon
from touchtimer.resources import ICON_SIZES, icon_paths


@pytest.fixture
def display() -> Iterator[str]:
    need("xdotool", "xprop")
    with xvfb_display() as name:
        yield name


def _icons_of(display: str, window: str) -> dict[int, list[int]]:
    """``_NET_WM_ICON`` of ``window``: ARGB pixels by (square) size."""
    out = subprocess.run(["xprop", "-id", window, "-notype", "32c", "_NET_WM_ICON"],
                         env={**os.environ, "DISPLAY": display}, capture_output=True, text=True,
                         timeout=10, check=True).stdout
    assert "=" in out, f"the window has no _NET_WM_ICON: {out!r}"
    values = [int(v) for v in out.split("=", 1)[1].replace(",", " ").split()]
    icons: dict[int, list[int]] = {}
    while values:
        width, height = values[0], values[1]
        assert width == height, (width, height)
        icons[width] = values[2:2 + width * height]
        values = values[2 + width * height:]
    return icons


def test_the_x11_window_carries_the_icon(display: str, tmp_path: Path) -> None:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(REPO_ROOT)}
    env.pop("WAYLAND_DISPLAY", None)
    app = subprocess.Popen([sys.executable, "-m", "touchtimer", "--data-dir", str(tmp_path / "data")],
                           cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "touchtimer"],
                               env=env, capture_output=True, text=True, timeout=20)
        windows = found.stdout.split()
        assert windows, "no touchtimer window was mapped"
        icons = _icons_of(display, windows[0])
    finally:
        stop(app)
        assert app.stderr is not None
        err = app.stderr.read().decode("utf-8", "replace")
        app.stderr.close()
    assert "Traceback" not in err, err
    assert {16, 32, 48} <= set(icons), sorted(icons)
    for size, pixels in icons.items():
        assert size in ICON_SIZES
        image = QImage(str(icon_paths()[size]))
        # The middle of the heart, and a transparent corner, as in the packaged PNG of that size.
        assert pixels[(size // 2) * size + size // 2] == image.pixel(size // 2, size // 2)
        assert pixels[0] >> 24 == 0, f"the {size} px icon's corner is not transparent"


def test_the_application_icon_offers_every_packaged_size(qapp: object) -> None:
    sizes = sorted(s.width() for s in app_icon().availableSizes())
    assert sizes == list(ICON_SIZES)
