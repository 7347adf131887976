"""The desktop entry, metainfo and icons validate, ship in the package, and install for one user.

Both AppStream validators run (appstreamcli strictly, and appstream-util); a validator that is not
installed fails the test with the Debian package to install (scripts/install-system-packages)."""

from __future__ import annotations

import fnmatch
import os
import stat
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.helpers import REPO_ROOT
from tests.helpers.system_tools import need
from touchtimer.cli import commands as cli
from touchtimer.cli import desktop_install
from touchtimer.cli.desktop_install import APP_ID, DESKTOP_FILE, ICON_FILE, METAINFO_FILE
from touchtimer.resources import ICON_SIZES

ROOT = REPO_ROOT
PACKAGE_ASSETS = ROOT / "touchtimer" / "assets"
PROJECT_URL = "https://github.com/touchtimer/touchtimer"
RAW_URL = "https://raw.githubusercontent.com/touchtimer/touchtimer/main/"


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    need(args[0])
    return subprocess.run(args, capture_output=True, text=True, check=False)


def test_desktop_entry_validates() -> None:
    result = run_tool("desktop-file-validate", str(desktop_install.asset_path(DESKTOP_FILE)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_metainfo_validates_strictly_with_appstreamcli() -> None:
    result = run_tool("appstreamcli", "validate", "--strict", "--no-net",
                      str(desktop_install.asset_path(METAINFO_FILE)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout


def test_metainfo_validates_with_appstream_util() -> None:
    # --nonet: the screenshots' addresses are checked below against the repository's own files.
    result = run_tool("appstream-util", "validate", "--nonet", str(desktop_install.asset_path(METAINFO_FILE)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith(": OK")


def test_metainfo_validates_strictly_with_appstream_util() -> None:
    """Strict appstream-util also wants translations of the name, summary and description, a copyright
    comment, a contact for distributors (the project's issue tracker) and only the tags it knows (it
    predates ``<recommends>`` and ``<supports>``)."""
    result = run_tool("appstream-util", "validate-strict", "--nonet",
                      str(desktop_install.asset_path(METAINFO_FILE)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith(": OK")


def test_metainfo_names_the_project_and_the_desktop_entry() -> None:
    root = ET.parse(desktop_install.asset_path(METAINFO_FILE)).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("developer_name") == "The touchtimer project"
    assert root.findtext("launchable") == DESKTOP_FILE
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.find("releases/release").get("version") == __import__("touchtimer").__version__
    urls = {u.get("type"): u.text for u in root.findall("url")}
    assert urls["homepage"] == PROJECT_URL
    assert urls["bugtracker"] == PROJECT_URL + "/issues"


def test_the_project_url_is_the_same_everywhere() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    urls = config["project"]["urls"]
    assert urls["Homepage"] == urls["Source"] == PROJECT_URL
    assert urls["Issues"] == PROJECT_URL + "/issues"


def test_metainfo_screenshots_are_files_in_this_repository() -> None:
    root = ET.parse(desktop_install.asset_path(METAINFO_FILE)).getroot()
    shots = root.findall("screenshots/screenshot")
    assert len(shots) >= 3
    assert [s.get("type") for s in shots].count("default") == 1
    for shot in shots:
        assert (shot.findtext("caption") or "").strip()
        image = shot.find("image")
        assert image is not None and image.text is not None
        assert image.text.startswith(RAW_URL + "docs/screenshots/"), image.text
        local = ROOT / image.text.removeprefix(RAW_URL)
        assert local.is_file(), f"{local} is not in the repository"
        assert local.read_bytes()[16:24] == int(image.get("width")).to_bytes(4, "big") + \
            int(image.get("height")).to_bytes(4, "big"), f"{local.name}: width/height differ from the PNG"


def test_icon_is_svg() -> None:
    root = ET.parse(desktop_install.asset_path(ICON_FILE)).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 128 128"


def test_top_level_assets_are_the_packaged_files() -> None:
    # Links in the repository; an sdist carries them as copies, so the bytes are what is compared.
    for name in (DESKTOP_FILE, METAINFO_FILE, ICON_FILE):
        assert (ROOT / "assets" / name).read_bytes() == (PACKAGE_ASSETS / "desktop" / name).read_bytes()
    sounds = sorted(p.name for p in (PACKAGE_ASSETS / "sounds").iterdir())
    assert sorted(p.name for p in (ROOT / "assets" / "sounds").iterdir()) == sounds
    for name in sounds:
        top, packaged = ROOT / "assets" / "sounds" / name, PACKAGE_ASSETS / "sounds" / name
        assert top.read_bytes() == packaged.read_bytes()


def test_package_data_covers_every_asset() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["touchtimer"]
    files = [p.relative_to(ROOT / "touchtimer").as_posix() for p in PACKAGE_ASSETS.rglob("*") if p.is_file()]
    assert len(files) >= 6
    for name in files:
        assert any(fnmatch.fnmatch(name, pattern) and name.count("/") == pattern.count("/")
                   for pattern in patterns), name


def _installed(data_home: Path) -> list[Path]:
    return sorted(p for p in data_home.rglob("*") if p.is_file())


def test_install_desktop_for_the_current_user(_private_home: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    data_home = _private_home / ".local" / "share"
    assert cli.main(["install-desktop"]) == cli.EXIT_OK
    desktop = data_home / "applications" / DESKTOP_FILE
    assert (data_home / "metainfo" / METAINFO_FILE).read_bytes() == \
        desktop_install.asset_path(METAINFO_FILE).read_bytes()
    assert (data_home / "icons/hicolor/scalable/apps" / ICON_FILE).is_file()
    for size in ICON_SIZES:
        png = data_home / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        assert png.read_bytes() == (PACKAGE_ASSETS / "icons" / f"{size}x{size}.png").read_bytes()
    assert len(_installed(data_home)) == 3 + len(ICON_SIZES)
    exec_lines = [line for line in desktop.read_text("utf-8").splitlines() if line.startswith("Exec=")]
    assert exec_lines == [f"Exec={desktop_install.exec_line()}"]
    assert run_tool("desktop-file-validate", str(desktop)).returncode == 0
    assert str(desktop) in capsys.readouterr().out

    assert cli.main(["install-desktop", "--uninstall"]) == cli.EXIT_OK
    assert _installed(data_home) == []
    assert cli.main(["install-desktop", "--uninstall"]) == cli.EXIT_OK
    assert "nothing to remove" in capsys.readouterr().out


def test_installed_files_and_folders_have_plain_modes_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        written = desktop_install.install(tmp_path / "share")
    finally:
        os.umask(old)
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
    folders = {p for p in (tmp_path / "share").rglob("*") if p.is_dir()}
    assert len(folders) >= 10
    for folder in folders:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o755, folder
    assert not [p for p in (tmp_path / "share").rglob(".*")], "a temporary file was left behind"


def test_an_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    (tmp_path / "share" / "applications").mkdir(parents=True, mode=0o700)
    os.chmod(tmp_path / "share" / "applications", 0o700)
    desktop_install.install(tmp_path / "share")
    assert stat.S_IMODE((tmp_path / "share" / "applications").stat().st_mode) == 0o700


def test_the_menu_runs_an_absolute_launcher_not_whatever_is_on_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")   # as a desktop session without this venv on its PATH
    command = desktop_install.launcher_command()
    assert Path(command[0]).is_absolute()
    assert command == [str(Path(command[0]))] or command[1:] == ["-m", "touchtimer"]
    # What the menu would run works with that PATH (its --version only prints).
    done = subprocess.run([*command, "--version"], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("touchtimer ")


def test_the_launcher_beside_this_python_is_preferred(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    launcher = tmp_path / "my venv" / "bin" / "touchtimer"
    launcher.parent.mkdir(parents=True)
    launcher.write_text("#!/bin/sh\n")
    launcher.chmod(0o755)
    monkeypatch.setattr(desktop_install.sysconfig, "get_path", lambda name: str(launcher.parent))
    assert desktop_install.launcher_command() == [str(launcher)]
    assert desktop_install.exec_line() == f'"{launcher}"'
    launcher.unlink()
    monkeypatch.setattr(desktop_install.sys, "executable", "/opt/py/bin/python3")
    assert desktop_install.exec_line() == "/opt/py/bin/python3 -m touchtimer"


@pytest.mark.parametrize(("path", "expected"), [
    ("/usr/bin/python3", "/usr/bin/python3 -m touchtimer"),
    ("/opt/my python/bin/python", '"/opt/my python/bin/python" -m touchtimer'),
    ("/opt/100%/python", "/opt/100%%/python -m touchtimer"),
    ('/opt/a "b"/python', '"/opt/a \\\\"b\\\\"/python" -m touchtimer'),
    ("/opt/$HOME/python", '"/opt/\\\\$HOME/python" -m touchtimer'),
])
def test_exec_line_quotes_as_the_desktop_entry_spec_asks(tmp_path: Path, path: str, expected: str) -> None:
    line = desktop_install._exec_value([path, "-m", "touchtimer"])
    assert line == expected
    entry = tmp_path / DESKTOP_FILE
    entry.write_text(desktop_install.desktop_text(line), "utf-8")
    result = run_tool("desktop-file-validate", str(entry))
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


def test_install_desktop_reports_an_unwritable_folder(_private_home: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = _private_home / "blocked"
    blocker.write_text("a file where a folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert cli.main(["install-desktop"]) == cli.EXIT_PROBLEM
    err = capsys.readouterr().err
    assert "could not write the desktop files" in err
    assert "Traceback" not in err
