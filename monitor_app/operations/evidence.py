"""Evidence files: stored encrypted inside the store, hashed at intake."""

from __future__ import annotations

import io
import mimetypes
from pathlib import Path
from typing import Any

from monitor_app.operations.outcome import Outcome, Recording
from monitor_app.records import Writer


def guess_kind(file_name: str) -> str:
    """The kind of evidence a file most likely is, from its name (a user may change it)."""
    media = mimetypes.guess_type(file_name)[0] or ""
    if media.startswith("image/"):
        return "evidence_kind.photo"
    if media.startswith("audio/"):
        return "evidence_kind.audio"
    if media.startswith("video/"):
        return "evidence_kind.video"
    if media in ("application/pdf", "text/plain", "application/msword") or "document" in media:
        return "evidence_kind.document"
    return "evidence_kind.other"


def attach_file(w: Writer, source: Path | bytes | io.BufferedIOBase, *,
                file_name: str | None = None, kind: str | None = None,
                strip_metadata: bool = True, **values: Any) -> Outcome:
    """Store a file as evidence linked to what ``values`` name (``case_id``,
    ``allegation_id``, ``visit_id``, ``reprisal_id``) with its other fields.

    Without a ``kind`` it is guessed from the file's name. Photos lose their metadata
    (see :meth:`~monitor_app.records.Writer.add_evidence`). ``outcome.record_id`` is the
    evidence's id.
    """
    rec = Recording(w)
    name = file_name or (source.name if isinstance(source, Path) else None)
    if kind is None and name:
        kind = guess_kind(name)
    evidence_id = rec.add_evidence(source, file_name=file_name, strip_metadata=strip_metadata,
                                 kind=kind, **values)
    return rec.outcome(evidence_id)
