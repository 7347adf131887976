"""Choosing the voice for the words' language, with the names speech-dispatcher's espeak-ng gives;
and the helper's private folders, swept when the app that made them is gone."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale

from touchtimer.ui.platform.speech_engine import choose_locale, choose_voice
from touchtimer.ui.platform.speechd_service import FOLDER_PREFIX, sweep_stale_folders


@dataclass(frozen=True)
class Named:
    """Stands in for a QVoice, which Python cannot make with a name."""

    label: str

    def name(self) -> str:
        return self.label


#: As the speechd engine lists them (in this order) for en_US and en_GB: a few of the 306 and 510.
EN_US = ["English (Caribbean)", "English (Caribbean)+Adam", "English (America)+Adam", "English (America)",
         "English (America, New York City)"]
EN_GB = ["English (Great Britain)", "English (Great Britain)+Demonic", "English (Scotland)",
         "English (Lancaster)", "English (West Midlands)", "English (Received Pronunciation)"]
LOCALES = [QLocale("ar_EG"), QLocale("en_GB"), QLocale("C"), QLocale("en_US"), QLocale("fi_FI")]


def test_the_locale_follows_the_words_not_the_system() -> None:
    assert choose_locale(LOCALES, "en", QLocale("C")).name() == "en_US"        # LANG=C
    assert choose_locale(LOCALES, "en", QLocale("fi_FI")).name() == "en_US"    # a Finnish desktop
    assert choose_locale(LOCALES, "en", QLocale("en_GB")).name() == "en_GB"    # its own English
    assert choose_locale(LOCALES, "fi", QLocale("en_GB")).name() == "fi_FI"
    assert choose_locale(LOCALES, "de", QLocale("de_DE")) is None
    assert choose_locale([QLocale("en_GB")], "en", QLocale("C")).name() == "en_GB"


def test_the_default_voice_is_the_plain_one_of_the_territory() -> None:
    us = choose_voice([Named(n) for n in EN_US], "", QLocale("en_US"))
    gb = choose_voice([Named(n) for n in EN_GB], "", QLocale("en_GB"))
    assert (us.name(), gb.name()) == ("English (America)", "English (Great Britain)")


def test_a_chosen_voice_is_kept_and_none_is_none() -> None:
    voices = [Named(n) for n in EN_GB]
    assert choose_voice(voices, "English (Scotland)", QLocale("en_GB")).name() == "English (Scotland)"
    assert choose_voice(voices, "Gone", QLocale("en_GB")).name() == "English (Great Britain)"
    assert choose_voice([], "", QLocale("en_GB")) is None


def test_folders_left_by_an_app_that_is_gone_are_swept(tmp_path: Path) -> None:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    dead = int(gone.stdout)                        # that process has ended and been reaped
    stale = tmp_path / f"{FOLDER_PREFIX}{dead}-abc"
    mine = tmp_path / f"{FOLDER_PREFIX}{os.getpid()}-def"
    current = tmp_path / f"{FOLDER_PREFIX}{dead}-ghi"
    other = tmp_path / "something-else"
    for folder in (stale, mine, current, other):
        (folder / "log").mkdir(parents=True)
        (folder / "log" / "speech-dispatcher.log").write_text("x")
    assert sweep_stale_folders(tmp_path, keep=current) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([mine.name, current.name, other.name])
