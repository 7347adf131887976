"""Spoken cues through QtTextToSpeech.

``PySide6.QtTextToSpeech`` is imported only when the first words are spoken or the settings dialog
lists voices, never at start-up. If no speech engine can start (none installed, the module missing,
speech-dispatcher not running), :attr:`Voice.problem` says why in plain words and every call becomes
a quiet no-op: nothing here raises.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal


class Voice(QObject):
    """Says cue words with a chosen voice, rate and volume.

    ``engine_name`` picks a QtTextToSpeech engine ("speechd", "flite", "mock", ...); ``None`` lets Qt
    choose the platform's default. Tests use Qt's "mock" engine.
    """

    #: The text just handed to the speech engine.
    said = Signal(str)

    def __init__(self, engine_name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine_name = engine_name
        self._tts: Any = None
        self._tried = False
        self._problem = ""
        self._voice_name = ""
        self._rate = 0.0
        self._volume = 0.8

    # -- starting the engine, lazily ------------------------------------------------------------

    @property
    def problem(self) -> str:
        """Why the voice is silent ("" while it works or before it was first needed)."""
        return self._problem

    @property
    def tts(self) -> Any:
        """The QTextToSpeech object, or ``None`` when speech is unavailable."""
        self.start()
        return self._tts

    def start(self) -> bool:
        """Start the speech engine if not yet tried; ``True`` when speech can be used."""
        if not self._tried:
            self._tried = True
            self._start()
        return self._tts is not None

    def _start(self) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except (ImportError, OSError) as exc:
            hint = self.tr(" (on Linux, install the libpulse0 package)") if "pulse" in str(exc) else ""
            self._problem = self.tr("the speech module could not be loaded") + hint
            return
        try:
            engines = QTextToSpeech.availableEngines()
            if not engines:
                self._problem = self.tr("no speech engine is installed (on Linux, install speech-dispatcher)")
                return
            if self.engine_name is not None and self.engine_name not in engines:
                self._problem = self.tr("the speech engine “{0}” is not installed").replace(
                    "{0}", self.engine_name)
                return
            tts = QTextToSpeech(self.engine_name, self) if self.engine_name else QTextToSpeech(self)
            if tts.state() == QTextToSpeech.State.Error:
                # Qt's own error text ("engine not initialized") says little to a parent; the hint does.
                self._problem = self.tr(
                    "no speech engine could be started (on Linux, speech-dispatcher must be installed "
                    "and running)")
                tts.deleteLater()
                return
        except RuntimeError as exc:  # a plug-in that fails while loading
            self._problem = self.tr("the speech engine failed to start ({0})").replace("{0}", str(exc))
            return
        self._tts = tts
        self._apply()

    # -- choices ------------------------------------------------------------------------------

    def voice_names(self) -> list[str]:
        """The names of the voices the engine offers (empty when speech is unavailable)."""
        if not self.start():
            return []
        return [voice.name() for voice in self._tts.availableVoices()]

    def configure(self, voice_name: str, rate: float, volume: float) -> None:
        """Choose the voice by name ("" for the engine's default), rate (-1..1) and volume (0..1)."""
        changed = (voice_name, rate, volume) != (self._voice_name, self._rate, self._volume)
        self._voice_name, self._rate, self._volume = voice_name, rate, volume
        if changed and self._tts is not None:
            self._apply()

    def _apply(self) -> None:
        tts = self._tts
        tts.setRate(max(-1.0, min(1.0, self._rate)))
        tts.setVolume(max(0.0, min(1.0, self._volume)))
        if self._voice_name:
            for voice in tts.availableVoices():
                if voice.name() == self._voice_name:
                    tts.setVoice(voice)
                    break

    @property
    def rate(self) -> float:
        return float(self._tts.rate()) if self._tts is not None else self._rate

    @property
    def volume(self) -> float:
        return float(self._tts.volume()) if self._tts is not None else self._volume

    @property
    def voice_name(self) -> str:
        return str(self._tts.voice().name()) if self._tts is not None else self._voice_name

    # -- speaking -----------------------------------------------------------------------------

    def speak(self, text: str, interrupt: bool = False) -> bool:
        """Say ``text`` (after anything still being said, unless ``interrupt``). ``False`` if silent."""
        if not text or not self.start():
            return False
        if interrupt:
            self._tts.say(text)
        else:
            self._tts.enqueue(text)
        self.said.emit(text)
        return True

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()
