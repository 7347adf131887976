"""The optional parent check-in: the two Whooley questions, a follow-up only after a "yes", an
always-available "I feel unsafe" choice, then plain guidance.

No scores, no labels, and nothing is stored: the answers live in this dialog only and are gone when
it closes. Every word comes from :mod:`touchtimer.core.safety` (shown through
``QCoreApplication.translate("Safety", ...)``); :func:`~touchtimer.core.safety.guidance_for` decides
what to show, with the crisis line first for a parent who feels unsafe.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QWidget

from touchtimer.core import safety
from touchtimer.core.safety import Answer, CheckInAnswers, Guidance, guidance_for, needs_follow_up
from touchtimer.ui.widgets.text_dialog import TextDialog

#: The questions in order; "follow_up" is asked only after a "yes".
STEPS = ("feeling_down", "little_interest", "wants_help")


def _t(text: str) -> str:
    return QCoreApplication.translate("Safety", text)


def wrap_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` broken into lines (joined by newlines) that each fit ``width`` pixels, where words allow."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


class CheckInDialog(TextDialog):
    """Offered after a session, never forced: every question can be skipped, the dialog closed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_t(safety.CHECK_IN_TITLE), parent, object_name="checkinDialog")
        self._answers: dict[str, Answer] = {}
        self._unsafe = False
        self.step: str = STEPS[0]
        self.shown: tuple[Guidance, ...] = ()

        self.intro = self.add_label(_t(safety.CHECK_IN_INTRO), "dialogBody")
        self.question = self.add_label("", "checkinQuestion")
        row = self.answer_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.answer_buttons: dict[Answer, QPushButton] = {}
        choices: tuple[tuple[Answer, str, str], ...] = (
            ("yes", self.tr("&Yes"), self.tr("Answer yes")),
            ("no", self.tr("&No"), self.tr("Answer no")),
            ("skip", self.tr("&Skip this question"), self.tr("Leave this question unanswered")),
        )
        for value, text, tip in choices:
            button = QPushButton(text)
            button.setObjectName(f"answer_{value}")
            button.setAccessibleName(text.replace("&", ""))
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, v=value: self.answer(v))
            self.answer_buttons[value] = button
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addStretch(1)
        self.answer_row = QWidget()
        self.answer_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addWidget(self.answer_row)
        self.guidance_labels: list[QLabel] = []
        self.body_layout.addStretch(1)

        unsafe = _t(safety.UNSAFE_CHOICE)
        self._unsafe_text = unsafe + "…"
        self.unsafe_button = QPushButton(self._unsafe_text)
        self.unsafe_button.setObjectName("unsafeButton")
        self.unsafe_button.setAccessibleName(unsafe)
        self.unsafe_button.setToolTip(self.tr("Show what to do right now"))
        self.unsafe_button.setAutoDefault(False)
        self.unsafe_button.clicked.connect(self.choose_unsafe)
        self.button_row.insertWidget(0, self.unsafe_button)
        self._show_step()

    # The most important words on this screen must never be cut off: at larger text sizes the
    # button's label is broken into lines that fit the dialog instead of running past its edge.
    def _fit_unsafe_label(self) -> None:
        button = self.unsafe_button
        button.ensurePolished()
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        side = margins.left() + margins.right() if margins is not None else 0
        room = self.width() - side - self.close_button.sizeHint().width() - 16
        padding = button.sizeHint().width() - button.fontMetrics().horizontalAdvance(
            max(button.text().split("\n"), key=len))
        text = wrap_words(self._unsafe_text, button.fontMetrics(), max(80, room - padding))
        if text != button.text():
            button.setText(text)
        # The theme's min-height would let the layout squash a two-line label back to one line.
        button.setMinimumHeight(button.sizeHint().height())

    # Yes, No and "Skip this question" keep their whole labels ("Skip this qu" at 150% before: the
    # theme's button min-width let the row squeeze them); one above the other when a row won't fit.
    def _fit_answer_row(self) -> None:
        buttons = list(self.answer_buttons.values())
        for button in buttons:
            button.ensurePolished()
            button.setMinimumWidth(button.sizeHint().width())
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        side = margins.left() + margins.right() if margins is not None else 0
        body = self.body_layout.contentsMargins()
        room = (self.width() - side - self.scroll_area.verticalScrollBar().sizeHint().width()
                - body.left() - body.right())
        need = sum(b.minimumWidth() for b in buttons) + self.answer_layout.spacing() * (len(buttons) - 1)
        self.answer_layout.setDirection(QBoxLayout.Direction.TopToBottom if need > room
                                        else QBoxLayout.Direction.LeftToRight)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_unsafe_label()
        self._fit_answer_row()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_unsafe_label()
            self._fit_answer_row()

    # -- answers ------------------------------------------------------------------------------

    @property
    def answers(self) -> CheckInAnswers:
        return CheckInAnswers(self._answers.get("feeling_down", "skip"),
                              self._answers.get("little_interest", "skip"),
                              self._answers.get("wants_help", "skip"), self._unsafe)

    def answer(self, value: Answer) -> None:
        """Answer the question on screen and go on to the next one (or to the guidance)."""
        if self.step not in STEPS:
            return
        self._answers[self.step] = value
        if self.step == "feeling_down":
            self.step = "little_interest"
        elif self.step == "little_interest" and needs_follow_up(self.answers):
            self.step = "wants_help"
        else:
            self.step = "guidance"
        self._show_step()

    def choose_unsafe(self) -> None:
        """The parent feels unsafe: straight to the guidance, crisis line first."""
        self._unsafe = True
        self.step = "guidance"
        self._show_step()

    # -- showing ------------------------------------------------------------------------------

    def _show_step(self) -> None:
        questions = {"feeling_down": safety.WHOOLEY_DOWN, "little_interest": safety.WHOOLEY_INTEREST,
                     "wants_help": safety.FOLLOW_UP}
        asking = self.step in questions
        self.question.setVisible(asking)
        self.answer_row.setVisible(asking)
        if asking:
            text = _t(questions[self.step])
            self.question.setText(text)
            self.question.setAccessibleName(text)
            self.answer_buttons["yes"].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.intro.hide()
        self._show_guidance()

    def _show_guidance(self) -> None:
        for label in self.guidance_labels:
            self.body_layout.removeWidget(label)
            label.deleteLater()
        self.guidance_labels = []
        self.shown = guidance_for(self.answers)
        at = self.body_layout.indexOf(self.answer_row) + 1
        paragraphs: list[tuple[str, str]] = []
        for n, guidance in enumerate(self.shown):
            first_crisis = guidance is Guidance.CRISIS and n == 0
            paragraphs.append((_t(safety.GUIDANCE_TEXT[guidance]),
                               "crisisLine" if first_crisis else "dialogBody"))
        paragraphs.append((self.tr("For example:"), "checkinExamplesHeading"))
        examples = "\n".join(f"{_t(place)}: {_t(numbers)}" for place, numbers in safety.LOCAL_EXAMPLES)
        paragraphs.append((examples, "checkinExamples"))
        for offset, (text, name) in enumerate(paragraphs):
            self.guidance_labels.append(self.add_label(text, name, at=at + offset))
        self.unsafe_button.setVisible(Guidance.CRISIS not in self.shown[:1])
        self.close_button.setDefault(True)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.isVisible():
            self.fit_to_text()
