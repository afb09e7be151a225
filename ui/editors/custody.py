"""The editor of an arrest and custody record: each safeguard's moment as an approximate
date plus an optional time of day, and whether it was given at all (not recorded / yes / no).
The hours without a lawyer and the registration delay are shown as they are computed
(``monitor_app.custody``), never stored."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from monitor_app.custody import (
    Moment,
    format_hours,
    hours_between,
    hours_without_lawyer,
    parse_time,
    registration_lateness,
    time_text,
)
from monitor_app.dates import parse_approx_date
from ui.editors.base import RecordEditor
from ui.editors.pickers import record_picker, register, vocab_combo
from ui.forms import ApproxDateField, Form, LineField, TextField, TriStateField

# the moments of a custody record: (day field, time field)
MOMENTS = {name: (f"{name}_on", f"{name}_time")
           for name in ("arrested", "registered", "lawyer", "doctor", "family", "released")}


class TimeField(LineField):
    """A time of day, "10:30"; empty when the time is not known (never read as 00:00)."""

    def __init__(self) -> None:
        super().__init__(placeholder=QCoreApplication.translate(
            "Custody", "HH:MM; empty if not known"), max_length=5)
        self.setMaximumWidth(120)

    def value(self) -> str | None:  # type: ignore[override]
        text = self.text().strip()
        if not text:
            return None
        try:
            return time_text(parse_time(text))
        except ValueError:
            return text  # the writer's message explains it

    def problem(self) -> str | None:
        try:
            parse_time(self.text())
        except ValueError:
            return QCoreApplication.translate(
                "Custody", "Write the time as HH:MM, e.g. 10:30, or leave it empty.")
        return None


class CustodyEditor(RecordEditor):
    KIND = "custody_records"

    def build_form(self, form: Form) -> None:
        c = self.ctx

        def moment(name: str, day_label: str) -> None:
            day, time = MOMENTS[name]
            form.add(day, day_label, ApproxDateField(lang=c.lang))
            form.add(time, QCoreApplication.translate("Custody", "Time"), TimeField())

        def given() -> TriStateField:
            return TriStateField(QCoreApplication.translate("Custody", "given"))

        form.section(
            QCoreApplication.translate("Custody", "Arrest"),
            QCoreApplication.translate(
                "Custody", "Each moment as the record or the person gives it: a day, a month "
                           "or \"about\"; the time only when it is known."))
        form.add("person_id", QCoreApplication.translate("Custody", "Detained person"),
                 record_picker(c, "people", placeholder=QCoreApplication.translate(
                     "Custody", "Type a name or pseudonym…")), required=True)
        form.add("facility_id", QCoreApplication.translate("Custody", "Place of detention"),
                 record_picker(c, "facilities"))
        moment("arrested", QCoreApplication.translate("Custody", "Actual arrest"))
        form.section(QCoreApplication.translate("Custody", "Registration of the detention"))
        moment("registered", QCoreApplication.translate("Custody", "Protocol drawn up"))
        form.add("register_number", QCoreApplication.translate("Custody", "Register number"),
                 LineField(placeholder=QCoreApplication.translate(
                     "Custody", "ERDR or KUI number"), max_length=120))
        self.registration_note = QLabel()
        self.registration_note.setObjectName("registrationDelay")
        self.registration_note.setWordWrap(True)
        form.add_widget(self.registration_note)
        form.section(QCoreApplication.translate("Custody", "Lawyer"))
        form.add("lawyer_access", QCoreApplication.translate("Custody", "Access to a lawyer"),
                 given())
        moment("lawyer", QCoreApplication.translate("Custody", "First access"))
        form.add("lawyer_of_choice",
                 QCoreApplication.translate("Custody", "Of their own choice"), TriStateField())
        self.lawyer_note = QLabel()
        self.lawyer_note.setObjectName("hoursWithoutLawyer")
        self.lawyer_note.setWordWrap(True)
        form.add_widget(self.lawyer_note)
        form.section(QCoreApplication.translate("Custody", "Doctor"))
        form.add("doctor_access", QCoreApplication.translate("Custody", "Access to a doctor"),
                 given())
        moment("doctor", QCoreApplication.translate("Custody", "First access"))
        form.section(QCoreApplication.translate("Custody", "Family"))
        form.add("family_informed", QCoreApplication.translate("Custody", "Family informed"),
                 TriStateField())
        moment("family", QCoreApplication.translate("Custody", "Informed on"))
        form.section(QCoreApplication.translate("Custody", "End of police custody"))
        moment("released", QCoreApplication.translate("Custody", "Released or handed over"))
        form.section(QCoreApplication.translate("Custody", "Charges"))
        form.add("charges", QCoreApplication.translate("Custody", "Suspicion or charges"),
                 TextField(lines=2))
        form.add("legal_qualification", QCoreApplication.translate("Custody", "Article"),
                 vocab_combo(c, "legal_qualification"))
        form.add("notes", QCoreApplication.translate("Custody", "Notes"), TextField(lines=3))
        form.edited.connect(self._on_custody_edited)

    def after_load(self) -> None:
        self.update_computed()

    def _on_custody_edited(self, _name: str) -> None:
        self.update_computed()

    def moment(self, name: str) -> Moment:
        """A moment as typed so far (unreadable typing counts as not known)."""
        day, time = MOMENTS[name]
        try:
            text = self.form.field(day).text().strip()
            return Moment.of(parse_approx_date(text) if text else None,
                             self.form.field(time).text())
        except ValueError:
            return Moment()

    def update_computed(self) -> None:
        lang = self.ctx.lang
        arrest, registered = self.moment("arrested"), self.moment("registered")
        delay = hours_between(arrest, registered)
        lines = []
        if delay is not None:
            lines.append(QCoreApplication.translate(
                "Custody", "Registered {hours} after the arrest.").format(
                    hours=format_hours(delay, lang)))
        late = registration_lateness(arrest, registered)
        if late == "late":
            lines.append(QCoreApplication.translate(
                "Custody", "Over the 3 hours of Art. 131 of the 2014 Code of Criminal "
                           "Procedure."))
        elif late == "possibly_late":
            lines.append(QCoreApplication.translate(
                "Custody", "Possibly over the 3 hours of Art. 131 of the 2014 Code of "
                           "Criminal Procedure."))
        self.registration_note.setText(" ".join(lines))
        self.registration_note.setVisible(bool(lines))
        given = self.form.field("lawyer_access").value()
        lawyer = self.moment("lawyer")
        hours = hours_without_lawyer(arrest, lawyer,
                                     lawyer_given=True if lawyer.known else given,
                                     released=self.moment("released"))
        text = ""
        if hours is not None:
            text = QCoreApplication.translate("Custody", "Hours without a lawyer: {hours}.").format(
                hours=format_hours(hours, lang))
            if not lawyer.known:
                text += " " + QCoreApplication.translate("Custody", "No lawyer until release.")
        self.lawyer_note.setText(text)
        self.lawyer_note.setVisible(bool(text))

    def validate(self) -> dict[str, str]:
        arrest = self.moment("arrested")
        first, _ = arrest.bounds()
        problems: dict[str, str] = {}
        for name in ("registered", "lawyer", "doctor", "family", "released"):
            _, last = self.moment(name).bounds()
            if first is not None and last is not None and last < first:
                problems[MOMENTS[name][0]] = QCoreApplication.translate(
                    "Custody", "This is before the arrest.")
        for day, time in MOMENTS.values():  # a time beside a month says nothing
            typed = self.form.field(day).text().strip()
            if not self.form.field(time).text().strip() or not typed:
                continue
            try:
                whole = parse_approx_date(typed).precision == "day"
            except ValueError:
                continue  # the day's own problem is shown
            if not whole:
                problems[time] = QCoreApplication.translate(
                    "Custody", "A time needs a whole day; give the day or leave the time "
                    "empty.")
        return problems

    def values_to_write(self) -> dict[str, Any]:
        values = super().values_to_write()
        for day, time in MOMENTS.values():  # a time without its day says nothing
            if not self.form.field(day).text().strip() and self.form.field(time).text().strip():
                values[time] = None
        return values

    def title_text(self) -> str:
        if not self.record_id:
            return QCoreApplication.translate("Custody", "New arrest and custody record")
        return QCoreApplication.translate("Custody", "Arrest and custody")


register("custody_records", CustodyEditor)
