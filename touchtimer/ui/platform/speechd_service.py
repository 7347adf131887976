"""A speech-dispatcher of touchtimer's own, started and stopped by the speech helper process.

Left to itself, libspeechd *autospawns* a shared speech-dispatcher daemon that detaches from its
client and outlives it. That is how the test suite and the benchmarks used to leave daemons behind,
bound to temporary folders that were then deleted; with no sound server such a daemon hangs on exit
("Closing module espeak-ng..." for good), and a daemon left stuck froze the next session.

So the helper runs its own: ``speech-dispatcher --run-single`` (it stays in the foreground, a child
of the helper, in the helper's process group), with its socket and log in a private folder, and
tells libspeechd to use that socket (``SPEECHD_ADDRESS``) and never to spawn anything
(``SPEECHD_CMD`` names a program that does not exist). It is stopped when the helper stops; if the
helper is killed (the app gives up on it, or the app itself dies), the kernel kills the daemon too
(``PR_SET_PDEATHSIG`` on Linux), and its output modules end when their daemon does.

The user's own speech-dispatcher configuration is read as usual (``~/.config/speech-dispatcher``);
its runtime folder is its own, so a speech-dispatcher the person already runs (a screen reader's)
does not stop it starting, while the sound still goes to the person's sound server.
When ``SPEECHD_ADDRESS`` is already set, the person chose a service: it is used as it is, and
nothing is started. Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

#: The helper's private folders are called ``touchtimer-speech-<app pid>-<random>``.
FOLDER_PREFIX = "touchtimer-speech-"
#: How long speech-dispatcher may take to start listening (seconds).
START_LIMIT_S = 10.0
#: The longest a Unix socket path may be (108 bytes with the final NUL on Linux).
MAX_SOCKET_PATH = 100

_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Ask the kernel to kill this process when its parent ends (Linux; elsewhere nothing)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


class PrivateSpeechd:
    """One private speech-dispatcher in ``folder`` (which the caller owns and removes)."""

    def __init__(self, folder: Path, program: str = "speech-dispatcher") -> None:
        self.folder = folder
        self.program = program
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def socket_path(self) -> Path:
        return self.folder / "speechd.sock"

    @property
    def address(self) -> str:
        return f"unix_socket:{self.socket_path}"

    def start(self, limit: float = START_LIMIT_S) -> tuple[str, str] | None:
        """Start it and wait until it listens; ``None`` when it does, else ``(code, detail)``."""
        exe = shutil.which(self.program)
        if exe is None:
            return ("no_service", self.program)
        if len(str(self.socket_path)) > MAX_SOCKET_PATH:
            return ("service_failed", f"the folder {self.folder} has too long a name for a socket")
        log_dir = self.folder / "log"
        log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        command = [exe, "--run-single", "--communication-method", "unix_socket",
                   "--socket-path", str(self.socket_path), "--log-dir", str(log_dir), "--log-level", "2",
                   # A backstop only: with no client for 30 s it ends by itself.
                   "--timeout", "30"]
        try:
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                            stderr=subprocess.DEVNULL, preexec_fn=die_with_parent,
                                            env=self.environment(os.environ))
        except OSError as exc:
            return ("service_failed", str(exc))
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return ("service_failed", self._why_it_ended())
            if self._listening():
                return None
            time.sleep(0.02)
        self.stop()
        return ("service_failed", f"it did not start within {limit:.0f} seconds")

    def environment(self, base: dict[str, str] | os._Environ[str]) -> dict[str, str]:
        """The daemon's environment: a runtime folder of its own, where it keeps its pid file. In the
        person's own runtime folder, a speech-dispatcher already running there (a screen reader's,
        another program's) makes it refuse to start ("already running"), and the voice would be
        lost. The sound server is still the person's: PulseAudio (and PipeWire's) socket is found
        through the runtime folder, so it is named outright."""
        env = dict(base)
        runtime = self.folder / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        own = env.get("XDG_RUNTIME_DIR")
        env["XDG_RUNTIME_DIR"] = str(runtime)
        if own and "PULSE_SERVER" not in env:
            pulse = Path(own) / "pulse" / "native"
            if pulse.exists():
                env["PULSE_SERVER"] = f"unix:{pulse}"
        return env

    def _listening(self) -> bool:
        if not self.socket_path.exists():
            return False
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            try:
                probe.connect(str(self.socket_path))
            except OSError:
                return False
        return True

    def _why_it_ended(self) -> str:
        code = self.process.returncode if self.process is not None else None
        log = self.folder / "log" / "speech-dispatcher.log"
        try:
            lines = [line for line in log.read_text("utf-8", "replace").splitlines() if "ERROR" in line
                     or "Error" in line]
        except OSError:
            lines = []
        reason = lines[-1].split("]", 1)[-1].strip() if lines else ""
        return f"it ended with code {code}" + (f": {reason}" if reason else "")

    def stop(self, grace: float = 1.0) -> None:
        """Ask it to end, and kill it if it has not after ``grace`` seconds (it can hang on exit)."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:          # someone else's process: alive
        return True
    return True


def sweep_stale_folders(base: Path, keep: Path) -> list[Path]:
    """Remove the private folders in ``base`` that an app which is gone left behind (an app ended by
    a signal, with its helper, cannot remove its own); return them. Folders of running apps stay."""
    removed = []
    with contextlib.suppress(OSError):
        for folder in base.glob(FOLDER_PREFIX + "*"):
            owner = folder.name[len(FOLDER_PREFIX):].split("-", 1)[0]
            if folder == keep or not owner.isdigit() or _alive(int(owner)) or not folder.is_dir():
                continue
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def client_environment(service: PrivateSpeechd | None, folder: Path) -> dict[str, str]:
    """What libspeechd must see in this process: our daemon's address, and never an autospawn."""
    env = {"SPEECHD_CMD": str(folder / "no-autospawn")}
    if service is not None:
        env["SPEECHD_ADDRESS"] = service.address
    return env


def wants_private_service(engine: str | None, engines: list[str]) -> bool:
    """Whether the engine is speech-dispatcher's and no address was chosen by the person."""
    speechd = engine == "speechd" or (engine is None and "speechd" in engines)
    return speechd and not os.environ.get("SPEECHD_ADDRESS")
