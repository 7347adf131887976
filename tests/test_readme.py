"""The README's two set-up commands are all a newcomer needs, and CI runs exactly the test command.

Both commands start with scripts/install-system-packages, which installs the system packages from the
one list, scripts/system-packages.txt; every package a test names (tests/helpers/system_tools.py) is
on that list."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from tests.helpers import REPO_ROOT as ROOT
from tests.helpers.system_tools import APT

SCRIPT = ROOT / "scripts" / "install-system-packages"


def _blocks() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, flags=re.S)]


def _packages(*options: str) -> list[str]:
    done = subprocess.run(["bash", str(SCRIPT), "--list", *options], capture_output=True, text=True,
                          timeout=30, check=True)
    return done.stdout.split()


def test_readme_has_exactly_two_setup_commands() -> None:
    blocks = _blocks()
    assert len(blocks) == 2
    start, tests = blocks
    assert start.startswith("scripts/install-system-packages --app && python3 -m venv .venv")
    assert start.endswith("&& touchtimer")
    assert tests.startswith("scripts/install-system-packages && python3 -m venv .venv")
    assert "pytest" in tests and ".[test]" in tests


def test_ci_runs_exactly_the_readme_test_command() -> None:
    command = _blocks()[1]
    lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text("utf-8").splitlines()]
    commands = [line for line in lines if line and not line.startswith("#")]
    assert commands[-1] == command
    # The packages are installed by the README's command alone: no second list in CI.
    assert not [line for line in commands if "apt-get" in line]


def test_the_install_script_is_executable_bash() -> None:
    assert os.access(SCRIPT, os.X_OK)
    assert SCRIPT.read_text("utf-8").startswith("#!/usr/bin/env bash\n")
    subprocess.run(["bash", "-n", str(SCRIPT)], check=True, timeout=30)


def test_every_package_a_test_names_is_on_the_one_list() -> None:
    listed = set(_packages())
    from tests.helpers.sound_stack import PACKAGES

    named = set(APT.values()) | set(PACKAGES)
    assert named <= listed, sorted(named - listed)


def test_the_app_list_is_part_of_the_test_list() -> None:
    app, everything = _packages("--app"), _packages()
    assert app and set(app) < set(everything)
    assert len(everything) == len(set(everything)), "a package is listed twice"
    for needed in ("python3-venv", "libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libpulse0"):
        assert needed in app
    for tool in ("xvfb", "desktop-file-utils", "appstream", "appstream-util", "dbus", "at-spi2-core",
                 "pulseaudio", "pulseaudio-utils", "sox", "speech-dispatcher", "espeak-ng", "imagemagick"):
        assert tool in everything


def test_nothing_missing_means_silence_and_success() -> None:
    # The suite is running, so everything the list names is installed: the script says nothing.
    done = subprocess.run(["bash", str(SCRIPT), "--check"], capture_output=True, text=True, timeout=60,
                          check=False)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_a_missing_package_is_named(tmp_path: Path) -> None:
    folder = tmp_path
    (folder / "install-system-packages").write_text(SCRIPT.read_text("utf-8"), "utf-8")
    (folder / "system-packages.txt").write_text("[app]\nbash\n[tests]\nno-such-package-here  # x\n", "utf-8")
    done = subprocess.run(["bash", str(folder / "install-system-packages"), "--check"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1
    assert done.stderr.strip() == "install-system-packages: missing: no-such-package-here"
    app_only = subprocess.run(["bash", str(folder / "install-system-packages"), "--app", "--check"],
                              capture_output=True, text=True, timeout=60, check=False)
    assert app_only.returncode == 0
