"""Likely duplicates: the same person or place entered by two monitors with different ids.

What is compared (nothing is ever merged automatically: a pair is *proposed*, a person
accepts or rejects it):

- names through one ICU transliterator (:func:`fold`): Kazakh and Russian Cyrillic through
  ICU's ``Kazakh-Latin/BGN``, any other script through ``Any-Latin``, then ASCII, lower case
  and a few rules that fold what spellings of one name differ in (``q``/``k``, ``zh``/``j``,
  ``kh``/``h``, ``gh``/``g``, ``ng``/``n``, ``y``/``i``), so ``Қайрат``, ``Кайрат``,
  ``Kairat`` and ``Qairat`` are all ``kairat``; then rapidfuzz's token ratios (word order
  does not matter: ``Иванов Иван`` is ``Ivan Ivanov``). A person's other spellings and
  aliases count as names.
- people: a known birth year that differs, or a known gender that differs, rules a pair
  out; groups of people are never proposed; numbers in a name must be the same.
- places: the designation folded the same way (``АК-159/6``, ``AK 159/6``, ``ак 159 / 6``);
  two different designations rule a pair out, as does a different known region; a
  different known kind of place lowers the score.

At scale (100,000 people) candidates are found by blocks: a record meets only those that
share a key with it (the first consonants of two of its name's words, a place's designation
digits), never every other record. The keys are cached in the store per record version
(``duplicate_keys``), so a merge folds only what changed (docs/performance.md, "Likely
duplicates").

Accepting a pair (:func:`accept`) merges the two records: the survivor (the older, so every
store picks the same) takes the loser's empty fields, its names as other spellings and its
terms; every link to the loser is re-pointed; the loser is deleted by a history row whose
action is "merge" naming the survivor (``merged_into``). All of it is ordinary history, so a
store receiving it follows (:func:`after_merge`): it records the alias and re-points its
own links to the loser. A rejected pair is remembered and never proposed again.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING, Any

import icu
from rapidfuzz import fuzz
from sqlalchemy import delete, func, or_, select, text

from db.base import utcnow
from db.models import DuplicateKey, DuplicatePair, HistoryEntry, RecordAlias
from monitor_app import labels, schema
from monitor_app.records.values import multi_values

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from monitor_app.records import Writer

__all__ = ["KINDS", "THRESHOLD", "PairNotFound", "accept", "after_merge", "candidates",
           "canonical", "fold", "iter_items", "list_pairs", "load_items", "propose",
           "refresh_keys", "reject"]

# The kinds whose records are compared.
KINDS: tuple[str, ...] = ("people", "facilities")
# The lowest score (0-100) proposed.
THRESHOLD = 88
# A person's field that holds other spellings (one a line): a merged-away name goes there.
_OTHER_NAMES = {"people": "aliases"}

# ICU rules: transliterate, then fold what spellings of one name differ in.
_FOLD_RULES = """
::Kazakh-Latin/BGN; ::Any-Latin; ::Latin-ASCII; ::Lower;
zh > j; kh > h; gh > g; ng > n; q > k; y > i; w > v;
[^a-z0-9]+ > ' ';
"""
_WORD = re.compile(r"[a-z]+")
_NUMBER = re.compile(r"[0-9]+")
_YEAR = re.compile(r"^(\d{4})")
_VOWELS = re.compile(r"[aeiou]")


class PairNotFound(LookupError):
    """No open pair with that id."""


@functools.cache
def _folder() -> icu.Transliterator:
    return icu.Transliterator.createFromRules("monitor-duplicates-fold", _FOLD_RULES,
                                              icu.UTransDirection.FORWARD)


@functools.lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    if word.isascii() and word.isdigit():
        return word  # what ICU would give, without the call
    return " ".join(_folder().transliterate(word).split())


def fold(text: str) -> str:
    """A name or designation as the comparison sees it: Latin letters, digits, single spaces
    (``"Қайрат"`` -> ``"kairat"``, ``"АК-159/6"`` -> ``"ak 159 6"``). Word by word: names
    share their words (given names, common surnames), and each is folded once."""
    return " ".join(f for f in map(_fold_word, text.split()) if f) if text else ""


# -- the records compared ------------------------------------------------------------

@dataclass
class Item:
    """What is compared of one record (nothing here is stored or shown)."""

    kind: str
    id: str
    created: Any
    names: tuple[str, ...]            # folded
    numbers: frozenset[str] = frozenset()
    year: str | None = None
    gender: str | None = None
    region: str | None = None
    place_kind: str | None = None
    designation: str = ""              # folded
    version: str = ""
    keys: set[str] = field(default_factory=set)


def _skeleton(word: str) -> str:
    """A word's first three consonants: spellings of a name differ most in vowels (``Ерлан``
    is ``erlan``, ``Yerlan`` is ``ierlan``: both ``rln``)."""
    return _VOWELS.sub("", word)[:3] or word[:3]


def _name_keys(names: Iterable[str]) -> set[str]:
    """Block keys: the skeletons of two of a name's words (of its one word)."""
    keys: set[str] = set()
    for name in names:
        words = sorted({_skeleton(w) for w in _WORD.findall(name) if len(w) >= 2})
        if len(words) == 1:
            keys.add(f"n {words[0]}")
        keys.update(f"n {a} {b}" for a, b in combinations(words, 2))
    return keys


def _person(row: Any) -> Item | None:
    if row.is_group:
        return None
    raw = [row.name or "", *(row.aliases or "").splitlines()]
    names = tuple(dict.fromkeys(f for f in map(fold, raw) if _WORD.search(f)))
    if not names:
        return None  # a pseudonym or a code alone says nothing about who it is
    year = _YEAR.match(row.birth_date or "")
    return Item("people", row.id, row.created_at, names,
                numbers=frozenset(_NUMBER.findall(names[0])),
                year=year.group(1) if year else None, gender=row.gender,
                version=row.version, keys=_name_keys(names))


def _place(row: Any) -> Item | None:
    name = fold(row.name or "")
    designation = fold(row.designation or "")
    if not name and not designation:
        return None
    keys = _name_keys([name]) if name else set()
    digits = " ".join(_NUMBER.findall(designation))
    if digits:
        keys.add(f"d {digits}"[:40])
    return Item("facilities", row.id, row.created_at, (name,) if name else (),
                region=row.region, place_kind=row.kind, designation=designation,
                version=row.version, keys=keys)


_COLUMNS = {
    "people": ("id", "version", "created_at", "name", "aliases", "birth_date", "gender",
               "is_group"),
    "facilities": ("id", "version", "created_at", "designation", "name", "region", "kind"),
}
_MAKE = {"people": _person, "facilities": _place}


def iter_items(session: Session, kind: str, ids: Iterable[str] | None = None
               ) -> Iterator[Item]:
    """The live records of ``kind`` (those of ``ids`` only, when given) as compared, one at
    a time (records with nothing to compare are left out)."""
    model = schema.model(kind)
    stmt = select(*(getattr(model, c) for c in _COLUMNS[kind])).where(
        model.deleted.is_(False))
    make = _MAKE[kind]
    if ids is None:
        rows: Iterable[Any] = session.execute(stmt)
    else:
        rows = (r for chunk in _chunks(dict.fromkeys(ids))
                for r in session.execute(stmt.where(model.id.in_(chunk))).all())
    for row in rows:
        item = make(row)
        if item is not None:
            yield item


def load_items(session: Session, kind: str, ids: Iterable[str] | None = None) -> list[Item]:
    """:func:`iter_items` as a list."""
    return list(iter_items(session, kind, ids))


def _chunks(values: Iterable[str], size: int = 500) -> Iterator[list[str]]:
    values = list(values)
    for i in range(0, len(values), size):
        yield values[i:i + size]


# The cache's row saying up to which history row it has read (record id "" is no record).
_MARK = ""


def refresh_keys(session: Session, kind: str) -> int:
    """Bring the cached block keys of ``kind`` up to date with its live records; returns
    how many were refolded. Every change to a record writes a history row (a merge's
    too), so only records with a history row after the last one read are looked at; the
    first time, every record is."""
    model = schema.model(kind)
    top = session.scalar(select(func.max(HistoryEntry.id))) or 0
    mark = session.get(DuplicateKey, (kind, _MARK, _MARK))
    if mark is None:  # never read: compare every record's version
        live = dict(session.execute(select(model.id, model.version).where(
            model.deleted.is_(False))).all())
        cached = dict(session.execute(select(DuplicateKey.record_id, DuplicateKey.version)
                                      .where(DuplicateKey.kind == kind).distinct()).all())
        total = len(live)
    else:
        changed = set(session.scalars(select(HistoryEntry.record_id).where(
            HistoryEntry.id > int(mark.version or 0), HistoryEntry.record_kind == kind)
            .distinct()))
        live, cached = {}, {}
        for chunk in _chunks(changed):
            live.update(session.execute(select(model.id, model.version).where(
                model.deleted.is_(False), model.id.in_(chunk))).all())
            cached.update(session.execute(select(DuplicateKey.record_id, DuplicateKey.version)
                                          .where(DuplicateKey.kind == kind,
                                                 DuplicateKey.record_id.in_(chunk))
                                          .distinct()).all())
        total = len(live) * 4 + 1  # few: read them by id
    cached.pop(_MARK, None)
    stale = [i for i, v in live.items() if cached.get(i) != v]
    gone = [i for i in cached if i not in live or i in stale]
    for chunk in _chunks(gone):
        session.execute(delete(DuplicateKey).where(DuplicateKey.kind == kind,
                                                   DuplicateKey.record_id.in_(chunk)))
    if stale:
        few = len(stale) * 4 < total  # else one read of them all beats lookups by id
        wanted = set(stale)
        rows: list[list[str]] = []  # [id, key, version]: no Item kept (100,000 of them)
        for item in iter_items(session, kind, stale if few else None):
            if item.id in wanted:
                wanted.discard(item.id)
                rows.extend([item.id, key, live[item.id]] for key in item.keys or ("",))
        rows.extend([i, "", live[i]] for i in wanted)  # nothing to compare: no key
        # one statement over a JSON array: SQLCipher makes each bound value costly (its
        # memory protection), so 100,000 rows bound one by one take many times longer
        session.execute(text(
            "INSERT INTO duplicate_keys (kind, record_id, key, version) SELECT :kind, "
            "value ->> 0, value ->> 1, value ->> 2 FROM json_each(:rows)"),
            {"kind": kind, "rows": json.dumps(rows)})
    if mark is None:
        session.add(DuplicateKey(kind=kind, record_id=_MARK, key=_MARK, version=str(top)))
    else:
        mark.version = str(top)
    session.flush()
    return len(stale)


def _sharing_keys(session: Session, kind: str, keys: set[str]) -> set[str]:
    """The ids of the live records of ``kind`` that share one of ``keys`` (the cache being
    up to date: :func:`refresh_keys`)."""
    found: set[str] = set()
    for chunk in _chunks(sorted(keys)):
        found.update(session.scalars(select(DuplicateKey.record_id).where(
            DuplicateKey.kind == kind, DuplicateKey.key.in_(chunk))))
    return found


# -- scores ---------------------------------------------------------------------------

def _name_score(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    best = 0.0
    for x in a:
        for y in b:
            score = fuzz.token_sort_ratio(x, y)
            if len(x.split()) >= 2 and len(y.split()) >= 2:  # a patronymic on one side
                score = max(score, fuzz.token_set_ratio(x, y))
            best = max(best, score)
    return best


def _score_people(a: Item, b: Item) -> tuple[int, dict[str, Any]] | None:
    if a.year and b.year and a.year != b.year:
        return None
    if a.gender and b.gender and a.gender != b.gender:
        return None
    if a.numbers != b.numbers:
        return None
    name = _name_score(a.names, b.names)
    if name < THRESHOLD:
        return None
    same_year = bool(a.year and a.year == b.year)
    reasons = {"name": round(name), "birth_year": "same" if same_year else "unknown"}
    if a.gender and a.gender == b.gender:
        reasons["gender"] = "same"
    return min(100, round(name) + (5 if same_year else 0)), reasons


def _score_places(a: Item, b: Item) -> tuple[int, dict[str, Any]] | None:
    if a.region and b.region and a.region != b.region:
        return None
    reasons: dict[str, Any] = {"region": "same" if a.region and a.region == b.region
                               else "unknown"}
    name = _name_score(a.names, b.names) if a.names and b.names else None
    if name is not None:
        reasons["name"] = round(name)
    if a.designation and b.designation:
        if a.designation != b.designation:
            return None
        reasons["designation"] = "same"
        score = 90 + (10 if name is None or name >= 80 else 0)
    else:
        if name is None or name < THRESHOLD + 4:
            return None
        reasons["designation"] = "unknown"
        score = round(name)
    if a.place_kind and b.place_kind:
        reasons["place_kind"] = "same" if a.place_kind == b.place_kind else "different"
        if a.place_kind != b.place_kind:
            score -= 15
    return (score, reasons) if score >= THRESHOLD else None


_SCORE = {"people": _score_people, "facilities": _score_places}


def candidates(incoming: Iterable[Item], others: list[Item]
               ) -> Iterator[tuple[Item, Item, int, dict[str, Any]]]:
    """Likely duplicates of ``incoming`` among ``others`` (which may hold them too): each
    incoming record is compared only with those sharing one of its block keys. Yields
    (a, b, score, reasons) with ``a.id < b.id``, each pair once."""
    blocks: dict[str, list[Item]] = {}
    for item in others:
        for key in item.keys:
            blocks.setdefault(key, []).append(item)
    seen: set[tuple[str, str]] = set()
    for item in incoming:
        score_of = _SCORE[item.kind]
        for key in item.keys:
            for other in blocks.get(key, ()):
                if other.id == item.id:
                    continue
                a, b = (item, other) if item.id < other.id else (other, item)
                if (a.id, b.id) in seen:
                    continue
                seen.add((a.id, b.id))
                found = score_of(a, b)
                if found is not None:
                    yield a, b, found[0], found[1]


# -- proposing ------------------------------------------------------------------------

def _session(session_or_writer: Any) -> Session:
    return getattr(session_or_writer, "session", session_or_writer)


def propose(session_or_writer: Session | Writer, kinds: Iterable[str] = KINDS,
            touched: Iterable[tuple[str, str]] | None = None) -> int:
    """Propose likely duplicates: between the ``touched`` (kind, id) records and every other
    live record, or, without ``touched``, among all of them (a scan of the store). A pair
    already proposed, merged or rejected is never proposed again. Returns how many were."""
    s = _session(session_or_writer)
    touched = set(touched) if touched is not None else None
    count = 0
    for kind in kinds:
        ids = None if touched is None else {i for k, i in touched if k == kind}
        if ids is not None and not ids:
            continue
        refresh_keys(s, kind)
        if ids is None:  # a scan: everyone against everyone, by blocks
            others = incoming = load_items(s, kind)
        else:  # what arrived, against those sharing a block key with it
            incoming = load_items(s, kind, ids)
            near = _sharing_keys(s, kind, {key for item in incoming for key in item.keys})
            others = incoming + load_items(s, kind, near - ids)
        if not incoming:
            continue
        known = set(s.execute(select(DuplicatePair.a_id, DuplicatePair.b_id).where(
            DuplicatePair.kind == kind)).all())
        follow = _follower(s)
        now = utcnow()
        for a, b, score, reasons in candidates(incoming, others):
            if (a.id, b.id) in known:
                continue
            if follow is not None and follow(a.id) == follow(b.id):
                continue  # already merged (a merge whose deletion is disputed still stands)
            known.add((a.id, b.id))
            s.add(DuplicatePair(kind=kind, a_id=a.id, b_id=b.id, score=score,
                                reasons=reasons, status="open", proposed_at=now))
            count += 1
    s.flush()
    return count


# -- aliases --------------------------------------------------------------------------

def canonical(session: Session, record_id: str) -> str:
    """The id a record now lives under: itself, or the record it was merged into."""
    seen = {record_id}
    while True:
        new = session.scalar(select(RecordAlias.new_id).where(RecordAlias.old_id == record_id))
        if new is None or new in seen:
            return record_id
        seen.add(new)
        record_id = new


def _follower(session: Session) -> Callable[[str], str] | None:
    """:func:`canonical` from one read of every alias (None when there is none)."""
    aliases = dict(session.execute(select(RecordAlias.old_id, RecordAlias.new_id)).all())
    if not aliases:
        return None

    def follow(record_id: str) -> str:
        seen = {record_id}
        while (new := aliases.get(record_id)) is not None and new not in seen:
            seen.add(new)
            record_id = new
        return record_id

    return follow


def _remember_alias(s: Session, kind: str, old: str, new: str, change_id: str) -> None:
    row = s.get(RecordAlias, old)
    if row is None:
        s.add(RecordAlias(old_id=old, new_id=new, kind=kind, change_id=change_id))
    else:
        row.new_id, row.kind, row.change_id = new, kind, change_id
    s.flush()


# -- merging two records ----------------------------------------------------------------

def _links_to(kind: str) -> list[tuple[schema.Kind, schema.Field]]:
    """Every (kind, link field) that points at records of ``kind``."""
    return [(k, f) for k in schema.KINDS.values() for f in k.links.values() if f.link == kind]


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _fills(w: Writer, kind: str, keep: Any, gone: Any) -> dict[str, Any]:
    """What ``keep`` takes from ``gone``: its empty fields (not yes/no ones, not links),
    the union of many-valued fields, and ``gone``'s names as other spellings."""
    k = schema.kind(kind)
    out: dict[str, Any] = {}
    for name, f in k.columns.items():
        if f.type in ("bool", "link") or name == _OTHER_NAMES.get(kind):
            continue
        if _empty(getattr(keep, name)) and not _empty(getattr(gone, name)):
            out[name] = getattr(gone, name)
    for name, f in k.multi.items():
        mine = multi_values(w.session, f, keep.id)
        union = sorted(set(mine) | set(multi_values(w.session, f, gone.id)))
        if union != mine:
            out[name] = union
    other = _OTHER_NAMES.get(kind)
    if other:
        lines = [*(getattr(keep, other) or "").splitlines()]
        have = {line.strip() for line in lines} | {(keep.name or "").strip()}
        for line in [gone.name or "", *(getattr(gone, other) or "").splitlines()]:
            if line.strip() and line.strip() not in have:
                lines.append(line.strip())
                have.add(line.strip())
        if "\n".join(lines) != (getattr(keep, other) or ""):
            out[other] = "\n".join(lines)
    return out


def _repoint_row(w: Writer, k: schema.Kind, obj: Any, moves: dict[str, str]) -> None:
    """Point ``obj``'s link fields in ``moves`` at their new targets; when that makes it a
    second record of its natural key (the same person twice in a case in one role), it is
    redundant: the one already there takes its empty fields and it is deleted."""
    if k.natural_key and set(moves) & set(k.natural_key):
        values = {n: moves.get(n, getattr(obj, n)) for n in k.natural_key}
        stmt = select(k.model).where(k.model.deleted.is_(False), k.model.id != obj.id)
        for n, v in values.items():
            col = getattr(k.model, n)
            stmt = stmt.where(col.is_(None) if v is None else col == v)
        twin = w.session.scalars(stmt.limit(1)).first()
        if twin is not None:
            fills = _fills(w, k.name, twin, obj)
            if fills:
                w.update(k.name, twin.id, **fills)
            w.delete(k.name, obj.id)
            return
    w.update(k.name, obj.id, **moves)


def _repoint(w: Writer, kind: str, old: str, new: str) -> int:
    """Re-point every live link to ``old`` (a record of ``kind``) at ``new``."""
    count = 0
    for k, f in _links_to(kind):
        col = getattr(k.model, f.name)
        for obj in list(w.session.scalars(select(k.model).where(
                col == old, k.model.deleted.is_(False)))):
            if obj.deleted:  # made redundant by an earlier move in this loop
                continue
            moves = {n: new for n, g in k.links.items()
                     if g.link == kind and getattr(obj, n) == old}
            _repoint_row(w, k, obj, moves)
            count += 1
    return count


def _created_stamp(s: Session, obj: Any) -> str:
    """The clock stamp of a record's creation: the same in every store (``created_at`` is
    not: a merged record's comes from the file to the second, so two creations in one
    second would tie and the survivor would depend on random ids)."""
    return s.scalar(select(func.min(HistoryEntry.hlc)).where(
        HistoryEntry.record_id == obj.id, HistoryEntry.action == "create")) or ""


def _survivor(s: Session, a: Any, b: Any) -> tuple[Any, Any]:
    """(survivor, loser): the older create by the clock, on a tie the smaller id (every
    store agrees)."""
    return (a, b) if (_created_stamp(s, a), a.id) <= (_created_stamp(s, b), b.id) else (b, a)


def _pair(s: Session, pair_id: int | str) -> DuplicatePair:
    try:
        pair = s.get(DuplicatePair, int(pair_id))
    except (TypeError, ValueError):
        pair = None
    if pair is None or pair.status != "open":
        raise PairNotFound(f"no open pair of likely duplicates with id {pair_id}")
    return pair


def _move_pairs(s: Session, kind: str, old: str, new: str) -> None:
    """Open pairs with a merged-away record now name its survivor (or go, when that makes
    them a record paired with itself or a pair already known)."""
    for pair in s.scalars(select(DuplicatePair).where(
            DuplicatePair.kind == kind, DuplicatePair.status == "open",
            or_(DuplicatePair.a_id == old, DuplicatePair.b_id == old))).all():
        other = pair.b_id if pair.a_id == old else pair.a_id
        a, b = sorted((other, new))
        taken = s.scalar(select(DuplicatePair.id).where(
            DuplicatePair.kind == kind, DuplicatePair.a_id == a, DuplicatePair.b_id == b))
        if other == new or taken is not None:
            s.delete(pair)
        else:
            pair.a_id, pair.b_id = a, b
    s.flush()


def merge_records(w: Writer, kind: str, survivor_id: str, loser_id: str) -> None:
    """Merge ``loser_id`` into ``survivor_id`` (both live records of ``kind``): see the
    module's docstring. Every step is a history change, so it travels."""
    model = schema.model(kind)
    keep, gone = w.session.get(model, survivor_id), w.session.get(model, loser_id)
    if keep is None or gone is None or keep.deleted or gone.deleted:
        raise PairNotFound("one of the two records no longer exists")
    fills = _fills(w, kind, keep, gone)
    if fills:
        w.update(kind, survivor_id, **fills)
    _repoint(w, kind, loser_id, survivor_id)
    change_id = w.merge_into(kind, loser_id, survivor_id)
    _remember_alias(w.session, kind, loser_id, survivor_id, change_id)
    _move_pairs(w.session, kind, loser_id, survivor_id)


def accept(w: Writer, pair_id: int | str, survivor: str | None = None) -> str:
    """Merge an open pair's two records into one; returns the survivor's id (``survivor``,
    or by default the older record: the same choice in every store)."""
    s = w.session
    pair = _pair(s, pair_id)
    model = schema.model(pair.kind)
    a, b = s.get(model, pair.a_id), s.get(model, pair.b_id)
    if a is None or b is None or a.deleted or b.deleted:
        raise PairNotFound(f"pair {pair_id}: one of the two records no longer exists")
    if survivor is None:
        keep, gone = _survivor(w.session, a, b)
    elif survivor in (a.id, b.id):
        keep, gone = (a, b) if survivor == a.id else (b, a)
    else:
        raise PairNotFound(f"{survivor} is not one of pair {pair_id}'s records")
    kind, keep_id, gone_id = pair.kind, keep.id, gone.id
    pair.status, pair.decided_at, pair.survivor = "merged", utcnow(), keep_id
    s.flush()
    merge_records(w, kind, keep_id, gone_id)
    return keep_id


def reject(w: Writer | Session, pair_id: int | str) -> None:
    """The two records are not the same: remembered, the pair is never proposed again."""
    s = _session(w)
    pair = _pair(s, pair_id)
    pair.status, pair.decided_at = "rejected", utcnow()
    s.flush()


# -- after a file was merged ------------------------------------------------------------

def _follow_merges(w: Writer, touched: set[tuple[str, str]]) -> None:
    """Merges that arrived: a "merge" history row of a touched record -> its alias, and
    this store's live links to it re-pointed at the survivor."""
    s = w.session
    by_kind: dict[str, list[str]] = {}
    for kind, record_id in touched:
        if kind in KINDS:
            by_kind.setdefault(kind, []).append(record_id)
    for kind, ids in by_kind.items():
        for chunk in _chunks(ids):
            rows = s.execute(select(HistoryEntry.record_id, HistoryEntry.change_id,
                                    HistoryEntry.changes).where(
                HistoryEntry.record_kind == kind, HistoryEntry.action == "merge",
                HistoryEntry.record_id.in_(chunk))
                .order_by(HistoryEntry.hlc, HistoryEntry.id)).all()
            for old, change_id, changes in rows:
                into = (changes or {}).get("merged_into") or [None, None]
                if not into[1] or old == into[1]:
                    continue
                alias = s.get(RecordAlias, old)
                if alias is None or alias.change_id != change_id:
                    _remember_alias(s, kind, old, into[1], change_id)
                target = canonical(s, old)
                _repoint(w, kind, old, target)
                _move_pairs(s, kind, old, target)  # a pair of the two is settled: it goes


def _follow_links(w: Writer, touched: set[tuple[str, str]]) -> None:
    """Touched records that link to an id merged away (a link that arrived after the
    merge, or with it from a store that had not seen it) now link to the survivor."""
    s = w.session
    follow = _follower(s)
    if follow is None:
        return
    for kind, record_id in sorted(touched):
        k = schema.KINDS.get(kind)
        if k is None:
            continue
        fields = [n for n, f in k.links.items() if f.link in KINDS]
        if not fields:
            continue
        obj = s.get(k.model, record_id)
        if obj is None or obj.deleted:
            continue
        moves: dict[str, str] = {}
        for n in fields:
            target = getattr(obj, n)
            if target and (new := follow(target)) != target:
                moves[n] = new
        if moves:
            _repoint_row(w, k, obj, moves)


def after_merge(w: Writer, touched: set[tuple[str, str]]) -> int:
    """After a file was applied in ``w``'s transaction: follow merges of records that
    arrived with it and propose likely duplicates among ``touched`` (kind, id) records.
    Returns how many pairs were proposed."""
    touched = set(touched)
    _follow_merges(w, touched)
    _follow_links(w, touched)
    return propose(w, touched=touched)


# -- listing ----------------------------------------------------------------------------

def list_pairs(session: Session, *, status: str = "open") -> list[dict]:
    """The pairs proposed (``status``: open, merged, rejected), as plain dicts with
    ``id``, ``kind``, ``a``, ``b`` (records' ids), ``a_label``, ``b_label``, ``score``,
    ``reasons`` (which parts matched), best first."""
    out = []
    for pair in session.scalars(select(DuplicatePair).where(DuplicatePair.status == status)
                                .order_by(DuplicatePair.score.desc(), DuplicatePair.id)):
        model = schema.model(pair.kind)
        a, b = session.get(model, pair.a_id), session.get(model, pair.b_id)
        out.append({
            "id": pair.id, "kind": pair.kind, "a": pair.a_id, "b": pair.b_id,
            "a_label": labels.compose(None, None, pair.kind, a) if a is not None else "",
            "b_label": labels.compose(None, None, pair.kind, b) if b is not None else "",
            "score": pair.score, "reasons": dict(pair.reasons or {}),
            "status": pair.status, "survivor": pair.survivor,
        })
    return out
