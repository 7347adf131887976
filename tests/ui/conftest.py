"""UI test set-up: a window with a fake clock, a fake scheduler and a store in tmp_path.

(The dangling-timer check and the palette/motion guard live in ``tests/conftest.py``: they apply to
every test that uses Qt, in this folder or not.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtWidgets import QApplication

from touchtimer.core.clock import FakeClock, FakeScheduler
from touchtimer.core.routine_files import LoadResult, parse_routine
from touchtimer.core.settings import Settings
from touchtimer.core.store import Store, open_store
from touchtimer.ui.main_window import MainWindow

MASSAGE = """
format = 1
id = "test-massage"
title = "Test massage"
kind = "massage"
summary = "Three short stages for the tests."
min_age_weeks = 0
max_age_weeks = 26
preparation = ["A warm room."]
safety = ["Light touch."]
when_not_to = ["Baby has a fever."]

[[benefits]]
text = "Parents in one trial reported a calmer bedtime."
source = "Example et al., 2020"
certainty = "low"

[cues]
engaged = ["Bright eyes"]
pause = ["Looking away"]
stop = ["Crying"]

[[stages]]
title = "Legs"
instruction = "Stroke from thigh to foot."
side = "left"
seconds = 60

[[stages.prompts]]
text = "Light as a feather."
at_seconds = 20

[[stages]]
title = "Arms"
instruction = "Shoulder to hand."
seconds = 90

[[stages.prompts]]
text = "Open the palm gently."
at_seconds = 45

[[stages]]
title = "Resting hands"
instruction = "Hands still on the tummy."
seconds = 30
"""

SKIN = """
format = 1
id = "test-skin"
title = "Test skin-to-skin"
kind = "skin_to_skin"
summary = "Settle, then rest together for as long as you like."
min_age_weeks = 0
max_age_weeks = 12
preparation = ["Sit back at about 45 degrees."]
safety = ["Face can be seen.", "Nose and mouth uncovered.", "Breathing can be seen."]
when_not_to = ["You feel very tired."]

[[stages]]
title = "Settle in"
instruction = "Baby upright on your chest."
minutes = 1

[[stages]]
title = "Rest together"
instruction = "Keep baby's face in view."
open_ended = true
target_minutes = 30

[[stages.prompts]]
text = "Check: face visible, breathing easy."
kind = "check"
every_minutes = 10
"""




def make_routines() -> LoadResult:
    return LoadResult([parse_routine(MASSAGE, file="test-massage.toml"),
                       parse_routine(SKIN, file="test-skin.toml")])


@pytest.fixture
def routines() -> LoadResult:
    return make_routines()


@dataclass
class Env:
    window: MainWindow
    clock: FakeClock
    scheduler: FakeScheduler
    store: Store
    settings: Settings
    saved_settings: list[Settings] = field(default_factory=list)

    def advance(self, seconds: float) -> None:
        """Move time on: due moments fire through the fake scheduler, then one display refresh."""
        self.scheduler.advance(seconds)
        self.window.controller.refresh()


@pytest.fixture
def make_env(qtbot: Any, tmp_path: Path) -> Iterator[Callable[..., Env]]:
    stores: list[Store] = []
    windows: list[MainWindow] = []

    def make(settings: Settings | None = None, routines: LoadResult | None = None,
             start: str | None = None, **window_args: Any) -> Env:
        clock = FakeClock()
        scheduler = FakeScheduler(clock)
        store = open_store(tmp_path / f"store{len(stores)}.sqlite3")
        stores.append(store)
        settings = settings or Settings(theme="light")
        saved: list[Settings] = []
        window = MainWindow(store, routines or make_routines(), settings, clock, lambda _parent: scheduler,
                            save_settings=lambda s: saved.append(Settings(**vars(s))), **window_args)
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(1280, 800)
        window.show()
        window.activateWindow()
        QApplication.processEvents()
        if start:
            window.open_routine(start)
        return Env(window, clock, scheduler, store, settings, saved)

    yield make
    for window in windows:
        window.close()
    for store in stores:
        store.close()


@pytest.fixture
def env(make_env: Callable[..., Env]) -> Env:
    return make_env()
