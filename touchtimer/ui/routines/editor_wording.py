"""The routine checker's messages in the editor's words: which field a problem belongs to, and a plain
sentence naming the stage and prompt it is about ("Stage 2 “Legs”, prompt 1, time: …")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from touchtimer.core.routines.draft import where
from touchtimer.core.routines.files import RoutineError
from touchtimer.ui.routines.editor_layout import FIELDS
from touchtimer.ui.routines.stage_editor import joined
from touchtimer.ui.widgets.texts import term


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoutineEditor", text)


def problem_wording(error: RoutineError, stage_titles: Sequence[str]) -> tuple[str, str]:
    """(field key, plain message) for one checker error; the key is one of :data:`FIELDS`."""
    spot = where(error.path)
    message = error.message
    for key, words in (("min_age_weeks", QCoreApplication.translate("RoutineEditor", "the youngest age")),
                       ("max_age_weeks", QCoreApplication.translate("RoutineEditor", "the oldest age"))):
        message = message.replace(key, words)
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
