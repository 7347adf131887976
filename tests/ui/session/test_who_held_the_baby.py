"""Who held the baby (one key before the start, defaulting to the last session here), and the optional
kangaroo-care details on the summary, kept through the session's one save path."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.helpers.window import choose_on_home, press
from touchtimer.core.session.record import Caregiver
from touchtimer.ui.session.caregiver_picker import likely_choices


def people(env: Any) -> tuple[Caregiver, Caregiver]:
    mum = env.store.caregivers.add("Mum", mother=True)
    dad = env.store.caregivers.add("Dad")
    return mum, dad


def finish_and_save(env: Any) -> Any:
    w = env.window
    w.controller.runner.end()
    assert w.current_page() == "summary"
    return finish_and_save_from_summary(env)


def test_the_likely_choices_are_each_person_then_everyone_then_nobody() -> None:
    a, b = Caregiver("a", "A"), Caregiver("b", "B")
    assert likely_choices([a, b]) == [("a",), ("b",), ("a", "b"), ()]
    assert likely_choices([a]) == [("a",), ()]


def test_one_key_chooses_who_and_the_next_session_starts_from_it(env: Any) -> None:
    w = env.window
    mum, dad = people(env)
    choose_on_home(env, "test-skin")
    picker = w.presession.caregivers
    assert picker.label.text() == "Who is holding baby?"
    assert [b.text() for b in picker.buttons.values()] == ["Dad", "Mum"]     # by name
    assert w.presession.caregiver_ids == []                # nobody did a session here yet
    assert w.registry["session.who"].isEnabled()
    seen = []
    for _ in range(4):
        press(Qt.Key.Key_W)                                # W, with the focus on Start
        seen.append(w.presession.caregiver_ids)
    assert seen == [[dad.id], [mum.id], [dad.id, mum.id], []]
    press(Qt.Key.Key_W)
    assert w.presession.caregivers.buttons[dad.id].isChecked()
    w.presession.start_button.click()
    assert w.session is not None and w.session.caregiver_ids == [dad.id]
    saved = finish_and_save(env)
    assert saved.caregiver_ids == [dad.id]
    # The next session on this laptop starts from whoever did the last one; a click adds a second.
    choose_on_home(env, "test-massage")
    assert w.presession.caregivers.label.text() == "Who is massaging?"
    assert w.presession.caregiver_ids == [dad.id]
    w.presession.caregivers.buttons[mum.id].click()
    assert w.presession.caregiver_ids == [dad.id, mum.id]
    w.presession.start_button.click()
    assert sorted(finish_and_save(env).caregiver_ids) == sorted([dad.id, mum.id])


def test_with_no_people_the_page_offers_to_add_them_and_w_does_nothing(env: Any) -> None:
    w = env.window
    choose_on_home(env, "test-skin")
    assert w.presession.caregivers.add_button.isVisibleTo(w.presession)
    assert not w.registry["session.who"].isEnabled()
    w.presession.start_button.click()
    assert finish_and_save(env).caregiver_ids == []


def test_a_person_added_while_the_page_shows_appears_on_it(env: Any) -> None:
    w = env.window
    choose_on_home(env, "test-skin")
    env.store.caregivers.add("Grandma")                   # (the People dialog, or the other laptop)
    assert [b.text() for b in w.presession.caregivers.buttons.values()] == ["Grandma"]
    assert w.registry["session.who"].isEnabled()


def test_the_kangaroo_details_take_one_key_each_and_are_kept(env: Any) -> None:
    w = env.window
    mum, _dad = people(env)
    choose_on_home(env, "test-skin")
    w.presession.caregivers.choose([mum.id])
    w.presession.start_button.click()
    w.controller.runner.end()
    details = w.summary.details
    assert details.isVisibleTo(w.summary) and details.fed_at_breast is None
    assert details.count_label.text() == "not said"
    press(Qt.Key.Key_B)
    assert details.fed_at_breast == "yes"
    press(Qt.Key.Key_B)
    press(Qt.Key.Key_B)
    press(Qt.Key.Key_B)                                    # no, not said, yes again
    press(Qt.Key.Key_Plus)
    press(Qt.Key.Key_Plus)
    press(Qt.Key.Key_Plus)
    press(Qt.Key.Key_Minus)
    assert details.interruptions == 2 and details.count_label.text() == "2 times"
    assert w.session is not None
    assert (w.session.answers.fed_at_breast, w.session.answers.interruptions) == ("yes", 2)
    env.settle()                     # the summary checkpoint keeps them too, should the laptop crash
    kept = env.store.sessions.get(w.session.session_id)
    assert kept is not None and (kept.fed_at_breast, kept.interruptions, kept.status) == ("yes", 2,
                                                                                         "interrupted")
    saved = finish_and_save_from_summary(env)
    assert (saved.fed_at_breast, saved.interruptions, saved.caregiver_ids) == ("yes", 2, [mum.id])


def finish_and_save_from_summary(env: Any) -> Any:
    session_id = env.window.session.session_id
    env.window.summary.save_button.click()
    env.settle()
    return env.store.sessions.get(session_id)


def test_the_interruptions_stepper_goes_from_not_said_to_none(env: Any) -> None:
    w = env.window
    choose_on_home(env, "test-skin")
    w.presession.start_button.click()
    w.controller.runner.end()
    details = w.summary.details
    details.fewer_button.click()
    assert details.interruptions == 0 and details.count_label.text() == "none"
    details.fewer_button.click()
    assert details.interruptions is None and details.count_label.text() == "not said"
    saved = finish_and_save_from_summary(env)
    assert (saved.fed_at_breast, saved.interruptions) == (None, None)


def test_a_massage_summary_asks_no_kangaroo_details(env: Any) -> None:
    w = env.window
    choose_on_home(env, "test-massage")
    w.presession.start_button.click()
    w.controller.runner.end()
    assert not w.summary.details.isVisibleTo(w.summary)
    assert not w.registry["summary.fed"].isEnabled()
    press(Qt.Key.Key_B)
    assert w.session is not None and w.session.answers.fed_at_breast is None
