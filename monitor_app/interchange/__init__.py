"""The JSON interchange: a whole store, or chosen cases, as one plain JSON file.

The format is generated from the per-kind declarations (:mod:`monitor_app.schema`); no
kind has code of its own here. A file looks like::

    {"format": "monitor-interchange", "version": 1,
     "records": {"cases": [{"id": "...", "title": "...", ...}, ...], "people": [...], ...},
     "history": [...]}                                  # only with --with-history

- ``records`` holds one array per kind, named as in ``schema.KINDS``; each record is
  ``{"id": ..., <every declared field>}``, sorted by id, keys sorted. Links are ids,
  vocabulary values are term codes, full dates are ``YYYY-MM-DD``, approximate dates
  reduced-precision ISO 8601 (``"2011"``, ``"2011-12"``, ``"2011-12-14"``), times of
  day ``"HH:MM"`` (a visit's or an arrest's, as given), date-times
  ``YYYY-MM-DDTHH:MM:SS`` (UTC), unknown values ``null``, many-valued fields sorted
  arrays of codes. Visits in the form written before the store's migration 0007
  (``started_at`` with ``started_time_known``) are read as that migration reads them.
- Only live records travel, and only what two stores holding the same data agree on:
  no revision, timestamps, origin or version, no export time or store id. So exporting,
  importing into an empty store and exporting again gives the same bytes.
- Built-in vocabulary exists in every store and is not written; terms a user added are,
  as ``vocab_terms`` records.
- A link to a deleted record is written as ``null``; a record that cannot exist without
  a deleted one (a step of a deleted complaint) is left out.
- Evidence travels as its metadata (name, type, size, SHA-256...); the file's bytes only
  with ``--with-files``, as base64 ``content``.
- ``history`` (``--with-history``) holds the history rows of the exported records, as
  provenance; an import adds the rows it does not have yet (by ``change_id``).

The JSON Schema of the format is :func:`schema_json.interchange_schema`, committed as
``docs/schema/monitor-interchange-v1.json`` (``python -m monitor_app.interchange``
rewrites it). :mod:`.jsonfile` writes and reads files.
"""

from monitor_app.interchange.jsonfile import (
    ExportSummary,
    ImportSummary,
    InterchangeError,
    UnknownCase,
    dumps,
    export_document,
    export_file,
    import_document,
    read_document,
)
from monitor_app.interchange.schema_json import FORMAT, VERSION, interchange_schema

__all__ = ["FORMAT", "VERSION", "ExportSummary", "ImportSummary", "InterchangeError",
           "UnknownCase", "dumps", "export_document", "export_file", "import_document",
           "interchange_schema", "read_document"]
