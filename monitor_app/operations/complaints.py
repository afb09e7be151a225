"""Complaints: a new one starts its timeline with its filing (steps are saved as records)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from db.models import Complaint
from monitor_app.operations.outcome import Outcome, Recording
from monitor_app.queries.timeline import default_answer_due
from monitor_app.records import Writer
from monitor_app.vocabulary import Vocab

FILED = "complaint_stage.complaint_filed"


def new_complaint(w: Writer, values: Mapping[str, Any]) -> Outcome:
    """Create a complaint; with a filing date it starts its timeline with a "Complaint
    filed" step on that date, to the complaint's body, with the usual answer term.

    ``values`` are the complaint's fields, plus ``reference_no``: the filing's reference
    number, kept on that first step (a complaint has none of its own).
    ``outcome.record_id`` is the complaint's id.
    """
    rec = Recording(w)
    fields = dict(values)
    reference_no = fields.pop("reference_no", "") or ""
    complaint_id = rec.create("complaints", **fields)
    complaint = rec.session.get(Complaint, complaint_id)
    if complaint.filed_on is not None:
        # only the two terms the rule reads: a bulk import should not load every vocabulary
        vocab = Vocab.load(rec.session, [c for c in (FILED, complaint.body) if c])
        rec.create("complaint_steps", complaint_id=complaint_id, stage=FILED,
                 body=complaint.body, occurred_on=complaint.filed_on,
                 reference_no=reference_no,
                 answer_due=default_answer_due(vocab, FILED, complaint.body,
                                               complaint.filed_on))
    return rec.outcome(complaint_id)
