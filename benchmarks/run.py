"""Run the whole suite: ``python -m benchmarks`` prints a table and writes JSON.

The 60-second measurements (a quiet session, and a routine of six 10-second stages) run in the
background from the start; start-up, memory, the fake-clock drift check and the history measurements
run meanwhile, so the suite takes a little over a minute. Exit status: 0 when every budget holds,
1 when one does not (``--smoke`` only checks that each measurement ran), 2 when a measurement failed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from benchmarks.fixtures import QUIET_ROUTINE, TIMING_ROUTINE, make_data_dir, write_routine
from benchmarks.proc import become_subreaper, still_running
from benchmarks.rows import (
    Row,
    drift_row,
    history_rows,
    left_row,
    session_rows,
    sharing_rows,
    stall_disk_row,
    stall_row,
    startup_rows,
    table,
)
from benchmarks.sharing import run_sharing

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "benchmarks" / "results" / "latest.json"
MARKER = "BENCH-RESULT "


class MeasurementFailed(Exception):
    pass


@dataclass
class Settings:
    """How much to measure: the full suite, or a tiny smoke run that only shows the suite works."""

    repeat: int = 11
    settle: float = 0.5
    quiet_seconds: float = 60.0
    quiet_warmup: float = 3.0
    quiet_voice_wait: float = 60.0
    timing_stages: tuple[int, ...] = (10,) * 6
    drift_hours: float = 8.0
    sessions: int = 10_000
    startup_sessions: int = 300
    saves: int = 50
    exports: int = 3
    opens: int = 3
    warm_up_runs: int = 1
    stall_seconds: float = 12.0
    stall_speech_limit: float = 3.0
    #: The locale the app is started in ("": this process's own LANG); de_DE.UTF-8 loads a translation.
    lang: str = ""
    slow_write_s: float = 0.5

    @classmethod
    def smoke(cls) -> Settings:
        return cls(repeat=1, settle=0.2, quiet_seconds=1.5, quiet_warmup=0.3, quiet_voice_wait=0.0,
                   timing_stages=(1, 1),
                   drift_hours=0.25, sessions=100, startup_sessions=20, saves=3, exports=1, opens=1,
                   warm_up_runs=0, stall_seconds=3.0, stall_speech_limit=1.0)


# -- subprocesses --------------------------------------------------------------------------------

def child_env(tmp: Path, qpa: str, display: str | None = None, lang: str = "") -> dict[str, str]:
    """A private home for every child, so nothing touches the real one; ``lang`` sets its locale (the
    window then loads that language's translations, as it would for a parent)."""
    home = tmp / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TOUCHTIMER_", "XDG_"))}
    if lang:
        env = {k: v for k, v in env.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
        env["LANG"] = lang
    env.update(
        HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
        XDG_STATE_HOME=str(home / ".local/state"), XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(tmp / "runtime"), TOUCHTIMER_CONFIG_DIR=str(home / "config"),
        QT_QPA_PLATFORM=qpa, PYTHONPATH=str(site_dir(tmp)),
    )
    (tmp / "runtime").mkdir(mode=0o700, exist_ok=True)
    env.pop("WAYLAND_DISPLAY", None)
    if display:
        env["DISPLAY"] = display
    else:
        env.pop("DISPLAY", None)
    return env


def site_dir(tmp: Path) -> Path:
    return tmp / "site"


def install_copy(tmp: Path) -> Path:
    """Copy ``touchtimer`` and ``benchmarks`` into a private folder and byte-compile them, as pip does
    at install time. Measuring the checkout itself would time the compiler: with
    ``PYTHONDONTWRITEBYTECODE`` set, every start compiled every module from source."""
    site = site_dir(tmp)
    for package in ("touchtimer", "benchmarks"):
        shutil.copytree(ROOT / package, site / package,
                        ignore=shutil.ignore_patterns("__pycache__", "results"))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(site)], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    return site


def driver_command(mode: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "benchmarks.driver", mode, *args]


class Child:
    """A driver process whose ``BENCH-RESULT`` line is read when it ends."""

    def __init__(self, name: str, command: list[str], env: dict[str, str], log_dir: Path) -> None:
        self.name = name
        self.log = log_dir / f"{name}.stderr"
        self._err: IO[bytes] = self.log.open("wb")
        self.spawned = time.monotonic()
        self.process = subprocess.Popen(command, cwd=env["PYTHONPATH"], env=env, stdout=subprocess.PIPE,
                                        stderr=self._err)

    def result(self, timeout: float) -> dict[str, Any]:
        try:
            out, _ = self.process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.communicate()
            raise MeasurementFailed(f"{self.name}: no result within {timeout:.0f} s") from None
        finally:
            self._err.close()
        for line in out.decode("utf-8", "replace").splitlines():
            if line.startswith(MARKER):
                data: dict[str, Any] = json.loads(line[len(MARKER):])
                if "error" in data:
                    raise MeasurementFailed(f"{self.name}: {data['error']}\n{self.tail()}")
                return data
        raise MeasurementFailed(f"{self.name}: exited {self.process.returncode} without a result\n"
                                f"{self.tail()}")

    def tail(self) -> str:
        lines = self.log.read_text("utf-8", "replace").splitlines()
        return "\n".join(line for line in lines[-25:] if "propagateSizeHints" not in line)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        with suppress(OSError):
            self._err.close()


@contextmanager
def xvfb() -> Iterator[str | None]:
    """A private X server (``Xvfb -displayfd``), or ``None`` when Xvfb is not installed."""
    if shutil.which("Xvfb") is None:
        yield None
        return
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        yield f":{number}" if number.isdigit() else None
    finally:
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


# -- measurements -----------------------------------------------------------------------------------

def startup_runs(target: str, data_dir: Path, env: dict[str, str], log_dir: Path, settle: float,
                 tag: str) -> dict[str, Any]:
    child = Child(f"startup-{tag}-{target}",
                  driver_command("startup", "--target", target, "--data-dir", str(data_dir),
                                 "--settle", str(settle)), env, log_dir)
    data = child.result(timeout=60)
    data["startup_s"] = data["painted_at"] - child.spawned
    return data


def measure_startup(tag: str, data_dir: Path, env: dict[str, str], log_dir: Path,
                    settings: Settings) -> dict[str, list[dict[str, Any]]]:
    """``repeat`` runs of each target, interleaved (bare, app, bare, app, ...) so load hits both alike."""
    runs: dict[str, list[dict[str, Any]]] = {"bare": [], "app": []}
    for n in range(settings.warm_up_runs + settings.repeat):
        for target in ("bare", "app"):
            data = startup_runs(target, data_dir, env, log_dir, settings.settle, tag)
            if n >= settings.warm_up_runs:  # the first run fills the disk cache and writes .pyc files
                runs[target].append(data)
    return runs


@contextmanager
def silent_speech_service(folder: Path) -> Iterator[str]:
    """A speech-dispatcher address whose socket accepts connections and never answers."""
    path = folder / "stuck-speechd.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        server.listen(16)
        yield f"unix_socket:{path}"
    finally:
        server.close()


def machine() -> dict[str, Any]:
    import PySide6
    from PySide6.QtCore import qVersion

    cpu = "unknown"
    with suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {"nproc": os.cpu_count(), "cpu_model": cpu, "python": platform.python_version(),
            "pyside6": PySide6.__version__, "qt": qVersion(), "kernel": platform.release(),
            "load_average_at_start": os.getloadavg()}


def run_suite(settings: Settings, out: Path, *, xcb: bool = True, echo: bool = True) -> dict[str, Any]:
    began = time.monotonic()
    become_subreaper()
    started = datetime.now(UTC).isoformat(timespec="seconds")
    say = print if echo else (lambda *a, **k: None)
    info = machine()
    with tempfile.TemporaryDirectory(prefix="touchtimer-bench-") as tmp_name:
        tmp = Path(tmp_name)
        logs = tmp / "logs"
        logs.mkdir()
        install_copy(tmp)
        env = child_env(tmp, "offscreen", lang=settings.lang)
        info["lang"] = env.get("LANG", "")
        # The data a parent would have after a few months: routines of their own and past sessions.
        data = tmp / "data"
        make_data_dir(data, settings.startup_sessions).close()
        write_routine(data, QUIET_ROUTINE, "Quiet hold", [3600])
        write_routine(data, TIMING_ROUTINE, "Ten-second stages", settings.timing_stages)
        # Each session measurement gets its own copy, so they never share a database.
        quiet_data, timing_data = tmp / "quiet-data", tmp / "timing-data"
        shutil.copytree(data, quiet_data)
        shutil.copytree(data, timing_data)

        say("Starting the quiet session and the timing session in the background ...")
        span = str(settings.quiet_seconds)
        background = {
            "quiet_app": Child("quiet-app", driver_command(
                "session", "--target", "app", "--data-dir", str(quiet_data), "--routine", QUIET_ROUTINE,
                "--warmup", str(settings.quiet_warmup), "--seconds", str(round(settings.quiet_seconds)),
                "--whole-refreshes", "--voice-wait", str(settings.quiet_voice_wait)), env, logs),
            "quiet_bare": Child("quiet-bare", driver_command(
                "session", "--target", "bare", "--data-dir", str(quiet_data), "--warmup",
                str(settings.quiet_warmup), "--seconds", span), env, logs),
            "timing": Child("timing", driver_command(
                "session", "--target", "app", "--data-dir", str(timing_data), "--routine", TIMING_ROUTINE,
                "--warmup", "0", "--until-finished",
                "--seconds", str(sum(settings.timing_stages) + 30)), env, logs),
        }
        rows: list[Row] = []
        try:
            # The three session processes start up (a burst of CPU on each) and begin their sessions;
            # start-ups are timed once that is over, so the suite does not compete with itself.
            time.sleep(settings.quiet_warmup)
            say("Measuring start-up and memory (offscreen) ...")
            runs = measure_startup("offscreen", data, env, logs, settings)
            rows += startup_rows("offscreen", "offscreen", runs)
            if xcb:
                with xvfb() as display:
                    if display is None:
                        say("Xvfb is not installed: skipping the X11 start-up measurement.")
                    else:
                        say(f"Measuring start-up and memory (xcb on Xvfb {display}) ...")
                        x_env = child_env(tmp, "xcb", display, lang=settings.lang)
                        rows += startup_rows("xcb", "xcb on Xvfb",
                                             measure_startup("xcb", data, x_env, logs, settings))
            say(f"Running {settings.drift_hours:g} h on a fake clock ...")
            rows.append(drift_row(settings.drift_hours))
            say(f"Measuring the history with {settings.sessions:,} sessions ...")
            hist = Child("history", driver_command(
                "history", "--data-dir", str(tmp / "history-data"), "--sessions", str(settings.sessions),
                "--saves", str(settings.saves), "--exports", str(settings.exports),
                "--opens", str(settings.opens)), env, logs).result(timeout=300)
            history = history_rows(hist)
            say(f"Measuring sharing with {settings.sessions:,} sessions on each laptop ...")
            history += sharing_rows(run_sharing(tmp / "sharing", settings.sessions,
                                                repeats=3 if settings.repeat == 1 else 20))
            say("Waiting for the session measurements to finish ...")
            wait = (settings.quiet_seconds + settings.quiet_warmup + settings.quiet_voice_wait
                    + sum(settings.timing_stages) + 90)
            quiet_app = background["quiet_app"].result(timeout=wait)
            quiet_bare = background["quiet_bare"].result(timeout=wait)
            timing = background["timing"].result(timeout=wait)
            rows += session_rows(quiet_app, quiet_bare, timing, len(settings.timing_stages),
                                 settings.timing_stages)
            # Alone, so that what it measures is the app and not the suite's own load.
            say("Measuring the GUI thread's longest stall, with a speech service that never answers ...")
            stall_data = tmp / "stall-data"
            shutil.copytree(data, stall_data)
            with silent_speech_service(tmp) as address:
                stall = Child("stall-speech", driver_command(
                    "session", "--target", "app", "--data-dir", str(stall_data), "--routine",
                    TIMING_ROUTINE, "--warmup", "0", "--seconds", str(settings.stall_seconds),
                    "--heartbeat-ms", "5", "--speech-limit", str(settings.stall_speech_limit)),
                    {**env, "SPEECHD_ADDRESS": address}, logs).result(timeout=settings.stall_seconds + 60)
            rows.append(stall_row(stall, settings))
            say(f"Measuring the longest stall, with each write {settings.slow_write_s:g} s slower ...")
            disk_data = tmp / "stall-disk-data"
            shutil.copytree(data, disk_data)
            disk = Child("stall-disk", driver_command(
                "session", "--target", "app", "--data-dir", str(disk_data), "--routine",
                TIMING_ROUTINE, "--warmup", "0", "--seconds", str(settings.stall_seconds + 3),
                "--heartbeat-ms", "5", "--slow-writes", str(settings.slow_write_s),
                "--end-after", str(round(settings.stall_seconds * 0.9, 2))),
                env, logs).result(timeout=settings.stall_seconds + 60)
            rows.append(stall_disk_row(disk, settings))
            rows += history
        finally:
            for child in background.values():
                child.stop()

        # Everything it started (the apps, their speech helpers and speech-dispatchers) has ended.
        rows.append(left_row(still_running(str(tmp))))

    info["load_average_at_end"] = os.getloadavg()
    report = {
        "suite": "touchtimer benchmarks",
        "format_version": 1,
        "mode": "smoke" if settings.repeat == 1 and settings.sessions < 1000 else "full",
        "started_utc": started,
        "duration_s": round(time.monotonic() - began, 1),
        "machine": info,
        "settings": asdict(settings),
        "all_within_budget": all(r.ok is not False for r in rows),
        "results": [asdict(r) for r in rows],
        "table": table(rows),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"where to write JSON ({DEFAULT_OUT})")
    parser.add_argument("--smoke", action="store_true",
                        help="a few seconds: one run of everything, tiny sizes; "
                             "checks that the suite works, not the budgets")
    parser.add_argument("--no-xcb", action="store_true", help="skip the start-up measurement on Xvfb")
    parser.add_argument("--repeat", type=int, help="start-up runs per target (default 11)")
    parser.add_argument("--lang", default="", metavar="LOCALE",
                        help="start the app in this locale, such as de_DE.UTF-8 (default: this one's LANG)")
    args = parser.parse_args(argv)
    settings = Settings.smoke() if args.smoke else Settings()
    settings.lang = args.lang
    if args.repeat:
        settings.repeat = args.repeat
    try:
        report = run_suite(settings, args.out, xcb=not (args.no_xcb or args.smoke))
    except MeasurementFailed as exc:
        print(f"benchmarks: a measurement failed: {exc}", file=sys.stderr)
        return 2
    m = report["machine"]
    print()
    print(report["table"])
    print()
    print(f"{m['nproc']} × {m['cpu_model']}, Python {m['python']}, PySide6 {m['pyside6']} (Qt {m['qt']}); "
          f"load average {m['load_average_at_start'][0]:.2f} at start, "
          f"{m['load_average_at_end'][0]:.2f} at end; "
          f"{report['duration_s']} s in all; LANG={m.get('lang') or 'unset'}.")
    print(f"Results written to {args.out}")
    if args.smoke:
        return 0
    return 0 if report["all_within_budget"] else 1
