"""The desktop entry, metainfo and icon validate, ship in the package, and install for one user."""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.helpers import REPO_ROOT
from touchtimer.cli import commands as cli
from touchtimer.cli import desktop_install
from touchtimer.cli.desktop_install import APP_ID, DESKTOP_FILE, ICON_FILE, METAINFO_FILE

ROOT = REPO_ROOT
PACKAGE_ASSETS = ROOT / "touchtimer" / "assets"


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    assert shutil.which(args[0]), f"{args[0]} is needed for this test (apt: desktop-file-utils/appstream)"
    return subprocess.run(args, capture_output=True, text=True, check=False)


def test_desktop_entry_validates() -> None:
    result = run_tool("desktop-file-validate", str(desktop_install.asset_path(DESKTOP_FILE)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_metainfo_validates() -> None:
    result = run_tool("appstreamcli", "validate", "--no-net", str(desktop_install.asset_path(METAINFO_FILE)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout


def test_metainfo_names_the_project_and_the_desktop_entry() -> None:
    root = ET.parse(desktop_install.asset_path(METAINFO_FILE)).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("developer/name") == "The touchtimer project"
    assert root.findtext("launchable") == DESKTOP_FILE
    assert root.find("content_rating") is not None
    assert root.find("releases/release").get("version") == __import__("touchtimer").__version__


def test_icon_is_svg() -> None:
    root = ET.parse(desktop_install.asset_path(ICON_FILE)).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 128 128"


def test_top_level_assets_are_the_packaged_files() -> None:
    for name in (DESKTOP_FILE, METAINFO_FILE, ICON_FILE):
        link = ROOT / "assets" / name
        assert link.is_symlink()
        assert link.resolve() == (PACKAGE_ASSETS / "desktop" / name).resolve()
    assert (ROOT / "assets" / "sounds").resolve() == (PACKAGE_ASSETS / "sounds").resolve()


def test_package_data_covers_every_asset() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["touchtimer"]
    files = [p.relative_to(ROOT / "touchtimer").as_posix() for p in PACKAGE_ASSETS.rglob("*") if p.is_file()]
    assert len(files) >= 6
    for name in files:
        assert any(fnmatch.fnmatch(name, pattern) and name.count("/") == pattern.count("/")
                   for pattern in patterns), name


def test_install_desktop_for_the_current_user(_private_home: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    data_home = _private_home / ".local" / "share"
    assert cli.main(["install-desktop"]) == cli.EXIT_OK
    desktop = data_home / "applications" / DESKTOP_FILE
    assert (data_home / "metainfo" / METAINFO_FILE).read_bytes() == \
        desktop_install.asset_path(METAINFO_FILE).read_bytes()
    assert (data_home / "icons/hicolor/scalable/apps" / ICON_FILE).is_file()
    exec_lines = [line for line in desktop.read_text("utf-8").splitlines() if line.startswith("Exec=")]
    assert exec_lines == [f"Exec={desktop_install.exec_line()}"]
    assert run_tool("desktop-file-validate", str(desktop)).returncode == 0
    assert str(desktop) in capsys.readouterr().out

    assert cli.main(["install-desktop", "--uninstall"]) == cli.EXIT_OK
    assert not desktop.exists()
    assert not (data_home / "metainfo" / METAINFO_FILE).exists()
    assert cli.main(["install-desktop", "--uninstall"]) == cli.EXIT_OK
    assert "nothing to remove" in capsys.readouterr().out


def test_exec_line_quotes_a_python_path_with_spaces() -> None:
    assert desktop_install._quote_exec_arg("/opt/my python/bin/python") == '"/opt/my python/bin/python"'
    assert desktop_install._quote_exec_arg("/usr/bin/python3") == "/usr/bin/python3"
    text = desktop_install.desktop_text('"/opt/my python/bin/python" -m touchtimer')
    assert 'Exec="/opt/my python/bin/python" -m touchtimer\n' in text


def test_install_desktop_reports_an_unwritable_folder(_private_home: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = _private_home / "blocked"
    blocker.write_text("a file where a folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert cli.main(["install-desktop"]) == cli.EXIT_PROBLEM
    err = capsys.readouterr().err
    assert "could not write the desktop files" in err
    assert "Traceback" not in err
