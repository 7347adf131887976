"""Spoken cues, without the window ever waiting for them.

:class:`Voice` lives on the GUI thread but only posts requests: the speech engine runs in the speech
helper process (:mod:`speech_worker`, which explains why a process and not a thread), reached
through :class:`~touchtimer.ui.platform.speech_link.ProcessLink`. Qt's "mock" engine, which cannot
block, runs in this process instead (:class:`~touchtimer.ui.platform.speech_link.InlineLink`); that
is the voice of the test suite.

Every request has a time limit (:class:`SpeechLimits`): the helper must be up and its engine
ready within ``start`` seconds, and must answer each later request within ``call`` seconds of the
one before. An engine that does not is given up on for the rest of the run: the helper and
everything it started are killed, :attr:`Voice.problem` says why in plain words,
:attr:`Voice.problem_changed` announces it, and every later call is a quiet no-op. The same happens
when the engine reports a problem (no speech module, no speech service, no voice for the language,
words taken but never said). Nothing here raises, and nothing is started until the first words are
to be said (or :meth:`Voice.start` is called because voice cues are on).

The voice speaks the language of the text (:meth:`Voice.set_language`, English unless told
otherwise), whatever the system locale: see :mod:`speech_engine`.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from touchtimer.ui.platform.speech_link import InlineLink, ProcessLink


@dataclass(frozen=True)
class SpeechLimits:
    """Time limits, in seconds: for the helper and its engine to be ready, and for each request.

    Starting includes a Python process, speech-dispatcher and its voice list (about 1.5 s measured
    on a 2-core machine; far more on a busy one)."""

    start: float = 20.0
    call: float = 5.0


#: The limits a :class:`Voice` gets when it is given none (the benchmarks shorten them).
DEFAULT_LIMITS = SpeechLimits()

Link = InlineLink | ProcessLink


class Voice(QObject):
    """Says cue words with a chosen voice, rate and volume, in the language of the words.

    ``engine_name`` picks a QtTextToSpeech engine ("speechd", "mock", ...); ``None`` lets Qt choose
    the platform's. ``isolated`` runs the engine in the speech helper process (the default for
    every engine but "mock"). ``command`` replaces the helper's command line (tests use it to
    recreate faults in the helper); ``system_locale`` pins the locale an in-process engine sees.
    """

    #: The text just handed to the speech engine.
    said = Signal(str)
    #: Why the voice is silent ("" once it works again, which does not happen within a run).
    problem_changed = Signal(str)
    #: The engine told its voices (see :meth:`voice_names`).
    voices_changed = Signal()
    #: The engine started or stopped saying something.
    speaking_changed = Signal(bool)

    def __init__(self, engine_name: str | None = None, parent: QObject | None = None, *,
                 isolated: bool | None = None, limits: SpeechLimits | None = None,
                 command: list[str] | None = None, system_locale: str | None = None) -> None:
        super().__init__(parent)
        self.engine_name = engine_name
        self.isolated = engine_name != "mock" if isolated is None else isolated
        self.limits = limits or DEFAULT_LIMITS
        self._command = command
        self._system_locale = system_locale
        self.link: Link | None = None
        self._ready = False
        self._problem = ""
        self._language = "en"
        self._voice_name = ""
        self._rate = 0.0
        self._volume = 0.8
        self._info: dict[str, Any] = {}
        self._speaking = False
        self._queue: list[tuple[str, bool]] = []
        self._next_id = 0
        self._pending: deque[tuple[int, float, str]] = deque()
        self._since = 0.0
        self._watchdog = QTimer(self)
        self._watchdog.setObjectName("touchtimer-speech-time-limit")
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._late)

    # -- what is known -----------------------------------------------------------------------------

    @property
    def problem(self) -> str:
        """Why the voice is silent ("" while it works or before it was first needed)."""
        return self._problem

    @property
    def info(self) -> dict[str, Any]:
        """What the engine last said of itself: engine, locale, language, voice, voices, rate, volume."""
        return dict(self._info)

    @property
    def ready(self) -> bool:
        return self._ready

    @property
    def speaking(self) -> bool:
        return self._speaking

    @property
    def language(self) -> str:
        return self._language

    @property
    def rate(self) -> float:
        return float(self._info.get("rate", self._rate))

    @property
    def volume(self) -> float:
        return float(self._info.get("volume", self._volume))

    @property
    def voice_name(self) -> str:
        return str(self._info.get("voice", self._voice_name))

    @property
    def voices_known(self) -> bool:
        """Whether :meth:`voice_names` is the engine's answer (not just "not asked yet")."""
        return "voices" in self._info or bool(self._problem)

    def voice_names(self) -> list[str]:
        """The voices the engine offers for the language (empty before it answered, or when silent)."""
        return list(self._info.get("voices", []))

    # -- starting ----------------------------------------------------------------------------------

    def start(self) -> bool:
        """Start the engine (off the GUI thread) if not yet started; ``False`` once known silent."""
        if self._problem:
            return False
        if self.link is None:
            link: Link = self._make_link()
            self.link = link
            link.received.connect(self._received)
            link.ended.connect(self._link_ended)
            self._request({"op": "start", "engine": self.engine_name, **self._settings()},
                          self.limits.start, "start")
        return not self._problem

    def _make_link(self) -> Link:
        if not self.isolated:
            return InlineLink(self._system_locale, self)
        return ProcessLink(self._command, self)

    def _settings(self) -> dict[str, Any]:
        return {"language": self._language, "voice": self._voice_name, "rate": self._rate,
                "volume": self._volume}

    # -- choices ------------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Speak words of ``language`` (an ISO 639 code such as "en") with a voice of that language."""
        if language != self._language:
            self._language = language
            self._reconfigure()

    def configure(self, voice_name: str, rate: float, volume: float) -> None:
        """Choose the voice by name ("" for the language's default), rate (-1..1) and volume (0..1)."""
        if (voice_name, rate, volume) != (self._voice_name, self._rate, self._volume):
            self._voice_name, self._rate, self._volume = voice_name, rate, volume
            self._reconfigure()

    def _reconfigure(self) -> None:
        if self.link is not None and not self._problem:
            self._request({"op": "configure", **self._settings()}, self.limits.call, "configure")

    # -- speaking -----------------------------------------------------------------------------------

    def speak(self, text: str, interrupt: bool = False) -> bool:
        """Say ``text`` (after anything still being said, unless ``interrupt``). ``False`` if silent."""
        if not text or not self.start():
            return False
        if self._ready:
            self._request({"op": "say", "text": text, "interrupt": interrupt}, self.limits.call, "say")
        else:
            if interrupt:           # it would cut off whatever waits before it: drop that now
                self._queue.clear()
            self._queue.append((text, interrupt))
        self.said.emit(text)
        return True

    def stop(self) -> None:
        """Stop speaking (and forget words still waiting for the engine)."""
        self._queue.clear()
        if self._ready and not self._problem:
            self._request({"op": "stop"}, self.limits.call, "stop")

    def shutdown(self) -> None:
        """End the engine and everything started for it, now, without waiting (at quit)."""
        self._watchdog.stop()
        self._pending.clear()
        self._queue.clear()
        link, self.link = self.link, None
        self._ready = False
        if link is not None:
            link.received.disconnect(self._received)
            link.ended.disconnect(self._link_ended)
            link.kill()            # and it deletes itself once its process is reaped

    # -- requests and their time limits ----------------------------------------------------------------

    def _request(self, request: dict[str, Any], limit: float, what: str) -> None:
        if self.link is None:
            return
        self._next_id += 1
        if not self._pending:
            self._since = time.monotonic()
        self._pending.append((self._next_id, limit, what))
        self._arm()
        self.link.send({**request, "id": self._next_id})

    def _arm(self) -> None:
        if not self._pending:
            self._watchdog.stop()
            return
        due = self._since + self._pending[0][1]
        self._watchdog.start(max(0, round((due - time.monotonic()) * 1000)))

    def _late(self) -> None:
        if not self._pending:
            return
        _, limit, what = self._pending[0]
        seconds = f"{limit:g}"
        if what == "start":
            text = self.tr("the speech service did not start within {0} seconds").replace("{0}", seconds)
        else:
            text = self.tr("the speech service stopped answering (nothing for {0} seconds)").replace(
                "{0}", seconds)
        self._give_up(text)

    def _received(self, answer: dict[str, Any]) -> None:
        if "id" in answer:
            while self._pending and self._pending[0][0] <= int(answer["id"] or 0):
                _, _, what = self._pending.popleft()
                if what == "start" and not self._problem:
                    self._became_ready()
            self._since = time.monotonic()
            self._arm()
            return
        event = answer.get("event")
        if event == "status":
            self._info = {k: v for k, v in answer.items() if k != "event"}
            self.voices_changed.emit()
        elif event == "speaking":
            self._speaking = bool(answer.get("value"))
            self.speaking_changed.emit(self._speaking)
        elif event == "problem":
            self._give_up(self._describe(str(answer.get("code")), str(answer.get("detail") or "")))

    def _became_ready(self) -> None:
        self._ready = True
        queued, self._queue = self._queue, []
        for text, interrupt in queued:
            self._request({"op": "say", "text": text, "interrupt": interrupt}, self.limits.call, "say")

    def _link_ended(self, how: str) -> None:
        self._give_up(self.tr("the speech helper stopped unexpectedly ({0})").replace("{0}", how))

    def _give_up(self, text: str) -> None:
        if self._problem:
            return
        self._problem = text
        self.shutdown()
        self._speaking = False
        self.problem_changed.emit(text)
        self.voices_changed.emit()

    def _describe(self, code: str, detail: str) -> str:
        """A problem the engine side reported, in words a parent can act on."""
        speechd = self.engine_name in (None, "speechd")
        if code == "module":
            hint = self.tr(" (on Linux, install the libpulse0 package)") if "pulse" in detail else ""
            return self.tr("the speech module could not be loaded") + hint
        if code == "no_engine":
            return self.tr("no speech engine is installed (on Linux, install speech-dispatcher)")
        if code == "engine_missing":
            return self.tr("the speech engine “{0}” is not installed").replace("{0}", detail)
        if code == "no_service":
            return self.tr("speech-dispatcher is not installed (on Linux, install the speech-dispatcher "
                           "and speech-dispatcher-espeak-ng packages)")
        if code == "service_failed":
            return self.tr("speech-dispatcher could not be started ({0})").replace("{0}", detail)
        if code == "no_voice":
            locale = QLocale(detail or self._language)
            # The language's name in the window's language for those touchtimer speaks, else its own.
            names = {QLocale.Language.English: self.tr("English"),
                     QLocale.Language.Spanish: self.tr("Spanish"),
                     QLocale.Language.German: self.tr("German")}
            language = names.get(locale.language(), locale.nativeLanguageName())
            text = self.tr("no {0} voice is installed").replace("{0}", language)
            if speechd:
                text += self.tr(" (on Linux, install the speech-dispatcher-espeak-ng package)")
            return text
        if code == "stalled":
            return self.tr("the speech service took the words but never said them (is there a working "
                           "sound output?)")
        return self.tr("the speech engine failed to start ({0})").replace("{0}", detail or code)
