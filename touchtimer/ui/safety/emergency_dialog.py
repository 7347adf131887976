"""The emergency screen: call now first, in the largest type, then the number to call (the parent's
own, saved in Settings, or examples: UK 999, US 911), the signs that mean it and the breathing limits
for the baby's age (every age band when no baby is chosen); then what to do while calling; then
position problems, which mean "move baby at once".

Every word comes from :data:`touchtimer.core.safety.EMERGENCY` and is shown through
``QCoreApplication.translate("Safety", ...)``. It opens over a running session without pausing it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from touchtimer.core.safety import EMERGENCY, NUMBER_EXAMPLES, YOUR_NUMBER, EmergencyScreen, example_numbers
from touchtimer.ui.widgets.text_dialog import TextDialog


def _t(text: str) -> str:
    return QCoreApplication.translate("Safety", text)


class EmergencyDialog(TextDialog):
    """The one clear emergency screen, reachable at any moment."""

    def __init__(self, parent: QWidget | None = None, screen: EmergencyScreen = EMERGENCY) -> None:
        super().__init__(_t(screen.title), parent, object_name="emergencyDialog")
        self.first_step = (self.add_label(_t(screen.first_step), "emergencyCall")
                           if screen.first_step else None)
        self.call_now = self.add_label(_t(screen.call_now), "emergencyCall")
        number = (_t(YOUR_NUMBER).format(number=screen.number) if screen.number
                  else _t(NUMBER_EXAMPLES).format(examples=example_numbers()))
        self.number = self.add_label(number, "emergencyNumber")
        self.call_signs = self.add_label("\n".join(f"• {_t(sign)}" for sign in screen.call_signs),
                                         "emergencySigns")
        self.breathing = self.add_label("\n".join([_t(screen.count_breaths),
                                                   *(f"• {_t(band.line)}" for band in screen.breathing)]),
                                        "emergencySigns")
        self.breathing_source = self.add_label(_t(screen.breathing_source), role="muted")
        self.steps = [self.add_label(f"{n}. {_t(step)}", "emergencyBody")
                      for n, step in enumerate(screen.while_calling, start=1)]
        self.add_label(_t(screen.position_title), "emergencySubheading", role="subheading")
        self.signs = self.add_label("\n".join(f"• {_t(sign)}" for sign in screen.position_signs),
                                    "emergencySigns")
        self.action = self.add_label(_t(screen.position_action), "emergencySigns")
        self.body_layout.addStretch(1)
        self.close_button.setDefault(True)
