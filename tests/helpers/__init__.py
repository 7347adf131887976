"""Helpers shared by the tests: fakes, factories and drivers. Test modules import helpers from here,
never from one another."""

from __future__ import annotations

from pathlib import Path

#: The repository's top folder.
REPO_ROOT = Path(__file__).resolve().parents[2]
