"""The procedure's deadline rules: one lookup (most specific wins), no clock where the law
gives no deadline, in-force periods, seeded into the store with a user's edits kept."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from db.models import DeadlineRule, HistoryEntry
from monitor_app import operations
from monitor_app.procedure import rules as procedure_rules
from monitor_app.procedure.data import RULES
from monitor_app.procedure.rules import DeadlineRules, Rule, answer_days, rule_for
from monitor_app.queries import timeline
from monitor_app.records import ValidationError
from monitor_app.store import Store, open_store
from monitor_app.vocabulary import Vocab
from tests.conftest import PASSPHRASE

S, B = "complaint_stage.", "complaint_body."
DAY = date(2019, 3, 1)


@pytest.fixture
def vocab(store: Store) -> Vocab:
    with store.read() as s:
        return Vocab.load(s)


def test_every_stage_and_body_has_a_rule_with_a_source(vocab: Vocab) -> None:
    stages = {r.stage for r in RULES if r.stage}
    bodies = {r.body for r in RULES if r.stage is None}
    assert {t.code for t in vocab.terms("complaint_stage")} <= stages
    assert {t.code for t in vocab.terms("complaint_body")} <= bodies
    assert all(r.source.strip() for r in RULES)
    assert len({r.rule_id for r in RULES}) == len(RULES)  # one id per rule


def test_steps_the_law_gives_no_deadline_run_no_clock(vocab: Vocab) -> None:
    # the defect: these fell back to the body's 21 days
    for stage in ("counter_charge", "verdict", "acquittal", "hearing", "suspended",
                  "answer_received", "refusal_to_open", "terminated_no_corpus_delicti",
                  "reopened", "un_views"):
        for body in ("prosecutor", "court", "special_prosecutor", "un_wgad"):
            assert timeline.default_answer_due(vocab, S + stage, B + body, DAY) is None, \
                (stage, body)
            assert answer_days(vocab.deadline_rules, S + stage, B + body, DAY) is None


def test_most_specific_rule_wins(vocab: Vocab) -> None:
    due = timeline.default_answer_due
    # stage and body
    assert due(vocab, S + "un_views", B + "un_cat", DAY) == DAY + timedelta(days=90)
    assert due(vocab, S + "un_views", B + "un_hrc", DAY) == DAY + timedelta(days=180)
    # stage and any body: a working group's opinion has no follow-up term
    assert due(vocab, S + "un_views", B + "un_wgad", DAY) is None
    # the stage's own term whatever the body
    assert due(vocab, S + "erdr_registration", B + "police", DAY) == DAY + timedelta(days=62)
    # the body's term, because the filing's rule says so
    assert due(vocab, S + "complaint_filed", B + "prosecutor", DAY) == DAY + timedelta(days=21)
    assert due(vocab, S + "appeal", B + "appeal_court", DAY) == DAY + timedelta(days=60)
    assert due(vocab, S + "complaint_filed", B + "un_cat", DAY) is None
    assert due(vocab, S + "complaint_filed", None, DAY) is None  # no body: no term
    # a stage with no rule at all (a user's own) gets none, never the body's
    rules = DeadlineRules(tuple(r for r in vocab.deadline_rules.rules
                                if r.stage != S + "counter_charge"))
    assert answer_days(rules, S + "counter_charge", B + "prosecutor", DAY) is None
    # a user's rule for stage and body beats the stage's rule for any body
    mine = Rule("x", S + "hearing", B + "court", 5, False, "the judge's order")
    with_mine = DeadlineRules((mine, *vocab.deadline_rules.rules))
    assert answer_days(with_mine, S + "hearing", B + "court", DAY) == 5
    assert answer_days(with_mine, S + "hearing", B + "appeal_court", DAY) is None


def test_the_rule_in_force_at_the_step_date_applies(vocab: Vocab) -> None:
    rules = vocab.deadline_rules
    old = rule_for(rules, S + "complaint_filed", B + "prosecutor", date(2019, 5, 1))
    new = rule_for(rules, S + "complaint_filed", B + "prosecutor", date(2022, 5, 1))
    assert old is not None and new is not None and old.id != new.id
    assert "2007" in old.legal_source and old.in_force_until == "2021-06-30"
    assert "Administrative Procedural Code" in new.legal_source
    assert new.in_force_from == "2021-07-01"
    # a rule limited to a period does not apply outside it
    only_old = DeadlineRules(tuple(r for r in rules.rules if r.id != new.id))
    assert answer_days(only_old, S + "complaint_filed", B + "prosecutor",
                       date(2022, 5, 1)) is None
    assert answer_days(only_old, S + "complaint_filed", B + "prosecutor",
                       date(2021, 6, 30)) == 21


def test_a_counter_charge_step_gets_no_deadline_and_is_never_late(store: Store) -> None:
    with store.write() as w:
        case_id = w.create("cases", reference="KZ-CC", title="Counter-charge")
        out = operations.complaints.new_complaint(w, {
            "case_id": case_id, "body": B + "prosecutor", "filed_on": "2019-01-10"})
    with store.read() as s:
        vocab = Vocab.load(s)
    due = timeline.default_answer_due(vocab, S + "counter_charge", B + "prosecutor",
                                      "2019-01-25")
    assert due is None
    with store.write() as w:
        w.create("complaint_steps", complaint_id=out.record_id, stage=S + "counter_charge",
                 body=B + "prosecutor", occurred_on="2019-01-25", answer_due=due)
    with store.read() as s:
        (t,) = timeline.complaint_timelines(s, case_id, today=date(2024, 1, 1))
        assert timeline.overdue_count(s, today=date(2024, 1, 1)) == 0
    filed, charge = t.steps
    assert filed.answer_due == date(2019, 1, 31)  # the filing keeps the body's term
    assert charge.answer_due is None and charge.lateness is None and charge.days_late == 0
    assert not charge.overdue and t.late_answers == 0 and t.possibly_late_answers == 0


def test_a_reopened_complaint_counts_again_after_its_closing_step(store: Store) -> None:
    today = date(2020, 1, 1)
    with store.write() as w:
        case_id = w.create("cases", reference="KZ-RE", title="Reopened")
        out = operations.complaints.new_complaint(w, {
            "case_id": case_id, "body": B + "special_prosecutor", "filed_on": "2019-01-10"})
        w.create("complaint_steps", complaint_id=out.record_id,
                 stage=S + "terminated_no_evidence", occurred_on="2019-03-01")
    with store.read() as s:
        (closed,) = timeline.complaint_timelines(s, case_id, today=today)
    assert closed.closed and closed.reopenings == 0
    assert closed.days_in_current_stage == 0  # the clock stopped at the termination
    with store.write() as w:
        w.create("complaint_steps", complaint_id=out.record_id, stage=S + "reopened",
                 occurred_on="2019-06-01")
        w.create("complaint_steps", complaint_id=out.record_id, stage=S + "case_opened",
                 occurred_on="2019-06-10", answer_due=date(2019, 8, 11))
    with store.read() as s:
        (t,) = timeline.complaint_timelines(s, case_id, today=today)
    filed, terminated, reopened, opened = t.steps
    assert not t.closed and t.reopenings == 1
    assert terminated.days_in_stage == (date(2019, 6, 1) - date(2019, 3, 1)).days
    assert reopened.answer_due is None and reopened.lateness is None
    # the step after the reopening is measured as usual: running, and overdue
    assert opened.is_current and opened.days_in_stage == (today - date(2019, 6, 10)).days
    assert opened.lateness == "late" and opened.overdue
    assert t.total_days == (today - date(2019, 1, 10)).days


def test_seeded_rules_have_history_and_survive_reopening_with_edits_kept(
        store: Store, store_path: Path) -> None:
    filed_any = next(r for r in RULES if r.stage == S + "counter_charge").rule_id
    prosecutor = next(r for r in RULES if r.stage is None and r.body == B + "prosecutor"
                      and r.in_force_until).rule_id
    with store.read() as s:
        count = len(s.scalars(select(DeadlineRule)).all())
        assert count == len(RULES)
        assert s.scalar(select(HistoryEntry.action).where(
            HistoryEntry.record_id == filed_any)) == "create"
    with store.write() as w:
        operations.procedure.edit_rule(w, prosecutor, days=15,
                                       legal_source="Art. 8: 15 calendar days (checked)")
        with pytest.raises(ValidationError):
            operations.procedure.edit_rule(w, prosecutor, days=15, legal_source="  ")
    # an older release's figure for a rule nobody edited is brought up to date at open
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE deadline_rules SET days = 99 WHERE id = :i"),
                     {"i": filed_any})
    store.close()
    with open_store(store_path, PASSPHRASE) as again:
        with again.read() as s:
            assert len(s.scalars(select(DeadlineRule)).all()) == count
            edited = s.get(DeadlineRule, prosecutor)
            assert (edited.days, edited.edited) == (15, True)
            assert edited.legal_source == "Art. 8: 15 calendar days (checked)"
            assert s.get(DeadlineRule, filed_any).days is None
            vocab = Vocab.load(s)
        assert timeline.default_answer_due(vocab, S + "complaint_filed", B + "prosecutor",
                                           DAY) == DAY + timedelta(days=15)


def test_built_in_rules_are_the_same_record_in_every_store_and_do_not_travel(
        store: Store, tmp_path: Path) -> None:
    from monitor_app.interchange import jsonfile
    from monitor_app.store import create_store
    from tests.conftest import CHEAP_KDF

    with (create_store(tmp_path / "other.db", PASSPHRASE, kdf=CHEAP_KDF) as other,
          store.read() as a, other.read() as b):
        ids_a = set(a.scalars(select(DeadlineRule.id)))
        assert ids_a == set(b.scalars(select(DeadlineRule.id)))
    doc = jsonfile.export_document(store)
    assert doc["records"]["deadline_rules"] == []
    assert procedure_rules.builtin_rules().rules[0].id in ids_a
