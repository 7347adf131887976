"""Writing a routine back to TOML, in the same shape as the built-in routine files.

The standard library reads TOML but cannot write it, so this module writes exactly the routine
model: basic strings (escaped), integers, the odd float, booleans, arrays of strings, one table
(``[cues]``) and arrays of tables (``[[benefits]]``, ``[[stages]]``, ``[[stages.prompts]]``,
``[[stages.benefits]]``). ``parse_routine(write_routine(r))`` gives back ``r`` (apart from
``source``, which says where a routine was read from) for every routine the parser can produce.

It writes whatever the model holds, even values the checker would refuse (an empty title), so an
editor can run the real checker on the would-be file and show its messages.
"""

from __future__ import annotations

from collections.abc import Iterable

from touchtimer.core.routines.files import FORMAT_VERSION
from touchtimer.core.routines.model import BenefitNote, Prompt, Routine, Stage
from touchtimer.core.routines.translations import carried_over

_ESCAPES = {
    '"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r",
}


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped, the rest as is.

    Raises ValueError for a lone surrogate, which no UTF-8 file can hold.
    """
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        elif 0xD800 <= code <= 0xDFFF:
            raise ValueError("text holds a lone surrogate character, which cannot be saved")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _number(value: float) -> str:
    if isinstance(value, bool):
        raise TypeError("a boolean is not a number")
    if isinstance(value, int):
        return str(value)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("only finite numbers can be written")
    return repr(float(value))


def _boolean(value: bool) -> str:
    return "true" if value else "false"


def _string_array(items: Iterable[str]) -> str:
    items = list(items)
    if not items:
        return "[]"
    return "[\n" + "".join(f"    {toml_string(i)},\n" for i in items) + "]"


def _minutes_or_seconds(seconds: int, minutes_key: str, seconds_key: str) -> str:
    """``minutes = 2`` when a whole number of minutes, else ``seconds = 90``."""
    if seconds > 0 and seconds % 60 == 0:
        return f"{minutes_key} = {seconds // 60}"
    return f"{seconds_key} = {_number(seconds)}"


def _benefits(notes: Iterable[BenefitNote], table: str) -> list[str]:
    lines: list[str] = []
    for note in notes:
        lines += ["", f"[[{table}]]",
                  f"text = {toml_string(note.text)}",
                  f"source = {toml_string(note.source)}",
                  f"certainty = {toml_string(note.certainty)}"]
    return lines


def _prompt(prompt: Prompt) -> list[str]:
    lines = ["", "[[stages.prompts]]", f"text = {toml_string(prompt.text)}"]
    if prompt.spoken is not None:
        lines.append(f"spoken = {toml_string(prompt.spoken)}")
    if prompt.kind != "prompt":
        lines.append(f"kind = {toml_string(prompt.kind)}")
    if prompt.at_seconds is not None:
        lines.append(_minutes_or_seconds(prompt.at_seconds, "at_minutes", "at_seconds"))
    if prompt.every_seconds is not None:
        lines.append(_minutes_or_seconds(prompt.every_seconds, "every_minutes", "every_seconds"))
    return lines


def _stage(stage: Stage) -> list[str]:
    lines = ["", "[[stages]]", f"title = {toml_string(stage.title)}",
             f"instruction = {toml_string(stage.instruction)}"]
    if stage.spoken is not None:
        lines.append(f"spoken = {toml_string(stage.spoken)}")
    if stage.side is not None:
        lines.append(f"side = {toml_string(stage.side)}")
    if stage.placing:
        lines.append("placing = true")
    if stage.seconds is not None:
        lines.append(_minutes_or_seconds(stage.seconds, "minutes", "seconds"))
    else:
        lines.append("open_ended = true")
        if stage.target_seconds is not None:
            target = stage.target_seconds
            minutes: float = target // 60 if target % 60 == 0 else target / 60
            lines.append(f"target_minutes = {_number(minutes)}")
    for prompt in stage.prompts:
        lines += _prompt(prompt)
    lines += _benefits(stage.benefits, "stages.benefits")
    return lines


def write_routine(routine: Routine) -> str:
    """The routine as the text of a TOML routine file."""
    lines = [
        f"format = {FORMAT_VERSION}",
        f"id = {toml_string(routine.id)}",
        f"title = {toml_string(routine.title)}",
        f"kind = {toml_string(routine.kind)}",
        f"summary = {toml_string(routine.summary)}",
        f"min_age_weeks = {_number(routine.min_age_weeks)}",
        f"max_age_weeks = {_number(routine.max_age_weeks)}",
        f"preterm = {_boolean(routine.preterm)}",
        f"care_team = {_boolean(routine.care_team)}",
    ]
    if routine.partners:
        lines.append(f"partners = {_boolean(routine.partners)}")
    if routine.language != "en":
        lines.append(f"language = {toml_string(routine.language)}")
    for key, items in (("preparation", routine.preparation), ("safety", routine.safety),
                       ("when_not_to", routine.when_not_to)):
        if items:
            lines.append(f"{key} = {_string_array(items)}")
    cues = routine.cues
    if cues.engaged or cues.pause or cues.stop:
        lines += ["", "[cues]"]
        for key, items in (("engaged", cues.engaged), ("pause", cues.pause), ("stop", cues.stop)):
            if items:
                lines.append(f"{key} = {_string_array(items)}")
    lines += _benefits(routine.benefits, "benefits")
    for stage in routine.stages:
        lines += _stage(stage)
    # Keyed by the original text (routines/translations.py): lines whose text is no longer in the
    # routine (it was edited) are left out.
    for translation in carried_over(routine.translations, routine):
        lines += ["", f"[translations.{translation.language}]"]
        lines += [f"{toml_string(text)} = {toml_string(words)}" for text, words in translation.texts]
    return "\n".join(lines) + "\n"
