"""The Russian and Kazakh catalogues keep what the code needs from each message (its
placeholders and its one mnemonic), and the real main window, built in each language, has no
two entries of one menu answering to the same Alt letter (English too) (docs/translations.md)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu

from tests.ui.conftest import OFFSCREEN_NOISE
from ui import i18n

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "translations"
# %1..%99, %L1 (Qt's arguments), %n (plural count) and {name} (str.format fields)
PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def mnemonics(text: str) -> int:
    """How many '&' mark a mnemonic ('&&' is a literal ampersand)."""
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def mnemonic_letter(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def messages(lang: str) -> Iterator[tuple[str, str, list[str]]]:
    """(context, source, every form of its translation) for each message of a catalogue."""
    for ctx in ET.parse(CATALOGUES / f"monitor_{lang}.ts").getroot().iter("context"):
        for m in ctx.iter("message"):
            translation = m.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")]
            yield (ctx.findtext("name") or "", m.findtext("source") or "",
                   forms or [translation.text or ""])


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_translation_keeps_the_placeholders_and_the_mnemonic_of_its_source(
        lang: str) -> None:
    problems = []
    for context, source, forms in messages(lang):
        for text in forms:
            if not text:
                continue  # untranslated: test_translations.py reports those
            if placeholders(text) != placeholders(source):
                problems.append(f"{context}: {source!r} -> {text!r}: placeholders "
                                f"{placeholders(source)} became {placeholders(text)}")
            if mnemonics(text) != mnemonics(source) or mnemonics(text) > 1:
                problems.append(f"{context}: {source!r} -> {text!r}: {mnemonics(source)} "
                                f"mnemonic(s) became {mnemonics(text)}")
    assert not problems, "\n".join(problems)


def test_the_checks_see_a_lost_placeholder_and_a_second_mnemonic() -> None:
    assert placeholders("Страница {page} из {pages}") == placeholders("Page {page} of {pages}")
    assert placeholders("%n жалоба") == placeholders("%n complaint(s)")
    assert placeholders("Страница из {pages}") != placeholders("Page {page} of {pages}")
    assert mnemonics("&Сохранить") == mnemonics("&Save") == 1
    assert mnemonics("&Печать &досье") == 2
    assert mnemonics("Tom && Jerry") == 0
    assert mnemonic_letter("Н&астройки") == "а" and mnemonic_letter("&Құлыптау") == "қ"


def menu_clashes(menu: QMenu) -> list[str]:
    """Entries of ``menu`` (and of its submenus, each on its own) sharing an Alt letter."""
    out = []
    seen: dict[str, str] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = mnemonic_letter(action.text())
        if letter is not None:
            if letter in seen:
                out.append(f"{menu.title()!r}: {seen[letter]!r} and {action.text()!r} "
                           f"both answer to {letter!r}")
            seen.setdefault(letter, action.text())
        if action.menu() is not None:
            out += menu_clashes(action.menu())
    return out


@pytest.fixture(params=["en", "ru", "kk"])
def window_in(request: pytest.FixtureRequest, ctx: Any, sample: dict[str, str],
              store_path: Path, qtbot: Any) -> Iterator[tuple[str, Any]]:
    """The real main window on the sample store, built with the language installed."""
    from ui.main_window import MainWindow

    i18n.install(request.param)
    win = MainWindow(ctx, store_path)
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitUntil(win.is_ready, timeout=10_000)
    yield request.param, win
    ctx.runner.wait_idle()
    win.idle.uninstall()
    i18n.install("en")


def test_no_two_entries_of_one_menu_share_a_mnemonic(window_in: tuple[str, Any]) -> None:
    lang, win = window_in
    bar = win.menuBar()
    menus = [a.menu() for a in bar.actions() if a.menu() is not None]
    assert len(menus) >= 4
    # the window is in the language: its File menu is not the English one
    assert win.menu_file.title() == {"en": "&File", "ru": "&Файл", "kk": "&Файл"}[lang]
    assert win.act_save.text() == {"en": "&Save", "ru": "&Сохранить", "kk": "&Сақтау"}[lang]
    clashes = [c for m in menus for c in menu_clashes(m)]
    titles: dict[str, str] = {}
    for menu in menus:
        letter = mnemonic_letter(menu.title())
        if letter in titles:
            clashes.append(f"menu bar: {titles[letter]!r} and {menu.title()!r}")
        if letter is not None:
            titles[letter] = menu.title()
    assert not clashes, "\n".join(clashes)
