"""Names in the order their readers expect: ICU collation per interface language.

The one home of how text is ordered (no Qt, no monitor_app). Code point order puts
"Ізбасаров" before "Архипов"; a Russian or Kazakh reader expects the alphabet:

- ``kk`` (Kazakh, CLDR's tailoring): Ә after А, Ғ after Г, Қ after К, Ң after Н, Ө after
  О, Ұ and Ү after У, Һ after Х, І after Ы (before Ь), Ё a letter after Е;
- ``ru`` (Russian): Ё sorts with Е (it differs only where two names are otherwise equal),
  the Kazakh letters beside their base letters (Ә after А, І after И, ...);
- ``en``: the root order.

Latin and Cyrillic names together: in ``ru`` and ``kk`` every Cyrillic name comes before
every Latin one (CLDR's "[reorder Cyrl]"), in ``en`` every Latin name before every Cyrillic
one. Case and accents decide only between names otherwise equal (a lower-case letter
first); digits compare as digits one by one. Ties between equal names are broken by the
caller (the lists by rowid), so an order never changes between two reads.

Three ways to use it, all reading :func:`collator`:

- :func:`sort_key` / :func:`key` for lists sorted in Python (``sorted(names, key=key("kk"))``);
- on every connection the store opens (:func:`register`, called by ``db.engine``), an SQL
  function ``icu_key_<lang>(text)``, the ICU sort key as a BLOB (NULL for NULL or blank
  text, so blanks sort with missing values), and a collation ``ICU_<lang>``. Lists order by
  :func:`sql_key`: BLOBs compare byte by byte, so SQLite sorts without calling back into
  Python per comparison, and an index on ``icu_key_<lang>(column)`` (migration 0008_coll)
  gives the first page of 100,000 people without sorting them at all.

A stored key depends on the ICU version's collation data; :func:`versions` is what the
store records (``store_meta``) so that opening it under another ICU rebuilds the name
indexes (:func:`refresh_indexes`: a key from an older ICU would sit out of order in them).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import icu
from sqlalchemy import ColumnElement, Index, LargeBinary, column, func

LANGS = ("en", "ru", "kk")
DEFAULT_LANG = "en"
# the interface language -> the ICU locale whose collation it reads
LOCALES = {"en": "en", "ru": "ru", "kk": "kk"}
ICU_VERSION = icu.ICU_VERSION
# sorts after every key ICU makes (its keys never start with 0xFF 0xFF 0xFF)
LAST = b"\xff\xff\xff\xff"


def _lang(lang: str | None) -> str:
    return lang if lang in LOCALES else DEFAULT_LANG


@functools.cache
def collator(lang: str | None) -> icu.Collator:
    """The ICU collator of an interface language (English for one it does not know)."""
    return icu.Collator.createInstance(icu.Locale(LOCALES[_lang(lang)]))


def sort_key(text: str | None, lang: str | None) -> bytes:
    """The ICU sort key of ``text``: bytes that compare as the names do; blanks last."""
    if text is None or not str(text).strip():
        return LAST
    return bytes(collator(lang).getSortKey(str(text)))


def key(lang: str | None) -> Callable[[str | None], bytes]:
    """A ``key=`` for :func:`sorted` over names in ``lang`` (blanks last)."""
    return functools.partial(sort_key, lang=lang)


def collation_name(lang: str | None) -> str:
    """The SQLite collation of ``lang``: ``ORDER BY name COLLATE ICU_kk``."""
    return f"ICU_{_lang(lang)}"


def key_function_name(lang: str | None) -> str:
    """The SQL function giving the sort key of a text in ``lang``: ``icu_key_kk(name)``."""
    return f"icu_key_{_lang(lang)}"


def sql_key(expr: Any, lang: str | None) -> ColumnElement[bytes]:
    """SQL for the sort key of ``expr`` in ``lang`` (NULL for NULL or blank text): what a
    list orders by. Written as ``icu_key_<lang>(expr)`` so that it matches the index on
    that expression where there is one."""
    return getattr(func, key_function_name(lang))(expr, type_=LargeBinary)


# (table, column) whose sort key is indexed in every language: the lists that must give their
# first page at once at national scale (100,000 people); others sort by :func:`sql_key`
# computed per row (a few hundred places; a case's title, ~0.4 s at 100,000 cases).
INDEXED = (("people", "name"),)
VERSION_META = "icu_collation"  # store_meta key: the collation versions the indexes hold


def index_name(table: str, column: str, lang: str) -> str:
    return f"ix_{table}_{column}_{_lang(lang)}"


def indexes(table: str) -> list[Index]:
    """The name-key indexes of ``table`` (for its ``__table_args__``)."""
    return [Index(index_name(t, c, lang), sql_key(column(c), lang))
            for t, c in INDEXED if t == table for lang in LANGS]


def versions() -> str:
    """What the stored keys depend on, as the store records it: ICU's version (its collation
    data and tailorings come with it; PyICU does not expose a collator's own version)."""
    return f"ICU {ICU_VERSION}, Unicode {icu.UNICODE_VERSION}"


def refresh_indexes(conn: Any) -> bool:
    """Rebuild the name-key indexes when this ICU orders differently from the one that
    built them (``conn``: a SQLAlchemy connection in a transaction; the store's schema
    at head). True when it rebuilt them."""
    now = versions()
    stored = conn.exec_driver_sql("SELECT value FROM store_meta WHERE key = ?",
                                  (VERSION_META,)).scalar()
    if stored == now:
        return False
    for t, c in INDEXED:
        for lang in LANGS:
            conn.exec_driver_sql(f"REINDEX {index_name(t, c, lang)}")
    conn.exec_driver_sql("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)",
                         (VERSION_META, now))
    return True


def _sql_key_of(lang: str) -> Callable[[Any], bytes | None]:
    coll = collator(lang)

    def sql_sort_key(value: Any) -> bytes | None:
        if value is None:
            return None
        text = str(value)
        if not text.strip():
            return None
        return bytes(coll.getSortKey(text))

    return sql_sort_key


def _compare_of(lang: str) -> Callable[[str, str], int]:
    return collator(lang).compare


def register(con: Any) -> None:
    """Give a DB-API connection (sqlcipher3 or sqlite3) the functions and collations of
    every language. Deterministic: SQLite may then use them in indexes."""
    for lang in LANGS:
        con.create_function(key_function_name(lang), 1, _sql_key_of(lang), deterministic=True)
        con.create_collation(collation_name(lang), _compare_of(lang))


__all__ = ["ICU_VERSION", "INDEXED", "LANGS", "LAST", "collation_name", "collator",
           "index_name", "indexes", "key", "key_function_name",
           "refresh_indexes", "register", "sort_key", "sql_key", "versions"]
