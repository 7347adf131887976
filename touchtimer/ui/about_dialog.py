"""Help ▸ About touchtimer: what it is, that it is not a medical device or a treatment, its licence,
credits, which translations exist, where the data lives, and the project's address.

Every fact comes from :mod:`touchtimer.core.about` (no words of its own about the app are made up here).
The dialog is a :class:`~touchtimer.ui.widgets.text_dialog.TextDialog`: large type, scrolling if it
must, Close focused, Esc closes. "Read the licence…" shows the COPYING text where this copy has it, and
opens the licence's address otherwise.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from touchtimer.core.about import About, licence_text
from touchtimer.ui.widgets.text_dialog import TextDialog


def _t(text: str) -> str:
    return QCoreApplication.translate("About", text)


def _safety(text: str) -> str:
    return QCoreApplication.translate("Safety", text)


UrlOpener = Callable[[QUrl], object]


class AboutDialog(TextDialog):
    """About touchtimer, in the words of :func:`touchtimer.core.about.about`."""

    def __init__(self, facts: About, parent: QWidget | None = None, *,
                 open_url: UrlOpener = QDesktopServices.openUrl) -> None:
        super().__init__(QCoreApplication.translate(
            "About", "About touchtimer"), parent, object_name="aboutDialog")
        self.facts = facts
        self._open_url = open_url
        self.licence_dialog: TextDialog | None = None

        self.version = self.add_label(QCoreApplication.translate(
            "About", "touchtimer {0}").replace("{0}", facts.version), "aboutVersion",
                                      role="subheading")
        self.add_label(_t(facts.description))
        self.safety = self.add_label(f"{_t(facts.not_a_medical_device)} {_safety(facts.not_a_treatment)}",
                                     role="banner")
        self._section(QCoreApplication.translate("About", "Licence"))
        self.licence = self.add_label(
            QCoreApplication.translate(
                "About", "Free software under the {0} ({1}).").replace("{0}", _t(facts.licence_name))
            .replace("{1}", facts.licence_id))
        self.add_label(f"{_t(facts.no_warranty)}\n{facts.copyright}", role="muted")
        self._section(QCoreApplication.translate("About", "Credits"))
        self.credits = [self.add_label(_t(line)) for line in facts.credits]
        self._section(QCoreApplication.translate("About", "Languages"))
        self.translations = self.add_label(_t(facts.translations))
        self._section(QCoreApplication.translate("About", "Where your data lives"))
        self.places = self.add_label("\n".join((
            QCoreApplication.translate("About", "Data folder: {0}").replace("{0}", str(facts.data_dir)),
            QCoreApplication.translate("About", "Database: {0}").replace("{0}", str(facts.database)),
            QCoreApplication.translate(
                "About", "Settings folder: {0}").replace("{0}", str(facts.config_dir)))))
        self.add_label(_t(facts.privacy), role="muted")
        self._section(QCoreApplication.translate("About", "Project"))
        self.project = self._link(facts.project_url, QCoreApplication.translate(
            "About", "The project's page"))
        self.bugs = self._link(facts.bug_url, QCoreApplication.translate(
            "About", "Report a problem or suggest a change"))
        self.body_layout.addStretch(1)

        self.licence_button = QPushButton(QCoreApplication.translate("About", "Read the &licence…"))
        self.licence_button.setObjectName("licenceButton")
        self.licence_button.setAccessibleName(QCoreApplication.translate("About", "Read the licence"))
        self.licence_button.setToolTip(QCoreApplication.translate(
            "About", "The full text of the GNU General Public License"))
        self.licence_button.setAutoDefault(False)
        self.licence_button.clicked.connect(self.show_licence)
        self.button_row.insertWidget(0, self.licence_button)
        self.close_button.setDefault(True)

    def _section(self, title: str) -> QLabel:
        return self.add_label(title, "aboutSection", role="subheading")

    def _link(self, url: str, what: str) -> QLabel:
        """A link that Tab reaches and Enter opens, its address written out in full."""
        label = self.add_label(f"{what}: {url}")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(f'{what}: <a href="{url}">{url}</a>')
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(lambda href: self._open_url(QUrl(href)))
        label.setAccessibleName(f"{what}: {url}")
        return label

    def show_licence(self) -> None:
        """The licence's full text in its own scrolling dialog, or its address in the browser."""
        text = licence_text()
        if text is None:
            self._open_url(QUrl(self.facts.licence_url))
            return
        dialog = TextDialog(QCoreApplication.translate(
            "About", "The licence: {0}").replace("{0}", self.facts.licence_id), self,
                            object_name="licenceDialog")
        body = dialog.add_label(text, "licenceText")
        body.setAccessibleName(QCoreApplication.translate("About", "The full text of the licence"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._forget_licence())
        self.licence_dialog = dialog
        dialog.open()

    def _forget_licence(self) -> None:
        self.licence_dialog = None

    def text(self) -> str:
        """Every paragraph as a screen reader reads it (a link as its words and address, no markup)."""
        parts = [self.heading.text()]
        for i in range(self.body_layout.count()):
            item = self.body_layout.itemAt(i)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and not label.isHidden():
                rich = label.textFormat() is Qt.TextFormat.RichText
                parts.append(label.accessibleName() if rich else label.text())
        return "\n".join(parts)
