"""The chimes are made by scripts/make_chimes.py, and the committed files are exactly its output."""

from __future__ import annotations

import struct
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from tests.helpers import REPO_ROOT

ROOT = REPO_ROOT
SOUNDS = ROOT / "touchtimer" / "assets" / "sounds"
NAMES = ("stage", "check", "end")


def test_script_reproduces_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_chimes.py"), str(tmp_path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{n}.wav" for n in NAMES)
    for name in NAMES:
        assert (tmp_path / f"{name}.wav").read_bytes() == (SOUNDS / f"{name}.wav").read_bytes(), name


@pytest.mark.parametrize("name", NAMES)
def test_chime_is_soft_short_and_starts_and_ends_in_silence(name: str) -> None:
    with wave.open(str(SOUNDS / f"{name}.wav")) as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 22050)
        frames = w.readframes(w.getnframes())
        seconds = w.getnframes() / w.getframerate()
    samples = struct.unpack(f"<{len(frames) // 2}h", frames)
    assert 1.0 <= seconds <= 3.5
    peak = max(abs(s) for s in samples)
    assert 0.25 * 32767 < peak < 0.35 * 32767          # modest: about -10 dBFS
    assert samples[0] == 0 and samples[-1] == 0
    # A slow attack: the first 10 ms stay well below the peak (no click).
    assert max(abs(s) for s in samples[:220]) < peak * 0.3


def test_stage_and_check_chimes_differ() -> None:
    assert (SOUNDS / "stage.wav").read_bytes() != (SOUNDS / "check.wav").read_bytes()
