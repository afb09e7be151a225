"""The JSON Schema (draft 2020-12) of the interchange format, generated from the declarations.

``docs/schema/monitor-interchange-v1.json`` is this function's output, committed so that
other tools can validate a file without Monitor; a test checks it still matches, so a new
field cannot be forgotten. Regenerate it with::

    python -m monitor_app.interchange            # rewrites the committed file
    python -m monitor_app.interchange --check    # exit 1 when it is out of date
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, inspect

from db.models import HistoryEntry
from monitor_app import schema

FORMAT = "monitor-interchange"
VERSION = 1
SCHEMA_ID = "urn:monitor:schema:monitor-interchange-v1"
SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "schema" / \
    "monitor-interchange-v1.json"

# Record ids are UUIDs (db.base.new_uuid), the same in every store.
ID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
_MONTH, _DAY = "(0[1-9]|1[0-2])", "(0[1-9]|[12][0-9]|3[01])"
DATE_PATTERN = f"^[0-9]{{4}}-{_MONTH}-{_DAY}$"
_APPROX_CORE = f"[0-9]{{4}}(-{_MONTH}(-{_DAY})?)?"
# monitor_app.dates: "2018-01", "2018-01~" (about), "[..2012-03]" (before), "[2014..]" (after)
APPROX_PATTERN = (f"^({_APPROX_CORE}~?|\\[\\.\\.{_APPROX_CORE}\\]|"
                  f"\\[{_APPROX_CORE}\\.\\.\\])$")
DATETIME_PATTERN = f"^[0-9]{{4}}-{_MONTH}-{_DAY}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"
TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$"  # a time of day, monitor_app.custody
BASE64_PATTERN = "^[A-Za-z0-9+/]*={0,2}$"
HLC_PATTERN = "^[0-9]{16}[.][0-9]{5}[.]"  # monitor_app.clock.Stamp

# Kinds whose records can carry a file's bytes (``--with-files``), and under which key.
CONTENT_FIELDS: dict[str, str] = {"evidence": "content"}

# The columns of a history row that travel: all but this store's row number.
HISTORY_FIELDS: tuple[str, ...] = tuple(
    c.key for c in inspect(HistoryEntry).columns if c.key != "id")


def nullable(kind: schema.Kind, field: schema.Field) -> bool:
    """Whether the field may be null: its column allows NULL (many-valued fields never)."""
    if field.many:
        return False
    return bool(kind.model.__table__.c[field.name].nullable)


# What a store can hold: a free-text field up to a million characters (some 400 pages),
# integers that fit SQLite's 64 bits.
TEXT_MAX_LENGTH = 1_000_000
INT_MIN, INT_MAX = -(2 ** 63), 2 ** 63 - 1
# A file is refused above these (a store of a national NPM holds some tens of thousands of
# records of a kind; a file of a million is an attack or a mistake, not an exchange).
MAX_RECORDS_PER_KIND = 200_000
MAX_HISTORY_ROWS = 2_000_000


def _typed(json_type: str, is_nullable: bool, **rules: Any) -> dict[str, Any]:
    return {"type": [json_type, "null"] if is_nullable else json_type, **rules}


def field_schema(kind: schema.Kind, field: schema.Field) -> dict[str, Any]:
    """The schema of one declared field's value."""
    null = nullable(kind, field)
    t = field.type
    if t == "terms":
        out: dict[str, Any] = {"type": "array", "uniqueItems": True,
                               "items": {"type": "string", "pattern": f"^{field.vocab}\\."}}
    elif field.choices is not None:
        out = {"enum": [*field.choices, *([None] if null else [])]}
    elif t == "string":
        out = _typed("string", null, **({"maxLength": field.max_length}
                                        if field.max_length else {}))
    elif t == "text":
        out = _typed("string", null, maxLength=TEXT_MAX_LENGTH)
    elif t == "int":
        out = _typed("integer", null, minimum=INT_MIN, maximum=INT_MAX)
    elif t == "bool":
        out = _typed("boolean", null)
    elif t == "date":
        out = _typed("string", null, pattern=DATE_PATTERN)
    elif t == "datetime":
        out = _typed("string", null, pattern=DATETIME_PATTERN)
    elif t == "approx":
        out = _typed("string", null, pattern=APPROX_PATTERN)
    elif t == "time":
        out = _typed("string", null, pattern=TIME_PATTERN)
    elif t == "term":
        out = _typed("string", null, pattern=f"^{field.vocab}\\.", maxLength=80)
    elif t == "link":
        out = _typed("string", null, pattern=ID_PATTERN)
    elif t == "json":
        out = _typed("object", null)
    else:  # a new field type must be given a schema here
        raise TypeError(f"{kind.name}.{field.name}: no JSON Schema for type {t}")
    return {"title": field.label, **out}


def kind_schema(kind: schema.Kind) -> dict[str, Any]:
    """The schema of one record of a kind: ``id`` and every declared field, nothing else."""
    props: dict[str, Any] = {"id": {"type": "string", "pattern": ID_PATTERN}}
    for name, f in kind.fields.items():
        props[name] = field_schema(kind, f)
    if kind.name in CONTENT_FIELDS:
        props[CONTENT_FIELDS[kind.name]] = {
            "title": "The file's bytes (only with --with-files)", "type": "string",
            "contentEncoding": "base64", "pattern": BASE64_PATTERN}
    required = ["id", *(n for n, f in kind.fields.items() if f.required)]
    return {"title": kind.label, "type": "object", "additionalProperties": False,
            "required": required, "properties": props}


def _column_schema(col: Any) -> dict[str, Any]:
    t = col.type
    if isinstance(t, DateTime):
        return {"type": "string", "pattern": DATETIME_PATTERN}
    if isinstance(t, Integer):
        return {"type": "integer", "minimum": INT_MIN, "maximum": INT_MAX}
    if isinstance(t, JSON):
        return {"type": "object"}
    if isinstance(t, String):
        return {"type": "string", **({"maxLength": t.length} if t.length else {})}
    raise TypeError(f"history.{col.key}: no JSON Schema for {t}")


def history_schema() -> dict[str, Any]:
    """The schema of one history row (:class:`db.models.HistoryEntry` without its row id)."""
    cols = {c.key: c for c in inspect(HistoryEntry).columns}
    props = {name: _column_schema(cols[name]) for name in HISTORY_FIELDS}
    # what the code relies on: the clock can read the stamp, the kind is one that travels
    props["hlc"] = {**props["hlc"], "pattern": HLC_PATTERN}
    props["record_kind"] = {"enum": list(schema.KINDS)}
    return {"title": "History row", "type": "object", "additionalProperties": False,
            "required": list(HISTORY_FIELDS), "properties": props}


def interchange_schema() -> dict[str, Any]:
    """The whole format's JSON Schema, from ``schema.KINDS`` and the history table."""
    defs: dict[str, Any] = {name: kind_schema(k) for name, k in schema.KINDS.items()}
    defs["history_entry"] = history_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Monitor interchange file, version 1",
        "description": ("Records of a Monitor store as plain JSON: one array per kind, links "
                        "by id, vocabulary terms by code, dates as reduced-precision ISO "
                        "8601 text. Generated from the declarations in db/models.py."),
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "version", "records"],
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "records": {
                "type": "object", "additionalProperties": False,
                "properties": {name: {"type": "array", "maxItems": MAX_RECORDS_PER_KIND,
                                      "items": {"$ref": f"#/$defs/{name}"}}
                               for name in schema.KINDS},
            },
            "history": {"type": "array", "maxItems": MAX_HISTORY_ROWS,
                        "items": {"$ref": "#/$defs/history_entry"}},
        },
        "$defs": defs,
    }


def render() -> str:
    """The committed file's exact text."""
    return json.dumps(interchange_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m monitor_app.interchange",
        description="Write the interchange JSON Schema generated from the declarations.")
    parser.add_argument("--out", type=Path, default=SCHEMA_FILE, help=f"(default {SCHEMA_FILE})")
    parser.add_argument("--check", action="store_true",
                        help="only check that the file is up to date (exit 1 when not)")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date; run python -m monitor_app.interchange",
                  file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0
