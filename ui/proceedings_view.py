"""The case view's "Trials and proceedings" tab: the case's proceedings with how many
defendants each has; a proceeding opens in its editor, with its defendants table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from monitor_app import operations
from monitor_app.queries import proceedings as queries
from monitor_app.records import Change
from ui import errors
from ui.context import AppContext
from ui.editors.allegation_parts import confirm
from ui.editors.base import EditorDialog
from ui.editors.proceedings import ProceedingEditor
from ui.record_tables import fill_table, make_table, selected_id

PROCEEDING_KINDS = frozenset({"proceedings", "proceeding_defendants"})


class ProceedingsTab(QWidget):
    """Proceedings of one case: list (started, kind, court, number, defendants, judgment),
    add, open, delete."""

    counted = Signal(int)

    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.rows: list[queries.ProceedingRow] = []
        self.dialog: EditorDialog | None = None
        self.table = make_table([""] * 6, self, stretch=2)  # headers: retranslate()
        self.table.doubleClicked.connect(self.on_open)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.add_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        buttons = QHBoxLayout()
        for b, slot in ((self.add_button, self.on_add), (self.open_button, self.on_open),
                        (self.delete_button, self.on_delete)):
            b.setAutoDefault(False)
            b.clicked.connect(slot)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        ctx.changed.connect(self.on_changed)
        self.retranslate()
        self._update_buttons()
        self.reload()

    def title(self) -> str:
        base = QCoreApplication.translate("Proceedings", "Trials and proceedings")
        return f"{base} ({len(self.rows)})" if self.rows else base

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("Proceedings", "Started"),
            QCoreApplication.translate("Proceedings", "Kind"),
            QCoreApplication.translate("Proceedings", "Court"),
            QCoreApplication.translate("Proceedings", "Case number"),
            QCoreApplication.translate("Proceedings", "Defendants"),
            QCoreApplication.translate("Proceedings", "Judgment")])
        self.note.setText(QCoreApplication.translate(
            "Proceedings", "Trials, appeals and other proceedings, each with its defendants: "
                           "charges, verdict, sentence and what became of their torture "
                           "complaints. Double-click to open."))
        self.add_button.setText(QCoreApplication.translate("Proceedings", "Add proceeding…"))
        self.open_button.setText(QCoreApplication.translate("Proceedings", "Open…"))
        self.delete_button.setText(QCoreApplication.translate("Proceedings",
                                                              "Delete proceeding…"))

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def selected(self) -> str | None:
        return selected_id(self.table)

    # -- data --------------------------------------------------------------------
    def reload(self) -> None:
        if self.ctx.store is None or self.ctx.vocab is None:
            return
        vocab, lang, case_id = self.ctx.vocab, self.ctx.lang, self.case_id
        self.ctx.read(lambda s: queries.proceeding_rows(s, vocab, case_id, lang),
                      self.show_rows,
                      lambda exc: self.show_message(errors.describe(exc, "reading a case")))

    def show_rows(self, rows: list[queries.ProceedingRow]) -> None:
        self.rows = list(rows)
        self.table.blockSignals(True)
        fill_table(self.table, rows)  # type: ignore[arg-type]  # rows with id and cells
        for r in range(self.table.rowCount()):  # the defendants' count
            self.table.item(r, 4).setTextAlignment(Qt.AlignmentFlag.AlignRight
                                                   | Qt.AlignmentFlag.AlignVCenter)
        self.table.blockSignals(False)
        self._update_buttons()
        self.counted.emit(len(rows))

    def on_changed(self, change: Change) -> None:
        if change.kinds & PROCEEDING_KINDS or change.touches("people"):
            self.reload()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- actions -------------------------------------------------------------------
    def _open(self, proceeding_id: str | None) -> EditorDialog:
        editor = ProceedingEditor(self.ctx, proceeding_id, defaults={"case_id": self.case_id},
                                  scope=self.case_id if proceeding_id is None else "")
        title = (QCoreApplication.translate("Proceedings", "New proceeding")
                 if proceeding_id is None
                 else QCoreApplication.translate("Proceedings", "Proceeding"))
        self.dialog = EditorDialog(editor, title, self)
        # the defendants table needs the room (six columns of a 37-defendant trial), within
        # the screen's free area: a 1366x768 laptop has under 740 px below the panels
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = 1000, 760
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.dialog.resize(width, height)
        self.dialog.open()
        return self.dialog

    def on_add(self) -> EditorDialog:
        return self._open(None)

    def on_open(self) -> EditorDialog | None:
        proceeding_id = self.selected()
        return self._open(proceeding_id) if proceeding_id else None

    def on_delete(self) -> None:
        proceeding_id = self.selected()
        if not proceeding_id or not confirm(
                self, QCoreApplication.translate("Proceedings", "Delete proceeding"),
                QCoreApplication.translate(
                    "Proceedings", "Delete the selected proceeding from the case? Its "
                                   "defendants stay in the file; it stays in the history.")):
            return
        self.show_message("")
        self.ctx.write(lambda w: operations.records.delete(w, "proceedings", proceeding_id),
                       on_error=lambda exc: self.show_message(errors.describe(exc, "deleting")))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
