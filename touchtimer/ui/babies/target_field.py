"""A baby's own daily skin-to-skin target, in hours and minutes, beside the general one.

Units caring for babies born early often aim for 4 or 8 hours a day; left off, the general target
from the settings applies. History's chart uses the baby's own target when that baby is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QSpinBox, QWidget

from touchtimer.ui.widgets.flow_layout import FlowLayout
from touchtimer.ui.widgets.wrapped_choice import wrapped

#: The most a target can be: a whole day.
MAX_MINUTES = 24 * 60


class DailyTargetField(QWidget):
    """``value()`` is the target in minutes, or ``None`` for "use the general target"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("babyDailyTarget")
        self.own = QCheckBox(self.tr("Own daily target"))
        self.own.setAccessibleName(self.tr("This baby has an own daily target"))
        self.own.setToolTip(self.tr("For this baby only, for example 4 or 8 hours a day for a baby born "
                                    "early; otherwise the general target in the settings applies"))
        self.hours = QSpinBox()
        self.hours.setRange(0, 24)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setAccessibleName(self.tr("Daily target, hours"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 55)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Daily target, minutes"))
        row = FlowLayout(self, spacing=8)      # the hours and minutes go below in a narrow dialog
        for widget in (wrapped(self.own), self.hours, self.minutes):     # its words wrap when narrow
            row.addWidget(widget)
        self.own.toggled.connect(self._toggled)
        self.hours.valueChanged.connect(lambda _v: self.changed.emit())
        self.minutes.valueChanged.connect(lambda _v: self.changed.emit())
        self.set_value(None)

    def _toggled(self, on: bool) -> None:
        self.hours.setEnabled(on)
        self.minutes.setEnabled(on)
        self.changed.emit()

    def set_value(self, minutes: int | None) -> None:
        self.own.setChecked(minutes is not None)
        hours, rest = divmod(minutes if minutes is not None else 4 * 60, 60)
        self.hours.setValue(hours)
        self.minutes.setValue(rest)
        self._toggled(minutes is not None)

    def value(self) -> int | None:
        if not self.own.isChecked():
            return None
        return max(1, min(MAX_MINUTES, self.hours.value() * 60 + self.minutes.value()))
