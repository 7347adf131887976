"""Checking the content of one routine document, field by field, with errors a person can act on.

Every problem names the file, the field path (``stages[2].prompts[0].at_seconds``), what is wrong and
what was expected; unknown keys get a "did you mean" hint. :mod:`touchtimer.core.routines.files`
reads the file and hands the parsed TOML here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, cast

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words
from touchtimer.core.routines.fields import FieldChecker, type_name
from touchtimer.core.routines.model import (
    CERTAINTIES,
    KINDS,
    MAX_AGE_WEEKS,
    PROMPT_KINDS,
    SIDES,
    BenefitNote,
    Certainty,
    Cues,
    Kind,
    Prompt,
    PromptKind,
    Routine,
    Side,
    Stage,
)
from touchtimer.core.routines.safeguards import safeguard_problems
from touchtimer.core.routines.translations import LANGUAGE_CODE, check_translations

FORMAT_VERSION = 1
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")

ROUTINE_KEYS = (
    "format", "id", "title", "kind", "summary", "min_age_weeks", "max_age_weeks", "preterm",
    "care_team", "partners", "preparation", "safety", "when_not_to", "benefits", "cues", "stages",
    "language", "translations",
)
STAGE_KEYS = (
    "title", "instruction", "spoken", "minutes", "seconds", "open_ended", "target_minutes",
    "side", "placing", "prompts", "benefits",
)
PROMPT_KEYS = ("text", "spoken", "kind", "at_seconds", "at_minutes", "every_seconds", "every_minutes")
BENEFIT_KEYS = ("text", "source", "certainty")
CUE_KEYS = ("engaged", "pause", "stop")


class RoutineChecker(FieldChecker):
    """Checks one routine document (see the module docstring); :attr:`errors` lists every problem."""

    def benefits(self, table: dict[str, Any], path: str) -> tuple[BenefitNote, ...]:
        notes: list[BenefitNote] = []
        for where, item in self.tables(table, "benefits", path):
            self.unknown_keys(item, BENEFIT_KEYS, where)
            text = self.text(item, "text", where)
            source = self.text(item, "source", where)
            certainty = self.choice(item, "certainty", where, CERTAINTIES, required=True)
            if text and source and certainty:
                notes.append(BenefitNote(text, source, cast(Certainty, certainty)))
        return tuple(notes)

    def prompt(self, item: dict[str, Any], where: str, stage_seconds: int | None) -> Prompt | None:
        self.unknown_keys(item, PROMPT_KEYS, where)
        text = self.text(item, "text", where)
        spoken = self.text(item, "spoken", where, required=False)
        kind = self.choice(item, "kind", where, PROMPT_KINDS, required=False) or "prompt"
        limit = 24 * 3600.0
        at_s = self.number(item, "at_seconds", where, minimum=0, maximum=limit, integer=True,
                           unit="seconds")
        at_m = self.number(item, "at_minutes", where, minimum=0, maximum=limit / 60, unit="minutes")
        ev_s = self.number(item, "every_seconds", where, minimum=1, maximum=limit, integer=True,
                           unit="seconds")
        ev_m = self.number(item, "every_minutes", where, minimum=1 / 60, maximum=limit / 60,
                           unit="minutes")
        given = [k for k in PROMPT_KEYS[3:] if k in item]
        if len(given) != 1:
            if given:
                self.error(where, words(QT_TRANSLATE_NOOP(
                    "RoutineFile", "needs exactly one of at_seconds, at_minutes, every_seconds, "
                    "every_minutes; found {found}"), found=", ".join(given)))
            else:
                self.error(where, QT_TRANSLATE_NOOP(
                    "RoutineFile", "needs exactly one of at_seconds, at_minutes, every_seconds, "
                    "every_minutes"))
            return None
        at = at_s if at_s is not None else (round(at_m * 60) if at_m is not None else None)
        every = ev_s if ev_s is not None else (round(ev_m * 60) if ev_m is not None else None)
        if at is None and every is None:
            return None  # the bad value was reported above
        if stage_seconds is not None:
            first = at if at is not None else every
            assert first is not None
            if first >= stage_seconds:
                self.error(f"{where}.{given[0]}", words(QT_TRANSLATE_NOOP(
                    "RoutineFile", "falls at {at} s, but the stage lasts only {length} s; expected a time "
                    "inside the stage"), at=int(first), length=stage_seconds))
                return None
        if text is None:
            return None
        return Prompt(
            text=text,
            at_seconds=int(at) if at is not None else None,
            every_seconds=max(1, int(every)) if every is not None else None,
            kind=cast(PromptKind, kind),
            spoken=spoken,
        )

    def stage(self, item: dict[str, Any], where: str) -> Stage | None:
        self.unknown_keys(item, STAGE_KEYS, where)
        title = self.text(item, "title", where)
        instruction = self.text(item, "instruction", where)
        spoken = self.text(item, "spoken", where, required=False)
        side = self.choice(item, "side", where, SIDES, required=False)
        day = 24 * 3600.0
        minutes = self.number(item, "minutes", where, minimum=1 / 60, maximum=day / 60, unit="minutes")
        seconds = self.number(item, "seconds", where, minimum=1, maximum=day, integer=True,
                              unit="seconds")
        open_ended = self.boolean(item, "open_ended", where)
        placing = self.boolean(item, "placing", where)
        target = self.number(item, "target_minutes", where, minimum=1 / 60, maximum=day / 60,
                             unit="minutes")
        lengths = [k for k in ("minutes", "seconds") if k in item] + (["open_ended"] if open_ended else [])
        if len(lengths) != 1:
            if lengths:
                self.error(where, words(QT_TRANSLATE_NOOP(
                    "RoutineFile", "needs exactly one of minutes, seconds or open_ended = true; "
                    "found {found}"),
                    found=", ".join(lengths)))
            else:
                self.error(where, QT_TRANSLATE_NOOP(
                    "RoutineFile", "needs exactly one of minutes, seconds or open_ended = true"))
        length: int | None = None
        if seconds is not None:
            length = int(seconds)
        elif minutes is not None:
            length = max(1, round(minutes * 60))
        if "target_minutes" in item and not open_ended:
            self.error(f"{where}.target_minutes", QT_TRANSLATE_NOOP(
                "RoutineFile", "only an open-ended stage can have a target; "
                "add open_ended = true or remove target_minutes"))
        prompts: list[Prompt] = []
        for pwhere, pitem in self.tables(item, "prompts", where):
            prompt = self.prompt(pitem, pwhere, None if open_ended else length)
            if prompt:
                prompts.append(prompt)
        benefits = self.benefits(item, where)
        if title is None or instruction is None:
            return None
        return Stage(
            title=title,
            instruction=instruction,
            seconds=None if open_ended else length,
            target_seconds=round(target * 60) if target is not None and open_ended else None,
            side=cast(Side | None, side),
            prompts=tuple(prompts),
            benefits=benefits,
            spoken=spoken,
            placing=placing,
        )

    def routine(self, doc: dict[str, Any], source: str) -> Routine | None:
        self.unknown_keys(doc, ROUTINE_KEYS, "")
        # type() rather than ==, so that true (== 1) and 1.0 are refused too
        if "format" in doc and (type(doc["format"]) is not int or doc["format"] != FORMAT_VERSION):
            self.error("format", words(QT_TRANSLATE_NOOP(
                "RoutineFile", "got {got}; expected {version}, the only routine format this version of "
                "touchtimer reads"), got=type_name(doc["format"]), version=FORMAT_VERSION))
        routine_id = self.text(doc, "id", "")
        if routine_id is not None and not ID_PATTERN.match(routine_id):
            self.error("id", words(QT_TRANSLATE_NOOP(
                "RoutineFile", "{id} is not a valid id; expected lower-case letters, digits and dashes, "
                "starting with a letter or digit (at most 64)"), id=repr(routine_id)))
            routine_id = None
        title = self.text(doc, "title", "")
        language = self.text(doc, "language", "", required=False)
        if language is not None and not LANGUAGE_CODE.match(language):
            self.error("language", words(QT_TRANSLATE_NOOP(
                "RoutineFile", "{code} is not a language code; expected two or three lower-case letters, "
                "such as 'en' (the default) or 'es'"), code=repr(language)))
        kind = self.choice(doc, "kind", "", KINDS, required=True)
        summary = self.text(doc, "summary", "")
        low = self.number(doc, "min_age_weeks", "", minimum=0, maximum=MAX_AGE_WEEKS,
                          integer=True, required=True, unit="weeks")
        high = self.number(doc, "max_age_weeks", "", minimum=0, maximum=MAX_AGE_WEEKS,
                           integer=True, required=True, unit="weeks")
        if low is not None and high is not None and low > high:
            self.error("max_age_weeks", words(QT_TRANSLATE_NOOP(
                "RoutineFile", "{high} is below {youngest} ({low}); expected {oldest} to be at least "
                "{youngest}"),
                high=int(high), low=int(low), youngest="min_age_weeks", oldest="max_age_weeks"))
        preterm = self.boolean(doc, "preterm", "")
        care_team = self.boolean(doc, "care_team", "")
        partners = self.boolean(doc, "partners", "")
        preparation = self.text_list(doc, "preparation", "")
        safety = self.text_list(doc, "safety", "")
        when_not_to = self.text_list(doc, "when_not_to", "")
        benefits = self.benefits(doc, "")
        cues = Cues()
        if "cues" in doc:
            raw = doc["cues"]
            if not isinstance(raw, dict):
                self.error("cues", words(QT_TRANSLATE_NOOP(
                    "RoutineFile", "expected a table ([cues]), got {got}"), got=type_name(raw)))
            else:
                self.unknown_keys(raw, CUE_KEYS, "cues")
                cues = Cues(*(self.text_list(raw, k, "cues") for k in CUE_KEYS))
        stages: list[Stage] = []
        if "stages" not in doc:
            self.error("stages", QT_TRANSLATE_NOOP(
                "RoutineFile", "is missing; expected at least one [[stages]] table"))
        else:
            for where, item in self.tables(doc, "stages", ""):
                stage = self.stage(item, where)
                if stage:
                    stages.append(stage)
            if isinstance(doc["stages"], list) and not doc["stages"]:
                self.error("stages", QT_TRANSLATE_NOOP(
                    "RoutineFile", "is empty; expected at least one [[stages]] table"))
        if self.errors:
            return None
        assert routine_id and title and kind and summary and low is not None and high is not None
        routine = Routine(
            id=routine_id, title=title, kind=cast(Kind, kind), min_age_weeks=int(low),
            max_age_weeks=int(high), summary=summary, stages=tuple(stages), preparation=preparation,
            safety=safety, when_not_to=when_not_to, benefits=benefits, cues=cues, preterm=preterm,
            care_team=care_team, partners=partners, source=source, language=language or "en",
        )
        for problem in safeguard_problems(routine):   # skin-to-skin: the checklist and the checks
            self.error(problem.path, problem.message)
        if "translations" in doc:       # the routine's text in other languages (routines/translations.py)
            found, problems = check_translations(doc["translations"], routine)
            for path, message in problems:
                self.error(path, message)
            routine = replace(routine, translations=found)
        return None if self.errors else routine


