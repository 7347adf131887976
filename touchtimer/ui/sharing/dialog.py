"""Session ▸ Share history through a folder…: choose the folder, name this laptop, share now, see how
the last exchange went, or stop sharing.

The folder is one both laptops see (Syncthing, Nextcloud, Dropbox, a network share, a USB stick);
touchtimer itself opens no network connection. What the folder holds and what happens when both
laptops change the same thing is in docs/sharing.md.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from touchtimer.core.sharing.exchange import SyncResult
from touchtimer.ui.sharing.service import SharingService
from touchtimer.ui.translation import words_text
from touchtimer.ui.widgets.flow_layout import FlowLayout
from touchtimer.ui.widgets.forms import form_layout

MAX_NAME = 80


class SharingDialog(QDialog):
    """``SharingDialog(service, set_folder, device_name, set_device_name, parent)``.

    ``set_folder(path | None)`` keeps the chosen folder in the settings (``None``: sharing off) and
    starts or stops the service; ``device_name`` is this laptop's name now and ``set_device_name``
    keeps a new one.
    """

    def __init__(self, service: SharingService, set_folder: Callable[[Path | None], None],
                 device_name: str, set_device_name: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._set_folder = set_folder
        self._set_name = set_device_name
        self.setObjectName("sharingDialog")
        self.setWindowTitle(self.tr("Share history through a folder"))
        self.setMinimumWidth(560)
        self.resize(680, 480)
        intro = QLabel(self.tr(
            "Keep one history on two laptops, one for each parent, say. Choose a folder both laptops see: "
            "one kept in step by Syncthing, Nextcloud or Dropbox, a network share, or a USB stick carried "
            "between them. touchtimer writes only its own files there and opens no network connection."))
        intro.setWordWrap(True)

        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("shareFolder")
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(self.tr("Not shared: no folder chosen"))
        self.folder_edit.setAccessibleName(self.tr("Shared folder"))
        self.choose_button = QPushButton(self.tr("&Choose folder…"))
        self.choose_button.setToolTip(self.tr("Choose the folder both laptops see"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.choose_button.setAutoDefault(False)
        self.stop_button = QPushButton(self.tr("S&top sharing"))
        self.stop_button.setToolTip(self.tr("This laptop stops sharing; its history stays as it is"))
        self.stop_button.clicked.connect(self.stop_sharing)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)

        self.name_edit = QLineEdit(device_name)
        self.name_edit.setObjectName("deviceName")
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setAccessibleName(self.tr("This laptop's name"))
        self.name_edit.setToolTip(self.tr("How the other laptop names this one, for example Dad's laptop"))
        self.name_edit.editingFinished.connect(self._name_edited)

        self.share_button = QPushButton(self.tr("&Share now"))
        self.share_button.setObjectName("shareNow")
        self.share_button.setToolTip(self.tr("Exchange with the folder now (it also happens by itself)"))
        self.share_button.clicked.connect(self.share_now)
        self.result_label = QLabel()
        self.result_label.setObjectName("shareResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setAccessibleName(self.tr("How the last exchange went"))
        self.notices_label = QLabel()
        self.notices_label.setObjectName("shareNotices")
        self.notices_label.setWordWrap(True)
        self.notices_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notices_label.setProperty("role", "muted")
        self.when_label = QLabel(self.tr(
            "touchtimer shares by itself when it starts, after each saved session and when the folder "
            "changes. A session still running is shared once it is saved."))
        self.when_label.setWordWrap(True)
        self.when_label.setProperty("role", "muted")

        form = form_layout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("This laptop's &name"), self.name_edit)
        share_row = FlowLayout(spacing=8)       # one button under the other where both do not fit
        share_row.addWidget(self.share_button)
        share_row.addWidget(self.stop_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(share_row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.notices_label)
        layout.addWidget(self.when_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.notices: list[str] = []
        service.finished.connect(self._show_result)
        service.told.connect(self._told)
        self._show_folder()
        self._show_result(service.status.last)

    # -- showing ---------------------------------------------------------------------------------

    def _show_folder(self) -> None:
        folder = self.service.folder
        self.folder_edit.setText(str(folder) if folder is not None else "")
        on = folder is not None
        self.share_button.setEnabled(on)
        self.stop_button.setEnabled(on)
        self.name_edit.setEnabled(True)
        if not on:
            self.result_label.setText(self.tr("Sharing is off. This laptop's history stays on this laptop."))

    def _show_result(self, result: SyncResult | None) -> None:
        if self.service.folder is None:
            return
        if result is None:
            self.result_label.setText(self.tr("Not shared yet since touchtimer started."))
            return
        at = self.service.last_at
        when = at.strftime("%H:%M") if at is not None else ""
        if result.ok:
            self.result_label.setText(self.tr("Last shared at {0}: {1}.").format(
                when, words_text(result.describe())))
        else:
            problem = words_text(result.problem)
            problem = problem[:1].upper() + problem[1:]
            self.result_label.setText(self.tr("Not shared at {0}: {1}.").format(when, problem))

    def _told(self, sentence: str) -> None:
        sentence = words_text(sentence)
        if sentence not in self.notices:
            self.notices.append(sentence)
        self.notices_label.setText("\n".join(self.notices[-5:]))

    # -- doing -----------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        start = str(self.service.folder or Path.home())
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder both laptops see"), start)
        if name:
            self.use_folder(Path(name))

    def use_folder(self, folder: Path) -> None:
        self._set_folder(folder)
        self._show_folder()
        self.result_label.setText(self.tr("Sharing…"))

    def stop_sharing(self) -> None:
        self._set_folder(None)
        self._show_folder()

    def share_now(self) -> None:
        if self.service.sync_now():
            self.result_label.setText(self.tr("Sharing…"))
        elif self.service.folder is not None:
            self.result_label.setText(self.tr("Sharing waits until the session on screen is saved."))

    def _name_edited(self) -> None:
        self._set_name(self.name_edit.text())
