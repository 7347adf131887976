"""Two laptops, one shared folder: whatever each does and in whatever order they exchange, with clocks
up to 12 hours apart, once both have read everything their exports are identical."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.history_factory import session
from tests.helpers.laptops import T0, laptop
from touchtimer.core.history.export_format import export_json

ACTIONS = st.lists(st.tuples(
    st.sampled_from(["new", "note", "note", "mood", "carer", "delete", "sync", "sync", "baby", "tick"]),
    st.sampled_from(["a", "b"]),
    st.integers(0, 7)), min_size=1, max_size=40)
#: Sessions both laptops have from the start, so that edits often meet on the same field.
POOL = ["p-0", "p-1", "p-2", "p-3"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ACTIONS, st.integers(-12 * 3600, 12 * 3600), st.integers(-12 * 3600, 12 * 3600))
def test_any_edits_and_exchanges_converge(actions: list[tuple[str, str, int]], skew_a: int,
                                          skew_b: int) -> None:
    from datetime import date

    from touchtimer.core.babies.profiles import add_baby

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        share = base / "share"
        share.mkdir()
        clock = [T0]
        pcs = {"a": laptop(base, "a", skew=timedelta(seconds=skew_a), clock=clock),
               "b": laptop(base, "b", skew=timedelta(seconds=skew_b), clock=clock)}
        for i, sid in enumerate(POOL):
            pcs["a" if i % 2 else "b"].store.sessions.save(session(sid, T0 + timedelta(hours=i)))
        for pc in (*pcs.values(), *pcs.values()):
            assert pc.sync(share).ok
        made = 0
        for step, (action, who, n) in enumerate(actions):
            pc = pcs[who]
            store = pc.store
            ids = sorted(r.id for r in store.sessions.all())
            target = (POOL + ids)[n % (len(POOL) + len(ids))]
            if action == "new":
                made += 1
                babies = [b.id for b in store.babies.list()][:1]
                carers = [c.id for c in store.caregivers.list()][:1]
                record = session(f"{who}-{made}", T0 + timedelta(hours=made), 20 + n, babies=babies)
                record.caregiver_ids = carers
                store.sessions.save(record)
            elif action == "note":
                store.sessions.set_notes(target, f"{who} wrote at step {step}")
            elif action == "mood":
                store.sessions.update(target, mood_after=1 + n % 5, fed_at_breast="yes" if n % 2 else "no")
            elif action == "carer":
                carers = store.caregivers.list()
                if carers and n % 2:
                    store.sessions.update(target, caregiver_ids=[carers[n % len(carers)].id])
                else:
                    store.caregivers.add(f"{who}-carer-{step}", mother=n % 2 == 0)
            elif action == "delete":
                if n % 3:
                    store.sessions.delete(target)
                elif store.caregivers.list():
                    store.caregivers.delete(store.caregivers.list()[0].id)
            elif action == "baby":
                add_baby(store, f"Baby {who}{step}", date(2026, 1, 1 + n), today=date(2026, 3, 1))
            elif action == "sync":
                assert pc.sync(share).ok
            pc.tick(60 * (n + 1))
        for _ in range(2):                       # both read everything (twice: what the first wrote)
            assert pcs["a"].sync(share).ok
            assert pcs["b"].sync(share).ok
        assert export_json(pcs["a"].store) == export_json(pcs["b"].store)
        for pc in pcs.values():
            pc.store.close()


def test_an_edit_made_after_reading_wins_even_on_a_clock_twelve_hours_behind(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    clock = [T0]
    ahead = laptop(tmp_path, "ahead", skew=timedelta(hours=12), clock=clock)
    behind = laptop(tmp_path, "behind", skew=timedelta(hours=-12), clock=clock)
    ahead.store.sessions.save(session("s", T0))
    ahead.store.sessions.set_notes("s", "first, on the laptop ahead")
    ahead.sync(share)
    behind.sync(share)
    behind.tick(60)
    behind.store.sessions.set_notes("s", "second, on the laptop behind, after reading the first")
    behind.sync(share)
    ahead.sync(share)
    for pc in (ahead, behind):
        record = pc.store.sessions.get("s")
        assert record is not None and record.notes == "second, on the laptop behind, after reading the first"


def test_edits_made_on_both_laptops_keep_the_other_value(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    clock = [T0]
    a, b = laptop(tmp_path, "a", clock=clock), laptop(tmp_path, "b", clock=clock)
    a.store.sessions.save(session("s", T0))
    a.sync(share)
    b.sync(share)
    b.store.sessions.set_notes("s", "from b")
    a.tick(5)
    a.store.sessions.set_notes("s", "from a, later")
    a.sync(share)
    b.sync(share)
    a.sync(share)
    for pc in (a, b):
        record = pc.store.sessions.get("s")
        assert record is not None and record.notes == "from a, later"
        (conflict,) = pc.store.sharing.conflicts("session", "s")
        assert conflict.field == "notes" and conflict.other == "from b"
    assert b.store.sharing.conflicts("session", "s")[0].replaced          # b's own note was replaced
    assert not a.store.sharing.conflicts("session", "s")[0].replaced      # b's older note lost on a
    assert a.store.sharing.conflicts("session", "s")[0].device_name == "b"
    a.store.sessions.set_notes("s", "settled")                            # a new edit settles it
    assert a.store.sharing.conflicts("session", "s") == []


def test_a_deleted_session_never_comes_back(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    clock = [T0]
    a, b = laptop(tmp_path, "a", clock=clock), laptop(tmp_path, "b", clock=clock)
    a.store.sessions.save(session("s", T0))
    a.sync(share)
    b.sync(share)
    a.store.sessions.delete("s")
    b.tick(30)
    b.store.sessions.set_notes("s", "edited on b after a deleted it")     # a later edit, not a revival
    a.sync(share)
    b.sync(share)
    a.sync(share)
    assert a.store.sessions.get("s") is None and b.store.sessions.get("s") is None
    assert export_json(a.store) == export_json(b.store)


def test_undo_before_the_next_exchange_keeps_the_session_everywhere(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    a.store.sessions.save(session("s", T0))
    a.sync(share)
    b.sync(share)
    record = a.store.sessions.delete("s")
    assert record is not None
    assert a.store.sessions.save(record) == "s"                           # undo: the deletion never left
    a.sync(share)
    b.sync(share)
    assert b.store.sessions.get("s") is not None


def test_babies_caregivers_and_routine_files_are_shared(tmp_path: Path) -> None:
    from datetime import date

    from benchmarks.fixtures import routine_toml
    from touchtimer.core.babies.profiles import add_baby

    share = tmp_path / "share"
    share.mkdir()
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    baby = add_baby(a.store, "Ada", date(2026, 1, 5), date(2026, 3, 1), today=date(2026, 3, 1))
    from dataclasses import replace
    a.store.babies.save(replace(baby, in_neonatal_care=True, daily_target_minutes=240),
        created_at="2026-01-01T00:00:00+00:00")
    dad = a.store.caregivers.add("Dad")
    a.routines.mkdir(parents=True)
    (a.routines / "my-hold.toml").write_text(routine_toml("my-hold", "My hold", [60, 120]), "utf-8")
    record = session("s", T0, babies=[baby.id])
    record.caregiver_ids = [dad.id]
    a.store.sessions.save(record)
    a.sync(share)
    b.sync(share)
    assert b.store.babies.list() == a.store.babies.list()
    assert b.store.babies.list()[0].daily_target_minutes == 240 and b.store.babies.list()[0].in_neonatal_care
    assert b.store.caregivers.list() == [dad]
    got = b.store.sessions.get("s")
    assert got is not None and got.caregiver_ids == [dad.id] and got.baby_ids == [baby.id]
    assert (b.routines / "my-hold.toml").read_text("utf-8") == routine_toml("my-hold", "My hold", [60, 120])
    (b.routines / "my-hold.toml").unlink()                                # removed on b: removed on a
    b.sync(share)
    a.sync(share)
    assert not (a.routines / "my-hold.toml").exists()
    a.store.caregivers.delete(dad.id)
    a.sync(share)
    b.sync(share)
    assert b.store.caregivers.list() == [] and b.store.sessions.get("s").caregiver_ids == []  # type: ignore[union-attr]


def test_a_running_session_is_not_shared_until_saved(tmp_path: Path) -> None:
    from tests.helpers.reliability_helpers import checkpointed_session, refresh_for
    from touchtimer.core.clock import FakeClock

    share = tmp_path / "share"
    share.mkdir()
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    a.sync(share)                                   # sharing is on before the session starts
    clock = FakeClock()
    runner, checkpointer = checkpointed_session(a.store, clock)
    refresh_for(runner, checkpointer, clock, 30)
    assert checkpointer.writes > 0 and a.store.sessions.count() == 1
    a.sync(share)
    b.sync(share)
    assert b.store.sessions.count() == 0            # checkpoints are not shared
    runner.end()
    record = checkpointer.engine.record()
    a.store.sessions.save(record)
    a.sync(share)
    b.sync(share)
    assert b.store.sessions.get(record.id) is not None
    checkpointer.detach()
