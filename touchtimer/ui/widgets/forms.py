"""Forms made one way everywhere: a label goes above its field when the two do not fit side by side.

Qt's own default (in the Fusion style) keeps every label beside its field, so one long label (a German
translation, or any label at the largest text size) widens the whole form, and the page or dialog then
has to be scrolled sideways. :func:`form_layout` is the only place the window makes a ``QFormLayout``
(tests/ui/widgets/test_forms.py holds the code to it).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget


def form_layout(parent: QWidget | None = None, *,
                wrap: QFormLayout.RowWrapPolicy = QFormLayout.RowWrapPolicy.WrapLongRows) -> QFormLayout:
    """A form whose long rows put the label above the field instead of widening the form.

    A dialog that shapes itself for the screen may ask for another ``wrap``, and must then say why.
    """
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setRowWrapPolicy(wrap)
    return form
