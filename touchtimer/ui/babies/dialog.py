"""The babies dialog: list, add, change and remove baby profiles, with age and corrected age.

Details are checked as they are typed (:func:`touchtimer.core.babies.profiles.check_baby`); Save stays off
while anything needs a change, and the reasons are shown in plain words under the form. Dates are typed
(ISO or the locale's own way) or picked on a calendar (:class:`~touchtimer.ui.widgets.date_field.DateField`).
A baby just added is announced with :attr:`BabiesDialog.baby_added`, so Home can choose them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from touchtimer.core.babies.ages import Baby, due_from_gestation
from touchtimer.core.babies.profiles import MAX_NAME_LENGTH, BabyError, add_baby, check_baby, update_baby
from touchtimer.core.storage.changes import Changes
from touchtimer.core.storage.store import Store
from touchtimer.ui.babies.age_text import age_text
from touchtimer.ui.babies.dialog_shape import DialogShape
from touchtimer.ui.babies.target_field import DailyTargetField
from touchtimer.ui.translation import words_text
from touchtimer.ui.widgets.changes import follow_changes
from touchtimer.ui.widgets.date_field import DateField
from touchtimer.ui.widgets.forms import form_layout
from touchtimer.ui.widgets.wrapped_choice import wrapped

DUE_UNKNOWN = 0
DUE_DATE = 1
DUE_GESTATION = 2


class BabiesDialog(DialogShape, QDialog):
    """Baby profiles. ``today`` is the day the window's clock says it is (ages and checks use it).

    Its saves reach Home (and the history) through the store's change feed; it follows the feed too,
    so a profile changed elsewhere, or a replaced store, shows here at once.
    """

    #: A new profile was added (its id): Home chooses that baby.
    baby_added = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, *, today: date) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self._editing: Baby | None = None
        self.setWindowTitle(self.tr("Babies"))
        self.resize(760, 520)

        self.list = QListWidget()
        self._named(self.list, self.tr("Your babies"),
                    self.tr("Choose a baby to see or change their details"))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._selected)
        self.add_button = QPushButton(self.tr("Add a baby"))
        self._named(self.add_button, self.tr("Add a baby"), self.tr("Start a new profile"))
        self.add_button.clicked.connect(self.start_new)
        self.add_button.setAutoDefault(False)     # Enter saves the form; it never adds a second baby
        self.remove_button = QPushButton(self.tr("Remove…"))
        self._named(self.remove_button, self.tr("Remove this baby"),
                    self.tr("Remove the chosen profile; their sessions stay in your history"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setAutoDefault(False)
        self.empty_label = QLabel(self.tr("No babies yet. Add one to see routines that suit their age."))
        self.empty_label.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.empty_label)
        # One above the other: side by side, the narrow column cut them to "dd a bab" and "Remove..".
        left.addWidget(self.add_button)
        left.addWidget(self.remove_button)

        self.form_box = QGroupBox(self.tr("New baby"))
        # Labels beside their fields, always: the dialog puts the list above the form where side by side
        # is too wide (dialog_shape.py), and Qt's wrapping of long rows left a date field a few pixels
        # short of its width here (the date cut at the end).
        form = form_layout(self.form_box, wrap=QFormLayout.RowWrapPolicy.DontWrapRows)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_LENGTH + 20)  # longer names get a message, not a silent cut
        self.name_edit.setPlaceholderText(self.tr("A name or nickname"))
        self._named(self.name_edit, self.tr("Name"), self.tr("A name or nickname"))
        form.addRow(self.tr("&Name"), self.name_edit)

        self.born_edit = DateField(self.tr("Date of birth"), self.tr("The day your baby was born"))
        self.born_edit.setDate(self.today)
        form.addRow(self.tr("Date of &birth"), self.born_edit)

        self.due_unknown = QRadioButton(self.tr("Due date not known (or not needed)"))
        self.due_by_date = QRadioButton(self.tr("Due date"))
        self.due_by_weeks = QRadioButton(self.tr("Weeks of pregnancy at birth"))
        self.due_group = QButtonGroup(self)
        for button, mode, tip in (
            (self.due_unknown, DUE_UNKNOWN, self.tr("Age is counted from the birth date")),
            (self.due_by_date, DUE_DATE, self.tr("Enter the due date")),
            (self.due_by_weeks, DUE_GESTATION, self.tr("Enter weeks and days of pregnancy at birth")),
        ):
            self.due_group.addButton(button, mode)
            self._named(button, button.text(), tip)
        self.due_unknown.setChecked(True)
        self.due_edit = DateField(self.tr("Due date"), self.tr("The due date you were given"))
        self.due_edit.setDate(self.today)
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(20, 44)
        self.weeks_spin.setValue(40)
        self.weeks_spin.setSuffix(self.tr(" weeks"))
        self._named(self.weeks_spin, self.tr("Weeks of pregnancy at birth"),
                    self.tr("Completed weeks, 20 to 44"))
        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, 6)
        self.days_spin.setPrefix("+ ")
        self.days_spin.setSuffix(self.tr(" days"))
        self._named(self.days_spin, self.tr("Extra days of pregnancy at birth"),
                    self.tr("Days past the weeks, 0 to 6"))

        # Each choice's words wrap, and its field sits below it: the form fits a narrow window.
        due_box = QVBoxLayout()
        due_box.addWidget(wrapped(self.due_unknown))
        due_box.addWidget(wrapped(self.due_by_date))
        due_box.addWidget(self.due_edit)
        due_box.addWidget(wrapped(self.due_by_weeks))
        weeks_row = QHBoxLayout()
        weeks_row.addWidget(self.weeks_spin)
        weeks_row.addWidget(self.days_spin)
        weeks_row.addStretch(1)
        due_box.addLayout(weeks_row)
        form.addRow(self.tr("Born"), due_box)
        self.neonatal_check = QCheckBox(self.tr("Still in neonatal care (NICU or special care)"))
        self._named(self.neonatal_check, self.tr("Still in neonatal care"),
                    self.tr("Tick while your baby is cared for in a neonatal unit: skin-to-skin then "
                            "follows the care team, and Kangaroo hold is suggested first"))
        form.addRow("", wrapped(self.neonatal_check))
        self.target_field = DailyTargetField()
        form.addRow(self.tr("Daily &target"), self.target_field)

        self.age_label = QLabel()
        self.age_label.setWordWrap(True)
        self._named(self.age_label, self.tr("Age"), "")
        form.addRow(self.tr("Age today"), self.age_label)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        form.addRow(self.note_label)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self._named(self.problems_label, self.tr("What needs a change"), "")
        form.addRow(self.problems_label)
        self.save_button = QPushButton(self.tr("Save"))
        self._named(self.save_button, self.tr("Save this baby"), self.tr("Save the details"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.name_edit.returnPressed.connect(self._save_if_ready)
        form.addRow(self.save_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        self._named(close, self.tr("Close"), self.tr("Close the babies dialog"))

        # The list beside the form; above it when the screen is too narrow for both (large text).
        self.body = body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body.addLayout(left, 0)           # the list as wide as its lines (_fit_list); the form the rest
        body.addWidget(self.form_box, 1)
        outer = QVBoxLayout(self)
        # Never smaller than what the form needs: a fixed minimum let labels and buttons be cut
        # ("dd a bab") and the "Born" choices overlap, even at the normal text size.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        outer.addLayout(body, 1)
        outer.addWidget(buttons)

        for signal in (self.name_edit.textChanged, self.born_edit.dateChanged, self.due_edit.dateChanged,
                       self.weeks_spin.valueChanged, self.days_spin.valueChanged,
                       self.due_group.idToggled):
            signal.connect(self._changed)
        follow_changes(self, store.changes, self._on_store_changes)
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.start_new()

    @staticmethod
    def _named(widget: QWidget, name: str, tip: str) -> None:
        widget.setAccessibleName(name)
        if tip:
            widget.setToolTip(tip)
            widget.setAccessibleDescription(tip)

    # -- the list ------------------------------------------------------------------------------

    def _on_store_changes(self, changes: Changes) -> None:
        """Show profiles changed elsewhere (its own changes it shows already)."""
        if changes.store_replaced and changes.store is not None:
            self.store = changes.store
            self.refresh()
            self.start_new()
        elif changes.babies and changes.initiator is not self:
            self.refresh(select_id=self._editing.id if self._editing is not None else None)

    def babies(self) -> list[Baby]:
        return self.store.babies.list()

    def refresh(self, select_id: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for baby in self.babies():
            # The name, and the age on a line of its own: "Mia" / "2 months (6 weeks corrected)".
            item = QListWidgetItem(f"{baby.name}\n{age_text(baby, self.today)}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("%1, %2").replace("%1", baby.name)
                         .replace("%2", age_text(baby, self.today)))
            item.setData(Qt.ItemDataRole.UserRole, baby.id)
            self.list.addItem(item)
            if baby.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._fit_list()
        self.empty_label.setVisible(self.list.count() == 0)
        self.remove_button.setEnabled(self._editing is not None)

    def _selected(self, row: int) -> None:
        if row < 0:
            return
        baby_id = self.list.item(row).data(Qt.ItemDataRole.UserRole)
        baby = next((b for b in self.babies() if b.id == baby_id), None)
        if baby is not None:
            self.edit(baby)

    # -- the form ------------------------------------------------------------------------------

    def start_new(self) -> None:
        self._editing = None
        self.list.clearSelection()
        self.form_box.setTitle(self.tr("New baby"))
        self.save_button.setText(self.tr("Add this baby"))
        self.name_edit.setText("")
        self.born_edit.setDate(self.today)
        self.due_unknown.setChecked(True)
        self.neonatal_check.setChecked(False)
        self.target_field.set_value(None)
        self.remove_button.setEnabled(False)
        self.name_edit.setFocus()
        self._changed()

    def edit(self, baby: Baby) -> None:
        self._editing = baby
        self.form_box.setTitle(self.tr("About %1").replace("%1", baby.name))
        self.save_button.setText(self.tr("Save changes"))
        self.name_edit.setText(baby.name)
        self.born_edit.setDate(baby.born_on)
        self.neonatal_check.setChecked(baby.in_neonatal_care)
        self.target_field.set_value(baby.daily_target_minutes)
        if baby.due_on is None:
            self.due_unknown.setChecked(True)
        else:
            self.due_by_date.setChecked(True)
            self.due_edit.setDate(baby.due_on)
            gestation = baby.gestation()
            if gestation is not None and 20 <= gestation[0] <= 44:
                self.weeks_spin.setValue(gestation[0])
                self.days_spin.setValue(gestation[1])
        self.remove_button.setEnabled(True)
        self._changed()

    def _due(self) -> date | None:
        mode = self.due_group.checkedId()
        born = self.born_edit.value()
        if mode == DUE_DATE:
            return self.due_edit.value()
        if mode == DUE_GESTATION and born is not None:
            return due_from_gestation(born, self.weeks_spin.value(), self.days_spin.value())
        return None

    def _date_problems(self) -> list[str]:
        """A date that is not (yet) a date, said as the field's name and why."""
        fields = [(self.tr("Date of birth"), self.born_edit)]
        if self.due_group.checkedId() == DUE_DATE:
            fields.append((self.tr("Due date"), self.due_edit))
        return [problem for name, field in fields if (problem := field.problem(name))]

    def details(self) -> tuple[str, date, date | None]:
        """Name, birth date and due date as the form shows them (birth: today while none is typed)."""
        return self.name_edit.text(), self.born_edit.value() or self.today, self._due()

    def problems(self) -> list[str]:
        name, born, due = self.details()
        typed = self._date_problems()
        if typed:
            return [words_text(p) for p in check_baby(name, self.today, None, self.today)] + typed
        return [words_text(p) for p in check_baby(name, born, due, self.today)]

    def _changed(self, *_: object) -> None:
        mode = self.due_group.checkedId()
        self.due_edit.setEnabled(mode == DUE_DATE)
        self.weeks_spin.setEnabled(mode == DUE_GESTATION)
        self.days_spin.setEnabled(mode == DUE_GESTATION)
        problems = self.problems()
        self.problems_label.setText("\n".join(problems))
        self.problems_label.setVisible(bool(problems))
        self.save_button.setEnabled(not problems)
        name, born, due = self.details()
        if problems:
            self.age_label.setText(self.tr("—"))
            self.note_label.setText("")
            return
        baby = Baby("", name.strip(), born, due)
        self.age_label.setText(age_text(baby, self.today))
        gestation = baby.gestation()
        if gestation is None:
            note = self.tr("Age is counted from the date of birth.")
        elif baby.preterm:
            note = self.tr("Born at %1+%2 weeks, early: touchtimer uses the corrected age (counted from the "
                           "due date) to suggest routines, until two years corrected age.")
            note = note.replace("%1", str(gestation[0])).replace("%2", str(gestation[1]))
        elif baby.post_term:
            note = self.tr("Born at %1+%2 weeks, after the due date: age is counted from the date of birth.")
            note = note.replace("%1", str(gestation[0])).replace("%2", str(gestation[1]))
        else:
            note = self.tr("Born at %1+%2 weeks, at term: age is counted from the date of birth.")
            note = note.replace("%1", str(gestation[0])).replace("%2", str(gestation[1]))
        self.note_label.setText(note)

    def save(self) -> Baby | None:
        """Add the new baby or save the changes; returns the saved profile (None if not saved)."""
        name, born, due = self.details()
        try:
            with self.store.changes.initiated_by(self):
                in_care, target = self.neonatal_check.isChecked(), self.target_field.value()
                if self._editing is None:
                    baby = add_baby(self.store, name, born, due, today=self.today, in_neonatal_care=in_care,
                                    daily_target_minutes=target)
                else:
                    changed = replace(self._editing, name=name, born_on=born, due_on=due,
                                      in_neonatal_care=in_care, daily_target_minutes=target)
                    baby = update_baby(self.store, changed, today=self.today)
        except BabyError as exc:
            self.problems_label.setText("\n".join(self.tr(p) for p in exc.problems))
            self.problems_label.setVisible(True)
            return None
        added = self._editing is None
        self._editing = baby
        self.refresh(select_id=baby.id)
        self.edit(baby)
        if added:
            self.baby_added.emit(baby.id)
        return baby

    def _save_if_ready(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def _confirm_remove(self, baby: Baby) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Remove %1?").replace("%1", baby.name),
            self.tr("Remove %1's profile? Their sessions stay in your history.").replace("%1", baby.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def remove_selected(self) -> bool:
        baby = self._editing
        if baby is None or not self._confirm_remove(baby):
            return False
        with self.store.changes.initiated_by(self):
            self.store.babies.delete(baby.id)
        self._editing = None
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.start_new()
        return True
