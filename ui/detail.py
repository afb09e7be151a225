"""The record shown in the right-hand pane (or full width): one widget per kind.

``ui.detail_factory.make_detail`` picks the widget for a kind. Every detail widget
knows whether it holds unsaved typing (``is_dirty``), can ``save()``, ``discard()`` and
``save_draft()``; :func:`confirm_leave` is the unsaved-changes guard (Save / Discard /
Cancel) to call before closing a record or switching to another one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Signal
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from ui.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("Detail", text)


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


class SummaryDetail(DetailWidget):
    """A read-only rendering of a record and its linked records."""

    def __init__(self, ctx: AppContext, kind: str, record_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, kind, record_id, parent)
        self.view = QTextBrowser(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        if record_id:
            from monitor_app.inspect_records import as_text, show_record

            data = show_record(ctx.require_store(), kind, record_id, ctx.lang)
            self.view.setPlainText(as_text(data))


# -- the unsaved-changes guard ----------------------------------------------------

def ask_unsaved(parent: QWidget | None) -> str:
    """Ask what to do with unsaved changes: "save", "discard" or "cancel".

    Module-level so tests (and the main window) can replace the question.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(tr("This record has changes that are not saved yet."))
    box.setInformativeText(tr("Save them before leaving?"))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def wait_for_saves(ctx: AppContext) -> None:
    """Let queued writes finish and their results arrive on this (GUI) thread."""
    ctx.runner.wait_idle()
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def confirm_leave(detail: DetailWidget, parent: QWidget | None = None) -> bool:
    """True when the record may be closed or left: clean, saved or discarded on request."""
    if not detail.is_dirty():
        return True
    answer = ask_unsaved(parent or detail)
    if answer == "cancel":
        return False
    if answer == "discard":
        detail.discard()
        return True
    detail.save()
    wait_for_saves(detail.ctx)
    return not detail.is_dirty()  # still dirty: the save failed, errors are on screen

