"""Builders of small, fully linked synthetic data sets for tests."""

from __future__ import annotations

from typing import Any

from monitor_app.store import Store


def build_everything(store: Store) -> dict[str, str]:
    """One record of every kind, linked the way a real case file is."""
    ids: dict[str, str] = {}
    with store.write() as w:
        ids["facilities"] = w.create(
            "facilities", designation="ЛА-155/14", name="Penal colony (fictional)",
            kind="place_kind.penal_colony", regime="regime.maximum",
            authority="authority.penal_system", region="region.pavlodar", capacity=900,
            npm_mandate=True, pmc_mandate=True)
        ids["people"] = w.create(
            "people", name="Нұрлан Әбілқасымов", pseudonym="Complainant A-014", code="A-014",
            category="person_category.detainee", birth_date="1988", risk_level="risk_level.high",
            consent_record=True, consent_share_lawyer=True)
        ids["official"] = w.create(
            "people", name="", pseudonym="Officer 1", category="person_category.official",
            agency="perpetrator_kind.special_forces", unit="special purpose unit",
            position="officer", rank="unknown", identified=False)
        ids["monitor"] = w.create("people", name="Monitor M", pseudonym="M-1",
                                  category="person_category.monitor")
        ids["cases"] = w.create(
            "cases", reference="KZ-2025-0001", title="Beating after transfer",
            status="case_status.open", primary_victim_id=ids["people"],
            facility_id=ids["facilities"], region="region.pavlodar", opened_on="2025-01-10")
        ids["case_status_changes"] = w.create(  # what operations.cases.save_case records
            "case_status_changes", case_id=ids["cases"], status="case_status.open",
            changed_on="2025-01-10")
        ids["case_people"] = w.create("case_people", case_id=ids["cases"],
                                      person_id=ids["people"], role="person_role.victim")
        w.create("case_people", case_id=ids["cases"], person_id=ids["official"],
                 role="person_role.alleged_perpetrator")
        ids["visits"] = w.create(
            "visits", facility_id=ids["facilities"], body="monitoring_body.pmc",
            visit_type="visit_type.special", announced=False,
            started_on="2025-01-05", started_time="10:00", ended_on="2025-01-05",
            ended_time="15:30",
            access_outcome="access_outcome.restricted", population=812, interviews_private=6)
        ids["visit_team"] = w.create("visit_team", visit_id=ids["visits"],
                                     person_id=ids["monitor"], is_lead=True)
        ids["interviews"] = w.create("interviews", visit_id=ids["visits"],
                                     person_id=ids["people"], private=True)
        ids["obstructions"] = w.create("obstructions", visit_id=ids["visits"],
                                       kind="obstruction.staff_present", details="deputy head")
        ids["findings"] = w.create("findings", visit_id=ids["visits"],
                                   area="finding_area.treatment", text="bruises seen")
        ids["recommendations"] = w.create(
            "recommendations", visit_id=ids["visits"], facility_id=ids["facilities"],
            area="finding_area.health_care", text="Record injuries on admission",
            status="recommendation_status.open")
        ids["allegations"] = w.create(
            "allegations", case_id=ids["cases"], visit_id=ids["visits"],
            facility_id=ids["facilities"], kind="allegation_kind.torture",
            summary="Beaten on arrival", date_from="December 2024",
            methods=["method.beating", "method.stripping"], purposes=["purpose.punishment"])
        ids["allegation_people"] = w.create(
            "allegation_people", allegation_id=ids["allegations"], person_id=ids["official"],
            role="perpetrator", involvement="involvement.direct")
        ids["medical_exams"] = w.create(
            "medical_exams", allegation_id=ids["allegations"],
            kind="medical_exam_kind.official_forensic", exam_date="2025-01-20",
            istanbul_protocol="istanbul_protocol.no")
        ids["custody_records"] = w.create(
            "custody_records", case_id=ids["cases"], person_id=ids["people"],
            facility_id=ids["facilities"], arrested_on="2024-12-03", arrested_time="22:30",
            registered_on="2024-12-04", registered_time="03:10", lawyer_access=True,
            lawyer_on="2024-12", lawyer_of_choice=False, family_informed=False,
            register_number="241234567890123", charges="Art. 272 (mass riots)",
            legal_qualification="legal_qualification.not_qualified")
        ids["complaints"] = w.create(
            "complaints", case_id=ids["cases"], allegation_id=ids["allegations"],
            complainant_id=ids["people"], body="complaint_body.prosecutor",
            subject="Complaint of torture", filed_on="2025-01-12")
        ids["complaint_steps"] = w.create(
            "complaint_steps", complaint_id=ids["complaints"],
            stage="complaint_stage.complaint_filed", body="complaint_body.prosecutor",
            occurred_on="2025-01-12", reference_no="ЖТ-12/55", answer_due="2025-01-27")
        ids["deadline_rules"] = w.create(  # a user's own rule (built-in ones are seeded)
            "deadline_rules", stage="complaint_stage.hearing", body="complaint_body.court",
            days=10, legal_source="The court's order setting the hearing (a user's rule)")
        ids["reprisals"] = w.create(
            "reprisals", target_id=ids["people"], target_role="person_role.victim",
            kind="reprisal_kind.solitary_confinement", occurred_on="2025-01",
            case_id=ids["cases"], visit_id=ids["visits"], description="punishment cell")
        ids["reprisal_responses"] = w.create(
            "reprisal_responses", reprisal_id=ids["reprisals"],
            kind="reprisal_response.urgent_appeal", taken_on="2025-01-16")
        ids["evidence"] = w.add_evidence(b"%PDF-1.4 scan", file_name="answer.pdf",
                                         case_id=ids["cases"], kind="evidence_kind.answer_scan")
    with store.write() as w:
        ids["recommendation_followups"] = w.create(
            "recommendation_followups", recommendation_id=ids["recommendations"],
            visit_id=ids["visits"], status="recommendation_status.in_progress")
    with store.write() as w:
        ids["proceedings"] = w.create(
            "proceedings", case_id=ids["cases"], kind="proceeding_kind.criminal_trial",
            court="Specialised inter-district criminal court (fictional)",
            reference_no="1-77/2025", started_on="2025-03", ended_on="2025-06-04",
            outcome="Convicted", notes="Hearings in Kazakh")
        ids["proceeding_defendants"] = w.create(
            "proceeding_defendants", proceeding_id=ids["proceedings"], person_id=ids["people"],
            charges="Mass riots", legal_qualification="legal_qualification.other",
            verdict="defendant_verdict.convicted", sentence="5 years",
            torture_complaint="torture_complaint.written",
            complaint_when="torture_complaint_when.during_trial", in_court_record=False,
            court_finding="court_finding.rejected", finding_notes="attempt to avoid liability")
    return ids


# Surnames and given names for a national-scale people table (Russian, Kazakh, Latin).
_SURNAMES = ("Иванов", "Петрова", "Жаксыбеков", "Әбілқасымов", "Нұрланова", "Сериков",
             "Қайратов", "Ömirzaqov", "Abenov", "Smith", "Ким", "Ахметова", "Үсенов",
             "Бекова", "Ғалымов", "Temirbekova")
_GIVEN = ("Асхат", "Айгүл", "Нурлан", "Мария", "Ерлан", "Әлия", "Ivan", "Dana", "Қуаныш",
          "Салтанат")


def fill_people(store: Store, n: int) -> None:
    """``n`` people written by one SQL statement (seconds, not the Writer's hours): names
    such as "Иванов Асхат 17", every seventh with a pseudonym, every fifth a code. They have
    no history or search entries; for tests and benchmarks of scale only."""
    from sqlalchemy import text

    def pick(words: tuple[str, ...], index: str) -> str:
        return "CASE " + " ".join(f"WHEN {index} = {k} THEN '{w}'" for k, w in
                                  enumerate(words)) + " END"

    surname = pick(_SURNAMES, f"i % {len(_SURNAMES)}")
    given = pick(_GIVEN, f"(i / 7) % {len(_GIVEN)}")
    with store.engine.begin() as conn:
        conn.execute(text(
            "WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i + 1 < :n)"
            " INSERT INTO people (id, name, aliases, pseudonym, code, contact, address, unit,"
            " position, rank, identified, is_group, consent_record, consent_share_lawyer,"
            " consent_publish, consent_un, notes, created_at, updated_at, created_by, origin,"
            " revision, version, deleted)"
            " SELECT printf('00000000-0000-4000-8000-%012d', i),"
            f" {surname} || ' ' || {given} || ' ' || i, '',"
            " CASE WHEN i % 7 = 0 THEN 'P-' || i ELSE '' END,"
            " CASE WHEN i % 5 = 0 THEN 'C' || i ELSE '' END, '', '', '', '', '', 1, 0,"
            " 0, 0, 0, 0, '', '2024-01-01 00:00:00', '2024-01-01 00:00:00', '', '', 1,"
            " printf('00000000-0000-4000-8000-%012d', i), 0 FROM seq"), {"n": n})


def index_names(conn: Any, table: str) -> set[str]:
    """The indexes of a table, expression indexes included (the ICU sort keys, the pickers'):
    SQLAlchemy's inspector cannot reflect those and warns, which fails a test."""
    rows = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", (table,))
    return {name for (name,) in rows}
