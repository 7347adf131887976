"""How the window is joined to sharing and to the People dialog (called from ``app.wire_window``).

:func:`attach_sharing` makes the window's :class:`~touchtimer.ui.sharing.service.SharingService`
(``window.sharing``): it exchanges at start, after each saved session and when the shared folder
changes; what it has to say goes to the status bar, once. Session ▸ "Share history through a folder…"
opens its dialog (so does a button in the settings dialog).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from touchtimer.ui.translation import words_text

if TYPE_CHECKING:
    from touchtimer.ui.main_window import MainWindow
    from touchtimer.ui.sharing.dialog import SharingDialog
    from touchtimer.ui.sharing.service import SharingService


def add_people_entry(window: MainWindow) -> Any:
    """Go ▸ People… (also the pre-session page's "Add people…")."""
    from touchtimer.ui.babies.people_dialog import PeopleDialog

    def make(parent: Any) -> PeopleDialog:
        assert window.store is not None
        return PeopleDialog(window.store, parent)

    action = window.add_dialog(
        "people",
        QCoreApplication.translate("App", "&People…"),
        make,
        QCoreApplication.translate(
            "App", "The people who hold or massage baby, to record who did each session"
        ),
    )
    window.presession.people_requested.connect(lambda: window.registry.trigger("go.people"))
    return action


def share_folder(window: MainWindow) -> Path | None:
    chosen = window.settings.share_folder
    return Path(chosen).expanduser() if chosen else None


def attach_sharing(window: MainWindow) -> SharingService:
    """Make ``window.sharing`` and its menu entry, and exchange once now if a folder is chosen."""
    from touchtimer.ui.sharing.service import SharingService

    service = SharingService(
        lambda: window.store,
        lambda: share_folder(window),
        lambda: window.routines_dir,
        busy=lambda: window.session_on_screen,
        now=window.clock.wall,
        parent=window,
    )
    window.sharing = service
    window.session_saved.connect(lambda _record: service.session_over())
    window.session_discarded.connect(lambda _result: service.resume_held())

    def tell(sentence: str) -> None:
        print(f"touchtimer: sharing: {sentence}", file=sys.stderr)
        window.statusBar().showMessage(words_text(sentence), 30000)

    service.told.connect(tell)
    window.add_app_dialog(
        "sharing",
        QCoreApplication.translate("App", "S&hare history through a folder…"),
        lambda parent: sharing_dialog(window, parent),
        QCoreApplication.translate("App", "Keep one history on two laptops through a folder both see"),
    )
    service.start()
    return service


def sharing_dialog(window: MainWindow, parent: Any) -> SharingDialog:
    from touchtimer.core.sharing.exchange import default_device_name, set_device_name
    from touchtimer.core.storage.stamps import DEVICE_NAME_KEY
    from touchtimer.ui.sharing.dialog import SharingDialog

    service = window.sharing
    assert service is not None

    def set_folder(folder: Path | None) -> None:
        window.settings.share_folder = str(folder) if folder is not None else ""
        window.persist_settings()
        if folder is None:
            service.stop()
        else:
            service.start()

    def set_name(name: str) -> None:
        if window.writer is not None:
            window.writer.submit(lambda store: set_device_name(store, name))

    store = window.store
    name = ((store.local.meta(DEVICE_NAME_KEY) if store is not None else None)
            or words_text(default_device_name()))
    return SharingDialog(service, set_folder, name, set_name, parent)


def open_sharing_dialog(window: MainWindow, parent: Any) -> SharingDialog:
    """The sharing dialog over ``parent`` (the settings dialog), freed when closed."""

    dialog = sharing_dialog(window, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def sharing_row(window: MainWindow, parent: Any) -> Any:
    """For the settings dialog: whether the history is shared, and a button to its dialog."""
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    row = QWidget()
    row.setObjectName("sharingRow")
    layout = QVBoxLayout(row)       # the words above the button: both fit the largest text size
    layout.setContentsMargins(0, 4, 0, 0)
    label = QLabel()
    label.setWordWrap(True)
    label.setProperty("role", "muted")
    button = QPushButton(QCoreApplication.translate("App", "Share history through a &folder…"))
    button.setObjectName("openSharing")
    button.setAutoDefault(False)
    button.setToolTip(
        QCoreApplication.translate("App", "Keep one history on two laptops through a folder both see")
    )

    def show() -> None:
        folder = share_folder(window)
        label.setText(
            QCoreApplication.translate("App", "History shared through {0}.").format(folder)
            if folder is not None
            else QCoreApplication.translate("App", "History kept on this laptop only.")
        )

    def open_dialog() -> None:
        open_sharing_dialog(window, parent).finished.connect(lambda _r: show())

    button.clicked.connect(open_dialog)
    layout.addWidget(label)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    show()
    return row
