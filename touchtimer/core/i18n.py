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

import re
from collections.abc import Callable, Iterable, Mapping

#: The language the program's own words (and the built-in routines' own text) are written in.
SOURCE_LANGUAGE = "en"
#: Every language touchtimer ships, with its name in that language (as Settings lists it).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "de": "Deutsch"}
#: The values of the ``language`` setting: "system" follows the desktop.
LANGUAGE_CHOICES: tuple[str, ...] = ("system", *LANGUAGES)


class Words(str):
    """A sentence of the core for a person: its value is the English, so logs, tests and every
    consumer that wants a ``str`` go on working; it also carries what a translation needs.

    ``context`` and ``template`` are the marked source text (what ``lupdate`` put in the ``.ts``
    files), ``args`` the values for its ``{name}`` fields (a value that is itself ``Words`` is
    translated too; a :class:`Length` is put in the translated duration words) and ``n`` the count of
    a ``%n`` plural text (-1: none). The window shows one with ``ui.translation.words_text``, the
    command line with ``cli.words.words_text``.
    """

    context: str
    template: str
    args: Mapping[str, object]
    n: int

    def __new__(cls, context: str, template: str, args: Mapping[str, object] | None = None,
                n: int = -1) -> Words:
        values = dict(args or {})
        english = english_plural(template, n) if n >= 0 else template
        made = super().__new__(cls, english.format(**values) if values else english)
        made.context, made.template, made.args, made.n = context, template, values, n
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (Words, (self.context, self.template, dict(self.args), self.n))


class Sentence(Words):
    """A clause made a sentence in every language: its first letter upper case and a full stop after it
    ("the folder is not there" -> "The folder is not there."). The clause is translated as it is."""

    def __new__(cls, clause: str) -> Sentence:
        english = str(clause)
        made = str.__new__(cls, english[:1].upper() + english[1:] + ".")
        made.context, made.template, made.args, made.n = "", "{clause}.", {"clause": clause}, -1
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (Sentence, (self.args["clause"],))


class Length(str):
    """A length of time as a field of :class:`Words`: English value by the one rule
    (:func:`touchtimer.core.durations.length_words`), shown in the window's or the command line's
    translated duration words."""

    seconds: float

    def __new__(cls, seconds: float) -> Length:
        from touchtimer.core.durations import length_words

        made = super().__new__(cls, length_words(seconds))
        made.seconds = seconds
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (Length, (self.seconds,))


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: None = None, plural: int = -1) -> Words:
    """Mark ``text`` for translation under ``context`` (the name ``lupdate`` looks for) and give it back,
    its value unchanged, as :class:`Words`.

    A text with plural forms is marked ``QT_TRANSLATE_NOOP(c, "%n session(s)", None, 0)``: lupdate marks
    it as such only when the fourth argument is a literal number, so the count itself is given to
    :func:`words` (``words(marked, count)``)."""
    return Words(context, text, n=plural)


def words(marked: Words, count: int = -1, /, **args: object) -> Words:
    """A sentence from a marked template, the count of a plural text and the values of its fields:
    ``words(QT_TRANSLATE_NOOP("Storage", "{path} is full"), path=p)``. The template must come straight
    from :func:`QT_TRANSLATE_NOOP` with literal text, so that ``lupdate`` finds it (a test checks)."""
    if not isinstance(marked, Words) or marked.args:
        raise TypeError("words() takes a template marked with QT_TRANSLATE_NOOP")
    if (marked.n >= 0) != (count >= 0):
        raise TypeError("a plural text (marked with a fourth argument) needs its count, and only it")
    return Words(marked.context, marked.template, args, count)


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
    ``.ts`` file (Qt's ``%n`` numerus forms); an English word that does not just add "s" is written
    ``"%n (baby|babies)"``. English needs no translation file of its own: the
    window and the command line use this when a text has no translation.
    """
    text = _CHOICE.sub(lambda m: m.group(1) if n == 1 else m.group(2), text)
    return text.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))


#: An English plural that is not "+s": ``"%n (baby|babies)"`` (the core's own texts only).
_CHOICE = re.compile(r"\(([^()|]*)\|([^()|]*)\)")


def resolve(text: str, translate: Callable[[str, str, int], str], length: Callable[[float], str]) -> str:
    """``text`` put into another language: for :class:`Words`, ``translate(context, template, n)``
    (which gives the template back, or "", where it has no translation) filled with its fields, each
    resolved the same way; a :class:`Length` through ``length(seconds)``; any other ``str`` as it is.
    The window and the command line each pass their own translator."""
    if isinstance(text, Length):
        return length(text.seconds)
    if isinstance(text, Sentence):
        inner = text.args["clause"]
        clause = resolve(inner if isinstance(inner, str) else str(inner), translate, length)
        return clause[:1].upper() + clause[1:] + "."
    if not isinstance(text, Words):
        return str(text)
    translated = translate(text.context, text.template, text.n)
    if not translated or translated in (text.template, text.template.replace("%n", str(text.n))):
        translated = english_plural(text.template, text.n) if text.n >= 0 else text.template
    elif text.n >= 0:
        translated = translated.replace("%n", str(text.n))
    args = {key: resolve(value, translate, length) if isinstance(value, str) else value
            for key, value in text.args.items()}
    return translated.format(**args) if args else translated


def sentences(*parts: str) -> str:
    """Sentences one after another, each kept as it is (a :class:`Words` stays translatable): the
    window and the command line put each in their language and join them with a space."""
    kept = [p for p in parts if p]
    if len(kept) <= 1:
        return kept[0] if kept else ""
    joined = kept[0]
    for part in kept[1:]:
        joined = words(QT_TRANSLATE_NOOP("Words", "{first} {then}"), first=joined, then=part)
    return joined
