"""The number beside Deadlines in the navigation is the number of rows the Deadlines list
shows and its status bar says: one query answers both (issue 10: the navigation said 24, the
status bar 26, because the navigation counted only the overdue steps)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from monitor_app.queries import listing
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def test_navigation_count_is_the_status_bar_count_on_the_demo_store(
        ctx: Any, qtbot: Any, store_path: Any) -> None:
    from monitor_app import demo
    from ui.main_window import MainWindow

    demo.generate(ctx.store, cases=12, seed=1)
    with ctx.store.read() as s:
        counts = listing.deadline_counts(s)
    # the demo has both kinds, so a count of one kind alone would differ
    assert counts.overdue > 0 and counts.due_soon > 0
    win = MainWindow(ctx, store_path)
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitUntil(win.is_ready, timeout=10_000)
    item = win.ws.items["deadlines"]
    qtbot.waitUntil(lambda: item.text(1) != "", timeout=10_000)
    QTest.mouseClick(win.ws.nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=win.ws.nav.visualItemRect(item).center())
    assert win.current_view() == "deadlines"
    lv = win.current_list()
    qtbot.waitUntil(lambda: lv.model.is_loaded, timeout=10_000)
    status = win.matches.text()
    said = int(re.search(r"\d+", status).group())
    assert int(item.text(1)) == said == lv.model.rowCount() == counts.total
    assert str(counts.overdue) in item.toolTip(1) and str(counts.due_soon) in item.toolTip(1)
    ctx.runner.wait_idle()
    win.idle.uninstall()
