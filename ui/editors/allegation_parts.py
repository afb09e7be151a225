"""The parts of an allegation kept in their own records: victims and alleged perpetrators
(``allegation_people``) and medical evidence (``medical_exams``).

Both panels sit inside the allegation editor. They write at once (a link or an exam is
its own record), read through :func:`monitor_app.queries.readmodels.allegation_parts` and refresh
when ``ctx.changed`` touches what they show.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monitor_app import operations, schema
from monitor_app.operations import Outcome
from monitor_app.queries import readmodels as queries
from monitor_app.records import Change, ValidationError
from ui import errors
from ui.context import AppContext
from ui.editors.base import EditorDialog
from ui.editors.pickers import editor_class, record_picker, vocab_combo
from ui.flow_layout import FlowLayout
from ui.forms import Form
from ui.keyboard import enter_never_submits
from ui.record_tables import make_table

PART_KINDS = schema.parts_of("allegations")


def role_label(role: str) -> str:
    return {"victim": QCoreApplication.translate("AllegationParts", "Victim"),
            "perpetrator": QCoreApplication.translate("AllegationParts", "Alleged perpetrator"),
            "witness": QCoreApplication.translate("AllegationParts", "Witness")}.get(role, role)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before deleting (Yes/No, No by default); tests replace ``QMessageBox.question``."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _table(headers: Sequence[str], parent: QWidget) -> QTableWidget:
    """A parts table: a record table (``ui.record_tables.make_table``) of a fixed height."""
    table = make_table(headers, parent)
    table.setMinimumHeight(110)
    table.setMaximumHeight(200)
    return table


def _fill(table: QTableWidget, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
    selected = _selected(table)
    table.blockSignals(True)
    table.clearSelection()
    table.setRowCount(len(rows))
    for r, (record_id, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            if len(text) > 30:
                item.setToolTip(text)
            table.setItem(r, c, item)
        if record_id == selected:
            table.selectRow(r)
    table.blockSignals(False)


def _selected(table: QTableWidget) -> str | None:
    items = table.selectedItems()
    return items[0].data(Qt.ItemDataRole.UserRole) if items else None


class _PartsPanel(QWidget):
    """A table of one allegation's parts with its buttons; reloads on relevant changes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.allegation_id: str | None = None
        self.table = _table(self.headers(), self)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = FlowLayout()  # wraps on a narrow screen instead of widening the form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(self.buttons)
        layout.addWidget(self.message)
        ctx.changed.connect(self.on_changed)

    def _button(self, slot: Any) -> QPushButton:
        button = QPushButton(self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    # -- to override ---------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def show_parts(self, parts: queries.AllegationParts) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(self.headers())
        self.note.setText("" if self.allegation_id else
                          QCoreApplication.translate(
                              "AllegationParts", "Save the allegation first; then add to it here."))
        self.note.setVisible(not self.allegation_id)

    def _update_buttons(self) -> None:
        pass

    # -- data --------------------------------------------------------------------
    def set_allegation(self, allegation_id: str | None) -> None:
        self.allegation_id = allegation_id
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        allegation_id = self.allegation_id
        if not allegation_id or self.ctx.store is None or self.ctx.vocab is None:
            self.show_parts(queries.AllegationParts((), ()))
            return
        vocab, lang = self.ctx.vocab, self.ctx.lang
        self.ctx.read(lambda s: queries.allegation_parts(s, vocab, allegation_id, lang),
                      self.show_parts,
                      lambda exc: self.show_message(errors.describe(exc, "reading an allegation")))

    def on_changed(self, change: Change) -> None:
        if self.allegation_id and change.kinds & PART_KINDS:
            self.reload()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# -- victims and alleged perpetrators ------------------------------------------------------

class LinkPersonDialog(QDialog):
    """Link a person (picked, or created in place with New…) to an allegation in one role."""

    def __init__(self, ctx: AppContext, allegation_id: str, role: str,
                 linked: set[tuple[str, str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.allegation_id, self.role = ctx, allegation_id, role
        self.linked = set(linked or ())
        self.link_id: str | None = None
        self.setWindowTitle(
            QCoreApplication.translate("AllegationParts", "Add victim") if role == "victim"
            else QCoreApplication.translate("AllegationParts", "Add alleged perpetrator"))
        self.form = Form(self)
        if role == "perpetrator":
            self.form.section(QCoreApplication.translate("AllegationParts", "Alleged perpetrator"),
                              QCoreApplication.translate(
                                  "AllegationParts",
                                  "Often unidentified: create a person such as \"masked "
                                  "special forces officer\" with what is known."))
        else:
            self.form.section(QCoreApplication.translate("AllegationParts", "Victim"))
        self.form.add("person_id", QCoreApplication.translate("AllegationParts", "Person"),
                      record_picker(ctx, "people",
                                    placeholder=QCoreApplication.translate(
                                        "AllegationParts", "Type a name or pseudonym…")),
                      required=True)
        if role == "perpetrator":
            self.form.add("perpetrator_kind",
                          QCoreApplication.translate("AllegationParts", "Kind of perpetrator"),
                          vocab_combo(ctx, "perpetrator_kind"))
            self.form.add("involvement",
                          QCoreApplication.translate("AllegationParts", "Involvement"),
                          vocab_combo(ctx, "involvement"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            QCoreApplication.translate("AllegationParts", "Add"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for b in (self.save_button, self.cancel_button):
            b.setAutoDefault(False)
            b.setDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        enter_never_submits(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def save(self) -> None:
        problems = self.form.problems()
        values = {k: v for k, v in self.form.values().items() if v not in (None, "")}
        if not problems and (values.get("person_id"), self.role) in self.linked:
            problems["person_id"] = QCoreApplication.translate(
                "AllegationParts", "This person is already linked in this role.")
        if problems:
            self.form.show_errors(problems)
            return
        allegation_id, role = self.allegation_id, self.role
        person_id = values.pop("person_id")
        self.save_button.setEnabled(False)
        self.ctx.write(lambda w: operations.allegations.link_person(
            w, allegation_id, role, person_id, **values), self._on_saved, self._on_failed)

    def _on_saved(self, outcome: Outcome) -> None:
        self.link_id = outcome.record_id
        self.save_button.setEnabled(True)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            unplaced = self.form.show_errors(exc.errors)
            self.status.setText(errors.describe(ValidationError(unplaced)) if unplaced else "")
            return
        self.status.setText(QCoreApplication.translate(
            "AllegationParts", "Could not save: {error}").format(
                error=errors.describe(exc, "saving an allegation's part")))


class AllegationPeoplePanel(_PartsPanel):
    """Victims and alleged perpetrators of one allegation: list, add, remove."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: tuple[queries.LinkedPerson, ...] = ()
        self.dialog: LinkPersonDialog | None = None
        self.add_victim_button = self._button(lambda: self.on_add("victim"))
        self.add_perpetrator_button = self._button(lambda: self.on_add("perpetrator"))
        self.remove_button = self._button(self.on_remove)
        self.table.doubleClicked.connect(self.on_open)
        self.retranslate()
        self._update_buttons()

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("AllegationParts", "Name or pseudonym"),
                QCoreApplication.translate("AllegationParts", "Role"),
                QCoreApplication.translate("AllegationParts", "Agency, unit, position, rank"),
                QCoreApplication.translate("AllegationParts", "Involvement")]

    def retranslate(self) -> None:
        super().retranslate()
        self.add_victim_button.setText(QCoreApplication.translate("AllegationParts", "Add victim…"))
        self.add_perpetrator_button.setText(QCoreApplication.translate(
            "AllegationParts", "Add perpetrator…"))
        self.remove_button.setText(QCoreApplication.translate("AllegationParts", "Remove"))
        self.remove_button.setToolTip(QCoreApplication.translate(
            "AllegationParts", "Unlink the selected person from this allegation"))

    def show_parts(self, parts: queries.AllegationParts) -> None:
        self.rows = parts.people
        cells = []
        for p in parts.people:
            name = f"{p.name} ({p.pseudonym})" if p.pseudonym and p.pseudonym != p.name \
                else p.name
            official = ", ".join(x for x in (p.agency, p.unit, p.position, p.rank) if x) \
                if p.role == "perpetrator" else ""
            cells.append((p.id, (name, role_label(p.role), official,
                                 p.involvement if p.role == "perpetrator" else "")))
        _fill(self.table, cells)
        self._update_buttons()

    def _update_buttons(self) -> None:
        have = bool(self.allegation_id)
        self.add_victim_button.setEnabled(have)
        self.add_perpetrator_button.setEnabled(have)
        self.remove_button.setEnabled(have and _selected(self.table) is not None)

    def on_add(self, role: str) -> LinkPersonDialog | None:
        if not self.allegation_id:
            return None
        linked = {(p.person_id, p.role) for p in self.rows}
        self.dialog = LinkPersonDialog(self.ctx, self.allegation_id, role, linked, self)
        self.dialog.open()
        return self.dialog

    def on_remove(self) -> None:
        link_id = _selected(self.table)
        row = next((p for p in self.rows if p.id == link_id), None)
        if row is None:
            return
        text = QCoreApplication.translate(
            "AllegationParts", "Remove {name} ({role}) from this allegation? The person stays in "
                               "the file, and the link stays in the history.").format(
                name=row.name, role=role_label(row.role).lower())
        if not confirm(self, QCoreApplication.translate("AllegationParts", "Remove person"), text):
            return
        self.show_message("")
        self.ctx.write(lambda w: operations.records.delete(w, "allegation_people", row.id),
                       on_error=lambda exc: self.show_message(errors.describe(exc, "removing")))

    def on_open(self) -> None:
        """Double-click: edit the person (agency, unit, rank... live on the person)."""
        link_id = _selected(self.table)
        row = next((p for p in self.rows if p.id == link_id), None)
        if row is None:
            return
        person_editor = editor_class("people")
        assert person_editor is not None  # ui.editors.kinds registers it
        editor = person_editor(self.ctx, row.person_id)
        dialog = EditorDialog(editor, QCoreApplication.translate("AllegationParts", "Person"), self)
        dialog.open()


# -- medical evidence -----------------------------------------------------------------------

class MedicalExamsPanel(_PartsPanel):
    """Medical examinations of one allegation: list, add, edit, remove."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: tuple[queries.ExamRow, ...] = ()
        self.dialog: EditorDialog | None = None
        self.add_button = self._button(self.on_add)
        self.edit_button = self._button(self.on_edit)
        self.remove_button = self._button(self.on_remove)
        self.table.doubleClicked.connect(self.on_edit)
        self.retranslate()
        self._update_buttons()

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("AllegationParts", "Kind"),
                QCoreApplication.translate("AllegationParts", "Date"),
                QCoreApplication.translate("AllegationParts", "Examiner"),
                QCoreApplication.translate("AllegationParts", "Istanbul Protocol"),
                QCoreApplication.translate("AllegationParts", "Findings")]

    def retranslate(self) -> None:
        super().retranslate()
        self.add_button.setText(QCoreApplication.translate("AllegationParts", "Add…"))
        self.add_button.setToolTip(QCoreApplication.translate(
            "AllegationParts", "Add a medical examination"))
        self.edit_button.setText(QCoreApplication.translate("AllegationParts", "Edit…"))
        self.remove_button.setText(QCoreApplication.translate("AllegationParts", "Remove"))

    def show_parts(self, parts: queries.AllegationParts) -> None:
        self.rows = parts.exams
        _fill(self.table, [(e.id, (e.kind, e.exam_date, e.examiner, e.istanbul_protocol,
                                   " ".join(e.findings.split())))
                           for e in parts.exams])
        self._update_buttons()

    def _update_buttons(self) -> None:
        have = bool(self.allegation_id)
        chosen = have and _selected(self.table) is not None
        self.add_button.setEnabled(have)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _open(self, exam_id: str | None) -> EditorDialog | None:
        if not self.allegation_id:
            return None
        exam_editor = editor_class("medical_exams")
        assert exam_editor is not None  # ui.editors.kinds registers it
        editor = exam_editor(self.ctx, exam_id,
                                   defaults={"allegation_id": self.allegation_id},
                                   scope=self.allegation_id if exam_id is None else "")
        title = (QCoreApplication.translate("AllegationParts", "New medical examination")
                 if exam_id is None
                 else QCoreApplication.translate("AllegationParts", "Medical examination"))
        self.dialog = EditorDialog(editor, title, self)
        self.dialog.open()
        return self.dialog

    def on_add(self) -> EditorDialog | None:
        return self._open(None)

    def on_edit(self) -> EditorDialog | None:
        exam_id = _selected(self.table)
        return self._open(exam_id) if exam_id else None

    def on_remove(self) -> None:
        exam_id = _selected(self.table)
        if not exam_id:
            return
        if not confirm(self,
                       QCoreApplication.translate("AllegationParts", "Remove medical examination"),
                       QCoreApplication.translate(
                           "AllegationParts",
                           "Remove this medical examination from the allegation? It stays in "
                           "the history.")):
            return
        self.show_message("")
        self.ctx.write(lambda w: operations.records.delete(w, "medical_exams", exam_id),
                       on_error=lambda exc: self.show_message(errors.describe(exc, "removing")))
