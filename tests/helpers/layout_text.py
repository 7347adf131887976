"""How much room a widget's text needs, as the font metrics measure it, against the room it has.

The measuring half of :mod:`tests.helpers.layout_check`: labels, buttons, check boxes, radio buttons,
drop-downs, spin boxes, group box titles, text boxes and the cells and headers of item views.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QStyleOptionViewItem,
    QTableView,
    QTextEdit,
    QToolButton,
    QWidget,
)

#: A pixel of rounding either way is not a problem.
SLACK = 1
#: What Qt's own size hint leaves off a button's label (see :func:`button_problem`).
BUTTON_SLACK = 2
#: At most this many rows of an item view are measured (the visible ones come first).
MAX_ROWS = 60


@dataclass(frozen=True)
class Problem:
    kind: str      # clipped, elided, overlap, outside, field
    where: str     # the widget, as a path a person can find
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.where}: {self.detail}"


def describe(widget: QWidget) -> str:
    """A short name a person can find: class, object name and the start of its text."""
    name = type(widget).__name__
    if widget.objectName():
        name += f"#{widget.objectName()}"
    text = _text_of(widget) or widget.accessibleName()
    if text:
        text = " ".join(text.split())
        name += f" “{text[:40]}{'…' if len(text) > 40 else ''}”"
    return name


def path_of(widget: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None and not current.isWindow():
        if (current.objectName() and not current.objectName().startswith("qt_")) or _text_of(current) \
                or current is widget:
            parts.append(describe(current))
        current = current.parentWidget()
    if current is not None:
        parts.append(describe(current))
    return " > ".join(reversed(parts))


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def _plain(text: str) -> str:
    """The text as shown: a single ``&`` marks a shortcut and is not drawn."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def drawn_width(fm: QFontMetrics, text: str) -> int:
    """How wide ``text`` is drawn with its shortcut letter underlined: Qt draws the text before the
    letter, the letter and the text after it as three runs, so a kerned pair across the letter ("Tr" in
    "&Tranquilo") loses its kerning and the words come out wider than one measurement of the whole."""
    marked = text.replace("&&", "\0")
    at = marked.find("&")
    if at < 0 or at + 1 >= len(marked):
        return fm.horizontalAdvance(_plain(text))
    runs = (marked[:at], marked[at + 1], marked[at + 2:])
    return sum(fm.horizontalAdvance(_plain(run.replace("\0", "&&"))) for run in runs)


def _elides(widget: QWidget) -> bool:
    return bool(widget.property("elides"))



# -- text that does not fit -----------------------------------------------------------------------------


def _too_big(need_w: float, need_h: float, rect: QRect) -> str:
    wide, tall = need_w > rect.width() + SLACK, need_h > rect.height() + SLACK
    if not (wide or tall):
        return ""
    return f"needs {need_w:.0f}x{need_h:.0f}, has {rect.width()}x{rect.height()}"


def label_problem(label: QLabel) -> str:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return ""
    rect = label.contentsRect()
    margin = label.margin()
    rect.adjust(margin, margin, -margin, -margin)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            doc.setTextWidth(rect.width())
        size = doc.size()
        return _too_big(doc.idealWidth() if label.wordWrap() else size.width(), size.height(), rect)
    flags = int(label.alignment())
    if label.wordWrap():
        flags |= int(Qt.TextFlag.TextWordWrap)
    if label.buddy() is not None:
        flags |= int(Qt.TextFlag.TextShowMnemonic)
        text = _plain(text)
    need = QFontMetrics(label.font()).boundingRect(rect, flags, text)
    return _too_big(need.width(), need.height(), rect)


def button_problem(button: QAbstractButton) -> str:
    text = _plain(button.text())
    if not text:
        return ""
    fm = QFontMetrics(button.font())
    if isinstance(button, QPushButton | QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = {QPushButton: QStyle.SubElement.SE_PushButtonContents,
                   QCheckBox: QStyle.SubElement.SE_CheckBoxContents,
                   QRadioButton: QStyle.SubElement.SE_RadioButtonContents}
        kind = next(k for k in element if isinstance(button, k))
        rect = button.style().subElementRect(element[kind], option, button)
        icon = 0 if button.icon().isNull() else button.iconSize().width() + 4
        # Measured as Qt sizes a button for its label (the shortcut's "&" not drawn). Qt's own size for a
        # button leaves its label 2 pixels narrower than the words' advance (the space after the last
        # letter), so up to 2 pixels are not a cut.
        need = fm.size(int(Qt.TextFlag.TextShowMnemonic), button.text())
        if "\n" in button.text() or isinstance(button, QPushButton):
            return _too_big(need.width() + icon - BUTTON_SLACK, need.height(), rect)
        # A check box or radio button cuts its label at its contents' edge. Its ink ends where the last
        # letter's ink ends: the drawn runs' advance less that letter's space after it (its right
        # bearing), which is what Qt's own sizing leaves out.
        ink = max(need.width(), drawn_width(fm, button.text())) - max(0, fm.rightBearing(text[-1]))
        return _too_big(ink + icon, need.height(), rect)
    if isinstance(button, QToolButton):
        hint = button.sizeHint()
        if button.width() + SLACK < hint.width() or button.height() + SLACK < hint.height():
            return f"needs {hint.width()}x{hint.height()}, has {button.width()}x{button.height()}"
    return ""


def combo_problem(combo: QComboBox) -> str:
    text = combo.currentText()
    if not text or combo.isEditable():
        return ""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    rect = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo)
    icon = 0 if combo.itemIcon(combo.currentIndex()).isNull() else combo.iconSize().width() + 4
    fm = QFontMetrics(combo.font())
    # Qt sizes a drop-down like a button, without the space after its last letter (BUTTON_SLACK).
    return _too_big(fm.horizontalAdvance(text) + icon - BUTTON_SLACK, fm.height(), rect)


def spin_problem(spin: QAbstractSpinBox) -> str:
    edit = spin.findChild(QWidget, "qt_spinbox_lineedit")
    text = spin.text()
    if edit is None or not text:
        return ""
    rect = edit.contentsRect().adjusted(2, 0, -2, 0)   # QLineEdit's own inner margin
    fm = QFontMetrics(spin.font())
    return _too_big(fm.horizontalAdvance(text), fm.height(), rect)


def group_problem(box: QGroupBox) -> str:
    if not box.title():
        return ""
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    rect = box.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                      QStyle.SubControl.SC_GroupBoxLabel, box)
    fm = QFontMetrics(box.font())
    need = fm.horizontalAdvance(_plain(box.title()))
    if need > box.contentsRect().width() + SLACK or need > rect.width() + fm.averageCharWidth() + SLACK:
        return f"title needs {need}, has {min(rect.width(), box.contentsRect().width())}"
    return ""


def _visible_rows(view: QAbstractItemView) -> Iterator[QModelIndex]:
    model = view.model()
    if model is None:
        return
    viewport = view.viewport().rect()
    columns = model.columnCount() if isinstance(view, QTableView) else 1
    shown = 0
    for row in range(model.rowCount()):
        if isinstance(view, QListView) and view.isRowHidden(row):
            continue
        for column in range(columns):
            if isinstance(view, QTableView) and (view.isColumnHidden(column) or view.isRowHidden(row)):
                continue
            index = model.index(row, column)
            rect = view.visualRect(index)
            if rect.isValid() and rect.intersects(viewport):
                yield index
        shown += 1
        if shown >= MAX_ROWS:
            return


def view_problems(view: QAbstractItemView) -> list[str]:
    """Cells drawn by Qt's own delegate that would be cut to "…"; headers too narrow for their text."""
    found: list[str] = []
    delegate = view.itemDelegate()
    if type(delegate) is QStyledItemDelegate and not _elides(view):
        wrap = view.wordWrap() if isinstance(view, QTableView | QListView) else False
        for index in _visible_rows(view):
            text = str(index.data() or "")
            if not text:
                continue
            rect = view.visualRect(index)
            option = QStyleOptionViewItem()
            option.initFrom(view)
            option.rect = rect
            option.font = view.font()
            if wrap:
                option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            hint = delegate.sizeHint(option, index)
            if (hint.width() > rect.width() + SLACK and not wrap) or hint.height() > rect.height() + SLACK:
                found.append(f"“{text[:30]}” needs {hint.width()}x{hint.height()}, "
                             f"has {rect.width()}x{rect.height()}")
    if isinstance(view, QTableView) and not _elides(view):
        header = view.horizontalHeader()
        if header.isVisible():
            found += _header_problems(header)
    if isinstance(view, QListView) and view.horizontalScrollBar().isVisible() and not _elides(view):
        found.append("the list scrolls sideways")
    return found


def _header_problems(header: QHeaderView) -> list[str]:
    found = []
    model = header.model()
    if model is None:
        return found
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        need = header.sectionSizeFromContents(section).width()
        if text and need > header.sectionSize(section) + SLACK:
            found.append(f"header “{text}” needs {need}, has {header.sectionSize(section)}")
    return found


def field_problem(edit: QPlainTextEdit | QTextEdit) -> str:
    """A text box shows at least two lines, and a short one never scrolls inside itself."""
    line = QFontMetrics(edit.font()).lineSpacing()
    height = edit.viewport().height()
    if height + SLACK < 2 * line:
        return f"shows {height / line:.1f} lines of text (at least 2 are needed)"
    if edit.verticalScrollBar().isVisible() and height < 5 * line and edit.isEnabled() \
            and not edit.isReadOnly():
        return f"a {height / line:.0f}-line box with a scroll bar inside it"
    return ""


def text_problem(widget: QWidget) -> tuple[str, str]:
    """(kind, detail) for the text of one widget; ("", "") when it fits."""
    detail = ""
    kind = "clipped"
    if isinstance(widget, QLabel):
        detail = label_problem(widget)
    elif isinstance(widget, QAbstractButton):
        detail = button_problem(widget)
    elif isinstance(widget, QComboBox):
        detail, kind = combo_problem(widget), "elided"
    elif isinstance(widget, QAbstractSpinBox):
        detail = spin_problem(widget)
    elif isinstance(widget, QGroupBox):
        detail = group_problem(widget)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        detail, kind = field_problem(widget), "field"
    elif isinstance(widget, QAbstractItemView):
        detail, kind = "; ".join(view_problems(widget)), "elided"
    if detail and _elides(widget) and kind != "field":
        return "", ""
    return (kind, detail) if detail else ("", "")
