"""The visit form, for typing in the field: keyboard first, one box per area, nothing lost.

Besides the visit's own fields the form holds its team, obstructions, findings per area
and recommendations (the previous visit's carried forward with their status, and new
ones); :func:`monitor_app.operations.visits.save_visit` writes them with the visit, in
one transaction. Interviewed people and allegations heard are added straight away (the
visit is saved first when it is new).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monitor_app.dates import Moment, time_text
from monitor_app.operations import visits
from monitor_app.queries import readmodels as queries
from ui.context import AppContext
from ui.editors.base import EditorDialog, RecordEditor, SaveOperation
from ui.editors.kinds import AllegationEditor
from ui.editors.pickers import record_picker, register, vocab_combo
from ui.forms import (
    ApproxDateField,
    Form,
    IntField,
    MomentField,
    RecordPicker,
    TextField,
    TriStateField,
    moment_value,
    read_moment_value,
)
from ui.forms.fields import FieldDefaults, LineField, enter_moves_on
from ui.forms.wrap_check import WrapCheckBox

# the visit's parts on the form, saved by operations.visits.save_visit with the visit
EXTRA_FIELDS = ("team", "obstructions", "followups", "new_recommendations")
# each moment is one box on the form ("05.03.2024 10:30", "March 2014") and two fields
# in the store: its day at its precision and, only when given, its time
MOMENTS = (("started_on", "started_time"), ("ended_on", "ended_time"))


class TeamField(FieldDefaults, QWidget):
    """The visiting team: people picked one by one, removable."""

    edited = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.labels: dict[str, str] = {}
        self.picker: RecordPicker = record_picker(ctx, "people", self,
                                                  placeholder=QCoreApplication.translate(
                                                      "VisitForm", "Add a team member…"))
        self.add_button = QPushButton(QCoreApplication.translate("VisitForm", "Add"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.on_add)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(90)
        self.remove_button = QPushButton(QCoreApplication.translate("VisitForm", "Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.on_remove)
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.list, 1)
        bottom.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bottom)
        self.setFocusProxy(self.picker)

    def on_add(self) -> None:
        person_id = self.picker.value()
        if not person_id or self.picker.problem():
            return
        label = self.picker.combo.currentText()
        self._add(person_id, label)
        self.picker.set_value(None)
        self.edited.emit()

    def _add(self, person_id: str, label: str) -> None:
        if person_id in self.value():
            return
        item = QListWidgetItem(label or person_id, self.list)
        item.setData(Qt.ItemDataRole.UserRole, person_id)

    def on_remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.edited.emit()

    def value(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count())]

    def set_value(self, value: Any) -> None:
        self.list.clear()
        for entry in value or ():
            person_id, label = (entry if isinstance(entry, (list, tuple)) else (entry, ""))
            self._add(person_id, label or "…")
            if not label:  # the picker holds a page, not every person: ask the store
                self.picker.label_of(person_id, self._labelled)

    def _labelled(self, choice: tuple[str, str] | None) -> None:
        if choice is None or not shiboken6.isValid(self.list):
            return
        label, person_id = choice
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                item.setText(label)

    def state(self) -> Any:
        return [[self.list.item(i).data(Qt.ItemDataRole.UserRole),
                 "" if self.list.item(i).text() == "…" else self.list.item(i).text()]
                for i in range(self.list.count())]  # a label not yet read is asked again

    def focus_target(self) -> QWidget:
        return self.picker.combo


class ObstructionsField(FieldDefaults, QWidget):
    """Each kind of obstruction: a check box and a line for the details."""

    edited = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        self.rows: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        terms = ctx.vocab.terms("obstruction") if ctx.vocab else []
        for i, term in enumerate(terms):
            box = WrapCheckBox(term.label(ctx.lang), self)
            details = QLineEdit(self)
            details.setPlaceholderText(QCoreApplication.translate("VisitForm", "details"))
            details.setEnabled(False)
            enter_moves_on(details)
            box.toggled.connect(details.setEnabled)
            box.clicked.connect(lambda _c, d=details: (d.setFocus(), self.edited.emit()))
            details.textEdited.connect(lambda _t: self.edited.emit())
            grid.addWidget(box, i, 0)
            grid.addWidget(details, i, 1)
            self.rows[term.code] = (box, details)
        grid.setColumnStretch(1, 1)
        first = next(iter(self.rows.values()), None)
        if first is not None:
            self.setFocusProxy(first[0])

    def value(self) -> dict[str, str]:
        return {code: d.text().strip() for code, (b, d) in self.rows.items() if b.isChecked()}

    def set_value(self, value: Any) -> None:
        value = value or {}
        for code, (box, details) in self.rows.items():
            box.setChecked(code in value)
            details.setText(value.get(code, "") if code in value else "")

    def focus_target(self) -> QWidget:
        first = next(iter(self.rows.values()), None)
        return first[0] if first else self


class FollowUpField(FieldDefaults, QWidget):
    """The previous visit's recommendations with the status seen on this visit."""

    edited = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("VisitForm", "Recommendation"),
            QCoreApplication.translate("VisitForm", "Area"),
            QCoreApplication.translate("VisitForm", "Status now"),
            QCoreApplication.translate("VisitForm", "Notes")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, 190)
        self.table.setColumnWidth(3, 180)
        self.source = QLabel(self)
        self.source.setEnabled(False)
        self.source.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.source)
        layout.addWidget(self.table)
        self.prior: list[queries.PriorRecommendation] = []

    def set_prior(self, prior: list[queries.PriorRecommendation] | tuple[Any, ...]) -> None:
        self.prior = list(prior)
        self.table.setRowCount(len(self.prior))
        if self.prior:
            self.source.setText(QCoreApplication.translate(
                "VisitForm", "Carried forward from the previous visit: {visit}").format(
                visit=self.prior[0].visit_label))
        else:
            self.source.setText(QCoreApplication.translate(
                "VisitForm", "No open recommendations from an earlier visit to this place."))
        for r, rec in enumerate(self.prior):
            text = QTableWidgetItem(rec.text)
            text.setToolTip(rec.text + (f"\n→ {rec.addressee}" if rec.addressee else ""))
            self.table.setItem(r, 0, text)
            self.table.setItem(r, 1, QTableWidgetItem(self.ctx.label(rec.area)))
            combo = vocab_combo(self.ctx, "recommendation_status")
            combo.set_value(rec.status)
            combo.edited.connect(self.edited)
            self.table.setCellWidget(r, 2, combo)
            notes = QLineEdit(rec.followup_notes, self.table)
            notes.textEdited.connect(lambda _t: self.edited.emit())
            self.table.setCellWidget(r, 3, notes)
        self.table.resizeRowsToContents()
        self.table.setFixedHeight(min(320, 30 + sum(self.table.rowHeight(i)
                                                    for i in range(len(self.prior)))))
        self.table.setVisible(bool(self.prior))
        # A focus proxy that is hidden stops Tab here for good (Qt finds no next field):
        # the table takes the focus only when it is shown.
        self.setFocusProxy(self.table if self.prior else None)

    def value(self) -> list[dict[str, Any]]:
        out = []
        for r, rec in enumerate(self.prior):
            combo = self.table.cellWidget(r, 2)
            notes = self.table.cellWidget(r, 3)
            out.append({"recommendation_id": rec.id, "status": combo.value(),
                        "notes": notes.text().strip()})
        return out

    def set_value(self, value: Any) -> None:
        by_id = {v["recommendation_id"]: v for v in value or ()}
        for r, rec in enumerate(self.prior):
            v = by_id.get(rec.id)
            if v:
                self.table.cellWidget(r, 2).set_value(v.get("status"))
                self.table.cellWidget(r, 3).setText(v.get("notes", ""))

    def focus_target(self) -> QWidget:
        return self.table


class NewRecommendationsField(FieldDefaults, QWidget):
    """Recommendations made on this visit: area, text, addressee."""

    edited = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.existing = QTableWidget(0, 4, self)
        self.existing.setHorizontalHeaderLabels([
            QCoreApplication.translate("VisitForm", "Area"),
            QCoreApplication.translate("VisitForm", "Recommendation"),
            QCoreApplication.translate("VisitForm", "To"),
            QCoreApplication.translate("VisitForm", "Status")])
        self.existing.verticalHeader().hide()
        self.existing.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.existing.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.existing.hide()
        self.area = vocab_combo(ctx, "finding_area")
        self.text = TextField(lines=2,
                              placeholder=QCoreApplication.translate(
                                  "VisitForm", "What should change"))
        self.addressee = LineField(placeholder=QCoreApplication.translate(
            "VisitForm", "Addressed to (e.g. the head of the facility)"))
        self.add_button = QPushButton(
            QCoreApplication.translate("VisitForm", "Add recommendation"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.on_add)
        self.pending = QListWidget(self)
        self.pending.setMaximumHeight(100)
        self.pending.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.existing)
        layout.addWidget(self.pending)
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("VisitForm", "Area"), self))
        row.addWidget(self.area, 1)
        row.addWidget(self.addressee, 2)
        layout.addLayout(row)
        layout.addWidget(self.text)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.add_button)
        layout.addLayout(bottom)
        self.items: list[dict[str, Any]] = []
        self.setFocusProxy(self.area)

    def set_existing(self, rows: tuple[queries.Row, ...]) -> None:
        self.existing.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row.cells):
                self.existing.setItem(r, c, QTableWidgetItem(text))
        self.existing.setVisible(bool(rows))
        self.existing.setFixedHeight(min(220, 30 + 26 * len(rows)))

    def on_add(self) -> None:
        text = self.text.value()
        if not text:
            self.text.setFocus()
            return
        area = self.area.value() if not self.area.problem() else None
        self.items.append({"area": area, "text": text, "addressee": self.addressee.value()})
        self.text.set_value("")
        self._refresh()
        self.edited.emit()

    def _refresh(self) -> None:
        self.pending.clear()
        for item in self.items:
            area = self.ctx.label(item["area"])
            self.pending.addItem(f"{area}: {item['text']}" if area else item["text"])
        self.pending.setVisible(bool(self.items))

    def value(self) -> list[dict[str, Any]]:
        items = list(self.items)
        text = self.text.value()
        if text:  # typed but "Add" not pressed: still kept
            area = self.area.value() if not self.area.problem() else None
            items.append({"area": area, "text": text, "addressee": self.addressee.value()})
        return items

    def set_value(self, value: Any) -> None:
        self.items = [dict(v) for v in value or ()]
        self.text.set_value("")
        self._refresh()

    def focus_target(self) -> QWidget:
        return self.area


class VisitForm(RecordEditor):
    """make_detail("visits", id): the field form for one monitoring visit."""

    KIND = "visits"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        form.section(QCoreApplication.translate("VisitForm", "Visit"))
        form.add("facility_id", QCoreApplication.translate("VisitForm", "Place of detention"),
                 record_picker(c, "facilities",
                               placeholder=QCoreApplication.translate(
                                   "VisitForm", "Type a designation or name…")),
                 required=True)
        form.add("body", QCoreApplication.translate("VisitForm", "Monitoring body"),
                 vocab_combo(c, "monitoring_body"))
        form.add("visit_type", QCoreApplication.translate("VisitForm", "Type of visit"),
                 vocab_combo(c, "visit_type"))
        form.add("announced", QCoreApplication.translate("VisitForm", "Announced"),
                 TriStateField(QCoreApplication.translate("VisitForm", "the visit was announced")))
        form.add("started_on", QCoreApplication.translate("VisitForm", "Started"),
                 MomentField(lang=c.lang), required=True)
        form.add("ended_on", QCoreApplication.translate("VisitForm", "Ended"),
                 MomentField(lang=c.lang))
        form.add("team", QCoreApplication.translate("VisitForm", "Team"), TeamField(c))
        form.section(QCoreApplication.translate("VisitForm", "Ombudsman's approval"),
                     QCoreApplication.translate(
                         "VisitForm",
                         "NPM special visits only: the request and the Ombudsman's decision."))
        form.add("request_date", QCoreApplication.translate("VisitForm", "Requested on"),
                 ApproxDateField(lang=c.lang))
        form.add("ombudsman_decision", QCoreApplication.translate("VisitForm", "Decision"),
                 vocab_combo(c, "ombudsman_decision"))
        form.add("decision_date", QCoreApplication.translate("VisitForm", "Decided on"),
                 ApproxDateField(lang=c.lang))
        form.section(QCoreApplication.translate("VisitForm", "Access"))
        form.add("access_outcome", QCoreApplication.translate("VisitForm", "Access"),
                 vocab_combo(c, "access_outcome"))
        form.add("obstructions", QCoreApplication.translate("VisitForm", "Obstructions"),
                 ObstructionsField(c))
        form.section(QCoreApplication.translate("VisitForm", "People held and interviews"))
        form.add("population", QCoreApplication.translate("VisitForm", "Held on the day"),
                 IntField())
        form.add("interviews_private",
                 QCoreApplication.translate("VisitForm", "Private interviews"), IntField())
        form.add("interviews_group", QCoreApplication.translate("VisitForm", "Group interviews"),
                 IntField())
        form.section(QCoreApplication.translate("VisitForm", "Findings"),
                     QCoreApplication.translate(
                         "VisitForm", "What the team found, one box per area."))
        self.finding_areas = [t.code for t in c.vocab.terms("finding_area")] if c.vocab else []
        for code in self.finding_areas:
            form.add(f"finding:{code}", c.label(code), TextField(lines=3))
        form.section(QCoreApplication.translate("VisitForm", "Summary and notes"))
        form.add("summary", QCoreApplication.translate("VisitForm", "Summary"), TextField(lines=4))
        form.add("notes", QCoreApplication.translate("VisitForm", "Notes"), TextField(lines=3))
        form.section(QCoreApplication.translate("VisitForm", "Recommendations"))
        self.followups = FollowUpField(c)
        form.add("followups", QCoreApplication.translate("VisitForm", "Earlier ones"),
                 self.followups)
        self.new_recommendations = NewRecommendationsField(c)
        form.add("new_recommendations", QCoreApplication.translate("VisitForm", "New ones"),
                 self.new_recommendations)
        self._build_people_section(form)
        form.edited.connect(self._on_visit_edited)

    def _build_people_section(self, form: Form) -> None:
        c = self.ctx
        form.section(QCoreApplication.translate("VisitForm",
                                                "Interviewed people and allegations heard"),
                     QCoreApplication.translate(
                         "VisitForm", "Added straight away; a new visit is saved first."))
        self.interviews = QTableWidget(0, 4)
        self.interviews.setHorizontalHeaderLabels([
            QCoreApplication.translate("VisitForm", "Person"),
            QCoreApplication.translate("VisitForm", "Category"),
            QCoreApplication.translate("VisitForm", "Private"),
            QCoreApplication.translate("VisitForm", "Notes")])
        self.interviews.verticalHeader().hide()
        self.interviews.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.interviews.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.interviews.setFixedHeight(120)
        self.interviewee = record_picker(c, "people",
                                         placeholder=QCoreApplication.translate(
                                             "VisitForm", "Who was interviewed…"))
        self.interview_private = TriStateField(QCoreApplication.translate("VisitForm",
                                                                          "in private"))
        self.interview_notes = QLineEdit()
        self.interview_notes.setPlaceholderText(QCoreApplication.translate("VisitForm", "notes"))
        self.add_interview_button = QPushButton(QCoreApplication.translate(
            "VisitForm", "Add interview"))
        self.add_interview_button.setAutoDefault(False)
        self.add_interview_button.clicked.connect(self.on_add_interview)
        row = QWidget()  # who on a line of its own, then how and the button: fits 1024 px
        row_layout = QGridLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.interviewee, 0, 0, 1, 3)
        row_layout.addWidget(self.interview_private, 1, 0)
        row_layout.addWidget(self.interview_notes, 1, 1)
        row_layout.addWidget(self.add_interview_button, 1, 2)
        row_layout.setColumnStretch(1, 1)
        form.add_widget(row)
        form.add_widget(self.interviews)
        self.allegations = QTableWidget(0, 3)
        self.allegations.setHorizontalHeaderLabels([
            QCoreApplication.translate("VisitForm", "Allegation"),
            QCoreApplication.translate("VisitForm", "Kind"),
            QCoreApplication.translate("VisitForm", "When")])
        self.allegations.verticalHeader().hide()
        self.allegations.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.allegations.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.allegations.setFixedHeight(110)
        self.add_allegation_button = QPushButton(QCoreApplication.translate(
            "VisitForm", "Add allegation heard…"))
        self.add_allegation_button.setAutoDefault(False)
        self.add_allegation_button.clicked.connect(self.on_add_allegation)
        buttons = QWidget()
        buttons_layout = QHBoxLayout(buttons)
        buttons_layout.setContentsMargins(0, 0, 0, 0)
        buttons_layout.addWidget(self.add_allegation_button)
        buttons_layout.addStretch(1)
        form.add_widget(buttons)
        form.add_widget(self.allegations)
        self.people_message = QLabel()
        self.people_message.setWordWrap(True)
        form.add_widget(self.people_message)
        self.dialog: EditorDialog | None = None

    # -- loading ----------------------------------------------------------------------
    def title_text(self) -> str:
        if not self.record_id:
            return QCoreApplication.translate("VisitForm", "New visit")
        picker = self.form.field("facility_id").combo
        place = picker.currentText()
        day = read_moment_value(self.stored.get("started_on")).day
        when = day.format(self.ctx.lang) if day is not None else ""
        visit = QCoreApplication.translate("VisitForm", "Visit")
        return " · ".join(p for p in (visit, place, when) if p)

    def extra_reader(self) -> Callable[[Any, dict[str, Any]], Any] | None:
        vocab, lang = self.ctx.vocab, self.ctx.lang
        facility_default = self.defaults.get("facility_id")

        def read(session: Any, data: dict[str, Any]) -> queries.VisitExtras:
            return queries.load_visit_extras(
                session, vocab, data.get("id"), data.get("facility_id") or facility_default,
                Moment.of(data.get("started_on"), data.get("started_time")), lang)
        return read

    def show_extra(self, extra: queries.VisitExtras | None) -> None:
        if extra is None:
            return
        form = self.form
        form.field("team").set_value(list(extra.team))
        form.field("obstructions").set_value({k: d for k, (_i, d) in extra.obstructions.items()})
        for code in self.finding_areas:
            form.field(f"finding:{code}").set_value(extra.findings.get(code, ("", ""))[1])
        self.followups.set_prior(extra.prior)
        self.new_recommendations.set_existing(extra.recommendations)
        self.new_recommendations.set_value([])
        self._fill(self.interviews, extra.interviews)
        self._fill(self.allegations, extra.allegations)

    @staticmethod
    def _fill(table: QTableWidget, rows: tuple[queries.Row, ...]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row.cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                table.setItem(r, c, item)

    def _on_visit_edited(self, name: str) -> None:
        if name == "facility_id" and not self._loading:
            facility_id = self.form.field("facility_id").value()
            if facility_id and not self.form.field("facility_id").problem():
                self._reload_prior(facility_id)

    def _reload_prior(self, facility_id: str) -> None:
        vocab, lang, visit_id = self.ctx.vocab, self.ctx.lang, self.record_id
        started = self.form.field("started_on").parsed()
        self.ctx.read(lambda s: queries.prior_recommendations(s, vocab, facility_id, visit_id,
                                                              started, lang),
                      self.followups.set_prior)

    # -- saving -----------------------------------------------------------------------
    def _on_loaded(self, result: tuple[dict[str, Any], Any, Any]) -> None:
        data = result[0]
        for day, time in MOMENTS:  # one box shows the day and, when recorded, the time
            data[day] = moment_value(Moment.of(data.get(day), data.get(time)))
        super()._on_loaded(result)

    def values_to_write(self) -> dict[str, Any]:
        values = super().values_to_write()
        out = {k: v for k, v in values.items()
               if k not in EXTRA_FIELDS and not k.startswith("finding:")}
        for day, time in MOMENTS:  # "2024-03-05 10:30" is two fields; no time typed, none
            if day in out:
                moment = read_moment_value(out[day])
                out[day] = moment.day.to_iso() if moment.day is not None else out[day]
                out[time] = time_text(moment.time)
        return out

    def save_operation(self) -> SaveOperation:
        form = self.form
        obstructions = form.field("obstructions")
        checked = obstructions.value()
        data = visits.VisitData(
            visit_id=self.record_id,
            fields=self.values_to_write(),
            team=form.field("team").value(),
            # every kind on the form: unchecked ones are removed, others left alone
            obstructions={code: checked.get(code) for code in obstructions.rows},
            findings={code: form.field(f"finding:{code}").value()
                      for code in self.finding_areas},
            followups=[visits.FollowUp(f["recommendation_id"], f["status"], f["notes"])
                       for f in self.followups.value()],
            new_recommendations=[visits.NewRecommendation(r["text"], r.get("area"),
                                                          r.get("addressee") or "")
                                 for r in self.new_recommendations.value()])
        revision = self.expected_revision()
        return lambda w: visits.save_visit(w, data, expected_revision=revision)

    def place_errors(self, errors: dict[str, str]) -> dict[str, str]:
        placed: dict[str, str] = {}
        for name, message in errors.items():
            part, _, rest = name.partition("[")
            if part == "findings":
                placed[f"finding:{rest.split(']')[0]}"] = message
            elif part in EXTRA_FIELDS:
                placed.setdefault(part, message)
            else:
                placed[name] = message
        return placed

    # -- people and allegations ----------------------------------------------------------
    def _with_saved_visit(self, action: Callable[[str], None]) -> None:
        if self.record_id and not self.is_dirty():
            action(self.record_id)
            return

        def finish() -> None:
            self.saved.disconnect(once)
            self.save_failed.disconnect(failed)

        def once(record_id: str) -> None:
            finish()
            action(record_id)

        def failed() -> None:  # the errors are shown next to the fields
            finish()

        self.saved.connect(once)
        self.save_failed.connect(failed)
        self.save()

    def on_add_interview(self) -> None:
        person_id = self.interviewee.value()
        if not person_id or self.interviewee.problem():
            self.people_message.setText(QCoreApplication.translate(
                "VisitForm", "Pick who was interviewed, or create them with New…"))
            return
        self.people_message.clear()
        private = self.interview_private.value()
        notes = self.interview_notes.text().strip()

        def add(visit_id: str) -> None:
            self.ctx.write(lambda w: visits.add_interview(w, visit_id, person_id,
                                                          private=private, notes=notes),
                           lambda _outcome: self._after_people_change())

        self._with_saved_visit(add)

    def _after_people_change(self) -> None:
        self.interviewee.set_value(None)
        self.interview_notes.clear()
        self._reload_people()

    def _reload_people(self) -> None:
        if not self.record_id:
            return
        vocab, lang, visit_id = self.ctx.vocab, self.ctx.lang, self.record_id

        def read(session: Any) -> queries.VisitExtras:
            return queries.load_visit_extras(session, vocab, visit_id, None, None, lang)

        def show(extra: queries.VisitExtras) -> None:
            self._fill(self.interviews, extra.interviews)
            self._fill(self.allegations, extra.allegations)

        self.ctx.read(read, show)

    def on_add_allegation(self) -> None:
        def add(visit_id: str) -> None:
            defaults = {"visit_id": visit_id}
            facility_id = self.form.field("facility_id").value()
            if facility_id:
                defaults["facility_id"] = facility_id
            editor = AllegationEditor(self.ctx, None, defaults=defaults, scope=visit_id)
            editor.saved.connect(lambda _id: self._reload_people())
            self.dialog = EditorDialog(editor,
                                       QCoreApplication.translate(
                                           "VisitForm", "Allegation heard during the visit"), self)
            self.dialog.open()

        self._with_saved_visit(add)


register("visits", VisitForm)
