"""How the routine editor looks: its controls, laid out to fit the screen at any text size.

:class:`RoutineEditorLayout` builds the controls and places them (two panels side by side, or one above
the other with large text; the bottom buttons on one row or two). What the controls do is in
:class:`touchtimer.ui.routines.editor.RoutineEditor`, which derives from it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from touchtimer.core.routines.model import KINDS, MAX_AGE_WEEKS
from touchtimer.ui.routines.stage_editor import StageEditor, named, problem_label, rows_high
from touchtimer.ui.widgets.forms import form_layout
from touchtimer.ui.widgets.growing_text import GrowingText
from touchtimer.ui.widgets.texts import term
from touchtimer.ui.widgets.theme import BASE_PX

#: Routine-level fields that have a message label of their own.
FIELDS = ("title", "id", "kind", "summary", "age", "preparation", "safety", "when_not_to", "stages")


class RoutineEditorLayout(QDialog):
    """The routine editor's controls and their layout; :meth:`fit` sizes them for the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The screen space to fit in; None means the screen the dialog is on.
        self.available: QSize | None = None
        self._build()

    def _build(self) -> None:
        """Every control, in two panels (about the routine; its stages) over the buttons."""
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        named(self.banner, self.tr("About this copy"))
        self.errors: dict[str, QLabel] = {key: problem_label() for key in FIELDS}

        about = QWidget()
        form = self.about_form = form_layout(about)
        # With large text the labels go above their fields instead of pushing them out of sight.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title_edit = QLineEdit()
        named(self.title_edit, self.tr("Title"), self.tr("The routine's name, as shown in the list"))
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.errors["title"])
        # The file name comes from the title (a saved routine keeps its own); it is shown, not typed.
        self.file_label = QLabel()
        self.file_label.setObjectName("fileName")
        self.file_label.setProperty("role", "muted")
        self.file_label.setWordWrap(True)
        named(self.file_label, self.tr("File name"))
        form.addRow(self.file_label)
        form.addRow(self.errors["id"])
        self.kind_combo = QComboBox()
        # Never narrower than its choice's words (a squeezed form cut "Skin-to-skin" short).
        self.kind_combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
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
        self.preparation_edit = self._text_box(term("preparation"), self.tr("One item a line"))
        form.addRow(term("preparation"), self.preparation_edit)
        form.addRow(self.errors["preparation"])
        self.safety_edit = self._text_box(term("safety"), self.tr("One safety point a line"))
        form.addRow(term("safety"), self.safety_edit)
        form.addRow(self.errors["safety"])
        self.when_not_edit = self._text_box(term("when_not_to"), self.tr("One reason a line"))
        form.addRow(term("when_not_to"), self.when_not_edit)
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
        # A long stage name wraps in its row rather than making the list scroll sideways.
        self.stage_list.setWordWrap(True)
        self.stage_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        # The banner scrolls with the page, so on a small screen the buttons below keep their room.
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.banner)
        self.body = body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        page_layout.addLayout(body, 1)
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
        self.copy_button.hide()          # only for a routine of your own: a built-in is copied already
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
        outer.addWidget(self.page_scroll, 1)
        outer.addWidget(self.summary_label)
        outer.addWidget(self.status_label)
        outer.addLayout(buttons)

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
        combo = self.kind_combo       # as wide as its longest choice at this text size (and scaling)
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        words = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        combo.setMinimumWidth(combo.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, QSize(words + 4, combo.fontMetrics().height()),
            combo).width())
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
            # Side by side, at least as wide as the two panels need (a scroll area's size hint stops
            # short of two panels with long labels): never a sideways scroll where the screen has room.
            need = 0 if self.stacked else sum(widths) + slack + margins.left() + margins.right()
            self.resize(min(max(hint.width(), need, 1200), screen.width() - 40),
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
        box = GrowingText()             # as tall as its words: no scroll bar inside a short field
        named(box, name, tip)
        return box
