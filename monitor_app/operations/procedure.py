"""Deadline rules: a user corrects the days or the legal source of one (``deadline_rules``)."""

from __future__ import annotations

from db.models import DeadlineRule
from monitor_app.operations.outcome import Outcome, Recording
from monitor_app.records import RecordNotFound, ValidationError, Writer

KIND = "deadline_rules"
MAX_DAYS = 3660  # ten years: beyond it a figure is a typing slip, not a term


def edit_rule(w: Writer, rule_id: str, *, days: int | None, legal_source: str,
              uses_body_term: bool = False, expected_revision: str | None = None) -> Outcome:
    """Set a rule's deadline (``days``; None: the law gives none, or the body's term when
    ``uses_body_term``) and its legal source. A built-in rule so changed is marked
    ``edited``: the rules seeded at open then leave it as the user set it."""
    rec = Recording(w)
    row = w.session.get(DeadlineRule, rule_id)
    if row is None or row.deleted:
        raise RecordNotFound(f"no {KIND} record {rule_id}")
    if days is not None and (isinstance(days, bool) or not 0 <= days <= MAX_DAYS):
        raise ValidationError({"days": f"must be a number of days from 0 to {MAX_DAYS}"})
    if uses_body_term and (days is not None or row.stage is None):
        raise ValidationError({"uses_body_term": "only a stage's rule without days of its "
                                                 "own can refer to the body's term"})
    source = legal_source.strip()
    if not source:
        raise ValidationError({"legal_source": "is required: say where the term comes from"})
    values: dict[str, object] = {"days": days, "legal_source": source,
                                 "uses_body_term": uses_body_term}
    differs = any(getattr(row, k) != v for k, v in values.items())
    if differs and row.builtin:
        values["edited"] = True
    if differs:
        rec.update(KIND, rule_id, expected_revision=expected_revision, **values)
    return rec.outcome(rule_id)
