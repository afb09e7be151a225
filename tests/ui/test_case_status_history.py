"""A reopened case, entered through the real case editor in en, ru and kk: the store keeps the
closure and the reopening, the case view lists both, the dossier prints both with their
dates at the precision they were given, and the reopened case's complaint clock runs again."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.models import Case, CaseStatusChange
from monitor_app import operations
from monitor_app.documents.dossier import render_dossier
from monitor_app.queries.casefile import load_case_file
from monitor_app.queries.timeline import complaint_timelines
from ui import i18n
from ui.case_view import CaseView
from ui.context import AppContext
from ui.tasks import TaskRunner

TODAY = date(2017, 6, 1)
TYPED_REOPENING = {"en": "about June 2016", "ru": "около июня 2016",
                   "kk": "шамамен 2016 ж. маусым"}
SHOWN = {  # the closure (a day) and the reopening (about a month), as each language writes them
    "en": ("12 Mar 2014", "about June 2016", "Closed", "Reopened", "Case reopened"),
    "ru": ("12.03.2014", "около июня 2016 г.", "Закрыто", "Возобновлено", "Дело возобновлено"),
    "kk": ("12.03.2014", "шамамен 2016 ж. маусым", "Жабық", "Қайта ашылған",
           "Іс қайта ашылды"),
}


@pytest.fixture(params=["en", "ru", "kk"])
def lang(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param


@pytest.fixture
def ctx(store: Any, lang: str, qtbot: Any) -> Iterator[AppContext]:
    context = AppContext(TaskRunner(synchronous=True), lang=lang)
    context.attach(store)
    yield context
    context.runner.wait_idle()


@pytest.fixture
def case_id(store: Any) -> str:
    with store.write() as w:
        cid = operations.cases.save_case(w, None, {
            "reference": "KZ-2013-0042", "title": "Beaten in the IVS",
            "status": "case_status.open", "opened_on": "2013-05-02"}).record_id
        complaint = w.create("complaints", case_id=cid, body="complaint_body.prosecutor")
        w.create("complaint_steps", complaint_id=complaint,
                 stage="complaint_stage.complaint_filed", occurred_on="2013-05-03",
                 answer_due=date(2013, 5, 24))
    return cid


def _save_status(view: CaseView, qtbot: Any, code: str, typed: str) -> None:
    editor = view.overview
    combo = editor.form.field("status")
    combo.set_value(code)
    field = editor.form.field("status_changed_on")
    field.edit.clear()
    field.edit.setFocus()
    field.edit.insert(typed)  # as typed (QTest's key clicks know ASCII only)
    editor.save()
    assert editor.status.text() not in ("",) and not editor.form.problems(), \
        editor.status.text()


def _pdf_text(store: Any, case_id: str, lang: str) -> str:
    with store.read() as s:
        cf = load_case_file(s, case_id, lang, today=TODAY)
    out = io.BytesIO()
    render_dossier(cf, "none", out)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(out.getvalue())).pages)
    return re.sub(r"\s+", " ", text)


def test_a_reopened_case_keeps_its_closure(qtbot: Any, store: Any, ctx: AppContext, lang: str,
                                           case_id: str) -> None:
    closure, reopening, closed_label, reopened_label, reopened_event = SHOWN[lang]
    view = CaseView(ctx, case_id, today=TODAY)
    qtbot.addWidget(view)
    _save_status(view, qtbot, "case_status.closed", "12.03.2014")
    _save_status(view, qtbot, "case_status.reopened", TYPED_REOPENING[lang])

    # the store: both entries, the case reopened and no longer carrying a closure date
    with store.read() as s:
        case = s.get(Case, case_id)
        assert (case.status, case.closed_on) == ("case_status.reopened", None)
        rows = [(r.status, r.changed_on) for r in s.scalars(select(CaseStatusChange).where(
            CaseStatusChange.case_id == case_id).order_by(CaseStatusChange.created_at))]
    assert rows == [("case_status.open", "2013-05-02"), ("case_status.closed", "2014-03-12"),
                    ("case_status.reopened", "2016-06~")]

    # the case view: the real widget lists both, newest last, dates at their precision
    shown = view.overview.status_history.rows()
    assert [r[:2] for r in shown[1:]] == [[closure, closed_label], [reopening, reopened_label]]
    assert view.overview.form.field("status_changed_on").text() == ""  # for the next change

    # the dossier: the summary's status history and the chronology's entries
    text = _pdf_text(store, case_id, lang)
    assert f"{closed_label} {closure} · {reopened_label} {reopening}" in text, text[:2000]
    assert reopened_event in text and reopening in text

    # the reopened case's complaint runs its clock again: its unanswered step is overdue
    with store.read() as s:
        (timeline,) = complaint_timelines(s, case_id, TODAY)
        assert timeline.steps[-1].awaiting and timeline.steps[-1].overdue
        assert timeline.steps[-1].until == TODAY


def test_a_closed_case_stops_the_clock_and_reopening_starts_it(store: Any) -> None:
    with store.write() as w:
        cid = operations.cases.save_case(w, None, {
            "reference": "KZ-1", "title": "T", "status": "case_status.open",
            "opened_on": "2013-05-02"}).record_id
        complaint = w.create("complaints", case_id=cid, body="complaint_body.prosecutor")
        w.create("complaint_steps", complaint_id=complaint,
                 stage="complaint_stage.complaint_filed", occurred_on="2013-05-03",
                 answer_due=date(2013, 5, 24))
    with store.write() as w:
        operations.cases.save_case(w, cid, {"status": "case_status.closed"},
                                   status_changed_on="2014-03-12")
    with store.read() as s:
        step = complaint_timelines(s, cid, TODAY)[0].steps[-1]
        assert not step.awaiting and not step.overdue and step.until == date(2014, 3, 12)
    with store.write() as w:
        operations.cases.save_case(w, cid, {"status": "case_status.reopened"},
                                   status_changed_on="2016-06")
    with store.read() as s:
        step = complaint_timelines(s, cid, TODAY)[0].steps[-1]
        assert step.awaiting and step.overdue and step.until == TODAY
