"""Opening and creating stores: the passphrase dialog, key derivation in a worker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from monitor_app.store import create_store
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.ui.conftest import OFFSCREEN_NOISE, type_text

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


@pytest.fixture
def closed_store(store_path: Path) -> Path:
    create_store(store_path, PASSPHRASE, kdf=CHEAP_KDF).close()
    return store_path


@pytest.fixture
def dialog(closed_store: Path, qtbot: Any) -> Any:
    from ui.unlock import UnlockDialog

    d = UnlockDialog(str(closed_store))
    qtbot.addWidget(d)
    d.show()
    yield d
    d.runner.wait_idle()
    if d.store is not None:
        d.store.close()


def test_the_right_passphrase_unlocks(dialog: Any, qtbot: Any, closed_store: Path) -> None:
    from ui import settings

    type_text(dialog.field.edit, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert dialog.store is not None and dialog.store.path == closed_store
    assert settings.get("recent_stores") == [str(closed_store.resolve())]
    assert dialog.passphrase is None  # the passphrase is not kept around


def test_a_wrong_passphrase_is_said_next_to_the_field(dialog: Any, qtbot: Any) -> None:
    type_text(dialog.field.edit, "wrong horse")
    qtbot.keyClick(dialog.field.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.field.message.isVisible, timeout=10_000)
    assert "Wrong passphrase" in dialog.field.message.text()
    assert dialog.isVisible() and dialog.store is None
    assert dialog.field.edit.isEnabled() and not dialog.busy.isVisible()
    # and a second try works
    dialog.field.edit.clear()
    type_text(dialog.field.edit, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.store is not None, timeout=10_000)


def test_not_a_store(tmp_path: Path, qtbot: Any) -> None:
    from ui.unlock import UnlockDialog

    junk = tmp_path / "notes.txt"
    junk.write_text("hello")
    d = UnlockDialog(str(junk))
    qtbot.addWidget(d)
    type_text(d.field.edit, "x")
    qtbot.mouseClick(d.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(d.field.message.text()), timeout=10_000)
    assert "not" in d.field.message.text().lower()
    d.runner.wait_idle()


def test_creating_a_store_asks_the_passphrase_twice(tmp_path: Path, qtbot: Any) -> None:
    from ui import settings
    from ui.unlock import CreateStoreDialog

    path = tmp_path / "new.monitor"
    d = CreateStoreDialog(path=str(path))
    qtbot.addWidget(d)
    d.show()
    type_text(d.first, "a long passphrase")
    type_text(d.second.edit, "a long passfrase")
    qtbot.mouseClick(d.create_button, Qt.MouseButton.LeftButton)
    assert d.second.message.isVisible()
    assert "differ" in d.second.message.text()
    assert not path.exists()
    d.second.edit.clear()
    type_text(d.second.edit, "a long passphrase")
    qtbot.mouseClick(d.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.store is not None, timeout=10_000)
    assert path.exists()
    assert settings.get("recent_stores") == [str(path.resolve())]
    d.store.close()
    d.runner.wait_idle()
    # the new store opens with that passphrase
    from ui.unlock import unlock_job

    unlock_job(path, "a long passphrase").close()


def test_recent_stores_are_offered(closed_store: Path, qtbot: Any, tmp_path: Path) -> None:
    from ui import settings
    from ui.unlock import UnlockDialog

    settings.remember_store(str(tmp_path / "older.monitor"))
    settings.remember_store(str(closed_store))
    d = UnlockDialog()
    qtbot.addWidget(d)
    assert d.path.currentText() == str(closed_store)
    assert d.path.count() == 2


def test_a_weak_new_passphrase_is_refused_with_the_reason(tmp_path: Path, qtbot: Any) -> None:
    from ui.unlock import CreateStoreDialog

    path = tmp_path / "new.monitor"
    d = CreateStoreDialog(path=str(path))
    qtbot.addWidget(d)
    d.show()
    for weak, why in (("a", "Too short"), ("          ", "spaces alone"),
                      ("password1234", "Too easy to guess")):
        d.first.setText(weak)
        d.second.edit.setText(weak)
        assert why in d.strength.text()
        qtbot.mouseClick(d.create_button, Qt.MouseButton.LeftButton)
        assert d.second.message.isVisible() and why in d.second.message.text()
        assert not path.exists() and d.store is None
    d.first.setText("a long passphrase")
    assert "good" in d.strength.text()


def test_a_suggested_passphrase_is_shown_and_creates_the_store(tmp_path: Path,
                                                               qtbot: Any) -> None:
    from monitor_app import passphrase
    from ui.unlock import CreateStoreDialog, unlock_job

    path = tmp_path / "new.monitor"
    d = CreateStoreDialog(path=str(path))
    qtbot.addWidget(d)
    d.show()
    qtbot.mouseClick(d.suggest, Qt.MouseButton.LeftButton)
    made = d.first.text()
    assert made == d.second.edit.text() and len(made.split(" ")) == 6
    assert d.first.echoMode() == QLineEdit.EchoMode.Normal  # visible, to be written down
    assert passphrase.problem(made) is None and "good" in d.strength.text()
    assert "English" in d.hint.text()
    qtbot.mouseClick(d.suggest, Qt.MouseButton.LeftButton)
    assert d.first.text() != made  # a fresh one each time
    made = d.first.text()
    qtbot.mouseClick(d.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.store is not None, timeout=10_000)
    d.store.close()
    d.runner.wait_idle()
    unlock_job(path, made).close()
