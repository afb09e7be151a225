"""The visit report: the place, the team, access and every obstruction, findings per area,
who was interviewed (as the redaction level allows), allegations heard, and recommendations
with the follow-up of the previous visit's ones."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from typing import IO, Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from monitor_app.dates import format_span
from monitor_app.documents import document as d
from monitor_app.documents.dossier import _person_name, _Sections
from monitor_app.documents.fonts import SANS_BOLD
from monitor_app.documents.redaction import (
    Level,
    NameDecisions,
    UnconfirmedNames,
    read_decisions,
    redact_visit_file,
    visit_file_names,
    vocabulary_words,
)
from monitor_app.documents.strings import fmt_date, fmt_datetime, text
from monitor_app.exchange.signing import write_signed
from monitor_app.queries.casefile import VisitFile, load_visit_file


class VisitReportBuilder:
    def __init__(self, vf: VisitFile, level: Level, *, generated: datetime) -> None:
        self.vf = vf
        self.level = level
        self.lang = vf.lang
        self.redacted = level != "none"
        self.st = d.make_styles()
        self.sec = _Sections(self.st)
        self.generated = generated
        self.signer: str | None = None  # the signing identity's fingerprint, for the cover

    def t(self, key: str, **kw: object) -> str:
        return text(self.lang, key, **kw)

    def name(self, pid: str | None) -> str:
        return _person_name(self.vf.person(pid), self.redacted)

    def date(self, value: Any) -> str:
        return fmt_date(value, self.lang)

    def story(self) -> list[Flowable]:
        out = self.head()
        for section in (self.visit, self.access, self.findings, self.interviews,
                        self.allegations, self.recommendations, self.follow_up):
            out += section()
        return out

    def head(self) -> list[Flowable]:
        vf, st = self.vf, self.st
        out: list[Flowable] = []
        if vf.organisation:
            out.append(Paragraph(d.esc(vf.organisation), st.muted))
        when = self.date(vf.start.day)
        out += [Paragraph(d.esc(self.t("visit_report_title")), st.cover_title),
                Paragraph(d.esc(" · ".join(x for x in (vf.place, when) if x)), st.cover_sub)]
        fields = d.field_table(st, [
            (self.t("redaction"), self.t(f"redaction_{self.level}")),
            (self.t("generated"), fmt_datetime(self.generated, self.lang)),
            (self.t("signed_by"), self.signer),
        ])
        if fields:
            out.append(fields)
        if self.level != "public":
            box = d.boxed(st, "<b>" + d.esc(self.t("confidential").upper()) + "</b> "
                          + d.esc(self.t("confidential_note")), d.LATE)
            out += [Spacer(1, 8), box]
        return out

    def visit(self) -> list[Flowable]:
        vf = self.vf
        # at the precision recorded: a time only where it was recorded, never 00:00
        when = format_span(vf.start, vf.end, self.lang)
        team = ", ".join(
            self.name(pid) + (f" ({self.t('team_lead')})" if lead else "")
            for pid, lead in vf.team if self.name(pid))
        request = ""
        if vf.request_date or vf.ombudsman_decision:
            request = " · ".join(x for x in (self.date(vf.request_date),) if x)
        decision = " · ".join(x for x in (vf.ombudsman_decision, self.date(vf.decision_date))
                              if x)
        fields = d.field_table(self.st, [
            (self.t("place"), " · ".join(x for x in (vf.place, vf.place_kind) if x)),
            (self.t("region"), vf.region), (self.t("address"), vf.place_address),
            (self.t("monitoring_body"), vf.body), (self.t("visit_type"), vf.visit_type),
            (self.t("announced"), "" if vf.announced is None  # not recorded: no line
             else self.t("yes") if vf.announced else self.t("no")),
            (self.t("time"), when), (self.t("request_date"), request),
            (self.t("ombudsman_decision"), decision), (self.t("team"), team),
            (self.t("population"), "" if vf.population is None else str(vf.population)),
            (self.t("interviews_private"),
             "" if vf.interviews_private is None else str(vf.interviews_private)),
            (self.t("interviews_group"),
             "" if vf.interviews_group is None else str(vf.interviews_group)),
        ], label_width=5.2 * cm)
        out: list[Flowable] = [self.sec.h1(self.t("sec_visit"))]
        if fields:
            out.append(fields)
        if vf.summary:
            out += [Spacer(1, 6), Paragraph(d.esc(vf.summary), self.st.body)]
        if vf.notes:
            out += [Paragraph(d.esc(self.t("notes")), self.st.h3),
                    Paragraph(d.esc(vf.notes), self.st.body)]
        return out

    def access(self) -> list[Flowable]:
        vf, st = self.vf, self.st
        if not vf.access_outcome and not vf.obstructions:
            return []
        out: list[Flowable] = [self.sec.h1(self.t("sec_access"))]
        if vf.access_outcome:
            style = d.ParagraphStyle("access", parent=st.body, fontName=SANS_BOLD,
                                     textColor=d.LATE if vf.access_severity >= 2 else d.INK)
            out.append(Paragraph(d.esc(f"{self.t('access')}: {vf.access_outcome}"), style))
        if vf.obstructions:
            out.append(d.data_table(st, [self.t("obstruction"), self.t("description")],
                                    [[k, v] for k, v in vf.obstructions],
                                    [5.5 * cm, d.CONTENT_W - 5.5 * cm]))
        else:
            out.append(Paragraph(d.esc(self.t("no_obstruction")), st.muted))
        return out

    def findings(self) -> list[Flowable]:
        if not self.vf.findings:
            return []
        out: list[Flowable] = [self.sec.h1(self.t("sec_findings"))]
        for area, body in self.vf.findings:
            out += [Paragraph(d.esc(area), self.st.h3), Paragraph(d.esc(body), self.st.body)]
        return out

    def interviews(self) -> list[Flowable]:
        vf, st = self.vf, self.st
        if not vf.interviews:
            return []
        out: list[Flowable] = [self.sec.h1(self.t("sec_interviews"))]
        if self.level == "public":
            out.append(Paragraph(d.esc(self.t("interviews_withheld", n=len(vf.interviews))),
                                 st.body))
            return out
        rows = []
        for pid, private, notes in vf.interviews:
            p = vf.person(pid)
            rows.append([self.name(pid), (", ".join(p.categories) or p.category) if p else "",
                         "" if private is None else
                         self.t("in_private") if private else self.t("not_private"), notes])
        out.append(d.data_table(st, [self.t("name"), self.t("category"),
                                     self.t("interviewed"), self.t("notes")], rows,
                                [3.8 * cm, 3.2 * cm, 3.0 * cm, 6.0 * cm]))
        return out

    def allegations(self) -> list[Flowable]:
        vf, st = self.vf, self.st
        if not vf.allegations:
            return []
        rows = []
        for a in vf.allegations:
            what = "\n".join(x for x in (a.summary or a.kind, ", ".join(a.methods)) if x)
            rows.append([self.date(a.date_from), what,
                         ", ".join(self.name(v) for v in a.victims if self.name(v)),
                         a.verification])
        return [self.sec.h1(self.t("sec_allegations_heard")),
                d.data_table(st, [self.t("date"), self.t("allegation"), self.t("victims"),
                                  self.t("verification")], rows,
                             [2.4 * cm, 7.2 * cm, 3.4 * cm, 3.0 * cm])]

    def _recs(self, recs: tuple[Any, ...], *, follow: bool) -> Table:
        rows = []
        for r in recs:
            text_cell = r.text + (f"\n{self.t('addressee')}: {r.addressee}" if r.addressee
                                  else "")
            if follow and r.follow_up_notes:
                text_cell += f"\n{r.follow_up_notes}"
            rows.append([r.area, text_cell, r.status])
        widths = [3.4 * cm, 9.4 * cm, 3.2 * cm]
        head = [self.t("area"), self.t("recommendation"),
                self.t("status_now") if follow else self.t("status")]
        return d.data_table(self.st, head, rows, widths)

    def recommendations(self) -> list[Flowable]:
        if not self.vf.recommendations:
            return []
        return [self.sec.h1(self.t("sec_recommendations")),
                self._recs(self.vf.recommendations, follow=False)]

    def follow_up(self) -> list[Flowable]:
        if not self.vf.follow_up:
            return []
        title = self.t("sec_follow_up", date=self.date(self.vf.previous_visit_date))
        return [self.sec.h1(title), self._recs(self.vf.follow_up, follow=True)]


def render_visit_report(vf: VisitFile, level: Level, out: str | os.PathLike[str] | IO[bytes],
                        *, generated: datetime | None = None,
                        decisions: NameDecisions | None = None, signer: str | None = None
                        ) -> int:
    """Write the report of ``vf`` at redaction ``level``; returns the page count.
    ``signer`` (a fingerprint) goes on the first page."""
    redacted = redact_visit_file(vf, level, decisions)
    builder = VisitReportBuilder(redacted, level, generated=generated or datetime.now())
    builder.signer = signer
    when = fmt_date(vf.start.day, vf.lang)
    title = f"{text(vf.lang, 'visit_report_title')} {when}".strip()
    decorate = d.header_footer(vf.lang, confidential=level != "public",
                               left_footer=" · ".join(x for x in (vf.place, when) if x),
                               right_header=title, skip_first=False)
    target: Any = os.fspath(out) if isinstance(out, (str, os.PathLike)) else out
    doc = d.DocTemplate(target, title=title, subject=title, author=vf.organisation,
                        lang=vf.lang)
    doc.build(builder.story(), canvasmaker=d.canvas_maker(decorate))
    return doc.page


def write_visit_report(store: Any, visit_id: str, path: str | os.PathLike[str], *,
                       lang: str = "en", level: Level = "none",
                       check: Callable[[], None] | None = None) -> int:
    """Load a visit from ``store`` and write its report to ``path`` atomically; page count.
    Refused with :class:`UnconfirmedNames` as a redacted dossier is."""
    decisions = read_decisions(store) if level != "none" else None
    with store.read() as session:
        vf = load_visit_file(session, visit_id, lang)
        todo = (visit_file_names(vf, decisions, vocabulary_words(session))
                if decisions is not None else [])
    if todo:
        raise UnconfirmedNames(todo)
    if check is not None:
        check()
    return write_signed(store, path, lambda fh, signer: render_visit_report(
        vf, level, fh, decisions=decisions, signer=signer))


def visit_report_names(store: Any, visit_id: str, lang: str = "en") -> list[str]:
    """The possible names a redacted report of the visit would ask about."""
    decisions = read_decisions(store)
    with store.read() as session:
        vf = load_visit_file(session, visit_id, lang)
        return visit_file_names(vf, decisions, vocabulary_words(session))
