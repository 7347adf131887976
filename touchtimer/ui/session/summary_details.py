"""Optional answers on the summary beyond the first row: the kangaroo-care details of a skin-to-skin
hold, and how each baby responded when the session was with two.

Both are never required and each takes one key on the window (``summary.fed``: B cycles yes, no, not
said; ``summary.more_interruptions`` / ``summary.fewer_interruptions``: + and −). The interruptions
stepper starts at "not said": + counts one more, − says "none" (0) and, from 0, "not said" again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from touchtimer.core.session.record import BABY_RESPONSES, BabyResponse, FedAtBreast
from touchtimer.ui.session.caregiver_picker import show_checked
from touchtimer.ui.widgets.buttons import push_button
from touchtimer.ui.widgets.flow_layout import FlowLayout

#: Most interruptions the stepper counts (a long day in the neonatal unit, not a score).
MAX_INTERRUPTIONS = 99
_FED_ORDER: tuple[FedAtBreast | None, ...] = ("yes", "no", None)


class KangarooDetails(QWidget):
    """Fed at the breast during the hold (yes / no / not said) and times the hold was interrupted."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kangarooDetails")
        self._interruptions: int | None = None
        self.fed_label = QLabel(self.tr("Fed at the breast during the hold? (B)"))
        self.fed_group = QButtonGroup(self)
        self.fed_buttons: dict[FedAtBreast | None, QPushButton] = {}
        # Two lines, so that the answers keep their whole words at every text size and window width.
        lines = QVBoxLayout(self)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(6)
        row = FlowLayout(spacing=8)          # the answers move onto another line in a narrow window
        lines.addLayout(row)
        self.fed_label.setWordWrap(True)     # a long translation wraps rather than widen the page
        row.addWidget(self.fed_label)
        choices: tuple[tuple[FedAtBreast | None, str], ...] = (
            ("yes", self.tr("Yes")), ("no", self.tr("No")), (None, self.tr("Not said")))
        for value, text in choices:
            button = QPushButton(text)
            button.setObjectName(f"fed_{value or 'unsaid'}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setAccessibleName(self.tr("Fed at the breast: {0}").format(text))
            button.setToolTip(self.tr("Optional: whether baby fed at the breast during the hold (B)"))
            self.fed_group.addButton(button)
            self.fed_buttons[value] = button
            show_checked(button)
            row.addWidget(button)
        self.fed_buttons[None].setChecked(True)
        self.fed_group.buttonToggled.connect(self._toggled)
        row = FlowLayout(spacing=8)
        lines.addLayout(row)
        self.interruptions_label = QLabel(self.tr("Times interrupted:"))
        self.interruptions_label.setWordWrap(True)
        row.addWidget(self.interruptions_label)
        self.fewer_button = push_button(
            "−", name="fewerInterruptions", accessible=self.tr("One interruption fewer"),
            tip=self.tr("One fewer (−); below none it is not said"), on_click=lambda: self.step(-1))
        self.count_label = QLabel()
        self.count_label.setObjectName("interruptionCount")
        self.more_button = push_button(
            "+", name="moreInterruptions", accessible=self.tr("One interruption more"),
            tip=self.tr("One more time the hold was interrupted (+)"), on_click=lambda: self.step(1))
        for widget in (self.fewer_button, self.count_label, self.more_button):
            row.addWidget(widget)
        self._show_count()

    def _toggled(self, _button: QAbstractButton, on: bool) -> None:
        if on:
            self.changed.emit()

    @property
    def fed_at_breast(self) -> FedAtBreast | None:
        return next((v for v, b in self.fed_buttons.items() if b.isChecked()), None)

    @property
    def interruptions(self) -> int | None:
        return self._interruptions

    def set_values(self, fed: FedAtBreast | None, interruptions: int | None) -> None:
        """Show these answers without announcing a change."""
        self.fed_group.blockSignals(True)
        self.fed_buttons[fed].setChecked(True)
        self.fed_group.blockSignals(False)
        self._interruptions = interruptions
        self._show_count()

    def cycle_fed(self) -> None:
        """Yes, then no, then not said, then yes again."""
        at = _FED_ORDER.index(self.fed_at_breast)
        self.fed_buttons[_FED_ORDER[(at + 1) % len(_FED_ORDER)]].setChecked(True)

    def step(self, by: int) -> None:
        value = self._interruptions
        if value is None:
            value = 1 if by > 0 else 0
        elif value == 0 and by < 0:
            value = None
        else:
            value = max(0, min(MAX_INTERRUPTIONS, value + by))
        if value != self._interruptions:
            self._interruptions = value
            self._show_count()
            self.changed.emit()

    def _show_count(self) -> None:
        value = self._interruptions
        text = (self.tr("not said") if value is None else self.tr("none") if value == 0
                else self.tr("once") if value == 1 else self.tr("{0} times").format(value))
        self.count_label.setText(text)
        self.count_label.setAccessibleName(self.tr("Times interrupted: {0}").format(text))
        self.more_button.setEnabled(value is None or value < MAX_INTERRUPTIONS)


class BabyResponses(QWidget):
    """"How did your baby respond?" once per baby: a row of answer buttons under each name."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("babyResponses")
        # Each baby's name, then its answers on a line that wraps in a narrow window.
        self.grid = QVBoxLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self.rows: dict[str, dict[BabyResponse, QRadioButton]] = {}
        self._groups: list[QButtonGroup] = []

    def words(self) -> dict[BabyResponse, str]:
        return {"calm": self.tr("Calm"), "fussy": self.tr("Fussy"), "fell_asleep": self.tr("Fell asleep"),
                "cried": self.tr("Cried")}

    def set_babies(self, babies: Sequence[tuple[str, str]], answers: dict[str, BabyResponse]) -> None:
        """One row per ``(id, name)``, showing ``answers``."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
            inner = item.layout() if item is not None else None
            while inner is not None and inner.count():
                part = inner.takeAt(0)
                answer = part.widget() if part is not None else None
                if answer is not None:
                    answer.hide()
                    answer.deleteLater()
        for group in self._groups:
            group.deleteLater()
        self._groups, self.rows = [], {}
        words = self.words()
        for baby_id, name in babies:
            label = QLabel(name)
            label.setProperty("role", "subheading")
            self.grid.addWidget(label)
            line = FlowLayout(spacing=12)
            self.grid.addLayout(line)
            group = QButtonGroup(self)
            buttons: dict[BabyResponse, QRadioButton] = {}
            for key in BABY_RESPONSES:
                button = QRadioButton(words[key])
                button.setObjectName(f"response_{key}")
                button.setAccessibleName(self.tr("{0}: {1}").format(name, words[key]))
                button.setToolTip(self.tr("{0} was mostly: {1}").format(name, words[key].lower()))
                group.addButton(button)
                buttons[key] = button
                line.addWidget(button)
            group.setExclusive(False)
            for key, button in buttons.items():
                button.setChecked(answers.get(baby_id) == key)
            group.setExclusive(True)
            group.buttonToggled.connect(self._toggled)
            self._groups.append(group)
            self.rows[baby_id] = buttons

    def _toggled(self, _button: QAbstractButton, on: bool) -> None:
        if on:
            self.changed.emit()

    def answers(self) -> dict[str, BabyResponse]:
        out: dict[str, BabyResponse] = {}
        for baby_id, buttons in self.rows.items():
            chosen = next((key for key, b in buttons.items() if b.isChecked()), None)
            if chosen is not None:
                out[baby_id] = chosen
        return out

    def buttons(self) -> list[QWidget]:
        return [b for row in self.rows.values() for b in row.values()]
