"""The announcements reach a real accessibility bus, as a screen reader (Orca) would hear them.

A private session bus starts the AT-SPI bus launcher (by D-Bus activation, as on a desktop); this test
registers for ``object:announcement`` events with the AT-SPI registry, as a screen reader does, and
listens on the accessibility bus with QtDBus. The window runs in its own process under Xvfb (Qt's
offscreen platform has no accessibility bridge; xcb has the AT-SPI one) and runs a session on a fake
clock. Every stage change, the pause, the resume and the end must arrive as an
``org.a11y.atspi.Event.Object.Announcement`` signal carrying the sentence.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVariant

from tests.helpers import REPO_ROOT
from tests.helpers.dbus_bus import atspi_bus, private_session_bus
from tests.helpers.x11 import xvfb_display

REGISTRY = ("org.a11y.atspi.Registry", "/org/a11y/atspi/registry", "org.a11y.atspi.Registry")
EXPECTED = ["Stage 1 of 3: Legs, left side, 1 min.", "Paused.", "Running again.",
            "Stage 2 of 3: Arms, 1 min 30 s.", "Stage 3 of 3: Resting hands, 30 s.", "The session is over."]


class Heard(QObject):
    """Collects the Announcement signals seen on the accessibility bus."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, int, str]] = []

    @Slot(QDBusMessage)
    def heard(self, message: QDBusMessage) -> None:
        args = message.arguments()
        text = args[3].variant() if isinstance(args[3], QDBusVariant) else args[3]
        self.messages.append((message.path(), int(args[1]), str(text)))


def _call(bus: QDBusConnection, method: str, *args: Any) -> list[Any]:
    message = QDBusMessage.createMethodCall(*REGISTRY, method)
    message.setArguments(list(args))
    reply = bus.call(message)
    assert reply.type() is QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()
    return list(reply.arguments())


def _start_window(tmp_path: Path, display: str, session: str, a11y: str) -> subprocess.Popen[str]:
    """tests/helpers/announcing_app.py on ``display``, with Qt's AT-SPI bridge forced on."""
    path = os.pathsep.join(p for p in (str(REPO_ROOT), os.environ.get("PYTHONPATH")) if p)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display, "PYTHONPATH": path,
           "DBUS_SESSION_BUS_ADDRESS": session, "AT_SPI_BUS_ADDRESS": a11y,
           "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1",
           "XDG_RUNTIME_DIR": str(tmp_path / "runtime")}
    return subprocess.Popen([sys.executable, "-m", "tests.helpers.announcing_app", str(tmp_path / "data")],
                            cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_every_stage_change_is_announced_on_the_accessibility_bus(qtbot: QtBot, tmp_path: Path) -> None:
    with private_session_bus(tmp_path / "runtime") as session, xvfb_display() as display:
        a11y = atspi_bus(session)
        bus = QDBusConnection.connectToBus(a11y, "touchtimer-test-screen-reader")
        try:
            assert bus.isConnected()
            _call(bus, "RegisterEvent", "Object:Announcement:")          # starts the AT-SPI registry
            heard = Heard()
            assert bus.connect("", "", "org.a11y.atspi.Event.Object", "Announcement", heard,
                               SLOT("heard(QDBusMessage)"))
            app = _start_window(tmp_path, display, session, a11y)
            try:
                qtbot.waitUntil(lambda: app.poll() is not None, timeout=60_000)
            finally:
                if app.poll() is None:
                    app.kill()
                out, err = app.communicate(timeout=10)
            assert app.returncode == 0 and "DONE" in out, out + err
            assert "ACTIVE" in out.splitlines(), out + err        # the accessibility bridge came up
            said = [line.removeprefix("SAID ") for line in out.splitlines() if line.startswith("SAID ")]
            assert said == [" " + text for text in EXPECTED], out            # " ": polite, "!": assertive

            qtbot.waitUntil(lambda: len(heard.messages) >= len(EXPECTED), timeout=10_000)
            assert [text for _path, _politeness, text in heard.messages] == EXPECTED
            # from the window's accessible object, polite (1 is ATSPI_LIVE_POLITE)
            assert all(path.startswith("/org/a11y/atspi/accessible/") for path, _, _ in heard.messages)
            assert {politeness for _, politeness, _ in heard.messages} == {1}
        finally:
            QDBusConnection.disconnectFromBus("touchtimer-test-screen-reader")
