"""Issue 11, the window side: the Exchange view over real stores (real keys, real files,
real merges), driven through its widgets; the navigation's counts follow the decisions."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from db.models import Person
from monitor_app.exchange import duplicates
from tests.conftest import PASSPHRASE
from tests.ui.conftest import OFFSCREEN_NOISE, type_text
from ui.exchange_view import ExchangeView

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


@pytest.fixture
def other_store(tmp_path: Path, fresh_store_file: Path) -> Iterator[Any]:
    """A second, real store: another monitor's laptop."""
    from monitor_app.store import open_store

    path = tmp_path / "other" / "store.db"
    path.parent.mkdir()
    shutil.copyfile(fresh_store_file, path)
    s = open_store(path, PASSPHRASE)
    yield s
    s.close()


def exchange(win: Any, qtbot: Any, view: str = "exchange") -> ExchangeView:
    win.show_view(view)
    ev = win.ws.list_stack.currentWidget()
    assert isinstance(ev, ExchangeView)
    win.ctx.runner.wait_idle()
    qtbot.wait(20)
    return ev


def settle(win: Any, qtbot: Any) -> None:
    for _ in range(3):
        win.ctx.runner.wait_idle()
        qtbot.wait(20)


def click_ok(dialog: Any) -> None:
    box = dialog.findChild(QDialogButtonBox)
    QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def nav_count(win: Any, view: str) -> str:
    return win.ws.items[view].text(1)


def test_exchange_views_are_in_the_navigation_and_reached_by_keyboard(window: Any,
                                                                      qtbot: Any) -> None:
    for view in ("exchange", "duplicates"):
        assert view in window.ws.items
    QTest.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "exchange"
    ev = window.ws.list_stack.currentWidget()
    assert isinstance(ev, ExchangeView) and ev.tabs.currentWidget() is ev.identity
    QTest.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "duplicates" and ev.tabs.currentWidget() is ev.duplicates
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "cases"
    settle(window, qtbot)


def test_create_identity_in_the_view(window: Any, qtbot: Any) -> None:
    from monitor_app.exchange import keys

    ev = exchange(window, qtbot)
    page = ev.identity
    qtbot.waitUntil(lambda: page.create.isVisible(), timeout=5_000)
    QTest.mouseClick(page.create, Qt.MouseButton.LeftButton)
    dialog = ev.dialog
    assert dialog is not None and dialog.objectName() == "create_identity"
    assert not dialog.ok.isEnabled()  # a name is required
    type_text(dialog.name, "Айгүл")
    type_text(dialog.org, "Бюро")
    click_ok(dialog)
    qtbot.waitUntil(lambda: page.public is not None, timeout=10_000)
    with window.ctx.store.read() as s:
        mine = keys.my_identity(s)
    assert mine is not None and mine.public.name == "Айгүл" and mine.public.org == "Бюро"
    assert page.me_fingerprint.text() == mine.public.fingerprint
    assert page.export.isVisible() and not page.create.isVisible()
    settle(window, qtbot)


def _identity_file(store: Any, folder: Path, name: str) -> tuple[Path, Any]:
    from monitor_app.exchange import keys

    with store.write() as w:
        public = keys.create_identity(w, name, "")
    path = folder / "id.txt"
    path.write_bytes(keys.export_identity(public))
    return path, public


def test_add_a_contact_from_another_stores_identity_file_and_verify_it(
        window: Any, qtbot: Any, other_store: Any, tmp_path: Path) -> None:
    from monitor_app.exchange import keys

    with window.ctx.store.write() as w:
        keys.create_identity(w, "Me", "")
    path, theirs = _identity_file(other_store, tmp_path, "Dana")
    ev = exchange(window, qtbot)
    page = ev.identity
    page.add_contact_from(path)
    qtbot.waitUntil(lambda: ev.dialog is not None and ev.dialog.objectName() == "add_contact",
                    timeout=5_000)
    dialog = ev.dialog
    assert dialog.fingerprint.text() == theirs.fingerprint  # shown before anything is kept
    assert dialog.name.text() == "Dana"
    click_ok(dialog)
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 1, timeout=10_000)
    item = page.list.topLevelItem(0)
    assert (item.text(0), item.text(1)) == ("Dana", theirs.fingerprint)
    assert item.text(2) == "no"
    page.list.setCurrentItem(item)
    assert page.verify.isEnabled()
    QTest.mouseClick(page.verify, Qt.MouseButton.LeftButton)
    box = ev.dialog
    assert isinstance(box, QMessageBox) and theirs.fingerprint in box.informativeText()
    QTest.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 1
                    and page.list.topLevelItem(0).text(2) == "yes", timeout=10_000)
    with window.ctx.store.read() as s:
        assert [c.verified for c in keys.contacts(s)] == [True]
    settle(window, qtbot)


def test_a_damaged_identity_file_is_refused_in_one_sentence(window: Any, qtbot: Any,
                                                            tmp_path: Path) -> None:
    from monitor_app.exchange import keys

    with window.ctx.store.write() as w:
        keys.create_identity(w, "Me", "")
    bad = tmp_path / "id.txt"
    bad.write_bytes(b"not an identity")
    ev = exchange(window, qtbot)
    ev.identity.add_contact_from(bad)
    qtbot.waitUntil(lambda: ev.dialog is not None and ev.dialog.objectName() == "error_box",
                    timeout=5_000)
    assert "identity file" in ev.dialog.text()
    ev.dialog.close()
    with window.ctx.store.read() as s:
        assert keys.contacts(s) == []
    settle(window, qtbot)


def _people_pair(store: Any) -> None:
    with store.write() as w:
        w.create("people", name="Қайрат Нұрланов", birth_date="1979",
                 category="person_category.detainee")
        w.create("people", name="Kairat Nurlanov", birth_date="1979",
                 category="person_category.detainee")
        w.create("people", name="Асель Бекова", birth_date="1990",
                 category="person_category.detainee")
        w.create("people", name="Asel Bekova", birth_date="1990",
                 category="person_category.detainee")
        duplicates.propose(w)


def test_duplicates_side_by_side_merge_and_not_the_same(window: Any, qtbot: Any) -> None:
    store = window.ctx.store
    _people_pair(store)
    window.refresh_counts()
    qtbot.waitUntil(lambda: nav_count(window, "duplicates") == "2", timeout=10_000)
    ev = exchange(window, qtbot, "duplicates")
    page = ev.duplicates
    assert ev.tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 2, timeout=10_000)
    page.list.setCurrentItem(page.list.topLevelItem(0))
    first = page.current()
    qtbot.waitUntil(lambda: first["a_label"] in page.sides.texts[0].toPlainText()
                    and first["b_label"] in page.sides.texts[1].toPlainText(), timeout=10_000)
    assert "name" in page.list.topLevelItem(0).text(2)
    QTest.mouseClick(page.merge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: nav_count(window, "duplicates") == "1", timeout=10_000)
    with store.read() as s:
        merged = duplicates.list_pairs(s, status="merged")
    assert [p["id"] for p in merged] == [first["id"]]
    page.list.setCurrentItem(page.list.topLevelItem(0))
    second = page.current()
    QTest.mouseClick(page.reject, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: nav_count(window, "duplicates") == "0", timeout=10_000)
    with store.read() as s:
        assert [p["id"] for p in duplicates.list_pairs(s, status="rejected")] == [second["id"]]
        live = {p.id for p in s.scalars(select(Person)) if not p.deleted}
    assert {second["a"], second["b"]} <= live  # not the same: both kept
    assert len({first["a"], first["b"]} & live) == 1  # merged into one
    assert page.empty.isVisible()
    settle(window, qtbot)
