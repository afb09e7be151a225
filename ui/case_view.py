"""The case view: a header that tells who and how urgent, then one tab per part of the story."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monitor_app import operations, schema
from monitor_app.dates import duration, format_days, format_moment
from monitor_app.queries import readmodels as queries
from monitor_app.records import Change, ValidationError
from ui import errors, pdf_dialog
from ui.case_custody import CaseCustodyTab
from ui.context import AppContext
from ui.detail import DetailWidget, confirm_leave, save_and_wait
from ui.editors import (
    AllegationEditor,
    CaseEditor,
    ComplaintEditor,
    ComplaintStepEditor,
    EditorDialog,
    RecordEditor,
    ReprisalEditor,
    ReprisalResponseEditor,
    record_picker,
)
from ui.editors.allegation_parts import confirm
from ui.editors.pickers import vocab_combo
from ui.evidence_panel import EvidencePanel
from ui.field_names import field_name
from ui.flow_layout import FlowLayout
from ui.form_proposals import new_allegation_defaults
from ui.proceedings_view import ProceedingsTab
from ui.record_tables import fill_table, make_table, select_id, selected_id
from ui.timeline_widget import RED, TimelineWidget

# what a case shows, as the declarations link it (monitor_app.schema)
CASE_KINDS = schema.related_kinds("cases")


# a case's evidence includes that of its allegations and reprisals (monitor_app.queries.casefile)
_EVIDENCE_MEMBERSHIP = frozenset({"allegations", "reprisals", "complaints"})


def section_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class ListEditorTab(QWidget):
    """A list of records of one kind beside the editor of the selected one."""

    dirty_changed = Signal(bool)

    def __init__(self, ctx: AppContext, editor_cls: type[RecordEditor], headers: Sequence[str],
                 add_text: str, defaults: dict[str, Any], parent: QWidget | None = None,
                 empty_text: str = "", delete_text: str = "",
                 delete_question: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editor_cls = editor_cls
        self.defaults = defaults
        self.delete_question = delete_question
        self.editor: RecordEditor | None = None
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.on_add)
        self.delete_button = QPushButton(delete_text, self)
        self.delete_button.setAutoDefault(False)
        self.delete_button.setVisible(bool(delete_text))
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.on_delete)
        self.table = make_table(headers, self, stretch=1)
        self.table.itemSelectionChanged.connect(self.on_selection)
        self.empty = QLabel(empty_text, self)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.buttons = FlowLayout()  # wraps rather than widen the window
        self.buttons.add_widget(self.add_button)
        self.buttons.add_widget(self.delete_button)
        left_layout.addLayout(self.buttons)
        left_layout.addWidget(self.table, 1)
        self.editor_holder = QWidget(self)
        self.editor_layout = QVBoxLayout(self.editor_holder)
        self.editor_layout.setContentsMargins(0, 0, 0, 0)
        self.editor_layout.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor_holder)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.splitter)

    def set_rows(self, rows: Sequence[queries.Row],
                 tone: Callable[[queries.Row, int], QColor | None] | None = None) -> None:
        self.table.blockSignals(True)
        fill_table(self.table, rows, tone)
        if self.editor is not None and self.editor.record_id:
            select_id(self.table, self.editor.record_id)
        self.table.blockSignals(False)
        self._update_delete()

    def _update_delete(self) -> None:
        self.delete_button.setEnabled(selected_id(self.table) is not None)

    def on_delete(self) -> None:
        """Soft-delete the selected record after asking; the case view reloads on the change."""
        record_id = selected_id(self.table)
        if not record_id or not confirm(self, self.delete_button.text().rstrip("…"),
                                        self.delete_question):
            return
        if self.editor is not None and self.editor.record_id == record_id:
            self.editor.drop_draft()
            self.editor.hide()
            self.editor.deleteLater()
            self.editor = None
            self.empty.show()
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.blockSignals(False)
        self._update_delete()
        kind = self.editor_cls.KIND
        self.ctx.write(lambda w: operations.records.delete(w, kind, record_id))

    def is_dirty(self) -> bool:
        return self.editor is not None and self.editor.is_dirty()

    def _show_editor(self, record_id: str | None) -> RecordEditor | None:
        if self.editor is not None:
            if self.editor.record_id == record_id and record_id is not None:
                return self.editor
            if not confirm_leave(self.editor, self):
                if self.editor.record_id:
                    select_id(self.table, self.editor.record_id)
                return None
            self.editor.draft_timer.stop()
            self.editor.hide()
            self.editor.deleteLater()
        self.empty.hide()
        scope = self.defaults.get("case_id", "") if record_id is None else ""
        self.editor = self.editor_cls(self.ctx, record_id, defaults=self.defaults, scope=scope)
        self.editor.dirty_changed.connect(self.dirty_changed)
        self.editor.saved.connect(lambda rid: select_id(self.table, rid))
        self.editor_layout.addWidget(self.editor)
        return self.editor

    def on_add(self) -> RecordEditor | None:
        self.table.clearSelection()
        editor = self._show_editor(None)
        if editor is not None:
            first = editor.form.first_focus()
            if first is not None:
                first.setFocus()
        return editor

    def on_selection(self) -> None:
        record_id = selected_id(self.table)
        self._update_delete()
        if record_id:
            self._show_editor(record_id)

    def open_record(self, record_id: str) -> RecordEditor | None:
        select_id(self.table, record_id)
        return self._show_editor(record_id)


class PeopleTab(QWidget):
    """People in the case with their roles; add an existing or new person, remove one."""

    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.table = make_table([self.tr("Name"), self.tr("Pseudonym"), self.tr("Role"),
                                 self.tr("Category"), self.tr("Risk")], self, stretch=0)
        self.table.doubleClicked.connect(self.on_open)
        self.person = record_picker(ctx, "people", self,
                                    placeholder=self.tr("Type a name or pseudonym…"))
        self.role = vocab_combo(ctx, "person_role")
        self.add_button = QPushButton(self.tr("Add to case"), self)
        self.remove_button = QPushButton(self.tr("Remove from case"), self)
        for b in (self.add_button, self.remove_button):
            b.setAutoDefault(False)
        self.add_button.clicked.connect(self.on_add)
        self.remove_button.clicked.connect(self.on_remove)
        self.message = QLabel(self)
        self.message.setStyleSheet(f"color: {RED.name()};")
        add_row = QGridLayout()  # who on one line, the role and the button under it
        person_label = QLabel(self.tr("&Person"), self)
        person_label.setBuddy(self.person)
        role_label = QLabel(self.tr("&Role"), self)
        role_label.setBuddy(self.role)
        add_row.addWidget(person_label, 0, 0)
        add_row.addWidget(self.person, 0, 1, 1, 2)
        add_row.addWidget(role_label, 1, 0)
        add_row.addWidget(self.role, 1, 1)
        add_row.addWidget(self.add_button, 1, 2)
        add_row.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(section_label(self.tr("Add a person"), self))
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        layout.addSpacing(6)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)
        self.rows: Sequence[queries.Row] = ()

    def set_rows(self, rows: Sequence[queries.Row]) -> None:
        self.rows = rows
        fill_table(self.table, rows)

    def on_add(self) -> None:
        person_id, role = self.person.value(), self.role.value()
        if not person_id or self.person.problem():
            self.message.setText(self.tr("Pick a person from the list, or create one with New…"))
            return
        if self.role.problem():
            self.message.setText(self.tr("Pick a role from the list."))
            return
        self.message.clear()
        case_id = self.case_id
        self.ctx.write(lambda w: operations.cases.add_person(w, case_id, role, person_id),
                       lambda _o: (self.person.set_value(None), self.role.set_value(None)),
                       self._on_add_failed)

    def _on_add_failed(self, exc: BaseException) -> None:
        # like an editor, the form says next to itself what is wrong with what was chosen
        if isinstance(exc, ValidationError):
            self.message.setText(" ".join(exc.errors.values()))
        else:
            self.message.setText(errors.describe(exc, "adding a person"))

    def on_remove(self) -> None:
        link_id = selected_id(self.table)
        if link_id == "":  # the victim named on the case itself (monitor_app.queries.casefile)
            self.message.setText(self.tr("The case's victim is changed in the Overview tab."))
        if link_id:
            self.ctx.write(lambda w: operations.records.delete(w, "case_people", link_id))

    def on_open(self) -> None:
        link_id = selected_id(self.table)
        row = next((r for r in self.rows if r.id == link_id), None)
        if row is not None:
            parent = self.parent()
            while parent is not None and not isinstance(parent, CaseView):
                parent = parent.parent()
            if parent is not None:
                parent.open_requested.emit("people", row.extra["person_id"])


class ComplaintsTab(QWidget):
    """The drawn timeline, the table of steps under it, Add complaint / Add step."""

    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.timeline = TimelineWidget(self)
        self.timeline.step_clicked.connect(self.on_timeline_step)
        self.add_complaint_button = QPushButton(self.tr("Add complaint…"), self)
        self.add_step_button = QPushButton(self.tr("Add step…"), self)
        self.edit_step_button = QPushButton(self.tr("Edit step…"), self)
        for b in (self.add_complaint_button, self.add_step_button, self.edit_step_button):
            b.setAutoDefault(False)
        self.add_complaint_button.clicked.connect(self.on_add_complaint)
        self.add_step_button.clicked.connect(lambda: self.on_add_step())
        self.edit_step_button.clicked.connect(self.on_edit_step)
        self.table = make_table([self.tr("Date"), self.tr("Step"), self.tr("Body"),
                                 self.tr("Reference"), self.tr("Answer due"),
                                 self.tr("Answered"), self.tr("Days in stage"),
                                 self.tr("Days late"), self.tr("Outcome")], self)
        self.table.doubleClicked.connect(self.on_edit_step)
        self.table.itemSelectionChanged.connect(self._on_table_selection)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_complaint_button)
        buttons.addWidget(self.add_step_button)
        buttons.addWidget(self.edit_step_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.timeline)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(section_label(self.tr("Steps"), self))
        layout.addWidget(self.table, 1)
        self.steps: Sequence[queries.Row] = ()
        self.complaints: Sequence[queries.Row] = ()
        self.dialog: EditorDialog | None = None
        self._update_buttons()

    def set_data(self, data: queries.CaseViewData, today: date | None = None) -> None:
        self.complaints = data.complaints
        self.steps = data.steps
        self.timeline.set_timelines(data.timelines, self.ctx.label, today, self.ctx.lang)

        def tone(row: queries.Row, col: int) -> QColor | None:
            return RED if row.extra.get("late") and col in (4, 5, 7) else None

        self.table.blockSignals(True)
        fill_table(self.table, data.steps, tone)
        self.table.blockSignals(False)
        late = sum(t.late_answers for t in data.timelines)
        overdue = sum(1 for t in data.timelines for s in t.steps if s.overdue)
        count = len(data.timelines)
        parts = [self.tr("%n complaint(s)", "", count)]
        if late:
            parts.append(self.tr("%n late answer(s)", "", late))
        if overdue:
            parts.append(self.tr("%n overdue now", "", overdue))
        self.summary.setText(" · ".join(parts))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_step_button.setEnabled(bool(self.complaints))
        self.edit_step_button.setEnabled(bool(selected_id(self.table)))

    def _on_table_selection(self) -> None:
        self.timeline.select_step(selected_id(self.table))
        self._update_buttons()

    def on_timeline_step(self, step_id: str) -> None:
        select_id(self.table, step_id)
        self._update_buttons()

    def focus_step(self, step_id: str) -> None:
        select_id(self.table, step_id)
        self.timeline.select_step(step_id)
        self._update_buttons()

    def _open_dialog(self, editor: RecordEditor, title: str) -> EditorDialog:
        self.dialog = EditorDialog(editor, title, self)
        self.dialog.open()
        return self.dialog

    def on_add_complaint(self) -> EditorDialog:
        editor = ComplaintEditor(self.ctx, None, defaults={"case_id": self.case_id},
                                 scope=self.case_id)
        return self._open_dialog(editor, self.tr("New complaint"))

    def current_complaint_id(self) -> str | None:
        step_id = selected_id(self.table)
        row = next((r for r in self.steps if r.id == step_id), None)
        if row is not None:
            return row.extra["complaint_id"]
        return self.complaints[-1].id if self.complaints else None

    def on_add_step(self, complaint_id: str | None = None) -> EditorDialog | None:
        complaint_id = complaint_id or self.current_complaint_id()
        if complaint_id is None:
            return None
        defaults: dict[str, Any] = {"complaint_id": complaint_id}

        def build(extra: dict[str, Any]) -> None:
            defaults.update({k: v for k, v in extra.items() if v})
            editor = ComplaintStepEditor(self.ctx, None, defaults=defaults, scope=complaint_id)
            self._open_dialog(editor, self.tr("New complaint step"))

        # the complaint's body is the usual default for its next step
        self.ctx.read(lambda s: queries.complaint_step_defaults(s, complaint_id), build)
        return self.dialog

    def on_edit_step(self) -> None:
        step_id = selected_id(self.table)
        if step_id:
            editor = ComplaintStepEditor(self.ctx, step_id)
            self._open_dialog(editor, self.tr("Complaint step"))


class ReprisalsTab(ListEditorTab):
    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, ReprisalEditor,
                         [self.tr("When"), self.tr("Kind"), self.tr("Against"), self.tr("Risk"),
                          self.tr("Responses")],
                         self.tr("Add reprisal"), {"case_id": case_id}, parent,
                         self.tr("Threats, transfers, punishment cells, pressure to withdraw: "
                                 "record each reprisal and what was done about it."),
                         delete_text=self.tr("Delete reprisal…"),
                         delete_question=self.tr("Delete the selected reprisal from the case? "
                                                 "It stays in the history."))
        # the kind carries a chain's "↳" marks: read in full; the people may be elided
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.response_button = QPushButton(self.tr("Add response…"), self)
        self.response_button.setAutoDefault(False)
        self.response_button.clicked.connect(self.on_add_response)
        self.buttons.insert_widget(1, self.response_button)
        self.dialog: EditorDialog | None = None

    def on_add_response(self) -> None:
        reprisal_id = selected_id(self.table)
        if not reprisal_id:
            return
        editor = ReprisalResponseEditor(self.ctx, None, defaults={"reprisal_id": reprisal_id},
                                        scope=reprisal_id)
        self.dialog = EditorDialog(editor, self.tr("Response to the reprisal"), self)
        self.dialog.open()


class HistoryTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Action"),
                                   self.tr("What")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        note = QLabel(self.tr("Every change to the case and its parts, newest first. Times are "
                              "UTC."), self)
        note.setEnabled(False)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.tree)

    def set_rows(self, rows: Sequence[queries.HistoryRow], lang: str = "en") -> None:
        actions = {"create": self.tr("created"), "update": self.tr("changed"),
                   "delete": self.tr("deleted"), "restore": self.tr("restored"),
                   "merge": self.tr("merged")}
        self.tree.clear()
        for h in rows:
            who = h.actor if not h.sender else self.tr("{actor}, in a file from {sender}").format(
                actor=h.actor, sender=h.sender)
            item = QTreeWidgetItem([format_moment(h.at, lang), who,
                                    actions.get(h.action, h.action), h.what])
            if h.bundle:
                item.setToolTip(1, self.tr("Merged from exchange file {bundle}").format(
                    bundle=h.bundle))
            for name, old, new in h.changes:
                field = field_name(h.kind, name)
                text = f"{field}: {new}" if h.action == "create" else f"{field}: {old} → {new}"
                QTreeWidgetItem(item, [text])
            self.tree.addTopLevelItem(item)
            for i in range(item.childCount()):  # spanning only works once in the tree
                item.child(i).setFirstColumnSpanned(True)
        self.tree.expandToDepth(0)
        self.tree.setColumnWidth(0, self.fontMetrics().horizontalAdvance("00.00.0000 00:00") + 40)
        for col in (1, 2):
            self.tree.resizeColumnToContents(col)


class CaseHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHeader")
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel(self)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.dossier_button = QPushButton(self.tr("Generate dossier…"), self)
        self.dossier_button.setAutoDefault(False)
        self.dossier_button.setToolTip(self.tr("Print the case dossier as PDF (Ctrl+P)"))
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.title)
        text.addWidget(self.facts)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 6)
        layout.addLayout(text, 1)
        layout.addWidget(self.dossier_button, 0, Qt.AlignmentFlag.AlignTop)

    def show_case(self, data: queries.CaseViewData, today: date, lang: str = "en") -> None:
        case = data.case
        self.title.setText(case.title or "")
        quiet = self.palette().color(self.palette().ColorGroup.Disabled,
                                     self.palette().ColorRole.WindowText).name()
        parts = [f"<span style='color:{quiet}'>{_esc(case.reference or '')}</span>"]
        if data.victim:
            parts.append(self.tr("Victim: <b>{name}</b>").format(name=_esc(data.victim)))
        if data.status:
            colour = quiet if data.status_closed else None
            status = _esc(data.status)
            parts.append(f"<span style='color:{colour}'>{status}</span>" if colour else status)
        if data.risk:
            risk = self.tr("Risk: {level}").format(level=_esc(data.risk))
            if data.risk_rank >= 2:
                risk = f"<b style='color:{RED.name()}'>{risk}</b>"
            parts.append(risk)
        span = duration(data.first_complaint, today)
        if span is not None and span.exact:
            parts.append(self.tr("%n day(s) since the first complaint", "", span.low))
        elif span is not None:  # the first complaint's date is approximate
            parts.append(QCoreApplication.translate(
                "CaseHeader", "{days} since the first complaint").format(
                    days=_esc(format_days(span, lang))))
        if data.facility:
            parts.append(_esc(data.facility))
        self.facts.setText(" &nbsp;·&nbsp; ".join(parts))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CaseView(DetailWidget):
    """make_detail("cases", id): header, then overview, people, allegations, complaints,
    reprisals, visits, evidence and history tabs."""

    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(ctx, "cases", case_id, parent)
        self.case_id = case_id
        self.today = today or date.today()
        self.data: queries.CaseViewData | None = None
        self.header = CaseHeader(self)
        self.header.dossier_button.clicked.connect(self.generate_dossier)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)

        self.overview = CaseEditor(ctx, case_id, show_title=False)
        self.people = PeopleTab(ctx, case_id)
        self.allegations = ListEditorTab(
            ctx, AllegationEditor,
            [self.tr("When"), self.tr("Allegation"), self.tr("Kind"), self.tr("Methods"),
             self.tr("Place"), self.tr("Verification")],
            self.tr("Add allegation"), {"case_id": case_id},
            empty_text=self.tr("Pick an allegation on the left, or add one."),
            delete_text=self.tr("Delete allegation…"),
            delete_question=self.tr("Delete the selected allegation from the case? It stays "
                                    "in the history."))
        self.complaints = ComplaintsTab(ctx, case_id)
        self.reprisals = ReprisalsTab(ctx, case_id)
        self.custody = CaseCustodyTab(ctx, case_id)  # arrests and the safeguards
        self.proceedings = ProceedingsTab(ctx, case_id)
        self.proceedings.counted.connect(lambda _n: self.tabs.setTabText(
            self.tabs.indexOf(self.proceedings), self.proceedings.title()))
        self.visits = make_table([self.tr("Date"), self.tr("Place"), self.tr("Body"),
                                  self.tr("Type"), self.tr("Access"),
                                  self.tr("People of the case there")])
        self.visits.doubleClicked.connect(self.on_open_visit)
        visits_page = QWidget()
        visits_layout = QVBoxLayout(visits_page)
        visits_layout.setContentsMargins(12, 10, 12, 10)
        visits_note = QLabel(self.tr("Visits where the allegations were heard, reprisals "
                                     "happened or people of this case were interviewed or on "
                                     "the visit team. Double-click to open."))
        visits_note.setWordWrap(True)
        visits_note.setEnabled(False)
        visits_layout.addWidget(visits_note)
        visits_layout.addWidget(self.visits)
        self.evidence = EvidencePanel(ctx, {"case_id": case_id})
        self.history = HistoryTab()

        self.tab_pages = {
            "overview": self.overview, "people": self.people, "allegations": self.allegations,
            "complaints": self.complaints, "custody": self.custody,
            "proceedings": self.proceedings,
            "reprisals": self.reprisals, "visits": visits_page,
            "evidence": self.evidence, "history": self.history,
        }
        for page in self.tab_pages.values():
            self.tabs.addTab(page, "")
        self.retranslate()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(line)
        layout.addWidget(self.tabs, 1)

        for child in (self.overview, self.allegations, self.reprisals):
            child.dirty_changed.connect(self._on_child_dirty)
        self.overview.saved.connect(self.saved)
        shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.generate_dossier)
        ctx.changed.connect(self.on_changed)
        self.reload()

    def retranslate(self) -> None:
        titles = {"overview": self.tr("Overview"), "people": self.tr("People and roles"),
                  "allegations": self.tr("Allegations"),
                  "complaints": self.tr("Complaint timeline"), "custody": self.tr("Custody"),
                  "reprisals": self.tr("Reprisals"), "visits": self.tr("Visits"),
                  "evidence": self.tr("Evidence"), "history": self.tr("History"),
                  "proceedings": self.proceedings.title()}
        for key, page in self.tab_pages.items():
            self.tabs.setTabText(self.tabs.indexOf(page), titles[key])
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ----------------------------------------------------------------------------
    def reload(self) -> None:
        if self.ctx.store is None or self.ctx.vocab is None:
            return
        vocab, lang, case_id, today = self.ctx.vocab, self.ctx.lang, self.case_id, self.today
        self.ctx.read(lambda s: queries.load_case_view(s, vocab, case_id, lang, today),
                      self._show, self._on_load_failed)

    def _on_load_failed(self, exc: BaseException) -> None:
        self.header.title.setText(self.tr("This case could not be opened."))
        self.header.facts.setText(errors.describe(exc, "reading a case"))

    def _show(self, data: queries.CaseViewData) -> None:
        self.data = data
        self.header.show_case(data, self.today, self.ctx.lang)
        self.overview.status_history.set_changes(data.status_history, self.ctx.lang)
        self.people.set_rows(data.people)
        self.allegations.defaults = new_allegation_defaults(self.case_id, data.case)
        self.allegations.set_rows(data.allegations)
        self.complaints.set_data(data, self.today)

        def reprisal_tone(row: queries.Row, col: int) -> QColor | None:
            return RED if col == 3 and row.extra.get("risk_rank", 0) >= 2 else None

        self.reprisals.set_rows(data.reprisals, reprisal_tone)
        fill_table(self.visits, data.visits)
        self.history.set_rows(data.history, self.ctx.lang)
        self._update_counts()

    def _update_counts(self) -> None:
        if self.data is None:
            return
        counts = {"people": len(self.data.people), "allegations": len(self.data.allegations),
                  "reprisals": len(self.data.reprisals), "visits": len(self.data.visits),
                  "evidence": len(self.data.evidence)}
        base = {"people": self.tr("People and roles"), "allegations": self.tr("Allegations"),
                "reprisals": self.tr("Reprisals"), "visits": self.tr("Visits"),
                "evidence": self.tr("Evidence")}
        for key, count in counts.items():
            text = f"{base[key]} ({count})" if count else base[key]
            self.tabs.setTabText(self.tabs.indexOf(self.tab_pages[key]), text)

    def on_changed(self, change: Change) -> None:
        if change.kinds & CASE_KINDS:
            self.reload()
        if change.kinds & _EVIDENCE_MEMBERSHIP and not change.touches("evidence"):
            self.evidence.reload()  # the panel follows evidence; these decide whose it is

    # -- the DetailWidget API ------------------------------------------------------------
    def _editors(self) -> list[RecordEditor]:
        found: list[RecordEditor] = [self.overview]
        for tab in (self.allegations, self.reprisals):
            if tab.editor is not None:
                found.append(tab.editor)
        return found

    def _on_child_dirty(self, _dirty: bool) -> None:
        self.dirty_changed.emit(self.is_dirty())

    def is_dirty(self) -> bool:
        return any(e.is_dirty() for e in self._editors())

    def save(self) -> None:
        current = self.tabs.currentWidget()
        for editor in self._editors():
            if editor.is_dirty() or (editor is current):
                editor.save()

    def discard(self) -> None:
        for editor in self._editors():
            if editor.is_dirty():
                editor.discard()

    def save_draft(self) -> None:
        for editor in self._editors():
            editor.save_draft()

    def focus_step(self, step_id: str) -> None:
        """Show the complaint timeline with this step selected (from the Deadlines view)."""
        self.tabs.setCurrentWidget(self.complaints)
        self.complaints.focus_step(step_id)

    def show_tab(self, key: str) -> None:
        if key in self.tab_pages:
            self.tabs.setCurrentWidget(self.tab_pages[key])

    def current_tab(self) -> str | None:
        current = self.tabs.currentWidget()
        return next((k for k, page in self.tab_pages.items() if page is current), None)

    def on_open_visit(self) -> None:
        visit_id = selected_id(self.visits)
        if visit_id:
            self.open_requested.emit("visits", visit_id)

    def generate_dossier(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("The dossier is made from what is saved. Save your changes first?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Ignore)
            if answer == QMessageBox.StandardButton.Save and not save_and_wait(self)[0]:
                return  # not saved: the editor says why; the dossier would miss it
        pdf_dialog.generate_dossier(self.ctx, self.case_id, self)
