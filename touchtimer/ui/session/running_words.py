"""Words the running page shows that are worked out, not typed: the session's state and what the
evidence says about a stage. In the running page's own translation context ("RunningPage")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from touchtimer.core.routines.model import BenefitNote, Routine
from touchtimer.core.safety import NOT_A_TREATMENT, UNREVIEWED_NOTE
from touchtimer.core.session.engine import State
from touchtimer.ui.widgets.texts import certainty_label


def state_word(state: State) -> str:
    """ "Running", "Paused", "Waiting for you"…: a word, never only a colour."""
    words = {
        State.RUNNING: QCoreApplication.translate("RunningPage", "Running"),
        State.PAUSED: QCoreApplication.translate("RunningPage", "Paused"),
        State.WAITING: QCoreApplication.translate("RunningPage", "Waiting for you"),
        State.FINISHED: QCoreApplication.translate("RunningPage", "Finished"),
    }
    return words.get(state, QCoreApplication.translate("RunningPage", "Ready"))


def evidence_text(notes: Sequence[BenefitNote], routine: Routine | None) -> str:
    """Each note with its source and certainty, then that touchtimer is not a treatment ("" without
    notes). A parent's own file is marked as such: touchtimer has not reviewed what it claims."""
    if not notes:
        return ""
    unreviewed = QCoreApplication.translate("Safety", UNREVIEWED_NOTE)
    mark = "" if routine is None or routine.reviewed else "\n" + unreviewed
    source = QCoreApplication.translate("RunningPage", "{0}\nSource: {1} ({2})")
    lines = [source.format(n.text, n.source, certainty_label(n.certainty)) + mark for n in notes]
    return "\n\n".join([*lines, QCoreApplication.translate("Safety", NOT_A_TREATMENT)])
