"""When Qt cannot open a window, touchtimer says why in words and exits 1: the missing Debian packages
by name, or that there is no display; never Qt's abort with "reinstalling the application may fix"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import REPO_ROOT
from touchtimer.ui.platform.qt_start import XCB_LIBRARIES, explain, missing_packages

SCRIPT = REPO_ROOT / "scripts" / "install-system-packages"


def _start(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    environ.update({"QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(REPO_ROOT), **env})
    return subprocess.run([sys.executable, "-m", "touchtimer", "--data-dir", str(tmp_path / "data")],
                          env=environ, capture_output=True, text=True, timeout=60, check=False)


def _plain(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    for noise in ("Traceback", "Reinstalling the application", "platform plugin", "Aborted"):
        assert noise not in result.stderr, result.stderr
    return result.stderr


def test_a_missing_library_is_named_with_its_package(tmp_path: Path) -> None:
    # An unloadable libxcb-cursor.so.0 first on the library path stands in for a machine without it.
    libs = tmp_path / "libs"
    libs.mkdir()
    (libs / "libxcb-cursor.so.0").write_bytes(b"")
    err = _plain(_start(tmp_path, LD_LIBRARY_PATH=str(libs)))
    assert "Qt needs system libraries that are not installed" in err
    assert "sudo apt-get install libxcb-cursor0\n" in err
    assert not (tmp_path / "data").exists(), "nothing is created when the window cannot open"


def test_no_display_is_said_plainly(tmp_path: Path) -> None:
    err = _plain(_start(tmp_path))
    assert err.strip() == ("touchtimer cannot open its window: it could not connect to a display "
                           "(DISPLAY is not set). Start it from a desktop session.")


def test_missing_packages_are_each_named_once_in_order() -> None:
    gone = {"libxcb-cursor.so.0", "libEGL.so.1", "libglib-2.0.so.0"}
    expected = ["libegl1", "libglib2.0-0", "libxcb-cursor0"]
    assert missing_packages(lambda soname: soname not in gone) == expected
    assert missing_packages(lambda soname: True) == []
    assert missing_packages() == [], "this machine runs the window tests, so every library is there"


def test_an_unknown_failure_gives_qts_own_first_line() -> None:
    text = explain("Something else went wrong.\nMore detail.", [], [])
    assert text == "touchtimer cannot open its window: Something else went wrong."


def test_every_package_named_is_installed_by_the_start_command() -> None:
    listed = subprocess.run(["bash", str(SCRIPT), "--list", "--app"], capture_output=True, text=True,
                            timeout=30, check=True).stdout.split()
    assert set(XCB_LIBRARIES.values()) <= set(listed), sorted(set(XCB_LIBRARIES.values()) - set(listed))
