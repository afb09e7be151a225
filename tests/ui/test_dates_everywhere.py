"""One way to write a date per language, on every screen and on paper: the Cases list, the
case view, the Deadlines list, the visit form and the dossier give the same day the same text.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from pypdf import PdfReader

from monitor_app.dates import ApproxDate, format_day
from monitor_app.documents.dossier import render_dossier
from monitor_app.queries.casefile import load_case_file
from ui import i18n
from ui.case_view import CaseView
from ui.context import AppContext
from ui.list_models import DeadlinesModel, RecordListModel
from ui.tasks import TaskRunner
from ui.visit_form import VisitForm

OPENED = date(2017, 3, 4)      # day and month below 10 and different: order and padding show
FILED = date(2017, 3, 6)
DUE = date(2017, 3, 27)
VISITED = datetime(2017, 3, 9, 10, 30)
TODAY = date(2017, 6, 1)

WRITTEN = {
    "en": {OPENED: "4 Mar 2017", FILED: "6 Mar 2017", DUE: "27 Mar 2017", VISITED: "9 Mar 2017"},
    "ru": {OPENED: "04.03.2017", FILED: "06.03.2017", DUE: "27.03.2017", VISITED: "09.03.2017"},
    "kk": {OPENED: "04.03.2017", FILED: "06.03.2017", DUE: "27.03.2017", VISITED: "09.03.2017"},
}


@pytest.fixture
def case(store: Any) -> dict[str, str]:
    ids: dict[str, str] = {}
    with store.write() as w:
        ids["facility"] = w.create("facilities", name="Penal colony", designation="AK-159/6")
        ids["case"] = w.create("cases", reference="KZ-17", title="Dated", opened_on=OPENED,
                               facility_id=ids["facility"])
        ids["visit"] = w.create("visits", facility_id=ids["facility"], started_on=VISITED.date(),
                                 started_time=VISITED.time())
        ids["allegation"] = w.create("allegations", case_id=ids["case"],
                                     kind="allegation_kind.torture", summary="Beaten",
                                     visit_id=ids["visit"], date_from=FILED.isoformat())
        ids["complaint"] = w.create("complaints", case_id=ids["case"],
                                    body="complaint_body.prosecutor")
        w.create("complaint_steps", complaint_id=ids["complaint"],
                 stage="complaint_stage.complaint_filed", occurred_on=FILED, answer_due=DUE)
    return ids


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


def test_the_rule(lang: str) -> None:
    for day, text in WRITTEN[lang].items():
        assert format_day(day, lang) == text
        assert ApproxDate.from_date(day).format(lang) == text


def test_lists_case_view_and_dossier_write_a_day_alike(qtbot: Any, store: Any, ctx: AppContext,
                                                       lang: str, case: dict[str, str]) -> None:
    written = WRITTEN[lang]

    cases = RecordListModel(ctx, "cases")
    cases.reload()
    opened_col = [c.key for c in cases.columns].index("opened")
    assert cases.index(0, opened_col).data() == written[OPENED]

    visits = RecordListModel(ctx, "visits")
    visits.reload()
    assert visits.index(0, [c.key for c in visits.columns].index("date")).data() \
        == written[VISITED]

    deadlines = DeadlinesModel(ctx)
    deadlines.reload()
    assert deadlines.index(0, DeadlinesModel.COL_DUE).data() == written[DUE]

    view = CaseView(ctx, case["case"], today=TODAY)
    qtbot.addWidget(view)
    assert view.overview.form.field("opened_on").edit.text() == written[OPENED]
    steps = view.complaints.table
    headers = [steps.horizontalHeaderItem(c).text() for c in range(steps.columnCount())]
    row = [steps.item(0, c).text() for c in range(steps.columnCount())]
    assert row[0] == written[FILED] and written[DUE] in row, (headers, row)
    assert written[FILED] in view.complaints.timeline.rows[0].segments[0].tooltip
    assert view.allegations.table.item(0, 0).text() == written[FILED]  # a full approximate day
    assert view.visits.item(0, 0).text() == written[VISITED]

    form = VisitForm(ctx, case["visit"])
    qtbot.addWidget(form)
    assert form.title_text().endswith(written[VISITED])

    with store.read() as s:
        cf = load_case_file(s, case["case"], lang, today=TODAY)
    out = io.BytesIO()
    render_dossier(cf, "none", out)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(out.getvalue())).pages)
    for day in (OPENED, FILED, DUE, VISITED):
        assert written[day] in text, (day, lang)
    if lang == "en":  # no numeric day-month order an English reader could take either way
        assert "04.03.2017" not in text and "04/03/2017" not in text
