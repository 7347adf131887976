"""The side of speech that touches ``QTextToSpeech``: one engine, driven by small request dicts.

It runs where speech may block: in the speech helper process (:mod:`speech_worker`) for every real
engine, or in the app's own process for Qt's "mock" engine, which never blocks (the test suite's
voice). Nothing here waits for anything: every request is handled at once and answered with plain
dicts through :attr:`SpeechEngine.answered`, so the same code serves both places.

Requests (each has an ``"id"``; each is answered with ``{"id": n}`` once its engine calls returned):

``{"op": "start", "engine": name | None, "language": "en", "voice": "", "rate": 0.0, "volume": 0.8}``
``{"op": "configure", "language": ..., "voice": ..., "rate": ..., "volume": ...}``
``{"op": "say", "text": ..., "interrupt": bool}`` and ``{"op": "stop"}``

Events: ``{"event": "status", ...}`` (engine, locale, voice, voices, rate, volume) after start and
after each change; ``{"event": "speaking", "value": bool}``; ``{"event": "problem", "code": ...,
"detail": ...}`` when speech cannot go on (the codes are listed in :data:`PROBLEM_CODES`; the app
turns them into words a person reads).

The voice speaks the language of the text: :func:`choose_locale` picks a locale of that language
(the system's own if it has that language, else the language's usual one) and :func:`choose_voice` a
voice of it, whatever the system locale is (under ``LANG=C`` Qt's own choice was Bishnupriya
Manipuri reading English).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

#: Why speech cannot go on, as the engine side reports it.
PROBLEM_CODES = ("module", "no_engine", "engine_missing", "engine_failed", "no_service", "service_failed",
                 "no_voice", "stalled")

#: A speech service that takes words must finish saying them within this long (seconds) plus one
#: second a word; longer and it is reported "stalled" (seen with no sound server: speech-dispatcher
#: took the words and stayed "speaking" for good).
STALL_GRACE_S = 8.0
SECONDS_PER_WORD = 1.0

#: What a person calls a territory, where a speech engine's voice names use another word.
_TERRITORY_WORDS = {
    QLocale.Country.UnitedStates: ("America", "United States"),
    QLocale.Country.UnitedKingdom: ("Great Britain", "Britain", "United Kingdom"),
}

#: Prepares the ground for an engine before it is made (the helper starts its private
#: speech-dispatcher here); returns a problem ``(code, detail)`` or ``None``.
Prepare = Callable[[str | None, list[str]], tuple[str, str] | None]


def choose_locale(available: Sequence[QLocale], language: str, system: QLocale) -> QLocale | None:
    """The locale to speak ``language`` in: the system's own if it speaks that language, then the
    language's usual territory (``en`` → ``en_US``), then the first one offered; ``None`` if none."""
    wanted = QLocale(language).language()
    same = [locale for locale in available if locale.language() == wanted]
    if not same:
        return None
    for preferred in (system, QLocale(language)):
        if preferred.language() == wanted:
            for locale in same:
                if locale.territory() == preferred.territory():
                    return locale
    return same[0]


def voice_rank(name: str, locale: QLocale) -> tuple[int, int, int, int]:
    """Sort key for a default voice: plain voices before variants ("English (America)+Adam" is a
    variant in espeak-ng), those named for the locale's territory first, then the shortest name."""
    territory = (QLocale.territoryToString(locale.territory()),
                 *_TERRITORY_WORDS.get(locale.territory(), ()))
    named = any(word and word in name for word in territory)
    return ("+" in name, not named, "," in name, len(name))


def choose_voice(voices: Sequence[Any], wanted: str, locale: QLocale) -> Any:
    """The voice called ``wanted`` if there is one, else the best default (:func:`voice_rank`)."""
    for voice in voices:
        if voice.name() == wanted:
            return voice
    return min(voices, key=lambda voice: voice_rank(voice.name(), locale)) if voices else None


class SpeechEngine(QObject):
    """Owns one ``QTextToSpeech`` and answers requests (see the module docstring).

    ``watch_stalls`` reports words that never finish (real services only: the mock engine speaks on
    its own timers). ``system_locale`` stands in for the system's (tests pin it).
    """

    answered = Signal(object)

    def __init__(self, *, prepare: Prepare | None = None, watch_stalls: bool = True,
                 system_locale: QLocale | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prepare = prepare
        self._system = system_locale or QLocale.system()
        self.tts: Any = None
        self._failed = False
        self._language = "en"
        self._voice = ""
        self._rate = 0.0
        self._volume = 0.8
        self._stall = QTimer(self) if watch_stalls else None
        self._busy_until = 0.0
        self._speaking_states: tuple[Any, ...] = ()
        if self._stall is not None:
            self._stall.setObjectName("touchtimer-speech-stall")
            self._stall.setSingleShot(True)
            self._stall.timeout.connect(self._check_stall)

    # -- requests ---------------------------------------------------------------------------------

    def handle(self, request: dict[str, Any]) -> None:
        """Carry out one request and acknowledge it (after its engine calls returned)."""
        op = request.get("op")
        handler = {"start": self._start, "configure": self._configure, "say": self._say,
                   "stop": self._stop}.get(str(op))
        if handler is not None:
            handler(request)
        self.answered.emit({"id": request.get("id")})

    def _problem(self, code: str, detail: str = "") -> None:
        self._failed = True
        self.answered.emit({"event": "problem", "code": code, "detail": detail})

    def _start(self, request: dict[str, Any]) -> None:
        if self.tts is not None or self._failed:
            return
        self._take_settings(request)
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except (ImportError, OSError) as exc:
            self._problem("module", str(exc))
            return
        name = request.get("engine")
        try:
            engines = QTextToSpeech.availableEngines()
        except RuntimeError as exc:
            self._problem("engine_failed", str(exc))
            return
        if not engines:
            self._problem("no_engine")
            return
        if name is not None and name not in engines:
            self._problem("engine_missing", str(name))
            return
        if self._prepare is not None:
            problem = self._prepare(name, list(engines))
            if problem is not None:
                self._problem(*problem)
                return
        try:
            # The call that can block for good inside libspeechd: never made on the GUI thread.
            tts = QTextToSpeech(name, self) if name else QTextToSpeech(self)
        except RuntimeError as exc:   # a plug-in that fails while loading
            self._problem("engine_failed", str(exc))
            return
        if tts.state() == QTextToSpeech.State.Error:
            self._problem("engine_failed", tts.errorString())
            tts.deleteLater()
            return
        self.tts = tts
        self._speaking_states = (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing)
        tts.stateChanged.connect(self._state_changed)
        tts.errorOccurred.connect(lambda _reason, text: self._problem("engine_failed", text))
        self._apply()

    def _take_settings(self, request: dict[str, Any]) -> None:
        self._language = str(request.get("language", self._language) or "en")
        self._voice = str(request.get("voice", self._voice) or "")
        self._rate = float(request.get("rate", self._rate))
        self._volume = float(request.get("volume", self._volume))

    def _configure(self, request: dict[str, Any]) -> None:
        self._take_settings(request)
        if self.tts is not None and not self._failed:
            self._apply()

    def _apply(self) -> None:
        """Language, voice, rate and volume onto the engine; then say where things stand."""
        tts = self.tts
        locale = choose_locale(tts.availableLocales(), self._language, self._system)
        if locale is None:
            self._problem("no_voice", self._language)
            return
        if tts.locale() != locale:
            tts.setLocale(locale)
        voices = list(tts.availableVoices())
        voice = choose_voice(voices, self._voice, locale)
        if voice is None:
            self._problem("no_voice", self._language)
            return
        if self._voice and voice.name() != self._voice:
            # A saved voice of the same language in another of its locales (en_GB for en_US).
            voice, voices = self._voice_elsewhere(tts, locale) or (voice, voices)
        if tts.voice() != voice:
            tts.setVoice(voice)
        tts.setRate(max(-1.0, min(1.0, self._rate)))
        tts.setVolume(max(0.0, min(1.0, self._volume)))
        self.answered.emit({"event": "status", **self.status(voices)})

    def _voice_elsewhere(self, tts: Any, current: QLocale) -> tuple[Any, list[Any]] | None:
        wanted = QLocale(self._language).language()
        for locale in tts.availableLocales():
            if locale.language() == wanted and locale != current:
                tts.setLocale(locale)
                voices = list(tts.availableVoices())
                for voice in voices:
                    if voice.name() == self._voice:
                        return voice, voices
        tts.setLocale(current)
        return None

    def status(self, voices: Sequence[Any] | None = None) -> dict[str, Any]:
        """Where the engine stands: its name, locale, voice, the voices of that locale, rate, volume."""
        tts = self.tts
        voice = tts.voice()
        listed = list(voices) if voices is not None else list(tts.availableVoices())
        return {"engine": tts.engine(), "locale": voice.locale().name() or tts.locale().name(),
                "language": QLocale.languageToCode(voice.locale().language() if voice.name()
                                                   else tts.locale().language()),
                "voice": voice.name(), "voices": [v.name() for v in listed],
                "rate": float(tts.rate()), "volume": float(tts.volume())}

    # -- speaking ----------------------------------------------------------------------------------

    def _say(self, request: dict[str, Any]) -> None:
        text = str(request.get("text", ""))
        if self.tts is None or self._failed or not text:
            return
        if request.get("interrupt"):
            self._busy_until = 0.0
            self.tts.say(text)
        else:
            self.tts.enqueue(text)
        self._expect(text)

    def _stop(self, _request: dict[str, Any]) -> None:
        if self.tts is not None and not self._failed:
            self.tts.stop()
            self._busy_until = 0.0
            if self._stall is not None:
                self._stall.stop()

    def _expect(self, text: str) -> None:
        """The words should be said by a generous estimate; arm the stall check for then."""
        if self._stall is None:
            return
        now = time.monotonic()
        self._busy_until = max(now, self._busy_until) + SECONDS_PER_WORD * len(text.split())
        self._stall.start(round((self._busy_until - now + STALL_GRACE_S) * 1000))

    def _state_changed(self, state: Any) -> None:
        speaking = state in self._speaking_states
        if not speaking and self._stall is not None:
            self._stall.stop()
            self._busy_until = 0.0
        self.answered.emit({"event": "speaking", "value": speaking})

    def _check_stall(self) -> None:
        if self.tts is not None and self.tts.state() in self._speaking_states:
            self._problem("stalled")
