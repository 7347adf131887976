"""Languages, without Qt: which languages touchtimer speaks, which one to use, and the markers that let
Qt's ``lupdate`` find the core's words.

The core never translates. It writes its words in English and marks the ones a parent sees with
:func:`QT_TRANSLATE_NOOP` (``lupdate`` reads the marker and puts the text in the ``.ts`` files under
that context); the window shows them through ``QCoreApplication.translate(context, text)`` with the
same context, and the command line through its own lazily loaded translator (``touchtimer.cli.words``).

The language follows the system (the ordered list of languages the desktop prefers), unless the parent
chose one in Settings. ``LANG=C``, ``POSIX`` and any language touchtimer does not have give English.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

#: The language the program's own words (and the built-in routines' own text) are written in.
SOURCE_LANGUAGE = "en"
#: Every language touchtimer ships, with its name in that language (as Settings lists it).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "de": "Deutsch"}
#: The values of the ``language`` setting: "system" follows the desktop.
LANGUAGE_CHOICES: tuple[str, ...] = ("system", *LANGUAGES)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation under ``context`` and give it back unchanged."""
    return text


def QT_TR_NOOP(text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation in the enclosing class's context and give it back unchanged."""
    return text


def primary(tag: str) -> str:
    """The language part of a locale name or language tag, lower case: ``de_DE.UTF-8`` -> ``de``,
    ``es-419`` -> ``es``, ``C`` and ``POSIX`` -> ``""``."""
    tag = tag.strip().split(".")[0].split("@")[0]
    code = tag.replace("_", "-").split("-")[0].lower()
    return "" if code in ("c", "posix") else code


def choose_language(setting: str, preferred: Iterable[str]) -> str:
    """The language to use: the one chosen in Settings, else the first of the system's ``preferred``
    languages that touchtimer has, else English. A language touchtimer lacks further down the list
    never wins over English named before it."""
    if setting in LANGUAGES:
        return setting
    for tag in preferred:
        code = primary(tag)
        if code in LANGUAGES:
            return code
        if code == "":          # C / POSIX: no language at all, so English
            return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def environment_languages(environ: Mapping[str, str]) -> list[str]:
    """The languages the environment asks for, in order, as a program without Qt reads them:
    ``LC_ALL``, then ``LC_MESSAGES``, then ``LANG`` decide the locale; GNU's ``LANGUAGE`` list comes
    first unless that locale is ``C``/``POSIX`` (as gettext does)."""
    locale = next((environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), "")
    if not locale or primary(locale) == "":
        return ["C"]
    return [tag for tag in environ.get("LANGUAGE", "").split(":") if tag] + [locale]


def english_plural(text: str, n: int) -> str:
    """An English ``%n`` text for ``n``: ``"%n stage(s)"`` -> ``"1 stage"`` or ``"3 stages"``.

    The source texts write their plurals this way and every other language has its own forms in its
    ``.ts`` file (Qt's ``%n`` numerus forms), so English needs no translation file of its own: the
    window and the command line use this when a text has no translation.
    """
    return text.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))
