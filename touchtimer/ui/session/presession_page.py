"""Before starting: preparation, safety, when not to, baby cues, the parent's mood, "wait for me".

For skin-to-skin every safe-position item must be ticked before Start is enabled. Everything can be
done by keyboard: Tab moves between items, Space ticks, Enter starts.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from touchtimer.core.routines.model import Routine
from touchtimer.core.safety import UNREVIEWED_NOTE
from touchtimer.ui.widgets.buttons import push_button
from touchtimer.ui.widgets.texts import age_range_text, kind_label, length_text


def mood_choices() -> list[tuple[str, int | None]]:
    from PySide6.QtCore import QCoreApplication

    def t(text: str) -> str:
        return QCoreApplication.translate("Mood", text)

    return [(t("Rather not say"), None), (t("1 · very low"), 1), (t("2 · low"), 2), (t("3 · okay"), 3),
            (t("4 · good"), 4), (t("5 · very good"), 5)]


class CheckRow(QWidget):
    """A check box whose text wraps: the box takes the focus, a click on the words ticks it too."""

    def __init__(self, text: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.box.setToolTip(tip)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setToolTip(tip)
        self.label.setBuddy(self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.box.toggle()
        self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()


class PreSessionPage(QWidget):
    """Emits ``start_requested()``; read :attr:`mood`, :attr:`wait_between_stages` when it does."""

    start_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preSessionPage")
        self.routine: Routine | None = None
        self.checks: list[QCheckBox] = []

        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setProperty("role", "muted")
        self.facts.setWordWrap(True)

        self.body = QWidget()
        columns = QHBoxLayout(self.body)
        columns.setContentsMargins(0, 0, 16, 0)
        columns.setSpacing(40)
        self.left_layout = QVBoxLayout()
        self.right_layout = QVBoxLayout()
        for column in (self.left_layout, self.right_layout):
            column.setSpacing(6)
            columns.addLayout(column, 1)
        self.body_layout = self.left_layout
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area = scroll

        self.mood_box = QComboBox()
        self.mood_box.setObjectName("moodBefore")
        self.mood_box.setAccessibleName(self.tr("How are you feeling (optional)"))
        self.mood_box.setToolTip(self.tr("Optional: how you feel right now, "
                                         "from 1 (very low) to 5 (very good)"))
        for text, value in mood_choices():
            self.mood_box.addItem(text, value)
        mood_label = QLabel(self.tr("How are you &feeling?"))
        mood_label.setBuddy(self.mood_box)

        self.wait_box = QCheckBox(self.tr("&Wait for me between stages"))
        self.wait_box.setObjectName("waitBetweenStages")
        self.wait_box.setAccessibleName(self.tr("Wait for me between stages"))
        self.wait_box.setToolTip(self.tr("When a stage ends, hold until you press Next"))

        self.status = QLabel()
        self.status.setObjectName("startStatus")
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)

        self.back_button = push_button(
            self.tr("Choose &another"), accessible=self.tr("Choose another routine"),
            tip=self.tr("Go back to the list of routines"), on_click=self.back_requested)
        self.start_button = push_button(
            self.tr("&Start"), name="startButton", accessible=self.tr("Start the session"),
            tip=self.tr("Start the session (Enter)"), on_click=self._start, default=True)

        options = QHBoxLayout()
        options.addWidget(mood_label)
        options.addWidget(self.mood_box)
        options.addSpacing(24)
        options.addWidget(self.wait_box)
        options.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(scroll, 1)
        layout.addLayout(options)
        layout.addLayout(buttons)

    # -- filling -----------------------------------------------------------------------------------

    def _clear(self) -> None:
        for column in (self.left_layout, self.right_layout):
            while column.count():
                item = column.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
        self.checks = []

    def _heading(self, text: str) -> None:
        if self.body_layout.count():
            self.body_layout.addSpacing(14)
        label = QLabel(text)
        label.setProperty("role", "subheading")
        self.body_layout.addWidget(label)

    def _bullets(self, items: tuple[str, ...]) -> None:
        for text in items:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(10)
            dot = QLabel("•")
            label = QLabel(text)
            label.setWordWrap(True)
            line.addWidget(dot, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(label, 1)
            self.body_layout.addWidget(row)

    def show_routine(self, routine: Routine, *, wait_default: bool) -> None:
        self._clear()
        self.routine = routine
        self.title.setText(routine.title)
        facts = [kind_label(routine.kind), length_text(routine), age_range_text(routine), routine.summary]
        if routine.all_benefits and not routine.reviewed:
            facts.append(self.tr("Evidence notes: {0}").format(QCoreApplication.translate("Safety",
                                                                                         UNREVIEWED_NOTE)))
        self.facts.setText(" · ".join(facts))
        if routine.preparation:
            self._heading(self.tr("Before you begin"))
            self._bullets(routine.preparation)
        self.body_layout = self.right_layout
        if routine.kind == "skin_to_skin" and routine.safety:
            self._heading(self.tr("Safe position: tick each one when it is true"))
            for text in routine.safety:
                row = CheckRow(text, self.tr("Tick when this is true (Space)"))
                row.box.toggled.connect(self._sync)
                self.body_layout.addWidget(row)
                self.checks.append(row.box)
        elif routine.safety:
            self._heading(self.tr("Keep it safe"))
            self._bullets(routine.safety)
        self.body_layout.addStretch(1)
        self.body_layout = self.left_layout
        if routine.when_not_to:
            self._heading(self.tr("Not today if…") if routine.kind == "massage"
                          else self.tr("Please wait for another time if…"))
            self._bullets(routine.when_not_to)
        cues = routine.cues
        for title, items in ((self.tr("Signs your baby is enjoying it"), cues.engaged),
                             (self.tr("Signs to pause: rest your hands still"), cues.pause),
                             (self.tr("Signs to stop for today"), cues.stop)):
            if items:
                self._heading(title)
                self._bullets(items)
        self.body_layout.addStretch(1)
        self.mood_box.setCurrentIndex(0)
        self.wait_box.setChecked(wait_default)
        self.scroll_area.verticalScrollBar().setValue(0)
        # Tab order: the checklist, then mood, wait, start, back.
        chain: list[QWidget] = [*self.checks, self.mood_box, self.wait_box, self.start_button,
                                self.back_button]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        self._sync()

    def focus_first(self) -> None:
        (self.checks[0] if self.checks else self.start_button).setFocus(Qt.FocusReason.OtherFocusReason)

    # -- state ---------------------------------------------------------------------------------------

    @property
    def acknowledged(self) -> bool:
        return all(box.isChecked() for box in self.checks)

    @property
    def mood(self) -> int | None:
        value = self.mood_box.currentData()
        return None if value is None else int(value)

    @property
    def wait_between_stages(self) -> bool:
        return self.wait_box.isChecked()

    def _sync(self) -> None:
        ready = self.acknowledged
        self.start_button.setEnabled(ready)
        left = sum(not box.isChecked() for box in self.checks)
        if ready:
            self.status.setText(self.tr("Ready when you are."))
        else:
            self.status.setText(self.tr("Tick the safe-position checks to start ({0} to go).").format(left))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if isinstance(focus, QPushButton):
                focus.click()  # Enter on a button does what that button says
            else:
                self._start()
            return
        super().keyPressEvent(event)

    def _start(self) -> None:
        if self.routine is not None and self.acknowledged:
            self.start_requested.emit()
