"""`touchtimer check` refuses a skin-to-skin file without its safeguards and says what is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from touchtimer.cli import EXIT_OK, EXIT_PROBLEM, main

UNSAFE = """\
id = "my-hold"
title = "My hold"
kind = "skin_to_skin"
summary = "Skin-to-skin, my way."
min_age_weeks = 0
max_age_weeks = 12

[[benefits]]
text = "Cures postnatal depression."
source = "My own reading, 2024"
certainty = "high"

[[stages]]
title = "Hold"
instruction = "Hold baby on your chest."
open_ended = true
"""


def test_check_names_the_missing_checklist_and_checks(capsys: pytest.CaptureFixture[str],
                                                      tmp_path: Path) -> None:
    path = tmp_path / "my-hold.toml"
    path.write_text(UNSAFE)
    assert main(["check", str(path)]) == EXIT_PROBLEM
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"{path}: safety: a skin-to-skin routine needs the safe-position checklist, and this one has none; "
        "expected a list of what the parent confirms, such as: baby's face can be seen; nose and mouth "
        "uncovered; head to one side, chin off the chest; breathing seen and heard, lips and tongue pink",
        f"{path}: stages[0].prompts: this open-ended skin-to-skin stage has no repeating position check; "
        'expected a prompt with kind = "check" that repeats at most every 15 min '
        "(every_minutes = 15 or less)",
    ]

    fixed = UNSAFE.replace('kind = "skin_to_skin"\n', 'kind = "skin_to_skin"\nsafety = ["Face visible."]\n')
    fixed += '\n[[stages.prompts]]\ntext = "Check: face visible."\nkind = "check"\nevery_minutes = 15\n'
    path.write_text(fixed)
    assert main(["check", str(path)]) == EXIT_OK
    assert capsys.readouterr().out == f"{path}: ok (my-hold, 1 stage)\n"
