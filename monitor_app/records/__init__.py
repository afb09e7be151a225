"""The write path and plain-data read helpers for every kind of record.

All writes go through a :class:`Writer` obtained from ``store.write()``: one
transaction, a history row for every create, update and delete (a global change id,
the device, a hybrid-logical-clock stamp, per field the change it was made on), the
search index kept current, and a :class:`Change` saying what was touched. What a
kind's fields are, and how they are checked, comes from :mod:`monitor_app.schema`.
Reads return plain dicts (JSON-ready), never live ORM objects.
"""

from monitor_app.records.change import Change, RecordNotFound, StaleRecord, ValidationError
from monitor_app.records.read import (
    EvidenceDamaged,
    dumps,
    evidence_chunks,
    get,
    history,
    list_ids,
    list_stmt,
    read_evidence,
)
from monitor_app.records.values import (
    MAIN_KINDS,
    MODELS,
    SYSTEM_FIELDS,
    coerce,
    multi_values,
    plain,
    record_to_dict,
)
from monitor_app.records.writer import CHUNK, OPTIONS_KIND, Writer

__all__ = [
    "CHUNK", "MAIN_KINDS", "MODELS", "OPTIONS_KIND", "SYSTEM_FIELDS", "Change",
    "EvidenceDamaged", "RecordNotFound", "StaleRecord", "ValidationError", "Writer", "coerce",
    "dumps", "evidence_chunks", "get", "history", "list_ids", "list_stmt", "multi_values",
    "plain", "read_evidence", "record_to_dict",
]
