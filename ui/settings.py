"""Settings: every option declared once (type, default, translatable label) over QSettings.

Like qutebrowser's configdata and Picard's options: code reads ``settings.get("idle_lock_minutes")``
and never spells a QSettings key or a default itself. Case data never lives here; the
recent-stores list holds file paths only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from monitor_app.store import Store
from ui.field_labels import FieldLabels
from ui.i18n import NATIVE_NAMES

if TYPE_CHECKING:
    from ui.context import AppContext


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    label: str = ""                       # English; shown through translate("Settings", ...)
    choices: tuple[tuple[str, str], ...] = ()  # (value, English label)
    minimum: int = 0
    maximum: int = 0
    # "app": this computer's QSettings; "store": kept inside the encrypted store, because it
    # says something about who uses it (a seized laptop's settings are readable)
    scope: str = "app"


OPTIONS: dict[str, Option] = {o.key: o for o in (
    Option("language", str, "en", QT_TRANSLATE_NOOP("Settings", "Language"),
           tuple((code, name) for code, name in NATIVE_NAMES.items())),
    Option("idle_lock_minutes", int, 5,
           QT_TRANSLATE_NOOP("Settings", "Lock after this many idle minutes"),
           minimum=1, maximum=240),
    Option("organisation", str, "", QT_TRANSLATE_NOOP("Settings", "Organisation (for dossiers)"),
           scope="store"),
    Option("default_redaction", str, "pseudonymous",
           QT_TRANSLATE_NOOP("Settings", "Default redaction of dossiers"),
           (("none", QT_TRANSLATE_NOOP("Settings", "Full: names shown")),
            ("pseudonymous", QT_TRANSLATE_NOOP("Settings", "Pseudonymised")),
            ("public", QT_TRANSLATE_NOOP("Settings", "Public: identifying details removed")))),
    # kept by the app, not shown in the dialog
    Option("recent_stores", list, []),
)}
MAX_RECENT = 8


def qsettings() -> QSettings:
    return QSettings("Monitor", "Monitor")


def get(key: str, store: Store | None = None) -> Any:
    """The typed value of a declared option (its default when unset or unreadable).

    Options of scope "store" are read from ``store`` (their default without one): that
    is a store read, for a worker (the db lane), never the GUI thread.
    """
    opt = OPTIONS[key]
    if opt.scope == "store":
        value = store.option(key) if store is not None else None
        return opt.default if value is None else opt.type(value)
    raw = qsettings().value(f"options/{key}")
    if raw is None:
        return opt.default
    try:
        if opt.type is list:
            value: Any = [str(x) for x in raw] if isinstance(raw, list) else (
                [str(raw)] if raw else [])
        elif opt.type is int:
            value = int(raw)
            if opt.maximum:
                value = max(opt.minimum, min(opt.maximum, value))
        else:
            value = opt.type(raw)
    except (TypeError, ValueError):
        return opt.default
    if opt.choices and value not in {c for c, _ in opt.choices}:
        return opt.default
    return value


def set(key: str, value: Any, store: Store | None = None) -> None:  # noqa: A001
    """Keep an option; one of scope "store" is a store write (for the db lane)."""
    opt = OPTIONS[key]
    if opt.type is not list and not isinstance(value, opt.type):
        raise TypeError(f"{key} is {opt.type.__name__}, not {type(value).__name__}")
    if opt.scope == "store":
        if store is None:
            raise ValueError(f"{key} is kept in the store: unlock one first")
        store.set_option(key, str(value))  # with history, like any record
        return
    qsettings().setValue(f"options/{key}", value)


def remember_store(path: str) -> None:
    """Put a store's path first in the recent list (paths only, never content)."""
    recent = [p for p in get("recent_stores") if p != path]
    set("recent_stores", [path, *recent][:MAX_RECENT])


def state(key: str) -> Any:
    """Window state (geometry, splitter, header layout): bytes kept as they came."""
    return qsettings().value(f"state/{key}")


def set_state(key: str, value: Any) -> None:
    qsettings().setValue(f"state/{key}", value)


class SettingsDialog(QDialog):
    """The options a user sets, built from the declarations.

    Options kept in the store are offered when ``ctx`` has one open; they are read and
    written on the db lane (their fields stay disabled until read), never here.
    """

    applied = Signal(dict)  # key -> new value, only what changed
    loaded = Signal()       # the store's options have arrived (at once when there are none)

    def __init__(self, parent: QWidget | None = None, ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self.ctx = ctx
        self.store = ctx.store if ctx is not None else None
        self._editors: dict[str, QWidget] = {}
        self._initial: dict[str, Any] = {}
        self.is_loaded = False
        self._form = QFormLayout()
        self._labels = FieldLabels(self._form)
        for opt in OPTIONS.values():
            if not opt.label or (opt.scope == "store" and (
                    self.store is None or self.store.read_only)):  # read-only: no store write
                continue
            value = get(opt.key) if opt.scope == "app" else opt.default
            if opt.choices:
                combo = QComboBox(self)
                for code, _label in opt.choices:
                    combo.addItem("", code)
                editor: QWidget = combo
            elif opt.type is int:
                spin = QSpinBox(self)
                spin.setRange(opt.minimum, opt.maximum)
                editor = spin
            else:
                editor = QLineEdit(self)
            editor.setObjectName(opt.key)
            self._editors[opt.key] = editor
            self._set_value(opt.key, value)
            if opt.scope == "store":
                editor.setEnabled(False)  # until its value is read from the store
            self._labels.add(editor)
        self.message = QLabel(self)
        self.message.setObjectName("settings_message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._load_store_options()

    def _store_keys(self) -> list[str]:
        return [k for k in self._editors if OPTIONS[k].scope == "store"]

    def _load_store_options(self) -> None:
        keys = self._store_keys()
        if not keys or self.ctx is None or self.store is None:
            self._initial = dict(self.values())
            self.is_loaded = True
            return
        self.is_loaded = False
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        store = self.store
        self.ctx.runner.run_op(lambda: {k: get(k, store) for k in keys}, self._on_loaded,
                               self._on_failed)

    def _on_loaded(self, values: dict[str, Any]) -> None:
        for key, value in values.items():
            self._set_value(key, value)
            self._editors[key].setEnabled(True)
        self._initial = dict(self.values())
        self.is_loaded = True
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.loaded.emit()

    def _on_failed(self, exc: BaseException) -> None:
        from ui import errors

        self.message.setText(errors.describe(exc, "reading or writing the store's options"))
        self.message.show()
        self.buttons.setEnabled(True)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(all(e.isEnabled() for e in self._editors.values()))

    def _set_value(self, key: str, value: Any) -> None:
        editor = self._editors[key]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self._labels.set_texts({
            editor: QCoreApplication.translate("Settings", OPTIONS[key].label)
            for key, editor in self._editors.items()})
        for key, editor in self._editors.items():
            opt = OPTIONS[key]
            if isinstance(editor, QComboBox) and key != "language":
                for i, (_code, text) in enumerate(opt.choices):
                    editor.setItemText(i, QCoreApplication.translate("Settings", text))
            elif isinstance(editor, QComboBox):
                for i, (_code, text) in enumerate(opt.choices):
                    editor.setItemText(i, text)
            if isinstance(editor, QSpinBox):
                editor.setSuffix(" " + self.tr("min"))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, editor in self._editors.items():
            if isinstance(editor, QComboBox):
                out[key] = editor.currentData()
            elif isinstance(editor, QSpinBox):
                out[key] = editor.value()
            elif isinstance(editor, QLineEdit):
                out[key] = editor.text().strip()
        return out

    def accept(self) -> None:
        """Keep what changed: this computer's options at once, the store's on the db lane
        (the dialog closes when they are written; on failure it stays and says why)."""
        if not self.is_loaded:
            return
        changed = {k: v for k, v in self.values().items() if v != self._initial.get(k)}
        in_store = {k: v for k, v in changed.items() if OPTIONS[k].scope == "store"}
        for key, value in changed.items():
            if key not in in_store:
                set(key, value)
        if not in_store or self.ctx is None or self.store is None:
            self._finish(changed)
            return
        store = self.store
        self.buttons.setEnabled(False)

        def write() -> None:
            for key, value in in_store.items():
                set(key, value, store)

        self.ctx.runner.run_op(write, lambda _r: self._finish(changed), self._on_failed)

    def _finish(self, changed: dict[str, Any]) -> None:
        self._initial.update(changed)
        super().accept()
        if changed:
            self.applied.emit(changed)
