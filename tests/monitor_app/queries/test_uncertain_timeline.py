"""Timelines over uncertain dates: intervals, 'possibly late', undated steps, closed clocks;
and the same dates through the JSON interchange and on paper (pypdf) in en, ru and kk."""

from __future__ import annotations

import io
import re
from datetime import date

from pypdf import PdfReader

from monitor_app.dates import DayInterval
from monitor_app.documents.dossier import render_dossier
from monitor_app.interchange import export_document, import_document
from monitor_app.queries import casefile, timeline

TODAY = date(2019, 6, 1)
FILED = "complaint_stage.complaint_filed"
CHECK = "complaint_stage.preliminary_check"
REFUSAL = "complaint_stage.refusal_to_open"


def _case(store, *steps: dict, status: str = "case_status.open", closed_on=None,
          reference: str = "R-UNCERTAIN") -> tuple[str, str, list[str]]:
    with store.write() as w:
        case_id = w.create("cases", reference=reference, title="Uncertain dates",
                           status=status, closed_on=closed_on)
        complaint = w.create("complaints", case_id=case_id, body="complaint_body.prosecutor",
                             filed_on="January 2018")
        ids = [w.create("complaint_steps", complaint_id=complaint, **s) for s in steps]
    return case_id, complaint, ids


def _timeline(store, case_id: str) -> timeline.ComplaintTimeline:
    with store.read() as s:
        (t,) = timeline.complaint_timelines(s, case_id, TODAY)
    return t


def test_an_answer_to_a_january_filing_is_possibly_late_or_late(store) -> None:
    case_id, _, (filed, check, later) = _case(
        store,
        {"stage": FILED, "occurred_on": "January 2018", "answer_due": date(2018, 2, 15)},
        # the answer (the next step) came in February: maybe before the 15th, maybe after
        {"stage": CHECK, "occurred_on": "2018-02", "answer_due": date(2018, 3, 1)},
        # its own answer came in "about April 2018": after 1 March at every allowed date?
        # no: about April reaches back to March, so only possibly late
        {"stage": CHECK, "occurred_on": "about April 2018"})
    t = _timeline(store, case_id)
    first, second, third = t.steps
    assert first.lateness == "possibly_late" and first.days_late == 0
    assert first.late_days == DayInterval(0, 13)
    assert first.days_in_stage == DayInterval(1, 58)
    assert str(first.days_in_stage) == "1–58"
    assert second.lateness == "possibly_late"
    assert t.late_answers == 0 and t.possibly_late_answers == 2
    with store.write() as w:  # an answer known to the day, after every due date allowed
        w.update("complaint_steps", check, answered_on="2018-03-20")
    t = _timeline(store, case_id)
    assert t.steps[1].lateness == "late" and t.steps[1].days_late == 19
    assert t.late_answers == 1


def test_an_undated_step_keeps_the_place_it_was_entered_in(store) -> None:
    case_id, _, (filed, undated, appeal) = _case(
        store,
        {"stage": FILED, "occurred_on": "2018-01-10"},
        {"stage": CHECK},  # the report does not say when
        {"stage": "complaint_stage.appeal", "occurred_on": "2018-05-02"})
    t = _timeline(store, case_id)
    assert [s.step_id for s in t.steps] == [filed, undated, appeal]
    assert t.steps[1].undated and t.steps[1].when is None
    # what depends on the unknown date is unknown, not invented
    assert t.steps[0].days_in_stage is None and t.steps[1].days_in_stage is None
    assert t.steps[2].days_in_stage == (TODAY - date(2018, 5, 2)).days
    with store.read() as s:
        cf = casefile.load_case_file(s, case_id, "en", today=TODAY)
    steps = [e for e in cf.chronology if e.kind == "complaint_step"]
    assert [e.record_id for e in steps] == [filed, undated, appeal]
    assert steps[1].when is None


def test_a_closed_complaint_does_not_count_to_today(store) -> None:
    case_id, _, _ = _case(
        store,
        {"stage": FILED, "occurred_on": "2018-01-10"},
        {"stage": REFUSAL, "occurred_on": "2018-03-01"})
    t = _timeline(store, case_id)
    assert t.closed
    assert t.days_in_current_stage == 0
    assert t.total_days == DayInterval(29, 59)  # filed "January 2018", closed 1 March
    # a closed case stops at its closed_on, and is unknown without one
    case_id, _, _ = _case(store, {"stage": FILED, "occurred_on": "2018-01-10",
                                  "answer_due": date(2018, 1, 25)},
                          status="case_status.closed", closed_on=date(2018, 4, 1),
                          reference="R-CLOSED")
    t = _timeline(store, case_id)
    assert t.days_in_current_stage == (date(2018, 4, 1) - date(2018, 1, 10)).days
    assert t.steps[0].days_late == (date(2018, 4, 1) - date(2018, 1, 25)).days
    with store.write() as w:
        w.update("cases", case_id, closed_on=None)
    t = _timeline(store, case_id)
    assert t.days_in_current_stage is None and t.steps[0].lateness == "unknown"


def _pdf_text(store, case_id: str, lang: str) -> str:
    with store.read() as s:
        cf = casefile.load_case_file(s, case_id, lang, today=TODAY)
    out = io.BytesIO()
    render_dossier(cf, "none", out)
    text = " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(out.getvalue())).pages)
    return re.sub(r"\s+", " ", text)


def test_a_month_date_imported_through_json_is_printed_as_a_month(store) -> None:
    case_id, _, (step, _) = _case(
        store,
        {"stage": FILED, "occurred_on": "2013-01-10"},
        {"stage": CHECK, "occurred_on": "2013-01-20"})
    doc = export_document(store, cases=[case_id])
    (record,) = [r for r in doc["records"]["complaint_steps"] if r["id"] == step]
    record["occurred_on"] = "2013-02"
    import_document(store, doc)
    text = _pdf_text(store, case_id, "en")
    assert "February 2013" in text
    assert not re.search(r"\b0?1 February 2013|01\.02\.2013|2013-02-01|1 Feb 2013", text)


def test_the_dossier_prints_dates_at_their_precision_in_three_languages(store) -> None:
    case_id, _, _ = _case(
        store,
        {"stage": FILED, "occurred_on": "before March 2012"},
        {"stage": CHECK},
        {"stage": "complaint_stage.appeal", "occurred_on": "2014"})
    expected = {
        "en": ("before March 2012", "date unknown", "2014"),
        "ru": ("до марта 2012 г.", "дата неизвестна", "2014 г."),
        "kk": ("2012 ж. наурызға дейін", "күні белгісіз", "2014 ж."),
    }
    for lang, words in expected.items():
        text = _pdf_text(store, case_id, lang)
        for word in words:
            assert word in text, (lang, word)
        assert "01.03.2012" not in text and "1 Mar 2012" not in text, lang
        assert "01.01.2014" not in text and "1 Jan 2014" not in text, lang


def test_the_sql_sort_key_orders_as_approx_date_does(store) -> None:
    from sqlalchemy import literal, select

    from monitor_app.dates import ApproxDate

    values = [ApproxDate(2011), ApproxDate(2011, qualifier="before"),
              ApproxDate(2011, qualifier="after"), ApproxDate(2011, qualifier="about"),
              ApproxDate(2011, 1), ApproxDate(2011, 1, 1), ApproxDate(2010, 12, 31),
              ApproxDate(2011, 1, 1, qualifier="about"), ApproxDate(2011, 2, qualifier="before"),
              ApproxDate(2012)]
    with store.read() as s:
        keys = {v: s.scalar(select(timeline.approx_sort_key(literal(v.to_iso()))))
                for v in values}
    assert sorted(values, key=lambda v: keys[v]) == sorted(values)
    assert len(set(keys.values())) == len(values)
