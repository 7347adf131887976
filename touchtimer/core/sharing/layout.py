"""The shared folder's layout, and what each name found in it is.

``<folder>/touchtimer/<device id>/`` holds only that laptop's files: ``device.json`` (its name, for
the other laptops to show) and ``changes-NNNNNNNN.jsonl``, change files numbered from 1, never
rewritten. A laptop writes only in its own folder and reads the others'. Sync tools leave other names
beside them: their temporary files (ignored quietly: they become real files or disappear), conflict
copies (``*.sync-conflict-*``, "conflicted copy", "(1)"; ignored and reported once: the original is
used) and anything else (reported once).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

ROOT_NAME = "touchtimer"
DEVICE_FILE = "device.json"
SEGMENT = re.compile(r"^changes-(\d{8})\.jsonl$")
DEVICE_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_CONFLICT = re.compile(r"sync-conflict|conflicted copy|conflict|\(\d+\)|\.orig$|~\d+$", re.IGNORECASE)
_TEMPORARY = re.compile(r"^\.|^~|\.(tmp|temp|part|partial|crdownload|syncthing)$|~$", re.IGNORECASE)

NameKind = Literal["segment", "device", "temporary", "conflict", "unexpected"]


def root(folder: Path) -> Path:
    return folder / ROOT_NAME


def device_dir(folder: Path, device: str) -> Path:
    return root(folder) / device


def segment_name(seq: int) -> str:
    return f"changes-{seq:08d}.jsonl"


def classify(name: str) -> NameKind:
    """What a file name in a device's folder is."""
    if SEGMENT.match(name):
        return "segment"
    if name == DEVICE_FILE:
        return "device"
    if _TEMPORARY.search(name):
        return "temporary"
    if _CONFLICT.search(name):
        return "conflict"
    return "unexpected"


def segment_number(name: str) -> int | None:
    match = SEGMENT.match(name)
    return int(match.group(1)) if match else None
