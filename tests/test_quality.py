"""Lint and types are part of the test run: ruff on everything, mypy on the package (strict on core)."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import REPO_ROOT

ROOT = REPO_ROOT


def tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, check=False)


def test_ruff_passes() -> None:
    done = tool("ruff", "check", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_passes() -> None:
    # Settings come from pyproject.toml: strict for touchtimer.core, typed defs everywhere else.
    done = tool("mypy", "touchtimer")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("Success: no issues found")
