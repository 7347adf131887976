"""``python -m build`` gives a wheel and an sdist; the sdist carries everything its own tests need (the
whole of tests/, docs/, scripts/, benchmarks/ and assets/ as the repository has them), and the wheel
carries the licence and every packaged asset.

Built once per run without build isolation (``build`` and ``setuptools`` are test extras), so it needs
no network. The unpacked sdist collects the whole suite from its own code and runs a part of it; the
whole of its suite in a fresh venv is run by hand before a release.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import REPO_ROOT
from touchtimer import __version__

FOLDERS = ("tests", "docs", "scripts", "benchmarks", "assets")
TOP_FILES = ("COPYING", "README.md", "pyproject.toml", "MANIFEST.in", ".ci/run")
NOISE = ("__pycache__", ".pyc", ".venv/", ".git/")


def _tracked() -> set[str]:
    """The repository's files in FOLDERS: git's list in a checkout, what is on disk in an sdist."""
    if (REPO_ROOT / ".git").exists() and shutil.which("git"):
        listed = subprocess.run(["git", "ls-files", "-z", *FOLDERS], cwd=REPO_ROOT, capture_output=True,
                                check=True, timeout=60).stdout.decode().split("\0")
        files = set()
        for name in filter(None, listed):
            path = REPO_ROOT / name
            if path.is_dir():   # a link to a folder (assets/sounds): the sdist holds its files
                files |= {f"{name}/{p.relative_to(path).as_posix()}" for p in path.rglob("*") if p.is_file()}
            elif path.exists():
                files.add(name)
        return files
    on_disk = (p for folder in FOLDERS for p in (REPO_ROOT / folder).rglob("*"))
    return {p.relative_to(REPO_ROOT).as_posix() for p in on_disk
            if p.is_file() and not any(n in p.as_posix() for n in NOISE)}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    out = tmp_path_factory.mktemp("dist")
    command = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(REPO_ROOT)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    sdist = out / f"touchtimer-{__version__}.tar.gz"
    wheel = out / f"touchtimer-{__version__}-py3-none-any.whl"
    assert sdist.is_file() and wheel.is_file(), sorted(p.name for p in out.iterdir())
    yield sdist, wheel


def test_the_sdist_carries_everything_its_tests_need(built: tuple[Path, Path]) -> None:
    prefix = f"touchtimer-{__version__}/"
    with tarfile.open(built[0]) as tar:
        names = {m.name.removeprefix(prefix) for m in tar.getmembers() if m.isfile()}
    tracked = _tracked()
    assert len(tracked) > 100
    assert "tests/conftest.py" in tracked and "tests/helpers/__init__.py" in tracked
    assert sorted(tracked - names) == []
    assert sorted(set(TOP_FILES) - names) == []
    assert [n for n in names if any(noise in n for noise in NOISE)] == []


def test_the_wheel_carries_the_licence_and_every_packaged_file(built: tuple[Path, Path]) -> None:
    with zipfile.ZipFile(built[1]) as wheel:
        names = set(wheel.namelist())
        licence = wheel.read(f"touchtimer-{__version__}.dist-info/licenses/COPYING")
        metadata = wheel.read(f"touchtimer-{__version__}.dist-info/METADATA").decode()
    assert licence == (REPO_ROOT / "COPYING").read_bytes()
    assert "License-Expression: GPL-3.0-or-later" in metadata
    assert "Project-URL: Homepage, https://github.com/touchtimer/touchtimer" in metadata
    package = REPO_ROOT / "touchtimer"
    shipped = {p.relative_to(REPO_ROOT).as_posix() for p in package.rglob("*")
               if p.is_file() and "__pycache__" not in p.parts}
    assert sorted(shipped - names) == []
    assert not [n for n in names if n.startswith(("tests/", "scripts/", "benchmarks/"))]


def test_the_sdists_own_tests_run_from_the_unpacked_sdist(built: tuple[Path, Path],
                                                            tmp_path: Path) -> None:
    """Unpacked, the sdist's suite is collected whole with no error, from the sdist's own code (not
    this checkout's), and a part of it that reads the project's files passes."""
    with tarfile.open(built[0]) as tar:
        tar.extractall(tmp_path, filter="data")
    root = tmp_path / f"touchtimer-{__version__}"
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    where = subprocess.run([sys.executable, "-c", "import touchtimer; print(touchtimer.__file__)"], cwd=root,
                           env=env, capture_output=True, text=True, timeout=60, check=True).stdout
    assert Path(where.strip()).is_relative_to(root)
    collect = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"]
    collected = subprocess.run(collect, cwd=root, env=env, capture_output=True, text=True, timeout=300,
                               check=False)
    assert collected.returncode == 0, collected.stdout[-3000:] + collected.stderr[-3000:]
    assert "error" not in collected.stdout.splitlines()[-1].lower()
    here = subprocess.run(collect, cwd=REPO_ROOT, capture_output=True, text=True, timeout=300, check=False)
    def count(out: str) -> str:
        return out.splitlines()[-1].split(" in ")[0]                       # "1441 tests collected"

    assert count(collected.stdout) == count(here.stdout)
    ran = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          "tests/test_readme.py", "tests/cli/test_desktop_assets.py"],
                         cwd=root, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]
