"""Choosing the language without Qt: the setting, the system's list, LANG=C and unknown languages."""

from __future__ import annotations

import pytest

from touchtimer.core.i18n import (
    QT_TR_NOOP,
    QT_TRANSLATE_NOOP,
    choose_language,
    english_plural,
    environment_languages,
    primary,
)


@pytest.mark.parametrize(("tag", "code"), [
    ("de_DE.UTF-8", "de"), ("es-419", "es"), ("de-Latn-DE", "de"), ("en_GB@euro", "en"), ("C", ""),
    ("POSIX", ""), ("C.UTF-8", ""), ("", ""),
])
def test_primary_language_of_a_tag(tag: str, code: str) -> None:
    assert primary(tag) == code


@pytest.mark.parametrize(("setting", "system", "chosen"), [
    ("system", ["de-Latn-DE", "de-DE", "de"], "de"),
    ("system", ["es-ES"], "es"),
    ("system", ["C"], "en"),                          # LANG=C
    ("system", ["fr-FR", "es-ES"], "es"),             # the first language touchtimer has
    ("system", ["fr-FR", "it-IT"], "en"),             # none of them: English
    ("system", ["en-GB", "de-DE"], "en"),             # English named first wins over German later
    ("system", [], "en"),
    ("de", ["es-ES"], "de"),                          # the setting wins over the system
    ("en", ["de-DE"], "en"),
])
def test_choose_language(setting: str, system: list[str], chosen: str) -> None:
    assert choose_language(setting, system) == chosen


@pytest.mark.parametrize(("environ", "languages"), [
    ({"LANG": "de_DE.UTF-8"}, ["de_DE.UTF-8"]),
    ({"LANG": "C"}, ["C"]),
    ({}, ["C"]),
    ({"LANG": "en_US.UTF-8", "LC_ALL": "es_ES.UTF-8"}, ["es_ES.UTF-8"]),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "de_DE.UTF-8"}, ["de_DE.UTF-8"]),
    ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:de"}, ["fr", "de", "fr_FR.UTF-8"]),
    ({"LANG": "C", "LANGUAGE": "de"}, ["C"]),         # as gettext: LANGUAGE is ignored under C
])
def test_the_environment_as_a_command_line_program_reads_it(environ: dict[str, str],
                                                           languages: list[str]) -> None:
    assert environment_languages(environ) == languages


def test_the_markers_give_the_text_back_unchanged() -> None:
    assert QT_TRANSLATE_NOOP("Safety", "Emergency") == "Emergency"
    assert QT_TR_NOOP("Close") == "Close"


def test_english_plural_forms() -> None:
    assert english_plural("%n stage(s)", 1) == "1 stage"
    assert english_plural("%n stage(s)", 0) == "0 stages"
    assert english_plural("%n stage(s)", 3) == "3 stages"
