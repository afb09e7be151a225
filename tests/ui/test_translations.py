"""Translations: lupdate finds every string under the context the code looks it up in, the
Russian and Kazakh catalogues translate all of them, and counts go through Qt's plural forms.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ui import i18n
from ui.case_view import CaseView
from ui.context import AppContext

# the widgets' reads and writes are done when their call returns
pytestmark = pytest.mark.synchronous_runner

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
CATALOGUES = ROOT / "resources" / "translations"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")

# Strings the code has that no translator has seen yet. Each stays listed until its Russian
# and Kazakh are written into the .ts files; the test fails for a string missing here (a new
# untranslated string) and for one listed here that is translated (the list shrinks).
AWAITING_TRANSLATION: set[tuple[str, str]] = set()


class Message(NamedTuple):
    context: str
    source: str
    comment: str
    numerus: bool


def ui_sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "generated" not in p.parts)


def read_ts(path: Path) -> dict[Message, ET.Element]:
    """The messages of a .ts file with their <translation> element."""
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            key = Message(name, m.findtext("source") or "", m.findtext("comment") or "",
                          m.get("numerus") == "yes")
            translation = m.find("translation")
            assert translation is not None
            out[key] = translation
    return out


def finished(translation: ET.Element) -> bool:
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return all(t and t.strip() for t in texts)


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """What pyside6-lupdate finds in ui/ today, read from a fresh .ts."""
    if not LUPDATE.exists():
        pytest.fail(f"pyside6-lupdate is not next to the interpreter ({LUPDATE}); install "
                    "PySide6 (with its tools) into this virtual environment")
    ts = tmp_path_factory.mktemp("lupdate") / "found.ts"
    subprocess.run([str(LUPDATE), *map(str, ui_sources()), "-ts", str(ts)], check=True,
                   capture_output=True, timeout=120)
    messages = list(read_ts(ts))
    assert len(messages) > 400  # lupdate read the code, not an empty list of files
    return messages


def test_every_string_is_filed_under_a_context_the_code_looks_it_up_in(
        found: list[Message]) -> None:
    """"" is what a string gets from a helper like ``def tr(text): return translate(ctx,
    text)``; names with a dot are lupdate guessing from a call it misread. Every context is
    a class of ui/ (its ``self.tr``) or a literal context written at a call site."""
    in_empty = sorted(m.source for m in found if m.context == "")
    assert not in_empty, f"strings lupdate cannot place (helper or variable context): {in_empty}"
    classes: set[str] = set()
    literal: set[str] = set()
    for path in ui_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                classes.add(node.name)
            elif (isinstance(node, ast.Call) and _name(node.func) in ("translate",
                                                                       "QT_TRANSLATE_NOOP")
                  and node.args and isinstance(node.args[0], ast.Constant)):
                literal.add(str(node.args[0].value))
    unknown = {m.context for m in found} - classes - literal
    assert not unknown, f"contexts no code looks up: {sorted(unknown)}"


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def test_calls_name_their_context_where_lupdate_can_read_it() -> None:
    """No translate() with a context in a variable, no ``tr`` helper or alias, no ``x.tr()``
    on another object; ``self.tr`` only in classes ui/ never subclasses (PySide looks a
    ``self.tr`` string up under the class of ``self``, lupdate files it under the class the
    call is written in: for a subclass the two differ on PySide versions that do not try the
    base classes)."""
    problems = []
    tree_of = {path: ast.parse(path.read_text(encoding="utf-8")) for path in ui_sources()}
    bases = {_name(b) for tree in tree_of.values() for node in ast.walk(tree)
             if isinstance(node, ast.ClassDef) for b in node.bases}
    for path, tree in tree_of.items():
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name in ("tr", "_t", "_tr", "_"):
                problems.append(f"{where}:{node.lineno}: helper {node.name}()")
            if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id in ("tr", "_t", "_tr", "_")
                    for t in node.targets):
                problems.append(f"{where}:{node.lineno}: alias of a translation function")
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if _name(func) == "translate" and not (
                    node.args and isinstance(node.args[0], ast.Constant)):
                problems.append(f"{where}:{node.lineno}: translate() without a literal context")
            if (isinstance(func, ast.Attribute) and func.attr == "tr"
                    and not (isinstance(func.value, ast.Name) and func.value.id == "self")):
                problems.append(f"{where}:{node.lineno}: {ast.unparse(func)}() on another object")
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            uses_tr = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                          and n.func.attr == "tr" for n in ast.walk(cls))
            if uses_tr and cls.name in bases:
                problems.append(f"{where}:{cls.lineno}: self.tr in {cls.name}, which is "
                                "subclassed: use QCoreApplication.translate(\"Context\", ...)")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_string_has_a_finished_translation(found: list[Message], lang: str) -> None:
    committed = read_ts(CATALOGUES / f"monitor_{lang}.ts")
    missing = {(m.context, m.source) for m in found
               if m not in committed or not finished(committed[m])}
    assert missing - AWAITING_TRANSLATION == set(), "not translated (or not in the .ts: run " \
        "packaging/update_translations.sh)"
    assert AWAITING_TRANSLATION - missing == set(), "translated now: drop from the list"


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_every_plural_has_its_forms(found: list[Message], lang: str) -> None:
    committed = read_ts(CATALOGUES / f"monitor_{lang}.ts")
    plurals = [m for m in found if m.numerus]
    assert len(plurals) >= 9
    for m in plurals:
        assert m in committed, m
        forms = [f.text or "" for f in committed[m].findall("numerusform")]
        assert finished(committed[m]) and len(forms) == {"ru": 3, "kk": 2, "en": 2}[lang], m
        assert all("%n" in f and "(s)" not in f and "(es)" not in f for f in forms), (m, forms)
    if lang == "en":  # the English catalogue holds the plural forms and nothing else
        assert all(m.numerus for m in committed)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_compiled_catalogue_is_built_from_its_source(lang: str) -> None:
    """The .qm the app loads says what the .ts says (the script was run after an edit)."""
    translator = QTranslator()
    assert translator.load(str(CATALOGUES / f"monitor_{lang}.qm"))
    for m, translation in read_ts(CATALOGUES / f"monitor_{lang}.ts").items():
        if not finished(translation):
            continue
        comment = m.comment or None
        if m.numerus:
            forms = {f.text for f in translation.findall("numerusform")}
            for n in (1, 2, 5):
                assert translator.translate(m.context, m.source, comment, n) in forms, m
        else:
            assert translator.translate(m.context, m.source, comment) == translation.text, m


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", {1: "1 complaint", 2: "2 complaints", 5: "5 complaints", 21: "21 complaints"}),
    ("ru", {1: "1 жалоба", 2: "2 жалобы", 5: "5 жалоб", 21: "21 жалоба", 22: "22 жалобы"}),
    ("kk", {1: "1 шағым", 2: "2 шағым", 5: "5 шағым"}),
])
def test_counts_take_the_plural_form_of_the_language(qapp: object, lang: str,
                                                     expected: dict[int, str]) -> None:
    i18n.install(lang)
    for n, text in expected.items():
        assert QCoreApplication.translate("ComplaintsTab", "%n complaint(s)", "", n) == text


def _complaints(ctx: AppContext, case_id: str, n: int) -> None:
    for _ in range(n):
        ctx.write(lambda w: w.create("complaints", case_id=case_id,
                                     body="complaint_body.prosecutor"))


@pytest.mark.parametrize(("lang", "counts"), [
    ("en", {1: "1 complaint", 2: "2 complaints"}),
    ("ru", {1: "1 жалоба", 2: "2 жалобы", 5: "5 жалоб"}),
])
def test_the_complaints_tab_counts_in_words(qtbot: object, ctx: AppContext, lang: str,
                                            counts: dict[int, str]) -> None:
    i18n.install(lang)
    for n, text in counts.items():
        out: list[str] = []
        ctx.write(lambda w, ref=f"KZ-{n}": w.create("cases", reference=ref, title="Counted"),
                  out.append)
        _complaints(ctx, out[0], n)
        view = CaseView(ctx, out[0], today=date(2024, 6, 1))
        qtbot.addWidget(view)  # type: ignore[attr-defined]
        assert view.complaints.summary.text().split(" · ")[0] == text
