"""What changed in the stored data, said once after every write: :class:`Changes` and its feed.

After every write the store emits one :class:`Changes` value on its :class:`ChangeFeed` (as Anki's
``OpChanges`` reach every view through ``operation_did_execute``). Each view subscribes once and
decides from the value whether it must read again; nobody wires "refresh this after that" by hand.
Settings (kept in their own file, not in the store) are announced on the same feed, so there is one
path for every change a view may show.

Subscribers are plain callables, called in the order they subscribed, on the thread that wrote
(the GUI thread in the app). This module never imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from touchtimer.core.storage.store import Store


@dataclass(frozen=True)
class Changes:
    """One write's worth of change; every flag is "may have changed", never a promise it did."""

    #: Finished sessions were added, changed (a note) or removed, or a baby link of one changed.
    sessions: bool = False
    #: Baby profiles were added, changed or removed.
    babies: bool = False
    #: A running session's crash-safety checkpoint (its ``interrupted`` row and journal row), or a
    #: journal row's recovery state. History shows finished sessions, so it ignores these.
    checkpoints: bool = False
    #: The settings file was written (theme, daily target, cues, ...).
    settings: bool = False
    #: The whole store was replaced ("delete all my data"): read everything again from :attr:`store`.
    store_replaced: bool = False
    #: The store these changes are in (after a replacement, the new one). ``None`` for settings.
    store: Store | None = field(default=None, compare=False)
    #: Who asked for the change (see :meth:`ChangeFeed.initiated_by`): a view that made a change and
    #: already shows it can skip its own echo.
    initiator: object | None = field(default=None, compare=False)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            sessions=self.sessions or other.sessions, babies=self.babies or other.babies,
            checkpoints=self.checkpoints or other.checkpoints, settings=self.settings or other.settings,
            store_replaced=self.store_replaced or other.store_replaced,
            store=other.store or self.store, initiator=other.initiator or self.initiator)

    @property
    def anything(self) -> bool:
        return (self.sessions or self.babies or self.checkpoints or self.settings
                or self.store_replaced)

    @classmethod
    def replaced_by(cls, store: Store) -> Changes:
        """Everything changed: the data now lives in ``store``."""
        return cls(sessions=True, babies=True, checkpoints=True, store_replaced=True, store=store)


Subscriber = Callable[[Changes], None]


class ChangeFeed:
    """Where :class:`Changes` are told. A store that replaces another takes over its feed
    (:meth:`~touchtimer.core.storage.store.Store.replace`), so a view subscribes once."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._initiators: list[object] = []

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback`` with every :class:`Changes` from now on; returns the way to stop."""
        self._subscribers.append(callback)
        return lambda: self.unsubscribe(callback)

    def unsubscribe(self, callback: Subscriber) -> None:
        if callback in self._subscribers:
            self._subscribers.remove(callback)

    @contextmanager
    def initiated_by(self, initiator: object) -> Iterator[None]:
        """Changes emitted inside this block name ``initiator`` (unless they name someone already)."""
        self._initiators.append(initiator)
        try:
            yield
        finally:
            self._initiators.pop()

    def emit(self, changes: Changes) -> None:
        if changes.initiator is None and self._initiators:
            changes = replace(changes, initiator=self._initiators[-1])
        for callback in list(self._subscribers):
            callback(changes)
