"""Every field of the store, settings and procedure dialogs has a visible label whose buddy
is the field (Alt and the underlined letter focuses it) and which names it to a screen
reader; the new-passphrase group is one widget, the same in the create and change dialogs
(issue 10: Settings, the unlock and the create-store dialogs used ``addRow("", field)``,
which makes no label at all)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.ui.conftest import OFFSCREEN_NOISE
from ui import i18n
from ui.field_labels import mnemonic_of, plain, with_mnemonic
from ui.passphrase_fields import NewPassphraseFields

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit)


def _unlock(ctx: Any, tmp: Path) -> QDialog:
    from ui.unlock import UnlockDialog

    return UnlockDialog(str(tmp / "cases.monitor"))


def _create(ctx: Any, tmp: Path) -> QDialog:
    from ui.unlock import CreateStoreDialog

    return CreateStoreDialog(path=str(tmp / "new.monitor"))


def _change(ctx: Any, tmp: Path) -> QDialog:
    from ui.store_actions import PassphraseDialog

    return PassphraseDialog(ctx, tmp / "cases.monitor", change=True)


def _rekey(ctx: Any, tmp: Path) -> QDialog:
    from ui.store_actions import PassphraseDialog

    return PassphraseDialog(ctx, tmp / "cases.monitor", change=False)


def _restore(ctx: Any, tmp: Path) -> QDialog:
    from ui.store_actions import RestoreDialog

    return RestoreDialog(ctx)


def _settings(ctx: Any, tmp: Path) -> QDialog:
    from ui.settings import SettingsDialog

    return SettingsDialog(ctx=ctx)


def _unlock_policy(ctx: Any, tmp: Path) -> QDialog:
    from ui.unlock_policy_dialog import UnlockPolicyDialog

    return UnlockPolicyDialog(ctx.store, ctx.runner)


def _procedure(ctx: Any, tmp: Path) -> QDialog:
    from ui.procedure_dialog import ProcedureDialog

    return ProcedureDialog(ctx)


DIALOGS: dict[str, Callable[[Any, Path], QDialog]] = {
    "unlock": _unlock, "create": _create, "change": _change, "rekey": _rekey,
    "restore": _restore, "settings": _settings, "unlock_policy": _unlock_policy,
    "procedure": _procedure,
}


@pytest.fixture(params=["en", "ru", "kk"])
def lang(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param


def shown(qtbot: Any, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def labelled_fields(dialog: QDialog) -> list[tuple[QLabel, QWidget]]:
    """(label, buddy) of every visible input of the dialog, failing on one without."""
    rows: dict[QWidget, QLabel] = {}
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                buddy = label.widget().buddy()
                if buddy is not None:
                    rows[buddy] = label.widget()
    out = []
    for field in dialog.findChildren(QWidget):
        if (not isinstance(field, INPUTS) or not field.isVisibleTo(dialog)
                or isinstance(field.parentWidget(), (QComboBox, QAbstractSpinBox))):
            continue
        assert field in rows, f"{field.objectName() or field} has no label"
        out.append((rows[field], field))
    return out


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_field_has_a_label_whose_buddy_it_is(name: str, lang: str, ctx: Any, qtbot: Any,
                                                   tmp_path: Path) -> None:
    dialog = shown(qtbot, DIALOGS[name](ctx, tmp_path))
    if name == "settings":
        qtbot.waitUntil(lambda: dialog.is_loaded, timeout=10_000)
    found = labelled_fields(dialog)
    assert found
    letters = []
    for label, field in found:
        words = plain(label.text())
        assert words.strip() and label.isVisible(), field.objectName()
        assert field.accessibleName() == words
        letter = mnemonic_of(label.text())
        assert letter, label.text()
        letters.append(letter)
    assert len(set(letters)) == len(letters), [lb.text() for lb, _ in found]
    if name == "settings":
        organisation = dialog.findChild(QLineEdit, "organisation")
        label = next(lb for lb, f in found if f is organisation)
        assert {"en": "Organisation", "ru": "Организация", "kk": "Ұйым"}[lang] in label.text()
    ctx.runner.wait_idle()


@pytest.mark.parametrize("name", ["unlock", "create", "change", "restore", "settings",
                                  "unlock_policy", "procedure"])
def test_alt_and_the_underlined_letter_focuses_the_field(name: str, ctx: Any, qtbot: Any,
                                                         tmp_path: Path) -> None:
    dialog = shown(qtbot, DIALOGS[name](ctx, tmp_path))
    if name == "settings":
        qtbot.waitUntil(lambda: dialog.is_loaded, timeout=10_000)
    for label, field in labelled_fields(dialog):
        if not field.isEnabled():
            continue
        letter = mnemonic_of(label.text())
        qtbot.keyClick(QApplication.focusWidget() or dialog, letter,
                       Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is field, label.text()
    ctx.runner.wait_idle()


def test_mnemonics_are_chosen_free_and_kept_when_marked() -> None:
    taken: set[str] = set()
    assert with_mnemonic("Passphrase", taken) == "&Passphrase"
    assert with_mnemonic("Repeat the passphrase", taken) == "&Repeat the passphrase"
    assert with_mnemonic("New passphrase", taken) == "&New passphrase"
    assert with_mnemonic("Passphrase of the backup", taken) == "Passphrase &of the backup"
    assert with_mnemonic("Пароль", taken) == "&Пароль"
    assert with_mnemonic("Пароль ещё раз", taken) == "Пароль &ещё раз"
    assert with_mnemonic("Sa&ve", taken) == "Sa&ve" and "v" in taken
    assert plain("Fish && &chips") == "Fish & chips"


@pytest.mark.parametrize("name", ["create", "change"])
def test_the_new_passphrase_group_is_one_widget_in_both_dialogs(name: str, ctx: Any, qtbot: Any,
                                                                tmp_path: Path) -> None:
    dialog = shown(qtbot, DIALOGS[name](ctx, tmp_path))
    groups = dialog.findChildren(NewPassphraseFields)
    assert len(groups) == 1
    group = groups[0]
    # the dialog's own rows (the file, the current passphrase) line up in the group's form
    assert group.form.rowCount() >= 4
    qtbot.keyClicks(group.new, "short")
    assert "Too short" in group.strength.text()
    qtbot.mouseClick(group.suggest, Qt.MouseButton.LeftButton)
    made = group.new.text()
    assert made == group.repeat.edit.text() and len(made.split(" ")) == 6
    assert group.new.echoMode() == QLineEdit.EchoMode.Normal
    assert "good" in group.strength.text() and "write it down" in group.note.text()
    assert group.note.isVisible() and group.problem() == ""
    group.repeat.edit.setText(made + "x")
    assert "differ" in group.problem()
    # the check boxes of the other dialogs need no label: they carry their own words
    assert not dialog.findChildren(QCheckBox) or name != "create"
    ctx.runner.wait_idle()
