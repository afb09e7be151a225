"""monitor_app.queries.listing: paging, sorting, filters and counts in SQL, on a real store."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from monitor_app.queries import listing
from monitor_app.queries.listing import ListQuery
from monitor_app.vocabulary import Vocab

TODAY = date(2024, 6, 1)


def fill(store: object, extra_cases: int = 0) -> dict[str, str]:
    """A small, known store: 3 places, 5 people, 4 cases (+ extras), 3 visits, 2 reprisals."""
    ids: dict[str, str] = {}
    with store.write() as w:  # type: ignore[attr-defined]
        ids["ak"] = w.create("facilities", designation="AK-159/6", name="Penal colony Aktobe",
                             kind="place_kind.penal_colony", region="region.aktobe",
                             authority="authority.penal_system", capacity=900)
        ids["sizo"] = w.create("facilities", designation="ЕЦ-166/4", name="СИЗО Алматы",
                               kind="place_kind.sizo", region="region.almaty_city")
        ids["ivs"] = w.create("facilities", designation="IVS-3", name="Police cells Karaganda",
                              kind="place_kind.ivs", region="region.karaganda")
        ids["erzhan"] = w.create("people", name="Ержан Сәрсенбаев", code="P-1",
                                 category="person_category.detainee", risk_level="risk_level.high")
        ids["aigul"] = w.create("people", name="Айгүл Нұрланқызы", code="P-2",
                                category="person_category.relative")
        ids["ivan"] = w.create("people", name="Иван Петров", code="P-3",
                               category="person_category.detainee")
        ids["lawyer"] = w.create("people", name="Dana Lawyer", code="P-4",
                                 category="person_category.lawyer")
        ids["masked"] = w.create("people", pseudonym="Masked officer", code="P-5",
                                 category="person_category.official", identified=False)
        ids["c1"] = w.create("cases", reference="KZ-001", title="Beating in AK-159/6",
                             status="case_status.open", primary_victim_id=ids["erzhan"],
                             facility_id=ids["ak"], region="region.aktobe",
                             opened_on=date(2023, 1, 10), risk_level="risk_level.high")
        ids["c2"] = w.create("cases", reference="KZ-002", title="Death in SIZO",
                             status="case_status.in_court", primary_victim_id=ids["ivan"],
                             facility_id=ids["sizo"], region="region.almaty_city",
                             opened_on=date(2022, 5, 3))
        ids["c3"] = w.create("cases", reference="KZ-003", title="Threats against a relative",
                             status="case_status.closed", primary_victim_id=ids["aigul"],
                             facility_id=ids["ivs"], region="region.karaganda",
                             opened_on=date(2021, 2, 1), closed_on=date(2022, 2, 1))
        ids["c4"] = w.create("cases", reference="KZ-004", title="Electric shock at IVS",
                             status="case_status.intake", facility_id=ids["ivs"],
                             region="region.karaganda", opened_on=date(2024, 3, 15))
        for n in range(extra_cases):
            w.create("cases", reference=f"X-{n:04d}", title=f"Extra case {n}",
                     status="case_status.open", region="region.aktobe",
                     opened_on=date(2020, 1, 1) + timedelta(days=n))
        w.create("allegations", case_id=ids["c4"], kind="allegation_kind.torture",
                 summary="Electric shock during questioning")
        comp = w.create("complaints", case_id=ids["c1"], body="complaint_body.prosecutor",
                        filed_on=date(2024, 1, 5))
        ids["late"] = w.create("complaint_steps", complaint_id=comp,
                               stage="complaint_stage.complaint_filed",
                               body="complaint_body.prosecutor", occurred_on=date(2024, 1, 5),
                               answer_due=TODAY - timedelta(days=30))
        comp2 = w.create("complaints", case_id=ids["c2"], body="complaint_body.court",
                         filed_on=date(2024, 5, 1))
        ids["late2"] = w.create("complaint_steps", complaint_id=comp2,
                                stage="complaint_stage.appeal", body="complaint_body.court",
                                occurred_on=date(2024, 5, 1), answer_due=TODAY - timedelta(days=3))
        comp3 = w.create("complaints", case_id=ids["c4"], body="complaint_body.court",
                         filed_on=date(2024, 5, 20))
        ids["soon"] = w.create("complaint_steps", complaint_id=comp3,
                               stage="complaint_stage.hearing", body="complaint_body.court",
                               occurred_on=date(2024, 5, 20), answer_due=TODAY + timedelta(days=4))
        w.create("complaint_steps", complaint_id=comp2, stage="complaint_stage.complaint_filed",
                 occurred_on=date(2024, 4, 1), answer_due=TODAY - timedelta(days=50),
                 answered_on=TODAY - timedelta(days=60))
        ids["v1"] = w.create("visits", facility_id=ids["ak"], body="monitoring_body.npm",
                             visit_type="visit_type.regular",
                             started_on="2023-04-02", started_time="10:00", interviews_private=5,
                             access_outcome="access_outcome.full", summary="Overcrowding")
        ids["v2"] = w.create("visits", facility_id=ids["sizo"], body="monitoring_body.pmc",
                             visit_type="visit_type.special",
                             started_on="2024-02-11", started_time="09:00",
                             access_outcome="access_outcome.denied")
        ids["v3"] = w.create("visits", facility_id=ids["ivs"], body="monitoring_body.pmc",
                             visit_type="visit_type.regular", started_on="2022-08-01",
                             started_time="09:00")
        ids["r1"] = w.create("reprisals", target_id=ids["erzhan"], kind="reprisal_kind.threats",
                             occurred_on="2023-02", case_id=ids["c1"],
                             risk_level="risk_level.critical")
        ids["r2"] = w.create("reprisals", target_id=ids["aigul"], kind="reprisal_kind.search",
                             occurred_on="2021-03-04", case_id=ids["c3"])
    return ids


@pytest.fixture
def data(store: object) -> dict[str, str]:
    return fill(store)


@pytest.fixture
def vocab(store: object) -> Vocab:
    with store.read() as s:  # type: ignore[attr-defined]
        return Vocab.load(s)


def refs(store: object, q: ListQuery, vocab: Vocab) -> list[str]:
    with store.read() as s:  # type: ignore[attr-defined]
        return [r.values[0] for r in listing.fetch_page(s, q, vocab, today=TODAY)]


def test_default_order_and_count(store: object, data: dict[str, str], vocab: Vocab) -> None:
    q = listing.default_query("cases")
    assert refs(store, q, vocab) == ["KZ-004", "KZ-001", "KZ-002", "KZ-003"]
    with store.read() as s:  # type: ignore[attr-defined]
        assert listing.count(s, q) == 4
        assert listing.counts(s) == {"cases": 4, "visits": 3, "facilities": 3, "people": 5,
                                     "reprisals": 2}


def test_sort_by_any_column(store: object, data: dict[str, str], vocab: Vocab) -> None:
    q = listing.default_query("cases").with_(sort_key="reference", descending=False)
    assert refs(store, q, vocab) == ["KZ-001", "KZ-002", "KZ-003", "KZ-004"]
    assert refs(store, q.with_(descending=True), vocab)[0] == "KZ-004"
    by_victim = q.with_(sort_key="victim")  # no victim sorts last
    assert refs(store, by_victim, vocab) == ["KZ-003", "KZ-001", "KZ-002", "KZ-004"]
    # region labels sort in the interface language
    en = refs(store, q.with_(sort_key="region"), vocab)
    assert en[:2] == ["KZ-001", "KZ-002"]  # Aktobe Region, Almaty, Karaganda Region x2
    ru = refs(store, q.with_(sort_key="region", lang="ru"), vocab)
    # in the Russian alphabet, case aside (db.collation): Актюбинская, город, Карагандинская x2
    assert ru == ["KZ-001", "KZ-002", "KZ-003", "KZ-004"]


def test_filters(store: object, data: dict[str, str], vocab: Vocab) -> None:
    q = listing.default_query("cases")
    assert refs(store, q.with_(region="region.karaganda"), vocab) == ["KZ-004", "KZ-003"]
    assert refs(store, q.with_(facility_id=data["ak"]), vocab) == ["KZ-001"]
    assert refs(store, q.with_(status="case_status.closed"), vocab) == ["KZ-003"]
    assert refs(store, q.with_(type="allegation_kind.torture"), vocab) == ["KZ-004"]
    period = q.with_(date_from=date(2022, 1, 1), date_to=date(2023, 12, 31))
    assert refs(store, period, vocab) == ["KZ-001", "KZ-002"]
    v = listing.default_query("visits")
    with store.read() as s:  # type: ignore[attr-defined]
        assert listing.count(s, v.with_(region="region.almaty_city")) == 1
        assert listing.count(s, v.with_(date_from=date(2024, 2, 11),
                                        date_to=date(2024, 2, 11))) == 1
        assert listing.count(s, v.with_(type="visit_type.regular")) == 2
        r = listing.default_query("reprisals")
        assert listing.count(s, r.with_(date_from=date(2023, 1, 1))) == 1
        assert listing.count(s, r.with_(region="region.aktobe")) == 1
        p = listing.default_query("people")
        assert listing.count(s, p.with_(type="person_category.detainee")) == 2


def test_search_text_uses_the_index(store: object, data: dict[str, str], vocab: Vocab) -> None:
    q = listing.default_query("people")
    with store.read() as s:  # type: ignore[attr-defined]
        found = listing.fetch_page(s, q.with_(text="сәрсен"), vocab)
        assert [r.id for r in found] == [data["erzhan"]]
        # a case is found by its victim's name, combined with filters
        cq = listing.default_query("cases").with_(text="ержан")
        assert listing.count(s, cq) == 1
        assert listing.count(s, cq.with_(status="case_status.closed")) == 0
        assert listing.count(s, q.with_(text="   ")) == 5


def test_paging_never_repeats(store: object, vocab: Vocab) -> None:
    fill(store, extra_cases=45)
    q = listing.default_query("cases").with_(sort_key="status")  # many equal keys
    seen: list[str] = []
    with store.read() as s:  # type: ignore[attr-defined]
        total = listing.count(s, q)
        for offset in range(0, total, 10):
            seen += listing.page_ids(s, q, offset, 10)
    assert total == 49
    assert len(seen) == len(set(seen)) == 49


def test_rows_values_and_tones(store: object, data: dict[str, str], vocab: Vocab) -> None:
    with store.read() as s:  # type: ignore[attr-defined]
        rows = {r.id: r for r in listing.rows(s, "cases", [data["c1"], data["c3"], data["c4"]],
                                              vocab, "ru", today=TODAY)}
        assert rows[data["c1"]].tone == "overdue"
        assert rows[data["c1"]].values[8] == "Актюбинская область"
        assert rows[data["c1"]].values[5] == 1
        assert dict(rows[data["c1"]].marks) == {"risk": "high", "late": "overdue"}
        assert rows[data["c3"]].tone == "closed"
        assert rows[data["c4"]].tone is None
        people = listing.rows(s, "people", [data["erzhan"], data["masked"]], vocab)
        assert people[0].tone == "high" and people[1].values[1] == "Masked officer"
        places = listing.fetch_page(s, listing.default_query("facilities"), vocab)
        assert [p.values[0] for p in places] == ["AK-159/6", "IVS-3", "ЕЦ-166/4"]
        assert places[0].values[6:] == (1, 1)
        assert listing.places(s)[0][1] == "AK-159/6 Penal colony Aktobe"


def test_every_column_sorts(store: object, data: dict[str, str], vocab: Vocab) -> None:
    with store.read() as s:  # type: ignore[attr-defined]
        for kind in listing.KINDS:
            total = listing.count(s, listing.default_query(kind))
            for col in listing.columns(kind):
                for lang in ("en", "ru", "kk"):
                    q = listing.default_query(kind, lang).with_(sort_key=col.key)
                    rows = listing.fetch_page(s, q, vocab)
                    assert len(rows) == total, (kind, col.key)
                    assert all(len(r.values) == len(listing.columns(kind)) for r in rows)


def test_deadlines_overdue_first(store: object, data: dict[str, str]) -> None:
    with store.read() as s:  # type: ignore[attr-defined]
        rows = listing.deadlines(s, today=TODAY)
    assert [r.step_id for r in rows] == [data["late"], data["late2"], data["soon"]]
    assert [r.status for r in rows] == ["overdue", "overdue", "due_soon"]
    assert rows[0].case_reference == "KZ-001" and rows[0].days_late == 30
    with store.read() as s:  # type: ignore[attr-defined]
        assert listing.overdue_count(s, today=TODAY) == 2
