"""Real faults of the machine for storage tests: a full file system, a lock held by another
process, a read-only folder or file.

A full disk is a real tmpfs of a few MB, mounted for the test and filled to the last byte (this
needs root, which the test machines and CI have; without it the test fails and says so, it is never
skipped). The lock is ``BEGIN EXCLUSIVE`` held open by a child process. Read-only is ``chattr +i``
(root ignores file modes).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_filesystem(where: Path, size: str = "8m") -> Iterator[Path]:
    """A real tmpfs of ``size`` mounted at ``where`` for the block; unmounted afterwards."""
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.fail(f"could not mount a small file system for a real full-disk test (needs root): "
                    f"{done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(folder: Path) -> Path:
    """Fill ``folder``'s file system to the last byte; the filler is returned (delete it to free)."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as handle:
        for size in (1 << 20, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    handle.write(b"\0" * size)
    assert os.statvfs(folder).f_bavail == 0
    return filler


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[None]:
    """``path`` (a file or a folder) cannot be changed, even by root, for the block."""
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.fail(f"could not make {path} read-only with chattr: {done.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


class LockHolder:
    """Another process holding ``BEGIN EXCLUSIVE`` on a database until :meth:`release`."""

    def __init__(self, path: Path) -> None:
        code = ("import sqlite3, sys\n"
                f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
                "c.execute('BEGIN EXCLUSIVE')\n"
                "print('held', flush=True)\n"
                "sys.stdin.readline()\n"
                "c.execute('ROLLBACK')\n"
                "c.close()\n")
        self.process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "held"

    def release(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("\n")
            self.process.stdin.close()
            self.process.wait(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()


@contextlib.contextmanager
def locked_by_another_process(path: Path) -> Iterator[LockHolder]:
    holder = LockHolder(path)
    try:
        yield holder
    finally:
        holder.release()
