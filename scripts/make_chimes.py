"""Synthesise touchtimer's chimes: soft, short, bell-like tones with no harsh edges.

Standard library only (``wave`` and ``math``), so anyone can rebuild the sounds and see exactly how
they were made. The files are this project's own work, under the project's licence.

    python scripts/make_chimes.py [OUTPUT_DIR]      # default: touchtimer/assets/sounds

Each note is a sine with two quiet overtones, a slow (raised-cosine) attack so there is no click,
and a long exponential decay; the end of every file fades to exact silence. The whole file is scaled
to a modest peak (about -10 dBFS) so a chime never startles. Output is deterministic: running the
script again gives the same bytes (a test checks the committed files against it).
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
PEAK = 0.32                 # of full scale, about -10 dBFS
ATTACK = 0.045              # seconds of raised-cosine fade-in per note
TAIL_FADE = 0.25            # seconds of fade to silence at the end of the file
OVERTONES = ((2.0, 0.22), (3.0, 0.06))   # (frequency ratio, relative level): a soft bell colour

# name: (length in seconds, [(start seconds, frequency Hz, level, decay time constant seconds)])
CHIMES: dict[str, tuple[float, list[tuple[float, float, float, float]]]] = {
    # A stage change: one warm note.
    "stage": (1.8, [(0.0, 587.33, 1.0, 0.45)]),
    # A safety check: two notes rising, clearly different from the stage chime but just as gentle.
    "check": (2.0, [(0.0, 440.00, 0.9, 0.35), (0.32, 659.26, 1.0, 0.45)]),
    # The end: three notes falling, with a longer ring.
    "end": (3.0, [(0.0, 783.99, 0.8, 0.5), (0.42, 659.26, 0.85, 0.55), (0.84, 523.25, 1.0, 0.8)]),
}


def note(t: float, freq: float, decay: float) -> float:
    if t < 0:
        return 0.0
    attack = 0.5 - 0.5 * math.cos(math.pi * t / ATTACK) if t < ATTACK else 1.0
    envelope = attack * math.exp(-t / decay)
    tone = math.sin(2 * math.pi * freq * t)
    for ratio, level in OVERTONES:
        # Overtones fade faster than the fundamental, as in a real bell.
        tone += level * math.exp(-t * ratio / decay) * math.sin(2 * math.pi * freq * ratio * t)
    return envelope * tone


def render(length: float, notes: list[tuple[float, float, float, float]]) -> list[int]:
    count = round(length * RATE)
    samples = []
    for i in range(count):
        t = i / RATE
        value = sum(level * note(t - start, freq, decay) for start, freq, level, decay in notes)
        left = length - t
        if left < TAIL_FADE:
            value *= 0.5 - 0.5 * math.cos(math.pi * left / TAIL_FADE)
        samples.append(value)
    loudest = max(abs(v) for v in samples) or 1.0
    scale = PEAK * 32767 / loudest
    return [round(v * scale) for v in samples]


def write(path: Path, samples: list[int]) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "touchtimer/assets/sounds"
    folder.mkdir(parents=True, exist_ok=True)
    for name, (length, notes) in CHIMES.items():
        path = folder / f"{name}.wav"
        write(path, render(length, notes))
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
