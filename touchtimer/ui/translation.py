"""The window's language: chosen once at start-up, before any widget is made.

:func:`install` picks the language (the ``language`` setting, else the system's preferred languages,
``QLocale.system().uiLanguages()``; ``LANG=C`` and a language touchtimer lacks give English) and
installs two translators on the application: Qt's own (``qtbase_<lang>.qm`` from Qt's translations
folder: the standard buttons and dialogs) and touchtimer's (``touchtimer/translations/touchtimer_<lang>
.qm``). Dates, times and numbers then follow ``QLocale()``: the system's locale when it speaks the chosen
language, else the chosen language's usual one.

A change of the setting takes effect at the next start (Settings says so): every page is built once,
and re-translating them all in place is not worth the risk of a half-translated screen mid-session.
Routines are read in the same language (:func:`language`), and the voice speaks it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from touchtimer.core.i18n import SOURCE_LANGUAGE, choose_language

_current = {"language": SOURCE_LANGUAGE}
_installed: list[QTranslator] = []


def language() -> str:
    """The language the window speaks (``"en"`` until :func:`install` chose another)."""
    return _current["language"]


def system_languages() -> list[str]:
    return list(QLocale.system().uiLanguages())


def install(setting: str = "system", preferred: Sequence[str] | None = None) -> str:
    """Choose the language and install its translators on the running application; returns its code.

    Calling it again replaces the translators (tests switch languages). A translation that is
    missing or cannot be read leaves that part in English; nothing here can stop start-up.
    """
    app = QCoreApplication.instance()
    code = choose_language(setting, system_languages() if preferred is None else preferred)
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _current["language"] = code
    system = QLocale.system()
    keep = (QLocale(code).language() == system.language()
            or (code == SOURCE_LANGUAGE and system.language() == QLocale.Language.C))
    QLocale.setDefault(system if keep else QLocale(code))
    if code == SOURCE_LANGUAGE or app is None:
        return code
    from touchtimer.resources import translation_file

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{code}", qt_folder)]
    own = translation_file(code)
    if own is not None:
        candidates.append((own.name, str(own.parent)))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return code


def words_text(text: str) -> str:
    """A sentence of the core in the window's language: a :class:`~touchtimer.core.i18n.Words` is
    translated under its context, its fields filled with their own translations (a
    :class:`~touchtimer.core.i18n.Length` in the window's duration words); any other text is shown as
    it is. A text the translation lacks stays English."""
    from touchtimer.core.i18n import resolve

    def one(context: str, template: str, n: int) -> str:
        return QCoreApplication.translate(context, template, None, n)

    def length(seconds: float) -> str:
        from touchtimer.ui.widgets.texts import minutes_text

        return minutes_text(seconds)

    return resolve(text, one, length)
