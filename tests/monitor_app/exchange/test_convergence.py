"""Convergence: random edits on three stores, exchanged in random orders and repeated, end
in the same state everywhere (monitor_app.exchange.merge)."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from monitor_app import records, schema
from monitor_app.exchange.merge import apply_payload, open_conflicts, resolve
from monitor_app.exchange.payload import Selection, encode
from monitor_app.store import Store
from tests.fuzzing import fuzz_settings
from tests.monitor_app.exchange.test_merge import new_store

METHODS = ("method.beating", "method.stripping", "method.suffocation", "method.threats")
REFS = ("R-1", "R-2", "R-3")


def sync(a: Store, b: Store) -> None:
    """Everything ``a`` holds, applied to ``b`` (the payload without its container)."""
    with a.read() as s:
        data = list(encode(s, Selection("all")))
    with b.write(source="sync") as w:
        apply_payload(w, data, source="sync")


def state(s: Store) -> dict[str, Any]:
    """Every case and allegation, deleted ones too, with the fields the edits touch."""
    out: dict[str, Any] = {}
    with s.read() as session:
        for kind, fields in (("cases", ("reference", "title", "summary")),
                             ("allegations", ("case_id", "narrative", "methods"))):
            model = schema.kind(kind).model
            for rid in session.scalars(select(model.id)):
                rec = records.get(session, kind, rid, include_deleted=True)
                out[rid] = (rec["deleted"], *(rec[f] for f in fields))
    return out


op = st.one_of(
    st.tuples(st.just("title"), st.integers(0, 2), st.integers(0, 3), st.sampled_from("abc")),
    st.tuples(st.just("summary"), st.integers(0, 2), st.integers(0, 3), st.sampled_from("xy")),
    st.tuples(st.just("methods"), st.integers(0, 2), st.integers(0, 3),
              st.lists(st.sampled_from(METHODS), max_size=3)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 3), st.none()),
    st.tuples(st.just("restore"), st.integers(0, 2), st.integers(0, 3), st.none()),
    st.tuples(st.just("case"), st.integers(0, 2), st.none(), st.sampled_from(REFS)),
    st.tuples(st.just("resolve"), st.integers(0, 2), st.none(),
              st.sampled_from(["mine", "theirs"])),
    st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2), st.none()),
)


def run(stores: list[Store], targets: list[tuple[str, str]], step: tuple) -> None:
    what, i, j, value = step
    s = stores[i]
    if what == "sync":
        if i != j:
            sync(s, stores[j])
        return
    with s.write() as w:
        try:
            if what == "case":
                new = w.create("cases", reference=value,  # the same in two stores: settled
                               title="new")
                targets.append(("cases", new))
            elif what == "resolve":
                found = open_conflicts(w.session)
                if found:
                    resolve(w, found[0]["id"], value)
            else:
                kind, rid = targets[j % len(targets)]
                if what == "delete":
                    w.delete(kind, rid)
                elif what == "restore":
                    w.restore(kind, rid)
                elif kind == "allegations" and what == "methods":
                    w.update(kind, rid, methods=value)
                elif kind == "allegations":
                    w.update(kind, rid, narrative=f"{what} {value}")
                elif what != "methods":
                    w.update(kind, rid, **{what: value})
        except (records.RecordNotFound, records.ValidationError):
            pass  # a step that does not apply to the record's state there


@fuzz_settings(12)
@given(steps=st.lists(op, min_size=3, max_size=14),
       order=st.permutations(list(itertools.permutations(range(3), 2))))
def test_three_stores_converge_whatever_the_order(fresh_store_file: Path, steps: list,
                                                  order: list) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        stores = [new_store(fresh_store_file, Path(tmp) / f"{n}.db") for n in range(3)]
        try:
            with stores[0].write() as w:
                case = w.create("cases", reference="R-0", title="start")
                allegation = w.create("allegations", case_id=case,
                                      methods=["method.beating"])
            targets = [("cases", case), ("allegations", allegation)]
            for other in stores[1:]:
                sync(stores[0], other)
            for step in steps:
                run(stores, targets, step)
            for _ in range(2):  # every pair, in a random order, twice
                for a, b in order:
                    sync(stores[a], stores[b])
            first = state(stores[0])
            assert all(state(s) == first for s in stores[1:])
            # a third round changes nothing anywhere
            for a, b in order:
                sync(stores[a], stores[b])
            assert all(state(s) == first for s in stores)
        finally:
            for s in stores:
                s.close()
