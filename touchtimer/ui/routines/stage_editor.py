"""The form for one stage of a routine being edited: title, instruction, length, side and prompts.

It changes the :class:`StageDraft` it is given in place and emits ``changed``; the routine editor
then runs the checker and hands back the problems to show (:meth:`StageEditor.show_problems`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from touchtimer.core.routines.draft import PromptDraft, StageDraft
from touchtimer.ui.widgets.flow_layout import FlowLayout
from touchtimer.ui.widgets.forms import form_layout
from touchtimer.ui.widgets.growing_text import GrowingText
from touchtimer.ui.widgets.wrapped_choice import wrapped

MAX_MINUTES = 24 * 60


def named(widget: QWidget, name: str, tip: str = "") -> None:
    """Give a control its accessible name and, when given, a tooltip and description."""
    widget.setAccessibleName(name)
    if tip:
        widget.setToolTip(tip)
        widget.setAccessibleDescription(tip)


def problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("problem")
    # A calm marker that reads on light and dark themes alike; nothing blinks or turns red.
    label.setStyleSheet("QLabel#problem { background: rgba(214, 140, 40, 0.16); "
                        "border-left: 4px solid rgb(190, 120, 40); padding: 4px 8px; }")
    label.setVisible(False)
    return label


def rows_high(view: QListWidget, rows: int) -> int:
    """The height that shows ``rows`` rows of ``view`` (one-line rows when it is empty)."""
    row = view.sizeHintForRow(0) if view.count() else -1
    if row <= 0:
        row = view.fontMetrics().lineSpacing() + 8
    margins = view.contentsMargins()
    return row * rows + margins.top() + margins.bottom() + 2


def show_lines(label: QLabel, lines: list[str]) -> None:
    label.setText("\n".join(lines))
    label.setVisible(bool(lines))


class MinutesSeconds(QWidget):
    """Minutes and seconds side by side; ``value()`` is in seconds."""

    valueChanged = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        named(self.minutes, self.tr("%1, minutes").replace("%1", name))
        self.seconds = QSpinBox()
        self.seconds.setRange(0, 59)
        self.seconds.setSuffix(self.tr(" s"))
        named(self.seconds, self.tr("%1, seconds").replace("%1", name))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.minutes)
        row.addWidget(self.seconds)
        row.addStretch(1)
        self.minutes.valueChanged.connect(self._emit)
        self.seconds.valueChanged.connect(self._emit)

    def value(self) -> int:
        return self.minutes.value() * 60 + self.seconds.value()

    def setValue(self, seconds: int) -> None:
        self.blockSignals(True)
        self.minutes.setValue(min(MAX_MINUTES, seconds // 60))
        self.seconds.setValue(seconds % 60)
        self.blockSignals(False)

    def _emit(self, *_: object) -> None:
        self.valueChanged.emit(self.value())


class StageEditor(QGroupBox):
    """Edits one :class:`StageDraft` in place."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage: StageDraft | None = None
        self._loading = False
        self.setTitle(self.tr("Stage"))
        form = form_layout(self)

        self.title_edit = QLineEdit()
        named(self.title_edit, self.tr("Stage title"),
              self.tr("A short name, shown large during the session"))
        form.addRow(self.tr("Stage &title"), self.title_edit)
        self.instruction_edit = GrowingText()
        named(self.instruction_edit, self.tr("Instruction"),
              self.tr("What to do in this stage, in a sentence or two"))
        form.addRow(self.tr("&Instruction"), self.instruction_edit)

        self.fixed_radio = QRadioButton(self.tr("Lasts"))
        named(self.fixed_radio, self.tr("Fixed length"), self.tr("The stage ends by itself after this time"))
        self.open_radio = QRadioButton(self.tr("Open-ended, aim for"))
        named(self.open_radio, self.tr("Open-ended"),
              self.tr("The stage counts up until you move on; the target is only a guide"))
        self.length_group = QButtonGroup(self)
        self.length_group.addButton(self.fixed_radio, 0)
        self.length_group.addButton(self.open_radio, 1)
        self.length = MinutesSeconds(self.tr("Stage length"))
        self.target_spin = QSpinBox()
        self.target_spin.setRange(0, MAX_MINUTES)
        self.target_spin.setSuffix(self.tr(" min"))
        self.target_spin.setSpecialValueText(self.tr("no target"))
        named(self.target_spin, self.tr("Target minutes"), self.tr("A time to aim for; 0 means no target"))
        length_box = QVBoxLayout()
        # Rows that flow: a field goes under its choice (and one button under the other) where the two
        # side by side would widen the editor (a long translation at a large text size).
        fixed_row = FlowLayout(spacing=8)
        fixed_row.addWidget(self.fixed_radio)
        fixed_row.addWidget(self.length)
        length_box.addLayout(fixed_row)
        open_row = FlowLayout(spacing=8)
        open_row.addWidget(self.open_radio)
        open_row.addWidget(self.target_spin)
        length_box.addLayout(open_row)
        form.addRow(self.tr("Length"), length_box)

        self.side_combo = QComboBox()
        for text, value in ((self.tr("Both or no side"), None), (self.tr("Left"), "left"),
                            (self.tr("Right"), "right")):
            self.side_combo.addItem(text, value)
        named(self.side_combo, self.tr("Side"), self.tr("Which side of the body this stage is for"))
        form.addRow(self.tr("&Side"), self.side_combo)

        # prompts
        self.prompt_list = QListWidget()
        self.prompt_list.setFixedHeight(84)
        self.prompt_list.setWordWrap(True)
        self.prompt_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        named(self.prompt_list, self.tr("Prompts"),
              self.tr("Gentle prompts shown and spoken during the stage"))
        self.add_prompt_button = QPushButton(self.tr("Add prompt"))
        named(self.add_prompt_button, self.tr("Add prompt"), self.tr("Add a prompt to this stage"))
        self.remove_prompt_button = QPushButton(self.tr("Remove prompt"))
        named(self.remove_prompt_button, self.tr("Remove prompt"), self.tr("Remove the chosen prompt"))
        self.prompt_text = QLineEdit()
        named(self.prompt_text, self.tr("Prompt text"), self.tr("What the prompt says"))
        self.prompt_timing = QComboBox()
        self.prompt_timing.addItem(self.tr("once, at"), "at")
        self.prompt_timing.addItem(self.tr("every"), "every")
        named(self.prompt_timing, self.tr("Prompt timing"),
              self.tr("Once at a time into the stage, or again and again at a steady interval"))
        self.prompt_time = MinutesSeconds(self.tr("Prompt time"))
        self.prompt_check = QCheckBox(self.tr("Safety check (its own sound)"))
        named(self.prompt_check, self.tr("Safety check"),
              self.tr("Safety checks get a distinct, gentle sound"))
        prompt_box = QVBoxLayout()
        prompt_box.addWidget(self.prompt_list)
        buttons = FlowLayout(spacing=8)
        buttons.addWidget(self.add_prompt_button)
        buttons.addWidget(self.remove_prompt_button)
        prompt_box.addLayout(buttons)
        prompt_box.addWidget(self.prompt_text)
        timing_row = FlowLayout(spacing=8)
        timing_row.addWidget(self.prompt_timing)
        timing_row.addWidget(self.prompt_time)
        prompt_box.addLayout(timing_row)
        prompt_box.addWidget(wrapped(self.prompt_check))     # its words wrap at the largest text size
        form.addRow(self.tr("Prompts"), prompt_box)

        self.problems_label = problem_label()
        named(self.problems_label, self.tr("What needs a change in this stage"))
        form.addRow(self.problems_label)

        self.title_edit.textChanged.connect(self._edited)
        self.instruction_edit.textChanged.connect(self._edited)
        self.length_group.idToggled.connect(self._edited)
        self.length.valueChanged.connect(self._edited)
        self.target_spin.valueChanged.connect(self._edited)
        self.side_combo.currentIndexChanged.connect(self._edited)
        self.prompt_list.currentRowChanged.connect(self._load_prompt)
        self.add_prompt_button.clicked.connect(self.add_prompt)
        self.remove_prompt_button.clicked.connect(self.remove_prompt)
        self.prompt_text.textChanged.connect(self._prompt_edited)
        self.prompt_timing.currentIndexChanged.connect(self._prompt_edited)
        self.prompt_time.valueChanged.connect(self._prompt_edited)
        self.prompt_check.toggled.connect(self._prompt_edited)
        self.set_stage(None)

    # -- loading -------------------------------------------------------------------------------

    def set_stage(self, stage: StageDraft | None, number: int = 0) -> None:
        self.stage = stage
        self._loading = True
        try:
            self.setEnabled(stage is not None)
            self.setTitle(self.tr("Stage %1").replace("%1", str(number)) if stage else self.tr("Stage"))
            stage = stage or StageDraft()
            self.title_edit.setText(stage.title)
            self.instruction_edit.setPlainText(stage.instruction)
            (self.open_radio if stage.open_ended else self.fixed_radio).setChecked(True)
            self.length.setValue(stage.seconds)
            self.target_spin.setValue(stage.target_seconds // 60)
            self.side_combo.setCurrentIndex(max(0, self.side_combo.findData(stage.side)))
            self._fill_prompts()
            self.prompt_list.setCurrentRow(0 if stage.prompts else -1)
            self._load_prompt(self.prompt_list.currentRow())
            self._enable()
        finally:
            self._loading = False

    def _prompt_label(self, number: int, prompt: PromptDraft) -> str:
        minutes, seconds = divmod(prompt.seconds, 60)
        when = f"{minutes}:{seconds:02d}"
        timing = self.tr("every %1") if prompt.timing == "every" else self.tr("at %1")
        text = prompt.text.strip() or self.tr("(no text yet)")
        return f"{number}. {timing.replace('%1', when)} — {text}"

    def _fill_prompts(self) -> None:
        self.prompt_list.blockSignals(True)
        row = self.prompt_list.currentRow()
        self.prompt_list.clear()
        for i, prompt in enumerate(self.stage.prompts if self.stage else []):
            self.prompt_list.addItem(self._prompt_label(i + 1, prompt))
        if 0 <= row < self.prompt_list.count():
            self.prompt_list.setCurrentRow(row)
        self.prompt_list.blockSignals(False)

    def _current_prompt(self) -> PromptDraft | None:
        row = self.prompt_list.currentRow()
        if self.stage is None or not 0 <= row < len(self.stage.prompts):
            return None
        return self.stage.prompts[row]

    def _load_prompt(self, _row: int) -> None:
        prompt = self._current_prompt()
        was = self._loading
        self._loading = True
        try:
            shown = prompt or PromptDraft()
            self.prompt_text.setText(shown.text)
            self.prompt_timing.setCurrentIndex(max(0, self.prompt_timing.findData(shown.timing)))
            self.prompt_time.setValue(shown.seconds)
            self.prompt_check.setChecked(shown.kind == "check")
            self._enable()
        finally:
            self._loading = was

    def _enable(self) -> None:
        stage = self.stage
        self.length.setEnabled(stage is not None and not stage.open_ended)
        self.target_spin.setEnabled(stage is not None and stage.open_ended)
        has_prompt = self._current_prompt() is not None
        for widget in (self.prompt_text, self.prompt_timing, self.prompt_time, self.prompt_check,
                       self.remove_prompt_button):
            widget.setEnabled(has_prompt)

    # -- editing -------------------------------------------------------------------------------

    def _edited(self, *_: object) -> None:
        if self._loading or self.stage is None:
            return
        stage = self.stage
        stage.title = self.title_edit.text()
        stage.instruction = self.instruction_edit.toPlainText()
        stage.open_ended = self.open_radio.isChecked()
        stage.seconds = self.length.value()
        if self.target_spin.value() != stage.target_seconds // 60:
            stage.target_seconds = self.target_spin.value() * 60
        stage.side = self.side_combo.currentData()
        self._enable()
        self.changed.emit()

    def _prompt_edited(self, *_: object) -> None:
        prompt = self._current_prompt()
        if self._loading or prompt is None:
            return
        prompt.text = self.prompt_text.text()
        prompt.timing = "every" if self.prompt_timing.currentData() == "every" else "at"
        prompt.seconds = self.prompt_time.value()
        prompt.kind = "check" if self.prompt_check.isChecked() else "prompt"
        self._fill_prompts()
        self.changed.emit()

    def add_prompt(self) -> None:
        if self.stage is None:
            return
        seconds = 30 if self.stage.open_ended or self.stage.seconds > 30 else 0
        self.stage.prompts.append(PromptDraft(self.tr("Slow breaths, soft hands."), "at", seconds))
        self._fill_prompts()
        self.prompt_list.setCurrentRow(len(self.stage.prompts) - 1)
        self.prompt_text.setFocus()
        self.prompt_text.selectAll()
        self.changed.emit()

    def remove_prompt(self) -> None:
        row = self.prompt_list.currentRow()
        if self.stage is None or not 0 <= row < len(self.stage.prompts):
            return
        del self.stage.prompts[row]
        self._fill_prompts()
        self.prompt_list.setCurrentRow(min(row, len(self.stage.prompts) - 1))
        self._load_prompt(self.prompt_list.currentRow())
        self.changed.emit()

    def show_problems(self, lines: list[str], prompt_rows: set[int]) -> None:
        """Show this stage's problems; mark the prompts that have one."""
        show_lines(self.problems_label, lines)
        for row in range(self.prompt_list.count()):
            item = self.prompt_list.item(row)
            text = item.text().removesuffix(self.tr("  (needs a change)"))
            item.setText(text + (self.tr("  (needs a change)") if row in prompt_rows else ""))
