"""What sync tools do to a folder never changes the store wrongly nor stops an exchange: damaged,
partial and conflict-copy files, a folder missing, read-only or vanishing half-way, and a writer
killed (SIGKILL, a real child process) in the middle of writing its change file."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.helpers import REPO_ROOT
from tests.helpers.history_factory import session
from tests.helpers.laptops import T0, Laptop, laptop
from touchtimer.core.history.export_format import export_json
from touchtimer.core.sharing import layout, segments


def two(tmp_path: Path) -> tuple[Laptop, Laptop, Path]:
    share = tmp_path / "share"
    share.mkdir()
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    for i in range(3):
        a.store.sessions.save(session(f"s{i}", T0, 10 + i))
    assert a.sync(share).ok
    return a, b, share


def own_files(pc: Laptop, share: Path) -> Path:
    device = pc.store.local.device_id
    assert device is not None
    return layout.device_dir(share, device)


@pytest.mark.parametrize("damage", ["truncated", "garbage", "flipped", "empty", "newer", "moved"])
def test_a_damaged_change_file_is_skipped_whole_and_reported_once(tmp_path: Path, damage: str) -> None:
    a, b, share = two(tmp_path)
    path = own_files(a, share) / "changes-00000001.jsonl"
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(os.urandom(len(data)))
    elif damage == "flipped":
        path.write_bytes(data.replace(b"Close Time", b"Close Tine", 1))
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "newer":
        path.write_bytes(data.replace(b'"version": 1', b'"version": 9', 1))
    else:                                      # another laptop's file put in this folder by hand
        path.write_bytes(data.replace(b'"seq": 1', b'"seq": 2', 1))
    before = export_json(b.store)
    first = b.sync(share)
    assert first.ok and first.files_read == 0
    assert export_json(b.store) == before                     # nothing of it was applied
    assert len(first.notices) == 1 and "changes-00000001.jsonl" in first.notices[0]
    assert "Traceback" not in first.notices[0]
    assert b.sync(share).notices == []                        # said once
    path.write_bytes(data)                                   # the sync tool delivers it whole after all
    again = b.sync(share)
    assert again.ok and again.files_read == 1 and b.store.sessions.count() == 3


def test_conflict_copies_temporary_files_and_strangers_are_ignored(tmp_path: Path) -> None:
    a, b, share = two(tmp_path)
    folder = own_files(a, share)
    data = (folder / "changes-00000001.jsonl").read_bytes()
    (folder / "changes-00000001.sync-conflict-20260310-091500-ABCDEFG.jsonl").write_bytes(data[:40])
    (folder / "changes-00000001 (conflicted copy 2026-03-10).jsonl").write_bytes(b"junk")
    (folder / ".syncthing.changes-00000002.jsonl.tmp").write_bytes(b"half")
    (folder / "~changes-00000003.jsonl.part").write_bytes(b"half")
    (folder / "notes.txt").write_text("a note a person left", "utf-8")
    (layout.root(share) / "not-a-device").mkdir()
    result = b.sync(share)
    assert result.ok and b.store.sessions.count() == 3
    text = "\n".join(result.notices)
    assert text.count("conflict copy") == 2 and "notes.txt" in text and "not-a-device" in text
    assert ".syncthing" not in text and "~changes" not in text      # temporary files: quietly ignored
    assert b.sync(share).notices == []


def test_a_missing_folder_changes_nothing_and_edits_wait(tmp_path: Path) -> None:
    a, b, share = two(tmp_path)
    b.sync(share)
    b.store.sessions.set_notes("s1", "written while the USB stick was away")
    moved = tmp_path / "stick-in-a-drawer"
    share.rename(moved)
    result = b.sync(share)
    assert not result.ok and "not there" in result.problem
    assert b.store.sharing.has_pending()                     # kept for the next exchange
    moved.rename(share)
    assert b.sync(share).ok and a.sync(share).ok
    assert a.store.sessions.get("s1").notes == "written while the USB stick was away"  # type: ignore[union-attr]


def test_a_folder_that_cannot_be_written_keeps_the_changes_for_later(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, share = two(tmp_path)
    a.store.sessions.set_notes("s0", "to be shared")

    def read_only(*args: object, **kwargs: object) -> Path:
        raise PermissionError(30, "Read-only file system")

    monkeypatch.setattr(segments, "write", read_only)
    result = a.sync(share)
    assert not result.ok and "kept here" in result.problem and a.store.sharing.has_pending()
    monkeypatch.undo()
    assert a.sync(share).ok and not a.store.sharing.has_pending()
    b.sync(share)
    assert b.store.sessions.get("s0").notes == "to be shared"  # type: ignore[union-attr]


def test_a_folder_that_disappears_mid_exchange(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, share = two(tmp_path)
    a.store.sessions.save(session("s9", T0, 9))
    a.sync(share)                                            # a second change file
    real = segments.decode
    calls = []

    def vanish_after_first(data: bytes, *, device: str, seq: int) -> object:
        calls.append(seq)
        if len(calls) == 2:
            shutil.rmtree(share)                             # the stick is pulled out
        return real(data, device=device, seq=seq)

    monkeypatch.setattr(segments, "decode", vanish_after_first)
    result = b.sync(share)
    assert not result.ok and b.store.sessions.count() in (3, 4)   # what was read whole is kept
    monkeypatch.undo()
    share.mkdir()
    assert b.sync(share).ok                                   # an empty folder: b offers everything it has
    assert (layout.root(share)).is_dir()


def test_sigkill_while_writing_the_change_file(tmp_path: Path) -> None:
    """A real child process writes its change file and is killed half-way through the write."""
    share = tmp_path / "share"
    share.mkdir()
    data_dir = tmp_path / "a"
    child = textwrap.dedent(f"""
        import os, signal, sys
        from pathlib import Path
        sys.path.insert(0, {str(REPO_ROOT)!r})
        from tests.helpers.history_factory import session
        from touchtimer.core.sharing import exchange as ex, segments
        from touchtimer.core.storage.store import open_store
        store = open_store(Path({str(data_dir)!r}) / "touchtimer.sqlite3")
        for i in range(50):
            store.sessions.save(session(f"k{{i}}", notes="x" * 500))
        ex.exchange(store, Path({str(share)!r}))          # the first file, whole
        for i in range(50, 80):
            store.sessions.save(session(f"k{{i}}"))
        real_fdopen = os.fdopen
        class Half:
            def __init__(self, handle): self.handle = handle
            def __enter__(self): return self
            def __exit__(self, *a): return False
            def write(self, data):
                self.handle.write(data[: len(data) // 2]); self.handle.flush()
                print("WRITING", flush=True)
                os.kill(os.getpid(), signal.SIGSTOP)      # the parent kills it here
            def flush(self): pass
            def fileno(self): return self.handle.fileno()
        segments.os.fdopen = lambda fd, mode: Half(real_fdopen(fd, mode))
        ex.exchange(store, Path({str(share)!r}))
    """)
    proc = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, cwd=REPO_ROOT)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"WRITING"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    b = laptop(tmp_path, "b")
    result = b.sync(share)
    assert result.ok and result.notices == [] and b.store.sessions.count() == 50   # the half file is unseen
    # The killed laptop starts again: its next exchange shares the rest, under a new number.
    a = Laptop("a", __import__("touchtimer.core.storage.store", fromlist=["open_store"]).open_store(
        data_dir / "touchtimer.sqlite3"), data_dir / "routines")
    assert a.sync(share).ok
    assert b.sync(share).ok and b.store.sessions.count() == 80
    assert export_json(a.store) == export_json(b.store)
    names = sorted(p.name for p in own_files(a, share).iterdir())
    assert "changes-00000001.jsonl" in names and "changes-00000002.jsonl" not in names   # never reused


def test_a_giant_change_file_from_a_sync_tool_is_refused_unread(tmp_path: Path) -> None:
    """A file larger than any change file touchtimer writes (a sparse 65 MiB file here) is skipped by
    its size, before a byte of it is read, and reported once; so is a giant laptop-name file."""
    a, b, share = two(tmp_path)
    folder = own_files(a, share)
    giant = folder / "changes-00000002.jsonl"
    with giant.open("wb") as f:
        f.truncate(segments.MAX_BYTES + 1)
    names = [p for p in folder.iterdir() if layout.classify(p.name) == "device"]
    assert names, "the laptop's name file"
    with names[0].open("wb") as f:
        f.truncate(1024 * 1024)
    result = b.sync(share)
    assert result.ok and b.store.sessions.count() == 3           # the good file still applied
    assert len(result.notices) == 1
    assert "changes-00000002.jsonl" in result.notices[0] and "too large" in result.notices[0]
    assert b.sync(share).notices == []                              # said once
