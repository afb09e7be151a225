"""One case read model: the case view (``readmodels.load_case_view``) is a projection of the
dossier's gather (``casefile.load_case_file``), so the screen and the paper list the same
evidence, reprisals, visits and history, and name the victim the same way."""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor_app.queries import readmodels
from monitor_app.queries.casefile import CaseFile, load_case_file
from monitor_app.queries.readmodels import CaseViewData, load_case_view
from monitor_app.vocabulary import Vocab
from tests.monitor_app.documents import test_pdf_support as F  # noqa: E402


@pytest.fixture
def built(store: object) -> F.Built:
    return F.build(store)


def _both(store: object, case_id: str) -> tuple[CaseViewData, CaseFile]:
    with store.read() as s:  # type: ignore[attr-defined]
        vocab = Vocab.load(s)
        return (load_case_view(s, vocab, case_id, "en", F.TODAY),
                load_case_file(s, case_id, "en", today=F.TODAY))


def _panel_ids(store: object, case_id: str) -> set[str]:
    """What the case's evidence panel lists."""
    with store.read() as s:  # type: ignore[attr-defined]
        return {r.id for r in readmodels.evidence_rows(s, Vocab.load(s), "en", case_id=case_id)}


def _allegation_id(store: object, case_id: str) -> str:
    with store.read() as s:  # type: ignore[attr-defined]
        (a,) = load_case_file(s, case_id, "en", today=F.TODAY).allegations
    return a.id


def _reprisal_id(store: object, case_id: str) -> str:
    with store.read() as s:  # type: ignore[attr-defined]
        (r,) = load_case_file(s, case_id, "en", today=F.TODAY).reprisals
    return r.id


def test_evidence_of_the_case_allegation_is_on_screen(store: object, built: F.Built) -> None:
    allegation = _allegation_id(store, built.case_id)
    with store.write() as w:  # type: ignore[attr-defined]
        ev = w.add_evidence(b"%PDF-1.4 forensic report", file_name="forensic.pdf",
                            allegation_id=allegation, kind="evidence_kind.medical_report")
    view, cf = _both(store, built.case_id)
    assert ev in {e.id for e in cf.evidence}
    assert ev in {r.id for r in view.evidence}
    assert ev in _panel_ids(store, built.case_id)
    assert [r.id for r in view.evidence] == [e.id for e in cf.evidence]


def test_evidence_of_the_case_reprisal_is_on_screen(store: object, built: F.Built) -> None:
    reprisal = _reprisal_id(store, built.case_id)
    with store.write() as w:  # type: ignore[attr-defined]
        ev = w.add_evidence(b"%PDF-1.4 order", file_name="punishment_order.pdf",
                            reprisal_id=reprisal, kind="evidence_kind.document")
    view, cf = _both(store, built.case_id)
    assert ev in {e.id for e in cf.evidence}
    assert ev in {r.id for r in view.evidence}
    assert ev in _panel_ids(store, built.case_id)


def test_reprisal_linked_only_to_the_case_allegation_is_on_screen(store: object,
                                                                 built: F.Built) -> None:
    allegation = _allegation_id(store, built.case_id)
    with store.write() as w:  # type: ignore[attr-defined]
        rep = w.create("reprisals", target_id=built.people["mother"],
                       kind="reprisal_kind.threats", occurred_on="2023-03",
                       allegation_id=allegation)
    view, cf = _both(store, built.case_id)
    assert rep in {r.id for r in cf.reprisals}
    assert [r.id for r in view.reprisals] == [r.id for r in cf.reprisals]


def test_visit_reached_through_a_deleted_reprisal_is_not_listed(store: object,
                                                               built: F.Built) -> None:
    with store.write() as w:  # type: ignore[attr-defined]
        fac = w.create("facilities", designation="ИВС-2", name="Изолятор")
        visit = w.create("visits", facility_id=fac, body="monitoring_body.npm",
                         started_on="2023-03-03", started_time="10:00")
        rep = w.create("reprisals", target_id=built.people["victim"],
                       kind="reprisal_kind.threats", occurred_on="2023-03-04",
                       case_id=built.case_id, visit_id=visit)
    with store.write() as w:  # type: ignore[attr-defined]
        w.delete("reprisals", rep)
    view, cf = _both(store, built.case_id)
    assert [r.id for r in view.visits] == [v.id for v in cf.visits] == [built.visit_id]
    # a live reprisal provoked by a visit brings the visit into the case, on both
    with store.write() as w:  # type: ignore[attr-defined]
        w.create("reprisals", target_id=built.people["victim"], kind="reprisal_kind.threats",
                 occurred_on="2023-03-05", case_id=built.case_id, visit_id=visit)
    view, cf = _both(store, built.case_id)
    assert [r.id for r in view.visits] == [v.id for v in cf.visits] == [built.visit_id, visit]


def test_victim_is_named_the_same_on_screen_and_on_paper(store: object,
                                                        built: F.Built) -> None:
    from monitor_app.documents.dossier import DossierBuilder

    view, cf = _both(store, built.case_id)
    paper = DossierBuilder(cf, "none", generated=datetime(2024, 3, 1)).name(
        built.people["victim"])
    assert paper == F.VICTIM
    assert view.victim == paper
    # and wherever the screen names people of the case
    names = {r.extra["person_id"]: r.cells[0] for r in view.people}
    assert names[built.people["lawyer"]] == cf.persons[built.people["lawyer"]].display_name
    (reprisal,) = view.reprisals
    assert reprisal.cells[2] == paper


def test_history_comes_from_the_same_gather(store: object, built: F.Built) -> None:
    with store.write() as w:  # type: ignore[attr-defined]
        extra = w.create("allegations", case_id=built.case_id, kind="allegation_kind.ill_treatment",
                         summary="Threatened after the visit")
    with store.write() as w:  # type: ignore[attr-defined]
        w.delete("allegations", extra)
    with store.read() as s:  # type: ignore[attr-defined]
        view = load_case_view(s, Vocab.load(s), built.case_id, "en", F.TODAY)
        cf = load_case_file(s, built.case_id, "en", today=F.TODAY, history_limit=10_000)
    # who deleted what and when: on the screen and on paper
    assert any(h.action == "delete" and h.what == "Threatened after the visit"
               for h in view.history)
    assert any(h.action == "delete" and h.record_id == extra for h in cf.history)
    assert len(view.history) == len(cf.history) == cf.history_total
    assert [h.at for h in view.history] == sorted((h.at for h in cf.history), reverse=True)
