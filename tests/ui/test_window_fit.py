"""Issue 10: the window fits a small laptop. With any record open (and every part of a case
open in its tab) the window's minimum width stays at most 1024 px, in en, ru and kk; a form
never scrolls sideways; ``--size`` sets the window's size."""

from __future__ import annotations

import argparse
import struct
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QScrollArea, QTabWidget

from ui.launcher import window_size

SMALL_SCREEN = 1024


def _min_width(window: Any) -> int:
    QApplication.processEvents()
    return window.minimumSizeHint().width()


def _open_every_part(window: Any, qtbot: Any) -> list[tuple[str, int]]:
    """Open each tab of the case on screen and the first record of each of its tables."""
    widths = []
    for tabs in window.ws.detail.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            page = tabs.widget(index)
            for view in page.findChildren(QAbstractItemView):
                model = view.model()
                if model is not None and model.rowCount() and view.isVisibleTo(page):
                    view.setCurrentIndex(model.index(0, 0))
                    view.selectRow(0) if hasattr(view, "selectRow") else None
                    qtbot.wait(150)
            window.ctx.runner.wait_idle()
            widths.append((tabs.tabText(index), _min_width(window)))
    return widths


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_every_record_kind_open_fits_a_1024_px_screen(lang: str, ctx: Any, qtbot: Any,
                                                      store_path: Path) -> None:
    from monitor_app import demo
    from ui import i18n
    from ui.context import load_vocab
    from ui.main_window import VIEWS, MainWindow

    demo.generate(ctx.store, cases=8, seed=3)
    ctx.vocab = load_vocab(ctx.store)
    i18n.install(lang)
    ctx.lang = lang
    window = MainWindow(ctx, store_path)
    qtbot.addWidget(window)
    window.resize(SMALL_SCREEN, 700)
    window.show()
    qtbot.waitUntil(window.is_ready, timeout=10_000)
    too_wide = []
    for view in VIEWS:
        window.show_view(view)
        qtbot.waitUntil(window.is_ready, timeout=10_000)
        window.open_first("right")  # beside the list: the widest arrangement
        qtbot.wait(300)
        window.ctx.runner.wait_idle()
        if window.ws.detail is None:
            continue
        width = _min_width(window)
        if width > SMALL_SCREEN:
            too_wide.append((view, width))
        if view == "cases":
            too_wide += [(f"case/{tab}", w) for tab, w in _open_every_part(window, qtbot)
                         if w > SMALL_SCREEN]
        for area in window.ws.detail.findChildren(QScrollArea):  # no sideways scrolling
            bar = area.horizontalScrollBar()
            if area.isVisible() and bar.maximum() > 0 and area.objectName() != "evidence":
                too_wide.append((f"{view}: sideways scroll in {type(area.parent()).__name__}",
                                 bar.maximum()))
    window.ctx.runner.wait_idle()
    window.idle.uninstall()
    assert too_wide == [], f"wider than {SMALL_SCREEN} px in {lang}: {too_wide}"


def test_size_is_read_as_width_by_height() -> None:
    assert window_size("1366x768") == (1366, 768)
    assert window_size("1024X700") == (1024, 700)
    for bad in ("1366", "x768", "big", "10x10", "1366x-2"):
        with pytest.raises(argparse.ArgumentTypeError):
            window_size(bad)


@pytest.mark.slow
def test_screenshot_has_the_size_asked_for(tmp_path: Path, qapp: Any) -> None:
    from ui.app import run_gui

    out = tmp_path / "small.png"
    args = argparse.Namespace(store=None, demo=True, lang="kk", view="visit", size=(1024, 700),
                              screenshot=str(out), passphrase_stdin=False)
    assert run_gui(args, None) == 0
    head = out.read_bytes()[:24]
    assert struct.unpack(">II", head[16:24]) == (1024, 700)


def test_the_first_window_is_never_larger_than_the_screen(window: Any) -> None:
    """Issue 10: the first window was 1400x860 whatever the screen, so on a 1366x768 laptop
    its Save button was off the screen. The offscreen screen is smaller still."""
    from ui.main_window import DEFAULT_SIZE, FRAME_ROOM, first_size

    room = window.screen().availableGeometry().size()
    size = first_size(window)
    assert size.width() <= max(room.width() - FRAME_ROOM[0], window.minimumSizeHint().width())
    assert size.height() <= max(room.height() - FRAME_ROOM[1],
                                window.minimumSizeHint().height())
    assert size.width() <= DEFAULT_SIZE[0] and size.height() <= DEFAULT_SIZE[1]
    assert room.width() < DEFAULT_SIZE[0]  # else this test shows nothing: the screen is big
