"""What an About screen says: version, licence, project address, copyright, credits, which translations
exist, where the data lives, and that touchtimer is not a medical device and not a treatment. No Qt: the
window shows it (Help ▸ About touchtimer), and tests and the command line can read it.

The not-a-treatment sentence is the one in :mod:`touchtimer.core.safety` (the evidence panel shows it
too); the README and the metainfo say both things in their own words.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from touchtimer import __version__
from touchtimer.core import paths
from touchtimer.core.i18n import QT_TRANSLATE_NOOP
from touchtimer.core.safety import NOT_A_TREATMENT

APP_NAME = "touchtimer"
LICENCE_ID = "GPL-3.0-or-later"
LICENCE_NAME = QT_TRANSLATE_NOOP(
    "About", "GNU General Public License, version 3 or (at your option) any later version")
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
PROJECT_URL = "https://github.com/touchtimer/touchtimer"
BUG_URL = f"{PROJECT_URL}/issues"
COPYRIGHT = "Copyright © 2026 the touchtimer project"
NO_WARRANTY = QT_TRANSLATE_NOOP(
    "About", "touchtimer is free software: you can share and change it under the terms of the licence. "
             "It comes with no warranty, to the extent permitted by law.")
NOT_A_MEDICAL_DEVICE = QT_TRANSLATE_NOOP("About", "touchtimer is not a medical device.")
DESCRIPTION = QT_TRANSLATE_NOOP(
    "About", "A calm, hands-free guide for skin-to-skin (kangaroo care) and infant-massage routines.")
#: Which translations exist and how far they have been checked. One line, changed by whoever adds or
#: reviews a translation (docs/translating.md), and translated into each language so that it is read in
#: the language it speaks of: none has been read yet by a native speaker with clinical knowledge.
TRANSLATIONS = QT_TRANSLATE_NOOP(
    "About", "touchtimer is in English, Spanish and German. The Spanish and German translations have not "
             "yet been reviewed by a native speaker with clinical knowledge; if you can review one, please "
             "say so through the project's issues.")
PRIVACY = QT_TRANSLATE_NOOP(
    "About", "Everything stays on this computer: touchtimer opens no network connection.")
CREDITS = (QT_TRANSLATE_NOOP("About", "Made by the touchtimer project and the people who report problems "
                                      "and suggest changes."),
           QT_TRANSLATE_NOOP("About", "The routines and their notes build on published research and "
                                      "guidance (the World Health Organization, Cochrane reviews and "
                                      "others). Each note names its source; docs/routines.md in the "
                                      "project lists them all."),
           QT_TRANSLATE_NOOP("About", "Built with Qt for Python (PySide6) and platformdirs."))


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
    description: str
    translations: str
    privacy: str
    credits: tuple[str, ...]
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
        description=DESCRIPTION,
        translations=TRANSLATIONS,
        privacy=PRIVACY,
        credits=CREDITS,
        data_dir=folder,
        config_dir=paths.config_dir(),
        database=paths.database_path(folder),
    )


def licence_text() -> str | None:
    """The licence's full text (the COPYING file) where this copy of touchtimer has it: the installed
    package's metadata, or the project folder it runs from. ``None`` when neither has it (then the
    licence's address, :data:`LICENCE_URL`, is the way to read it)."""
    with contextlib.suppress(metadata.PackageNotFoundError):
        dist = metadata.distribution(APP_NAME)
        for name in ("licenses/COPYING", "COPYING"):
            with contextlib.suppress(OSError, UnicodeDecodeError):
                text = dist.read_text(name)
                if text:
                    return text
    source = Path(__file__).resolve().parents[2] / "COPYING"      # a checkout or an editable install
    with contextlib.suppress(OSError, UnicodeDecodeError):
        return source.read_text("utf-8")
    return None
