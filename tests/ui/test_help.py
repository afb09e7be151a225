"""Help: F1 opens the guide in the interface language, its links lead somewhere, the
shortcut table is read from the actions, About says only what the app does."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import OFFSCREEN_NOISE
from ui import help as guide
from ui import i18n

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "does not support raise")]

ROOT = Path(__file__).resolve().parents[2]
HELP = ROOT / "resources" / "help"
# A line of each language's first page that only that language has.
FIRST_HEADING = {"en": "Record a visit", "ru": "Как внести посещение",
                 "kk": "Баруды қалай енгізуге болады"}


def open_guide(qtbot: Any, window: Any) -> Any:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.guide is not None and window.guide.isVisible())
    return window.guide


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_f1_opens_the_guide_in_the_interface_language(window: Any, qtbot: Any,
                                                      lang: str) -> None:
    window.set_language(lang)
    browser = open_guide(qtbot, window).browser
    text = browser.toPlainText()
    assert FIRST_HEADING[lang] in text
    assert Path(browser.source().toLocalFile()).parent.name == lang
    if lang != "en":
        assert FIRST_HEADING["en"] not in text


def test_the_open_guide_follows_a_change_of_language(window: Any, qtbot: Any) -> None:
    browser = open_guide(qtbot, window).browser
    assert FIRST_HEADING["en"] in browser.toPlainText()
    window.set_language("ru")
    assert FIRST_HEADING["ru"] in browser.toPlainText()
    assert window.guide.windowTitle() == "Руководство — Monitor"
    assert not window.guide.isModal()
    window.guide.activateWindow()
    qtbot.waitUntil(window.guide.isActiveWindow)
    qtbot.keyClick(window.guide.browser, Qt.Key.Key_Escape)
    assert not window.guide.isVisible()


def links(browser: Any) -> list[tuple[str, int]]:
    """(href, position in the document) of every link on the page shown."""
    found = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isAnchor() and fmt.anchorHref():
                found.append((fmt.anchorHref(), fragment.position() + 1))
            it += 1
        block = block.next()
    return found


def click_at(qtbot: Any, browser: Any, position: int) -> None:
    cursor = QTextCursor(browser.document())
    cursor.setPosition(position)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    point: QPoint = browser.cursorRect(cursor).center()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_every_link_of_the_guide_leads_to_its_page_and_section(window: Any, qtbot: Any,
                                                               lang: str) -> None:
    window.set_language(lang)
    g = open_guide(qtbot, window)
    browser = g.browser
    g.resize(680, 500)
    pages_seen = set()
    todo = ["index.html", "store.html"]
    while todo:
        page = todo.pop()
        if page in pages_seen:
            continue
        pages_seen.add(page)
        start = QUrl.fromLocalFile(str(HELP / lang / page))
        browser.setSource(start)
        found = links(browser)
        assert found, f"{lang}/{page} has no link"
        for href, position in found:
            browser.setSource(start)
            browser.verticalScrollBar().setValue(0)
            click_at(qtbot, browser, position)
            target = QUrl(href)
            shown = browser.source()
            if target.path():
                assert Path(shown.toLocalFile()).name == target.path(), href
                assert browser.toPlainText().strip(), href
                todo.append(target.path())
            if target.fragment():
                assert shown.fragment() == target.fragment(), href
                # the section's heading is on screen
                assert browser.verticalScrollBar().value() > 0 or target.fragment() == "visit"
    assert pages_seen == {"index.html", "store.html"}
    assert g.back_button.isEnabled()
    qtbot.mouseClick(g.back_button, Qt.MouseButton.LeftButton)


def test_each_language_has_the_same_pages_and_sections() -> None:
    def shape(lang: str) -> dict[str, tuple[set[str], set[str]]]:
        out = {}
        for page in sorted((HELP / lang).glob("*.html")):
            html = page.read_text(encoding="utf-8")
            out[page.name] = (set(re.findall(r'href="([^"]+)"', html)),
                              set(re.findall(r'<a name="([^"]+)"', html)))
        return out

    english = shape("en")
    assert set(english) == {"index.html", "store.html"}
    for lang in ("ru", "kk"):
        assert shape(lang) == english
    for hrefs, _names in english.values():
        for href in hrefs:
            page, _, section = href.partition("#")
            if section:
                assert section in english[page or "index.html"][1], href


def test_the_guide_is_installed_with_the_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["resources"]
    files = [p.relative_to(ROOT / "resources").as_posix() for p in HELP.rglob("*")
             if p.is_file()]
    assert len(files) == 6
    for name in files:
        assert any(fnmatch.fnmatch(name, pat) for pat in patterns), name


def test_the_shortcut_table_is_read_from_the_actions(window: Any, qtbot: Any) -> None:
    rows = dict(guide.shortcut_rows(window.actions()))
    native = QKeySequence.SequenceFormat.NativeText
    for action in (window.act_new, window.act_save, window.act_find, window.act_lock,
                   window.act_panic, window.act_print, window.act_close, window.act_help):
        keys = action.shortcut().toString(native)
        assert rows[keys] == guide.plain(action.text())
    window.act_lock.setShortcut(QKeySequence("Ctrl+K"))
    assert dict(guide.shortcut_rows(window.actions()))["Ctrl+K"] == "Lock"
    window.set_language("ru")
    assert dict(guide.shortcut_rows(window.actions()))["Ctrl+K"] == "Блокировать"


def test_help_menu_has_the_guide_the_shortcuts_and_about(window: Any, qtbot: Any,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    entries = [a for a in window.menu_help.actions() if not a.isSeparator()]
    assert entries == [window.act_help, window.act_shortcuts, window.act_about]
    assert [a.text() for a in entries] == ["&Guide", "&Keyboard shortcuts", "&About Monitor"]
    assert window.act_help.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)

    shown: list[Any] = []
    monkeypatch.setattr(guide.ShortcutsDialog, "exec", lambda self: shown.append(self) or 0)
    window.act_shortcuts.trigger()
    assert "Ctrl+L" in shown[0].view.toPlainText()

    abouts: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: abouts.append(text))
    window.act_about.trigger()
    assert "export-json" in abouts[0]
    assert "unless you export it" not in abouts[0]


def test_about_promises_no_export_the_window_lacks() -> None:
    """The window has no export: the text names the ways out that exist, in every language."""
    english = guide.about_text()
    assert "export it" not in english
    for exists in ("PDF", "backup", "monitor-app export-json"):
        assert exists in english
    from monitor_app.cli.entry import COMMANDS

    assert "export-json" in {c.name for c in COMMANDS}  # the command named is real
    for lang in ("ru", "kk"):
        i18n.install(lang)
        translated = guide.about_text()
        assert translated != english and "monitor-app export-json" in translated
    i18n.install("en")
