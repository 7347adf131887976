"""Who is holding (or massaging) baby: one toggle button per person, and one key that cycles.

The people are the parent's own list (Go ▸ People…). The choice starts as whoever did the last
session on this laptop (``store.caregivers.default_ids()``); :meth:`CaregiverPicker.cycle` (the W
key) steps through the likely choices: each person alone, then everyone together, then nobody
recorded. The buttons can be toggled one by one too, for any mix. Never required: nobody chosen is
fine, and the session is kept without a name.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from touchtimer.core.session.record import Caregiver
from touchtimer.ui.widgets.buttons import push_button
from touchtimer.ui.widgets.flow_layout import FlowLayout


def show_checked(button: QPushButton) -> None:
    """A toggle button says it is on with a tick, whatever the theme draws for a checked button."""
    base = button.text()

    def show(on: bool) -> None:
        button.setText(f"✓ {base}" if on else base)

    button.toggled.connect(show)
    show(button.isChecked())


def likely_choices(people: Sequence[Caregiver]) -> list[tuple[str, ...]]:
    """The choices one key steps through: each person alone, everyone together, nobody."""
    ids = [p.id for p in people]
    choices: list[tuple[str, ...]] = [(i,) for i in ids]
    if len(ids) > 1:
        choices.append(tuple(ids))
    choices.append(())
    return choices


class CaregiverPicker(QWidget):
    """``set_people(people, chosen, kind)``; read :attr:`chosen`. ``people_requested`` asks for the
    People dialog (when the list is empty)."""

    changed = Signal()
    people_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caregiverPicker")
        self._people: list[Caregiver] = []
        self.buttons: dict[str, QPushButton] = {}
        self.label = QLabel()
        self.hint = QLabel()
        for label in (self.label, self.hint):     # a long translation wraps rather than widen the page
            label.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self.add_button = push_button(
            self.tr("Add people…"), name="addPeople",
            accessible=self.tr("Add the people who hold or massage baby"),
            tip=self.tr("Names you choose (Mum, Dad, Grandma…), to record who held baby"),
            on_click=self.people_requested)
        self.add_button.setProperty("role", "quiet")
        self.row = FlowLayout(self, spacing=8)     # the people move onto another line, never off the page
        self.row.addWidget(self.label)
        self._end = self.row.count()
        self.row.addWidget(self.add_button)
        self.row.addWidget(self.hint)

    def set_people(self, people: Sequence[Caregiver], chosen: Sequence[str], kind: str) -> None:
        """Show ``people`` with ``chosen`` toggled on (ids not in the list are left out)."""
        for button in self.buttons.values():
            self.row.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = {}
        self._people = list(people)
        self.label.setText(self.tr("Who is massaging?") if kind == "massage"
                           else self.tr("Who is holding baby?"))
        wanted = set(chosen)
        for n, person in enumerate(self._people):
            button = QPushButton(person.name)
            button.setObjectName("caregiverButton")
            button.setCheckable(True)
            button.setChecked(person.id in wanted)
            button.setAutoDefault(False)
            button.setAccessibleName(self.tr("{0} is holding or massaging").format(person.name))
            button.setToolTip(self.tr("Press W to change who (one or more can be chosen)"))
            button.toggled.connect(lambda _on: self.changed.emit())
            show_checked(button)
            self.row.insertWidget(self._end + n, button)
            self.buttons[person.id] = button
        self.add_button.setVisible(not self._people)
        self.hint.setText(self.tr("(W changes it)") if self._people
                          else self.tr("Optional: record who held baby."))

    @property
    def people(self) -> list[Caregiver]:
        return list(self._people)

    @property
    def chosen(self) -> list[str]:
        """The ids toggled on, in the list's order."""
        return [p.id for p in self._people if self.buttons[p.id].isChecked()]

    def choose(self, ids: Sequence[str]) -> None:
        wanted = set(ids)
        for person_id, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(person_id in wanted)
            button.blockSignals(False)
        self.changed.emit()

    def cycle(self) -> None:
        """The next likely choice after the one shown (the first when the one shown is a mix)."""
        if not self._people:
            return
        choices = likely_choices(self._people)
        current = tuple(self.chosen)
        at = choices.index(current) if current in choices else -1
        self.choose(choices[(at + 1) % len(choices)])

    def names(self) -> str:
        """The chosen names, for a screen reader's announcement ("nobody" when none)."""
        names = [p.name for p in self._people if p.id in set(self.chosen)]
        return ", ".join(names) if names else self.tr("nobody recorded")
