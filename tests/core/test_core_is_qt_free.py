"""touchtimer.core never imports Qt: checked by importing all of it, and by import-linter."""

from __future__ import annotations

import json
import pkgutil
import shutil
import subprocess
import sys

import touchtimer.core
from tests.helpers import REPO_ROOT

ROOT = REPO_ROOT

IMPORT_ALL = """
import importlib, json, pkgutil, sys
import touchtimer.core
found = pkgutil.walk_packages(touchtimer.core.__path__, "touchtimer.core.")
names = ["touchtimer.core"] + [m.name for m in found]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
ui = sorted(m for m in sys.modules if m.startswith(("touchtimer.ui", "touchtimer.app")))
print(json.dumps({"modules": names, "qt": qt, "ui": ui}))
"""


def test_importing_every_core_module_loads_no_qt() -> None:
    done = subprocess.run([sys.executable, "-c", IMPORT_ALL], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    expected = {m.name for m in pkgutil.walk_packages(touchtimer.core.__path__, "touchtimer.core.")}
    assert expected <= set(result["modules"]), "every module was imported"
    assert {"touchtimer.core.session.engine", "touchtimer.core.storage.store",
            "touchtimer.core.routines.files"} <= expected
    assert result["qt"] == []
    assert result["ui"] == []


def test_import_linter_contract_is_kept() -> None:
    lint_imports = shutil.which("lint-imports")
    assert lint_imports, "import-linter is one of the test extras"
    done = subprocess.run([lint_imports, "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "The core never imports Qt or the UI KEPT" in done.stdout
    assert "0 broken" in done.stdout
