"""Below a session's facts in History: who held or massaged, the kangaroo-care details, each baby's
response (for two babies), all editable and kept at once, and "changed on the other laptop".

A change here is written straight away (``store.sessions.update``) and shared like any edit. When
both laptops changed the same thing before they exchanged, the later change is shown and the other
is listed under "Changed on the other laptop", with the laptop's name: "Use this" puts it back (a new
edit, which settles it on both laptops) and "Dismiss" forgets it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from touchtimer.core.session.record import BABY_RESPONSES, Caregiver, SessionRecord
from touchtimer.core.storage.sessions import EDITABLE
from touchtimer.core.storage.sharing import FieldConflict
from touchtimer.core.storage.store import Store
from touchtimer.ui.history import labels as L
from touchtimer.ui.session.caregiver_picker import show_checked
from touchtimer.ui.widgets.forms import form_layout

#: The shared field of a session -> the name ``store.sessions.update`` takes.
_UPDATE_NAME = {shared: name for name, shared in EDITABLE.items()}


def fed_label(value: str | None) -> str:
    return {
        "yes": QCoreApplication.translate("History", "yes"),
        "no": QCoreApplication.translate("History", "no"),
    }.get(value or "", QCoreApplication.translate("History", "not said"))


def interruptions_label(value: int | None) -> str:
    if value is None:
        return QCoreApplication.translate("History", "not said")
    if value <= 1:
        return (
            QCoreApplication.translate("History", "none")
            if value == 0
            else QCoreApplication.translate("History", "once")
        )
    return QCoreApplication.translate("History", "{0} times").format(value)


class SessionExtras(QWidget):
    """``show_session(record, people, baby_names)``; ``edited(session_id)`` after each change kept."""

    edited = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._record: SessionRecord | None = None
        self._people: list[Caregiver] = []
        self._names: dict[str, str] = {}
        self._hidden: list[str] = []
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = form_layout()
        layout.addLayout(self.form)
        self.people_row = QHBoxLayout()
        self.people_label = QLabel(self.tr("Held by"))
        self.people_buttons: dict[str, QPushButton] = {}
        self.nobody = QLabel(self.tr("Add people in Go ▸ People… to record who held baby."))
        self.nobody.setWordWrap(True)
        self.nobody.setProperty("role", "muted")
        self.people_row.addWidget(self.nobody, 1)
        self.form.addRow(self.people_label, self.people_row)
        self.fed_box = QComboBox()
        self.fed_box.setAccessibleName(self.tr("Fed at the breast during the hold"))
        for value, text in ((None, self.tr("not said")), ("yes", self.tr("yes")), ("no", self.tr("no"))):
            self.fed_box.addItem(text, value)
        self.fed_box.currentIndexChanged.connect(
            lambda _i: self._save(fed_at_breast=self.fed_box.currentData())
        )
        self.fed_label = QLabel(self.tr("Fed at the breast"))
        self.form.addRow(self.fed_label, self.fed_box)
        self.interruptions = QSpinBox()
        self.interruptions.setRange(-1, 99)
        self.interruptions.setSpecialValueText(self.tr("not said"))
        self.interruptions.setAccessibleName(self.tr("Times the hold was interrupted"))
        self.interruptions.valueChanged.connect(lambda v: self._save(interruptions=None if v < 0 else v))
        self.interruptions_label = QLabel(self.tr("Times interrupted"))
        self.form.addRow(self.interruptions_label, self.interruptions)
        self.response_boxes: dict[str, QComboBox] = {}
        self.responses = form_layout()
        layout.addLayout(self.responses)
        self.conflicts = QFrame()
        self.conflicts.setObjectName("otherLaptop")
        self.conflicts.setFrameShape(QFrame.Shape.StyledPanel)
        self.conflict_layout = QVBoxLayout(self.conflicts)
        layout.addWidget(self.conflicts)
        self.conflicts.hide()

    def set_store(self, store: Store) -> None:
        self._store = store
        self._record = None

    # -- showing ---------------------------------------------------------------------------------

    def show_session(
        self, record: SessionRecord | None, people: list[Caregiver], baby_names: dict[str, str]
    ) -> None:
        self._record, self._people, self._names = record, people, baby_names
        self._filling = True
        try:
            if record is not None:
                self._show(record)
        finally:
            self._filling = False

    def _show(self, record: SessionRecord) -> None:
        for button in self.people_buttons.values():
            self.people_row.removeWidget(button)
            button.deleteLater()
        self.people_buttons = {}
        self.people_label.setText(self.tr("Massaged by") if record.kind == "massage" else self.tr("Held by"))
        known = {p.id for p in self._people}
        for n, person in enumerate(self._people):
            button = QPushButton(person.name)
            button.setObjectName("heldBy")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setChecked(person.id in record.caregiver_ids)
            button.setAccessibleName(self.tr("{0} held or massaged").format(person.name))
            button.toggled.connect(lambda _on: self._save(caregiver_ids=self.chosen_people()))
            self.people_row.insertWidget(n, button)
            show_checked(button)
            self.people_buttons[person.id] = button
        self._hidden = [c for c in record.caregiver_ids if c not in known]  # removed people stay linked
        self.nobody.setVisible(not self._people)
        skin = record.kind == "skin_to_skin"
        for widget in (self.fed_label, self.fed_box, self.interruptions_label, self.interruptions):
            widget.setVisible(skin)
        self.fed_box.setCurrentIndex(max(0, self.fed_box.findData(record.fed_at_breast)))
        self.interruptions.setValue(-1 if record.interruptions is None else record.interruptions)
        self._show_responses(record)
        self._show_conflicts(record)

    def _show_responses(self, record: SessionRecord) -> None:
        while self.responses.rowCount():
            self.responses.removeRow(0)
        self.response_boxes = {}
        if len(record.baby_ids) < 2:
            return
        for baby_id in record.baby_ids:
            box = QComboBox()
            box.addItem(L.response_label(None), None)
            for key in BABY_RESPONSES:
                box.addItem(L.response_label(key), key)
            box.setCurrentIndex(max(0, box.findData(record.response_for(baby_id))))
            name = self._names.get(baby_id, self.tr("a removed profile"))
            box.setAccessibleName(self.tr("How {0} responded").format(name))
            box.currentIndexChanged.connect(lambda _i: self._save(baby_responses=self.chosen_responses()))
            self.responses.addRow(self.tr("{0} seemed").format(name), box)
            self.response_boxes[baby_id] = box

    def _show_conflicts(self, record: SessionRecord) -> None:
        while self.conflict_layout.count():
            item = self.conflict_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        found = self._store.sharing.conflicts("session", record.id)
        self.conflicts.setVisible(bool(found))
        if not found:
            return
        heading = QLabel(self.tr("Changed on the other laptop"))
        heading.setProperty("role", "subheading")
        self.conflict_layout.addWidget(heading)
        for conflict in found:
            self.conflict_layout.addWidget(self._conflict_row(conflict))

    def _conflict_row(self, c: FieldConflict) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        mine = c.device == self._store.local.device_id
        laptop = self.tr("this laptop") if mine else (c.device_name or self.tr("the other laptop"))
        what, value = self.field_name(c.field), self.value_text(c.field, c.other)
        text = (
            self.tr("{0}: changed on the other laptop; before, {1} had {2}.")
            if c.replaced
            else self.tr("{0}: {1} had {2} (an earlier change).")
        ).format(what, laptop, value)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        line.addWidget(label, 1)
        if c.field in _UPDATE_NAME:
            take = QPushButton(self.tr("Use this"))
            take.setAutoDefault(False)
            take.setToolTip(self.tr("Put this value back (shared with the other laptop too)"))
            take.clicked.connect(self._taker(c))
            line.addWidget(take)
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setAutoDefault(False)
        dismiss.setToolTip(self.tr("Keep what is shown and forget the other value"))
        dismiss.clicked.connect(self._dismisser(c))
        line.addWidget(dismiss)
        return row

    def field_name(self, field: str) -> str:
        return {
            "notes": self.tr("Note"),
            "response": self.tr("Baby seemed"),
            "responses": self.tr("Each baby seemed"),
            "caregivers": self.tr("Held by"),
            "mood_before": self.tr("Your mood before"),
            "mood_after": self.tr("Your mood after"),
            "fed_at_breast": self.tr("Fed at the breast"),
            "interruptions": self.tr("Times interrupted"),
            "babies": self.tr("Baby"),
        }.get(field, field)

    def value_text(self, field: str, value: Any) -> str:
        if field == "notes":
            text = str(value or "").strip()
            return f"“{text[:80]}{'…' if len(text) > 80 else ''}”" if text else self.tr("no note")
        if field == "response":
            return L.response_label(value)
        if field in ("mood_before", "mood_after"):
            return L.mood_label(value)
        if field == "fed_at_breast":
            return fed_label(value)
        if field == "interruptions":
            return interruptions_label(value)
        if field in ("caregivers", "babies") and isinstance(value, list):
            names = {p.id: p.name for p in self._people} if field == "caregivers" else self._names
            return ", ".join(names.get(i, "?") for i in value) or self.tr("nobody")
        if field == "responses" and isinstance(value, dict):
            return ", ".join(f"{self._names.get(b, '?')}: {L.response_label(r)}" for b, r in value.items())
        return str(value)

    # -- changing --------------------------------------------------------------------------------

    def chosen_people(self) -> list[str]:
        return [i for i, b in self.people_buttons.items() if b.isChecked()] + self._hidden

    def chosen_responses(self) -> dict[str, Any]:
        return {b: box.currentData() for b, box in self.response_boxes.items() if box.currentData()}

    def _save(self, **changes: Any) -> None:
        record = self._record
        if self._filling or record is None:
            return
        with self._store.changes.initiated_by(self):
            self._store.sessions.update(record.id, **changes)
        fresh = self._store.sessions.get(record.id)
        if fresh is not None:
            self._record = fresh
        self.edited.emit(record.id)

    def _taker(self, c: FieldConflict) -> Callable[[], None]:
        def take() -> None:
            record = self._record
            if record is None:
                return
            with self._store.changes.initiated_by(self):
                self._store.sessions.update(record.id, **{_UPDATE_NAME[c.field]: c.other})
                self._store.sharing.dismiss_conflict("session", record.id, c.field)
            self._reshow(record.id)

        return take

    def _dismisser(self, c: FieldConflict) -> Callable[[], None]:
        def dismiss() -> None:
            record = self._record
            if record is None:
                return
            with self._store.changes.initiated_by(self):
                self._store.sharing.dismiss_conflict("session", record.id, c.field)
            self._reshow(record.id)

        return dismiss

    def _reshow(self, session_id: str) -> None:
        self.show_session(self._store.sessions.get(session_id), self._people, self._names)
        self.edited.emit(session_id)
