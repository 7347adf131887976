"""Three small questions the session window asks when something went wrong, calmly.

* :class:`SleepQuestion`: the computer slept during a running session; does that time count?
* :class:`ResumeQuestion`: a session stopped unexpectedly a little while ago; continue it?
* :class:`UnsavedQuestion`: a session had finished, its summary on screen, when touchtimer stopped;
  save it with what was written?
* :class:`SaveProblemDialog`: a finished session could not be saved; try again, or save as a file.

Each is a plain ``QMessageBox`` built from core objects; the caller opens it and, when it is answered,
reads the choice (``SleepQuestion.apply`` acts on the session's runner). The dialogs never compute time.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from touchtimer.core.durations import length_words
from touchtimer.core.session.journal import Checkpoint, stopped_after_text
from touchtimer.core.session.record import SessionRecord
from touchtimer.core.session.runner import SessionRunner
from touchtimer.core.session.safe_save import SaveResult
from touchtimer.core.session.sleep import SleepGap
from touchtimer.ui.translation import words_text


def _minutes_text(seconds: float) -> str:
    return length_words(seconds)


class SleepQuestion(QMessageBox):
    """"The computer slept for 12 min. Did the contact go on?" Yes counts it, No leaves it out."""

    def __init__(self, gap: SleepGap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gap = gap
        self.setWindowTitle(self.tr("The computer was asleep"))
        self.setText(self.tr("The computer slept for %1 during this session.")
                     .replace("%1", _minutes_text(gap.seconds)))
        self.setInformativeText(self.tr("If you stayed together, that time can count. Should it?"))
        self.count_button = self.addButton(self.tr("Yes, count it"), QMessageBox.ButtonRole.YesRole)
        self.skip_button = self.addButton(self.tr("No, leave it out"), QMessageBox.ButtonRole.NoRole)
        self.setDefaultButton(self.count_button)

    def apply(self, runner: SessionRunner) -> bool:
        """Act on the answer for the runner's session; returns whether the time was counted."""
        if self.clickedButton() is self.count_button:
            runner.add_elapsed(self.gap.seconds)
            return True
        runner.note_uncounted_gap(self.gap.seconds)
        return False


class ResumeQuestion(QMessageBox):
    """Offer to continue a session that stopped unexpectedly less than 30 minutes ago."""

    def __init__(self, checkpoint: Checkpoint, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checkpoint = checkpoint
        self.setWindowTitle(self.tr("Continue your session?"))
        self.setText(self.tr("“%1” stopped unexpectedly after %2. It is saved as interrupted.")
                     .replace("%1", title)
                     .replace("%2", words_text(stopped_after_text(checkpoint.total_elapsed))))
        self.setInformativeText(self.tr("You can continue it where it stopped, or leave it as it is."))
        self.resume_button = self.addButton(self.tr("Continue"), QMessageBox.ButtonRole.AcceptRole)
        self.leave_button = self.addButton(self.tr("Leave it"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.resume_button)

    @property
    def wants_resume(self) -> bool:
        return self.clickedButton() is self.resume_button


class UnsavedQuestion(QMessageBox):
    """Offer to save a session that had finished (its summary on screen) when touchtimer stopped."""

    def __init__(self, checkpoint: Checkpoint, record: SessionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checkpoint = checkpoint
        self.record = record
        self.setWindowTitle(self.tr("Save your session?"))
        self.setText(self.tr("“%1” had finished, but touchtimer stopped before it was saved.")
                     .replace("%1", record.routine_title))
        kept = (self.tr("Your answers and your note were kept. Save it now, with them?")
                if record.notes or record.baby_response or record.mood_after is not None
                else self.tr("Save it now?"))
        self.setInformativeText(kept + " " + self.tr("If you leave it, it stays in your history as "
                                                     "interrupted."))
        self.save_button = self.addButton(self.tr("Save it"), QMessageBox.ButtonRole.AcceptRole)
        self.leave_button = self.addButton(self.tr("Leave it"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.save_button)

    @property
    def wants_save(self) -> bool:
        return self.clickedButton() is self.save_button


class SaveProblemDialog(QMessageBox):
    """A finished session could not be saved: say why, and offer "try again" and "save as file"."""

    def __init__(self, result: SaveResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save_result = result
        self.setWindowTitle(self.tr("This session is not saved yet"))
        self.setText(words_text(result.message))
        self.retry_button = self.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        self.file_button = self.addButton(self.tr("Save as file…"), QMessageBox.ButtonRole.ActionRole)
        self.setDefaultButton(self.retry_button)
