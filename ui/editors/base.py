"""The editor every kind of record shares: a form, Save, drafts as you type, errors in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from monitor_app import drafts, operations, records
from monitor_app.dates import format_moment
from monitor_app.operations import Outcome
from monitor_app.records import StaleRecord, ValidationError, Writer
from ui import errors
from ui.context import AppContext
from ui.detail import DetailWidget, confirm_leave
from ui.fit_scroll import FitWidthScrollArea
from ui.forms import Form
from ui.keyboard import enter_never_submits

DRAFT_DELAY_MS = 1000

SaveOperation = Callable[[Writer], Outcome]


class DraftBanner(QFrame):
    """"Unsaved typing from 14:03 was found" with Restore / Discard buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.restore_button = QPushButton(
            QCoreApplication.translate("RecordEditor", "Restore my typing"), self)
        self.discard_button = QPushButton(
            QCoreApplication.translate("RecordEditor", "Discard it"), self)
        for b in (self.restore_button, self.discard_button):
            b.setAutoDefault(False)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.hide()


def ask_stale(parent: QWidget | None) -> str:
    """The record changed elsewhere after the editor read it: "reload" (theirs), "keep"
    (mine, written over theirs: only the fields edited here change) or "cancel".

    Module-level so tests can answer it.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("RecordEditor", "Changed elsewhere"))
    box.setText(QCoreApplication.translate(
        "RecordEditor", "This record was changed elsewhere after you opened it, so your changes "
                        "were not saved."))
    box.setInformativeText(QCoreApplication.translate(
        "RecordEditor", "Reload it to see the other changes (yours are dropped), or keep "
                        "yours: the fields you edited are saved over the other version."))
    reload_button = box.addButton(QCoreApplication.translate("RecordEditor", "Reload"),
                                  QMessageBox.ButtonRole.DestructiveRole)
    keep_button = box.addButton(QCoreApplication.translate("RecordEditor", "Keep mine"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is reload_button:
        return "reload"
    if clicked is keep_button:
        return "keep"
    return "cancel"


class RecordEditor(DetailWidget):
    """Edits (``record_id``) or creates (None) one record of ``KIND``.

    Subclasses fill the form in :meth:`build_form`. Saving calls an operation of
    :mod:`monitor_app.operations` (:meth:`save_operation`): a generic save unless the
    kind has rules of its own; the editor only collects the form's values.
    """

    KIND = ""
    loaded = Signal()
    save_failed = Signal()

    def __init__(self, ctx: AppContext, record_id: str | None = None,
                 parent: QWidget | None = None, *, defaults: dict[str, Any] | None = None,
                 scope: str = "", show_title: bool = True, buttons: bool = True) -> None:
        super().__init__(ctx, self.KIND, record_id, parent)
        self.defaults = dict(defaults or {})
        self.scope = scope
        self.stored: dict[str, Any] = {}
        self._keep_mine_over: str | None = None  # "keep mine": the version to save over
        self._dirty = False
        self._loading = True
        self._edited: set[str] = set()  # fields the user changed since the last load
        self._pending_draft: drafts.StoredDraft | None = None
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.title = QLabel(self)
        self.title.setObjectName("editorTitle")
        self.title.setWordWrap(True)  # a long place name never widens the window
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setVisible(show_title)
        self.title.setContentsMargins(12, 8, 12, 0)
        outer.addWidget(self.title)
        self.banner = DraftBanner(self)
        self.banner.restore_button.clicked.connect(self.on_restore_draft)
        self.banner.discard_button.clicked.connect(self.on_discard_draft)
        outer.addWidget(self.banner)

        self.form = Form()
        self.build_form(self.form)
        self.form.edited.connect(self.on_form_edited)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(16, 8, 16, 12)
        body_layout.addWidget(self.form)
        body_layout.addStretch(1)
        self.body_layout = body_layout
        self.scroll = FitWidthScrollArea(self)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the list to a field
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)

        bar = QHBoxLayout()
        bar.setContentsMargins(12, 0, 12, 8)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        bar.addWidget(self.status, 1)
        self.revert_button = QPushButton(QCoreApplication.translate("RecordEditor", "Revert"), self)
        self.revert_button.setToolTip(QCoreApplication.translate(
            "RecordEditor", "Forget the changes made since the last save"))
        self.save_button = QPushButton(QCoreApplication.translate("RecordEditor", "Save"), self)
        self.save_button.setToolTip(QCoreApplication.translate("RecordEditor", "Save (Ctrl+S)"))
        for b in (self.revert_button, self.save_button):
            b.setAutoDefault(False)
            bar.addWidget(b)
        self.revert_button.clicked.connect(self.discard)
        self.save_button.clicked.connect(self.save)
        self.button_bar = QWidget(self)
        self.button_bar.setLayout(bar)
        self.button_bar.setVisible(buttons)
        outer.addWidget(self.button_bar)
        # Ctrl+S is the window's: the main window's Save action saves the open record
        # (MainWindow.on_save), an EditorDialog has its own. A second shortcut here made
        # the key ambiguous in the main window, and Qt then ran neither.
        self._update_buttons()
        self.retitle()
        self.load()

    # -- to override -------------------------------------------------------------
    def build_form(self, form: Form) -> None:
        raise NotImplementedError

    def title_text(self) -> str:
        return ""

    def after_load(self) -> None:
        """The record's values are on screen (subclasses load linked records here)."""

    def validate(self) -> dict[str, str]:
        """Problems beyond single fields (e.g. "a name, a pseudonym or a code")."""
        return {}

    def extra_state(self) -> dict[str, Any]:
        return {}

    def set_extra_state(self, state: dict[str, Any]) -> None:
        pass

    # -- loading -----------------------------------------------------------------
    def retitle(self) -> None:
        self.title.setText(self.title_text())

    def load(self) -> None:
        self._loading = True
        kind, record_id, scope = self.KIND, self.record_id, self.scope

        extra_reader = self.extra_reader()

        def read(session: Any) -> tuple[dict[str, Any], drafts.StoredDraft | None, Any]:
            data = records.get(session, kind, record_id) if record_id else {}
            extra = extra_reader(session, data) if extra_reader is not None else None
            return data, drafts.load(session, kind, record_id, scope), extra

        self.ctx.read(read, self._on_loaded, self._on_load_failed)

    def extra_reader(self) -> Callable[[Any, dict[str, Any]], Any] | None:
        """A function run in the load's read session (on the db lane) for linked records."""
        return None

    def show_extra(self, extra: Any) -> None:
        """Show what :meth:`extra_reader` returned (GUI thread, before a draft is offered)."""

    def _on_loaded(self, result: tuple[dict[str, Any], drafts.StoredDraft | None, Any]) -> None:
        data, draft, extra = result
        self.stored = data
        self._edited.clear()
        values = dict(self.defaults)
        values.update(data)
        self.form.set_values(values)
        self._loading = True
        self.show_extra(extra)
        self._loading = False
        self._set_dirty(False)
        self.retitle()
        self.after_load()
        self._offer_draft(draft)
        self.loaded.emit()

    def _on_load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.status.setText(QCoreApplication.translate(
            "RecordEditor", "This record could not be opened: it may have been deleted."))
        self.form.setEnabled(False)

    def _offer_draft(self, draft: drafts.StoredDraft | None) -> None:
        if draft is None or not draft.payload:
            self.banner.hide()
            return
        current = self.current_draft_payload()
        if draft.payload == current:
            self.banner.hide()
            return
        self._pending_draft = draft
        when = format_moment(draft.updated_at, self.ctx.lang) + " UTC"
        self.banner.text.setText(QCoreApplication.translate(
            "RecordEditor", "Unsaved typing from {when} was kept for this record. Restore it?"
        ).format(when=when))
        self.banner.show()

    def on_restore_draft(self) -> None:
        draft = self._pending_draft
        self.banner.hide()
        if draft is None:
            return
        self._pending_draft = None
        self.form.set_state(draft.payload.get("form", {}))
        self.set_extra_state(draft.payload.get("extra", {}))
        self._set_dirty(True)

    def on_discard_draft(self) -> None:
        self.banner.hide()
        self._pending_draft = None
        self._delete_draft()

    # -- dirty and drafts -------------------------------------------------------------
    def on_form_edited(self, _name: str = "") -> None:
        if self._loading:
            return
        self._edited.add(_name)
        self._set_dirty(True)
        self.status.setText("")
        self.draft_timer.start()

    def mark_edited(self) -> None:
        """For subclasses whose own widgets (tables, lists) changed."""
        self.on_form_edited()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.revert_button.setEnabled(self._dirty)

    def is_dirty(self) -> bool:
        return self._dirty

    def current_draft_payload(self) -> dict[str, Any]:
        return {"form": self.form.state(), "extra": self.extra_state()}

    def save_draft(self) -> None:
        self.draft_timer.stop()
        if not self._dirty or self.ctx.store is None:
            return
        payload = self.current_draft_payload()
        kind, record_id, scope = self.KIND, self.record_id, self.scope
        self.ctx.write(lambda w: drafts.save(w.session, kind, record_id, payload, scope),
                       on_error=errors.quiet("keeping a draft"))

    def drop_draft(self) -> None:
        """Stop saving typing and forget any kept draft (the record is being deleted)."""
        self.draft_timer.stop()
        self._set_dirty(False)
        self._delete_draft()

    def _delete_draft(self) -> None:
        kind, record_id, scope = self.KIND, self.record_id, self.scope
        if self.ctx.store is not None:
            self.ctx.write(lambda w: drafts.delete(w.session, kind, record_id, scope),
                           on_error=errors.quiet("deleting a draft"))

    # -- saving ------------------------------------------------------------------
    def values_to_write(self) -> dict[str, Any]:
        values = self.form.values()
        if self.record_id:
            return {k: v for k, v in values.items()
                    if _normal(self.stored.get(k)) != _normal(v)}
        # a default the user cleared in the form is not written (the place a new allegation
        # took from its case, when it happened elsewhere)
        out = {k: v for k, v in self.defaults.items() if k not in self._edited}
        out.update({k: v for k, v in values.items() if v not in (None, [])})
        return out

    def expected_revision(self) -> str | None:
        """The version the form's copy was read at, so that a save over a change made
        elsewhere since (another editor, a merge) is refused instead of silently undone."""
        if not self.record_id:
            return None
        return self._keep_mine_over or self.stored.get("version") or None

    def save_operation(self) -> SaveOperation:
        """The operation that saves the form, built on the GUI thread from its values;
        the returned function runs on the db lane. Kinds with rules override it."""
        values = self.values_to_write()
        kind, record_id, revision = self.KIND, self.record_id, self.expected_revision()
        return lambda w: operations.records.save(w, kind, record_id, values,
                                                 expected_revision=revision)

    def place_errors(self, errors: dict[str, str]) -> dict[str, str]:
        """Errors keyed by the form's field names (an operation names a part's errors
        after the part, e.g. ``findings[finding_area.health_care].text``)."""
        return errors

    def save(self) -> None:
        self.draft_timer.stop()
        problems = self.form.problems()
        problems.update({k: v for k, v in self.validate().items() if k not in problems})
        if problems:
            self.form.show_errors(problems)
            self.status.setText(QCoreApplication.translate(
                "RecordEditor", "Please correct the fields marked in red."))
            self.save_failed.emit()
            return
        operation = self.save_operation()
        kind, record_id, scope = self.KIND, self.record_id, self.scope

        def op(w: Writer) -> str:
            outcome = operation(w)
            drafts.delete(w.session, kind, record_id, scope)  # saved: the draft goes
            assert outcome.record_id is not None
            return outcome.record_id

        self.save_button.setEnabled(False)
        self.ctx.write(op, self._on_saved, self._on_save_failed)

    def _on_saved(self, record_id: str) -> None:
        self._keep_mine_over = None
        self.save_button.setEnabled(True)
        self.record_id = record_id
        self.scope = ""
        self._set_dirty(False)
        self.form.clear_errors()
        self.status.setText(QCoreApplication.translate("RecordEditor", "Saved."))
        self.load()
        self.saved.emit(record_id)

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.save_failed.emit()
        if isinstance(exc, StaleRecord):
            self.status.setText(QCoreApplication.translate(
                "RecordEditor", "Not saved: this record was changed elsewhere."))
            choice = ask_stale(self)
            if choice == "reload":  # theirs: my typing goes, the record is read again
                self._delete_draft()
                self.load()
            elif choice == "keep":  # mine: what I changed is written over their version
                self._keep_mine_over = exc.current
                self.save()
            return
        if isinstance(exc, ValidationError):
            unplaced = self.form.show_errors(self.place_errors(exc.errors))
            if unplaced:
                self.status.setText(errors.describe(ValidationError(unplaced)))
            else:
                self.status.setText(QCoreApplication.translate(
                    "RecordEditor", "Please correct the fields marked in red."))
            return
        self.status.setText(QCoreApplication.translate(
            "RecordEditor", "Could not save: {error}").format(
                error=errors.describe(exc, "saving a record")))

    def discard(self) -> None:
        self.draft_timer.stop()
        self._delete_draft()
        self.banner.hide()
        self._set_dirty(False)
        self.load()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.draft_timer.isActive():
            self.save_draft()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.revert_button.setText(QCoreApplication.translate("RecordEditor", "Revert"))
            self.save_button.setText(QCoreApplication.translate("RecordEditor", "Save"))
            self.banner.restore_button.setText(QCoreApplication.translate(
                "RecordEditor", "Restore my typing"))
            self.banner.discard_button.setText(QCoreApplication.translate(
                "RecordEditor", "Discard it"))
        super().changeEvent(event)


def _normal(value: Any) -> Any:
    if value in (None, "", []):
        return None
    if isinstance(value, list):
        return sorted(value)
    if isinstance(value, str) and len(value) >= 16 and value[10:11] == "T":
        return value[:16]  # datetimes compare to the minute
    return value


class EditorDialog(QDialog):
    """An editor in its own window: "Add step", "New person"... Enter never saves by accident."""

    def __init__(self, editor: RecordEditor, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.editor = editor
        editor.button_bar.hide()
        editor.title.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(editor, 1)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            QCoreApplication.translate("RecordEditor", "Save"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for b in (self.save_button, self.cancel_button):
            b.setAutoDefault(False)
            b.setDefault(False)
        self.buttons.setContentsMargins(12, 0, 12, 0)
        layout.addWidget(self.buttons)
        self.save_button.clicked.connect(editor.save)
        self.cancel_button.clicked.connect(self.reject)
        enter_never_submits(self)  # the button box makes Save the default when shown
        save = QShortcut(QKeySequence.StandardKey.Save, self)  # this window's only Ctrl+S
        save.activated.connect(editor.save)
        editor.saved.connect(lambda _id: self.accept())
        self.resize(640, min(760, editor.sizeHint().height() + 120))
        first = editor.form.first_focus()
        if first is not None:
            first.setFocus()

    def reject(self) -> None:
        if confirm_leave(self.editor, self):
            self.editor.draft_timer.stop()
            if self.editor.is_dirty():
                self.editor.discard()
            super().reject()
