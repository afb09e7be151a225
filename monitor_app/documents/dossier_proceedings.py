"""The dossier's section on trials and other proceedings: per proceeding its facts, then one
compact table of its defendants (charges, verdict and sentence, torture complaint, whether
it reached the court record, the court's finding) that stays readable with dozens of rows:
small type, wrapped cells, the header row repeated on every page.

What was not recorded is printed as "not recorded", never as "no"; the record and the
finding of a defendant who made no complaint are left empty rather than guessed. People are
named as the rest of the dossier names them (the builder's redaction-aware ``name``).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from monitor_app.documents import document as d
from monitor_app.documents.fonts import SANS, SANS_BOLD
from monitor_app.queries.proceedings import DefendantInfo, ProceedingInfo, verdict_counts

# the dossier's builder (monitor_app.documents.dossier.DossierBuilder: cf, st, sec, t, date,
# para, check, redacted); not imported, the dossier imports this module
DossierBuilder = Any

GREY = "#5B636E"


def _small_styles(st: d.Styles) -> d.Styles:
    cell = d.ParagraphStyle("defendant_cell", parent=st.cell, fontSize=7.5, leading=9.2)
    head = d.ParagraphStyle("defendant_head", parent=st.cell_head, fontName=SANS_BOLD,
                            fontSize=7.5, leading=9.2)
    right = d.ParagraphStyle("defendant_head_right", parent=head, alignment=2)
    return dataclasses.replace(st, cell=cell, cell_head=head, cell_head_right=right)


def _common_charges(p: ProceedingInfo) -> tuple[str, str] | None:
    """The charges and article when every defendant (two or more) has the same ones."""
    if len(p.defendants) < 2:
        return None
    first = (p.defendants[0].charges, p.defendants[0].legal_qualification)
    if not any(first) or any((x.charges, x.legal_qualification) != first
                             for x in p.defendants):
        return None
    return first


def proceedings_section(b: DossierBuilder) -> list[Flowable]:
    cf = b.cf
    if not cf.proceedings:
        return []
    out: list[Flowable] = [b.sec.h1(b.t("sec_proceedings"))]
    small = _small_styles(b.st)
    for p in cf.proceedings:
        b.check()
        out += _proceeding(b, p, small)
    return out


def _proceeding(b: DossierBuilder, p: ProceedingInfo, small: d.Styles) -> list[Flowable]:
    st = b.st
    period = b.date(p.started_on) if p.started_on else ""
    if p.ended_on and p.ended_on != p.started_on:
        period = f"{period} – {b.date(p.ended_on)}" if period else b.date(p.ended_on)
    title = " · ".join(x for x in (p.kind or b.t("proceeding"), p.court, period) if x)
    out: list[Flowable] = [CondPageBreak(4 * cm), b.sec.h2(title)]
    common = _common_charges(p)
    verdicts = " · ".join(f"{label or b.t('not_recorded')}: {n}"
                          for label, n in verdict_counts(p))
    fields = d.field_table(st, [
        (b.t("kind"), p.kind), (b.t("court"), p.court), (b.t("court_ref"), p.reference_no),
        (b.t("proceeding_started"), b.date(p.started_on) if p.started_on else ""),
        (b.t("judgment"), b.date(p.ended_on) if p.ended_on else ""),
        (b.t("charges_all"), "\n".join(x for x in common if x) if common else ""),
        (b.t("defendants"), str(len(p.defendants)) if p.defendants else ""),
        (b.t("verdicts"), verdicts),
        (b.t("proceeding_outcome"), p.outcome),
    ])
    if fields:
        out.append(fields)
    if not p.defendants:
        out.append(Paragraph(d.esc(b.t("no_defendants")), st.muted))
    else:
        out.append(Paragraph(d.esc(_complaints_summary(b, p.defendants)), st.muted))
        out.append(_defendants_table(b, p, small, with_charges=common is None))
    if p.notes:
        out += [Paragraph(d.esc(b.t("notes")), st.h3), b.para(p.notes)]
    return out


def _complaints_summary(b: DossierBuilder, defendants: tuple[DefendantInfo, ...]) -> str:
    made = [x for x in defendants if x.complained]
    return b.t("complaints_summary", made=len(made), n=len(defendants),
               unknown=sum(1 for x in defendants if x.complained is None),
               yes=sum(1 for x in made if x.in_court_record is True),
               no=sum(1 for x in made if x.in_court_record is False),
               record_unknown=sum(1 for x in made if x.in_court_record is None))


def _who(b: DossierBuilder, person_id: str) -> str:
    """The defendant's cell: the name the dossier uses, with the code or pseudonym under it
    (a redacted file has only the pseudonym and code left)."""
    p = b.cf.person(person_id)
    if p is None:
        return ""
    if b.redacted:
        who = f"<b>{d.esc(p.pseudonym or p.code)}</b>"
        if p.code and p.code != p.pseudonym:
            who += f"<br/><font color='{GREY}'>{d.esc(p.code)}</font>"
        return who
    who = f"<b>{d.esc(p.display_name)}</b>"
    other = p.code or p.pseudonym  # one line under the name: the code, else the pseudonym
    if other and other != p.display_name:
        who += f"<br/><font color='{GREY}'>{d.esc(other)}</font>"
    return who


def _unknown(b: DossierBuilder) -> str:
    return f"<font color='{GREY}'><i>{d.esc(b.t('not_recorded'))}</i></font>"


def _defendants_table(b: DossierBuilder, p: ProceedingInfo, small: d.Styles, *,
                      with_charges: bool) -> Any:
    def para(markup: str) -> Paragraph:
        return Paragraph(markup, small.cell)

    rows: list[list[Any]] = []
    for n, x in enumerate(p.defendants, start=1):
        verdict = f"<b>{d.esc(x.verdict)}</b>" if x.verdict else _unknown(b)
        if x.sentence:
            verdict += "<br/>" + d.esc(x.sentence)
        complaint = d.esc(x.torture_complaint) if x.torture_complaint else _unknown(b)
        if x.complained and x.complaint_when:
            complaint += f"<br/><font color='{GREY}'>{d.esc(x.complaint_when)}</font>"
        # a defendant who made no complaint: nothing to have recorded or found
        asked = x.complained is not False
        record = "" if not asked and x.in_court_record is None else (
            _unknown(b) if x.in_court_record is None
            else d.esc(b.t("yes" if x.in_court_record else "no")))
        finding = d.esc(x.court_finding) if x.court_finding else (
            _unknown(b) if asked else "")
        if x.finding_notes:
            finding += f"<br/><font color='{GREY}'>{d.esc(x.finding_notes)}</font>"
        row: list[Any] = [str(n), para(_who(b, x.person_id))]
        if with_charges:
            charges = "<br/>".join(d.esc(c) for c in (x.charges, x.legal_qualification) if c)
            row.append(para(charges))
        row += [para(verdict), para(complaint), para(record), para(finding)]
        rows.append(row)
    header = ["№", b.t("defendant")]
    widths = [0.7 * cm, (2.8 if with_charges else 3.1) * cm]
    if with_charges:
        header.append(b.t("charges"))
        widths.append(2.8 * cm)
    header += [b.t("verdict_sentence"), b.t("torture_complaint"), b.t("in_record_head"),
               b.t("court_finding")]
    rest = d.CONTENT_W - sum(widths)
    widths += [rest * f for f in (0.27, 0.23, 0.21, 0.29)]
    return d.data_table(small, header, rows, widths, right=(0,), plain=(0,),
                        extra=[("FONT", (0, 1), (0, -1), SANS, 7.5)])
