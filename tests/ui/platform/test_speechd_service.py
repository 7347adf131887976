"""touchtimer's own speech-dispatcher starts beside one the person already runs (a screen reader's,
another program's), and its sound still goes to the person's sound server."""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path

import pytest

from tests.helpers.system_tools import need
from touchtimer.ui.platform.speechd_service import PrivateSpeechd


def test_the_daemon_has_a_runtime_folder_of_its_own_and_the_persons_sound_server(tmp_path: Path) -> None:
    own = tmp_path / "run"
    (own / "pulse").mkdir(parents=True)
    (own / "pulse" / "native").write_bytes(b"")          # where PulseAudio (or PipeWire) listens
    folder = tmp_path / "speech"
    folder.mkdir()
    env = PrivateSpeechd(folder).environment({"XDG_RUNTIME_DIR": str(own), "HOME": str(tmp_path)})
    assert env["XDG_RUNTIME_DIR"] == str(folder / "runtime") and (folder / "runtime").is_dir()
    assert env["PULSE_SERVER"] == f"unix:{own / 'pulse' / 'native'}"
    assert env["HOME"] == str(tmp_path)
    chosen = PrivateSpeechd(folder).environment({"XDG_RUNTIME_DIR": str(own), "PULSE_SERVER": "tcp:box"})
    assert chosen["PULSE_SERVER"] == "tcp:box"                 # a server the person named is kept
    (own / "pulse" / "native").unlink()
    assert "PULSE_SERVER" not in PrivateSpeechd(folder).environment({"XDG_RUNTIME_DIR": str(own)})


def _listening(path: Path, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            try:
                probe.connect(str(path))
                return True
            except OSError:
                time.sleep(0.05)
    return False


def test_it_starts_while_the_persons_own_speech_dispatcher_runs(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A real speech-dispatcher in the person's runtime folder first; before the fix, touchtimer's own
    then ended at once ("Speech Dispatcher already running") and the voice was lost."""
    need("speech-dispatcher")
    own = tmp_path / "run"
    own.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(own))
    monkeypatch.setenv("HOME", str(tmp_path))
    theirs_socket = tmp_path / "theirs.sock"
    (tmp_path / "theirs-log").mkdir()
    theirs = subprocess.Popen(["speech-dispatcher", "--run-single", "--communication-method", "unix_socket",
                               "--socket-path", str(theirs_socket), "--log-dir", str(tmp_path / "theirs-log"),
                               "--timeout", "20"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    folder = tmp_path / "speech"
    folder.mkdir()
    ours = PrivateSpeechd(folder)
    try:
        assert _listening(theirs_socket, 10), "the person's speech-dispatcher did not start"
        assert ours.start() is None                                 # listening, not "already running"
        assert theirs.poll() is None                                # and theirs is left alone
    finally:
        ours.stop()
        theirs.terminate()
        try:
            theirs.wait(2)
        except subprocess.TimeoutExpired:
            theirs.kill()
            theirs.wait()
