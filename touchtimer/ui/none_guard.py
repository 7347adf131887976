"""A guard against a PySide6 6.12 defect on Python 3.11: void Qt methods return ``None`` without
taking a reference to it, so every call (``QLabel.setText``, ``QFont.setBold``, ``QPainter.save``…)
lowers ``None``'s reference count by one. After a few thousand calls Python aborts with
"Fatal Python error: none_dealloc". Python 3.12 made ``None`` immortal, so it is safe there.

:func:`protect_none` gives ``None`` a very large reference count once, which makes it effectively
immortal on 3.11 as well. It does nothing on 3.12 and later, and it is safe to call repeatedly.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40        # far more void calls than any session will ever make
_done = False


def protect_none() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        _done = True
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))   # ob_refcnt is the first field of PyObject
    refcount.value += _HEADROOM
    _done = True
