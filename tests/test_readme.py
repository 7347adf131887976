"""The README's set-up commands and CI stay in step."""

from __future__ import annotations

import re

from tests.helpers import REPO_ROOT as ROOT


def _blocks() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, flags=re.S)]


def test_readme_has_exactly_two_setup_commands() -> None:
    blocks = _blocks()
    assert len(blocks) == 2
    start, tests = blocks
    assert start.endswith("touchtimer")
    assert "pytest" in tests and ".[test]" in tests


def test_ci_runs_exactly_the_readme_test_command() -> None:
    command = _blocks()[1]
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text("utf-8").splitlines()]
    assert command in ci_lines
