"""Every keyboard shortcut of the window's actions is in the README's and docs/window.md's key tables,
so a key added to the registry (quiet mode's Q, say) is never one a parent cannot find."""

from __future__ import annotations

import re
from typing import Any

from tests.helpers import REPO_ROOT

SINGLE_KEYS = re.compile(r"^\| ([^|]+) \|", re.MULTILINE)


def listed(path: str) -> set[str]:
    """The keys in the first column of the file's tables: "Right or N" is Right and N."""
    cells = SINGLE_KEYS.findall((REPO_ROOT / path).read_text(encoding="utf-8"))
    return {token.strip() for cell in cells for token in re.split(r"\s+or\s+|\s*/\s*|,\s*", cell)}


def test_every_plain_key_is_in_the_readme_and_the_window_guide(env: Any) -> None:
    registry = env.window.registry
    # The keys pressed on their own (no Ctrl or Alt): the ones a parent with a baby on the chest uses.
    plain = {key for name in registry for key in registry.shortcut_text(name).split(", ")
             if re.fullmatch(r"[A-Z]|Space|Esc|Left|Right|Enter|\+|=", key)}
    assert {"Space", "H", "Q", "N", "C"} <= plain
    for path in ("README.md", "docs/window.md"):
        missing = sorted(plain - listed(path))
        assert missing == [], f"{path} does not list {missing}"


def test_q_turns_quiet_mode_on_and_off_and_the_cues_follow(make_app: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.helpers.window import start_skin

    app = make_app()
    w = app.window
    start_skin(app.env)
    QTest.keyClick(w, Qt.Key.Key_Q)
    assert w.settings.quiet_mode and app.env.saved_settings[-1].quiet_mode
    assert app.wiring.cues.planner.settings.quiet_mode
    assert "Q" in [keys for _label, keys, _tip in w.registry.rows()]        # F1 lists it
    QTest.keyClick(w, Qt.Key.Key_Q)
    assert not w.settings.quiet_mode and not app.wiring.cues.planner.settings.quiet_mode
    w.controller.runner.end()
    w.discard_session()
