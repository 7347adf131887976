"""Core sentences (``Words``): English as their value, with what a translation needs; every template is
marked so that lupdate finds it, and every one it found is in the translation files."""

from __future__ import annotations

import ast
import copy
import pickle
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, Length, resolve, sentences, words

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "touchtimer"


def test_words_keep_their_english_value_and_carry_template_and_fields() -> None:
    inner = words(QT_TRANSLATE_NOOP("Storage", "%n session(s)", None, 0), 3)
    made = words(QT_TRANSLATE_NOOP("Storage", "{count} from {name}"), count=inner, name="a.db")
    assert made == "3 sessions from a.db" and isinstance(made, str)
    assert (made.context, made.template, made.n) == ("Storage", "{count} from {name}", -1)
    assert made.args == {"count": inner, "name": "a.db"}
    assert (inner.template, inner.n, str(inner)) == ("%n session(s)", 3, "3 sessions")
    assert str(words(QT_TRANSLATE_NOOP("Import", "%n (baby|babies)", None, 0), 1)) == "1 baby"
    assert str(words(QT_TRANSLATE_NOOP("Import", "%n (baby|babies)", None, 0), 2)) == "2 babies"
    for again in (pickle.loads(pickle.dumps(made)), copy.deepcopy(made)):
        assert again == made and again.template == made.template and again.args == made.args


def test_a_length_field_is_the_one_duration_wording() -> None:
    made = words(QT_TRANSLATE_NOOP("Storage", "after {length}"), length=Length(570))
    assert made == "after 9 min 30 s"
    seen = resolve(made, lambda c, t, n: t.replace("after", "nach"), lambda s: f"<{s:g}>")
    assert seen == "nach <570>"


def test_resolve_translates_each_part_and_falls_back_to_english() -> None:
    german = {"{first} {then}": "{first} {then}", "Saved.": "Gespeichert.", "%n file(s)": "%n Dateien"}
    joined = sentences(QT_TRANSLATE_NOOP("T", "Saved."),
                       words(QT_TRANSLATE_NOOP("T", "%n file(s)", None, 0), 4),
                       QT_TRANSLATE_NOOP("T", "Not translated."))
    assert joined == "Saved. 4 files Not translated."
    seen = resolve(joined, lambda c, t, n: german.get(t, ""), str)
    assert seen == "Gespeichert. 4 Dateien Not translated."
    assert resolve("plain text", lambda c, t, n: "x", str) == "plain text"


def test_words_take_only_a_marked_template_and_a_count_only_for_plurals() -> None:
    with pytest.raises(TypeError):
        words("not marked {x}", x=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        words(QT_TRANSLATE_NOOP("T", "%n x(s)", None, 0))
    with pytest.raises(TypeError):
        words(QT_TRANSLATE_NOOP("T", "{x}"), 2, x=1)


def _calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name) and node.func.id == name]


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def marked_texts() -> set[tuple[str, str]]:
    """Every (context, text) marked with QT_TRANSLATE_NOOP in the package; fails on any marker whose
    context or text is not literal, on a plural marker whose count is not a literal number (lupdate
    then does not see the plural forms), and on a ``words(...)`` that is not given a marker."""
    found: set[tuple[str, str]] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "i18n.py" and path.parent.name == "core":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(ROOT)
        for call in _calls(tree, "QT_TRANSLATE_NOOP"):
            context, text = (_literal(a) for a in call.args[:2])
            assert context is not None and text is not None, f"{where}:{call.lineno}: not literal"
            if len(call.args) == 4:
                count = call.args[3]
                assert isinstance(count, ast.Constant) and isinstance(count.value, int), \
                    f"{where}:{call.lineno}: a plural marker's fourth argument must be a literal number"
            found.add((context, text))
        bad = unmarked_words(tree)
        assert not bad, f"{where}:{bad}: words() given a text that is not a marker"
    return found


def unmarked_words(tree: ast.AST) -> list[int]:
    """Lines of ``words(...)`` calls given a text built in place (a literal, an f-string, ``.format``,
    ``+``) instead of a ``QT_TRANSLATE_NOOP`` marker or a name holding one (``words`` itself refuses,
    at run time, any text that is not a marker)."""
    bad = []
    for call in _calls(tree, "words"):
        first = call.args[0] if call.args else None
        marker = isinstance(first, ast.Call) and isinstance(first.func, ast.Name) \
            and first.func.id == "QT_TRANSLATE_NOOP"
        if not (marker or isinstance(first, ast.Name | ast.Subscript | ast.Attribute)):
            bad.append(call.lineno)
    return bad


@pytest.mark.parametrize("code", ["es", "de"])
def test_lupdate_found_every_marked_text(code: str) -> None:
    root = ET.parse(ROOT / "translations" / f"touchtimer_{code}.ts").getroot()
    sources = {(context.findtext("name") or "", message.findtext("source") or "")
               for context in root.iter("context") for message in context.iter("message")}
    missing = marked_texts() - sources
    assert not missing, f"not in touchtimer_{code}.ts (run scripts/update_translations.py): {sorted(missing)}"


def test_the_scan_refuses_a_template_built_in_place() -> None:
    tree = ast.parse("a = words(f'x {y}')\nb = words('x {a}', a=1)\nc = words('x'.upper())\n"
                     "d = words(QT_TRANSLATE_NOOP('C', 'x {a}'), a=1)\ne = words(MARKED['k'], a=1)\n")
    assert unmarked_words(tree) == [1, 2, 3]


def test_a_sentence_is_capitalised_and_closed_in_the_language_it_is_shown_in() -> None:
    from touchtimer.core.i18n import Sentence

    clause = words(QT_TRANSLATE_NOOP("T", "the folder {name} is gone"), name="stick")
    made = Sentence(clause)
    assert made == "The folder stick is gone." and made.args["clause"] is clause
    german = {"the folder {name} is gone": "der Ordner {name} ist weg"}
    seen = resolve(made, lambda c, t, n: german.get(t, ""), str)
    assert seen == "Der Ordner stick ist weg."
    again = pickle.loads(pickle.dumps(made))
    assert again == made and isinstance(again, Sentence)
