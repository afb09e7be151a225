"""The record shown in the right-hand pane (or full width): one widget per kind.

``ui.detail_factory.make_detail`` picks the widget for a kind. Every detail widget
knows whether it holds unsaved typing (``is_dirty``), can ``save()``, ``discard()`` and
``save_draft()``; :func:`confirm_leave` is the unsaved-changes guard (Save / Discard /
Cancel) to call before closing a record or switching to another one: on Save it waits
for the save's answer before saying yes.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from ui import errors
from ui.context import AppContext


class DetailWidget(QWidget):
    """Base of every detail pane: knows its record, whether it has unsaved edits."""

    dirty_changed = Signal(bool)
    saved = Signal(str)            # record id
    close_requested = Signal()
    open_requested = Signal(str, str)  # kind, record id: "show this linked record"

    def __init__(self, ctx: AppContext, kind: str, record_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind, self.record_id = ctx, kind, record_id

    def is_dirty(self) -> bool:
        return False

    def save(self) -> None:
        """Ctrl+S: validate and write; stays open."""

    def discard(self) -> None:
        """Forget unsaved edits (and their draft)."""

    def save_draft(self) -> None:
        """Keep the unsaved typing in the store now (also done by itself as one types)."""

    def current_tab(self) -> str | None:
        """The key of the tab shown, for a record shown in tabs (kept across a lock)."""
        return None

    def show_tab(self, key: str) -> None:
        """Show the tab ``key`` (one :meth:`current_tab` gave); unknown keys are ignored."""


class SummaryDetail(DetailWidget):
    """A read-only rendering of a record and its linked records (read on the db lane)."""

    def __init__(self, ctx: AppContext, kind: str, record_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, kind, record_id, parent)
        self.view = QTextBrowser(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        if record_id:
            from monitor_app.queries.inspect_records import as_text, show_record

            store, lang = ctx.require_store(), ctx.lang
            ctx.runner.run_op(lambda: as_text(show_record(store, kind, record_id, lang)),
                              self._show, self._on_load_failed)

    def _show(self, text: str) -> None:
        self.view.setPlainText(text)

    def _on_load_failed(self, exc: BaseException) -> None:
        self.view.setPlainText(errors.describe(exc, "showing a record"))


# -- the unsaved-changes guard ----------------------------------------------------

def ask_unsaved(parent: QWidget | None) -> str:
    """Ask what to do with unsaved changes: "save", "discard" or "cancel".

    Module-level so tests (and the main window) can replace the question.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Detail", "Unsaved changes"))
    box.setText(QCoreApplication.translate(
        "Detail", "This record has changes that are not saved yet."))
    box.setInformativeText(QCoreApplication.translate("Detail", "Save them before leaving?"))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


SAVE_WAIT_MS = 120_000  # a save that has not answered by then: stay, it lands later


def save_and_wait(detail: DetailWidget, timeout_ms: int = SAVE_WAIT_MS
                  ) -> tuple[bool, BaseException | None]:
    """Save and wait for the answer: (saved, the write's error if one failed).

    Every write the save queued runs on the db lane before a marker queued after them,
    so once the marker answers, the save's own answer has arrived. Meanwhile the window
    repaints but takes no input (nothing can be edited or left half-way).
    """
    ctx = detail.ctx
    failures: list[BaseException] = []
    ctx.write_failed.connect(failures.append)
    try:
        detail.save()
        answered: list[bool] = []
        loop = QEventLoop()

        def arrived(_value: object) -> None:
            answered.append(True)
            loop.quit()

        ctx.runner.run_op(lambda: None, arrived, arrived)
        if not answered:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(loop.quit)
            timer.start(timeout_ms)
            try:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            finally:
                timer.stop()
                QApplication.restoreOverrideCursor()
    finally:
        ctx.write_failed.disconnect(failures.append)
    if not shiboken6.isValid(detail):
        return False, failures[0] if failures else None
    return bool(answered) and not detail.is_dirty(), failures[0] if failures else None


def confirm_leave(detail: DetailWidget, parent: QWidget | None = None) -> bool:
    """True when the record may be closed or left: clean, saved or discarded on request.

    On "Save" this waits for the save's answer: saved, the caller goes on; not saved (a
    field to correct, the store busy...), the user is told why and stays.
    """
    if not detail.is_dirty():
        return True
    answer = ask_unsaved(parent or detail)
    if answer == "cancel":
        return False
    if answer == "discard":
        detail.discard()
        return True
    saved, failure = save_and_wait(detail)
    if saved:
        return True
    if shiboken6.isValid(detail):
        errors.show_user_error(
            parent or detail, failure if failure is not None else QCoreApplication.translate(
                "Detail", "The record was not saved, so it stays open: correct what is "
                "marked, or discard the changes."), context="saving a record before leaving it")
    return False

