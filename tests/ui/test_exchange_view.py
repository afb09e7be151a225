"""Issue 11, the window side: the Exchange view over real stores (real keys, real files,
real merges), driven through its widgets; the navigation's counts follow the decisions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
)
from sqlalchemy import select

from db.models import Person
from monitor_app.exchange import duplicates
from tests.monitor_app.exchange.test_merge import new_store
from tests.ui.conftest import OFFSCREEN_NOISE, type_text
from tests.ui.test_gui_thread import guard as store_guard  # noqa: F401 - the fixture
from ui.exchange_dialogs import fingerprint_text
from ui.exchange_view import ExchangeView
from ui.keyboard import menu_letters, mnemonic_of

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


@pytest.fixture
def other_store(tmp_path: Path, fresh_store_file: Path) -> Iterator[Any]:
    """A second, real store: another monitor's laptop (its own store and device ids)."""
    path = tmp_path / "other" / "store.db"
    path.parent.mkdir()
    s = new_store(fresh_store_file, path)
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
    for view in ("exchange", "conflicts", "duplicates"):
        assert view in window.ws.items
    QTest.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "exchange"
    ev = window.ws.list_stack.currentWidget()
    assert isinstance(ev, ExchangeView) and ev.tabs.currentWidget() is ev.identity
    QTest.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "conflicts" and ev.tabs.currentWidget() is ev.conflicts
    QTest.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "duplicates" and ev.tabs.currentWidget() is ev.duplicates
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "cases"
    settle(window, qtbot)


def test_create_identity_in_the_view(window: Any, qtbot: Any, tmp_path: Path) -> None:
    from monitor_app.exchange import keys

    ev = exchange(window, qtbot)
    page = ev.identity
    qtbot.waitUntil(lambda: page.create.isVisible(), timeout=5_000)
    assert not ev.merge.isEnabled() and "identity" in ev.merge.toolTip()  # says why
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=5_000)
    ev.tabs.setFocus()
    letter = mnemonic_of(page.create.text())  # the keyboard alone reaches it
    assert letter and letter not in menu_letters()
    key = QKeySequence.mnemonic(page.create.text())[0].key()
    qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: ev.dialog is not None, timeout=5_000)  # a mnemonic animates
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
    assert page.me_fingerprint.text() == fingerprint_text(mine.public.fingerprint)
    assert page.export.isVisible() and not page.create.isVisible()
    out = tmp_path / "identity.txt"
    page.export_identity_to(out)
    qtbot.waitUntil(lambda: out.exists(), timeout=10_000)
    assert keys.parse_identity(out.read_bytes()).fingerprint == mine.public.fingerprint
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
    assert dialog.fingerprint.text() == fingerprint_text(theirs.fingerprint)  # before it is kept
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
    assert isinstance(box, QMessageBox)
    assert box.informativeText() == fingerprint_text(theirs.fingerprint)
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
    qtbot.waitUntil(lambda: "Detainee" in page.sides.texts[0].toPlainText(), timeout=10_000)
    shown = page.sides.texts[0].toPlainText()
    assert "Date of birth: 19" in shown  # the fields as a form shows them,
    assert "person_category" not in shown and "revision" not in shown  # not the database's
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


def _know_each_other(mine: Any, theirs: Any, *, verified: bool = True) -> None:
    """Identities in both stores; each a contact of the other ("Base", "Field")."""
    from monitor_app.exchange import keys

    files = {}
    for name, s in (("Base", mine), ("Field", theirs)):
        with s.write() as w:
            files[name] = keys.export_identity(keys.create_identity(w, name, ""))
    with mine.write() as w:
        c = keys.add_contact(w, files["Field"], "Field")
        if verified:
            keys.set_verified(w, c.id)
    with theirs.write() as w:
        keys.set_verified(w, keys.add_contact(w, files["Base"], "Base").id)


def _title(store: Any, case_id: str) -> str:
    from monitor_app import records

    with store.read() as s:
        return records.get(s, "cases", case_id)["title"]


def test_send_changes_writes_a_file_only_the_contact_opens(
        window: Any, qtbot: Any, other_store: Any, tmp_path: Path, sample: dict) -> None:
    from monitor_app.exchange import merge

    _know_each_other(window.ctx.store, other_store)
    ev = exchange(window, qtbot)
    qtbot.waitUntil(lambda: ev.send.isEnabled(), timeout=10_000)
    QTest.mouseClick(ev.send, Qt.MouseButton.LeftButton)
    dialog = ev.dialog
    assert dialog.objectName() == "send_changes"
    assert dialog.contact.currentText() == "Field"
    name = Path(dialog.path.text()).name  # the default name says nothing
    assert name.endswith(".monitor") and "Field" not in name and "Base" not in name
    QTest.mouseClick(dialog.scopes["everything"], Qt.MouseButton.LeftButton)
    out = tmp_path / name
    dialog.path.setText(str(out))
    click_ok(dialog)
    qtbot.waitUntil(lambda: out.exists() and ev.dialog is not None
                    and ev.dialog.objectName() == "exchange_message", timeout=20_000)
    ev.dialog.close()
    report = merge.merge_file(other_store, out)
    assert report.sender == "Base" and report.added > 0
    prefs = QSettings("Monitor", "Monitor")
    kept = " ".join(str(prefs.value(k)) for k in prefs.allKeys())
    assert "Field" not in kept and name not in kept  # no contact, no file name in settings
    assert _title(other_store, sample["c1"]) == _title(window.ctx.store, sample["c1"])
    settle(window, qtbot)


def test_merge_preview_writes_nothing_until_confirmed_then_conflicts_are_chosen(
        window: Any, qtbot: Any, other_store: Any, tmp_path: Path, sample: dict) -> None:
    from monitor_app.exchange import merge

    store = window.ctx.store
    case_id = sample["c1"]
    _know_each_other(store, other_store, verified=False)
    first = tmp_path / "1.monitor"
    merge.export_file(store, "Field", first, everything=True)
    merge.merge_file(other_store, first)
    with store.write() as w:
        w.update("cases", case_id, title="Title here")
    with other_store.write() as w:
        w.update("cases", case_id, title="Title there")
        person = w.create("people", name="Нұржан Сейітов", category="person_category.detainee")
    back = tmp_path / "2.monitor"
    merge.export_file(other_store, "Base", back)

    ev = exchange(window, qtbot)
    qtbot.waitUntil(lambda: ev.merge.isEnabled(), timeout=10_000)
    ev.files.preview([back])
    qtbot.waitUntil(lambda: ev.dialog is not None and ev.dialog.objectName() == "merge_preview",
                    timeout=20_000)
    preview = ev.dialog
    table = preview.table
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    row = {h: table.item(0, c).text() for c, h in enumerate(heads)}
    assert row["From"] == "Field (not verified)"
    dry = merge.merge_file(store, back, dry_run=True)  # what the preview must show
    assert dry.conflicts == 1 and dry.added == 1
    assert [row[h] for h in ("New", "Updated", "Unchanged", "Conflicts", "Likely duplicates")
            ] == [str(n) for n in (dry.added, dry.updated, dry.unchanged, dry.conflicts,
                                   dry.duplicates)]
    assert "not verified" in preview.note.text()
    # the preview wrote nothing
    assert _title(store, case_id) == "Title here"
    with store.read() as s:
        assert merge.open_conflicts(s) == []
        assert s.get(Person, person) is None
    assert nav_count(window, "conflicts") == "0"
    click_ok(preview)
    qtbot.waitUntil(lambda: ev.dialog is not None and ev.dialog.objectName() ==
                    "exchange_message", timeout=20_000)
    ev.dialog.close()
    with store.read() as s:
        assert s.get(Person, person) is not None
    qtbot.waitUntil(lambda: nav_count(window, "conflicts") == "1", timeout=10_000)

    window.show_view("conflicts")
    page = ev.conflicts
    assert ev.tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 1, timeout=10_000)
    page.list.setCurrentItem(None)
    page.list.setCurrentItem(page.list.topLevelItem(0))  # picked: the case opens beside
    item = page.list.topLevelItem(0)
    assert item.text(1) == "Title"
    texts = [t.toPlainText() for t in page.sides.texts]
    latest = _title(store, case_id)  # the record shows one value meanwhile
    assert sorted(texts) == ["Title here", "Title there"] and latest in texts
    assert texts[0] == "Title here"  # mine on the left, theirs on the right
    assert all(note.text() for note in page.sides.notes)  # who and when, both sides
    qtbot.waitUntil(lambda: window.ws.detail is not None
                    and window.ws.detail_key == ("cases", case_id), timeout=10_000)
    banner = window.ws.detail.findChild(QLabel, "disputed_banner")
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=10_000)
    assert "Disputed" in banner.text()

    QTest.mouseClick(page.theirs, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 0, timeout=10_000)
    assert _title(store, case_id) == "Title there"
    qtbot.waitUntil(lambda: nav_count(window, "conflicts") == "0", timeout=10_000)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    assert page.empty.isVisible() and not page.theirs.isVisible()  # nothing left to choose

    # the same file again: already merged, nothing to apply
    ev.files.preview([back])
    qtbot.waitUntil(lambda: ev.dialog is not None and ev.dialog.objectName() == "merge_preview"
                    and ev.dialog is not preview, timeout=20_000)
    assert "Already merged" in ev.dialog.table.item(0, 1).text()
    assert not ev.dialog.ok.isEnabled()
    ev.dialog.reject()
    settle(window, qtbot)


def _tampered_file(store: Any, other_store: Any, tmp_path: Path) -> Path:
    """A file from the other store to this one, one bit of it flipped on the way."""
    from monitor_app.exchange import merge

    _know_each_other(store, other_store)
    with other_store.write() as w:
        w.create("people", name="Someone", category="person_category.detainee")
    out = tmp_path / "x.monitor"
    merge.export_file(other_store, "Base", out)
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 1
    out.write_bytes(bytes(data))
    return out


def test_a_tampered_file_is_refused_in_the_preview_and_nothing_is_written(
        window: Any, qtbot: Any, other_store: Any, tmp_path: Path) -> None:
    from monitor_app.exchange import merge

    store = window.ctx.store
    out = _tampered_file(store, other_store, tmp_path)
    before = store.path.read_bytes()
    ev = exchange(window, qtbot)
    ev.files.preview([out])
    qtbot.waitUntil(lambda: ev.dialog is not None and ev.dialog.objectName() == "merge_preview",
                    timeout=20_000)
    assert ev.dialog.table.item(0, 1).text().startswith("Refused: ")
    assert not ev.dialog.ok.isEnabled()
    ev.dialog.reject()
    settle(window, qtbot)
    with store.read() as s:
        assert merge.open_conflicts(s) == []
    assert store.path.read_bytes() == before


def test_cancel_stops_a_merge_before_the_next_file(window: Any, qtbot: Any, other_store: Any,
                                                   tmp_path: Path) -> None:
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from monitor_app.exchange import merge

    store = window.ctx.store
    _know_each_other(store, other_store)
    people = []
    files = []
    for n in range(2):
        with other_store.write() as w:
            people.append(w.create("people", name=f"Person {n}",
                                   category="person_category.detainee"))
        files.append(tmp_path / f"{n}.monitor")
        merge.export_file(other_store, "Base", files[-1])
    ev = exchange(window, qtbot)
    gate = threading.Event()
    window.ctx.runner.run_op(gate.wait)  # the db lane is busy: the merge waits its turn
    ev.files.merge_files(files)
    progress = ev.dialog
    assert isinstance(progress, QProgressDialog) and progress.isVisible()
    cancel = next(b for b in progress.findChildren(QPushButton) if b.isVisible())
    QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: ev.dialog is not None and ev.dialog.objectName() ==
                    "exchange_message", timeout=20_000)
    assert "Cancelled" in ev.dialog.text()
    with store.read() as s:
        assert all(s.get(Person, p) is None for p in people)  # neither file was merged
    settle(window, qtbot)


def test_locking_hides_the_exchange_dialogs_and_unlocking_returns_to_the_view(
        window: Any, qtbot: Any, other_store: Any, passphrase: str) -> None:
    from PySide6.QtWidgets import QDialog

    _know_each_other(window.ctx.store, other_store)
    ev = exchange(window, qtbot, "conflicts")
    qtbot.waitUntil(lambda: ev.send.isEnabled(), timeout=10_000)
    QTest.mouseClick(ev.send, Qt.MouseButton.LeftButton)
    dialog = ev.dialog
    qtbot.waitUntil(lambda: dialog.cases.count() > 0, timeout=10_000)  # case titles shown
    window.lock()
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in QApplication.topLevelWidgets()
                                    if isinstance(d, QDialog)), timeout=5_000)
    window.on_unlock_requested(passphrase)
    qtbot.waitUntil(lambda: window.ws is not None and window.is_ready(), timeout=20_000)
    assert window.current_view() == "conflicts"
    again = window.ws.list_stack.currentWidget()
    assert isinstance(again, ExchangeView) and again.tabs.currentWidget() is again.conflicts
    settle(window, qtbot)


def test_the_exchange_view_never_touches_the_store_on_the_gui_thread(
        store_guard: Any,  # noqa: F811 - the fixture imported above
        window: Any, qtbot: Any, other_store: Any, tmp_path: Path,
        sample: dict) -> None:
    from monitor_app.exchange import merge

    store = window.ctx.store
    _know_each_other(store, other_store)
    first = tmp_path / "1.monitor"
    merge.export_file(store, "Field", first, everything=True)
    merge.merge_file(other_store, first)
    with store.write() as w:
        w.update("cases", sample["c1"], title="Here")
    with other_store.write() as w:
        w.update("cases", sample["c1"], title="There")
    back = tmp_path / "2.monitor"
    merge.export_file(other_store, "Base", back)
    _people_pair(store)
    store_guard.active = True
    ev = exchange(window, qtbot, "conflicts")
    ev.files.preview([back])
    qtbot.waitUntil(lambda: ev.dialog is not None and ev.dialog.objectName() == "merge_preview",
                    timeout=20_000)
    click_ok(ev.dialog)
    qtbot.waitUntil(lambda: ev.conflicts.list.topLevelItemCount() == 1, timeout=20_000)
    ev.dialog.close()
    ev.conflicts.list.setCurrentItem(None)
    ev.conflicts.list.setCurrentItem(ev.conflicts.list.topLevelItem(0))
    QTest.mouseClick(ev.conflicts.theirs, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ev.conflicts.list.topLevelItemCount() == 0, timeout=10_000)
    window.show_view("duplicates")
    qtbot.waitUntil(lambda: ev.duplicates.list.topLevelItemCount() == 2, timeout=10_000)
    QTest.mouseClick(ev.duplicates.merge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ev.duplicates.list.topLevelItemCount() == 1, timeout=10_000)
    QTest.mouseClick(ev.duplicates.reject, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ev.duplicates.list.topLevelItemCount() == 0, timeout=10_000)
    window.show_view("exchange")
    QTest.mouseClick(ev.send, Qt.MouseButton.LeftButton)
    dialog = ev.dialog
    dialog.path.setText(str(tmp_path / "3.monitor"))
    click_ok(dialog)
    qtbot.waitUntil(lambda: (tmp_path / "3.monitor").exists(), timeout=20_000)
    settle(window, qtbot)
    store_guard.active = False
    assert store_guard.touched == [], "\n\n".join(store_guard.touched)


def test_the_history_tab_says_which_file_and_sender_a_change_came_in(qtbot: Any) -> None:
    from datetime import datetime

    from monitor_app.queries.readmodels import HistoryRow
    from ui.case_view import HistoryTab

    tab = HistoryTab()
    qtbot.addWidget(tab)
    tab.set_rows([HistoryRow(datetime(2026, 12, 1, 10, 0), "monitor", "Case", "update",
                             (("title", "Old", "New"),), "Monitor A", "ab12"),
                  HistoryRow(datetime(2026, 12, 1, 11, 0), "monitor", "Case", "update",
                             (("title", "New", "Newer"),))])
    first, second = tab.tree.topLevelItem(0), tab.tree.topLevelItem(1)
    assert "Monitor A" in first.text(1) and "ab12" in first.toolTip(1)
    assert second.text(1) == "monitor" and second.toolTip(1) == ""


def test_the_identity_page_shows_the_short_form_with_copy_and_the_fingerprint_in_groups(
        window: Any, qtbot: Any) -> None:
    from monitor_app.exchange import keys

    with window.ctx.store.write() as w:
        public = keys.create_identity(w, "Айгүл", "Бюро")
    ev = exchange(window, qtbot)
    page = ev.identity
    qtbot.waitUntil(lambda: page.public is not None, timeout=10_000)
    lines = page.me_fingerprint.text().split("\n")
    assert [len(line.split()) for line in lines] == [4, 4, 4]  # twelve groups, four a line
    assert keys.normalise_fingerprint(page.me_fingerprint.text()) == \
        keys.normalise_fingerprint(public.fingerprint)
    assert page.short.isVisible() and page.short.isReadOnly()
    assert page.short.text() == keys.short_form(public)
    assert keys.decode_short(page.short.text()).fingerprint == public.fingerprint
    QApplication.clipboard().setText("something else")
    QTest.mouseClick(page.copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == keys.short_form(public)
    assert not window.clipboard_guard.pending()  # a public key is not case data:
    window.clipboard_guard.clear()  # what clears a sensitive copy (lock, 10 s) leaves it
    assert QApplication.clipboard().text() == keys.short_form(public)
    settle(window, qtbot)


def _conflicting_file(store: Any, other_store: Any, tmp_path: Path, case_id: str, *,
                      merged: bool = False) -> Path:
    """Both stores hold the case; each retitles it unseen by the other; the other's file
    back (merged here when ``merged``): one conflict over the title."""
    from monitor_app.exchange import merge

    first = tmp_path / "1.monitor"
    merge.export_file(store, "Field", first, everything=True)
    merge.merge_file(other_store, first)
    with store.write() as w:
        w.update("cases", case_id, title="Title here")
    with other_store.write() as w:
        w.update("cases", case_id, title="Title there")
    back = tmp_path / "2.monitor"
    merge.export_file(other_store, "Base", back)
    if merged:
        merge.merge_file(store, back)
    return back


def test_a_conflict_names_the_contact_who_sent_it_and_this_store(
        window: Any, qtbot: Any, other_store: Any, tmp_path: Path, sample: dict) -> None:
    from monitor_app.exchange import merge

    store = window.ctx.store
    case_id = sample["c1"]
    _know_each_other(store, other_store)
    _conflicting_file(store, other_store, tmp_path, case_id, merged=True)
    with store.read() as s:
        (raw,) = merge.open_conflicts(s)
    assert "(" in raw["theirs_by"] and "(" in raw["mine_by"]  # the actor (device) kept
    ev = exchange(window, qtbot, "conflicts")
    page = ev.conflicts
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 1, timeout=10_000)
    page.list.setCurrentItem(page.list.topLevelItem(0))
    item = page.list.topLevelItem(0)
    assert item.text(2) == "Field"  # the contact who sent the file, by their name here
    assert item.toolTip(2) == raw["theirs_by"]
    mine, theirs = (note.text() for note in page.sides.notes)
    assert mine.startswith("this store, ") and theirs.startswith("Field, ")
    assert raw["mine_by"] not in mine and raw["theirs_by"] not in theirs
    assert page.sides.notes[1].toolTip() == raw["theirs_by"]


def test_a_refused_file_says_why_in_the_interface_language(window: Any, qtbot: Any,
                                                          other_store: Any,
                                                          tmp_path: Path) -> None:
    from monitor_app.exchange import merge
    from ui.exchange_dialogs import refusal_text

    store = window.ctx.store
    out = _tampered_file(store, other_store, tmp_path)
    window.set_language("ru")
    try:
        ev = exchange(window, qtbot)
        ev.files.preview([out])
        qtbot.waitUntil(lambda: ev.dialog is not None
                        and ev.dialog.objectName() == "merge_preview", timeout=20_000)
        shown = ev.dialog.table.item(0, 1).text()
        assert "изменён или повреждён" in shown and "changed or damaged" not in shown
        ev.dialog.reject()
        said = refusal_text(merge.MergeRefused("the file is for another recipient",
                                               code="other_recipient"))
        assert said is not None and "другому получателю" in said and "recipient" not in said
        rare = refusal_text(merge.MergeRefused("holds a purge, which never travels"))
        assert rare is not None and rare.endswith(": holds a purge, which never travels")
        assert "Файл отклонён" in rare  # the sentence translated, the rare reason in English
    finally:
        window.set_language("en")
    settle(window, qtbot)


def test_a_read_only_window_holds_every_exchange_write(
        store: Any, sample: dict, store_path: Path, passphrase: str, other_store: Any,
        tmp_path: Path, qtbot: Any) -> None:
    """Opened as a viewer beside another program (ui.read_only), the Exchange view's
    buttons that would change the store are disabled, with the tooltip of the window's
    other disabled writes."""
    from monitor_app.store import open_read_only
    from ui import read_only
    from ui.context import AppContext
    from ui.main_window import MainWindow

    _know_each_other(store, other_store, verified=False)
    _conflicting_file(store, other_store, tmp_path, sample["c1"], merged=True)
    _people_pair(store)
    store.close()
    viewer = open_read_only(store_path, passphrase)
    ctx = AppContext(lang="en")
    ctx.attach(viewer)
    qtbot.waitUntil(lambda: ctx.store is not None, timeout=10_000)
    win = MainWindow(ctx, store_path)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(win.is_ready, timeout=10_000)
        tip = read_only.write_tip()
        assert win.act_new.toolTip() == tip  # the window's own writes say the same
        ev = exchange(win, qtbot)
        page = ev.identity
        qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 1, timeout=10_000)
        page.list.setCurrentItem(page.list.topLevelItem(0))  # a contact not verified yet
        ev.show_page("conflicts")
        qtbot.waitUntil(lambda: ev.conflicts.list.topLevelItemCount() == 1, timeout=10_000)
        ev.show_page("duplicates")
        qtbot.waitUntil(lambda: ev.duplicates.list.topLevelItemCount() == 2, timeout=10_000)
        settle(win, qtbot)
        held = {"create_identity": page.create, "add_contact": page.add,
                "verify_contact": page.verify, "send_changes": ev.send,
                "merge_files": ev.merge, "take_mine": ev.conflicts.mine,
                "take_theirs": ev.conflicts.theirs, "merge_pair": ev.duplicates.merge,
                "reject_pair": ev.duplicates.reject}
        for name, button in held.items():
            assert not button.isEnabled(), name
            assert button.toolTip() == tip, name
        assert ev.duplicates.current() is not None and ev.conflicts.current() is not None
        assert page.export.isEnabled()  # writing the public identity file changes no store
        QTest.mouseClick(ev.conflicts.theirs, Qt.MouseButton.LeftButton)  # nothing happens
        settle(win, qtbot)
        assert ev.conflicts.list.topLevelItemCount() == 1
    finally:
        ctx.runner.wait_idle()
        win.idle.uninstall()
        ctx.detach()
