"""Plain-data views of records for the command line (``list`` and ``show``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, select

from db.models import CasePerson, Person
from monitor_app import records
from monitor_app.labels import label_of
from monitor_app.queries import listing
from monitor_app.store import Store
from monitor_app.vocabulary import Vocab


def _row(session: Any, vocab: Vocab, kind: str, obj: Any, lang: str) -> dict[str, Any]:
    data = records.record_to_dict(obj)
    data["label"] = label_of(session, vocab, kind, obj, lang)
    if kind == "people":
        data["name"] = obj.name
        data["pseudonym"] = obj.pseudonym
    return data


def list_records(store: Store, kind: str, *, search_text: str | None = None,
                 lang: str = "en") -> list[dict[str, Any]]:
    """Every live record of a kind as dicts with ``id`` and ``label``: in the order of the
    window's list of that kind (people by name, cases newest first...), else newest first."""
    with store.read() as s:
        vocab = Vocab.load(s)
        if kind in listing.SPECS:
            q = listing.default_query(kind, lang).with_(text=search_text or "")
            ids = listing.page_ids(s, q, 0, -1)
            model = records.MODELS[kind]
            by_id = {o.id: o for o in s.scalars(select(model).where(model.id.in_(ids)))}
            return [_row(s, vocab, kind, by_id[i], lang) for i in ids]
        stmt = records.list_stmt(kind, text=search_text)
        return [_row(s, vocab, kind, obj, lang) for obj in s.scalars(stmt)]


def _children(session: Any, vocab: Vocab, kind: str, record_id: str, lang: str
              ) -> dict[str, list[dict[str, Any]]]:
    """Every live record that points at this one, grouped by kind."""
    table = records.MODELS[kind].__table__
    found: dict[str, list[dict[str, Any]]] = {}
    for child_kind, model in records.MODELS.items():
        for col in inspect(model).columns:
            if any(fk.column.table is table for fk in col.foreign_keys):
                rows = session.scalars(select(model).where(
                    col == record_id, model.deleted.is_(False)).order_by(model.created_at))
                items = [_row(session, vocab, child_kind, r, lang) for r in rows]
                if items:
                    key = child_kind if child_kind not in found else f"{child_kind}_by_{col.key}"
                    found[key] = items
    return found


def show_record(store: Store, kind: str, record_id: str, lang: str = "en") -> dict[str, Any]:
    """One record with its linked records; a case also lists its people with their roles."""
    model = records.MODELS[kind]
    with store.read() as s:
        vocab = Vocab.load(s)
        obj = s.get(model, record_id)
        if obj is None or obj.deleted:
            raise records.RecordNotFound(record_id)
        data = _row(s, vocab, kind, obj, lang)
        data.update({k: v for k, v in records.get(s, kind, record_id).items() if k not in data})
        data["linked"] = _children(s, vocab, kind, record_id, lang)
        if kind == "cases":
            data["people"] = [
                {"id": p.id, "name": p.name, "pseudonym": p.pseudonym, "code": p.code,
                 "role": vocab.label(cp.role, lang), "role_code": cp.role}
                for cp, p in s.execute(
                    select(CasePerson, Person).join(Person, Person.id == CasePerson.person_id)
                    .where(CasePerson.case_id == record_id, CasePerson.deleted.is_(False),
                           Person.deleted.is_(False)).order_by(CasePerson.created_at))
            ]
        data["history"] = records.history(s, kind, record_id)
        return data


def as_text(data: dict[str, Any]) -> str:
    """A readable rendering of :func:`show_record` for the terminal."""
    lines = [data.get("label", ""), ""]
    for key, value in data.items():
        if key in ("label", "linked", "history", "people") or value in (None, "", [], {}):
            continue
        lines.append(f"  {key}: {value}")
    for person in data.get("people", []):
        lines.append(f"  person: {person['name'] or person['pseudonym']} ({person['role']})")
    for child_kind, items in data.get("linked", {}).items():
        lines.append(f"\n{child_kind} ({len(items)})")
        lines += [f"  {i['id']}  {i['label']}" for i in items]
    lines.append(f"\nhistory: {len(data.get('history', []))} changes")
    return "\n".join(lines) + "\n"
