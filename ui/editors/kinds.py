"""One editor per kind of record: the fields, their sections and the pick lists."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from monitor_app import operations
from monitor_app.queries import readmodels as queries
from ui.context import AppContext
from ui.editors.base import EditorDialog, RecordEditor, SaveOperation
from ui.forms import (
    ApproxDateField,
    CheckField,
    DateField,
    Form,
    IntField,
    LineField,
    RecordPicker,
    TextField,
    VocabChecklist,
    VocabCombo,
    parse_full_date,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Editors", text)


# -- building blocks ----------------------------------------------------------------

def vocab_combo(ctx: AppContext, vocabulary: str) -> VocabCombo:
    return VocabCombo(ctx.vocab, vocabulary, ctx.lang)


def vocab_list(ctx: AppContext, vocabulary: str, rows: int = 7) -> VocabChecklist:
    return VocabChecklist(ctx.vocab, vocabulary, ctx.lang, rows=rows)


def record_picker(ctx: AppContext, kind: str, parent: QWidget | None = None, *,
                  can_create: bool = True, placeholder: str = "",
                  where: dict[str, Any] | None = None) -> RecordPicker:
    """A searchable picker of existing records of ``kind``, with "New…" to create one."""
    filters = dict(where or {})

    def load(callback: Callable[[list[tuple[str, str]]], None]) -> None:
        if ctx.store is None or ctx.vocab is None:
            callback([])
            return
        vocab, lang = ctx.vocab, ctx.lang
        ctx.read(lambda s: queries.choices(s, vocab, kind, lang, **filters), callback)

    create: Callable[[Callable[[str], None]], None] | None = None
    if can_create and editor_class(kind) is not None:
        def create(callback: Callable[[str], None]) -> None:
            cls = editor_class(kind)
            assert cls is not None
            editor = cls(ctx, None, defaults=dict(filters), scope="picker")
            title = tr(NEW_TITLES[kind]) if kind in NEW_TITLES else tr("New record")
            dialog = EditorDialog(editor, title, picker)
            editor.saved.connect(callback)
            dialog.open()

    picker = RecordPicker(load, create, parent, placeholder=placeholder)
    return picker


def _name_hint() -> str:
    return tr("At least one of name, pseudonym or code.")


# -- places ---------------------------------------------------------------------------

class FacilityEditor(RecordEditor):
    KIND = "facilities"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        form.section(tr("Place of detention"))
        form.add("designation", tr("Designation"), LineField(placeholder=tr("e.g. AK-159/6")))
        form.add("name", tr("Name"), LineField(), required=True)
        form.add("kind", tr("Kind of place"), vocab_combo(c, "place_kind"))
        form.add("regime", tr("Regime"), vocab_combo(c, "regime"))
        form.add("authority", tr("Authority"), vocab_combo(c, "authority"))
        form.section(tr("Location"))
        form.add("region", tr("Region"), vocab_combo(c, "region"))
        form.add("address", tr("Address"), TextField(lines=2))
        form.section(tr("Capacity and mandates"))
        form.add("capacity", tr("Capacity"), IntField())
        form.add("npm_mandate", tr("NPM mandate"), CheckField(tr("NPM may visit this place")))
        form.add("pmc_mandate", tr("PMC mandate"), CheckField(tr("PMC may visit this place")))
        form.section(tr("Notes"))
        form.add("notes", tr("Notes"), TextField())

    def title_text(self) -> str:
        if not self.record_id:
            return tr("New place of detention")
        return " ".join(p for p in (self.stored.get("designation"), self.stored.get("name")) if p)


# -- people ----------------------------------------------------------------------------

class PersonEditor(RecordEditor):
    KIND = "people"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        form.section(tr("Who"))
        form.add("name", tr("Full name"), LineField(), hint=_name_hint())
        form.add("pseudonym", tr("Pseudonym"), LineField(
            placeholder=tr("used in anything that leaves the lawyer's hands")))
        form.add("code", tr("Code"), LineField(max_length=40))
        form.add("category", tr("Category"), vocab_combo(c, "person_category"))
        form.add("gender", tr("Gender"), vocab_combo(c, "gender"))
        form.add("birth_date", tr("Born"), ApproxDateField(lang=c.lang))
        form.section(tr("Consent and risk"))
        form.add("consent_record", tr("Consent"), CheckField(tr("to record their account")))
        form.add("consent_share_lawyer", "", CheckField(tr("to share it with a lawyer")))
        form.add("consent_publish", "", CheckField(tr("to publish it")))
        form.add("consent_un", "", CheckField(tr("to refer it to the UN")))
        form.add("risk_level", tr("Risk level"), vocab_combo(c, "risk_level"))
        form.section(tr("Official"), tr("For alleged perpetrators and other officials."))
        form.add("agency", tr("Agency"), vocab_combo(c, "perpetrator_kind"))
        form.add("unit", tr("Unit"), LineField())
        form.add("position", tr("Position"), LineField())
        form.add("rank", tr("Rank"), LineField())
        form.add("identified", tr("Identified"), CheckField(tr("identity known")))
        form.section(tr("Contact"))
        form.add("contact", tr("Contact"), TextField(lines=2))
        form.add("address", tr("Address"), TextField(lines=2))
        form.add("notes", tr("Notes"), TextField())

    def after_load(self) -> None:
        if not self.record_id:
            self.form.field("identified").setChecked(True)

    def validate(self) -> dict[str, str]:
        f = self.form
        if not any(f.field(n).value() for n in ("name", "pseudonym", "code")):
            return {"name": tr("Give a name, a pseudonym or a code.")}
        return {}

    def title_text(self) -> str:
        if not self.record_id:
            return tr("New person")
        return self.stored.get("name") or self.stored.get("pseudonym") or \
            self.stored.get("code") or ""


# -- cases -----------------------------------------------------------------------------

class CaseEditor(RecordEditor):
    KIND = "cases"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        form.section(tr("Case"))
        form.add("reference", tr("Reference"), LineField(placeholder=tr("e.g. KZ-2024-017")),
                 required=True)
        form.add("title", tr("Title"), LineField(), required=True)
        form.add("status", tr("Status"), vocab_combo(c, "case_status"))
        form.add("risk_level", tr("Risk level"), vocab_combo(c, "risk_level"))
        form.section(tr("Victim and place"))
        form.add("primary_victim_id", tr("Victim"),
                 record_picker(c, "people", placeholder=tr("Type a name or pseudonym…")))
        form.add("facility_id", tr("Place of detention"), record_picker(c, "facilities"))
        form.add("region", tr("Region"), vocab_combo(c, "region"))
        form.section(tr("Dates"))
        form.add("opened_on", tr("Opened on"), DateField(lang=c.lang))
        form.add("closed_on", tr("Closed on"), DateField(lang=c.lang))
        form.section(tr("Summary"))
        form.add("summary", tr("Summary"), TextField(lines=6))
        form.add("notes", tr("Notes"), TextField())

    def after_load(self) -> None:
        if not self.record_id and not self.form.field("opened_on").value():
            self.form.field("opened_on").set_value(date.today())

    def title_text(self) -> str:
        if not self.record_id:
            return tr("New case")
        return " · ".join(p for p in (self.stored.get("reference"), self.stored.get("title"))
                          if p)


# -- allegations -------------------------------------------------------------------------

class AllegationEditor(RecordEditor):
    KIND = "allegations"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        form.section(tr("What happened"))
        form.add("kind", tr("Kind"), vocab_combo(c, "allegation_kind"), required=True)
        form.add("summary", tr("In one line"), LineField(max_length=300))
        form.add("narrative", tr("Account"), TextField(lines=6))
        form.section(tr("When and where"))
        form.add("date_from", tr("From"), ApproxDateField(lang=c.lang))
        form.add("date_to", tr("Until"), ApproxDateField(lang=c.lang),
                 hint=tr("Leave empty for a single date."))
        form.add("facility_id", tr("Place of detention"), record_picker(c, "facilities"))
        form.add("location_kind", tr("Kind of location"), vocab_combo(c, "location_kind"))
        form.add("place_description", tr("Where exactly"), TextField(lines=2))
        form.section(tr("How and why"))
        form.add("methods", tr("Methods"), vocab_list(c, "method", rows=8))
        form.add("purposes", tr("Purpose"), vocab_list(c, "purpose", rows=4))
        form.add("injuries", tr("Injuries"), TextField(lines=3))
        form.section(tr("Assessment"))
        form.add("legal_qualification", tr("Legal qualification"),
                 vocab_combo(c, "legal_qualification"))
        form.add("source", tr("Source"), vocab_combo(c, "source_type"))
        form.add("verification", tr("Verification"), vocab_combo(c, "verification_status"))
        from ui.editors.allegation_parts import AllegationPeoplePanel, MedicalExamsPanel

        form.section(tr("Victims and alleged perpetrators"),
                     tr("Added and removed at once; double-click a person to edit them."))
        self.people_panel = AllegationPeoplePanel(c)
        form.add_widget(self.people_panel)
        form.section(tr("Medical evidence"),
                     tr("Forensic and independent examinations, prison medical records."))
        self.exams_panel = MedicalExamsPanel(c)
        form.add_widget(self.exams_panel)

    def after_load(self) -> None:
        self.people_panel.set_allegation(self.record_id)
        self.exams_panel.set_allegation(self.record_id)

    def validate(self) -> dict[str, str]:
        start = self.form.field("date_from").parsed()
        end = self.form.field("date_to").parsed()
        if start and end and end.latest() < start.earliest():
            return {"date_to": tr("This is before the start date.")}
        return {}

    def title_text(self) -> str:
        if not self.record_id:
            return tr("New allegation")
        return self.stored.get("summary") or self.ctx.label(self.stored.get("kind"))


class MedicalExamEditor(RecordEditor):
    KIND = "medical_exams"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        form.section(tr("Medical examination"))
        form.add("kind", tr("Kind"), vocab_combo(c, "medical_exam_kind"), required=True)
        form.add("exam_date", tr("Date"), ApproxDateField(lang=c.lang))
        form.add("examiner", tr("Examiner"), LineField(
            placeholder=tr("e.g. forensic expert of the regional bureau")))
        form.add("istanbul_protocol", tr("Istanbul Protocol"),
                 vocab_combo(c, "istanbul_protocol"),
                 hint=tr("Whether the examination follows the Istanbul Protocol."))
        form.add("findings", tr("Findings"), TextField(lines=5))

    def title_text(self) -> str:
        if not self.record_id:
            return tr("New medical examination")
        return self.ctx.label(self.stored.get("kind")) or tr("Medical examination")


# -- complaints and their steps -------------------------------------------------------------

class ComplaintEditor(RecordEditor):
    KIND = "complaints"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        case_filter = {"case_id": self.defaults["case_id"]} if self.defaults.get("case_id") \
            else {}
        form.section(tr("Complaint"))
        form.add("body", tr("Sent to"), vocab_combo(c, "complaint_body"), required=True)
        form.add("subject", tr("Subject"), LineField())
        form.add("filed_on", tr("Filed on"), DateField(lang=c.lang),
                 hint=tr("A new complaint starts its timeline with a \"Complaint filed\" step "
                         "on this date."))
        form.add("complainant_id", tr("Complainant"), record_picker(c, "people"))
        form.add("allegation_id", tr("About the allegation"),
                 record_picker(c, "allegations", can_create=False, where=case_filter))
        form.add("reference_no", tr("Reference number"), LineField())
        form.add("notes", tr("Notes"), TextField())

    def values_to_write(self) -> dict[str, Any]:
        values = super().values_to_write()
        if self.record_id:
            values.pop("reference_no", None)  # kept on the first step, not the complaint
        return values

    def save_operation(self) -> SaveOperation:
        if self.record_id:
            return super().save_operation()
        values = self.values_to_write()  # its first step gets the reference number
        return lambda w: operations.complaints.new_complaint(w, values)

    def title_text(self) -> str:
        if not self.record_id:
            return tr("New complaint")
        return " · ".join(p for p in (self.ctx.label(self.stored.get("body")),
                                      self.stored.get("subject")) if p)


class ComplaintStepEditor(RecordEditor):
    KIND = "complaint_steps"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        self._due_touched = False
        form.section(tr("Procedural step"))
        form.add("stage", tr("Step"), vocab_combo(c, "complaint_stage"), required=True)
        form.add("body", tr("Body"), vocab_combo(c, "complaint_body"))
        form.add("occurred_on", tr("Date"), DateField(lang=c.lang), required=True)
        form.add("reference_no", tr("Reference number"), LineField())
        form.section(tr("Answer"))
        self.due_hint = QLabel()
        form.add("answer_due", tr("Answer due"), DateField(lang=c.lang),
                 hint=tr("Filled in from the usual term for this step and body; change it "
                         "if the law or the letter says otherwise."))
        form.add("answered_on", tr("Answered on"), DateField(lang=c.lang))
        form.add("outcome", tr("Outcome"), TextField(lines=3))
        form.add("notes", tr("Notes"), TextField(lines=3))
        form.edited.connect(self._on_step_edited)

    def after_load(self) -> None:
        self._due_touched = bool(self.stored.get("answer_due"))

    def _on_step_edited(self, name: str) -> None:
        if name == "answer_due":
            self._due_touched = bool(self.form.field("answer_due").text().strip())
            return
        if name in ("stage", "body", "occurred_on") and not self._due_touched:
            self.prefill_answer_due()

    def prefill_answer_due(self) -> None:
        from monitor_app.queries.timeline import default_answer_due

        if self.ctx.vocab is None:
            return
        try:
            day = parse_full_date(self.form.field("occurred_on").text())
        except ValueError:
            return
        stage = self.form.field("stage").value()
        body = self.form.field("body").value() or self.defaults.get("body")
        due = default_answer_due(self.ctx.vocab, stage if isinstance(stage, str) else None,
                                 body if isinstance(body, str) else None, day)
        self.form.field("answer_due").set_value(due)

    def validate(self) -> dict[str, str]:
        start = self.form.field("occurred_on").parsed()
        answered = self.form.field("answered_on").parsed()
        if start and answered and answered < start:
            return {"answered_on": tr("The answer cannot come before the step itself.")}
        return {}

    def title_text(self) -> str:
        if not self.record_id:
            return tr("New complaint step")
        return self.ctx.label(self.stored.get("stage"))


# -- reprisals -------------------------------------------------------------------------------

class ReprisalEditor(RecordEditor):
    KIND = "reprisals"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        form.section(tr("Reprisal"))
        form.add("kind", tr("Kind"), vocab_combo(c, "reprisal_kind"), required=True)
        form.add("occurred_on", tr("When"), ApproxDateField(lang=c.lang))
        form.add("target_id", tr("Against"), record_picker(c, "people"))
        form.add("target_role", tr("Their role"), vocab_combo(c, "person_role"))
        form.add("risk_level", tr("Risk level"), vocab_combo(c, "risk_level"))
        form.add("perpetrator", tr("By whom"), TextField(lines=2))
        form.add("description", tr("What happened"), TextField(lines=5))
        form.section(tr("Provoked by"))
        form.add("case_id", tr("Case"), record_picker(c, "cases", can_create=False))
        where = {"case_id": self.defaults["case_id"]} if self.defaults.get("case_id") else {}
        form.add("allegation_id", tr("Allegation"),
                 record_picker(c, "allegations", can_create=False, where=where))
        form.add("visit_id", tr("Visit"), record_picker(c, "visits", can_create=False))

    def title_text(self) -> str:
        if not self.record_id:
            return tr("New reprisal")
        return self.ctx.label(self.stored.get("kind"))


class ReprisalResponseEditor(RecordEditor):
    KIND = "reprisal_responses"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        form.section(tr("Response"))
        form.add("kind", tr("Action taken"), vocab_combo(c, "reprisal_response"), required=True)
        form.add("taken_on", tr("On"), DateField(lang=c.lang))
        form.add("notes", tr("Notes"), TextField())

    def title_text(self) -> str:
        return tr("Response to the reprisal") if self.record_id else tr("New response")


# -- evidence metadata -------------------------------------------------------------------------

class EvidenceEditor(RecordEditor):
    KIND = "evidence"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        form.section(tr("File"))
        form.add("file_name", tr("File name"), LineField(), required=True)
        form.add("kind", tr("Kind"), vocab_combo(c, "evidence_kind"))
        form.add("captured_on", tr("Taken or written"), ApproxDateField(lang=c.lang))
        form.add("description", tr("Description"), TextField())
        form.add("sensitive", tr("Sensitive"), CheckField(
            tr("leave out of pseudonymised dossiers")))
        form.section(tr("Integrity"))
        self.integrity = QLabel()
        self.integrity.setWordWrap(True)
        self.integrity.setTextInteractionFlags(self.integrity.textInteractionFlags()
                                               | self.integrity.textInteractionFlags().
                                               TextSelectableByMouse)
        form.add_widget(self.integrity)

    def after_load(self) -> None:
        s = self.stored
        if not s:
            return
        lines = [tr("SHA-256: {hash}").format(hash=s.get("sha256", "")),
                 tr("Size: {size} bytes, {type}").format(size=s.get("size", 0),
                                                         type=s.get("media_type", ""))]
        if s.get("metadata_stripped"):
            lines.append(tr("Photo metadata (such as GPS) was removed at intake."))
        self.integrity.setText("\n".join(lines))

    def title_text(self) -> str:
        return self.stored.get("file_name", "") if self.record_id else tr("Evidence")


EDITORS: dict[str, type[RecordEditor]] = {
    "facilities": FacilityEditor,
    "people": PersonEditor,
    "cases": CaseEditor,
    "allegations": AllegationEditor,
    "medical_exams": MedicalExamEditor,
    "complaints": ComplaintEditor,
    "complaint_steps": ComplaintStepEditor,
    "reprisals": ReprisalEditor,
    "reprisal_responses": ReprisalResponseEditor,
    "evidence": EvidenceEditor,
}

NEW_TITLES = {
    "facilities": "New place of detention",
    "people": "New person",
    "cases": "New case",
    "allegations": "New allegation",
    "medical_exams": "New medical examination",
    "complaints": "New complaint",
    "complaint_steps": "New complaint step",
    "reprisals": "New reprisal",
    "reprisal_responses": "New response",
}


def editor_class(kind: str) -> type[RecordEditor] | None:
    if kind == "visits":
        from ui.visit_form import VisitForm

        return VisitForm
    return EDITORS.get(kind)
