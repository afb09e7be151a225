"""No store reads or writes on the GUI thread: the window driven on the real threaded runner.

Every method of ``Store`` that reaches the file is wrapped; a call from the GUI thread is
recorded with where it came from. Views are driven as a user would (open a case, edit
and leave it, settings, a PDF, a summary pane, lock and unlock, delete and undo).
"""

from __future__ import annotations

import functools
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog

from monitor_app.store import Store
from tests.builders import build_everything
from tests.conftest import PASSPHRASE
from tests.ui.conftest import OFFSCREEN_NOISE, type_text, wait_loaded

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

GUARDED = ("read", "write", "meta", "set_meta", "integrity_problems", "close")


class Guard:
    """Records every store access made on the GUI thread while ``active``."""

    def __init__(self) -> None:
        self.active = False
        self.touched: list[str] = []

    def check(self, name: str) -> None:
        app = QCoreApplication.instance()
        if self.active and app is not None and QThread.currentThread() is app.thread():
            where = "".join(traceback.format_stack(limit=12)[:-2])
            self.touched.append(f"Store.{name} on the GUI thread, from:\n{where}")


@pytest.fixture
def guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[Guard]:
    watcher = Guard()
    for name in GUARDED:
        original = getattr(Store, name)

        def guarded(self: Store, *args: Any, _name: str = name, _original: Any = original,
                    **kwargs: Any) -> Any:
            watcher.check(_name)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(Store, name, functools.wraps(original)(guarded))
    yield watcher
    watcher.active = False


def test_the_guard_sees_a_gui_thread_read(guard: Guard, store: Store) -> None:
    guard.active = True
    store.meta("store_id")
    assert guard.touched and "Store.meta" in guard.touched[0]


def test_the_window_never_touches_the_store_on_the_gui_thread(
        guard: Guard, ctx: Any, sample: dict[str, str], store: Store, store_path: Path,
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import detail, pdf_dialog
    from ui.main_window import MainWindow
    from ui.settings import SettingsDialog

    everything = build_everything(store)  # a recommendation: shown by the summary pane
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(detail, "ask_unsaved", lambda parent: "save")
    assert ctx.runner.synchronous is False
    guard.active = True

    window = MainWindow(ctx, store_path)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitUntil(window.is_ready, timeout=10_000)

    # open a case in the right pane, then full width; edit it and leave with Save
    cases = window.current_list()
    wait_loaded(qtbot, cases)
    row = cases.model.row_of(sample["c1"])
    cases.table.selectRow(row)
    qtbot.waitUntil(lambda: window.ws.detail_key == ("cases", sample["c1"]), timeout=10_000)
    window.on_open_requested("cases", sample["c1"])
    case_view = window.ws.detail
    qtbot.waitUntil(lambda: case_view.data is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not case_view.overview._loading, timeout=10_000)
    qtbot.keyClicks(case_view.overview.form.field("title"), " (seen)")
    assert case_view.is_dirty()
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # full width off
    window.on_close_record()  # leave the record: Save, and wait for it
    assert window.ws.detail is None

    # every list
    for view in ("visits", "places", "people", "reprisals", "deadlines", "cases"):
        window.show_view(view)
        wait_loaded(qtbot, window.current_list())

    # a record without an editor: the summary pane
    summary = window.open_detail("recommendations", everything["recommendations"])
    qtbot.waitUntil(lambda: bool(summary.view.toPlainText()), timeout=10_000)

    # settings, with an option kept in the store
    dialog = SettingsDialog(window, ctx=ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.is_loaded, timeout=10_000)
    dialog._editors["organisation"].setText("Coalition (test)")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)

    # a dossier
    pdf = pdf_dialog.dossier_dialog(ctx, sample["c1"], window)
    qtbot.addWidget(pdf)
    qtbot.waitUntil(pdf.is_ready, timeout=10_000)
    assert "KZ-001" in pdf.path_edit.text()
    pdf.path_edit.setText(str(tmp_path / "dossier.pdf"))
    pdf.create_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)

    # delete and undo, a language switch
    window.delete_record("people", sample["lawyer"])
    qtbot.waitUntil(lambda: window.undo_button.isVisible(), timeout=10_000)
    window.on_undo()
    qtbot.waitUntil(lambda: not window.undo_button.isVisible(), timeout=10_000)
    window.set_language("ru")
    wait_loaded(qtbot, window.current_list())

    # lock and unlock
    window.lock()
    assert window.locked and ctx.store is None
    type_text(window.lock_screen.field.edit, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.field.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    wait_loaded(qtbot, window.current_list())
    ctx.runner.wait_idle()
    qtbot.wait(50)

    guard.active = False
    window.set_language("en")
    assert guard.touched == [], "\n\n".join(guard.touched)
    # and what was done was done
    from monitor_app import records
    from ui import settings

    with ctx.require_store().read() as s:
        assert records.get(s, "cases", sample["c1"])["title"].endswith(" (seen)")
    assert settings.get("organisation", ctx.store) == "Coalition (test)"
    ctx.runner.wait_idle()
    window.idle.uninstall()
