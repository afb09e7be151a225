"""Edit > Erase the deleted record for good: the GUI's way to purge what was just deleted."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from db.models import Person
from monitor_app.operations.purge import tombstoned
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def test_erase_the_record_just_deleted(window: Any, qtbot: Any, sample: dict[str, str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    pid = sample["erzhan"]
    assert not window.act_purge.isEnabled()
    assert window.act_purge in window.menu_edit.actions()
    window.delete_record("people", pid)
    qtbot.waitUntil(window.act_purge.isEnabled)
    asked: list[str] = []

    def no(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", no)
    window.act_purge.trigger()
    assert asked and "for good" in asked[0]
    assert window.act_purge.isEnabled()  # nothing done
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a: QMessageBox.StandardButton.Yes)
    window.act_purge.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Erased for good.",
                    timeout=10_000)
    assert not window.act_purge.isEnabled() and not window.act_undo.isEnabled()
    with window.ctx.store.read() as s:
        assert tombstoned(s, "people", [pid]) == {pid}
        assert s.get(Person, pid).name == ""
