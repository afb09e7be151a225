"""A user's own vocabulary terms."""

from __future__ import annotations

from monitor_app import vocabulary
from monitor_app.operations.outcome import Outcome, Recorder
from monitor_app.records import Writer


def add_term(w: Writer, vocab_name: str, *, en: str, ru: str = "", kk: str = "",
             huridocs_code: str | None = None) -> Outcome:
    """Add a term to a vocabulary (labels missing in a language fall back to English);
    ``outcome.record_id`` is the new term's *code*, which records store."""
    recorder = Recorder(w)
    code = vocabulary.add_term(w, vocab_name, en=en, ru=ru, kk=kk, huridocs_code=huridocs_code)
    return recorder.outcome(code)
