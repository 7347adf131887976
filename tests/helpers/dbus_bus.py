"""A private D-Bus session bus for tests, the accessibility (AT-SPI) bus behind it, and ``dbus-send``.

:func:`private_session_bus` starts ``dbus-daemon --session`` with its own runtime folder and yields its
address; on the way out it stops the daemon and everything the bus started for it (services it
activated, such as ``at-spi-bus-launcher``, with their own bus and the AT-SPI registry), even when the
test failed. :func:`atspi_bus` asks that session bus for the accessibility bus's address, which
starts the launcher by D-Bus activation, as a desktop does.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from tests.helpers.processes import descendants, reap_zombies
from tests.helpers.system_tools import need
from tests.helpers.x11 import stop

#: at-spi2-core puts its bus launcher here on Debian and Ubuntu (D-Bus starts it by activation).
ATSPI_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


@contextmanager
def private_session_bus(runtime_dir: Path) -> Iterator[str]:
    """Start a session bus whose services use ``runtime_dir``; yield its address; stop it all."""
    need("dbus-daemon", "dbus-send")
    runtime_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime_dir)}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--print-address", "--nofork"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()      # written once it accepts connections
        assert address.startswith("unix:"), "dbus-daemon did not start"
        yield address
    finally:
        _stop_tree(daemon)


def _stop_tree(daemon: subprocess.Popen[str]) -> None:
    """Stop what the bus activated (deepest first), then the bus; kill what does not go in 5 s."""
    started = [proc.pid for proc in reversed(descendants(daemon.pid))]
    for pid in started:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
    stop(daemon)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        reap_zombies()
        if not [pid for pid in started if _running(pid)]:
            return
        time.sleep(0.05)
    for pid in started:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    reap_zombies()


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def dbus_send(address: str, *args: str, timeout: float = 20) -> str:
    """Run ``dbus-send --print-reply`` on the bus at ``address``; its reply (it must succeed)."""
    done = run_dbus_send(address, args, timeout=timeout)
    assert done.returncode == 0, done.stderr
    return done.stdout


def run_dbus_send(address: str, args: Sequence[str], *,
                  timeout: float = 20) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["dbus-send", f"--bus={address}", "--print-reply", *args], capture_output=True,
                          text=True, timeout=timeout, check=False)


def atspi_bus(session_address: str) -> str:
    """The accessibility bus's address, asked of ``org.a11y.Bus`` (D-Bus starts the launcher)."""
    need(ATSPI_LAUNCHER)
    reply = dbus_send(session_address, "--dest=org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus.GetAddress")
    address = reply.split('"')[1]
    assert address.startswith("unix:"), reply
    return address
