"""The routine editor: make your own version of a routine, check it as you type, save, import, export.

Built-in routines are read-only: editing one starts from a copy with an id of its own
("<id>-mine") and the title "… (my version)". Every change runs the real routine checker on the
would-be file; its messages are shown next to the fields, and Save and Export stay off until there
is nothing left to fix. Files are saved as ``<id>.toml`` in the user routines folder and never
replace another routine's file without asking.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from touchtimer.core.routines.draft import RoutineDraft, StageDraft, where
from touchtimer.core.routines.files import ID_PATTERN, RoutineError, RoutineFileError, load_routine_file
from touchtimer.core.routines.model import KINDS, MAX_AGE_WEEKS, Routine
from touchtimer.core.routines.user_files import (
    RoutineIdTaken,
    copy_of,
    export_routine,
    import_routine,
    is_builtin,
    routine_path,
    save_routine,
)
from touchtimer.ui.routines.stage_editor import (
    StageEditor,
    joined,
    lines_high,
    named,
    problem_label,
    rows_high,
    show_lines,
)
from touchtimer.ui.widgets.theme import BASE_PX

#: Routine-level fields that have a message label of their own.
FIELDS = ("title", "id", "kind", "summary", "age", "preparation", "safety", "when_not_to", "stages")


class RoutineEditor(QDialog):
    """Edit a copy of ``routine`` (or the parent's own routine file) and save it in ``routines_dir``.

    ``taken_ids`` are the ids of every routine already loaded; a new id must not be one of them.
    """

    routineSaved = Signal(str)  # the path of a file written into the routines folder

    def __init__(self, routine: Routine, routines_dir: Path, taken_ids: Iterable[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.routines_dir = routines_dir
        self.taken: set[str] = set(taken_ids)
        self.saved_path: Path | None = None
        self._loading = False
        self._problems: list[RoutineError] = []
        self.own_id: str | None = None
        #: The screen space to fit in; None means the screen the dialog is on.
        self.available: QSize | None = None
        self.setWindowTitle(self.tr("Edit routine"))
        self._build()
        self.load(routine)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        named(self.banner, self.tr("About this copy"))
        self.errors: dict[str, QLabel] = {key: problem_label() for key in FIELDS}

        about = QWidget()
        form = self.about_form = QFormLayout(about)
        # With large text the labels go above their fields instead of pushing them out of sight.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title_edit = QLineEdit()
        named(self.title_edit, self.tr("Title"), self.tr("The routine's name, as shown in the list"))
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.errors["title"])
        self.id_edit = QLineEdit()
        named(self.id_edit, self.tr("File name"),
              self.tr("The routine's id, also its file name: lower-case letters, digits and dashes"))
        form.addRow(self.tr("&File name"), self.id_edit)
        form.addRow(self.errors["id"])
        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(self.tr("Skin-to-skin") if kind == "skin_to_skin" else self.tr("Massage"),
                                    kind)
        named(self.kind_combo, self.tr("Kind"), self.tr("Skin-to-skin or massage"))
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.errors["kind"])
        self.min_spin = QSpinBox()
        self.max_spin = QSpinBox()
        for spin, name, tip in (
            (self.min_spin, self.tr("Youngest age, weeks"), self.tr("Suits babies from this many weeks")),
            (self.max_spin, self.tr("Oldest age, weeks"),
             self.tr("Suits babies up to this many weeks (104 weeks is two years)")),
        ):
            spin.setRange(0, MAX_AGE_WEEKS)
            spin.setSuffix(self.tr(" weeks"))
            named(spin, name, tip)
        # "from" and "to" one above the other: side by side they needed more width than the form has.
        band = QGridLayout()
        band.addWidget(QLabel(self.tr("from")), 0, 0)
        band.addWidget(self.min_spin, 0, 1)
        band.addWidget(QLabel(self.tr("to")), 1, 0)
        band.addWidget(self.max_spin, 1, 1)
        band.setColumnStretch(2, 1)
        form.addRow(self.tr("Age band"), band)
        form.addRow(self.errors["age"])
        self.summary_edit = self._text_box(self.tr("Summary"),
                                           self.tr("One or two sentences about the routine"))
        form.addRow(self.tr("&Summary"), self.summary_edit)
        form.addRow(self.errors["summary"])
        self.preparation_edit = self._text_box(self.tr("Before you start"), self.tr("One item a line"))
        form.addRow(self.tr("Before you start"), self.preparation_edit)
        form.addRow(self.errors["preparation"])
        self.safety_edit = self._text_box(self.tr("Safety"), self.tr("One safety point a line"))
        form.addRow(self.tr("Safety"), self.safety_edit)
        form.addRow(self.errors["safety"])
        self.when_not_edit = self._text_box(self.tr("When not to"), self.tr("One reason a line"))
        form.addRow(self.tr("When not to"), self.when_not_edit)
        form.addRow(self.errors["when_not_to"])
        self.evidence_label = QLabel()
        self.evidence_label.setWordWrap(True)
        form.addRow(self.evidence_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(about)
        named(scroll, self.tr("About this routine"))
        self.about_scroll = scroll

        stages_box = QGroupBox(self.tr("Stages"))
        stages_layout = QVBoxLayout(stages_box)
        self.stage_list = QListWidget()
        self.stage_list.setFixedHeight(130)  # made three rows high for the text size in fit()
        named(self.stage_list, self.tr("Stages"), self.tr("The stages in order; choose one to change it"))
        stages_layout.addWidget(self.stage_list)
        row = QGridLayout()
        self.add_stage_button = QPushButton(self.tr("Add stage"))
        named(self.add_stage_button, self.tr("Add stage"), self.tr("Add a stage after the chosen one"))
        self.remove_stage_button = QPushButton(self.tr("Remove stage"))
        named(self.remove_stage_button, self.tr("Remove stage"), self.tr("Remove the chosen stage"))
        self.up_button = QPushButton(self.tr("Move up"))
        named(self.up_button, self.tr("Move stage up"), self.tr("Move the chosen stage earlier"))
        self.down_button = QPushButton(self.tr("Move down"))
        named(self.down_button, self.tr("Move stage down"), self.tr("Move the chosen stage later"))
        # Two by two: four in a row did not fit beside the form and were cut to "Add stag", "love dow".
        for i, button in enumerate((self.add_stage_button, self.remove_stage_button, self.up_button,
                                    self.down_button)):
            row.addWidget(button, i // 2, i % 2)
        row.setColumnStretch(2, 1)
        stages_layout.addLayout(row)
        stages_layout.addWidget(self.errors["stages"])
        self.stage_editor = StageEditor()
        stages_layout.addWidget(self.stage_editor)
        stages_layout.addStretch(1)

        stages_scroll = QScrollArea()
        stages_scroll.setWidgetResizable(True)
        stages_scroll.setWidget(stages_box)
        named(stages_scroll, self.tr("Stages"))
        self.stages_scroll = stages_scroll
        # Side by side, each panel scrolling on its own; with text too large for that, one above the
        # other in a single scrolling page (see fit()).
        page = QWidget()
        self.body = body = QBoxLayout(QBoxLayout.Direction.LeftToRight, page)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(scroll, 2)
        body.addWidget(stages_scroll, 3)
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(page)
        named(self.page_scroll, self.tr("Routine"))
        self.stacked = False

        self.summary_label = problem_label()
        named(self.summary_label, self.tr("Everything that needs a change"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        named(self.status_label, self.tr("Status"))

        self.import_button = QPushButton(self.tr("Import…"))
        named(self.import_button, self.tr("Import a routine file"),
              self.tr("Check a routine file (from a partner, say) and add it to your routines"))
        self.export_button = QPushButton(self.tr("Export…"))
        named(self.export_button, self.tr("Export this routine"),
              self.tr("Write this routine to a file you can share"))
        self.copy_button = QPushButton(self.tr("Make a copy"))
        named(self.copy_button, self.tr("Make a copy"),
              self.tr("Keep the original as it is and make a new routine from this one"))
        self.save_button = QPushButton(self.tr("Save"))
        named(self.save_button, self.tr("Save routine"), self.tr("Save to your routines folder"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        named(self.cancel_button, self.tr("Cancel"), self.tr("Close without saving"))
        self.bottom_buttons = (self.import_button, self.export_button, self.copy_button,
                               self.cancel_button, self.save_button)
        files_row = QHBoxLayout()
        for button in self.bottom_buttons[:3]:
            files_row.addWidget(button)
        files_row.addStretch(1)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        for button in self.bottom_buttons[3:]:
            close_row.addWidget(button)
        self.buttons_box = buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.addLayout(files_row, 1)
        buttons.addLayout(close_row)

        outer = QVBoxLayout(self)
        # Never smaller than the buttons and banner need; the two panels scroll when space is short.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        outer.addWidget(self.banner)
        outer.addWidget(self.page_scroll, 1)
        outer.addWidget(self.summary_label)
        outer.addWidget(self.status_label)
        outer.addLayout(buttons)

        for edit in (self.title_edit, self.id_edit):
            edit.textChanged.connect(self._edited)
        for box in (self.summary_edit, self.preparation_edit, self.safety_edit, self.when_not_edit):
            box.textChanged.connect(self._edited)
        self.kind_combo.currentIndexChanged.connect(self._edited)
        self.min_spin.valueChanged.connect(self._edited)
        self.max_spin.valueChanged.connect(self._edited)
        self.stage_list.currentRowChanged.connect(self._stage_chosen)
        self.stage_editor.changed.connect(self._stage_edited)
        self.add_stage_button.clicked.connect(self.add_stage)
        self.remove_stage_button.clicked.connect(self.remove_stage)
        self.up_button.clicked.connect(lambda: self.move_stage(-1))
        self.down_button.clicked.connect(lambda: self.move_stage(1))
        self.import_button.clicked.connect(self._choose_import)
        self.export_button.clicked.connect(self._choose_export)
        self.copy_button.clicked.connect(self.make_copy)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

    def showEvent(self, event: QShowEvent) -> None:
        self.fit()
        super().showEvent(event)

    def fit(self) -> None:
        """Whole button labels and both panels side by side, as wide as the screen allows.

        Runs once the style sheet is applied: its button ``min-width`` becomes each button's minimum
        and would let the layout cut labels ("Add stag"), so every button keeps its full width. Each
        panel asks for the width its form needs; where the screen is too narrow for that (large text)
        labels go above their fields, the bottom buttons take two rows, and a panel that still does
        not fit scrolls instead of running under the other one.
        """
        for button in self.findChildren(QPushButton):
            button.setMinimumWidth(button.sizeHint().width())
        for box in (self.summary_edit, self.preparation_edit, self.safety_edit, self.when_not_edit,
                    self.stage_editor.instruction_edit):
            box.setFixedHeight(lines_high(box, 3))
        self.stage_list.setFixedHeight(rows_high(self.stage_list, 3))
        self.stage_editor.prompt_list.setFixedHeight(rows_high(self.stage_editor.prompt_list, 2))
        screen = self.available or (self.screen().availableGeometry().size() if self.screen() else None)
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        spare = (screen.width() - 40 if screen else 10_000) - margins.left() - margins.right()
        # With large text, labels above their fields: beside them they left the fields too narrow.
        large = self.font().pixelSize() >= 1.3 * BASE_PX
        huge = self.font().pixelSize() >= 1.75 * BASE_PX
        self.about_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if large
                                         else QFormLayout.RowWrapPolicy.WrapLongRows)
        forms = [self.about_form]
        stage_form = self.stage_editor.layout()
        if isinstance(stage_form, QFormLayout):
            stage_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            forms.append(stage_form)
        # What side by side costs besides the two panels: the gap between them and the page's own bar.
        slack = self.body.spacing() + self.page_scroll.verticalScrollBar().sizeHint().width() + 8
        widths = [0, 0] if self.stacked else self._panel_widths()
        if sum(widths) + slack > spare:
            for form in forms:
                form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            widths = self._panel_widths()
        # The largest text sizes get the whole width for each panel, one above the other.
        if self.stacked or huge or sum(widths) + slack > spare:
            self._stack_panels()
        else:
            for scroll, width in zip((self.about_scroll, self.stages_scroll), widths, strict=True):
                scroll.setMinimumWidth(width)
        self._place_buttons(two_rows=sum(b.minimumWidth() + layout.spacing() for b in self.bottom_buttons)
                            > spare)
        layout.invalidate()
        layout.activate()  # the new minimum size, before resizing within it
        if screen is not None:
            hint = self.sizeHint()
            self.resize(min(max(hint.width(), 1200), screen.width() - 40),
                        min(max(hint.height(), 760), screen.height() - 40))

    def _stack_panels(self) -> None:
        """The form above the stages, in one page that scrolls as a whole."""
        if self.stacked:
            return
        self.stacked = True
        for scroll in (self.about_scroll, self.stages_scroll):
            inner = scroll.takeWidget()
            assert inner is not None
            inner.setAutoFillBackground(False)  # a scroll area's fill, in the system's colour
            self.body.replaceWidget(scroll, inner)
            scroll.hide()
        self.body.setDirection(QBoxLayout.Direction.TopToBottom)
        self.body.activate()
        page = self.page_scroll.takeWidget()  # set again so the scroll area sizes it for its new shape
        assert page is not None
        self.page_scroll.setWidget(page)

    def _panel_widths(self) -> list[int]:
        widths = []
        for scroll in (self.about_scroll, self.stages_scroll):
            inner = scroll.widget()
            assert inner is not None
            inner.adjustSize()
            bar = scroll.verticalScrollBar().sizeHint().width()
            widths.append(inner.minimumSizeHint().width() + bar + 2 * scroll.frameWidth())
        return widths

    def _place_buttons(self, two_rows: bool) -> None:
        """Import, Export and Make a copy to the left, Cancel and Save to the right; on two rows
        when one row would be wider than the screen."""
        self.buttons_box.setDirection(QBoxLayout.Direction.TopToBottom if two_rows
                                      else QBoxLayout.Direction.LeftToRight)

    def _text_box(self, name: str, tip: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setFixedHeight(76)  # made three lines high for the text size in fit()
        named(box, name, tip)
        return box

    # -- loading -----------------------------------------------------------------------------

    def load(self, routine: Routine) -> None:
        """Start editing ``routine``: a copy if it is built in, else the routine's own file."""
        if is_builtin(routine):
            title = self.tr("%1 (my version)").replace("%1", routine.title)
            self.draft = RoutineDraft.of(copy_of(routine, self.taken, title, self.routines_dir))
            self.own_id = None
            banner = self.tr("Built-in routines stay as they are. This is your own copy of "
                             "“%1”; change what you like and save it.")
            self.banner.setText(banner.replace("%1", routine.title))
        else:
            self.draft = RoutineDraft.of(routine)
            self.own_id = routine.id
            self.banner.setText(self.tr("Your routine, saved in %1.").replace("%1", routine.source))
        self.id_edit.setReadOnly(self.own_id is not None)
        if self.own_id is not None:
            self.id_edit.setToolTip(self.tr("The file name of a saved routine stays the same; "
                                            "use Make a copy for a new one"))
        self._fill()

    def _fill(self) -> None:
        d = self.draft
        self._loading = True
        try:
            self.title_edit.setText(d.title)
            self.id_edit.setText(d.id)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(d.kind)))
            self.min_spin.setValue(d.min_age_weeks)
            self.max_spin.setValue(d.max_age_weeks)
            self.summary_edit.setPlainText(d.summary)
            self.preparation_edit.setPlainText(d.preparation)
            self.safety_edit.setPlainText(d.safety)
            self.when_not_edit.setPlainText(d.when_not_to)
            notes = len(d.benefits) + sum(len(s.benefits) for s in d.stages)
            self.evidence_label.setText(
                self.tr("Evidence notes (%1) stay as in the original, with their sources.")
                .replace("%1", str(notes)) if notes else "")
        finally:
            self._loading = False
        self._fill_stages(0)

    def _fill_stages(self, select: int) -> None:
        self.stage_list.blockSignals(True)
        self.stage_list.clear()
        for i, stage in enumerate(self.draft.stages):
            self.stage_list.addItem(self._stage_label(i, stage))
        self.stage_list.blockSignals(False)
        select = min(select, len(self.draft.stages) - 1)
        self.stage_list.setCurrentRow(select)
        self._stage_chosen(select)

    def _stage_label(self, index: int, stage: StageDraft) -> str:
        if stage.open_ended:
            length = self.tr("open-ended")
        else:
            minutes, seconds = divmod(stage.seconds, 60)
            length = f"{minutes}:{seconds:02d}"
        title = stage.title.strip() or self.tr("(no title yet)")
        return f"{index + 1}. {title} — {length}"

    # -- editing -----------------------------------------------------------------------------

    def _edited(self, *_: object) -> None:
        if self._loading:
            return
        d = self.draft
        d.title = self.title_edit.text()
        d.id = self.id_edit.text()
        d.kind = "massage" if self.kind_combo.currentData() == "massage" else "skin_to_skin"
        d.min_age_weeks = self.min_spin.value()
        d.max_age_weeks = self.max_spin.value()
        d.summary = self.summary_edit.toPlainText()
        d.preparation = self.preparation_edit.toPlainText()
        d.safety = self.safety_edit.toPlainText()
        d.when_not_to = self.when_not_edit.toPlainText()
        self.validate()

    def _stage_chosen(self, row: int) -> None:
        stage = self.draft.stages[row] if 0 <= row < len(self.draft.stages) else None
        self.stage_editor.set_stage(stage, row + 1)
        count = len(self.draft.stages)
        self.remove_stage_button.setEnabled(stage is not None)
        self.up_button.setEnabled(stage is not None and row > 0)
        self.down_button.setEnabled(stage is not None and row < count - 1)
        self.validate()

    def _stage_edited(self) -> None:
        row = self.stage_list.currentRow()
        if 0 <= row < len(self.draft.stages):
            self.stage_list.item(row).setText(self._stage_label(row, self.draft.stages[row]))
        self.validate()

    def add_stage(self) -> None:
        row = self.stage_list.currentRow()
        at = row + 1 if row >= 0 else len(self.draft.stages)
        self.draft.stages.insert(at, StageDraft(self.tr("New stage"), self.tr("What to do, in a sentence."),
                                                seconds=60))
        self._fill_stages(at)
        self.stage_editor.title_edit.setFocus()
        self.stage_editor.title_edit.selectAll()

    def remove_stage(self) -> None:
        row = self.stage_list.currentRow()
        if 0 <= row < len(self.draft.stages):
            del self.draft.stages[row]
            self._fill_stages(max(0, row - 1) if row >= len(self.draft.stages) else row)

    def move_stage(self, step: int) -> None:
        row = self.stage_list.currentRow()
        self._fill_stages(self.draft.move_stage(row, step))

    def stage_titles(self) -> list[str]:
        return [s.title for s in self.draft.stages]

    # -- checking ------------------------------------------------------------------------------

    def _label_for(self, error: RoutineError) -> tuple[str, str]:
        """(field key, plain message) for one checker error."""
        spot = where(error.path)
        message = error.message
        for key, words in (("min_age_weeks", self.tr("the youngest age")),
                           ("max_age_weeks", self.tr("the oldest age"))):
            message = message.replace(key, words)
        if spot.stage is not None:
            number = spot.stage + 1
            titles = self.stage_titles()
            title = titles[spot.stage].strip() if spot.stage < len(titles) else ""
            what = self.tr("Stage %1").replace("%1", str(number))
            if title:
                what += f" “{title}”"
            if spot.prompt is not None:
                what += self.tr(", prompt %1").replace("%1", str(spot.prompt + 1))
            part = {"title": self.tr("title"), "instruction": self.tr("instruction"),
                    "seconds": self.tr("length"), "minutes": self.tr("length"),
                    "target_minutes": self.tr("target"), "text": self.tr("text"),
                    "at_seconds": self.tr("time"), "at_minutes": self.tr("time"),
                    "every_seconds": self.tr("repeat time"), "every_minutes": self.tr("repeat time"),
                    }.get(spot.field, "")
            if part:
                what += f", {part}"
            return "stages", joined(what, message)
        names = {"title": self.tr("Title"), "id": self.tr("File name"), "kind": self.tr("Kind"),
                 "summary": self.tr("Summary"), "min_age_weeks": self.tr("Age band"),
                 "max_age_weeks": self.tr("Age band"), "preparation": self.tr("Before you start"),
                 "safety": self.tr("Safety"), "when_not_to": self.tr("When not to"),
                 "stages": self.tr("Stages")}
        key = {"min_age_weeks": "age", "max_age_weeks": "age"}.get(spot.field, spot.field)
        if key not in FIELDS:
            key = "stages"
        return key, joined(names.get(spot.field, self.tr("Routine")), message)

    def problems(self) -> list[str]:
        """Every problem with the routine as it stands, in plain words."""
        return [self._label_for(e)[1] for e in self._problems]

    def validate(self) -> bool:
        """Run the checker on the would-be file; show what needs a change; turn Save on or off."""
        problems = list(self.draft.problems())
        wanted = self.draft.id.strip()
        if wanted and wanted != self.own_id and ID_PATTERN.match(wanted) and wanted in self.taken:
            taken = self.tr("another routine already uses “%1”; choose another file name")
            problems.append(RoutineError("", "id", taken.replace("%1", wanted)))
        self._problems = problems
        by_field: dict[str, list[str]] = {key: [] for key in FIELDS}
        stage_lines: dict[int, list[str]] = {}
        prompt_rows: dict[int, set[int]] = {}
        for error in problems:
            key, text = self._label_for(error)
            spot = where(error.path)
            if spot.stage is not None:
                stage_lines.setdefault(spot.stage, []).append(text)
                if spot.prompt is not None:
                    prompt_rows.setdefault(spot.stage, set()).add(spot.prompt)
            else:
                by_field[key].append(text)
        for key, label in self.errors.items():
            show_lines(label, by_field[key])
        current = self.stage_list.currentRow()
        self.stage_editor.show_problems(stage_lines.get(current, []), prompt_rows.get(current, set()))
        marker = self.tr("  (needs a change)")
        for row in range(self.stage_list.count()):
            item = self.stage_list.item(row)
            text = item.text().removesuffix(marker)
            item.setText(text + (marker if row in stage_lines else ""))
            item.setToolTip("\n".join(stage_lines.get(row, [])))
        ok = not problems
        if ok:
            self.summary_label.setVisible(False)
        else:
            heading = (self.tr("One thing to change before saving:") if len(problems) == 1
                       else self.tr("%1 things to change before saving:").replace("%1", str(len(problems))))
            show_lines(self.summary_label, [heading, *(f"• {line}" for line in self.problems())])
        self.save_button.setEnabled(ok)
        self.export_button.setEnabled(ok)
        return ok

    # -- saving, copying, import and export ----------------------------------------------------

    def routine(self) -> Routine:
        return self.draft.build()

    def _confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Replace the file?"),
            self.tr("A routine file named %1 is already in your routines folder. Replace it with this "
                    "routine?").replace("%1", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _show_problems(self, title: str, lines: list[str]) -> None:
        QMessageBox.information(self, title, "\n".join(lines))

    def save(self) -> Path | None:
        """Save into the routines folder; returns the path (None when not saved)."""
        if not self.validate():
            return None
        routine = self.routine()
        path = routine_path(self.routines_dir, routine.id)
        own = self.draft.source and Path(self.draft.source) == path
        replace_existing = False
        if path.exists() and not own:
            if not self._confirm_replace(path):
                self.status_label.setText(self.tr("Not saved: choose another file name."))
                return None
            replace_existing = True
        try:
            saved = save_routine(replace(routine, source=self.draft.source), self.routines_dir,
                                 replace_existing=replace_existing)
        except FileExistsError:
            self.status_label.setText(self.tr("Not saved: %1 already exists.").replace("%1", path.name))
            return None
        except (RoutineFileError, ValueError, OSError) as exc:
            self.status_label.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            return None
        self.saved_path = saved
        self.draft.source = str(saved)
        self.own_id = routine.id
        self.taken.add(routine.id)
        self.status_label.setText(self.tr("Saved as %1.").replace("%1", str(saved)))
        self.routineSaved.emit(str(saved))
        self.accept()
        return saved

    def make_copy(self) -> None:
        """Leave the original as it is and go on editing a new copy of what is shown."""
        current = self.routine()
        title = self.tr("%1 (copy)").replace("%1", current.title) if self.own_id else current.title
        copy = copy_of(current, self.taken | ({self.own_id} if self.own_id else set()), title,
                       self.routines_dir)
        self.draft = RoutineDraft.of(copy)
        self.own_id = None
        self.id_edit.setReadOnly(False)
        self.banner.setText(self.tr("A new copy: the original stays as it was."))
        self._fill()

    def export_to(self, path: Path) -> bool:
        if not self.validate():
            return False
        try:
            export_routine(self.routine(), path)
        except (RoutineFileError, ValueError, OSError) as exc:
            self.status_label.setText(self.tr("Not exported: %1").replace("%1", str(exc)))
            return False
        self.status_label.setText(self.tr("Exported to %1. Import it in touchtimer on another computer "
                                          "to use the same routine.").replace("%1", str(path)))
        return True

    def _choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export routine"),
                                              str(Path.home() / f"{self.draft.id.strip()}.toml"),
                                              self.tr("Routine files (*.toml)"))
        if name:
            self.export_to(Path(name))

    def _ask_new_id(self, taken_id: str, suggestion: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Choose a file name"),
            self.tr("You already have a routine called “%1”. Import this one under another name:")
            .replace("%1", taken_id), QLineEdit.EchoMode.Normal, suggestion)
        return text.strip() if ok and text.strip() else None

    def import_from(self, source: Path) -> Path | None:
        """Check ``source`` and copy it into the routines folder, then edit it; None if not imported."""
        new_id: str | None = None
        while True:
            try:
                path = import_routine(source, self.routines_dir, self.taken, new_id)
                break
            except RoutineFileError as exc:
                lines = [str(e) for e in exc.errors]
                self._show_problems(self.tr("This routine file cannot be used"), lines)
                self.status_label.setText(self.tr("Not imported: the file needs a change (%1).")
                                          .replace("%1", lines[0] if lines else ""))
                return None
            except RoutineIdTaken as exc:
                new_id = self._ask_new_id(new_id or exc.routine.id, exc.suggestion)
                if new_id is None:
                    self.status_label.setText(self.tr("Not imported."))
                    return None
            except OSError as exc:
                self.status_label.setText(self.tr("Not imported: %1").replace("%1", str(exc)))
                return None
        imported = load_routine_file(path)
        self.taken.add(imported.id)
        self.load(imported)
        self.status_label.setText(self.tr("Imported as %1.").replace("%1", str(path)))
        self.routineSaved.emit(str(path))
        return path

    def _choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import routine"), str(Path.home()),
                                              self.tr("Routine files (*.toml)"))
        if name:
            self.import_from(Path(name))
