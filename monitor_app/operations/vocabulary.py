"""A user's own vocabulary terms."""

from __future__ import annotations

from monitor_app import vocabulary
from monitor_app.operations.outcome import Outcome, Recording
from monitor_app.records import Writer


def add_term(w: Writer, vocab_name: str, *, en: str, ru: str = "", kk: str = "",
             huridocs_code: str | None = None) -> Outcome:
    """Add a term to a vocabulary (labels missing in a language fall back to English);
    ``outcome.record_id`` is the new term's *code*, which records store."""
    rec = Recording(w)
    code = vocabulary.add_term(rec, vocab_name, en=en, ru=ru, kk=kk, huridocs_code=huridocs_code)
    return rec.outcome(code)
