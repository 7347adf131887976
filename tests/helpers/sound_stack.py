"""A real sound stack for one test: a private PulseAudio with a null sink, and a recorder of that sink.

Nothing here touches a sound server of the machine's own: the server lives in a private folder
(``XDG_RUNTIME_DIR``, ``PULSE_RUNTIME_PATH``, ``HOME``), loads only a native socket and one null sink,
and is stopped, with the recorder, when the ``with`` block ends, however it ends. The speech service
is not started here: the app's own speech helper starts its private speech-dispatcher, as it does on
a parent's laptop.

The tools are system packages (Debian and Ubuntu names); when one is missing the test fails and
names the package to install: CI installs them all.
"""

from __future__ import annotations

import array
import contextlib
import math
import os
import select
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

#: program → the Debian/Ubuntu package that provides it.
TOOLS = {"pulseaudio": "pulseaudio", "parec": "pulseaudio-utils", "speech-dispatcher": "speech-dispatcher"}
#: speech-dispatcher's espeak-ng output module, wherever the distribution puts it.
ESPEAK_MODULES = ("/usr/lib/speech-dispatcher-modules/sd_espeak-ng",
                  "/usr/lib/x86_64-linux-gnu/speech-dispatcher-modules/sd_espeak-ng",
                  "/usr/lib/aarch64-linux-gnu/speech-dispatcher-modules/sd_espeak-ng",
                  "/usr/libexec/speech-dispatcher-modules/sd_espeak-ng")
PACKAGES = ("speech-dispatcher", "speech-dispatcher-espeak-ng", "pulseaudio", "pulseaudio-utils")
SINK = "touchtimer_test"
RATE = 16_000


def require_tools() -> None:
    """Fail, naming the packages, if a tool the real-sound test needs is not installed."""
    missing = sorted({package for tool, package in TOOLS.items() if shutil.which(tool) is None})
    if not any(Path(module).exists() for module in ESPEAK_MODULES):
        missing.append("speech-dispatcher-espeak-ng")
    if missing:
        pytest.fail("the real-sound test needs these packages: " + " ".join(missing)
                    + f" (on Debian or Ubuntu: sudo apt-get install {' '.join(PACKAGES)})", pytrace=False)


@dataclass
class Recording:
    """Samples of the sink's monitor (16 kHz mono, 16 bit), each chunk with when it arrived."""

    chunks: list[tuple[float, bytes]] = field(default_factory=list)

    def samples_between(self, start: float, end: float) -> list[int]:
        """The samples played between two ``time.monotonic()`` moments (the last sample of a chunk is
        taken to have been played when the chunk arrived; parec's latency is set to 10 ms)."""
        out: list[int] = []
        for arrived, raw in self.chunks:
            values = array.array("h", raw[: len(raw) // 2 * 2])
            first = arrived - len(values) / RATE
            for i, value in enumerate(values):
                if start <= first + i / RATE < end:
                    out.append(value)
        return out

    def rms(self, start: float, end: float) -> float:
        values = self.samples_between(start, end)
        assert values, f"nothing was recorded between {start:.2f} and {end:.2f}"
        return math.sqrt(sum(v * v for v in values) / len(values))

    @property
    def seconds(self) -> float:
        return sum(len(raw) for _, raw in self.chunks) / 2 / RATE


@dataclass
class SoundStack:
    folder: Path
    env: dict[str, str]
    recording: Recording


def _wait_for_line(process: subprocess.Popen[bytes], text: bytes, limit: float) -> bytes:
    """Read the process's stderr until ``text`` shows; everything read, for a failure message."""
    assert process.stderr is not None
    fd = process.stderr.fileno()
    seen = b""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(fd, 65536) if ready else b""
        if not chunk:
            break
        seen += chunk
        if text in seen:
            return seen
    raise AssertionError("PulseAudio did not start:\n" + seen.decode("utf-8", "replace")[-2000:])


def _stop(process: subprocess.Popen[bytes] | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextlib.contextmanager
def sound_stack() -> Iterator[SoundStack]:
    """A private PulseAudio with a null sink, recorded from now until the block ends."""
    require_tools()
    folder = Path(tempfile.mkdtemp(prefix="tt-sound-"))     # short: Unix socket paths are limited
    runtime, home = folder / "rt", folder / "home"
    runtime.mkdir(mode=0o700)
    home.mkdir(mode=0o700)
    socket_path = runtime / "pulse" / "native"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PULSE_", "XDG_RUNTIME", "SPEECHD_"))}
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime), PULSE_RUNTIME_PATH=str(runtime / "pulse"),
               PULSE_SERVER=f"unix:{socket_path}", XDG_CONFIG_HOME=str(home / ".config"))
    server: subprocess.Popen[bytes] | None = None
    recorder: subprocess.Popen[bytes] | None = None
    recording = Recording()
    try:
        (runtime / "pulse").mkdir(mode=0o700)
        server = subprocess.Popen(
            ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "-n", "--use-pid-file=no",
             "--realtime=no", "--high-priority=no", "--disallow-exit", "--log-target=stderr",
             "--log-level=info", f"--load=module-native-protocol-unix socket={socket_path}",
             f"--load=module-null-sink sink_name={SINK} rate={RATE} channels=1"],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _wait_for_line(server, b"Daemon startup complete", 20)
        recorder = subprocess.Popen(
            ["parec", f"--device={SINK}.monitor", "--format=s16le", f"--rate={RATE}", "--channels=1",
             "--raw", "--latency-msec=10"], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL)
        pipe = recorder.stdout
        assert pipe is not None

        def read() -> None:
            while chunk := os.read(pipe.fileno(), 3200):
                recording.chunks.append((time.monotonic(), chunk))

        reader = threading.Thread(target=read, name="parec", daemon=True)
        reader.start()
        yield SoundStack(folder, env, recording)
        _stop(recorder)
        reader.join(5)
    finally:
        _stop(recorder)
        _stop(server)
        if server is not None and server.stderr is not None:
            server.stderr.close()
        shutil.rmtree(folder, ignore_errors=True)
