"""Names in the reader's alphabet (db.collation): in Python, in SQL on a real store, indexed."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import collation
from db import engine as dbengine
from monitor_app.store import Store, create_store, open_store
from tests.conftest import CHEAP_KDF

# Written out by hand, not computed: what a Kazakh and a Russian reader expect of the same
# names (Kazakh: Ё a letter after Е, І after Ы; Russian: Ё with Е, І with И).
KK = ["Архипов", "Ахметов", "Әбілов", "Егоров", "Ежов", "Ельцин", "Ёлкин", "Жанов", "Ибрагимов",
      "Кузнецов", "Қасымов", "Оспанов", "Өмірзақ", "Уалиев", "Ұлықбек", "Үсенов", "Ыбыраев",
      "Ізбасаров", "Эрнст", "Яковлев", "Adams", "Smith"]
RU = ["Архипов", "Ахметов", "Әбілов", "Егоров", "Ежов", "Ёлкин", "Ельцин", "Жанов", "Ибрагимов",
      "Ізбасаров", "Кузнецов", "Қасымов", "Оспанов", "Өмірзақ", "Уалиев", "Үсенов", "Ұлықбек",
      "Ыбыраев", "Эрнст", "Яковлев", "Adams", "Smith"]
EN = ["Adams", "Smith", "Архипов", "Ізбасаров"]


def shuffled(names: list[str]) -> list[str]:
    return sorted(names, key=lambda n: n[::-1])  # any order but the expected one


@pytest.mark.parametrize(("lang", "expected"), [("kk", KK), ("ru", RU), ("en", EN)])
def test_python_sort_key_orders_as_readers_expect(lang: str, expected: list[str]) -> None:
    assert sorted(shuffled(expected)) != expected  # code point order is not the answer
    assert sorted(shuffled(expected), key=collation.key(lang)) == expected


def test_blanks_sort_last_and_unknown_language_falls_back_to_english() -> None:
    assert sorted(["", "Архипов", None, "Adams"], key=collation.key("kk")) == [
        "Архипов", "Adams", "", None]
    assert collation.sort_key("Adams", "xx") == collation.sort_key("Adams", "en")


def test_every_store_connection_sorts_by_the_collation(store: Store, passphrase: str) -> None:
    with store.write() as w:
        for name in shuffled(KK):
            w.create("people", name=name)
    with store.engine.connect() as conn:
        for lang, expected in (("kk", KK), ("ru", RU)):
            by_key = [r[0] for r in conn.exec_driver_sql(
                f"SELECT name FROM people ORDER BY icu_key_{lang}(name), rowid")]
            by_collation = [r[0] for r in conn.exec_driver_sql(
                f"SELECT name FROM people ORDER BY name COLLATE ICU_{lang}, rowid")]
            assert by_key == by_collation == expected, lang
    # a raw connection (backup, rekey, checks) has them too
    con = dbengine.raw_open(store.path, dbengine.derive_store_key(store.path, passphrase))
    try:
        assert con.execute("SELECT icu_key_kk('Ізбасаров') > icu_key_kk('Ыбыраев')"
                           ).fetchone() == (1,)
    finally:
        con.close()


def test_the_people_list_walks_an_index_per_language(store: Store) -> None:
    """The People list's own statement (as page_ids sends it) reads the name-key index of
    the language: no sort of the whole table."""
    from sqlalchemy import event

    from monitor_app.queries import listing

    sent: list[tuple[str, object]] = []

    def capture(_conn: object, _cursor: object, statement: str, params: object,
                _context: object, _many: bool) -> None:
        sent.append((statement, params))

    with store.write() as w:
        for name in KK:
            w.create("people", name=name)
    event.listen(store.engine, "before_cursor_execute", capture)
    try:
        for lang, expected in (("kk", KK), ("ru", RU)):
            sent.clear()
            with store.read() as s:
                ids = listing.page_ids(s, listing.default_query("people", lang))
                names = [r.values[0] for r in listing.rows(s, "people", ids, _vocab(s), lang)]
                assert names == expected
                statement, params = next(x for x in sent if "ORDER BY" in x[0])
                plan = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement,
                                                      params).all()  # type: ignore[arg-type]
            details = " ".join(str(row[-1]) for row in plan)
            assert f"USING INDEX ix_people_name_{lang}" in details, details
            assert "TEMP B-TREE" not in details, details
    finally:
        event.remove(store.engine, "before_cursor_execute", capture)


def _vocab(session: object) -> object:
    from monitor_app.vocabulary import Vocab

    return Vocab.load(session)  # type: ignore[arg-type]


def test_a_store_opened_under_another_icu_rebuilds_its_name_indexes(
        store_path: Path, passphrase: str) -> None:
    s = create_store(store_path, passphrase, kdf=CHEAP_KDF)
    with s.write() as w:
        w.create("people", name="Ізбасаров")
    with s.engine.begin() as conn:
        assert not collation.refresh_indexes(conn)  # made under this ICU: nothing to do
        conn.exec_driver_sql("UPDATE store_meta SET value = 'ICU 1.0' WHERE key = ?",
                             (collation.VERSION_META,))
    s.close()
    s = open_store(store_path, passphrase)
    try:
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT value FROM store_meta WHERE key = ?",
                                        (collation.VERSION_META,)).scalar() \
                == collation.versions()
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        s.close()


def test_a_store_at_0007_gets_the_name_indexes(store_path: Path, passphrase: str) -> None:
    s = create_store(store_path, passphrase, kdf=CHEAP_KDF, revision="0007_visit_dates")
    with s.engine.begin() as conn:
        assert not conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name LIKE 'ix_people_name_%'").all()
    s.close()
    s = open_store(store_path, passphrase)
    try:
        with s.engine.connect() as conn:
            names = {r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name LIKE 'ix_people_name_%'")}
        assert names == {f"ix_people_name_{lang}" for lang in collation.LANGS}
    finally:
        s.close()
