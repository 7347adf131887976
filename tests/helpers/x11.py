"""A private Xvfb display for tests that need a real X server, and stopping what a test started."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

from tests.helpers.system_tools import need


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate ``process`` (kill it if it does not go within 5 s) and reap it."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@contextmanager
def xvfb_display() -> Iterator[str]:
    """Start Xvfb on a free display (it picks one itself, ``-displayfd``); yield ``":N"``; stop it."""
    need("Xvfb")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()  # Xvfb writes it once it accepts connections
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        stop(server)
