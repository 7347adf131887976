"""The About facts: the same version, licence and address as the package metadata, the data folders
in use, and that touchtimer is not a medical device and not a treatment (as the README and the
metainfo say)."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.helpers import REPO_ROOT
from touchtimer import __version__
from touchtimer.core import safety
from touchtimer.core.about import about, licence_text
from touchtimer.resources import METAINFO_FILE, asset_path


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_about_agrees_with_the_package_metadata() -> None:
    info = about()
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert info.version == __version__
    assert info.licence_id == project["license"] == "GPL-3.0-or-later"
    assert info.project_url == project["urls"]["Homepage"]
    assert info.bug_url == project["urls"]["Issues"]
    assert "version 3" in info.licence_name
    assert info.copyright.startswith("Copyright © ")
    copying = (REPO_ROOT / "COPYING").read_text("utf-8")
    assert _words(copying).startswith("GNU GENERAL PUBLIC LICENSE Version 3, 29 June 2007")


def test_about_says_where_the_data_lives(data_dir: Path, tmp_path: Path) -> None:
    info = about()
    assert info.data_dir == data_dir                  # TOUCHTIMER_DATA_DIR, set for every test
    assert info.database == data_dir / "touchtimer.sqlite3"
    assert info.config_dir.name == "config"            # TOUCHTIMER_CONFIG_DIR
    chosen = about(tmp_path / "elsewhere")             # --data-dir
    assert chosen.data_dir == tmp_path / "elsewhere"
    assert chosen.database.parent == tmp_path / "elsewhere"
    assert not (tmp_path / "elsewhere").exists(), "reading the About facts creates nothing"


def test_not_a_medical_device_and_not_a_treatment() -> None:
    info = about()
    assert info.not_a_medical_device == "touchtimer is not a medical device."
    assert info.not_a_treatment is safety.NOT_A_TREATMENT     # the evidence panel's own sentence
    readme = _words((REPO_ROOT / "README.md").read_text("utf-8"))
    assert "touchtimer is not a medical device and not a treatment" in readme
    description = ET.parse(asset_path(METAINFO_FILE)).getroot().find("description")
    assert description is not None
    assert "touchtimer is not a medical device and not a treatment" in _words("".join(description.itertext()))


def test_the_about_screen_describes_touchtimer_as_the_package_does() -> None:
    info = about()
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert info.description.rstrip(".") == project["description"]
    assert info.translations.startswith("touchtimer is in English, Spanish and German.")
    assert "not yet been reviewed by a native speaker with clinical knowledge" in info.translations
    assert any("docs/routines.md" in line for line in info.credits)   # where every source is listed
    assert (REPO_ROOT / "docs" / "routines.md").is_file()


def test_the_licence_text_is_the_copying_file() -> None:
    text = licence_text()
    assert text is not None
    assert _words(text) == _words((REPO_ROOT / "COPYING").read_text("utf-8"))
