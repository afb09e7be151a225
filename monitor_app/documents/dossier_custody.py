"""The dossier's "Arrest and custody safeguards" section: each moment at its precision, an
unknown moment as "not recorded" (never as a time), the hours without a lawyer as the
interval the record allows, the registration delay against the three-hour rule where it
applies, the register number and the charges. People are named as the dossier names them
(its redaction already applied to the case file it prints)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph

from monitor_app.custody import Moment, format_hours
from monitor_app.documents import document as d
from monitor_app.queries.custody import CustodyInfo

# the dossier's builder (monitor_app.documents.dossier.DossierBuilder): its words, names,
# styles and section numbers; not imported, since the dossier imports this module
DossierBuilder = Any


def _moment(b: DossierBuilder, moment: Moment, given: bool | None = True, *,
            family: bool = False) -> str:
    """A safeguard's moment: its day (and time when known); whether it happened when only
    that is recorded; "not recorded" otherwise."""
    if moment.known:
        return moment.format(b.lang)
    if given is False:
        return b.t("custody_family_not_told" if family else "custody_not_given")
    if given is True:
        return b.t("custody_family_undated" if family else "custody_given_undated")
    return b.t("not_recorded")


def _yes_no(b: DossierBuilder, value: bool | None) -> str:
    return b.t("not_recorded") if value is None else b.t("yes" if value else "no")


def _registration(b: DossierBuilder, c: CustodyInfo) -> str:
    if not c.registration.known:
        return b.t("not_recorded")
    parts = [c.registration.format(b.lang)]
    if c.registration_delay is not None:
        parts.append(b.t("after_arrest", hours=format_hours(c.registration_delay, b.lang)))
    if c.registration_late == "late":
        parts.append(b.t("over_3_hours"))
    elif c.registration_late == "possibly_late":
        parts.append(b.t("possibly_over_3_hours"))
    return " · ".join(parts)


def _without_lawyer(b: DossierBuilder, c: CustodyInfo) -> str:
    if c.hours_without_lawyer is None:
        return b.t("custody_hours_unknown")
    hours = format_hours(c.hours_without_lawyer, b.lang)
    return b.t("custody_until_release", hours=hours) if c.without_lawyer_until_release \
        else hours


def _arrest(b: DossierBuilder, c: CustodyInfo) -> list[Flowable]:
    st = b.st
    name = b.name(c.person_id)
    title = " · ".join(p for p in (name, c.arrest.format(b.lang) or b.t("not_recorded")) if p)
    charges = "\n".join(p for p in (c.charges, c.legal_qualification) if p)
    released = c.released.format(b.lang) if c.released.known else b.t("not_recorded")
    out: list[Flowable] = [b.sec.h2(title)]
    fields = d.field_table(st, [
        (b.t("custody_person"), name), (b.t("place"), c.facility),
        (b.t("custody_arrested"), c.arrest.format(b.lang) or b.t("not_recorded")),
        (b.t("custody_registered"), _registration(b, c)),
        (b.t("custody_register_number"), c.register_number),
        (b.t("custody_lawyer"), _moment(b, c.lawyer, c.lawyer_given)),
        (b.t("custody_lawyer_choice"), _yes_no(b, c.lawyer_of_choice)),
        (b.t("custody_hours_without_lawyer"), _without_lawyer(b, c)),
        (b.t("custody_doctor"), _moment(b, c.doctor, c.doctor_given)),
        (b.t("custody_family"), _moment(b, c.family, c.family_informed, family=True)),
        (b.t("custody_released"), released),
        (b.t("custody_charges"), charges),
    ], label_width=5.2 * cm)
    if fields:
        out.append(fields)
    if c.notes:
        out += [Paragraph(d.esc(b.t("notes")), st.h3), b.para(c.notes)]
    return out


def custody_section(b: DossierBuilder) -> list[Flowable]:
    """The section, or nothing when the case records no arrest."""
    if not b.cf.custody:
        return []
    out: list[Flowable] = [b.sec.h1(b.t("sec_custody"))]
    for c in b.cf.custody:
        b.check()
        out += _arrest(b, c)
    return out


__all__ = ["custody_section"]
