"""``touchtimer routines --born/--due/--gestation/--today [--json]``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from touchtimer.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["routines", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_term_baby_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--born", "2025-01-10", "--today", "2025-02-21")  # 6 weeks
    assert code == 0, err
    assert "Baby born 2025-01-10." in out
    assert "On 2025-02-21: 6 weeks. Routines are chosen by age since birth: 6 completed weeks." in out
    suit, _, others = out.partition("Not for now:")
    assert "close-time" in suit
    assert "gentle-hello" in others
    assert "for babies up to 4 weeks" in others


def test_preterm_baby_uses_corrected_age(capsys: pytest.CaptureFixture[str]) -> None:
    # born at 36+6 (due 22 days later); 6 weeks after birth, corrected age is 20 days: 2 weeks
    code, out, _ = run(capsys, "--born", "2025-01-10", "--due", "2025-02-01", "--today", "2025-02-21")
    assert code == 0
    assert "at 36+6 weeks (due 2025-02-01), preterm." in out
    assert "6 weeks (2 weeks corrected)" in out
    assert "chosen by corrected age: 2 completed weeks" in out
    suit, _, _ = out.partition("Not for now:")
    assert "gentle-hello" in suit and "close-time" in suit


def test_37_plus_0_is_not_corrected(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--born", "2025-01-10", "--due", "2025-01-31", "--today", "2025-02-21")
    assert code == 0
    assert "at 37+0 weeks (due 2025-01-31), at term." in out
    assert "chosen by age since birth: 6 completed weeks" in out


def test_post_term_baby(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--born", "2025-01-10", "--due", "2025-01-01", "--today", "2025-01-20",
                       "--json")
    assert code == 0
    data = json.loads(out)
    assert data["baby"] == {"born_on": "2025-01-10", "due_on": "2025-01-01", "gestation": "41+2",
                            "preterm": False, "post_term": True, "in_neonatal_care": False,
                            "kangaroo_care_period": False}
    assert data["age"]["corrected"] is False
    assert data["age"]["weeks_used"] == 1


def test_json_gives_the_age_used_and_suits_and_reason_per_routine(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--born", "2025-01-10", "--gestation", "33+0", "--today", "2025-02-01",
                       "--json")
    assert code == 0
    data = json.loads(out)
    assert data["today"] == "2025-02-01"
    assert data["baby"]["due_on"] == "2025-02-28"
    assert data["baby"]["preterm"] is True
    age = data["age"]
    assert (age["days"], age["corrected_days"], age["corrected_weeks"], age["weeks_used"]) == (22, -27, -3, 0)
    assert age["text"] == "3 weeks (due in 3 weeks)"
    routines = {r["id"]: r for r in data["routines"]}
    assert routines["gentle-hello"]["suits"] is True
    assert routines["gentle-hello"]["reason_code"] == "preterm_care_team"
    assert "care team" in routines["gentle-hello"]["reason"]
    suits = [r["suits"] for r in data["routines"]]
    assert suits == sorted(suits, reverse=True)  # suitable first
    assert all({"title", "min_age_weeks", "max_age_weeks", "reason"} <= set(r) for r in data["routines"])


def test_user_routines_are_included(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    folder = data_dir / "routines"
    folder.mkdir(parents=True)
    (folder / "toddler.toml").write_text(
        'id = "toddler"\ntitle = "Toddler rub"\nkind = "massage"\nsummary = "s"\nmin_age_weeks = 52\n'
        'max_age_weeks = 104\n[[stages]]\ntitle = "Rub"\ninstruction = "Rub."\nminutes = 3\n',
        encoding="utf-8")
    code, out, _ = run(capsys, "--born", "2024-02-29", "--today", "2025-02-28", "--json")
    assert code == 0
    routines = {r["id"]: r for r in json.loads(out)["routines"]}
    assert routines["toddler"]["suits"] is True
    assert json.loads(out)["age"]["months"] == 12


@pytest.mark.parametrize(("argv", "message"), [
    (["--born", "2025-02-30"], "'2025-02-30' is not a date; expected YYYY-MM-DD"),
    (["--born", "10/01/2025"], "'10/01/2025' is not a date"),
    (["--born", "2025-01-10", "--due", "soon"], "'soon' is not a date"),
    (["--born", "2025-01-10", "--today", "2025-1-1"], "'2025-1-1' is not a date"),
    (["--born", "2025-01-10", "--gestation", "34+9"], "the days part should be 0 to 6"),
    (["--born", "2025-01-10", "--due", "2025-02-01", "--gestation", "34+2"], "not allowed with"),
])
def test_bad_dates_are_usage_errors(capsys: pytest.CaptureFixture[str], argv: list[str],
                                    message: str) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["routines", *argv])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize(("argv", "message"), [
    (["--born", "2025-05-01", "--today", "2025-04-01"], "--born 2025-05-01 is after --today 2025-04-01"),
    (["--born", "2025-01-01", "--due", "2025-09-01", "--today", "2025-04-01"],
     "born before 20 weeks of pregnancy"),
    (["--born", "2025-03-01", "--due", "2025-01-01", "--today", "2025-04-01"],
     "a baby born after the due date is fine"),
    (["--today", "2025-04-01"], "add --born YYYY-MM-DD"),
    (["--due", "2025-04-01", "--json"], "add --born YYYY-MM-DD"),
])
def test_impossible_dates_give_a_plain_message_and_exit_2(
        capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert message in err


def test_a_birth_date_long_ago_says_plainly_that_routines_stop_at_two_years(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--born", "1900-01-01", "--today", "2026-11-21")
    assert code == 0, err
    assert ("Suit this baby: none. touchtimer's routines are written for babies up to two years; "
            "this birth date is 126 years 10 months ago.") in out
    assert "yet" not in out
    code, out, err = run(capsys, "--born", "2024-11-01", "--today", "2026-11-21")   # just past two
    assert "this birth date is 2 years ago." in out


def test_a_baby_under_two_gets_no_two_years_note(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--born", "2025-01-10", "--today", "2025-02-21")
    assert code == 0 and "two years" not in out


def test_a_birth_date_in_the_future_gets_a_plain_message(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--born", "2999-01-01")
    assert code == 2 and out == ""
    assert err.startswith("touchtimer routines: --born 2999-01-01 is after today (")
    assert err.rstrip().endswith("; please check the dates") and "Traceback" not in err


def test_plain_listing_is_unchanged_without_a_baby(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--json")
    assert code == 0
    assert isinstance(json.loads(out), list)


def test_baby_born_at_30_weeks_two_weeks_old_gets_kangaroo_hold_first(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Eight weeks before the due date: every skin-to-skin routine needs the care team, Kangaroo hold
    comes first, and partners are sent to Kangaroo hold."""
    code, out, _ = run(capsys, "--born", "2025-03-01", "--gestation", "30+0", "--today", "2025-03-15",
                       "--json")
    assert code == 0
    data = json.loads(out)
    assert data["baby"]["kangaroo_care_period"] is True
    recs = data["routines"]
    assert recs[0]["id"] == "kangaroo-hold" and recs[0]["suits"]
    skin = [r for r in recs
            if r["kind"] == "skin_to_skin" and r["reason_code"] not in ("too_old", "too_young")]
    assert len(skin) >= 4
    for rec in skin:
        assert "care team" in rec["reason"], rec["id"]
    partner = next(r for r in recs if r["id"] == "partner-skin-to-skin")
    assert partner["suits"] is False and "Kangaroo hold" in partner["reason"]
    suited = [r["id"] for r in recs if r["suits"]]
    first_home = min(suited.index(r["id"]) for r in skin if r["suits"] and r["id"] != "kangaroo-hold")
    assert suited.index("kangaroo-hold") < first_home
    assert suited.index("still-touch") < first_home     # the other routine written for this time


def test_the_kangaroo_care_period_is_said_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--born", "2025-03-01", "--gestation", "30+0", "--today", "2025-03-15")
    assert code == 0
    suit, _, others = out.partition("Not for now:")
    assert "has not reached the due date" in out
    assert suit.index("kangaroo-hold") < suit.index("close-time")
    assert "partner-skin-to-skin" in others


def test_a_term_baby_in_neonatal_care_follows_the_care_team(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--born", "2025-03-01", "--gestation", "39+0", "--today", "2025-03-05",
                       "--in-neonatal-care", "--json")
    assert code == 0
    data = json.loads(out)
    recs = {r["id"]: r for r in data["routines"]}
    assert data["routines"][0]["id"] == "kangaroo-hold"
    assert recs["kangaroo-hold"]["suits"] is True
    assert recs["close-time"]["reason_code"] == "neonatal_care_team"
    assert recs["partner-skin-to-skin"]["suits"] is False


def test_after_the_due_date_home_routines_are_plain_again(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--born", "2025-03-01", "--gestation", "30+0", "--today", "2025-05-20",
                       "--json")
    assert code == 0
    data = json.loads(out)
    assert data["baby"]["kangaroo_care_period"] is False
    recs = {r["id"]: r for r in data["routines"]}
    assert recs["close-time"]["suits"] and recs["close-time"]["reason"] == ""
    assert recs["partner-skin-to-skin"]["suits"] is True
