"""The session writer: jobs run on a thread of their own with their own connection, in order; a slow
disk never holds up the caller; waiting writes with one key coalesce; outcomes and what changed come
back on the owner's side only, errors at once and quiet successes when collected."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.history_factory import session
from touchtimer.core.babies.ages import Baby
from touchtimer.core.storage.changes import Changes
from touchtimer.core.storage.repair import memory_store_read_only
from touchtimer.core.storage.store import Store, open_store
from touchtimer.core.storage.writer import InlineWriter, Outcome, ThreadWriter

WAIT = 10.0     # seconds: a bound for waits on another thread, never a pause


class Owner:
    """The owner's event loop in miniature: what the writer hands over waits here until :meth:`run`."""

    def __init__(self) -> None:
        self.posted: list[Callable[[], None]] = []
        self.lock = threading.Lock()
        self.thread = threading.get_ident()

    def deliver(self, fn: Callable[[], None]) -> None:
        with self.lock:
            self.posted.append(fn)

    def run(self) -> int:
        with self.lock:
            posted, self.posted = self.posted, []
        for fn in posted:
            fn()
        return len(posted)


def baby(n: int) -> Baby:
    return Baby(f"b{n}", f"Baby {n}", date(2026, 1, n))


def saving(n: int) -> Callable[[Store], str]:
    def job(store: Store) -> str:
        store.babies.save(baby(n), created_at="2026-01-01T00:00:00+00:00")
        return f"saved {n}"
    return job


def test_jobs_run_on_their_own_thread_and_hand_back_on_the_owners(tmp_path: Path) -> None:
    store = open_store(tmp_path / "w.sqlite3")
    owner = Owner()
    heard: list[tuple[Changes, int]] = []
    store.changes.subscribe(lambda c: heard.append((c, threading.get_ident())))
    writer = ThreadWriter(store, owner.deliver)
    ran_on: list[int] = []
    outcomes: list[tuple[Outcome, int]] = []

    def job(s: Store) -> str:
        ran_on.append(threading.get_ident())
        assert s is not store                    # a connection of its own
        s.babies.save(baby(1), created_at="2026-01-01T00:00:00+00:00")
        return "done"

    writer.submit(job, lambda o: outcomes.append((o, threading.get_ident())))
    assert writer.wait_idle(WAIT)
    assert ran_on and ran_on[0] != owner.thread
    assert outcomes == [] and heard == []         # nothing reaches the owner until its loop runs
    assert owner.run() == 1
    (outcome, on), = outcomes
    assert outcome.ok and outcome.value == "done" and on == owner.thread
    (changes, heard_on), = heard
    assert changes.babies and changes.store is store and heard_on == owner.thread
    assert [b.id for b in store.babies.list()] == ["b1"]         # the owner's connection sees it
    writer.close()
    store.close()


def test_a_slow_disk_never_holds_up_the_caller_and_waiting_writes_coalesce(tmp_path: Path) -> None:
    store = open_store(tmp_path / "w.sqlite3")
    owner = Owner()
    writer = ThreadWriter(store, owner.deliver)
    done: list[str] = []
    store.faults.slow(60)                         # a disk that does not wake up until told
    writer.submit(saving(1), lambda o: done.append(o.value), key="session")
    assert store.faults.wait_for_slow_commit(WAIT)
    # The caller goes on while the first write is held: the next ones queue, newest replacing waiting.
    for n in (2, 3, 4):
        writer.submit(saving(n), lambda o: done.append(o.value), key="session")
        assert writer.pending == 2                # one being written, one waiting: never more
    writer.submit(saving(9), lambda o: done.append(o.value), key="other")
    assert writer.pending == 3
    assert [b.id for b in store.babies.list()] == []            # reads go on meanwhile (WAL)
    store.faults.clear()
    assert writer.wait_idle(WAIT)
    owner.run()
    assert done == ["saved 1", "saved 4", "saved 9"]           # 2 and 3 were replaced by 4, in order
    assert sorted(b.id for b in store.babies.list()) == ["b1", "b4", "b9"]
    writer.close()
    store.close()


def test_quiet_successes_wait_for_collect_errors_come_at_once(tmp_path: Path) -> None:
    store = open_store(tmp_path / "w.sqlite3")
    owner = Owner()
    writer = ThreadWriter(store, owner.deliver)
    done: list[str] = []
    writer.submit(saving(1), lambda o: done.append("quiet ok"), urgent=False)
    assert writer.wait_idle(WAIT)
    assert owner.run() == 0 and done == []        # nothing woke the owner
    writer.collect()
    assert done == ["quiet ok"]

    store.faults.fail(sqlite3.SQLITE_FULL)
    errors: list[BaseException | None] = []
    writer.submit(saving(2), lambda o: errors.append(o.error), urgent=False)
    assert writer.wait_idle(WAIT)
    assert owner.run() == 1                       # an error is handed over at once
    assert isinstance(errors[0], sqlite3.OperationalError) and "disk is full" in str(errors[0])
    writer.close()
    store.close()


def test_close_lets_the_last_write_finish_and_lets_go_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    wal = path.with_name(path.name + "-wal")
    store = open_store(path)
    writer = ThreadWriter(store, Owner().deliver)
    writer.submit(saving(1))
    store.faults.slow(0.05)
    writer.submit(saving(2))
    writer.close()                                # waits for the write, then stops the thread
    assert sorted(b.id for b in store.babies.list()) == ["b1", "b2"]
    later: list[Outcome] = []
    writer.submit(saving(3), later.append)        # after close: on the caller's thread, at once
    assert later[0].ok and len(store.babies.list()) == 3
    store.close()
    # Only the last connection to close removes the -wal file: the writer's had closed (so "delete
    # all my data", which closes the writer first, can remove the files).
    assert not wal.exists()


@pytest.mark.parametrize(("make", "writes"), [(lambda: open_store(None), True),
                                              (memory_store_read_only, False)],
                         ids=["in memory", "read-only"])
def test_a_store_with_no_second_connection_is_written_inline(make: Callable[[], Store],
                                                             writes: bool) -> None:
    store = make()
    assert not store.accepts_second_writer()
    writer = ThreadWriter(store, Owner().deliver)
    outcomes: list[Outcome] = []
    writer.submit(lambda s: s.sessions.save(session("one")), outcomes.append)
    (outcome,) = outcomes                         # at once, on this thread: nothing to wait for
    assert outcome.ok is writes and store.sessions.count() == int(writes)
    writer.close()
    store.close()


def test_inline_writer_runs_and_reports_at_once(tmp_path: Path) -> None:
    with open_store(tmp_path / "i.sqlite3") as store:
        writer = InlineWriter(store)
        outcomes: list[Outcome] = []
        writer.submit(saving(1), outcomes.append)
        store.faults.fail(sqlite3.SQLITE_READONLY)
        writer.submit(saving(2), outcomes.append)
        assert outcomes[0].ok and outcomes[0].value == "saved 1"
        assert not outcomes[1].ok and "readonly" in str(outcomes[1].error)
        assert writer.pending == 0 and writer.wait_idle()


def test_a_quiet_job_waits_a_moment_unless_something_urgent_or_someone_waits(tmp_path: Path) -> None:
    """Quiet writes start a moment later, when the owner's thread sleeps again (here a long moment, so
    the test cannot pass by luck); an urgent write behind one, or a wait for idle, starts it at once."""
    store = open_store(tmp_path / "w.sqlite3")
    owner = Owner()
    writer = ThreadWriter(store, owner.deliver, quiet_delay=600)
    started = threading.Event()

    def quiet(s: Store) -> None:
        started.set()
        saving(1)(s)

    writer.submit(quiet, urgent=False)
    assert not started.wait(0.2)                  # the thread is free, yet the quiet job waits
    writer.submit(saving(2))                      # urgent, behind it: both go now, in order
    assert writer.wait_idle(WAIT)
    assert sorted(b.id for b in store.babies.list()) == ["b1", "b2"]
    writer.submit(saving(3), urgent=False)
    assert writer.pending == 1
    assert writer.wait_idle(WAIT)                 # whoever waits for the writer gets it written now
    assert len(store.babies.list()) == 3
    writer.close()
    store.close()


def test_held_quiet_wakeups_wait_for_the_owner_to_release_them(tmp_path: Path) -> None:
    """An owner with an event loop wakes the writer for quiet jobs only as its thread goes to sleep
    (the window does it from Qt's aboutToBlock); its next collect releases them in any case."""
    store = open_store(tmp_path / "w.sqlite3")
    writer = ThreadWriter(store, Owner().deliver, quiet_delay=0)
    writer.hold_quiet_wakeups()
    for n, release in ((1, writer.release_quiet), (2, writer.collect)):
        started = threading.Event()

        def quiet(s: Store, n: int = n, started: threading.Event = started) -> None:
            started.set()
            saving(n)(s)

        writer.submit(saving(10 + n))             # an urgent job starts the thread and is written
        assert writer.wait_idle(WAIT)
        writer.submit(quiet, urgent=False)
        assert not started.wait(0.2)              # not woken: it waits for the owner
        release()
        assert started.wait(WAIT) and writer.wait_idle(WAIT)
    assert sorted(b.id for b in store.babies.list()) == ["b1", "b11", "b12", "b2"]
    writer.close()
    store.close()
