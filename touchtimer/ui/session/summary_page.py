"""After the session: what happened, how the baby responded, the parent's mood and a note.

Ending early gets a "good call", and the end of skin-to-skin says where baby goes if the parent is
sleepy (:func:`touchtimer.core.safety.ending_lines`).

Save is the default (Enter); Discard asks first (the window does the asking). The parent check-in is
offered as a button, never forced; a mood of 1 or 2 (before or after) adds one calm line offering it.
The page says who the session was for, and asks about "your babies" when there were two. Every change
of an answer is told (``answers_changed``) so the session can keep it safe as it is typed; while a
save is being written the buttons wait.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from touchtimer.core.safety import CHECK_IN_OFFER, ending_lines, offers_check_in
from touchtimer.core.session.record import BABY_RESPONSES, BabyResponse, SessionRecord, StageRecord
from touchtimer.core.session.session import SummaryAnswers
from touchtimer.ui.history.labels import stage_outcome_label
from touchtimer.ui.session.presession_page import mood_choices
from touchtimer.ui.session.summary_details import BabyResponses, KangarooDetails
from touchtimer.ui.widgets.buttons import push_button
from touchtimer.ui.widgets.flow_layout import FlowLayout
from touchtimer.ui.widgets.growing_text import GrowingText
from touchtimer.ui.widgets.texts import minutes_text, stage_name


class SummaryPage(QWidget):
    save_requested = Signal()
    discard_requested = Signal()
    checkin_requested = Signal()
    #: The response, the mood or the note changed (read :attr:`answers`); not when the page fills itself.
    answers_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPage")
        self.record: SessionRecord | None = None
        self._mood_before: int | None = None
        self._several = self._skin = False

        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.ending = QLabel()
        self.ending.setObjectName("summaryEnding")
        self.ending.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("summaryFacts")
        self.facts.setWordWrap(True)
        self.stage_list = QLabel()
        self.stage_list.setProperty("role", "muted")
        self.stage_list.setWordWrap(True)

        self.response_label = response_label = QLabel(self.tr("How did your baby respond? (optional)"))
        response_label.setProperty("role", "subheading")
        response_label.setWordWrap(True)
        self.response_group = QButtonGroup(self)
        self.response_group.setExclusive(True)
        self.response_buttons: dict[BabyResponse, QRadioButton] = {}
        words = {"calm": self.tr("&Calm"), "fussy": self.tr("F&ussy"),
                 "fell_asleep": self.tr("Fell &asleep"), "cried": self.tr("C&ried")}
        responses = FlowLayout(spacing=12)
        for key in BABY_RESPONSES:
            button = QRadioButton(words[key])
            button.setObjectName(f"response_{key}")
            button.setAccessibleName(words[key].replace("&", ""))
            plain = words[key].replace("&", "")
            button.setToolTip(self.tr("Your baby was mostly: {0}").format(plain.lower()))
            self.response_group.addButton(button)
            self.response_buttons[key] = button
            responses.addWidget(button)
        self.single_response = QWidget()
        self.single_response.setLayout(responses)
        responses.setContentsMargins(0, 0, 0, 0)
        # With two babies, one row of answers under each name instead.
        self.baby_responses = BabyResponses()
        self.baby_responses.changed.connect(self._changed)
        self.details_label = QLabel(self.tr("About the hold (optional)"))
        self.details_label.setProperty("role", "subheading")
        self.details_label.setWordWrap(True)
        self.details = KangarooDetails()
        self.details.changed.connect(self._changed)
        for widget in (self.baby_responses, self.details_label, self.details):
            widget.hide()

        self.mood_box = QComboBox()
        self.mood_box.setObjectName("moodAfter")
        self.mood_box.setAccessibleName(self.tr("How are you feeling now (optional)"))
        self.mood_box.setToolTip(self.tr("Optional: how you feel now, from 1 (very low) to 5 (very good)"))
        for text, value in mood_choices():
            self.mood_box.addItem(text, value)
        mood_label = QLabel(self.tr("How are you feeling &now?"))
        mood_label.setBuddy(self.mood_box)
        mood_label.setWordWrap(True)          # a long translation wraps rather than widen the page
        mood_row = QHBoxLayout()
        mood_row.addWidget(mood_label)
        mood_row.addWidget(self.mood_box)
        mood_row.addStretch(1)
        self.checkin_offer = QLabel(QCoreApplication.translate("Safety", CHECK_IN_OFFER))
        self.checkin_offer.setObjectName("checkinOffer")
        self.checkin_offer.setWordWrap(True)
        self.checkin_offer.hide()
        self.mood_box.currentIndexChanged.connect(lambda _i: self._offer_check_in())

        self.notes = GrowingText()          # two lines at least, taller as the note grows
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName(self.tr("Note"))
        self.notes.setToolTip(self.tr("Anything you want to remember about this session (optional)"))
        self.notes.setPlaceholderText(self.tr("A note for yourself (optional)"))
        notes_label = QLabel(self.tr("N&ote"))
        notes_label.setBuddy(self.notes)

        self.checkin_button = push_button(
            self.tr("A moment for &you…"), name="checkinButton",
            accessible=self.tr("A moment for you: optional check-in"),
            tip=self.tr("An optional check-in for you, the parent"), on_click=self.checkin_requested)
        self.discard_button = push_button(
            self.tr("&Discard"), name="discardButton", accessible=self.tr("Discard this session"),
            tip=self.tr("Do not keep this session (asks first)"), on_click=self.discard_requested)
        self.save_button = push_button(
            self.tr("&Save"), name="saveButton", accessible=self.tr("Save this session"),
            tip=self.tr("Keep this session in your history (Enter)"), on_click=self.save_requested,
            default=True)

        buttons = FlowLayout(spacing=12)
        buttons.addWidget(self.checkin_button)
        buttons.add_right(self.discard_button)
        buttons.add_right(self.save_button)

        # What happened and the questions scroll; Save and Discard stay in sight below them, even on a
        # 1024x600 screen.
        content = QWidget()
        content.setObjectName("summaryContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)
        parts: tuple[QWidget, ...] = (self.heading, self.ending, self.facts, self.stage_list, response_label,
                                      self.single_response, self.baby_responses, self.details_label,
                                      self.details)
        for part in parts:
            column.addWidget(part)
        column.addLayout(mood_row)
        column.addWidget(notes_label)
        column.addWidget(self.notes)
        column.addStretch(1)
        self.content_scroll = QScrollArea()
        self.content_scroll.setObjectName("summaryScroll")
        self.content_scroll.setWidgetResizable(True)
        self.content_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.content_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content_scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        layout.addWidget(self.content_scroll, 1)
        layout.addWidget(self.checkin_offer)
        layout.addLayout(buttons)

        chain: list[QWidget] = [*self.response_buttons.values(), self.mood_box, self.notes, self.save_button,
                                self.discard_button, self.checkin_button]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        self._filling = False
        self.response_group.buttonToggled.connect(self._toggled)
        self.mood_box.currentIndexChanged.connect(lambda _index: self._changed())
        self.notes.textChanged.connect(self._changed)

    def _toggled(self, _button: QAbstractButton, on: bool) -> None:
        if on:
            self._changed()

    def _changed(self) -> None:
        if not self._filling:
            self.answers_changed.emit()

    def show_record(self, record: SessionRecord, answers: SummaryAnswers | None = None, *,
                    names: list[str] | None = None, mood_before: int | None = None,
                    babies: list[tuple[str, str]] | None = None) -> None:
        """Show ``record``, with ``answers`` already given (a session found after a crash) or none,
        for the babies ``names`` (as chosen when it started); ``mood_before`` is the parent's mood
        before it, which offers the check-in when low. With two or more ``babies`` (``(id, name)``)
        each baby's response is asked on a row of its own."""
        self._filling = True
        try:
            self._show(record, answers or SummaryAnswers(), names or [], mood_before)
            self._show_details(record, answers or SummaryAnswers(), babies or [])
        finally:
            self._filling = False
        self.set_saving(False)

    def _show_details(self, record: SessionRecord, answers: SummaryAnswers,
                      babies: list[tuple[str, str]]) -> None:
        several = self._several = len(babies) >= 2
        self.single_response.setVisible(not several)
        self.baby_responses.setVisible(several)
        self.baby_responses.set_babies(babies if several else [], answers.baby_responses)
        skin = self._skin = record.kind == "skin_to_skin"
        self.details_label.setVisible(skin)
        self.details.setVisible(skin)
        self.details.set_values(answers.fed_at_breast, answers.interruptions)
        chain: list[QWidget] = [*(self.baby_responses.buttons() if several
                                  else self.response_buttons.values()),
                                *(self.details.fed_buttons.values() if skin else ()),
                                self.mood_box, self.notes, self.save_button]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _show(self, record: SessionRecord, answers: SummaryAnswers, names: list[str],
              mood_before: int | None) -> None:
        from touchtimer.ui.widgets.texts import names_text

        self.record = record
        self._mood_before = mood_before
        self._show_who(names)
        self.heading.setText(self.tr("Well done: {0}").format(record.routine_title)
                             if record.status == "completed"
                             else self.tr("Session ended: {0}").format(record.routine_title))
        # Ending early is praised, never counted against the parent; after skin-to-skin, the cot.
        lines = ending_lines(record.kind, completed=record.status == "completed")
        self.ending.setText("\n".join(QCoreApplication.translate("Safety", line) for line in lines))
        self.ending.setVisible(bool(lines))
        done = sum(s.status == "done" for s in record.stages)
        moved_on = sum(s.status == "skipped" for s in record.stages)
        not_reached = sum(s.status == "not_reached" for s in record.stages)
        stopped = sum(s.status == "stopped" for s in record.stages)
        parts = [self.tr("For {0}").format(names_text(names))] if names else []
        parts += [self.tr("Time together: {0}").format(minutes_text(record.actual_seconds)),
                 self.tr("{0} of {1} stages done").format(done, len(record.stages))]
        if moved_on:
            parts.append(self.tr("{0} moved on early").format(moved_on))
        if stopped:
            parts.append(self.tr("{0} stopped early").format(stopped))
        if not_reached:
            parts.append(self.tr("{0} not reached").format(not_reached))
        self.facts.setText(" · ".join(parts))
        self.stage_list.setText("\n".join(self._stage_line(s) for s in record.stages))
        self.response_group.setExclusive(False)
        for key, button in self.response_buttons.items():
            button.setChecked(key == answers.baby_response)
        self.response_group.setExclusive(True)
        self.mood_box.setCurrentIndex(max(0, self.mood_box.findData(answers.mood_after)))
        self.notes.setPlainText(answers.note)
        self._offer_check_in()

    def _show_who(self, names: list[str]) -> None:
        """One baby or none: "your baby"; two: "your babies", in the question and its buttons' tips."""
        several = len(names) >= 2
        self.response_label.setText(self.tr("How did your babies respond? (optional)") if several
                                    else self.tr("How did your baby respond? (optional)"))
        for button in self.response_buttons.values():
            plain = button.accessibleName().lower()
            button.setToolTip(self.tr("Your babies were mostly: {0}").format(plain) if several
                              else self.tr("Your baby was mostly: {0}").format(plain))

    def _offer_check_in(self) -> None:
        self.checkin_offer.setVisible(offers_check_in(self._mood_before, self.mood))

    def set_saving(self, saving: bool) -> None:
        """While a save is being written: Save and Discard wait, and the page says so."""
        self.save_button.setEnabled(not saving)
        self.discard_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("&Save"))

    def _stage_line(self, stage: StageRecord) -> str:
        """ "1. “Settle in”: done, 2 min"; "2. “Left leg”: moved on after 11 s"; "5. “Rest”: not reached"."""
        outcome = stage_outcome_label(stage.status, stage.actual_seconds)
        if stage.status in ("done", "stopped"):
            outcome = self.tr("{0}, {1}").format(outcome, minutes_text(stage.actual_seconds))
        return self.tr("{0}. {1}: {2}").format(stage.position + 1, stage_name(stage.title), outcome)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter saves from anywhere on the page (the note keeps its own Enter for new lines).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if isinstance(focus, QPushButton):
                focus.click()  # Enter on a button does what that button says
            else:
                self.save_requested.emit()
            return
        super().keyPressEvent(event)

    def focus_first(self) -> None:
        self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def baby_response(self) -> BabyResponse | None:
        return next((key for key, button in self.response_buttons.items() if button.isChecked()), None)

    @property
    def mood(self) -> int | None:
        value = self.mood_box.currentData()
        return None if value is None else int(value)

    @property
    def note(self) -> str:
        return self.notes.toPlainText().strip()

    @property
    def answers(self) -> SummaryAnswers:
        several, skin = self._several, self._skin
        return SummaryAnswers(None if several else self.baby_response, self.mood, self.note,
                              self.baby_responses.answers() if several else {},
                              self.details.fed_at_breast if skin else None,
                              self.details.interruptions if skin else None)
