"""Fixtures for the window's tests: isolated QSettings, a filled store, the main window.

Background work is joined at teardown; the store is detached (closed) by then.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractListModel, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.monitor_app.queries.test_listing import fill

# The offscreen platform says this once per top-level window; it is not our warning.
OFFSCREEN_NOISE = "propagateSizeHints"


@pytest.fixture(autouse=True)
def isolated_settings(private_home: Path, qapp: QApplication) -> Iterator[None]:
    """Each test gets its own, empty QSettings (window state, recent stores, options)."""
    folder = private_home / ".config"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    QSettings("Monitor", "Monitor").clear()
    from ui import i18n

    # As run_gui does at start: the English catalogue carries the plural forms ("4 matches"),
    # so no test depends on an earlier one having installed it.
    i18n.install("en")
    yield
    if i18n.current_language() != "en":
        i18n.install("en")


@pytest.fixture(autouse=True)
def no_popup_outlives_its_test(qapp: QApplication) -> Iterator[None]:
    """A completer's or combo's popup a test left open (typing into a picker opens one)
    is closed, and the widgets the test closed are deleted, before the next test starts:
    otherwise the popup's keyboard grab ("This plugin does not support grabbing the
    keyboard") lands in whichever test comes next and fails it for nothing it did."""
    from PySide6.QtCore import QCoreApplication, QEvent

    yield
    for _ in range(10):
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def sample(store: Any) -> dict[str, str]:
    """The known small data set of tests/monitor_app/test_listing.py (ids by nickname)."""
    return fill(store)


@pytest.fixture
def ctx(request: pytest.FixtureRequest, store: Any, qapp: QApplication, qtbot: Any
        ) -> Iterator[Any]:
    """A context on the real, threaded runner: the vocabulary loads on the db lane.

    Tests marked ``synchronous_runner`` get a runner that does each job at once instead
    (their widgets' reads and writes are done when the call returns)."""
    from monitor_app import evidence_files
    from ui.context import AppContext
    from ui.tasks import TaskRunner

    if request.node.get_closest_marker("synchronous_runner"):
        sync = AppContext(TaskRunner(synchronous=True))
        sync.attach(store)
        yield sync
        sync.runner.wait_idle()
        evidence_files.wipe_all()  # decrypted copies a test opened
        return
    context = AppContext(lang="en")
    context.attach(store)
    qtbot.waitUntil(lambda: context.store is not None, timeout=10_000)
    yield context
    context.runner.wait_idle()
    if context.store is not None:
        context.detach()
    qapp.processEvents()


@pytest.fixture
def window(ctx: Any, sample: dict[str, str], store_path: Path, qtbot: Any) -> Iterator[Any]:
    """The main window on the sample store, its first list loaded."""
    from ui.main_window import MainWindow

    win = MainWindow(ctx, store_path)
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitUntil(win.is_ready, timeout=10_000)
    yield win
    ctx.runner.wait_idle()
    win.idle.uninstall()


def type_text(widget: QWidget, text: str) -> None:
    """Type text key by key, Cyrillic and Kazakh letters included (QTest.keyClicks only
    knows Latin-1 keys): each key press carries its character, as a keyboard layout would."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def wait_loaded(qtbot: Any, view: Any, timeout: int = 10_000) -> None:
    """Wait until a list's model has answered its latest query."""
    qtbot.waitUntil(view.model.is_current, timeout=timeout)


def visible_texts(root: QWidget | None = None) -> list[str]:
    """Every text a widget holds (labels, fields, buttons, combo items, item views)."""
    widgets = root.findChildren(QWidget) if root is not None else QApplication.allWidgets()
    texts: list[str] = []
    for w in widgets:
        if isinstance(w, (QLabel, QLineEdit, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            texts.append(w.toPlainText())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
            texts.append(w.currentText())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            # a list model has one column (its columnCount is private in PySide6)
            columns = 1 if isinstance(m, QAbstractListModel) else m.columnCount()
            for r in range(min(m.rowCount(), 500)):
                for c in range(columns):
                    value = m.index(r, c).data()
                    if value:
                        texts.append(str(value))
        texts.append(w.windowTitle())
        texts.append(w.toolTip())
    return [t for t in texts if t]
