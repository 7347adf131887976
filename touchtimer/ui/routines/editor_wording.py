"""The routine checker's messages in the editor's words: which field a problem belongs to, and a plain
sentence naming the stage and prompt it is about ("Stage 2 “Legs”, prompt 1, time: …")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, Words, words
from touchtimer.core.routines.draft import where
from touchtimer.core.routines.files import RoutineError
from touchtimer.ui.routines.editor_layout import FIELDS
from touchtimer.ui.translation import words_text
from touchtimer.ui.widgets.texts import term


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoutineEditor", text)


def joined(what: str, message: str) -> str:
    """The field's name and the checker's message as one sentence in the window's language: "Title" and
    "is empty; ..." give "Title is empty; ..." (the checker's messages that say something of the field
    start with "is " in English, whatever the language shown); any other message follows a colon."""
    if message.startswith("is "):
        template = QT_TRANSLATE_NOOP("RoutineEditor", "{what} {problem}")
    else:
        template = QT_TRANSLATE_NOOP("RoutineEditor", "{what}: {problem}")
    return words_text(words(template, what=what, problem=message))


def _renamed(message: str, names: dict[str, str]) -> str:
    """``message`` with the file's key names among its fields (``min_age_weeks``) in the editor's words."""
    if isinstance(message, Words):
        if not any(value in names for value in message.args.values() if isinstance(value, str)):
            return message
        args = {key: names.get(value, value) if isinstance(value, str) and not isinstance(value, Words)
                else value for key, value in message.args.items()}
        return Words(message.context, message.template, args, message.n)
    for key, name in names.items():
        message = message.replace(key, name)
    return message


def problem_wording(error: RoutineError, stage_titles: Sequence[str]) -> tuple[str, str]:
    """(field key, plain message) for one checker error; the key is one of :data:`FIELDS`."""
    spot = where(error.path)
    message = _renamed(error.message, {
        "min_age_weeks": QCoreApplication.translate("RoutineEditor", "the youngest age"),
        "max_age_weeks": QCoreApplication.translate("RoutineEditor", "the oldest age")})
    if spot.stage is not None:
        number = spot.stage + 1
        title = stage_titles[spot.stage].strip() if spot.stage < len(stage_titles) else ""
        what = QCoreApplication.translate("RoutineEditor", "Stage %1").replace("%1", str(number))
        if title:
            what += f" “{title}”"
        if spot.prompt is not None:
            what += QCoreApplication.translate(
                "RoutineEditor", ", prompt %1").replace("%1", str(spot.prompt + 1))
        part = {
            "title": QCoreApplication.translate("RoutineEditor", "title"),
            "instruction": QCoreApplication.translate("RoutineEditor", "instruction"),
            "seconds": QCoreApplication.translate("RoutineEditor", "length"),
            "minutes": QCoreApplication.translate("RoutineEditor", "length"),
            "target_minutes": QCoreApplication.translate("RoutineEditor", "target"),
            "text": QCoreApplication.translate("RoutineEditor", "text"),
            "at_seconds": QCoreApplication.translate("RoutineEditor", "time"),
            "at_minutes": QCoreApplication.translate("RoutineEditor", "time"),
            "every_seconds": QCoreApplication.translate("RoutineEditor", "repeat time"),
            "every_minutes": QCoreApplication.translate("RoutineEditor", "repeat time"),
        }.get(spot.field, "")
        if part:
            what += f", {part}"
        return "stages", joined(what, message)
    names = {
        "title": QCoreApplication.translate("RoutineEditor", "Title"),
        "id": QCoreApplication.translate("RoutineEditor", "File name"),
        "kind": QCoreApplication.translate("RoutineEditor", "Kind"),
        "summary": QCoreApplication.translate("RoutineEditor", "Summary"),
        "min_age_weeks": QCoreApplication.translate("RoutineEditor", "Age band"),
        "max_age_weeks": QCoreApplication.translate("RoutineEditor", "Age band"),
        "preparation": term("preparation"),
        "safety": term("safety"),
        "when_not_to": term("when_not_to"),
        "stages": QCoreApplication.translate("RoutineEditor", "Stages"),
    }
    key = {"min_age_weeks": "age", "max_age_weeks": "age"}.get(spot.field, spot.field)
    if key not in FIELDS:
        key = "stages"
    return key, joined(names.get(spot.field, QCoreApplication.translate("RoutineEditor", "Routine")), message)
