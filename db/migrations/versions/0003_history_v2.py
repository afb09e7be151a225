"""History, second edition: global change ids, a hybrid logical clock, per-field parents.

- every history row gets a global ``change_id``, the write it was part of (``txn``) and a
  hybrid-logical-clock stamp ``hlc`` (made from its wall-clock time and its order, so
  the order of existing history is kept);
- ``changes`` becomes ``field -> [old, new, parent_change_id]``;
- a record's create entry is completed into its full first state (older releases left
  out default-like values: the first state of such a field is the old value of its
  first later change, else its current value); a record with no create entry (written
  before history existed) gets one, marked as made by this migration;
- every record gets ``version``: the id of the change that made its current state;
- many-valued fields (an allegation's methods and purposes) get a deletion marker;
- natural keys (a person's role in a case, a finding per area, an obstruction kind per
  visit...) become unique among live records; duplicates found are merged into the first
  (texts appended) or marked deleted, each with a history entry saying so;
- history is indexed by record (the case view reads ~400 records' history) instead of
  by time; the links through which a case's reprisals and evidence are found get indexes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

RECORD_TABLES = (
    "vocab_terms", "facilities", "people", "cases", "case_people", "visits", "visit_team",
    "interviews", "obstructions", "findings", "recommendations", "recommendation_followups",
    "allegations", "allegation_people", "medical_exams", "complaints", "complaint_steps",
    "reprisals", "reprisal_responses", "evidence",
)
SYSTEM = {"id", "created_at", "updated_at", "created_by", "origin", "revision", "version",
          "deleted", "deleted_at"}
MULTI = {"allegations": {"methods": "allegation_methods", "purposes": "allegation_purposes"}}
# natural key -> the text field a duplicate's text is appended to (None: mark it deleted)
NATURAL_KEYS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "case_people": (("case_id", "person_id", "role"), "notes"),
    "visit_team": (("visit_id", "person_id"), None),
    "obstructions": (("visit_id", "kind"), "details"),
    "findings": (("visit_id", "area"), "text"),
    "recommendation_followups": (("recommendation_id", "visit_id"), "notes"),
    "allegation_people": (("allegation_id", "person_id", "role"), None),
}
SOURCE = "migration 0003"


def _ms(at: Any) -> int:
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    return int(at.replace(tzinfo=UTC).timestamp() * 1000) if at is not None else 0


class _Clock:
    """Stamps in the order of the existing rows, never going backwards."""

    def __init__(self) -> None:
        self.millis, self.counter = 0, 0

    def stamp(self, millis: int, device: str) -> str:
        if millis > self.millis:
            self.millis, self.counter = millis, 0
        else:
            self.counter += 1
        return f"{self.millis:016d}.{self.counter:05d}.{(device or 'local')[:8]}"


def _plain(value: Any, coltype: Any) -> Any:
    """A raw SQLite value as the Writer records it in history."""
    if value is None:
        return None
    if isinstance(coltype, sa.Boolean):
        return bool(value)
    if isinstance(coltype, sa.JSON):
        return json.loads(value) if isinstance(value, str) else value
    if isinstance(coltype, sa.DateTime):
        return datetime.fromisoformat(str(value)).isoformat(timespec="seconds")
    return value


def upgrade() -> None:
    bind = op.get_bind()
    for table in RECORD_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.String(length=36), nullable=False,
                                       server_default=""))
    for table in ("allegation_methods", "allegation_purposes"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("deleted", sa.Boolean(), nullable=False,
                                       server_default=sa.text("0")))
    with op.batch_alter_table("history") as batch:
        batch.add_column(sa.Column("change_id", sa.String(length=36), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("txn", sa.String(length=36), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("hlc", sa.String(length=40), nullable=False,
                                   server_default=""))
        batch.drop_index("ix_history_at")
        batch.drop_index("ix_history_record_kind_record_id")

    device = bind.execute(sa.text(
        "SELECT value FROM store_meta WHERE key = 'device_id'")).scalar() or ""
    clock = _Clock()
    # the existing history, in the order it was written
    rows = bind.execute(sa.text(
        "SELECT id, at, device, record_kind, record_id, action, changes FROM history "
        "ORDER BY id")).all()
    entries: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for hid, at, dev, kind, rid, action, changes in rows:
        data = json.loads(changes) if isinstance(changes, str) else (changes or {})
        entries.setdefault((kind, rid), []).append({
            "id": hid, "change_id": str(uuid.uuid4()), "hlc": clock.stamp(_ms(at), dev),
            "action": action, "changes": data})

    updates: list[dict[str, Any]] = []
    inserts: list[dict[str, Any]] = []
    versions: dict[str, list[dict[str, Any]]] = {}
    for table in RECORD_TABLES:
        types = {c["name"]: c["type"] for c in sa.inspect(bind).get_columns(table)
                 if c["name"] not in SYSTEM}
        for rec in bind.execute(sa.text(f"SELECT * FROM {table}")).mappings():
            current = {f: _plain(rec[f], t) for f, t in types.items()}
            for name, assoc in MULTI.get(table, {}).items():
                current[name] = sorted(r[0] for r in bind.execute(sa.text(
                    f"SELECT term_code FROM {assoc} WHERE allegation_id = :i"), {"i": rec["id"]}))
            hist = entries.pop((table, rec["id"]), [])
            create = next((h for h in hist if h["action"] == "create"), None)
            if create is None:  # written before history existed: its state now is all we know
                create = {"id": None, "change_id": str(uuid.uuid4()),
                          "hlc": clock.stamp(_ms(rec["created_at"]), rec["origin"] or device),
                          "action": "create", "changes": {}, "new": True,
                          "at": rec["created_at"], "origin": rec["origin"]}
                hist.insert(0, create)
            first = dict(create["changes"])
            for f, value in current.items():
                if f in first:
                    continue
                later = next((h["changes"][f] for h in hist if h is not create
                              and f in h["changes"]), None)
                first[f] = [None, later[0] if isinstance(later, list) else value]
            # a create has no old values (older releases wrote [] for many-valued fields)
            create["changes"] = {f: [None, pair[1] if isinstance(pair, list) else pair]
                                 for f, pair in first.items()}
            heads: dict[str, str] = {}
            for h in hist:
                h["changes"] = {f: [*(pair if isinstance(pair, list) else [None, pair])[:2],
                                    heads.get(f)]
                                for f, pair in h["changes"].items()}
                for f in h["changes"]:
                    heads[f] = h["change_id"]
                if h.get("new"):
                    inserts.append({
                        "change_id": h["change_id"], "txn": h["change_id"], "hlc": h["hlc"],
                        "at": h["at"], "actor": "", "device": h["origin"] or "",
                        "record_kind": table, "record_id": rec["id"], "action": "create",
                        "revision": 1, "changes": json.dumps(h["changes"], ensure_ascii=False),
                        "source": SOURCE})
                else:
                    updates.append({"i": h["id"], "c": h["change_id"], "h": h["hlc"],
                                    "j": json.dumps(h["changes"], ensure_ascii=False)})
            versions.setdefault(table, []).append({"i": rec["id"], "v": hist[-1]["change_id"]})
    # history of records that no longer exist (or of other things) keeps its rows
    for hist in entries.values():
        heads = {}
        for h in hist:
            h["changes"] = {f: [*(pair if isinstance(pair, list) else [None, pair])[:2],
                                heads.get(f)] for f, pair in h["changes"].items()}
            for f in h["changes"]:
                heads[f] = h["change_id"]
            updates.append({"i": h["id"], "c": h["change_id"], "h": h["hlc"],
                            "j": json.dumps(h["changes"], ensure_ascii=False)})
    if updates:
        bind.execute(sa.text("UPDATE history SET change_id = :c, txn = :c, hlc = :h, "
                             "changes = :j WHERE id = :i"), updates)
    if inserts:
        bind.execute(sa.text(
            "INSERT INTO history (change_id, txn, hlc, at, actor, device, record_kind, "
            "record_id, action, revision, changes, source) VALUES (:change_id, :txn, :hlc, "
            ":at, :actor, :device, :record_kind, :record_id, :action, :revision, :changes, "
            ":source)"), inserts)
    for table, rows_ in versions.items():
        bind.execute(sa.text(f"UPDATE {table} SET version = :v WHERE id = :i"), rows_)

    _resolve_duplicates(bind, clock, device)

    last = f"{clock.millis:016d}.{clock.counter:05d}.{(device or 'local')[:8]}"
    bind.execute(sa.text("INSERT OR REPLACE INTO store_meta (key, value) VALUES ('hlc', :v)"),
                 {"v": last})
    with op.batch_alter_table("history") as batch:
        batch.create_index("ix_history_record_id_hlc", ["record_id", "hlc"])
        batch.create_unique_constraint("uq_history_change_id", ["change_id"])
    # what belongs to a case is found through these links (casefile's membership rules)
    for table, column in (("reprisals", "allegation_id"), ("reprisals", "complaint_id"),
                          ("evidence", "allegation_id"), ("evidence", "reprisal_id")):
        op.create_index(f"ix_{table}_{column}", table, [column])
    for table, (key, _) in NATURAL_KEYS.items():
        op.create_index(f"uq_{table}_live_{'_'.join(key)}", table, list(key), unique=True,
                        sqlite_where=sa.text("deleted = 0"),
                        postgresql_where=sa.text("deleted = false"))


def _resolve_duplicates(bind: Any, clock: _Clock, device: str) -> None:
    """Live records sharing a natural key: the first keeps it; a later one's text is
    appended to it and the later one is marked deleted, both with history."""
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    for table, (key, text_field) in NATURAL_KEYS.items():
        cols = ", ".join(key)
        groups = bind.execute(sa.text(
            f"SELECT {cols} FROM {table} WHERE deleted = 0 GROUP BY {cols} "
            "HAVING COUNT(*) > 1")).all()
        for values in groups:
            where = " AND ".join(f"{c} IS :{c}" for c in key)
            dups = bind.execute(sa.text(
                f"SELECT * FROM {table} WHERE deleted = 0 AND {where} "
                "ORDER BY created_at, id"), dict(zip(key, values, strict=True))).mappings().all()
            keep = dups[0]
            for dup in dups[1:]:
                if text_field and dup[text_field]:
                    old = bind.execute(sa.text(
                        f"SELECT {text_field}, version FROM {table} WHERE id = :i"),
                        {"i": keep["id"]}).one()
                    new = "\n\n".join(t for t in (old[0], dup[text_field]) if t)
                    cid = _entry(bind, clock, device, now, table, keep["id"], "update",
                                 {text_field: [old[0], new, None]})
                    bind.execute(sa.text(f"UPDATE {table} SET {text_field} = :t, version = :v, "
                                         "revision = revision + 1 WHERE id = :i"),
                                 {"t": new, "v": cid, "i": keep["id"]})
                cid = _entry(bind, clock, device, now, table, dup["id"], "delete",
                             {"deleted": [False, True, None]}, f"{SOURCE}: duplicate of "
                             f"{keep['id']}")
                bind.execute(sa.text(f"UPDATE {table} SET deleted = 1, deleted_at = :at, "
                                     "version = :v, revision = revision + 1 WHERE id = :i"),
                             {"at": now, "v": cid, "i": dup["id"]})


def _entry(bind: Any, clock: _Clock, device: str, now: datetime, table: str, rid: str,
           action: str, changes: dict[str, Any], source: str = SOURCE) -> str:
    cid = str(uuid.uuid4())
    bind.execute(sa.text(
        "INSERT INTO history (change_id, txn, hlc, at, actor, device, record_kind, record_id, "
        "action, revision, changes, source) VALUES (:c, :c, :h, :at, '', :d, :k, :r, :a, 1, "
        ":j, :s)"), {"c": cid, "h": clock.stamp(_ms(now), device), "at": now, "d": device,
                     "k": table, "r": rid, "a": action, "j": json.dumps(changes), "s": source})
    return cid


def downgrade() -> None:
    raise NotImplementedError("history v2 cannot be taken back: fix forward")
