"""The parent's settings, kept as a small JSON file in the platformdirs config folder.

A damaged or hand-edited file never stops the app: every value that can't be used falls back to
its default, and :attr:`SettingsLoad.problems` says which, in plain words.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from touchtimer.core.file_reading import PARSE_ERRORS, FileRefused, read_small_file
from touchtimer.core.i18n import LANGUAGE_CHOICES
from touchtimer.core.paths import ensure_private_dir
from touchtimer.core.safety import number_problem
from touchtimer.core.storage.atomic_file import write_file_atomically

SETTINGS_FILENAME = "settings.json"
#: A settings file is a few hundred bytes; anything over this is not one.
MAX_SETTINGS_BYTES = 64 * 1024

THEMES = ("system", "light", "night")
CUE_MODES = ("voice_and_chimes", "chimes_only", "silent")


@dataclass
class Settings:
    theme: str = "system"
    cue_mode: str = "voice_and_chimes"
    quiet_mode: bool = False
    voice_name: str = ""
    voice_rate: float = 0.0          # -1.0 (slow) .. 1.0 (fast)
    voice_volume: float = 0.8        # 0.0 .. 1.0
    chime_volume: float = 0.5        # 0.0 .. 1.0
    daily_target_minutes: int = 60
    wait_between_stages: bool = False
    text_scale: float = 1.0          # 0.75 .. 2.0
    reduce_motion: bool = False
    #: The folder this laptop shares its history through (docs/sharing.md); empty: not shared.
    share_folder: str = ""
    #: The parent's country's emergency number ("": not set, the emergency screen gives examples).
    emergency_number: str = ""
    #: The window's language: "system" follows the desktop, or one of ``core.i18n.LANGUAGES``. Read at
    #: start-up: a change takes effect the next time touchtimer starts.
    language: str = "system"
    #: The window's size on each screen it was used on: "<screen name> <w>x<h>" -> [width, height, maximised]
    window_sizes: dict[str, list[int]] = field(default_factory=dict)
    #: The babies chosen on Home last time (ids), chosen again at the next start.
    last_babies: list[str] = field(default_factory=list)


_RANGES: dict[str, tuple[float, float]] = {
    "voice_rate": (-1.0, 1.0),
    "voice_volume": (0.0, 1.0),
    "chime_volume": (0.0, 1.0),
    "daily_target_minutes": (1, 24 * 60),
    "text_scale": (0.75, 2.0),
}
_CHOICES: dict[str, tuple[str, ...]] = {"theme": THEMES, "cue_mode": CUE_MODES, "language": LANGUAGE_CHOICES}


@dataclass
class SettingsLoad:
    settings: Settings
    problems: list[str] = field(default_factory=list)


def _check_sizes(value: Any) -> tuple[dict[str, list[int]], str | None]:
    problem = "'window_sizes' should map screens to [width, height, maximised]"
    if not isinstance(value, dict):
        return {}, problem
    sizes: dict[str, list[int]] = {}
    for key, size in value.items():
        if not (isinstance(key, str) and isinstance(size, list) and len(size) == 3
                and all(isinstance(n, int) and not isinstance(n, bool) for n in size)
                and 100 <= size[0] <= 20_000 and 100 <= size[1] <= 20_000 and size[2] in (0, 1)):
            return {}, problem
        sizes[key] = list(size)
    return sizes, None


def _check(name: str, value: Any, default: Any) -> tuple[Any, str | None]:
    """Return a usable value for ``name`` and, if ``value`` could not be used, why."""
    if name == "window_sizes":
        return _check_sizes(value)
    if isinstance(default, list):
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return list(value[:2]), None
        return list(default), f"'{name}' should be a list of baby ids, not {value!r}"
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value, None
        return default, f"'{name}' should be true or false, not {value!r}"
    if isinstance(default, int | float):
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            return default, f"'{name}' should be a number, not {value!r}"
        if isinstance(default, int) and not isinstance(value, int):
            if float(value).is_integer():
                value = int(value)
            else:
                return default, f"'{name}' should be a whole number, not {value!r}"
        low, high = _RANGES[name]
        if not low <= value <= high:
            return default, f"'{name}' should be between {low:g} and {high:g}, not {value!r}"
        return (float(value) if isinstance(default, float) else value), None
    if not isinstance(value, str):
        return default, f"'{name}' should be text, not {value!r}"
    if name in _CHOICES and value not in _CHOICES[name]:
        return default, f"'{name}' should be one of {', '.join(_CHOICES[name])}, not {value!r}"
    if name == "emergency_number":
        value = value.strip()
        if problem := number_problem(value):
            return default, f"'{name}' {problem}, not {value!r}"
    return value, None


def from_mapping(raw: dict[str, Any]) -> SettingsLoad:
    defaults = Settings()
    values: dict[str, Any] = {}
    problems: list[str] = []
    known = {f.name for f in fields(Settings)}
    for key in raw:
        if key not in known:
            problems.append(f"'{key}' is not a setting touchtimer knows; it was ignored")
    for f in fields(Settings):
        default = getattr(defaults, f.name)
        if f.name not in raw:
            values[f.name] = default
            continue
        value, problem = _check(f.name, raw[f.name], default)
        values[f.name] = value
        if problem:
            problems.append(problem + "; using the default")
    return SettingsLoad(Settings(**values), problems)


def load_settings(folder: Path) -> SettingsLoad:
    """Read the settings file in ``folder``; a missing file gives the defaults silently.

    Anything that is not an ordinary, small file (a FIFO, a link to a device, a huge file) or that
    is nested too deeply is refused with a reason, and the defaults are used: it never blocks start-up.
    """
    path = folder / SETTINGS_FILENAME
    try:
        text = read_small_file(path, MAX_SETTINGS_BYTES).decode("utf-8")
    except FileNotFoundError:
        return SettingsLoad(Settings())
    except FileRefused as exc:
        return SettingsLoad(Settings(), [f"the settings file {path} was not read: {exc.reason}; "
                                         "using the defaults"])
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        return SettingsLoad(Settings(), [f"the settings file {path} could not be read ({reason}); "
                                         "using the defaults"])
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        return SettingsLoad(Settings(), [f"the settings file {path} is damaged (line {exc.lineno}: "
                                         f"{exc.msg}); using the defaults"])
    except PARSE_ERRORS:
        return SettingsLoad(Settings(), [f"the settings file {path} is nested too deeply to hold "
                                         "settings; using the defaults"])
    if not isinstance(raw, dict):
        return SettingsLoad(Settings(), [f"the settings file {path} does not hold settings; "
                                         "using the defaults"])
    return from_mapping(raw)


def save_settings(folder: Path, settings: Settings) -> Path:
    """Write atomically (a temporary file, then a rename), so a crash never leaves half a file."""
    ensure_private_dir(folder)
    path = folder / SETTINGS_FILENAME
    write_file_atomically(path, json.dumps(asdict(settings), indent=2, sort_keys=True) + "\n")
    return path
