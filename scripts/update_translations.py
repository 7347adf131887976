"""Update the translation sources and build the compiled translations.

    python scripts/update_translations.py           # after changing any text in the code
    python scripts/update_translations.py --release  # only build the .qm files from the .ts files

1. ``pyside6-lupdate`` reads every Python file of the package (a fixed, sorted list, so the result does
   not depend on the order files are found in) and updates ``translations/touchtimer_<lang>.ts`` for
   each language: new texts are added as unfinished, texts no longer in the code are dropped (git keeps
   them), translations already made are kept.
2. ``pyside6-lrelease`` builds ``touchtimer/translations/touchtimer_<lang>.qm``, which ship in the
   package. Unfinished translations are left out, so the window shows their English.

A volunteer translating needs only step 2 (``--release``) after editing a ``.ts`` file in Qt Linguist;
docs/translating.md says how. tests/test_translations.py checks that the ``.qm`` files are up to date.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "translations"
BUILT = ROOT / "touchtimer" / "translations"
#: The languages the window is translated into (each has translations/touchtimer_<code>.ts).
LANGUAGES = ("es", "de")


def tool(name: str) -> str:
    """A Qt tool from PySide6 (next to this Python first, so the project's venv is used)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} was not found; install the project first (pip install -e .)")
    return found


def source_files() -> list[str]:
    """Every Python file of the package, relative to the project folder, sorted."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "touchtimer").rglob("*.py"))


def ts_file(code: str) -> Path:
    return SOURCES / f"touchtimer_{code}.ts"


def qm_file(code: str, folder: Path = BUILT) -> Path:
    return folder / f"touchtimer_{code}.qm"


def lupdate() -> None:
    files = source_files()
    common = [tool("pyside6-lupdate"), "-silent", "-locations", "relative", "-no-obsolete", *files]
    for code in LANGUAGES:
        subprocess.run([*common, "-target-language", code, "-ts", str(ts_file(code))], cwd=ROOT, check=True)


def lrelease(folder: Path = BUILT) -> list[Path]:
    """Build every ``.qm`` into ``folder``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    built = []
    for code in LANGUAGES:
        out = qm_file(code, folder)
        subprocess.run([tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts_file(code)),
                        "-qm", str(out)], cwd=ROOT, check=True)
        built.append(out)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only build the .qm files")
    args = parser.parse_args(argv)
    if not args.release:
        lupdate()
    for path in lrelease():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
