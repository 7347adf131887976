"""UI test set-up: a window with a fake clock, a fake scheduler and a store in tmp_path.

(The dangling-timer check and the palette/motion guard live in ``tests/conftest.py``: they apply to
every test that uses Qt, in this folder or not.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtWidgets import QApplication

from tests.helpers.whole_app import App, wire_app
from tests.helpers.window import Env, make_routines, settle
from touchtimer.core.clock import FakeClock, FakeScheduler
from touchtimer.core.routines.files import LoadResult
from touchtimer.core.settings import Settings
from touchtimer.core.storage.store import Store, open_store
from touchtimer.ui.main_window import MainWindow
from touchtimer.ui.platform.voice import Voice


@pytest.fixture
def routines() -> LoadResult:
    return make_routines()


@pytest.fixture
def make_env(qtbot: Any, tmp_path: Path) -> Iterator[Callable[..., Env]]:
    stores: list[Store] = []
    windows: list[MainWindow] = []

    def make(settings: Settings | None = None, routines: LoadResult | None = None,
             start: str | None = None, **window_args: Any) -> Env:
        clock = FakeClock()
        scheduler = FakeScheduler(clock)
        schedulers = [scheduler]

        def scheduler_for(_parent: object) -> FakeScheduler:
            # The session's due timer gets ``scheduler``; any later one (the summary's) its own.
            if len(schedulers) == 1 and not made:
                made.append(scheduler)
                return scheduler
            schedulers.append(FakeScheduler(clock))
            return schedulers[-1]

        made: list[FakeScheduler] = []
        store = open_store(tmp_path / f"store{len(stores)}.sqlite3")
        stores.append(store)
        settings = settings or Settings(theme="light")
        saved: list[Settings] = []
        window = MainWindow(store, routines or make_routines(), settings, clock, scheduler_for,
                            save_settings=lambda s: saved.append(Settings(**vars(s))), **window_args)
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(1280, 800)
        window.show()
        window.activateWindow()
        QApplication.processEvents()
        if start:
            window.open_routine(start)
        return Env(window, clock, scheduler, store, settings, saved, schedulers)

    yield make
    for window in windows:
        window.close()            # (at a summary it saves first, then closes)
        settle(window)
        window.finish_writes()    # nothing written or answered after the store is closed
    for store in stores:
        store.close()


@pytest.fixture
def env(make_env: Callable[..., Env]) -> Env:
    return make_env()


@pytest.fixture
def make_app(make_env: Callable[..., Env], tmp_path: Path) -> Callable[..., App]:
    """A window wired as the app wires it (``app.wire_window``), with a mock voice and fake D-Bus and tray."""

    def make(*, problems: list[str] | None = None, voice: Voice | None = None, **env_args: Any) -> App:
        return wire_app(make_env(**env_args), tmp_path / "config", problems=problems, voice=voice)

    return make


def _language(code: str, tag: str) -> Iterator[None]:
    from touchtimer.ui import translation

    assert translation.install("system", [tag]) == code
    try:
        yield
    finally:
        translation.install("en")


@pytest.fixture
def german() -> Iterator[None]:
    """German installed as start-up installs it, and English again afterwards."""
    yield from _language("de", "de-DE")


@pytest.fixture
def spanish() -> Iterator[None]:
    """Spanish installed as start-up installs it, and English again afterwards."""
    yield from _language("es", "es-ES")
