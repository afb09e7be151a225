"""One editor per kind of record: the fields, their sections and the pick lists."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from monitor_app import operations
from monitor_app.dates import parse_approx_date
from ui.case_status import STATUS_DATE, CaseStatusHistory, add_status_date, status_history_reader
from ui.editors.allegation_parts import AllegationPeoplePanel, MedicalExamsPanel
from ui.editors.base import RecordEditor, SaveOperation
from ui.editors.pickers import record_picker, register, vocab_combo, vocab_list
from ui.editors.procedure_notice import TransitionNotice
from ui.form_proposals import (
    CASE_VICTIM,
    RegionFromPlace,
    propose_case_reference,
    propose_person_code,
    reference_placeholder,
)
from ui.forms import (
    ApproxDateField,
    CheckField,
    DateField,
    Form,
    IntField,
    LineField,
    TextField,
)

TRANSFER = "reprisal_kind.transfer"


def _name_hint() -> str:
    return QCoreApplication.translate("Editors", "At least one of name, pseudonym or code.")


# -- places ---------------------------------------------------------------------------

class FacilityEditor(RecordEditor):
    KIND = "facilities"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        form.section(QCoreApplication.translate("Editors", "Place of detention"))
        form.add("designation", QCoreApplication.translate("Editors", "Designation"),
                 LineField(placeholder=QCoreApplication.translate("Editors", "e.g. AK-159/6")))
        form.add("name", QCoreApplication.translate("Editors", "Name"), LineField(), required=True)
        form.add("kind", QCoreApplication.translate("Editors", "Kind of place"),
                 vocab_combo(c, "place_kind"))
        form.add("regime", QCoreApplication.translate("Editors", "Regime"),
                 vocab_combo(c, "regime"))
        form.add("authority", QCoreApplication.translate("Editors", "Authority"),
                 vocab_combo(c, "authority"))
        form.section(QCoreApplication.translate("Editors", "Location"))
        form.add("region", QCoreApplication.translate("Editors", "Region"),
                 vocab_combo(c, "region"))
        form.add("address", QCoreApplication.translate("Editors", "Address"), TextField(lines=2))
        form.section(QCoreApplication.translate("Editors", "Capacity and mandates"))
        form.add("capacity", QCoreApplication.translate("Editors", "Capacity"), IntField())
        form.add("npm_mandate", QCoreApplication.translate("Editors", "NPM mandate"),
                 CheckField(QCoreApplication.translate("Editors", "NPM may visit this place")))
        form.add("pmc_mandate", QCoreApplication.translate("Editors", "PMC mandate"),
                 CheckField(QCoreApplication.translate("Editors", "PMC may visit this place")))
        form.section(QCoreApplication.translate("Editors", "Notes"))
        form.add("notes", QCoreApplication.translate("Editors", "Notes"), TextField())

    def title_text(self) -> str:
        if not self.record_id:
            return QCoreApplication.translate("Editors", "New place of detention")
        return " ".join(p for p in (self.stored.get("designation"), self.stored.get("name")) if p)


# -- people ----------------------------------------------------------------------------

class PersonEditor(RecordEditor):
    KIND = "people"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        form.section(QCoreApplication.translate("Editors", "Who"))
        form.add("name", QCoreApplication.translate("Editors", "Full name"), LineField(),
                 hint=_name_hint())
        form.add("aliases", QCoreApplication.translate("Editors", "Other spellings"), TextField(
            lines=2, placeholder=QCoreApplication.translate(
                "Editors", "one per line: other spellings, aliases, initials")))
        form.add("pseudonym", QCoreApplication.translate("Editors", "Pseudonym"), LineField(
            placeholder=QCoreApplication.translate(
                "Editors", "used in anything that leaves the lawyer's hands")))
        form.add("code", QCoreApplication.translate("Editors", "Code"), LineField(max_length=40))
        form.add("category", QCoreApplication.translate("Editors", "Category"),
                 vocab_combo(c, "person_category"))
        form.add("other_categories", QCoreApplication.translate("Editors", "Also"),
                 vocab_list(c, "person_category", rows=4),
                 hint=QCoreApplication.translate(
                     "Editors", "Other categories: a relative who is also the lawyer."))
        form.add("gender", QCoreApplication.translate("Editors", "Gender"),
                 vocab_combo(c, "gender"))
        form.add("birth_date", QCoreApplication.translate("Editors", "Born"),
                 ApproxDateField(lang=c.lang))
        form.section(QCoreApplication.translate("Editors", "Consent and risk"))
        form.add("consent_record", QCoreApplication.translate("Editors", "Consent"),
                 CheckField(QCoreApplication.translate("Editors", "to record their account")))
        form.add("consent_share_lawyer", "",
                 CheckField(QCoreApplication.translate("Editors", "to share it with a lawyer")))
        form.add("consent_publish", "",
                 CheckField(QCoreApplication.translate("Editors", "to publish it")))
        form.add("consent_un", "",
                 CheckField(QCoreApplication.translate("Editors", "to refer it to the UN")))
        form.add("risk_level", QCoreApplication.translate("Editors", "Risk level"),
                 vocab_combo(c, "risk_level"))
        form.section(QCoreApplication.translate("Editors", "Official"),
                     QCoreApplication.translate(
                         "Editors", "For alleged perpetrators and other officials."))
        form.add("agency", QCoreApplication.translate("Editors", "Agency"),
                 vocab_combo(c, "perpetrator_kind"))
        form.add("unit", QCoreApplication.translate("Editors", "Unit"), LineField())
        form.add("position", QCoreApplication.translate("Editors", "Position"), LineField())
        form.add("rank", QCoreApplication.translate("Editors", "Rank"), LineField())
        form.add("identified", QCoreApplication.translate("Editors", "Identified"),
                 CheckField(QCoreApplication.translate("Editors", "identity known")))
        form.add("is_group", QCoreApplication.translate("Editors", "Group"), CheckField(
            QCoreApplication.translate(
                "Editors", "a group of unidentified people, e.g. \"masked internal troops\"")))
        form.add("group_size", QCoreApplication.translate("Editors", "Number in the group"),
                 IntField(), hint=QCoreApplication.translate(
                     "Editors", "About how many; leave empty when the number is unknown."))
        form.section(QCoreApplication.translate("Editors", "Contact"))
        form.add("contact", QCoreApplication.translate("Editors", "Contact"), TextField(lines=2))
        form.add("address", QCoreApplication.translate("Editors", "Address"), TextField(lines=2))
        form.add("notes", QCoreApplication.translate("Editors", "Notes"), TextField())

    def after_load(self) -> None:
        if not self.record_id:
            self.form.field("identified").setChecked(True)
            propose_person_code(self)

    def validate(self) -> dict[str, str]:
        f = self.form
        if not any(f.field(n).value() for n in ("name", "pseudonym", "code")):
            return {"name": QCoreApplication.translate(
                "Editors", "Give a name, a pseudonym or a code.")}
        return {}

    def title_text(self) -> str:
        if not self.record_id:
            return QCoreApplication.translate("Editors", "New person")
        return self.stored.get("name") or self.stored.get("pseudonym") or \
            self.stored.get("code") or ""


# -- cases -----------------------------------------------------------------------------

class CaseEditor(RecordEditor):
    KIND = "cases"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        form.section(QCoreApplication.translate("Editors", "Case"))
        form.add("reference", QCoreApplication.translate("Editors", "Reference"),
                 LineField(placeholder=reference_placeholder(c)),
                 required=True)
        form.add("title", QCoreApplication.translate("Editors", "Title"), LineField(),
                 required=True)
        form.add("status", QCoreApplication.translate("Editors", "Status"),
                 vocab_combo(c, "case_status"))
        add_status_date(form, c.lang)
        form.add("risk_level", QCoreApplication.translate("Editors", "Risk level"),
                 vocab_combo(c, "risk_level"))
        form.section(QCoreApplication.translate("Editors", "Victim and place"))
        form.add("primary_victim_id", QCoreApplication.translate("Editors", "Victim"),
                 record_picker(c, "people",
                               placeholder=QCoreApplication.translate(
                                   "Editors", "Type a name or pseudonym…")))
        form.add("facility_id", QCoreApplication.translate("Editors", "Place of detention"),
                 record_picker(c, "facilities"))
        form.add("region", QCoreApplication.translate("Editors", "Region"),
                 vocab_combo(c, "region"))
        form.section(QCoreApplication.translate("Editors", "Dates"))
        form.add("opened_on", QCoreApplication.translate("Editors", "Opened on"),
                 DateField(lang=c.lang))
        form.add("closed_on", QCoreApplication.translate("Editors", "Closed on"),
                 DateField(lang=c.lang))
        self.status_history = CaseStatusHistory()
        form.add_widget(self.status_history)
        form.section(QCoreApplication.translate("Editors", "Summary"))
        form.add("summary", QCoreApplication.translate("Editors", "Summary"), TextField(lines=6))
        form.add("notes", QCoreApplication.translate("Editors", "Notes"), TextField())
        self.region_from_place = RegionFromPlace(self)

    def after_load(self) -> None:
        if not self.record_id and not self.form.field("opened_on").value():
            self.form.field("opened_on").set_value(date.today())
        if not self.record_id:
            propose_case_reference(self)

    # a new status is an entry of the case's status history (ui/case_status.py)
    def extra_reader(self) -> Callable[[Any, dict[str, Any]], Any] | None:
        return status_history_reader(self.record_id, self.ctx.lang, self.ctx.vocab)

    def show_extra(self, extra: Any) -> None:
        self.status_history.set_changes(extra or (), self.ctx.lang)
        self.form.field(STATUS_DATE).set_value(None)  # a date for the next change only

    def values_to_write(self) -> dict[str, Any]:
        values = super().values_to_write()
        values.pop(STATUS_DATE, None)  # the status change's, not the case's
        return values

    def save_operation(self) -> SaveOperation:
        values, record_id = self.values_to_write(), self.record_id
        revision, on = self.expected_revision(), self.form.field(STATUS_DATE).value()
        return lambda w: operations.cases.save_case(w, record_id, values, revision,
                                                    status_changed_on=on)

    def title_text(self) -> str:
        if not self.record_id:
            return QCoreApplication.translate("Editors", "New case")
        return " · ".join(p for p in (self.stored.get("reference"), self.stored.get("title"))
                          if p)


# -- allegations -------------------------------------------------------------------------

class AllegationEditor(RecordEditor):
    KIND = "allegations"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        form.section(QCoreApplication.translate("Editors", "What happened"))
        form.add("kind", QCoreApplication.translate("Editors", "Kind"),
                 vocab_combo(c, "allegation_kind"), required=True)
        form.add("summary", QCoreApplication.translate("Editors", "In one line"),
                 LineField(max_length=300))
        form.add("narrative", QCoreApplication.translate("Editors", "Account"), TextField(lines=6))
        form.section(QCoreApplication.translate("Editors", "When and where"))
        form.add("date_from", QCoreApplication.translate("Editors", "From"),
                 ApproxDateField(lang=c.lang))
        form.add("date_to", QCoreApplication.translate("Editors", "Until"),
                 ApproxDateField(lang=c.lang),
                 hint=QCoreApplication.translate("Editors", "Leave empty for a single date."))
        form.add("facility_id", QCoreApplication.translate("Editors", "Place of detention"),
                 record_picker(c, "facilities"))
        form.add("location_kind", QCoreApplication.translate("Editors", "Kind of location"),
                 vocab_combo(c, "location_kind"))
        form.add("place_description", QCoreApplication.translate("Editors", "Where exactly"),
                 TextField(lines=2))
        form.section(QCoreApplication.translate("Editors", "How and why"))
        form.add("methods", QCoreApplication.translate("Editors", "Methods"),
                 vocab_list(c, "method", rows=8))
        form.add("purposes", QCoreApplication.translate("Editors", "Purpose"),
                 vocab_list(c, "purpose", rows=4))
        form.add("injuries", QCoreApplication.translate("Editors", "Injuries"), TextField(lines=3))
        form.section(QCoreApplication.translate("Editors", "Assessment"))
        form.add("legal_qualification",
                 QCoreApplication.translate("Editors", "Legal qualification"),
                 vocab_combo(c, "legal_qualification"))
        form.add("source", QCoreApplication.translate("Editors", "Source"),
                 vocab_combo(c, "source_type"))
        form.add("verification", QCoreApplication.translate("Editors", "Verification"),
                 vocab_combo(c, "verification_status"))
        form.section(QCoreApplication.translate("Editors", "Victims and alleged perpetrators"),
                     QCoreApplication.translate(
                         "Editors",
                         "Added and removed at once; double-click a person to edit them."))
        self.people_panel = AllegationPeoplePanel(c)
        form.add_widget(self.people_panel)
        form.section(QCoreApplication.translate("Editors", "Medical evidence"),
                     QCoreApplication.translate(
                         "Editors",
                         "Forensic and independent examinations, prison medical records."))
        self.exams_panel = MedicalExamsPanel(c)
        form.add_widget(self.exams_panel)

    def after_load(self) -> None:
        self.people_panel.set_allegation(self.record_id)
        self.exams_panel.set_allegation(self.record_id)
        if not self.record_id and self.defaults.get(CASE_VICTIM):
            self.people_panel.note.setText(QCoreApplication.translate(
                "Editors", "Saving the allegation adds the case's victim to it as a victim; "
                           "then add the others here."))

    def validate(self) -> dict[str, str]:
        start = self.form.field("date_from").parsed()
        end = self.form.field("date_to").parsed()
        if start and end and end.latest() < start.earliest():
            return {"date_to": QCoreApplication.translate(
                "Editors", "This is before the start date.")}
        return {}

    def save_operation(self) -> SaveOperation:
        if self.record_id:
            return super().save_operation()
        values = self.values_to_write()  # a new allegation of a case: with the case's victim
        victim = values.pop(CASE_VICTIM, None)
        return lambda w: operations.allegations.new_allegation(w, values, victim_id=victim)

    def title_text(self) -> str:
        if not self.record_id:
            return QCoreApplication.translate("Editors", "New allegation")
        return self.stored.get("summary") or self.ctx.label(self.stored.get("kind"))


class MedicalExamEditor(RecordEditor):
    KIND = "medical_exams"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        form.section(QCoreApplication.translate("Editors", "Medical examination"))
        form.add("kind", QCoreApplication.translate("Editors", "Kind"),
                 vocab_combo(c, "medical_exam_kind"), required=True)
        form.add("exam_date", QCoreApplication.translate("Editors", "Date"),
                 ApproxDateField(lang=c.lang))
        form.add("examiner", QCoreApplication.translate("Editors", "Examiner"), LineField(
            placeholder=QCoreApplication.translate(
                "Editors", "e.g. forensic expert of the regional bureau")))
        form.add("istanbul_protocol", QCoreApplication.translate("Editors", "Istanbul Protocol"),
                 vocab_combo(c, "istanbul_protocol"),
                 hint=QCoreApplication.translate(
                     "Editors", "Whether the examination follows the Istanbul Protocol."))
        form.add("findings", QCoreApplication.translate("Editors", "Findings"), TextField(lines=5))

    def title_text(self) -> str:
        if not self.record_id:
            return QCoreApplication.translate("Editors", "New medical examination")
        return self.ctx.label(self.stored.get("kind")) or QCoreApplication.translate(
            "Editors", "Medical examination")


# -- complaints and their steps -------------------------------------------------------------

class ComplaintEditor(RecordEditor):
    KIND = "complaints"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        case_filter = {"case_id": self.defaults["case_id"]} if self.defaults.get("case_id") \
            else {}
        form.section(QCoreApplication.translate("Editors", "Complaint"))
        form.add("body", QCoreApplication.translate("Editors", "Sent to"),
                 vocab_combo(c, "complaint_body"), required=True)
        form.add("subject", QCoreApplication.translate("Editors", "Subject"), LineField())
        form.add("filed_on", QCoreApplication.translate("Editors", "Filed on"),
                 ApproxDateField(lang=c.lang),
                 hint=QCoreApplication.translate(
                     "Editors", "A new complaint starts its timeline with a \"Complaint filed\" "
                                "step on this date."))
        form.add("complainant_id", QCoreApplication.translate("Editors", "Complainant"),
                 record_picker(c, "people"))
        form.add("allegation_id", QCoreApplication.translate("Editors", "About the allegation"),
                 record_picker(c, "allegations", can_create=False, where=case_filter))
        form.add("reference_no", QCoreApplication.translate("Editors", "Reference number"),
                 LineField())
        form.add("notes", QCoreApplication.translate("Editors", "Notes"), TextField())

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
            return QCoreApplication.translate("Editors", "New complaint")
        return " · ".join(p for p in (self.ctx.label(self.stored.get("body")),
                                      self.stored.get("subject")) if p)


class ComplaintStepEditor(RecordEditor):
    KIND = "complaint_steps"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        self._due_touched = False
        form.section(QCoreApplication.translate("Editors", "Procedural step"))
        form.add("stage", QCoreApplication.translate("Editors", "Step"),
                 vocab_combo(c, "complaint_stage"), required=True)
        form.add("body", QCoreApplication.translate("Editors", "Body"),
                 vocab_combo(c, "complaint_body"))
        # "January 2018", "before March 2012", or empty: an undated step keeps its place
        form.add("occurred_on", QCoreApplication.translate("Editors", "Date"),
                 ApproxDateField(lang=c.lang))
        # a stage of the other code of criminal procedure than the one in force at the date:
        # said, never refused (monitor_app.vocabulary.period_warning)
        self.period_notice = QLabel()
        self.period_notice.setObjectName("periodNotice")
        self.period_notice.setWordWrap(True)
        self.period_notice.hide()
        form.add_widget(self.period_notice)
        self.transition_notice = TransitionNotice(c)  # out of the usual order: said, saved
        form.add_widget(self.transition_notice)
        form.add("reference_no", QCoreApplication.translate("Editors", "Reference number"),
                 LineField())
        form.section(QCoreApplication.translate("Editors", "Answer"))
        self.due_hint = QLabel()
        form.add("answer_due", QCoreApplication.translate("Editors", "Answer due"),
                 DateField(lang=c.lang),
                 hint=QCoreApplication.translate(
                     "Editors", "Filled in from the usual term for this step and body; change "
                                "it if the law or the letter says otherwise."))
        form.add("answered_on", QCoreApplication.translate("Editors", "Answered on"),
                 ApproxDateField(lang=c.lang))
        form.add("outcome", QCoreApplication.translate("Editors", "Outcome"), TextField(lines=3))
        form.add("notes", QCoreApplication.translate("Editors", "Notes"), TextField(lines=3))
        form.edited.connect(self._on_step_edited)

    def after_load(self) -> None:
        self._due_touched = bool(self.stored.get("answer_due"))
        self.update_period_notice()
        self.transition_notice.load(self.stored.get("complaint_id")
                                    or self.defaults.get("complaint_id"), self.record_id)

    def update_period_notice(self) -> None:
        from monitor_app.vocabulary import period_warning

        stage = self.form.field("stage").value()
        text = self.form.field("occurred_on").text()
        try:
            day = parse_approx_date(text) if text.strip() else None
        except ValueError:
            day = None
        warning = None
        if self.ctx.vocab is not None and isinstance(stage, str) and day is not None:
            warning = period_warning(self.ctx.vocab, stage, day, self.ctx.lang)
        self.period_notice.setText(warning or "")
        self.period_notice.setVisible(warning is not None)
        self.transition_notice.update_for(stage, self.form.field("body").value(), day)

    def _on_step_edited(self, name: str) -> None:
        if name in ("stage", "body", "occurred_on"):
            self.update_period_notice()
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
            day = parse_approx_date(self.form.field("occurred_on").text())
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
        earliest = start.earliest() if start else None
        latest = answered.latest() if answered else None
        if earliest and latest and latest < earliest:
            return {"answered_on": QCoreApplication.translate(
                "Editors", "The answer cannot come before the step itself.")}
        return {}

    def save_operation(self) -> SaveOperation:
        # a counter-charge is also a reprisal: one operation saves both
        values = self.values_to_write()
        record_id, revision = self.record_id, self.expected_revision()
        return lambda w: operations.reprisals.save_complaint_step(
            w, record_id, values, expected_revision=revision)

    def title_text(self) -> str:
        if not self.record_id:
            return QCoreApplication.translate("Editors", "New complaint step")
        return self.ctx.label(self.stored.get("stage"))


# -- reprisals -------------------------------------------------------------------------------

class ReprisalEditor(RecordEditor):
    KIND = "reprisals"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        form.section(QCoreApplication.translate("Editors", "Reprisal"))
        form.add("kind", QCoreApplication.translate("Editors", "Kind"),
                 vocab_combo(c, "reprisal_kind"), required=True)
        form.add("occurred_on", QCoreApplication.translate("Editors", "When"),
                 ApproxDateField(lang=c.lang))
        form.add("target_id", QCoreApplication.translate("Editors", "Against"),
                 record_picker(c, "people"))
        form.add("target_role", QCoreApplication.translate("Editors", "Their role"),
                 vocab_combo(c, "person_role"))
        form.add("risk_level", QCoreApplication.translate("Editors", "Risk level"),
                 vocab_combo(c, "risk_level"))
        form.add("perpetrator", QCoreApplication.translate("Editors", "By whom"),
                 TextField(lines=2))
        form.add("description", QCoreApplication.translate("Editors", "What happened"),
                 TextField(lines=5))
        form.section(QCoreApplication.translate("Editors", "Provoked by"))
        form.add("case_id", QCoreApplication.translate("Editors", "Case"),
                 record_picker(c, "cases", can_create=False))
        where = {"case_id": self.defaults["case_id"]} if self.defaults.get("case_id") else {}
        form.add("allegation_id", QCoreApplication.translate("Editors", "Allegation"),
                 record_picker(c, "allegations", can_create=False, where=where))
        form.add("visit_id", QCoreApplication.translate("Editors", "Visit"),
                 record_picker(c, "visits", can_create=False))
        self.build_chain_fields(form, where)

    def build_chain_fields(self, form: Form, where: dict[str, Any]) -> None:
        """Whom the pressure is aimed at, a transfer's destination, the chain and its end."""
        c = self.ctx
        form.add("aimed_at_id", QCoreApplication.translate("Editors", "To pressure"),
                 record_picker(c, "people"),
                 hint=QCoreApplication.translate(
                     "Editors", "The person the pressure is aimed at, when it is not the "
                                "person targeted (a brother ill-treated to silence his sister)."))
        form.add("destination_facility_id",
                 QCoreApplication.translate("Editors", "Transferred to"),
                 record_picker(c, "facilities"))
        form.section(QCoreApplication.translate("Editors", "Proceedings and outcome"),
                     QCoreApplication.translate(
                         "Editors", "A conviction follows the prosecution, an appeal the "
                                    "conviction: pick the event this one follows."))
        form.add("follows_id", QCoreApplication.translate("Editors", "Follows"),
                 record_picker(c, "reprisals", can_create=False, where=where))
        form.add("outcome", QCoreApplication.translate("Editors", "Outcome"),
                 vocab_combo(c, "reprisal_outcome"))
        form.add("sentence", QCoreApplication.translate("Editors", "Sentence"), LineField(
            placeholder=QCoreApplication.translate(
                "Editors", "e.g. 3 years in a general-regime colony")))
        form.edited.connect(self._on_reprisal_edited)

    def _on_reprisal_edited(self, name: str) -> None:
        if name == "kind":
            self.show_destination()

    def after_load(self) -> None:
        self.show_destination()

    def show_destination(self) -> None:
        """The destination is asked for transfers (and shown wherever one was recorded)."""
        row = self.form.rows["destination_facility_id"]
        shown = self.form.field("kind").value() == TRANSFER or bool(row.widget.value())
        row.label.setVisible(shown)
        row.holder.setVisible(shown)

    def validate(self) -> dict[str, str]:
        follows = self.form.field("follows_id").value()
        if follows and follows == self.record_id:
            return {"follows_id": QCoreApplication.translate(
                "Editors", "A reprisal cannot follow itself.")}
        return {}

    def title_text(self) -> str:
        if not self.record_id:
            return QCoreApplication.translate("Editors", "New reprisal")
        return self.ctx.label(self.stored.get("kind"))


class ReprisalResponseEditor(RecordEditor):
    KIND = "reprisal_responses"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        form.section(QCoreApplication.translate("Editors", "Response"))
        form.add("kind", QCoreApplication.translate("Editors", "Action taken"),
                 vocab_combo(c, "reprisal_response"), required=True)
        form.add("taken_on", QCoreApplication.translate("Editors", "On"),
                 ApproxDateField(lang=c.lang))
        form.add("notes", QCoreApplication.translate("Editors", "Notes"), TextField())

    def title_text(self) -> str:
        if self.record_id:
            return QCoreApplication.translate("Editors", "Response to the reprisal")
        return QCoreApplication.translate("Editors", "New response")


# -- evidence metadata -------------------------------------------------------------------------

class EvidenceEditor(RecordEditor):
    KIND = "evidence"

    def build_form(self, form: Form) -> None:
        c = self.ctx
        form.section(QCoreApplication.translate("Editors", "File"))
        form.add("file_name", QCoreApplication.translate("Editors", "File name"), LineField(),
                 required=True)
        form.add("kind", QCoreApplication.translate("Editors", "Kind"),
                 vocab_combo(c, "evidence_kind"))
        form.add("captured_on", QCoreApplication.translate("Editors", "Taken or written"),
                 ApproxDateField(lang=c.lang))
        form.add("description", QCoreApplication.translate("Editors", "Description"), TextField())
        form.add("sensitive", QCoreApplication.translate("Editors", "Sensitive"), CheckField(
            QCoreApplication.translate("Editors", "leave out of pseudonymised dossiers")))
        form.section(QCoreApplication.translate("Editors", "Integrity"))
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
        lines = [QCoreApplication.translate("Editors", "SHA-256: {hash}").format(
                     hash=s.get("sha256", "")),
                 QCoreApplication.translate("Editors", "Size: {size} bytes, {type}").format(
                     size=s.get("size", 0), type=s.get("media_type", ""))]
        if s.get("metadata_stripped"):
            lines.append(QCoreApplication.translate(
                "Editors", "Photo metadata (such as GPS) was removed at intake."))
        self.integrity.setText("\n".join(lines))

    def title_text(self) -> str:
        if self.record_id:
            return self.stored.get("file_name", "")
        return QCoreApplication.translate("Editors", "Evidence")


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


for _kind, _editor in EDITORS.items():
    register(_kind, _editor)
