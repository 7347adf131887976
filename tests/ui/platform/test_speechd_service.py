"""touchtimer's own speech-dispatcher starts beside one the person already runs (a screen reader's,
another program's), and its sound still goes to the person's sound server."""

from __future__ import annotations

import os
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


class PersonsOwn(PrivateSpeechd):
    """A speech-dispatcher as the person's desktop runs one: in the person's own runtime folder."""

    def environment(self, base: dict[str, str] | os._Environ[str]) -> dict[str, str]:
        return dict(base)


def test_it_starts_while_the_persons_own_speech_dispatcher_runs(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A real speech-dispatcher in the person's runtime folder first; before the fix, touchtimer's own
    then ended at once ("Speech Dispatcher already running") and the voice was lost."""
    need("speech-dispatcher")
    own = tmp_path / "run"
    own.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(own))
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "theirs").mkdir()
    theirs = PersonsOwn(tmp_path / "theirs")
    folder = tmp_path / "speech"
    folder.mkdir()
    ours = PrivateSpeechd(folder)
    try:
        assert theirs.start() is None, "the person's speech-dispatcher did not start"
        assert (own / "speech-dispatcher" / "pid").exists()        # where it says it is running
        assert ours.start() is None                                 # listening, not "already running"
        assert theirs.process is not None and theirs.process.poll() is None   # theirs is left alone
    finally:
        ours.stop()
        theirs.stop()
