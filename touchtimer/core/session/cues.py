"""Cue planning: which words to speak and which chime to play for each engine event.

Pure and Qt-free. The UI's cue player feeds every engine event through :meth:`CuePlanner.plan`
together with a :class:`CueContext` read from the engine at the moment of delivery, and plays the
:class:`Speak` and :class:`Chime` requests it gets back, in order.

Only what is *current* is ever said. After a stall (a suspended laptop, a busy machine) the engine
delivers every event that fell due in the meantime, each with the moment it was due; the planner
drops stages that are already over, prompts of earlier stages, and prompts or "next up" notices
that fell due more than :data:`STALE_AFTER` seconds ago. A stage that is still running is always
announced, however late, because it says where the parent is now.

Modes: ``voice_and_chimes`` speaks and chimes, ``chimes_only`` only chimes, ``silent`` gives nothing.
Quiet mode (a sleeping baby) never speaks and keeps chimes at a very low volume
(:data:`QUIET_CHIME_VOLUME` at most), so a parent who is awake still hears them close by.

The one exception: the position checks of a skin-to-skin session (the checklist, its reminders and the
regular checks, :mod:`~touchtimer.core.session.position_checks`) always chime, at least softly
(:data:`SOFT_CHECK_VOLUME`), whatever the cue mode or quiet mode say; they are spoken when the voice
is on, like everything else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from touchtimer.core.routines.model import Routine
from touchtimer.core.safety import SLEEPY_AT_THE_END
from touchtimer.core.session.engine import State
from touchtimer.core.session.events import (
    ChecklistDue,
    Event,
    PositionCheckDue,
    PromptDue,
    SessionFinished,
    StageEndingSoon,
    StageStarted,
    WaitingForParent,
)
from touchtimer.core.settings import Settings

#: Prompts and "next up" notices older than this (seconds) when delivered are not said.
STALE_AFTER = 15.0
#: The loudest a chime plays in quiet mode (0..1).
QUIET_CHIME_VOLUME = 0.1
#: The softest a skin-to-skin position check ever chimes, even in quiet mode or with cues silent; its
#: reminders play at this volume.
SOFT_CHECK_VOLUME = QUIET_CHIME_VOLUME

ChimeKind = Literal["stage", "check", "end"]
CHIME_KINDS: tuple[ChimeKind, ...] = ("stage", "check", "end")


#: Words per second assumed when estimating how long a safety check takes to say (a slow 150 wpm).
WORDS_PER_SECOND = 2.5


@dataclass(frozen=True)
class Speak:
    """Say ``text``. ``interrupt`` stops anything still being said first (a new stage, the end).

    ``protected`` words (safety checks) must be heard in full: a later ``interrupt`` waits for them.
    """

    text: str
    interrupt: bool = False
    protected: bool = False

    def seconds(self) -> float:
        """A generous estimate of how long the words take to say."""
        return 1.0 + len(self.text.split()) / WORDS_PER_SECOND


@dataclass(frozen=True)
class Chime:
    """Play the chime of ``kind`` at ``volume`` (0..1)."""

    kind: ChimeKind
    volume: float


Cue = Speak | Chime


@dataclass(frozen=True)
class Phrases:
    """The fixed words the planner adds around routine text; the UI passes translated ones."""

    next_up: str = "Next up: {title}."
    nearly_done: str = "Nearly done."
    when_ready: str = "When you are ready: {title}."
    finished: str = "That is the end of the routine. Take all the time you like."
    ended: str = "The session has ended. Take all the time you like."
    #: Added after either of the two above when a skin-to-skin session ends.
    sleepy: str = SLEEPY_AT_THE_END
    #: The position checklist, about a minute after baby is on the chest; ``{items}`` are its lines.
    checklist: str = "Time to check baby's position. {items} When all of this is right, press Enter."
    #: A gentle reminder while the checklist waits.
    checklist_again: str = "The position check is still on the screen. When all is right, press Enter."


class EngineView(Protocol):
    """What the planner needs to know about the engine (``SessionEngine`` satisfies it)."""

    @property
    def routine(self) -> Routine: ...

    @property
    def index(self) -> int: ...

    @property
    def state(self) -> State: ...


@dataclass(frozen=True)
class CueContext:
    """The engine as it stands when events are delivered, and the moment of delivery."""

    now: float
    index: int
    state: State
    routine: Routine

    @classmethod
    def of(cls, engine: EngineView, now: float) -> CueContext:
        return cls(now, engine.index, engine.state, engine.routine)


class CuePlanner:
    """Turns events into cue requests, following the live ``settings`` object."""

    def __init__(self, settings: Settings, phrases: Phrases | None = None,
                 stale_after: float = STALE_AFTER) -> None:
        self.settings = settings
        self.phrases = phrases or Phrases()
        self.stale_after = stale_after

    # -- what the settings allow --------------------------------------------------------------

    @property
    def voice_on(self) -> bool:
        return self.settings.cue_mode == "voice_and_chimes" and not self.settings.quiet_mode

    @property
    def chimes_on(self) -> bool:
        return self.settings.cue_mode in ("voice_and_chimes", "chimes_only")

    def chime_volume(self) -> float:
        volume = min(1.0, max(0.0, self.settings.chime_volume))
        if self.settings.quiet_mode:
            volume = min(volume, QUIET_CHIME_VOLUME)
        return volume

    def check_volume(self) -> float:
        """How loud a position check chimes: as the settings say, never below :data:`SOFT_CHECK_VOLUME`."""
        return max(SOFT_CHECK_VOLUME, self.chime_volume() if self.chimes_on else 0.0)

    def _chime(self, kind: ChimeKind) -> list[Cue]:
        return [Chime(kind, self.chime_volume())] if self.chimes_on else []

    def _speak(self, text: str, interrupt: bool = False, protected: bool = False) -> list[Cue]:
        text = text.strip()
        return [Speak(text, interrupt, protected)] if self.voice_on and text else []

    # -- planning -----------------------------------------------------------------------------

    def _fresh(self, at: float, ctx: CueContext) -> bool:
        return ctx.now - at <= self.stale_after

    def plan(self, event: Event, ctx: CueContext) -> list[Cue]:
        """The cues for one event, given the engine's state when it is delivered."""
        live = ctx.state in (State.RUNNING, State.PAUSED)
        if isinstance(event, StageStarted):
            if not (live and event.index == ctx.index):
                return []  # a stage that is already over by the time we hear of it
            return self._chime("stage") + self._speak(event.stage.words, interrupt=True)
        if isinstance(event, PromptDue):
            if not (live and event.index == ctx.index and self._fresh(event.at, ctx)):
                return []
            check = event.prompt.kind == "check"
            chime: list[Cue] = self._chime("check") if check else []
            return chime + self._speak(event.prompt.words, protected=check)
        if isinstance(event, StageEndingSoon):
            if not (ctx.state is State.RUNNING and event.index == ctx.index and self._fresh(event.at, ctx)):
                return []
            if event.next_index is None:
                return self._speak(self.phrases.nearly_done)
            title = ctx.routine.stages[event.next_index].title
            return self._speak(self.phrases.next_up.format(title=title))
        if isinstance(event, WaitingForParent):
            if not (ctx.state is State.WAITING and event.next_index == ctx.index + 1):
                return []
            title = ctx.routine.stages[event.next_index].title
            return self._chime("stage") + self._speak(self.phrases.when_ready.format(title=title),
                                                      interrupt=True)
        if isinstance(event, ChecklistDue | PositionCheckDue):
            return self._plan_check(event, ctx)
        if isinstance(event, SessionFinished):
            words = self.phrases.finished if event.status == "completed" else self.phrases.ended
            if ctx.routine.kind == "skin_to_skin":
                words = f"{words} {self.phrases.sleepy}"
            return self._chime("end") + self._speak(words, interrupt=True)
        return []

    def _plan_check(self, event: ChecklistDue | PositionCheckDue, ctx: CueContext) -> list[Cue]:
        """A skin-to-skin position check: always at least a soft chime, the words when the voice is on."""
        if ctx.state in (State.READY, State.FINISHED) or not self._fresh(event.at, ctx):
            return []
        if isinstance(event, PositionCheckDue):
            return [Chime("check", self.check_volume()), *self._speak(event.prompt.words, protected=True)]
        if event.occurrence > 1:
            return [Chime("check", SOFT_CHECK_VOLUME), *self._speak(self.phrases.checklist_again)]
        items = " ".join(item.strip() for item in ctx.routine.safety)
        return [Chime("check", self.check_volume()),
                *self._speak(self.phrases.checklist.format(items=items), protected=True)]

    def plan_all(self, events: Sequence[Event], ctx: CueContext) -> list[Cue]:
        """The cues for a batch of events delivered together (one ``update`` call)."""
        cues: list[Cue] = []
        for event in events:
            cues += self.plan(event, ctx)
        return cues
