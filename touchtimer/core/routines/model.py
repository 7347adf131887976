"""What a routine is: plain, immutable data read from routine files.

A routine is a list of stages. A stage lasts a fixed time or is open-ended (it counts up, with an
optional target). Prompts inside a stage fall due at an offset, or repeat every N seconds.
Reading and validating files lives in ``routine_files``; this module only holds the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["skin_to_skin", "massage"]
Side = Literal["left", "right"]
Certainty = Literal["high", "moderate", "low", "very low", "guidance"]
PromptKind = Literal["prompt", "check"]

KINDS: tuple[Kind, ...] = ("skin_to_skin", "massage")
SIDES: tuple[Side, ...] = ("left", "right")
CERTAINTIES: tuple[Certainty, ...] = ("high", "moderate", "low", "very low", "guidance")
PROMPT_KINDS: tuple[PromptKind, ...] = ("prompt", "check")

#: The oldest age, in weeks, that routines are written for (two years).
MAX_AGE_WEEKS = 104


@dataclass(frozen=True)
class BenefitNote:
    """A short, honest note about what the evidence says, with its source and certainty."""

    text: str
    source: str
    certainty: Certainty


@dataclass(frozen=True)
class Prompt:
    """A gentle prompt inside a stage.

    Exactly one of ``at_seconds`` (once, at that offset into the stage) and ``every_seconds``
    (repeating at every multiple of it) is set. ``kind`` is ``"check"`` for safety checks, which
    get a distinct cue.
    """

    text: str
    at_seconds: int | None = None
    every_seconds: int | None = None
    kind: PromptKind = "prompt"
    spoken: str | None = None

    def offsets(self, until: float) -> list[int]:
        """Offsets (seconds into the stage) at which this prompt falls due, strictly before ``until``."""
        if self.at_seconds is not None:
            return [self.at_seconds] if self.at_seconds < until else []
        assert self.every_seconds is not None
        out: list[int] = []
        offset = self.every_seconds
        while offset < until:
            out.append(offset)
            offset += self.every_seconds
        return out

    def first_offset_at_or_after(self, elapsed: float) -> int | None:
        """The first due offset at or after ``elapsed`` seconds into the stage."""
        if self.at_seconds is not None:
            return self.at_seconds if self.at_seconds >= elapsed else None
        assert self.every_seconds is not None
        n = max(1, -(-int(elapsed) // self.every_seconds))
        offset = n * self.every_seconds
        while offset < elapsed:
            offset += self.every_seconds
        return offset

    @property
    def words(self) -> str:
        """What to say aloud."""
        return self.spoken or self.text


@dataclass(frozen=True)
class Stage:
    """One step of a routine. ``seconds`` is ``None`` for an open-ended stage.

    ``placing`` marks the stage in which baby is placed on the parent's chest (skin-to-skin): the
    position checks' clock starts when it first starts (see :attr:`Routine.placing_index`).
    """

    title: str
    instruction: str
    seconds: int | None = None
    target_seconds: int | None = None
    side: Side | None = None
    prompts: tuple[Prompt, ...] = ()
    benefits: tuple[BenefitNote, ...] = ()
    spoken: str | None = None
    placing: bool = False

    @property
    def open_ended(self) -> bool:
        return self.seconds is None

    @property
    def words(self) -> str:
        """What to say aloud when the stage starts."""
        return self.spoken or f"{self.title}. {self.instruction}"


@dataclass(frozen=True)
class Cues:
    """Baby cues to watch for: ready to engage, pause (subtle) and stop (obvious)."""

    engaged: tuple[str, ...] = ()
    pause: tuple[str, ...] = ()
    stop: tuple[str, ...] = ()


@dataclass(frozen=True)
class Translation:
    """A routine's text in another language, from its file's ``[translations.<language>]`` table.

    ``texts`` pairs each text of the routine (in the file's own language) with its translation, in
    the order they come in the routine; ``missing`` lists the routine's texts it has no translation
    for yet. Only a complete translation is ever shown (never half a routine in each language).
    """

    language: str
    texts: tuple[tuple[str, str], ...]
    missing: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class Routine:
    """A complete routine, as read from one TOML file.

    ``language`` is the language its text is in; ``translations`` are the other languages its file
    carries. A routine shown in one of those (``core.routines.translations.localize``) has that
    language's text, no translations, and ``original``: the routine as its file has it.
    """

    id: str
    title: str
    kind: Kind
    min_age_weeks: int
    max_age_weeks: int
    summary: str
    stages: tuple[Stage, ...]
    preparation: tuple[str, ...] = ()
    safety: tuple[str, ...] = ()
    when_not_to: tuple[str, ...] = ()
    benefits: tuple[BenefitNote, ...] = ()
    cues: Cues = field(default_factory=Cues)
    preterm: bool = False
    care_team: bool = False
    #: Written for fathers, partners or other family members (before the due date they are sent to
    #: a routine for babies born early instead; see :func:`touchtimer.core.babies.ages.recommend`).
    partners: bool = False
    source: str = "builtin"
    language: str = "en"
    translations: tuple[Translation, ...] = ()
    original: Routine | None = field(default=None, compare=False, repr=False)

    @property
    def open_ended(self) -> bool:
        return any(stage.open_ended for stage in self.stages)

    @property
    def placing_index(self) -> int:
        """The stage in which baby is placed on the chest: the one marked ``placing``, else the first."""
        return next((i for i, stage in enumerate(self.stages) if stage.placing), 0)

    @property
    def reviewed(self) -> bool:
        """Whether the routine ships with touchtimer, its notes reviewed; a parent's own file is not."""
        return self.source == "builtin"

    @property
    def total_seconds(self) -> int | None:
        """The planned length, or ``None`` when a stage is open-ended."""
        if self.open_ended:
            return None
        return sum(stage.seconds or 0 for stage in self.stages)

    @property
    def all_benefits(self) -> tuple[BenefitNote, ...]:
        """Routine-level notes followed by each stage's notes, without repeats."""
        seen: list[BenefitNote] = []
        for note in (*self.benefits, *(n for s in self.stages for n in s.benefits)):
            if note not in seen:
                seen.append(note)
        return tuple(seen)

    def suits_age(self, weeks: int) -> bool:
        """Whether a baby of ``weeks`` completed weeks is inside this routine's age band.

        Both ends are inclusive and counted in completed weeks, so bands 0-4 and 5-12 leave no gap.
        """
        return self.min_age_weeks <= weeks <= self.max_age_weeks
