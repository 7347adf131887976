"""Plays the cues the core planner asks for: words through :class:`Voice`, chimes through :class:`Chimes`.

Wiring (in ``app.py``)::

    player = CuePlayer(settings, clock)
    player.attach(runner)        # hears every session's events; detach() on quit

Nothing is imported from QtMultimedia until the first chime plays, and no speech is started until
the first words are to be said with voice cues on (or :meth:`probe` is called by the settings dialog
while they are on); speech never runs in this process at all (:mod:`voice`). When cues cannot play,
:attr:`status` holds one plain sentence saying why, :attr:`status_changed` announces it (also when the
voice is lost later, in the middle of a session), and the session carries on in silence.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal

from touchtimer.core.clock import Clock
from touchtimer.core.safety import SLEEPY_AT_THE_END
from touchtimer.core.session.cues import Chime, Cue, CueContext, CuePlanner, Phrases, Speak
from touchtimer.core.session.events import Event, SessionStarted
from touchtimer.core.session.runner import SessionListener
from touchtimer.core.settings import Settings
from touchtimer.ui.platform.chimes import Chimes
from touchtimer.ui.platform.voice import Voice
from touchtimer.ui.translation import language


def translated_phrases() -> Phrases:
    """The planner's fixed words in the window's language (each written out, so lupdate finds it)."""
    return Phrases(
        next_up=QCoreApplication.translate("CuePlayer", "Next up: {title}."),
        nearly_done=QCoreApplication.translate("CuePlayer", "Nearly done."),
        when_ready=QCoreApplication.translate("CuePlayer", "When you are ready: {title}."),
        finished=QCoreApplication.translate(
            "CuePlayer", "That is the end of the routine. Take all the time you like."),
        ended=QCoreApplication.translate("CuePlayer", "The session has ended. Take all the time you like."),
        sleepy=QCoreApplication.translate("Safety", SLEEPY_AT_THE_END),
        checklist=QCoreApplication.translate(
            "CuePlayer", "Time to check baby's position. {items} When all of this is right, press Enter."),
        checklist_again=QCoreApplication.translate(
            "CuePlayer", "The position check is still on the screen. When all is right, press Enter."),
    )


class CuePlayer(QObject, SessionListener):
    """Listens to a session runner and speaks and chimes as the settings ask."""

    #: The status sentence changed ("" when every cue the settings ask for can play).
    status_changed = Signal(str)

    def __init__(self, settings: Settings, clock: Clock, *, voice: Voice | None = None,
                 chimes: Chimes | None = None, phrases: Phrases | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.planner = CuePlanner(settings, phrases or translated_phrases())
        self.voice = voice or Voice(parent=self)
        # The words are in the window's language: its phrases, and the routines read in it.
        self.voice.set_language(language())
        self.voice.problem_changed.connect(self._voice_lost)
        self.chimes = chimes or Chimes(parent=self)
        self._status = ""
        self._protected_until = float("-inf")   # a safety check is being said until then

    # -- settings -----------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self.planner.settings

    def set_settings(self, settings: Settings) -> None:
        self.planner.settings = settings
        self._configure_voice()
        if not self.planner.voice_on:
            self.voice.shutdown()     # no speech service runs while voice cues are off
        self._update_status()

    def _configure_voice(self) -> None:
        s = self.planner.settings
        self.voice.configure(s.voice_name, s.voice_rate, s.voice_volume)

    # -- the sessions ---------------------------------------------------------------------------

    def detach(self) -> None:
        super().detach()
        self.voice.stop()

    def on_event(self, event: Event) -> None:
        """A runner listener: plan and play the cues for ``event``."""
        engine = self.runner.engine if self.runner is not None else None
        if engine is None:
            return
        if isinstance(event, SessionStarted):
            self.voice.stop()       # nothing from an earlier session talks over the new one
            # A routine is shown in the window's language when its file has it, else in its own.
            self.voice.set_language(engine.routine.language)
        self.play(self.planner.plan_all([event], CueContext.of(engine, self.clock.monotonic())))

    # -- playing ------------------------------------------------------------------------------

    def play(self, cues: Sequence[Cue]) -> None:
        if not cues:
            return
        for cue in cues:
            if isinstance(cue, Chime):
                self.chimes.play(cue.kind, cue.volume)
            elif isinstance(cue, Speak):
                self._configure_voice()
                now = self.clock.monotonic()
                # Never cut a safety check short: a new stage's words wait behind it instead.
                interrupt = cue.interrupt and now >= self._protected_until
                if self.voice.speak(cue.text, interrupt) and cue.protected:
                    self._protected_until = max(now, self._protected_until) + cue.seconds()
        self._update_status()

    def test_chime(self, kind: str = "stage") -> bool:
        """Play one chime at the current chime volume (the settings dialog's "test" button)."""
        played = self.chimes.play(kind, self.planner.chime_volume())
        self._update_status()
        return played

    def shutdown(self) -> None:
        """Stop speaking and end the speech helper and whatever it started (at quit)."""
        self.voice.stop()
        self.voice.shutdown()

    def probe(self) -> str:
        """Start the sound back-end, and the speech helper if voice cues are on, and return
        :attr:`status` (the voice's own problems arrive later, through :attr:`status_changed`)."""
        if self.planner.chimes_on:
            self.chimes.start()
        if self.planner.voice_on:
            self.voice.start()
        self._update_status()
        return self._status

    # -- status -------------------------------------------------------------------------------

    def _voice_lost(self, _problem: str) -> None:
        self._update_status()

    @property
    def status(self) -> str:
        return self._status

    def _update_status(self) -> None:
        voice = self.voice.problem if self.planner.voice_on else ""
        chimes = self.chimes.problem if self.planner.chimes_on else ""
        if voice and chimes:
            text = self.tr("Spoken cues and chimes are silent: {0}; {1}.").replace(
                "{0}", chimes).replace("{1}", voice)
        elif voice:
            text = self.tr("Spoken cues are silent: {0}. Chimes still play.").replace("{0}", voice)
        elif chimes:
            text = self.tr("Chimes are silent: {0}.").replace("{0}", chimes)
        else:
            text = ""
        if text != self._status:
            self._status = text
            self.status_changed.emit(text)
