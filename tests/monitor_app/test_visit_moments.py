"""Issue 9: a visit's date at the precision the source gives ("the NPM visited in March
2014"), its time only where recorded: typed, stored, listed, ordered, printed, exchanged."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.models import Visit
from monitor_app.dates import (
    ApproxDate,
    DateParseError,
    Moment,
    format_span,
    parse_moment,
)
from monitor_app.documents.dossier import render_dossier
from monitor_app.documents.strings import text as t
from monitor_app.documents.visit_report import render_visit_report
from monitor_app.interchange import jsonfile
from monitor_app.queries import listing
from monitor_app.queries import visits as visit_queries
from monitor_app.queries.casefile import load_case_file, load_visit_file
from monitor_app.queries.listing import ListQuery
from monitor_app.vocabulary import Vocab

MONTH = {"en": "March 2014", "ru": "март 2014", "kk": "2014 ж. наурыз"}


def _text(pdf: bytes) -> str:
    return "".join("".join((p.extract_text() or "").split())
                   for p in PdfReader(io.BytesIO(pdf)).pages)


def _bare(phrase: str) -> str:
    return "".join(phrase.split())


# -- reading and writing a moment ------------------------------------------------------

@pytest.mark.parametrize(("typed", "day", "time"), [
    ("05.03.2024 10:30", "2024-03-05", "10:30"),
    ("2024-03-05T10:30:00", "2024-03-05", "10:30"),
    ("5 марта 2024 9:05", "2024-03-05", "09:05"),
    ("05.03.2024", "2024-03-05", None),
    ("March 2014", "2014-03", None),
    ("наурыз 2014", "2014-03", None),
    ("about 2014", "2014~", None),
    ("before March 2012", "[..2012-03]", None),
])
def test_a_moment_keeps_the_precision_typed(typed: str, day: str, time: str | None) -> None:
    moment = parse_moment(typed)
    assert moment.day is not None and moment.day.to_iso() == day
    assert (moment.time.strftime("%H:%M") if moment.time else None) == time


def test_a_time_needs_a_whole_day_and_nothing_is_unknown() -> None:
    with pytest.raises(DateParseError, match="whole day"):
        parse_moment("March 2014 10:30")
    with pytest.raises(DateParseError):
        parse_moment("05.03.2024 25:99")
    assert parse_moment("  ") == Moment()
    # a stored time beside a month says nothing and is not read
    assert Moment.of("2014-03", "10:30").time is None


@pytest.mark.parametrize(("start", "end", "en"), [
    ("05.03.2024 10:30", "05.03.2024 15:00", "5 Mar 2024 10:30 – 15:00"),
    ("05.03.2024", "05.03.2024", "5 Mar 2024"),
    ("05.03.2024", "07.03.2024", "5 Mar 2024 – 7 Mar 2024"),
    ("05.03.2024 10:30", "", "5 Mar 2024 10:30"),
    ("March 2014", "", "March 2014"),
])
def test_a_span_is_written_at_its_precision(start: str, end: str, en: str) -> None:
    span = format_span(parse_moment(start), parse_moment(end), "en")
    assert span == en and "00:00" not in span


# -- the store, the lists and the order of visits --------------------------------------

@pytest.fixture
def place_visits(store: object) -> dict[str, str]:
    ids: dict[str, str] = {}
    with store.write() as w:  # type: ignore[attr-defined]
        ids["place"] = w.create("facilities", designation="AK-159/6", name="Penal colony")
        ids["victim"] = w.create("people", name="Askarov Bolat")
        ids["case"] = w.create("cases", reference="KZ-2014-00001", title="Colony",
                               primary_victim_id=ids["victim"], facility_id=ids["place"])
        ids["feb"] = w.create("visits", facility_id=ids["place"], started_on="2014-02-10",
                              started_time="10:00")
        ids["march"] = w.create("visits", facility_id=ids["place"], started_on="2014-03",
                                summary="The NPM visited in March 2014")
        ids["april"] = w.create("visits", facility_id=ids["place"], started_on="2014-04-02",
                                started_time="09:15", ended_on="2014-04-02",
                                ended_time="13:40")
        ids["undated"] = w.create("visits", facility_id=ids["place"])
        for key in ("march", "undated"):
            w.create("interviews", visit_id=ids[key], person_id=ids["victim"])
        w.create("recommendations", visit_id=ids["march"], facility_id=ids["place"],
                 text="Let a doctor in",
                 area="finding_area.health_care")
    return ids


def test_sql_and_python_order_visits_alike(store: object) -> None:
    days = [("2014", None), ("2014-03", None), ("2014-03-05", None), ("2014-03-05", "08:00"),
            ("2014-03-05", "17:30"), ("[..2014-03]", None), ("2014-03~", None),
            ("[2014-03..]", None), ("2013-12-31", "23:59")]
    with store.write() as w:  # type: ignore[attr-defined]
        place = w.create("facilities", designation="X-1", name="X")
        ids = {w.create("visits", facility_id=place, started_on=d, started_time=tm): (d, tm)
               for d, tm in days}
    with store.read() as s:  # type: ignore[attr-defined]
        by_sql = list(s.scalars(select(Visit.id).where(Visit.facility_id == place)
                                .order_by(visit_queries.start_key())))
    by_python = sorted(ids, key=lambda i: Moment.of(*ids[i]).sort_key())
    assert [ids[i] for i in by_sql] == [ids[i] for i in by_python]


def test_the_list_shows_orders_and_filters_a_month(store: object,
                                                   place_visits: dict[str, str]) -> None:
    with store.read() as s:  # type: ignore[attr-defined]
        vocab = Vocab.load(s)
        q = ListQuery(kind="visits", sort_key="date", descending=False)
        ids = listing.page_ids(s, q, 0, 10)
        dated = [i for i in ids if i != place_visits["undated"]]
        assert dated == [place_visits[k] for k in ("feb", "march", "april")]
        rows = {r.id: r for r in listing.rows(s, "visits", ids, vocab, "en")}
        assert rows[place_visits["march"]].values[0] == "March 2014"
        assert rows[place_visits["april"]].values[0] == "2 Apr 2014"
        march = ListQuery(kind="visits", date_from=dt.date(2014, 3, 1),
                          date_to=dt.date(2014, 3, 31))
        assert listing.page_ids(s, march, 0, 10) == [place_visits["march"]]


def test_the_previous_visit_is_the_one_before_at_its_precision(
        store: object, place_visits: dict[str, str]) -> None:
    with store.read() as s:  # type: ignore[attr-defined]
        april = load_visit_file(s, place_visits["april"], "en")
        march = load_visit_file(s, place_visits["march"], "en")
        prev = visit_queries.previous_visit(s, place_visits["place"], None, None)
        prev_id = prev.id if prev is not None else None
    assert april.previous_visit_date == ApproxDate(2014, 3)
    assert [r.text for r in april.follow_up] == ["Let a doctor in"]
    assert march.previous_visit_date == ApproxDate(2014, 2, 10)
    # a new visit not dated yet follows up the latest dated one, never the undated one
    assert prev_id == place_visits["april"]


# -- what is printed --------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_reports_print_a_month_as_a_month(store: object, place_visits: dict[str, str],
                                          lang: str) -> None:
    with store.read() as s:  # type: ignore[attr-defined]
        vf = load_visit_file(s, place_visits["march"], lang)
        april = load_visit_file(s, place_visits["april"], lang)
        cf = load_case_file(s, place_visits["case"], lang)
    out = io.BytesIO()
    render_visit_report(vf, "none", out)
    body = _text(out.getvalue())
    assert _bare(MONTH[lang]) in body
    assert "00:00" not in body and "01.03.2014" not in body and "1Mar2014" not in body
    out = io.BytesIO()
    render_visit_report(april, "none", out)
    assert "09:15" in _text(out.getvalue()) and "13:40" in _text(out.getvalue())
    out = io.BytesIO()
    render_dossier(cf, "none", out)
    dossier = _text(out.getvalue())
    assert _bare(MONTH[lang]) in dossier  # the visits table, at its precision
    assert _bare(t(lang, "sec_visits")) in dossier
    assert "00:00" not in dossier
    # the chronology has the month visit; the undated one is listed but never dated
    assert any(e.kind == "visit" and e.when == ApproxDate(2014, 3) for e in cf.chronology)
    assert place_visits["undated"] in {v.id for v in cf.visits}
    assert _bare(t(lang, "date_unknown")) in dossier  # and marked as such in the table


# -- exchange ---------------------------------------------------------------------------

def test_a_file_written_before_the_change_still_imports(store: object, tmp_path: Path,
                                                        place_visits: dict[str, str]) -> None:
    doc = jsonfile.export_document(store)  # type: ignore[arg-type]
    assert {"2014-03"} == {v["started_on"] for v in doc["records"]["visits"]
                           if v["id"] == place_visits["march"]}
    old = json.loads(jsonfile.dumps(doc))
    for v in old["records"]["visits"]:  # as an earlier version wrote them
        day, clock = v.pop("started_on"), v.pop("started_time")
        v.pop("ended_on"), v.pop("ended_time")
        if day is not None and len(day) != 10:
            day = None  # (the old form could hold only whole days)
        v["started_at"] = f"{day}T{clock or '00:00'}:00" if day else None
        v["started_time_known"] = clock is not None
        v["ended_at"], v["ended_time_known"] = None, True
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    read = jsonfile.read_document(path)
    feb = next(v for v in read["records"]["visits"] if v["id"] == place_visits["feb"])
    assert (feb["started_on"], feb["started_time"]) == ("2014-02-10", "10:00")
    april = next(v for v in read["records"]["visits"] if v["id"] == place_visits["april"])
    assert april["started_time"] == "09:15"
