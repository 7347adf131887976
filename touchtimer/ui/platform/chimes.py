"""Chimes: the project's own WAV files (``touchtimer/assets/sounds``) played with QSoundEffect.

``PySide6.QtMultimedia`` is imported only when the first chime plays. If it cannot load (on Linux it
needs ``libpulse0``) or there is no sound output, :attr:`Chimes.problem` says why and :meth:`play`
quietly does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal

from touchtimer.core.session.cues import CHIME_KINDS
from touchtimer.resources import sounds_dir


def _has_audio_output() -> bool:
    from PySide6.QtMultimedia import QMediaDevices

    return bool(QMediaDevices.audioOutputs())


class Chimes(QObject):
    """One QSoundEffect per chime kind, each played at the volume asked for."""

    #: A chime was started: (kind, volume).
    played = Signal(str, float)

    def __init__(self, folder: Path | None = None, parent: QObject | None = None, *,
                 has_output: Callable[[], bool] = _has_audio_output) -> None:
        super().__init__(parent)
        self.folder = folder or sounds_dir()
        self._has_output = has_output
        self._effects: dict[str, Any] = {}
        self._tried = False
        self._problem = ""

    @property
    def problem(self) -> str:
        """Why chimes are silent ("" while they work or before they were first needed)."""
        return self._problem

    def start(self) -> bool:
        if not self._tried:
            self._tried = True
            self._start()
        return bool(self._effects)

    def _start(self) -> None:
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except (ImportError, OSError) as exc:
            hint = self.tr(" (on Linux, install the libpulse0 package)") if "pulse" in str(exc) else ""
            self._problem = self.tr("the sound module could not be loaded") + hint
            return
        missing = [kind for kind in CHIME_KINDS if not (self.folder / f"{kind}.wav").is_file()]
        if missing:
            self._problem = self.tr("the chime sound files are missing from {0}").replace(
                "{0}", str(self.folder))
            return
        try:
            output = self._has_output()
        except (ImportError, OSError, RuntimeError):
            output = False
        if not output:
            self._problem = self.tr("no sound output device was found")
            return
        for kind in CHIME_KINDS:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(self.folder / f"{kind}.wav")))
            self._effects[kind] = effect

    def effect(self, kind: str) -> Any:
        """The QSoundEffect for ``kind`` (``None`` when chimes are unavailable)."""
        self.start()
        return self._effects.get(kind)

    def play(self, kind: str, volume: float) -> bool:
        if not self.start() or kind not in self._effects:
            return False
        effect = self._effects[kind]
        effect.setVolume(max(0.0, min(1.0, volume)))
        effect.play()
        self.played.emit(kind, effect.volume())
        return True
