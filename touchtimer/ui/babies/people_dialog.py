"""Go ▸ People…: the short list of people who hold or massage baby, in the parent's own words.

Add, rename and remove ("Mum", "Dad", "Grandma"); one may be marked as baby's mother, whose time the
history and the PDF summary show apart (as kangaroo-care units report it). Removing someone keeps
their sessions, no longer naming them. Changes are shared with the other laptop like everything else,
and the dialog follows the store's change feed, so a name changed there shows here at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from touchtimer.core.session.record import Caregiver
from touchtimer.core.storage.caregivers import MAX_NAME_LENGTH, CaregiverError
from touchtimer.core.storage.changes import Changes
from touchtimer.core.storage.store import Store
from touchtimer.ui.widgets.changes import follow_changes
from touchtimer.ui.widgets.flow_layout import FlowLayout


class PeopleDialog(QDialog):
    """``PeopleDialog(store, parent)``: the caregivers, with add, rename and remove."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("People"))
        self.setObjectName("peopleDialog")
        self.resize(560, 420)
        intro = QLabel(self.tr("The people who hold or massage baby. Before each session you choose who "
                               "it is (W), and History shows each person's time. Any names you like."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("People"))
        self.list.currentRowChanged.connect(self._selected)
        self.empty_label = QLabel(self.tr("Nobody yet. Add the first person below."))
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("personName")
        self.name_edit.setMaxLength(MAX_NAME_LENGTH + 20)     # longer gets a message, not a silent cut
        self.name_edit.setPlaceholderText(self.tr("A name, for example Mum, Dad or Grandma"))
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.returnPressed.connect(self.add)
        self.mother_check = QCheckBox(self.tr("This is baby's &mother"))
        self.mother_check.setToolTip(self.tr("Her time is shown apart in History and the PDF summary, "
                                             "as kangaroo-care units report it"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setToolTip(self.tr("Add a new person with this name"))
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.rename_button.setToolTip(self.tr("Give the chosen person this name"))
        self.rename_button.clicked.connect(self.rename_selected)
        self.remove_button = QPushButton(self.tr("Re&move…"))
        self.remove_button.setToolTip(self.tr("Remove the chosen person; their sessions stay in history"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.mother_check.setAccessibleName(self.tr("This is baby's mother"))
        for button in (self.add_button, self.rename_button, self.remove_button):
            button.setAutoDefault(False)
            button.setAccessibleName(button.toolTip())
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()

        row = FlowLayout(spacing=6)     # the buttons move onto another line where they do not fit
        row.addWidget(self.add_button)
        row.addWidget(self.rename_button)
        row.addWidget(self.remove_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.name_edit)      # the whole width for a name, the buttons under it
        layout.addLayout(row)
        layout.addWidget(self.mother_check)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        follow_changes(self, store.changes, self._on_store_changes)
        self.refresh()
        self.name_edit.setFocus()

    # -- the list --------------------------------------------------------------------------------

    def people(self) -> list[Caregiver]:
        return self.store.caregivers.list()

    def selected(self) -> Caregiver | None:
        item = self.list.currentItem()
        return self.store.caregivers.get(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def refresh(self, select_id: str | None = None) -> None:
        current = self.selected()
        keep = select_id or (current.id if current is not None else None)
        self.list.blockSignals(True)
        self.list.clear()
        for person in self.people():
            text = self.tr("{0} (baby's mother)").format(person.name) if person.mother else person.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
            if person.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty_label.setVisible(self.list.count() == 0)
        self._selected(self.list.currentRow())

    def _selected(self, _row: int) -> None:
        person = self.selected()
        self.rename_button.setEnabled(person is not None)
        self.remove_button.setEnabled(person is not None)
        if person is not None:
            self.name_edit.setText(person.name)
            self.mother_check.setChecked(person.mother)

    def _on_store_changes(self, changes: Changes) -> None:
        if changes.store_replaced and changes.store is not None:
            self.store = changes.store
            self.refresh()
        elif changes.sessions and changes.initiator is not self:
            self.refresh()

    # -- changing --------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def add(self) -> Caregiver | None:
        try:
            with self.store.changes.initiated_by(self):
                person = self.store.caregivers.add(self.name_edit.text(),
                                                   mother=self.mother_check.isChecked())
        except CaregiverError as exc:
            self._say(self.tr(str(exc)))
            return None
        self._say("")
        self.refresh(select_id=person.id)
        return person

    def rename_selected(self) -> bool:
        person = self.selected()
        if person is None:
            return False
        try:
            with self.store.changes.initiated_by(self):
                self.store.caregivers.rename(person.id, self.name_edit.text(),
                                             mother=self.mother_check.isChecked())
        except CaregiverError as exc:
            self._say(self.tr(str(exc)))
            return False
        self._say("")
        self.refresh(select_id=person.id)
        return True

    def _confirm_remove(self, person: Caregiver) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Remove {0}?").format(person.name),
            self.tr("Remove {0} from the list? Their sessions stay in your history, without their name.")
            .format(person.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def remove_selected(self) -> bool:
        person = self.selected()
        if person is None or not self._confirm_remove(person):
            return False
        with self.store.changes.initiated_by(self):
            self.store.caregivers.delete(person.id)
        self.name_edit.clear()
        self.mother_check.setChecked(False)
        self.refresh()
        return True
