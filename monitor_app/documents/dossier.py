"""The case dossier a lawyer prints: cover, contents, then numbered sections, each left out
when it has nothing to show.

:func:`render_dossier` takes a loaded :class:`~monitor_app.queries.casefile.CaseFile` (redacting it
first), :func:`write_dossier` loads and writes in one call.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import datetime
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from db import collation
from monitor_app.dates import DayInterval, format_days
from monitor_app.documents import document as d
from monitor_app.documents.chart import TimelineChart
from monitor_app.documents.dossier_custody import custody_section
from monitor_app.documents.dossier_proceedings import proceedings_section
from monitor_app.documents.fonts import SANS, SANS_BOLD
from monitor_app.documents.redaction import (
    Level,
    NameDecisions,
    UnconfirmedNames,
    case_file_names,
    leaves_out_sensitive,
    read_decisions,
    redact_case_file,
    vocabulary_words,
    withheld_sensitive,
)
from monitor_app.documents.strings import (
    days_late,
    fmt_date,
    fmt_datetime,
    fmt_size,
    text,
)
from monitor_app.exchange.signing import write_signed
from monitor_app.queries import case_status
from monitor_app.queries.casefile import CaseFile, PersonInfo, load_case_file
from monitor_app.queries.people import with_group_note

Progress = Callable[[str], None]


class Cancelled(Exception):
    """The caller asked to stop (the GUI's cancel button)."""


class _Sections:
    """Numbers headings as sections are actually added (empty sections take no number)."""

    def __init__(self, styles: d.Styles) -> None:
        self.styles = styles
        self.major = 0
        self.minor = 0

    def h1(self, title: str) -> d.Heading:
        self.major += 1
        self.minor = 0
        return d.Heading(f"{self.major}.", title, self.styles.h1, 0)

    def h2(self, title: str) -> d.Heading:
        self.minor += 1
        return d.Heading(f"{self.major}.{self.minor}.", title, self.styles.h2, 1)


def _person_name(p: PersonInfo | None, redacted: bool) -> str:
    """A person as the page names them: the case file's one naming rule (the case view's
    too), or, in a redacted file, the pseudonym or code the redaction left."""
    if p is None:
        return ""
    name = (p.pseudonym or p.code) if redacted else p.display_name
    return with_group_note(name, p.group_note)  # "Masked troops (group; number unknown)"


def _thumbnail(data: bytes, box: float) -> Image | None:
    """A small JPEG of a photo, so the PDF stays light; None when it is not a readable image."""
    from PIL import Image as PILImage

    try:
        with PILImage.open(io.BytesIO(data)) as img:
            img.thumbnail((int(box * 2.2), int(box * 2.2)))
            rgb = img.convert("RGB")
            w, h = rgb.size
            out = io.BytesIO()
            rgb.save(out, format="JPEG", quality=80)
    except Exception:
        return None
    scale = box / max(w, h)
    out.seek(0)
    return Image(out, width=w * scale, height=h * scale)


class DossierBuilder:
    """Turns a (redacted) case file into flowables."""

    def __init__(self, cf: CaseFile, level: Level, *, generated: datetime,
                 check: Callable[[], None] | None = None) -> None:
        self.cf = cf
        self.level = level
        self.lang = cf.lang
        self.redacted = level != "none"
        self.st = d.make_styles()
        self.sec = _Sections(self.st)
        self.generated = generated
        self.check = check or (lambda: None)
        self.signer: str | None = None  # the signing identity's fingerprint, for the cover

    def t(self, key: str, **kw: object) -> str:
        return text(self.lang, key, **kw)

    def name(self, person_id: str | None) -> str:
        return _person_name(self.cf.person(person_id), self.redacted)

    def names(self, ids: tuple[str, ...] | list[str]) -> str:
        return ", ".join(n for n in (self.name(i) for i in ids) if n)

    def people_order(self) -> list[str]:
        """The People section's order: the victim first, then by the name as printed (a
        pseudonym in a redacted file) in the dossier language's alphabet (db.collation)."""
        victim = self.cf.case.primary_victim_id
        key = collation.key(self.lang)
        rest = sorted((pid for pid in self.cf.people if pid != victim),
                      key=lambda pid: key(self.name(pid)))
        return ([victim] if victim in self.cf.people else []) + rest

    def date(self, value: Any) -> str:
        return fmt_date(value, self.lang)

    def when(self, value: Any) -> Any:
        """A step's or an event's date for a table cell, at its precision; "date unknown"
        when none was recorded; wrapped when longer than a day ("before March 2012")."""
        shown = self.date(value) if value is not None else self.t("date_unknown")
        return shown if len(shown) <= 11 else Paragraph(d.esc(shown), self.st.cell)

    def span(self, value: DayInterval | None) -> str:
        return format_days(value, self.lang) if value is not None else self.t("days_unknown")

    def para(self, value: str, style: Any = None) -> Paragraph:
        return Paragraph(d.esc(value), style or self.st.body)

    # -- the document ------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        body: list[Flowable] = []
        for section in (self.summary, self.people, self.chronology, self.allegations,
                        lambda: custody_section(self),
                        self.complaints, self.proceedings, self.reprisals, self.visits,
                        self.evidence, self.history):
            self.check()
            body += section()
        headings = [f for f in body if isinstance(f, d.Heading)]
        return [*self.cover(), PageBreak(),
                Paragraph(d.esc(self.t("contents")), self.st.toc_title),
                *d.contents(self.st, headings), PageBreak(), *body]

    def cover(self) -> list[Flowable]:
        cf, st = self.cf, self.st
        out: list[Flowable] = []
        if cf.organisation:
            out.append(Paragraph(d.esc(cf.organisation), st.muted))
        out += [Spacer(1, 3.2 * cm), Paragraph(d.esc(self.t("dossier_title")), st.cover_title),
                Paragraph(d.esc(cf.case.title), st.cover_sub)]
        fields = d.field_table(st, [
            (self.t("reference"), cf.case.reference),
            (self.t("status"), cf.case.status),
            (self.t("redaction"), self.t(f"redaction_{self.level}")),
            (self.t("generated"), fmt_datetime(self.generated, self.lang)),
            (self.t("organisation"), cf.organisation),
            (self.t("signed_by"), self.signer),
        ], label_width=4.5 * cm)
        if fields:
            out.append(fields)
        out.append(Spacer(1, 1.2 * cm))
        notes = []
        if self.level != "public":
            notes.append("<b>" + d.esc(self.t("confidential").upper()) + "</b><br/>"
                          + d.esc(self.t("confidential_note")))
        if self.level in ("pseudonymous", "public"):
            notes.append(d.esc(self.t(f"{self.level}_note")))
        for note in notes:
            box = d.boxed(st, note, d.LATE if "<b>" in note else d.MUTED)
            out += [box, Spacer(1, 0.35 * cm)]
        return out

    def summary(self) -> list[Flowable]:
        cf, st = self.cf, self.st
        c = cf.case
        out: list[Flowable] = [self.sec.h1(self.t("sec_summary"))]
        fields = d.field_table(st, [
            (self.t("title"), c.title), (self.t("reference"), c.reference),
            (self.t("status"), c.status),
            (self.t("status_history"), case_status.summary_line(cf.status_history, self.lang)),
            (self.t("place"), c.facility),
            (self.t("region"), c.region), (self.t("opened"), self.date(c.opened_on)),
            (self.t("closed"), self.date(c.closed_on)), (self.t("risk"), c.risk),
        ])
        if fields:
            out.append(fields)
        if c.summary:
            out += [Spacer(1, 6), self.para(c.summary)]
        steps = sum(len(x.timeline.steps) for x in cf.complaints)
        late = sum(x.timeline.late_answers for x in cf.complaints)
        counts = [(self.t("n_allegations"), len(cf.allegations)),
                  (self.t("n_complaints"), len(cf.complaints)), (self.t("n_steps"), steps),
                  (self.t("n_late"), late), (self.t("n_reprisals"), len(cf.reprisals)),
                  (self.t("n_evidence"), len(cf.evidence))]
        counts = [(k, v) for k, v in counts if v]
        if counts:
            rows = [[k, str(v)] for k, v in counts]
            late_row = next((i + 1 for i, (k, _) in enumerate(counts)
                             if k == self.t("n_late")), None)
            extra = [("TEXTCOLOR", (1, late_row), (1, late_row), d.LATE),
                     ("FONT", (1, late_row), (1, late_row), SANS_BOLD, 8.5)] if late_row else []
            out += [Spacer(1, 8), d.data_table(st, [self.t("counts"), ""], rows,
                                               [6 * cm, 2 * cm], right=(1,), extra=extra,
                                               zebra=False)]
        if c.notes:
            out += [Spacer(1, 6), Paragraph(d.esc(self.t("notes")), st.h3), self.para(c.notes)]
        return out

    def people(self) -> list[Flowable]:
        cf, st = self.cf, self.st
        if not cf.people:
            return []
        rows = []
        for pid in self.people_order():
            p = cf.persons[pid]
            if self.redacted:
                who = f"<b>{d.esc(p.pseudonym)}</b>"
                if p.code and p.code != p.pseudonym:
                    who += f"<br/><font color='#5B636E'>{d.esc(p.code)}</font>"
            else:
                who = f"<b>{d.esc(p.display_name)}</b>"
                alias = " · ".join(x for x in (p.pseudonym, p.code) if x and x != p.display_name)
                if alias:
                    who += f"<br/><font color='#5B636E'>{d.esc(alias)}</font>"
            details = []
            if p.birth_date:
                details.append(f"{self.t('born')}: {self.date(p.birth_date)}")
            if p.official_details:
                details.append(p.official_details)
            elif not p.identified:
                details.append(self.t("unidentified"))
            if p.address:
                details.append(f"{self.t('address')}: {p.address}")
            if p.contact:
                details.append(f"{self.t('contact')}: {p.contact}")
            if p.risk:
                details.append(f"{self.t('risk')}: {p.risk}")
            consents = [self.t(k) for k, v in (
                ("consent_record", p.consent_record),
                ("consent_share_lawyer", p.consent_share_lawyer),
                ("consent_publish", p.consent_publish), ("consent_un", p.consent_un)) if v]
            if p.group_note:
                who += f"<br/>{d.esc(p.group_note)}"
            rows.append([Paragraph(who, st.cell), ", ".join(p.roles),
                         ", ".join(p.categories) or p.category,
                         "\n".join(details), ", ".join(consents) or self.t("consent_none")])
        return [self.sec.h1(self.t("sec_people")),
                d.data_table(st, [self.t("name"), self.t("role"), self.t("category"),
                                  self.t("details"), self.t("consent")], rows,
                             [3.2 * cm, 3.1 * cm, 3.1 * cm, 3.8 * cm, 2.8 * cm])]

    def chronology(self) -> list[Flowable]:
        cf, st = self.cf, self.st
        if not cf.chronology:
            return []
        rows: list[list[Any]] = []
        for e in cf.chronology:
            line = d.esc(e.what)
            people = ", ".join(f"{name} ({how})" if how else name for name, how in (
                (self.name(pid), how) for pid, how in e.people) if name)
            if people:
                line += " · " + d.esc(people)
            if e.late:  # the late step's line in red, what it says under it as written
                line = f"<font color='#{d.LATE.hexval()[2:]}'><b>{line}</b></font>"
            if e.detail:
                line += "<br/>" + d.esc(_excerpt(e.detail))
            if e.note:
                line += f"<br/><font color='#5B636E'>{d.esc(_excerpt(e.note))}</font>"
            rows.append([self.when(e.when), Paragraph(line, st.cell)])
        return [self.sec.h1(self.t("sec_chronology")),
                d.data_table(st, [self.t("date"), self.t("event")], rows,
                             [3.2 * cm, d.CONTENT_W - 3.2 * cm], plain=(0,))]

    def allegations(self) -> list[Flowable]:
        cf, st = self.cf, self.st
        if not cf.allegations:
            return []
        out: list[Flowable] = [self.sec.h1(self.t("sec_allegations"))]
        for a in cf.allegations:
            self.check()
            period = self.date(a.date_from)
            if a.date_to and a.date_to != a.date_from:
                period = f"{period} – {self.date(a.date_to)}"
            where = " · ".join(x for x in (a.location_kind, a.facility, a.place) if x)
            perps = []
            for p in a.perpetrators:
                person = cf.person(p.person_id)
                bits = [self.name(p.person_id), person.official_details if person else "",
                        p.kind, p.involvement]
                if person and not person.identified:
                    bits.append(self.t("unidentified"))
                perps.append(", ".join(b for b in bits if b))
            title = a.summary or a.kind or self.t("allegation")
            out.append(self.sec.h2(title))
            fields = d.field_table(st, [
                (self.t("kind"), a.kind), (self.t("period"), period), (self.t("where"), where),
                (self.t("victims"), self.names(a.victims)),
                (self.t("perpetrators"), "\n".join(perps)),
                (self.t("witnesses"), self.names(a.witnesses)),
                (self.t("methods"), ", ".join(a.methods)),
                (self.t("purposes"), ", ".join(a.purposes)),
                (self.t("injuries"), a.injuries),
                (self.t("legal_qualification"), a.legal_qualification),
                (self.t("source"), a.source), (self.t("verification"), a.verification),
            ])
            if fields:
                out.append(fields)
            if a.narrative:
                out += [Paragraph(d.esc(self.t("narrative")), st.h3), self.para(a.narrative)]
            if a.medical_exams:
                rows = []
                extra = []
                for i, m in enumerate(a.medical_exams, start=1):
                    rows.append([m.kind, self.date(m.exam_date), m.istanbul_protocol,
                                 "\n".join(x for x in (m.examiner, m.findings) if x)])
                    if m.istanbul_code == "istanbul_protocol.no":
                        extra.append(("TEXTCOLOR", (2, i), (2, i), d.LATE))
                out += [Paragraph(d.esc(self.t("medical_evidence")), st.h3),
                        d.data_table(st, [self.t("kind"), self.t("date"),
                                          self.t("istanbul_protocol"), self.t("findings")],
                                     rows, [3.8 * cm, 2.2 * cm, 3.0 * cm, 7.0 * cm])]
        return out

    def complaints(self) -> list[Flowable]:
        cf, st = self.cf, self.st
        if not cf.complaints:
            return []
        lang = self.lang
        out: list[Flowable] = [self.sec.h1(self.t("sec_complaints"))]
        label = cf.term_labels.get
        stage_order = [c for c in cf.term_labels if c.startswith("complaint_stage.")]
        with_steps = [c for c in cf.complaints if c.timeline.steps]
        if with_steps:
            row_labels = [f"{i}. {c.body or self.t('complaint')}"
                          for i, c in enumerate(cf.complaints, start=1) if c.timeline.steps]
            out += [Paragraph(d.esc(self.t("chart_title")), st.h3),
                    TimelineChart([c.timeline for c in with_steps], row_labels,
                                  lambda code: label(code or "", "") or "", stage_order,
                                  cf.today, late_label=self.t("legend_late"),
                                  today_label=self.t("legend_today"), lang=lang),
                    Spacer(1, 8)]
        late_style = d.ParagraphStyle("late", parent=st.cell_right, textColor=d.LATE,
                                      fontName=SANS_BOLD)
        for c in cf.complaints:
            self.check()
            t = c.timeline
            title = " · ".join(x for x in (c.body or self.t("complaint"),
                                           self.date(t.filed_on or t.start)) if x)
            out.append(CondPageBreak(4 * cm))
            out.append(self.sec.h2(title))
            fields = d.field_table(st, [(self.t("subject"), c.subject),
                                        (self.t("complainant"), self.name(c.complainant_id))])
            if fields:
                out.append(fields)
            if t.steps:
                stage = label(t.current_stage or "", "") or self.t("step")
                key = "complaint_closed" if t.closed else "complaint_status"
                late = str(t.late_answers)
                if t.possibly_late_answers:
                    late += f" (+{t.possibly_late_answers} {self.t('possibly_late')})"
                status = self.t(key, stage=stage, days=self.span(t.days_in_current_stage),
                                late=late, total=self.span(t.total_days))
                out.append(Paragraph(d.esc(status), st.muted))
                rows = []
                extra = []
                noted = False
                for s in t.steps:
                    r = len(rows) + 1  # the table's row (the header is row 0)
                    step = f"<b>{d.esc(label(s.stage or '', '') or self.t('step'))}</b>"
                    if s.body and s.body != t.body:
                        step += f"<br/>{d.esc(label(s.body, ''))}"
                    if s.outcome:
                        step += f"<br/><font color='#5B636E'>{d.esc(s.outcome)}</font>"
                    delay: Any = ""
                    if s.lateness == "late":
                        delay = Paragraph(d.esc(days_late(lang, s.days_late)), late_style)
                        extra.append(("TEXTCOLOR", (4, r), (4, r), d.LATE))
                    elif s.lateness == "possibly_late":
                        delay = Paragraph(d.esc(self.t("possibly_late")), late_style)
                    answered = self.when(s.answer) if s.answer_due else ""
                    rows.append([self.when(s.when), Paragraph(step, st.cell), s.reference_no,
                                 self.date(s.answer_due), answered,
                                 # the step that ended the procedure lasts no days
                                 "" if s.days_in_stage is None or (t.closed and s.is_current)
                                 else str(s.days_in_stage),
                                 delay])
                    if s.notes:  # under its step, across the columns after the date
                        noted = True
                        rows.append(["", Paragraph(
                            f"<font color='#5B636E'>{d.esc(self.t('step_notes'))}:</font> "
                            + d.esc(s.notes).replace("\n", "<br/>"), st.cell),
                            "", "", "", "", ""])
                        extra += [("SPAN", (1, r + 1), (-1, r + 1)),
                                  ("LINEBELOW", (0, r), (-1, r), 0.25, colors.white),
                                  ("TOPPADDING", (0, r + 1), (-1, r + 1), 0)]
                out.append(d.data_table(
                    st, [self.t("date"), self.t("step"), self.t("ref_no"),
                         self.t("answer_due"), self.t("answered"), self.t("days_in_stage"),
                         self.t("delay")], rows,
                    # dates wide enough for "дата неизвестна" to wrap between its words
                    [2.2 * cm, 3.9 * cm, 2.2 * cm, 2.0 * cm, 2.2 * cm, 1.3 * cm, 2.2 * cm],
                    right=(5, 6), extra=extra, plain=(0, 3, 4, 5), zebra=not noted))
            if c.notes:
                out.append(self.para(c.notes, st.small))
        return out

    def proceedings(self) -> list[Flowable]:
        return proceedings_section(self)

    def reprisals(self) -> list[Flowable]:
        from monitor_app.documents.dossier_reprisals import reprisals_section

        return reprisals_section(self)

    def visits(self) -> list[Flowable]:
        cf, st = self.cf, self.st
        if not cf.visits:
            return []
        rows = []
        for v in cf.visits:
            privacy = dict(v.interviewed)
            met = []
            for pid, how in v.present:  # the case's people, interviewed or on the team
                if not self.name(pid):
                    continue
                private = privacy.get(pid) if how == "interviewed" else None
                marks = [self.t(f"present_{how}")] + ([] if private is None else  # not recorded
                                                      [self.t("in_private" if private
                                                              else "not_private")])
                met.append(f"{self.name(pid)} ({', '.join(marks)})")
            kind = " · ".join(x for x in (v.body, v.visit_type) if x)
            team = self.names(v.team)
            what = "\n".join(x for x in (kind, f"{self.t('team')}: {team}" if team else "") if x)
            rows.append([self.when(v.start.day), v.place, what, "\n".join(met),
                         "\n".join(v.allegations)])
        return [self.sec.h1(self.t("sec_visits")),
                d.data_table(st, [self.t("date"), self.t("place"), self.t("visit"),
                                  self.t("present"), self.t("allegations_heard")], rows,
                             [2.2 * cm, 3.2 * cm, 3.8 * cm, 3.4 * cm, 3.4 * cm])]

    def evidence(self) -> list[Flowable]:
        cf, st = self.cf, self.st
        withheld = withheld_sensitive(self._original, self.level) if self._original else 0
        if not cf.evidence and not withheld:
            return []
        out: list[Flowable] = [self.sec.h1(self.t("sec_evidence"))]
        if cf.evidence:
            rows = []
            for e in cf.evidence:
                sha = e.sha256
                sha_cell = Paragraph(d.esc(sha[:32]) + "<br/>" + d.esc(sha[32:]), st.mono)
                name = e.file_name + (f"\n{e.description}" if e.description else "")
                rows.append([name, e.kind, self.date(e.added), fmt_size(e.size, self.lang),
                             sha_cell])
            out.append(d.data_table(st, [self.t("file"), self.t("type"), self.t("added"),
                                         self.t("size"), self.t("sha256")], rows,
                                    [4.4 * cm, 2.8 * cm, 2.2 * cm, 1.6 * cm, 5.0 * cm],
                                    right=(3,), plain=(2, 3)))
        if withheld:
            out.append(Paragraph(d.esc(self.t("sensitive_withheld", n=withheld)), st.muted))
        photos = [e for e in cf.evidence if e.is_image and e.load is not None
                  and not (e.sensitive and leaves_out_sensitive(self.level))]
        if photos and self.level == "public":
            out.append(Paragraph(d.esc(self.t("photos_withheld")), st.muted))
        elif photos:
            box = 3.6 * cm
            cells: list[Any] = []
            for e in photos:
                self.check()
                assert e.load is not None
                img = _thumbnail(e.load(), box)
                if img is None:
                    continue
                cells.append([img, Paragraph(d.esc(e.file_name), st.small)])
            if cells:
                per_row = 4
                grid = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
                grid[-1] += [""] * (per_row - len(grid[-1]))
                table = Table(grid, colWidths=[d.CONTENT_W / per_row] * per_row, hAlign="LEFT")
                table.setStyle(TableStyle([
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("FONT", (0, 0), (-1, -1), SANS, 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
                out += [Paragraph(d.esc(self.t("photos")), st.h3), table]
        return out

    _original: CaseFile | None = None

    def history(self) -> list[Flowable]:
        cf, st = self.cf, self.st
        if not cf.history:
            return []
        rows = []
        for h in reversed(cf.history):
            fields = [text(self.lang, f) for f in h.fields if f in d_strings(self.lang)]
            change = self.t(f"action_{h.action}")
            if fields and h.action == "update":
                change += ": " + ", ".join(fields)
            row = [fmt_datetime(h.at, self.lang), self.t(f"kind_{h.record_kind}"), change]
            if not self.redacted:
                row.insert(1, h.actor)
            rows.append(row)
        header = [self.t("when"), self.t("record"), self.t("action")]
        widths = [3.0 * cm, 4.8 * cm, 8.2 * cm]
        if not self.redacted:
            header.insert(1, self.t("who"))
            widths = [3.0 * cm, 2.6 * cm, 4.2 * cm, 6.2 * cm]
        out: list[Flowable] = [self.sec.h1(self.t("sec_history"))]
        if cf.history_total > len(cf.history):
            out.append(Paragraph(d.esc(self.t("history_more", n=len(cf.history),
                                              total=cf.history_total)), st.muted))
        out.append(d.data_table(st, header, rows, widths, plain=(0,)))
        return out


def _excerpt(value: str, limit: int = 240) -> str:
    """A text on one line, cut at a word before ``limit`` characters (a chronology line
    points to the section that prints the whole of it)."""
    flat = " ".join(value.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + " …"


def d_strings(lang: str) -> dict[str, str]:
    from monitor_app.documents.strings import STRINGS

    return STRINGS.get(lang, STRINGS["en"])


def render_dossier(cf: CaseFile, level: Level, out: str | os.PathLike[str] | IO[bytes], *,
                   generated: datetime | None = None,
                   check: Callable[[], None] | None = None,
                   decisions: NameDecisions | None = None, signer: str | None = None) -> int:
    """Write the dossier of ``cf`` at redaction ``level`` to ``out``; returns the page count.

    ``check`` is called between sections and may raise (e.g. :class:`Cancelled`) to stop;
    names in ``decisions`` are replaced too; ``signer`` (a fingerprint) goes on the cover.
    """
    redacted = redact_case_file(cf, level, decisions)
    builder = DossierBuilder(redacted, level, generated=generated or datetime.now(), check=check)
    builder._original = cf
    builder.signer = signer
    title = f"{text(cf.lang, 'dossier_title')} {cf.case.reference}"
    decorate = d.header_footer(cf.lang, confidential=level != "public",
                               left_footer=f"{text(cf.lang, 'reference')}: {cf.case.reference}",
                               right_header=title)
    target: Any = os.fspath(out) if isinstance(out, (str, os.PathLike)) else out
    doc = d.DocTemplate(target, title=title, subject=cf.case.reference,
                        author=cf.organisation, lang=cf.lang)
    story = builder.story()
    doc.build(story, canvasmaker=d.canvas_maker(decorate, doc.heading_pages))
    return doc.page


def write_dossier(store: Any, case_id: str, path: str | os.PathLike[str], *, lang: str = "en",
                  level: Level = "none", check: Callable[[], None] | None = None) -> int:
    """Load a case from ``store`` and write its dossier to ``path`` atomically; page count.

    A pseudonymous or public dossier is refused with :class:`UnconfirmedNames` (nothing
    written) while its texts hold possible names nobody has decided about."""
    decisions = read_decisions(store) if level != "none" else None
    with store.read() as session:
        cf = load_case_file(session, case_id, lang)
        if decisions is not None:
            todo = case_file_names(cf, decisions, vocabulary_words(session))
            if todo:
                raise UnconfirmedNames(todo)
        # photos are read while the session is open
        return write_signed(store, path, lambda fh, signer: render_dossier(
            cf, level, fh, check=check, decisions=decisions, signer=signer))


def dossier_names(store: Any, case_id: str, lang: str = "en") -> list[str]:
    """The possible names a redacted dossier of the case would ask about (slow the first
    time: the recogniser loads; run it off the GUI thread)."""
    decisions = read_decisions(store)
    with store.read() as session:
        cf = load_case_file(session, case_id, lang)
        return case_file_names(cf, decisions, vocabulary_words(session))


__all__ = ["Cancelled", "DossierBuilder", "UnconfirmedNames", "dossier_names",
           "render_dossier", "write_dossier"]
