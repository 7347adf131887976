"""docs/routine-format.md cannot rot: its complete example must be valid and use every key."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from tests.helpers import REPO_ROOT
from touchtimer.core.routines import files as routine_files
from touchtimer.core.routines.files import load_all, parse_routine

DOC = REPO_ROOT / "docs" / "routine-format.md"


def example() -> str:
    blocks = re.findall(r"^```toml\n(.*?)^```$", DOC.read_text(encoding="utf-8"), re.S | re.M)
    assert blocks, "the format document has a ```toml example"
    return str(blocks[0])


def keys(tables: list[dict[str, Any]]) -> set[str]:
    return {key for table in tables for key in table}


def test_the_example_is_a_valid_routine() -> None:
    routine = parse_routine(example(), file="docs/routine-format.md")
    assert routine.id == "example-evening-massage"
    assert routine.open_ended and routine.total_seconds is None
    assert sum(s.seconds or 0 for s in routine.stages) == 10 * 60, "the sum the document states"
    assert {s.side for s in routine.stages} == {None, "left", "right"}
    assert {p.kind for s in routine.stages for p in s.prompts} == {"prompt", "check"}
    assert routine.cues.engaged and routine.cues.pause and routine.cues.stop


def test_the_example_uses_every_key_at_every_level() -> None:
    doc = tomllib.loads(example())
    stages = doc["stages"]
    prompts = [p for s in stages for p in s.get("prompts", [])]
    benefits = doc["benefits"] + [b for s in stages for b in s.get("benefits", [])]
    assert set(doc) == set(routine_files.ROUTINE_KEYS)
    assert keys(stages) == set(routine_files.STAGE_KEYS)
    assert keys(prompts) == set(routine_files.PROMPT_KEYS)
    assert keys(benefits) == set(routine_files.BENEFIT_KEYS)
    assert set(doc["cues"]) == set(routine_files.CUE_KEYS)


def test_the_document_describes_every_key_and_value() -> None:
    text = DOC.read_text(encoding="utf-8")
    every_key = {*routine_files.ROUTINE_KEYS, *routine_files.STAGE_KEYS, *routine_files.PROMPT_KEYS,
                 *routine_files.BENEFIT_KEYS, *routine_files.CUE_KEYS}
    for key in every_key:
        assert f"| `{key}` |" in text, f"{key} has a row in a table"
    for value in ("skin_to_skin", "massage", "left", "right", "check", "prompt",
                  "high", "moderate", "low", "very low", "guidance"):
        assert f'`"{value}"`' in text, value
    for fact in ("TOUCHTIMER_DATA_DIR", "--data-dir", "<data dir>/routines/", "touchtimer check",
                 f"{routine_files.MAX_FILE_BYTES:,} bytes", "0 to 104", "inclusive"):
        assert fact in text, fact


def test_the_example_loads_as_a_user_routine(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "example-evening-massage.toml").write_text(example(), encoding="utf-8")
    result = load_all(folder)
    assert result.errors == []
    assert result.by_id("example-evening-massage") is not None
