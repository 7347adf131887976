"""History with people and babies' own targets: the caregiver filter, the chart split by who held baby,
each person's time, a baby's own target in the chart, the details edited in place, and what the other
laptop changed, shown and settled."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.history_factory import session
from tests.helpers.laptops import laptop
from touchtimer.core.babies.ages import Baby
from touchtimer.core.clock import FakeClock
from touchtimer.core.settings import Settings
from touchtimer.core.storage.store import Store, open_store
from touchtimer.ui.history.daily_chart import stacked_parts
from touchtimer.ui.history.model import SessionEntry
from touchtimer.ui.history.view import HistoryView

NOW = datetime(2026, 3, 20, 21, 0, tzinfo=UTC)
ADA = Baby("ada", "Ada", date(2026, 1, 1), daily_target_minutes=8 * 60)
BEN = Baby("ben", "Ben", date(2026, 1, 1))


def at(days_back: int, hour: int) -> datetime:
    return datetime.combine(NOW.date() - timedelta(days=days_back), datetime.min.time(), UTC) + \
        timedelta(hours=hour)


@pytest.fixture
def store() -> Store:
    s = open_store(None)
    for baby in (ADA, BEN):
        s.babies.save(baby, created_at="2026-01-01T00:00:00+00:00")
    mum = s.caregivers.add("Mum", mother=True)
    dad = s.caregivers.add("Dad")
    s.sessions.save(replace(session("mum", at(0, 9), 60, babies=["ada"]), caregiver_ids=[mum.id]))
    s.sessions.save(replace(session("dad", at(0, 12), 30, babies=["ben"]), caregiver_ids=[dad.id]))
    s.sessions.save(replace(session("both", at(1, 10), 40, babies=["ada", "ben"]),
                            caregiver_ids=[mum.id, dad.id]))
    s.sessions.save(session("nobody", at(1, 15), 20, babies=["ada"]))
    return s


def make_view(qtbot: QtBot, store: Store) -> HistoryView:
    view = HistoryView(store, Settings(daily_target_minutes=90), tz=UTC, clock=FakeClock(wall_start=NOW))
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    return view


def ids(view: HistoryView) -> list[str]:
    return [e.row.id for e in (view.model.entry(r) for r in range(view.model.rowCount()))
            if isinstance(e, SessionEntry)]


def person(store: Store, name: str) -> str:
    return next(c.id for c in store.caregivers.list() if c.name == name)


def test_filter_by_who_held_baby(qtbot: QtBot, store: Store) -> None:
    view = make_view(qtbot, store)
    box = view.filters.people_box
    assert box.isVisibleTo(view)
    assert [box.itemText(i) for i in range(box.count())] == ["Everyone", "Dad", "Mum"]
    assert sorted(ids(view)) == ["both", "dad", "mum", "nobody"]
    view.filters.select(box, person(store, "Dad"))
    assert sorted(ids(view)) == ["both", "dad"]
    # The totals follow the choice: only Dad's sessions are counted.
    assert sum(d.skin_seconds for d in view.totals.chart.days) == (30 + 40) * 60


def test_the_chart_is_split_by_person_and_the_totals_name_everyone(qtbot: QtBot, store: Store) -> None:
    view = make_view(qtbot, store)
    mum, dad = person(store, "Mum"), person(store, "Dad")
    today, yesterday = view.totals.chart.splits[-1], view.totals.chart.splits[-2]
    assert today.skin_by_caregiver == {mum: 3600.0, dad: 1800.0}
    assert yesterday.skin_by_caregiver == {mum: 2400.0, dad: 2400.0, "": 1200.0}
    # Two people sharing a hold count for both, so the bar's parts are scaled to the day's true total.
    parts = stacked_parts(3600.0, yesterday.skin_by_caregiver, [mum, dad, ""])
    assert sum(s for _p, s in parts) == pytest.approx(3600.0)
    text = view.totals.people.text()
    assert "By person (a session two people shared counts for each): Mum 1 h 40 min, Dad 1 h 10 min." in text
    assert "Skin-to-skin with the mother: 1 h 40 min; with others: 1 h 10 min." in text
    assert "Not recorded who held: 20 min." in text
    image = view.totals.chart.grab().toImage()       # the split bars are painted without trouble
    assert not image.isNull()


def test_a_babys_own_target_is_the_charts_when_that_baby_is_chosen(qtbot: QtBot, store: Store) -> None:
    view = make_view(qtbot, store)
    assert view.totals.chart.target == 90 and view.totals.target_box.isEnabled()
    view.filters.select(view.filters.baby_box, "ada")
    assert view.totals.chart.target == 8 * 60
    assert not view.totals.target_box.isEnabled()
    assert "Ada's own daily target" in view.totals.target_box.toolTip()
    view.filters.select(view.filters.baby_box, "ben")          # no target of his own: the general one
    assert view.totals.chart.target == 90 and view.totals.target_box.isEnabled()


def test_who_held_and_the_details_are_edited_in_the_session_details(qtbot: QtBot, store: Store) -> None:
    view = make_view(qtbot, store)
    assert view.select_session("both")
    extras = view.detail.extras
    mum, dad = person(store, "Mum"), person(store, "Dad")
    assert extras.people_label.text() == "Held by"
    assert {i for i, b in extras.people_buttons.items() if b.isChecked()} == {mum, dad}
    extras.people_buttons[dad].click()
    assert store.sessions.get("both").caregiver_ids == [mum]
    assert view.totals.chart.splits[-2].skin_by_caregiver.get(dad) is None      # the split follows
    extras.fed_box.setCurrentIndex(extras.fed_box.findData("no"))
    extras.interruptions.setValue(3)
    extras.response_boxes["ben"].setCurrentIndex(extras.response_boxes["ben"].findData("cried"))
    saved = store.sessions.get("both")
    assert (saved.fed_at_breast, saved.interruptions) == ("no", 3)
    assert saved.response_for("ben") == "cried" and saved.response_for("ada") == "calm"
    assert view.selected_session_id() == "both"                  # the view kept its place


def shared_conflict(tmp_path: Path) -> tuple[Store, Store]:
    """Two laptops that both changed one session's note before exchanging: the later (Dad's) wins."""
    clock = [NOW]
    mum, dad = laptop(tmp_path, "Mum's laptop", clock=clock), laptop(tmp_path, "Dad's laptop", clock=clock)
    folder = tmp_path / "shared"
    folder.mkdir()
    mum.store.sessions.save(session("s1", at(0, 9), 30, notes="first"))
    mum.sync(folder)
    dad.sync(folder)
    mum.store.sessions.update("s1", notes="Mum's words")
    mum.tick(5)
    dad.store.sessions.update("s1", notes="Dad's words")
    dad.sync(folder)
    mum.sync(folder)
    dad.sync(folder)
    return mum.store, dad.store


def test_what_the_other_laptop_changed_is_shown_and_can_be_taken(qtbot: QtBot, tmp_path: Path) -> None:
    store, other = shared_conflict(tmp_path)
    view = make_view(qtbot, store)
    assert view.select_session("s1")
    assert view.detail.note.toPlainText() == "Dad's words"
    extras = view.detail.extras
    assert extras.conflicts.isVisibleTo(view)
    texts = [w.text() for w in extras.conflicts.findChildren(type(extras.people_label))]
    assert "Note: changed on the other laptop; before, this laptop had “Mum's words”." in texts
    take = next(b for b in extras.conflicts.findChildren(type(view.export_button)) if b.text() == "Use this")
    take.click()
    assert store.sessions.get("s1").notes == "Mum's words"
    assert view.detail.note.toPlainText() == "Mum's words"
    assert store.sharing.conflicts("session", "s1") == [] and not extras.conflicts.isVisibleTo(view)
    other.close()


def test_what_the_other_laptop_changed_can_be_dismissed(qtbot: QtBot, tmp_path: Path) -> None:
    other, store = shared_conflict(tmp_path)           # on Dad's laptop: Mum's older words, by name
    view = make_view(qtbot, store)
    assert view.select_session("s1")
    extras = view.detail.extras
    texts = [w.text() for w in extras.conflicts.findChildren(type(extras.people_label))]
    assert "Note: Mum's laptop had “Mum's words” (an earlier change)." in texts
    buttons = extras.conflicts.findChildren(type(view.export_button))
    dismiss = next(b for b in buttons if b.text() == "Dismiss")
    dismiss.click()
    assert store.sessions.get("s1").notes == "Dad's words"
    assert store.sharing.conflicts("session", "s1") == [] and not extras.conflicts.isVisibleTo(view)
    other.close()
