"""Check every page and dialog at every screen size, scaling, text size and theme; write screenshots.

    python scripts/layout_matrix.py --all           the whole matrix (exit 1 when anything is wrong)
    python scripts/layout_matrix.py --docs          the screenshots in docs/screenshots/ (1366x768 and
                                                    1024x600, both themes)
    python scripts/layout_matrix.py --screens 1366x768 --scales 1.5 --texts 2.0 --themes night

Each screen size and scaling runs in a process of its own (``QT_SCALE_FACTOR`` is read when Qt
starts), on Qt's offscreen platform given that screen (no X server needed). In each, the app is built
with sample babies and history and walked page by page, dialog by dialog
(``tests/helpers/layout_views.py``); every view is checked (``tests/helpers/layout_check.py``) and
grabbed; at night a view must also have no large bright area (tests/helpers/contrast.py). Problems are
printed; screenshots go to ``--out`` (``build/layout-matrix`` by default): every view at the smallest,
normal and largest text size, and every view that has a problem. ``--no-shots`` only checks (the
quick part that the test run runs: tests/ui/test_layout_fast.py).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCREENS = ("1024x600", "1366x768", "1920x1080", "2560x1440")
SCALES = ("1", "1.5", "2")
#: Every text size Ctrl+/Ctrl- reaches (touchtimer.ui.widgets.theme: 0.75 to 2.0).
TEXTS = ("0.75", "0.8", "0.9", "1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "2.0")
THEMES = ("light", "night")
#: A desktop offers a scaling only if it leaves at least this logical area (mutter's MINIMUM_LOGICAL_AREA);
#: 1024x600 at 150 % or 200 % and 1366x768 at 200 % are not offered, so they are left out unless asked for.
MINIMUM_LOGICAL_AREA = 800 * 480
#: Text sizes whose screenshots are always kept (the others only when something is wrong).
SHOWN_TEXTS = ("0.75", "1.0", "2.0")
DOCS_VIEWS = {"home": "home", "presession-skin": "pre-session", "running-skin": "running",
              "summary": "summary", "history": "history"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="the whole matrix (the default)")
    parser.add_argument("--docs", action="store_true",
                        help="write docs/screenshots/<screen>/<view>-<theme>.png for 1366x768 and 1024x600")
    parser.add_argument("--screens", nargs="+", default=list(SCREENS))
    parser.add_argument("--scales", nargs="+", default=list(SCALES))
    parser.add_argument("--texts", nargs="+", default=list(TEXTS))
    parser.add_argument("--themes", nargs="+", default=list(THEMES))
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "layout-matrix")
    parser.add_argument("--jobs", type=int, default=max(1, min(4, os.cpu_count() or 1)))
    parser.add_argument("--no-shots", action="store_true", help="check only, write no screenshots")
    parser.add_argument("--locale", default="", help="a locale such as de_DE: its dates and numbers, and its "
                        "translation when --translations holds touchtimer_<locale>.qm")
    parser.add_argument("--translations", type=Path, default=None, help="a folder of compiled translations")
    parser.add_argument("--unoffered", action="store_true",
                        help="also the scalings a desktop does not offer for a screen (smaller than 800x480)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        from layout_worker import run_worker

        return run_worker(args.screens[0], args.scales[0], args.texts, args.themes, args.out,
                          docs=args.docs, shown=SHOWN_TEXTS, docs_views=DOCS_VIEWS, shots=not args.no_shots,
                          locale=args.locale, translations=args.translations)
    if args.docs:
        args.screens, args.scales, args.texts = ["1366x768", "1024x600"], ["1"], ["1.0"]
        args.out = ROOT / "docs" / "screenshots"
    combos = [(screen, scale) for screen in args.screens for scale in args.scales
              if args.unoffered or offered(screen, scale)]
    left_out = [f"{screen} at {float(scale):.0%}" for screen in args.screens for scale in args.scales
                if (screen, scale) not in combos]
    if left_out:
        print("not offered by desktops, so left out (--unoffered runs them): " + ", ".join(left_out))
    started = time.monotonic()
    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda combo: _run(combo[0], combo[1], args), combos))
    seconds = time.monotonic() - started
    problems = [line for result in results for line in result["problems"]]
    checked = sum(result["checked"] for result in results)
    failed = [result for result in results if result["error"]]
    for result in failed:
        print(f"{result['screen']} at {result['scale']}: the walk stopped:\n{result['error']}")
    for line in problems:
        print(line)
    print(f"{checked} views checked ({len(combos)} screen sizes and scalings x {len(args.texts)} text sizes "
          f"x {len(args.themes)} themes) in {seconds:.0f} s: {len(problems)} problems"
          + (f", {len(failed)} walks stopped" if failed else "") + f"; screenshots in {args.out}")
    return 1 if problems or failed else 0


def offered(screen: str, scale: str) -> bool:
    width, height = (int(n) for n in screen.split("x"))
    return (width / float(scale)) * (height / float(scale)) >= MINIMUM_LOGICAL_AREA


def _run(screen: str, scale: str, args: argparse.Namespace) -> dict[str, object]:
    width, height = (int(n) for n in screen.split("x"))
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "screen.json"
        config.write_text(json.dumps({"windowFrameMargins": False, "screens": [
            {"name": "matrix", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96,
             "logicalBaseDpi": 96, "dpr": 1}]}))
        env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale,
               "HOME": folder, "XDG_CONFIG_HOME": f"{folder}/config", "XDG_DATA_HOME": f"{folder}/data",
               "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "scripts")])}
        command = [sys.executable, str(Path(__file__)), "--worker", "--screens", screen, "--scales", scale,
                   "--texts", *args.texts, "--themes", *args.themes, "--out", str(args.out)]
        if args.docs:
            command.append("--docs")
        if args.no_shots:
            command.append("--no-shots")
        if args.locale:
            command += ["--locale", args.locale]
        if args.translations:
            command += ["--translations", str(args.translations)]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    checked = sum(1 for line in lines if line.get("view"))
    problems = [f"{screen}@{scale} text {line['text']} {line['theme']} {line['view']}: {p}"
                for line in lines for p in line.get("problems", [])]
    error = "" if done.returncode == 0 else (done.stderr[-3000:] or f"exit code {done.returncode}")
    return {"screen": screen, "scale": scale, "checked": checked, "problems": problems, "error": error}


if __name__ == "__main__":
    raise SystemExit(main())
