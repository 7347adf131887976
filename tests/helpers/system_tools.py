"""Programs from the system that tests run, and the Debian package of each.

A test that needs one calls :func:`need`: a missing program fails the test (never skips it) with the
package to install. ``scripts/system-packages.txt`` must list every package named here
(tests/test_readme.py checks), so the README's test command installs them.
"""

from __future__ import annotations

import shutil

#: program -> Debian/Ubuntu package
APT = {
    "Xvfb": "xvfb",
    "xdotool": "xdotool",
    "xprop": "x11-utils",
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
    "appstream-util": "appstream-util",
    "dbus-daemon": "dbus",
    "dbus-send": "dbus",
    "dbus-monitor": "dbus",
    "gdbus": "libglib2.0-bin",
    "/usr/libexec/at-spi-bus-launcher": "at-spi2-core",
    "pulseaudio": "pulseaudio",
    "pactl": "pulseaudio-utils",
    "parec": "pulseaudio-utils",
    "sox": "sox",
    "spd-say": "speech-dispatcher",
    "espeak-ng": "espeak-ng",
    "convert": "imagemagick",
    "pdftoppm": "poppler-utils",
}


def need(*programs: str) -> None:
    """Fail the test, naming the package, unless every program is on PATH."""
    for program in programs:
        assert shutil.which(program), (f"{program} is needed for this test (apt: {APT[program]}); "
                                       "scripts/install-system-packages installs it")
