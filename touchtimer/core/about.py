"""What an About screen says: version, licence, project address, copyright, where the data lives, and
that touchtimer is not a medical device and not a treatment. No Qt: the window shows it, and tests and
the command line can read it.

The not-a-treatment sentence is the one in :mod:`touchtimer.core.safety` (the evidence panel shows it
too); the README and the metainfo say both things in their own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from touchtimer import __version__
from touchtimer.core import paths
from touchtimer.core.safety import NOT_A_TREATMENT

APP_NAME = "touchtimer"
LICENCE_ID = "GPL-3.0-or-later"
LICENCE_NAME = "GNU General Public License, version 3 or (at your option) any later version"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
PROJECT_URL = "https://github.com/touchtimer/touchtimer"
BUG_URL = f"{PROJECT_URL}/issues"
COPYRIGHT = "Copyright © 2026 the touchtimer project"
NO_WARRANTY = ("touchtimer is free software: you can share and change it under the terms of the licence. "
               "It comes with no warranty, to the extent permitted by law.")
NOT_A_MEDICAL_DEVICE = "touchtimer is not a medical device."


@dataclass(frozen=True)
class About:
    """Everything an About screen shows; build it with :func:`about`."""

    name: str
    version: str
    licence_id: str
    licence_name: str
    licence_url: str
    project_url: str
    bug_url: str
    copyright: str
    no_warranty: str
    not_a_medical_device: str
    not_a_treatment: str
    data_dir: Path
    config_dir: Path
    database: Path


def about(data_dir: Path | None = None) -> About:
    """The About facts; ``data_dir`` is the folder in use (``--data-dir``), else the usual one."""
    folder = data_dir if data_dir is not None else paths.data_dir()
    return About(
        name=APP_NAME,
        version=__version__,
        licence_id=LICENCE_ID,
        licence_name=LICENCE_NAME,
        licence_url=LICENCE_URL,
        project_url=PROJECT_URL,
        bug_url=BUG_URL,
        copyright=COPYRIGHT,
        no_warranty=NO_WARRANTY,
        not_a_medical_device=NOT_A_MEDICAL_DEVICE,
        not_a_treatment=NOT_A_TREATMENT,
        data_dir=folder,
        config_dir=paths.config_dir(),
        database=paths.database_path(folder),
    )
