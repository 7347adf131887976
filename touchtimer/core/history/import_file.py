"""An export file's bytes, read and turned into JSON before its contents are checked (``import_check``):
an ordinary file of a sensible size, UTF-8 text, valid JSON. Each refusal is an :class:`ImportProblems`
with one reason in words; a reason that comes from elsewhere (the system's reason a file could not be read,
the JSON reader's message) is kept as that gives it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from touchtimer.core.file_reading import FileRefused, read_small_file
from touchtimer.core.history.import_words import ImportProblems
from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words

MAX_IMPORT_BYTES = 64 * 1024 * 1024      # far more than years of sessions (about 1 KB each)


def decode_export(data: bytes) -> Any:
    """The JSON value in ``data``."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportProblems([words(QT_TRANSLATE_NOOP(
            "Import", "the file is too large ({size} MB); a touchtimer export is at most {most} MB"),
            size=f"{len(data) / 1e6:.0f}", most=MAX_IMPORT_BYTES // (1024 * 1024))])
    if not data.strip():
        raise ImportProblems([QT_TRANSLATE_NOOP("Import", "the file is empty; a touchtimer export is a JSON "
                                                "file")])
    if b"\x00" in data:
        raise ImportProblems([QT_TRANSLATE_NOOP("Import", "this is not a text file (it holds binary data); "
                                                "a touchtimer export is a JSON text file")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportProblems([words(QT_TRANSLATE_NOOP(
            "Import", "this is not a UTF-8 text file (unreadable byte at position {position}); a touchtimer "
            "export is a JSON text file"), position=exc.start)]) from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportProblems([words(QT_TRANSLATE_NOOP(
            "Import", "this is not valid JSON (line {line}, column {column}: {error})"),
            line=exc.lineno, column=exc.colno, error=exc.msg)]) from None
    except RecursionError:
        raise ImportProblems([QT_TRANSLATE_NOOP("Import", "this JSON is nested too deeply to be a touchtimer "
                                                "export")]) from None
    return raw


def read_export_bytes(path: Path) -> bytes:
    """The bytes of the export file at ``path``."""
    try:
        # An ordinary file of a sensible size only: a FIFO, a device or a link to /dev/zero is
        # refused before anything is read (see core/file_reading.py).
        data = read_small_file(path, MAX_IMPORT_BYTES)
    except FileRefused as exc:
        raise ImportProblems([words(QT_TRANSLATE_NOOP(
            "Import", "{path} was not read: {reason}; a touchtimer export is an ordinary file of at most "
            "{most} MB"), path=str(path), reason=exc.reason,
            most=MAX_IMPORT_BYTES // (1024 * 1024))]) from None
    except FileNotFoundError:
        raise ImportProblems([words(QT_TRANSLATE_NOOP("Import", "there is no file {path}"),
                                    path=str(path))]) from None
    except OSError as exc:     # the system's own words for why
        raise ImportProblems([words(QT_TRANSLATE_NOOP("Import", "{path} could not be read ({why})"),
                                    path=str(path), why=exc.strerror or str(exc))]) from None
    return data
