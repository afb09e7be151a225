"""Trials, appeals and other proceedings of a case, and their defendants.

The proceeding editor holds a panel of its defendants (a table that stays usable with
dozens of rows: add, edit, remove; each defendant is their own record, written at once).
A defendant's editor picks the person with the record picker; every answer about the
torture complaint starts as "not recorded", which is never saved as "no".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from monitor_app import operations
from monitor_app.queries import proceedings as queries
from monitor_app.records import Change
from ui import errors
from ui.context import AppContext
from ui.editors.allegation_parts import _fill, _selected, confirm
from ui.editors.base import EditorDialog, RecordEditor
from ui.editors.pickers import record_picker, register, vocab_combo
from ui.forms import ApproxDateField, Form, LineField, TextField, TriStateField
from ui.record_tables import make_table

DEFENDANT_KINDS = frozenset({"proceeding_defendants", "people", "proceedings"})


class DefendantEditor(RecordEditor):
    KIND = "proceeding_defendants"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        form.section(QCoreApplication.translate("Proceedings", "Defendant"))
        form.add("person_id", QCoreApplication.translate("Proceedings", "Person"),
                 record_picker(c, "people", placeholder=QCoreApplication.translate(
                     "Proceedings", "Type a name, pseudonym or code…")), required=True)
        form.add("charges", QCoreApplication.translate("Proceedings", "Charges"),
                 TextField(lines=2))
        form.add("legal_qualification",
                 QCoreApplication.translate("Proceedings", "Article charged"),
                 vocab_combo(c, "legal_qualification"))
        form.add("verdict", QCoreApplication.translate("Proceedings", "Verdict"),
                 vocab_combo(c, "defendant_verdict"))
        form.add("sentence", QCoreApplication.translate("Proceedings", "Sentence"),
                 LineField(max_length=300, placeholder=QCoreApplication.translate(
                     "Proceedings", "e.g. 7 years, maximum security")))
        form.section(QCoreApplication.translate("Proceedings", "Torture complaint"),
                     QCoreApplication.translate(
                         "Proceedings", "Leave a question empty when the sources do not say: "
                                        "it is printed as \"not recorded\", never as \"no\"."))
        form.add("torture_complaint",
                 QCoreApplication.translate("Proceedings", "Complaint made"),
                 vocab_combo(c, "torture_complaint"))
        form.add("complaint_when", QCoreApplication.translate("Proceedings", "When"),
                 vocab_combo(c, "torture_complaint_when"))
        form.add("in_court_record",
                 QCoreApplication.translate("Proceedings", "In the court record"),
                 TriStateField(QCoreApplication.translate(
                     "Proceedings", "the complaint is in the court record")))
        form.add("court_finding", QCoreApplication.translate("Proceedings", "Court's finding"),
                 vocab_combo(c, "court_finding"))
        form.add("finding_notes", QCoreApplication.translate("Proceedings", "On the finding"),
                 TextField(lines=2))

    def title_text(self) -> str:
        if not self.record_id:
            return QCoreApplication.translate("Proceedings", "New defendant")
        return QCoreApplication.translate("Proceedings", "Defendant")


class DefendantsPanel(QWidget):
    """The defendants of one proceeding: a table with add, edit and remove."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.proceeding_id: str | None = None
        self.rows: list[queries.DefendantRow] = []
        self.dialog: EditorDialog | None = None
        self.table = make_table(self.headers(), self)  # as tall as its room allows
        self.table.setMinimumHeight(220)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.on_edit)
        self.count = QLabel(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        for b, slot in ((self.add_button, self.on_add), (self.edit_button, self.on_edit),
                        (self.remove_button, self.on_remove)):
            b.setAutoDefault(False)
            b.clicked.connect(slot)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        ctx.changed.connect(self.on_changed)
        self.retranslate()
        self._update_buttons()

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("Proceedings", "Defendant"),
                QCoreApplication.translate("Proceedings", "Verdict"),
                QCoreApplication.translate("Proceedings", "Sentence"),
                QCoreApplication.translate("Proceedings", "Torture complaint"),
                QCoreApplication.translate("Proceedings", "In the court record"),
                QCoreApplication.translate("Proceedings", "Court's finding")]

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(self.headers())
        self.add_button.setText(QCoreApplication.translate("Proceedings", "Add defendant…"))
        self.edit_button.setText(QCoreApplication.translate("Proceedings", "Edit…"))
        self.remove_button.setText(QCoreApplication.translate("Proceedings", "Remove"))
        self.note.setText("" if self.proceeding_id else QCoreApplication.translate(
            "Proceedings", "Save the proceeding first; then add its defendants here."))
        self.note.setVisible(not self.proceeding_id)
        self._show_count()

    def _show_count(self) -> None:
        n = len(self.rows)
        self.count.setText(QCoreApplication.translate("Proceedings", "%n defendant(s)", "", n)
                           if n else "")
        self.count.setVisible(bool(n))

    def _update_buttons(self) -> None:
        have = bool(self.proceeding_id)
        chosen = have and _selected(self.table) is not None
        self.add_button.setEnabled(have)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # -- data --------------------------------------------------------------------
    def set_proceeding(self, proceeding_id: str | None) -> None:
        self.proceeding_id = proceeding_id
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        proceeding_id = self.proceeding_id
        if not proceeding_id or self.ctx.store is None or self.ctx.vocab is None:
            self.show_rows([])
            return
        vocab, lang = self.ctx.vocab, self.ctx.lang
        self.ctx.read(lambda s: queries.defendant_rows(s, vocab, proceeding_id, lang),
                      self.show_rows,
                      lambda exc: self.show_message(errors.describe(exc, "reading a proceeding")))

    def show_rows(self, rows: list[queries.DefendantRow]) -> None:
        self.rows = list(rows)
        _fill(self.table, [(r.id, r.cells) for r in rows])
        self._show_count()
        self._update_buttons()

    def on_changed(self, change: Change) -> None:
        if self.proceeding_id and change.kinds & DEFENDANT_KINDS:
            self.reload()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- actions -------------------------------------------------------------------
    def _open(self, defendant_id: str | None) -> EditorDialog | None:
        if not self.proceeding_id:
            return None
        editor = DefendantEditor(self.ctx, defendant_id,
                                 defaults={"proceeding_id": self.proceeding_id},
                                 scope=self.proceeding_id if defendant_id is None else "")
        title = (QCoreApplication.translate("Proceedings", "New defendant")
                 if defendant_id is None
                 else QCoreApplication.translate("Proceedings", "Defendant"))
        self.dialog = EditorDialog(editor, title, self)
        self.dialog.open()
        return self.dialog

    def on_add(self) -> EditorDialog | None:
        return self._open(None)

    def on_edit(self) -> EditorDialog | None:
        defendant_id = _selected(self.table)
        return self._open(defendant_id) if defendant_id else None

    def on_remove(self) -> None:
        defendant_id = _selected(self.table)
        row = next((r for r in self.rows if r.id == defendant_id), None)
        if row is None:
            return
        if not confirm(self, QCoreApplication.translate("Proceedings", "Remove defendant"),
                       QCoreApplication.translate(
                           "Proceedings", "Remove {name} from this proceeding? The person "
                                          "stays in the file, and the entry stays in the "
                                          "history.").format(name=row.cells[0])):
            return
        self.show_message("")
        self.ctx.write(lambda w: operations.records.delete(w, "proceeding_defendants", row.id),
                       on_error=lambda exc: self.show_message(errors.describe(exc, "removing")))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ProceedingEditor(RecordEditor):
    KIND = "proceedings"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        form.section(QCoreApplication.translate("Proceedings", "Proceeding"))
        form.add("kind", QCoreApplication.translate("Proceedings", "Kind"),
                 vocab_combo(c, "proceeding_kind"), required=True)
        form.add("court", QCoreApplication.translate("Proceedings", "Court"),
                 LineField(max_length=300))
        form.add("reference_no", QCoreApplication.translate("Proceedings", "Case number"),
                 LineField(max_length=120))
        form.add("started_on", QCoreApplication.translate("Proceedings", "Started"),
                 ApproxDateField(lang=c.lang))
        form.add("ended_on", QCoreApplication.translate("Proceedings", "Judgment"),
                 ApproxDateField(lang=c.lang))
        form.add("outcome", QCoreApplication.translate("Proceedings", "Outcome"),
                 TextField(lines=2))
        form.add("notes", QCoreApplication.translate("Proceedings", "Notes"), TextField(lines=3))
        form.section(QCoreApplication.translate("Proceedings", "Defendants"),
                     QCoreApplication.translate(
                         "Proceedings", "Added and removed at once; double-click a defendant "
                                        "to edit the charges, verdict and torture complaint."))
        self.defendants = DefendantsPanel(c)
        form.add_widget(self.defendants)

    def after_load(self) -> None:
        self.defendants.set_proceeding(self.record_id)

    def validate(self) -> dict[str, str]:
        start = self.form.field("started_on").parsed()
        end = self.form.field("ended_on").parsed()
        if start and end and end.latest() < start.earliest():
            return {"ended_on": QCoreApplication.translate(
                "Proceedings", "This is before the start date.")}
        return {}

    def title_text(self) -> str:
        if not self.record_id:
            return QCoreApplication.translate("Proceedings", "New proceeding")
        parts = [self.ctx.label(self.stored.get("kind")), self.stored.get("court") or ""]
        return " · ".join(p for p in parts if p)


register("proceedings", ProceedingEditor)
register("proceeding_defendants", DefendantEditor)
