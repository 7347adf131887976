"""The command line's words in the parent's language, without Qt at start-up.

``translate(context, text)`` reads the language from the environment (``LC_ALL``, ``LC_MESSAGES``,
``LANG``, ``LANGUAGE``; :func:`touchtimer.core.i18n.environment_languages`). In English, the usual case
and always under ``LANG=C``, it gives ``text`` back and imports nothing, so ``touchtimer --version`` and
``--help`` stay as fast as before. For another language it loads QtCore's ``QTranslator`` with the
package's ``.qm`` file the first time it is needed (about 30 ms, once) and asks it; a text the file does
not have, or a translator that cannot load, gives the English.

The window does not use this: it installs its translators on the application (``ui/translation.py``).
The ``language`` setting is the window's; the command line follows the environment, as command-line
programs do.
"""

from __future__ import annotations

import os
from typing import Any

from touchtimer.core.i18n import SOURCE_LANGUAGE, choose_language, english_plural, environment_languages

_state: dict[str, Any] = {}


def language() -> str:
    """The language the command line speaks: the environment's, if touchtimer has it, else English."""
    if "language" not in _state:
        _state["language"] = choose_language("system", environment_languages(os.environ))
    return str(_state["language"])


def _translator() -> Any:
    if "translator" not in _state:
        _state["translator"] = None
        from touchtimer.resources import translation_file

        path = translation_file(language())
        if path is not None:
            from PySide6.QtCore import QTranslator

            translator = QTranslator()
            if translator.load(str(path)):
                _state["translator"] = translator
    return _state["translator"]


def translate(context: str, text: str, n: int = -1) -> str:
    """``text`` in the command line's language; with ``n``, the plural form for ``n`` with ``%n`` replaced
    (English forms are written ``"%n stage(s)"``: :func:`~touchtimer.core.i18n.english_plural`)."""
    translated = ""
    if language() != SOURCE_LANGUAGE:
        translator = _translator()
        translated = translator.translate(context, text, None, n) if translator is not None else ""
    if not translated:
        return english_plural(text, n) if n >= 0 else text
    return translated.replace("%n", str(n)) if n >= 0 else translated


def reset() -> None:
    """Forget the language and the translator (tests change the environment)."""
    _state.clear()


def words_text(text: str) -> str:
    """A sentence of the core (:class:`~touchtimer.core.i18n.Words`) in the command line's language,
    its fields translated too and a length in the translated duration words; other text as it is.
    In English it is the text's own value, with no translator loaded."""
    from touchtimer.core.i18n import Words

    if language() == SOURCE_LANGUAGE or not isinstance(text, Words):
        return str(text)
    from touchtimer.core.durations import length_words
    from touchtimer.core.i18n import resolve

    def one(context: str, template: str, n: int) -> str:
        translator = _translator()
        return translator.translate(context, template, None, n) if translator is not None else ""

    return resolve(text, one, lambda seconds: length_words(seconds, lambda t: translate("Texts", t)))
