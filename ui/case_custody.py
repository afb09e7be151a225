"""The case view's Custody tab: the case's arrests with the moments of the safeguards and the
hours without a lawyer; Add opens the custody editor in its own window, a double-click opens
the selected record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from monitor_app import operations
from monitor_app.queries.custody import CustodyTab, custody_tab
from monitor_app.queries.readmodels import Row
from monitor_app.records import Change
from ui.context import AppContext
from ui.editors import CustodyEditor, EditorDialog
from ui.editors.allegation_parts import confirm
from ui.record_tables import fill_table, make_table, selected_id

# what the tab shows: a change to any of these reloads it
SHOWN = frozenset({"custody_records", "people", "facilities", "cases"})


class CaseCustodyTab(QWidget):
    """Arrests and custody of one case."""

    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.victim_id: str | None = None
        self.dialog: EditorDialog | None = None
        self.count = 0
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.add_button = QPushButton(self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.on_add)
        self.open_button = QPushButton(self)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.on_open)
        self.delete_button = QPushButton(self)
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.on_delete)
        self.table = make_table([""] * 6, self)  # headers: retranslate()
        self.table.doubleClicked.connect(self.on_open)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.open_button)
        top.addStretch(1)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self._update_buttons()
        ctx.changed.connect(self.on_changed)
        self.reload()

    def retranslate(self) -> None:
        self.note.setText(QCoreApplication.translate(
            "Custody", "The arrest and the safeguards of the first hours: registration, "
                       "lawyer, doctor, family. Double-click to open."))
        self.add_button.setText(QCoreApplication.translate("Custody", "Add arrest…"))
        self.open_button.setText(QCoreApplication.translate("Custody", "Open…"))
        self.delete_button.setText(QCoreApplication.translate("Custody", "Delete…"))
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("Custody", "Person"),
            QCoreApplication.translate("Custody", "Arrested"),
            QCoreApplication.translate("Custody", "Registered"),
            QCoreApplication.translate("Custody", "First lawyer"),
            QCoreApplication.translate("Custody", "Hours without a lawyer"),
            QCoreApplication.translate("Custody", "Register number")])

    def reload(self) -> None:
        if self.ctx.store is None or self.ctx.vocab is None:
            return
        vocab, lang, case_id = self.ctx.vocab, self.ctx.lang, self.case_id
        unknown = QCoreApplication.translate("Custody", "not recorded")
        self.ctx.read(lambda s: custody_tab(s, vocab, case_id, lang, unknown), self._show)

    def _show(self, data: CustodyTab) -> None:
        self.victim_id = data.victim_id
        fill_table(self.table, [Row(record_id, tuple(cells)) for record_id, cells in data.rows])
        self.count = len(data.rows)
        self._update_buttons()

    def on_changed(self, change: Change) -> None:
        if change.kinds & SHOWN:
            self.reload()

    def selected_id(self) -> str | None:
        return selected_id(self.table)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _open_editor(self, record_id: str | None) -> EditorDialog:
        defaults = {"case_id": self.case_id}
        if record_id is None and self.victim_id:
            defaults["person_id"] = self.victim_id
        editor = CustodyEditor(self.ctx, record_id, defaults=defaults,
                               scope=self.case_id if record_id is None else "")
        title = (QCoreApplication.translate("Custody", "Arrest and custody") if record_id
                 else QCoreApplication.translate("Custody", "New arrest and custody record"))
        self.dialog = EditorDialog(editor, title, self)
        self.dialog.open()
        return self.dialog

    def on_add(self) -> EditorDialog:
        return self._open_editor(None)

    def on_open(self) -> EditorDialog | None:
        record_id = self.selected_id()
        return self._open_editor(record_id) if record_id else None

    def on_delete(self) -> None:
        record_id = self.selected_id()
        question = QCoreApplication.translate(
            "Custody", "Delete the selected arrest from the case? It stays in the history.")
        if not record_id or not confirm(
                self, QCoreApplication.translate("Custody", "Delete"), question):
            return
        self.ctx.write(lambda w: operations.records.delete(w, "custody_records", record_id))
