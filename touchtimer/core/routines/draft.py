"""A routine being edited: mutable, allowed to be wrong, and checked by the real routine checker.

The editor changes a :class:`RoutineDraft`; :meth:`RoutineDraft.problems` writes the would-be file
and runs :func:`parse_routine` on it, so what the editor accepts is exactly what ``touchtimer check``
accepts. Each problem keeps the checker's field path (``stages[1].prompts[0].at_seconds``) so the
editor can show it next to the field it is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal

from touchtimer.core.routines.files import RoutineError
from touchtimer.core.routines.model import (
    BenefitNote,
    Cues,
    Kind,
    Prompt,
    PromptKind,
    Routine,
    Side,
    Stage,
    Translation,
)
from touchtimer.core.routines.translations import carried_over
from touchtimer.core.routines.user_files import check_routine

Timing = Literal["at", "every"]


@dataclass
class PromptDraft:
    text: str = ""
    timing: Timing = "at"
    seconds: int = 30
    kind: PromptKind = "prompt"
    spoken: str | None = None

    @classmethod
    def of(cls, prompt: Prompt) -> PromptDraft:
        if prompt.every_seconds is not None:
            return cls(prompt.text, "every", prompt.every_seconds, prompt.kind, prompt.spoken)
        return cls(prompt.text, "at", prompt.at_seconds or 0, prompt.kind, prompt.spoken)

    def build(self) -> Prompt:
        if self.timing == "every":
            return Prompt(self.text.strip(), every_seconds=self.seconds, kind=self.kind, spoken=self.spoken)
        return Prompt(self.text.strip(), at_seconds=self.seconds, kind=self.kind, spoken=self.spoken)


@dataclass
class StageDraft:
    title: str = ""
    instruction: str = ""
    open_ended: bool = False
    seconds: int = 60
    target_seconds: int = 0          # 0: no target
    side: Side | None = None
    prompts: list[PromptDraft] = field(default_factory=list)
    benefits: tuple[BenefitNote, ...] = ()
    spoken: str | None = None
    placing: bool = False

    @classmethod
    def of(cls, stage: Stage) -> StageDraft:
        return cls(stage.title, stage.instruction, stage.open_ended,
                   stage.seconds if stage.seconds is not None else 60, stage.target_seconds or 0,
                   stage.side, [PromptDraft.of(p) for p in stage.prompts], stage.benefits, stage.spoken,
                   stage.placing)

    def build(self) -> Stage:
        return Stage(
            title=self.title.strip(), instruction=self.instruction.strip(),
            seconds=None if self.open_ended else self.seconds,
            target_seconds=(self.target_seconds or None) if self.open_ended else None,
            side=self.side, prompts=tuple(p.build() for p in self.prompts), benefits=self.benefits,
            spoken=self.spoken, placing=self.placing,
        )


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


@dataclass
class RoutineDraft:
    id: str
    title: str
    kind: Kind
    min_age_weeks: int
    max_age_weeks: int
    summary: str
    stages: list[StageDraft]
    preparation: str = ""            # one item a line
    safety: str = ""
    when_not_to: str = ""
    benefits: tuple[BenefitNote, ...] = ()
    cues: Cues = field(default_factory=Cues)
    preterm: bool = False
    care_team: bool = False
    source: str = ""
    partners: bool = False
    language: str = "en"
    #: The file's other languages, kept through the edit (``translations.carried_over``).
    translations: tuple[Translation, ...] = ()

    @classmethod
    def of(cls, routine: Routine) -> RoutineDraft:
        """A draft of ``routine``. A parent's own file shown in a translation is edited in the file's
        own language, so that saving keeps every language it carries; a built-in routine is copied
        as it is shown (a parent reading it in German gets a German copy of their own)."""
        if routine.original is not None and not routine.reviewed:
            routine = routine.original
        return cls(
            routine.id, routine.title, routine.kind, routine.min_age_weeks, routine.max_age_weeks,
            routine.summary, [StageDraft.of(s) for s in routine.stages], "\n".join(routine.preparation),
            "\n".join(routine.safety), "\n".join(routine.when_not_to), routine.benefits, routine.cues,
            routine.preterm, routine.care_team, routine.source, routine.partners, routine.language,
            routine.translations,
        )

    def build(self) -> Routine:
        """The routine as it stands (it may not pass the checker; see :meth:`problems`)."""
        routine = Routine(
            id=self.id.strip(), title=self.title.strip(), kind=self.kind,
            min_age_weeks=self.min_age_weeks, max_age_weeks=self.max_age_weeks,
            summary=self.summary.strip(), stages=tuple(s.build() for s in self.stages),
            preparation=_lines(self.preparation), safety=_lines(self.safety),
            when_not_to=_lines(self.when_not_to), benefits=self.benefits, cues=self.cues,
            preterm=self.preterm, care_team=self.care_team, partners=self.partners, source=self.source,
            language=self.language,
        )
        return replace(routine, translations=carried_over(self.translations, routine))

    def problems(self) -> list[RoutineError]:
        """What the routine checker says about the file this draft would be saved as."""
        return check_routine(replace(self.build(), source=""), file=f"{self.id.strip() or 'routine'}.toml")

    # -- stage list edits ------------------------------------------------------------------

    def move_stage(self, index: int, step: int) -> int:
        """Move a stage up (-1) or down (+1); returns its new index."""
        target = index + step
        if not 0 <= index < len(self.stages) or not 0 <= target < len(self.stages):
            return index
        self.stages[index], self.stages[target] = self.stages[target], self.stages[index]
        return target


_PATH = re.compile(r"^stages\[(\d+)\](?:\.prompts\[(\d+)\])?")


@dataclass(frozen=True)
class Where:
    """Which part of the draft a checker path is about."""

    field: str                 # the last key, such as "title" or "at_seconds" ("" for the whole part)
    stage: int | None = None
    prompt: int | None = None


def where(path: str) -> Where:
    """``stages[1].prompts[0].at_seconds`` -> Where("at_seconds", 1, 0); ``title`` -> Where("title")."""
    match = _PATH.match(path)
    if match is None:
        return Where(path.split(".")[0].split("[")[0])
    rest = path[match.end():].lstrip(".")
    stage = int(match.group(1))
    prompt = int(match.group(2)) if match.group(2) is not None else None
    return Where(rest.split(".")[0].split("[")[0], stage, prompt)
