"""Reading SQLite's file format directly: the ``-wal`` file's committed frames, and the rows on
every table page of a damaged file.

SQLite reads a table through its b-tree, from the root page down; when the root page is damaged
(zeroed, overwritten) every row below it is out of reach, though the leaf pages that hold the rows
are whole. :func:`table_rows` reads every leaf page of the file instead, the way SQLite's own
recovery extension does (https://sqlite.org/recovery.html), following the documented format
(https://sqlite.org/fileformat2.html): page header, cell pointers, varints, records, overflow
chains. Pages on the freelist are skipped, so a row deleted before the damage never comes back.

:func:`read_wal` checks a ``-wal`` file as SQLite does (magic, header checksum, each frame's salt
and running checksum) and keeps only frames up to the last commit: what SQLite itself would apply.
Nothing here writes anything.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER = 32
FRAME_HEADER = 24
LEAF_TABLE = 0x0D
INTERIOR_TABLE = 0x05
LEAF_INDEX = 0x0A
INTERIOR_INDEX = 0x02
PAGE_KINDS = (LEAF_TABLE, INTERIOR_TABLE, LEAF_INDEX, INTERIOR_INDEX)


@dataclass
class Wal:
    """The committed content of a ``-wal`` file: the newest committed copy of each page."""

    page_size: int
    db_pages: int                                   # the database's size after the last commit
    pages: dict[int, bytes] = field(default_factory=dict)


def _checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def read_wal(path: Path) -> Wal | None:
    """The committed frames of the ``-wal`` file at ``path``; ``None`` if it commits nothing
    (SQLite then ignores it). Raises ``OSError`` if it cannot be read."""
    data = path.read_bytes()
    if len(data) < WAL_HEADER:
        return None
    magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:WAL_HEADER])
    if magic not in WAL_MAGIC or page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return None
    big = magic & 1 == 1
    s0, s1 = _checksum(data[:24], big)
    if (s0, s1) != (c0, c1):
        return None
    wal = Wal(page_size, 0)
    pending: dict[int, bytes] = {}
    offset = WAL_HEADER
    while offset + FRAME_HEADER + page_size <= len(data):
        pgno, commit, f1, f2, k0, k1 = struct.unpack(">6I", data[offset:offset + FRAME_HEADER])
        page = data[offset + FRAME_HEADER:offset + FRAME_HEADER + page_size]
        if (f1, f2) != (salt1, salt2) or pgno == 0:
            break
        s0, s1 = _checksum(data[offset:offset + 8], big, s0, s1)
        s0, s1 = _checksum(page, big, s0, s1)
        if (s0, s1) != (k0, k1):
            break
        pending[pgno] = page
        if commit:
            wal.pages.update(pending)
            wal.db_pages = commit
            pending = {}
        offset += FRAME_HEADER + page_size
    return wal if wal.db_pages else None


def header_page_count(path: Path) -> tuple[int, int] | None:
    """(page size, pages) as the database header at ``path`` says; ``None`` if it cannot say."""
    with path.open("rb") as handle:
        head = handle.read(100)
    if len(head) < 100 or not head.startswith(b"SQLite format 3\x00"):
        return None
    size = struct.unpack(">H", head[16:18])[0]
    size = 65536 if size == 1 else size
    count, valid_for, change = (struct.unpack(">I", head[28:32])[0], struct.unpack(">I", head[92:96])[0],
                                struct.unpack(">I", head[24:28])[0])
    if count == 0 or valid_for != change:            # the count is only kept true when these agree
        count = path.stat().st_size // size if size else 0
    return size, count


# -- rows on table pages -------------------------------------------------------------------------


def _varint(buf: bytes, i: int) -> tuple[int, int]:
    value = 0
    for n in range(9):
        byte = buf[i + n]
        if n == 8:
            return (value << 8) | byte, i + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, i + n + 1
    raise IndexError


def _record(payload: bytes) -> tuple[Any, ...]:
    """The values of one record; raises ``ValueError``/``IndexError`` for a damaged one."""
    size, i = _varint(payload, 0)
    if size > len(payload) or size < 1:
        raise ValueError("record header out of bounds")
    types = []
    while i < size:
        kind, i = _varint(payload, i)
        types.append(kind)
    values: list[Any] = []
    pos = size
    widths = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}
    for kind in types:
        if kind == 0:
            values.append(None)
        elif kind in widths:
            n = widths[kind]
            values.append(int.from_bytes(payload[pos:pos + n], "big", signed=True))
            pos += n
        elif kind == 7:
            values.append(struct.unpack(">d", payload[pos:pos + 8])[0])
            pos += 8
        elif kind in (8, 9):
            values.append(kind - 8)
        elif kind >= 12:
            n = (kind - 12) // 2
            chunk = payload[pos:pos + n]
            values.append(chunk.decode("utf-8", "replace") if kind % 2 else bytes(chunk))
            pos += n
        else:
            raise ValueError("reserved serial type")
        if pos > len(payload):
            raise ValueError("record runs past its payload")
    return tuple(values)


class PageFile:
    """A damaged database's pages (the file, with a ``-wal``'s committed pages over it)."""

    def __init__(self, data: bytes, wal: Wal | None = None) -> None:
        head = data[:100]
        size = struct.unpack(">H", head[16:18])[0] if len(head) >= 18 else 0
        size = 65536 if size == 1 else size
        if wal is not None:
            size = wal.page_size
        if size < 512 or size & (size - 1):
            size = 4096
        self.size = size
        self.usable = size - (head[20] if len(head) > 20 and head[20] < size - 480 else 0)
        self.count = max(len(data) // size, wal.db_pages if wal else 0)
        self._data = data
        self._wal = wal.pages if wal else {}

    def page(self, n: int) -> bytes:
        if n in self._wal:
            return self._wal[n]
        return self._data[(n - 1) * self.size:n * self.size]

    def freelist(self) -> set[int]:
        """Pages on the freelist (trunks and leaves); a damaged list ends where it breaks."""
        free: set[int] = set()
        trunk = struct.unpack(">I", self._data[32:36])[0] if len(self._data) >= 36 else 0
        while 0 < trunk <= self.count and trunk not in free:
            free.add(trunk)
            page = self.page(trunk)
            if len(page) < 8:
                break
            following, leaves = struct.unpack(">II", page[:8])
            for k in range(min(leaves, (self.usable - 8) // 4)):
                free.add(struct.unpack(">I", page[8 + 4 * k:12 + 4 * k])[0])
            trunk = following
        return free

    def _payload(self, page: bytes, at: int, overflow: set[int]) -> tuple[int, bytes]:
        total, i = _varint(page, at)
        rowid, i = _varint(page, i)
        usable = self.usable
        most = usable - 35
        if total <= most:
            return rowid, page[i:i + total]
        least = ((usable - 12) * 32 // 255) - 23
        local = least + (total - least) % (usable - 4)
        if local > most:
            local = least
        parts = [page[i:i + local]]
        got = local
        nxt = struct.unpack(">I", page[i + local:i + local + 4])[0]
        seen: set[int] = set()
        while got < total and 0 < nxt <= self.count and nxt not in seen:
            seen.add(nxt)
            chunk = self.page(nxt)
            parts.append(chunk[4:4 + min(usable - 4, total - got)])
            got += min(usable - 4, total - got)
            nxt = struct.unpack(">I", chunk[:4])[0]
        overflow |= seen
        if got < total:
            raise ValueError("overflow chain broken")
        return rowid, b"".join(parts)

    def leaf_rows(self) -> tuple[list[tuple[int, tuple[Any, ...]]], int]:
        """Every row on every table leaf page not on the freelist, and how many pages could not be
        read as any kind of page (zeroed or overwritten: rows there are lost)."""
        free = self.freelist()
        overflow: set[int] = set()
        rows: list[tuple[int, tuple[Any, ...]]] = []
        unknown: list[int] = []
        for n in range(1, self.count + 1):
            if n in free:
                continue
            page = self.page(n)
            head = 100 if n == 1 else 0
            if len(page) < head + 8 or page[head] not in PAGE_KINDS:
                unknown.append(n)
                continue
            if page[head] != LEAF_TABLE:
                continue
            cells = struct.unpack(">H", page[head + 3:head + 5])[0]
            for k in range(cells):
                try:
                    at = struct.unpack(">H", page[head + 8 + 2 * k:head + 10 + 2 * k])[0]
                    rowid, payload = self._payload(page, at, overflow)
                    rows.append((rowid, _record(payload)))
                except (ValueError, IndexError, struct.error):
                    continue
        return rows, len([n for n in unknown if n not in overflow])


def table_rows(path: Path, wal: Path | None = None) -> tuple[Iterator[tuple[int, tuple[Any, ...]]], int]:
    """The rows on every table leaf page of the file at ``path`` (rowid, values), and the number
    of pages that could not be read at all. ``wal``: a ``-wal`` whose committed pages count too."""
    wal_info = read_wal(wal) if wal is not None and wal.is_file() else None
    rows, unreadable = PageFile(path.read_bytes(), wal_info).leaf_rows()
    return iter(rows), unreadable
